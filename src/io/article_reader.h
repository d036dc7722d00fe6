// Reading articles: plain text files (one article a file), JSON Lines (one
// article a line), HTML pages, RSS and Atom feeds, gzip files, standard input
// ("-"), directories (recursively) and http(s) URLs.
//
// A bad article never stops the run: each problem is reported to the error
// callback with the file (and line) it came from, and reading goes on.
#ifndef DYAD_IO_ARTICLE_READER_H_
#define DYAD_IO_ARTICLE_READER_H_

#include <cstddef>
#include <functional>
#include <string>

#include "dyad/article.h"
#include "dyad/status.h"

namespace dyad {

struct ReadOptions {
  std::string published;                 // Default publication date (plain text input).
  std::string id;                        // Id for a single plain-text article.
  size_t max_article_bytes = 32u << 20;  // Larger articles are rejected.
  // A feed item fetched from the web whose text is shorter than this is a
  // summary: its linked page is fetched for the story (0: never).
  size_t summary_bytes = 600;
};

using ArticleCallback = std::function<void(Article&&)>;
// `where` is "path" or "path:line".
using ErrorCallback = std::function<void(const std::string& where, const Status&)>;

// Reads every article of `path` ("-" for stdin). Returns non-ok only when
// `path` itself cannot be opened; per-article problems go to `on_error`.
Status ReadArticles(const std::string& path, const ReadOptions& options,
                    const ArticleCallback& on_article, const ErrorCallback& on_error);

// Parses one JSON Lines record into `article`. Exposed for tests and fuzzing.
Status ParseJsonArticle(std::string_view line, Article& article);

}  // namespace dyad

#endif  // DYAD_IO_ARTICLE_READER_H_
