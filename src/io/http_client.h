// HTTP(S) GET over libcurl, for feeds and article pages given as URLs.
//
// Conditional requests: a request carrying the ETag and Last-Modified of an
// earlier response gets 304 Not Modified when nothing changed, which `dyad
// watch` uses to poll feeds cheaply. Bodies are bounded: a response larger
// than `max_bytes` is an error, so a feed that never ends cannot exhaust
// memory.
#ifndef DYAD_IO_HTTP_CLIENT_H_
#define DYAD_IO_HTTP_CLIENT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

struct HttpRequest {
  std::string url;
  std::string etag;           // Sent as If-None-Match when not empty.
  std::string last_modified;  // Sent as If-Modified-Since when not empty.
  size_t max_bytes = size_t{64} << 20;
  long timeout_seconds = 60;  // The whole transfer.
};

struct HttpResponse {
  long status = 0;  // 200, 304, ...
  std::string body;
  std::string etag;
  std::string last_modified;
  std::string content_type;
  std::string url;  // After redirects.
  bool NotModified() const { return status == 304; }
};

// Records what one response header line says in `response`: ETag,
// Last-Modified and Content-Type; a status line ("HTTP/1.1 301 ...") clears
// them, so after redirects only the final response's remain. Used by HttpGet
// on every header line the server sends.
void ReadHeaderLine(std::string_view line, HttpResponse& response);

// True for "http://..." and "https://..." (case-insensitive scheme).
bool IsHttpUrl(std::string_view path);

// Fetches `request.url`, following up to 5 redirects, accepting gzip and
// deflate encodings. Returns the response for 2xx and 304; any other status,
// a network failure, a timeout or an oversized body is an error (kIoError,
// kResourceExhausted) naming the URL's problem. Thread-safe.
Result<HttpResponse> HttpGet(const HttpRequest& request);

}  // namespace dyad

#endif  // DYAD_IO_HTTP_CLIENT_H_
