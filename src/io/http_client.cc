// HTTP GET with libcurl's easy interface: one handle per call, so calls on
// different threads share nothing but the global initialisation.
#include "io/http_client.h"

#include <curl/curl.h>

#include <cctype>
#include <memory>
#include <mutex>

namespace dyad {
namespace {

struct Transfer {
  HttpResponse response;
  size_t max_bytes = 0;
  bool too_large = false;
};

size_t OnBody(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  size_t n = size * count;
  if (t->response.body.size() + n > t->max_bytes) {
    t->too_large = true;
    return 0;  // Makes curl stop with CURLE_WRITE_ERROR.
  }
  t->response.body.append(data, n);
  return n;
}

bool HeaderIs(std::string_view line, std::string_view name) {
  if (line.size() <= name.size() || line[name.size()] != ':') return false;
  for (size_t i = 0; i < name.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(line[i])) != name[i]) return false;
  }
  return true;
}

std::string HeaderValue(std::string_view line, size_t name_size) {
  std::string_view v = line.substr(name_size + 1);
  while (!v.empty() && std::isspace(static_cast<unsigned char>(v.front()))) v.remove_prefix(1);
  while (!v.empty() && std::isspace(static_cast<unsigned char>(v.back()))) v.remove_suffix(1);
  return std::string(v);
}

size_t OnHeader(char* data, size_t size, size_t count, void* user) {
  size_t n = size * count;
  ReadHeaderLine(std::string_view(data, n), static_cast<Transfer*>(user)->response);
  return n;
}

void GlobalInit() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlDeleter {
  void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct SlistDeleter {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

}  // namespace

void ReadHeaderLine(std::string_view line, HttpResponse& response) {
  if (line.starts_with("HTTP/")) {
    response.etag.clear();
    response.last_modified.clear();
    response.content_type.clear();
  } else if (HeaderIs(line, "etag")) {
    response.etag = HeaderValue(line, 4);
  } else if (HeaderIs(line, "last-modified")) {
    response.last_modified = HeaderValue(line, 13);
  } else if (HeaderIs(line, "content-type")) {
    response.content_type = HeaderValue(line, 12);
  }
}

bool IsHttpUrl(std::string_view path) {
  auto starts = [&](std::string_view scheme) {
    if (path.size() <= scheme.size()) return false;
    for (size_t i = 0; i < scheme.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(path[i])) != scheme[i]) return false;
    }
    return true;
  };
  return starts("http://") || starts("https://");
}

Result<HttpResponse> HttpGet(const HttpRequest& request) {
  if (!IsHttpUrl(request.url)) return InvalidArgument("not an http(s) URL: " + request.url);
  GlobalInit();
  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (!curl) return Status(StatusCode::kInternal, "curl_easy_init failed");
  std::unique_ptr<curl_slist, SlistDeleter> headers;
  auto add_header = [&](const std::string& h) {
    headers.reset(curl_slist_append(headers.release(), h.c_str()));
  };
  if (!request.etag.empty()) add_header("If-None-Match: " + request.etag);
  if (!request.last_modified.empty()) add_header("If-Modified-Since: " + request.last_modified);
  Transfer t;
  t.max_bytes = request.max_bytes;
  CURL* c = curl.get();
  curl_easy_setopt(c, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(c, CURLOPT_MAXREDIRS, 5L);
  curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 15L);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, request.timeout_seconds);
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_USERAGENT, "dyad/0.1 (+event coding)");
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, OnBody);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &t);
  curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, OnHeader);
  curl_easy_setopt(c, CURLOPT_HEADERDATA, &t);
  CURLcode rc = curl_easy_perform(c);
  if (t.too_large) {
    return ResourceExhausted("response larger than " + std::to_string(request.max_bytes) +
                             " bytes");
  }
  if (rc != CURLE_OK) return IoError(curl_easy_strerror(rc));
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &t.response.status);
  char* effective = nullptr;
  if (curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &effective) == CURLE_OK && effective) {
    t.response.url = effective;
  }
  long status = t.response.status;
  if (status != 304 && (status < 200 || status > 299)) {
    return IoError("HTTP status " + std::to_string(status));
  }
  return std::move(t.response);
}

}  // namespace dyad
