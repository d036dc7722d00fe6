// Fuzz target: the HTML page, feed and gzip readers on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "io/feed_reader.h"
#include "io/html_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)dyad::ExtractHtmlArticle(bytes);
  (void)dyad::ParseFeed(bytes);
  (void)dyad::Gunzip(bytes, 1 << 20);
  return 0;
}
