// Article extraction from HTML pages and gzip decompression for the readers.
#ifndef DYAD_IO_HTML_READER_H_
#define DYAD_IO_HTML_READER_H_

#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

// What a news page says of itself, and its story's text.
struct PageMeta {
  std::string title;
  std::string published;  // YYYY-MM-DD when the page gives one.
  std::string url;        // Canonical URL.
  std::string source;     // The outlet (og:site_name).
  std::string text;       // Paragraphs, separated by blank lines.
};

// True when `data` opens as an HTML document (<!DOCTYPE html>, <html>).
bool LooksLikeHtml(std::string_view data);

// The article in an HTML page; an error when the page has no text.
Result<PageMeta> ExtractHtmlArticle(std::string_view html);

// The contents of a gzip stream, at most `limit` bytes. A truncated or
// damaged stream is an error (kDataLoss); so is one larger than `limit`.
Result<std::string> Gunzip(std::string_view compressed, size_t limit);

}  // namespace dyad

#endif  // DYAD_IO_HTML_READER_H_
