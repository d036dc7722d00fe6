// Fuzz target: what dyad does with an HTTP response it did not choose, on
// arbitrary bytes: the header lines (up to the first blank line) are read as
// HttpGet reads them, and the body is taken as a feed or a page the way
// `dyad code URL` and `dyad watch` decide. libcurl does the protocol; this
// is our part of the request path.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "io/feed_reader.h"
#include "io/html_reader.h"
#include "io/http_client.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  dyad::HttpResponse response;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl == std::string_view::npos ? rest.size() : nl + 1);
    rest.remove_prefix(line.size());
    if (line == "\n" || line == "\r\n") break;
    dyad::ReadHeaderLine(line, response);
    (void)dyad::IsHttpUrl(line);
  }
  if (dyad::LooksLikeFeed(rest)) {
    (void)dyad::ParseFeed(rest);
  } else if (response.content_type.find("html") != std::string_view::npos ||
             dyad::LooksLikeHtml(rest)) {
    (void)dyad::ExtractHtmlArticle(rest);
  }
  return 0;
}
