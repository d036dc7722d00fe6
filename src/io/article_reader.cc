#include "io/article_reader.h"

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include "io/feed_reader.h"
#include "io/html_reader.h"
#include "io/http_client.h"
#include "io/web_reader.h"
#include "lexicon/dict_reader.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

bool LooksBinary(std::string_view data) {
  size_t n = std::min<size_t>(data.size(), 8192);
  size_t odd = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c == 0 || (c < 0x09) || (c > 0x0D && c < 0x20 && c != 0x1B)) ++odd;
  }
  return n > 0 && odd * 20 > n;  // More than 5% control bytes.
}

std::string Stem(const std::string& path) { return fs::path(path).stem().string(); }

bool IsJsonLinesName(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  return ext == ".jsonl" || ext == ".ndjson";
}

Status GetString(simdjson::ondemand::object& obj, const char* key, std::string& out,
                 bool required) {
  auto field = obj.find_field_unordered(key);
  if (field.error() == simdjson::NO_SUCH_FIELD) {
    return required ? NotFound(std::string("missing field '") + key + "'") : Status::Ok();
  }
  if (field.error()) return ParseError(simdjson::error_message(field.error()));
  if (field.is_null()) {
    return required ? InvalidArgument(std::string("field '") + key + "' is null") : Status::Ok();
  }
  auto type = field.type();
  if (type.error()) return ParseError(simdjson::error_message(type.error()));
  if (type.value() == simdjson::ondemand::json_type::number) {
    auto raw = field.raw_json_token();
    if (raw.error()) return ParseError(simdjson::error_message(raw.error()));
    out = std::string(Trim(raw.value()));
    return Status::Ok();
  }
  std::string_view v;
  if (auto err = field.get_string().get(v); err) {
    return InvalidArgument(std::string("field '") + key + "' is not a string");
  }
  out.assign(v);
  return Status::Ok();
}

Status ReadText(const std::string& path, std::string_view data, const ReadOptions& options,
                const ArticleCallback& on_article) {
  if (data.size() > options.max_article_bytes) {
    return ResourceExhausted("article of " + std::to_string(data.size()) +
                             " bytes exceeds the limit of " +
                             std::to_string(options.max_article_bytes));
  }
  if (LooksBinary(data)) return InvalidArgument("binary file, not text");
  Article a;
  a.id = options.id.empty() ? Stem(path) : options.id;
  a.text.assign(data);
  a.published = options.published;
  a.origin = path;
  on_article(std::move(a));
  return Status::Ok();
}

// Reads one line, keeping no more than `limit` + 1 of its bytes, so that a
// line of any length costs bounded memory; `length` gets its full length.
// False at the end of the input.
bool ReadBoundedLine(std::istream& in, size_t limit, std::string& line, size_t& length) {
  constexpr std::streamsize kChunk = 1 << 16;
  char buf[kChunk];
  line.clear();
  length = 0;
  for (bool any = false;; any = true) {
    in.getline(buf, kChunk);
    size_t got = static_cast<size_t>(in.gcount());
    bool more = in.fail() && !in.eof() && got == static_cast<size_t>(kChunk - 1);
    if (in.fail() && !more) return any || got > 0;    // End of input.
    size_t chars = more || in.eof() ? got : got - 1;  // Without the newline.
    length += chars;
    if (line.size() <= limit) line.append(buf, std::min(chars, limit + 1 - line.size()));
    if (!more) return true;
    in.clear();
  }
}

void ReadJsonLines(const std::string& path, std::istream& in, const ReadOptions& options,
                   const ArticleCallback& on_article, const ErrorCallback& on_error) {
  std::string line;
  size_t number = 0, length = 0;
  while (ReadBoundedLine(in, options.max_article_bytes, line, length)) {
    ++number;
    std::string where = path + ":" + std::to_string(number);
    if (length > options.max_article_bytes) {
      on_error(where,
               ResourceExhausted("line of " + std::to_string(length) + " bytes exceeds the limit"));
      continue;
    }
    if (Trim(line).empty()) continue;
    Article a;
    Status s = ParseJsonArticle(line, a);
    if (!s.ok()) {
      on_error(where, s);
      continue;
    }
    if (a.id.empty()) a.id = Stem(path) + "-" + std::to_string(number);
    if (a.published.empty()) a.published = options.published;
    a.origin = where;
    on_article(std::move(a));
  }
}

bool IsHtmlName(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  return ext == ".html" || ext == ".htm";
}

// A news page: its story's text with the page's title, date, URL and outlet.
Status ReadHtml(const std::string& path, const std::string& name, std::string_view data,
                const ReadOptions& options, const ArticleCallback& on_article) {
  Result<PageMeta> page = ExtractHtmlArticle(data);
  if (!page.ok()) return page.status();
  Article a;
  a.id = options.id.empty() ? Stem(name) : options.id;
  a.text = std::move(page->text);
  a.title = std::move(page->title);
  a.url = std::move(page->url);
  a.source = std::move(page->source);
  a.published = page->published.empty() ? options.published : page->published;
  a.origin = path;
  on_article(std::move(a));
  return Status::Ok();
}

bool IsFeedName(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  return ext == ".rss" || ext == ".atom";
}

// A feed: each item with text is an article, its id the item's guid.
void ReadFeed(const std::string& path, std::string_view data, const ReadOptions& options,
              const ArticleCallback& on_article, const ErrorCallback& on_error) {
  Result<std::vector<FeedItem>> items = ParseFeed(data);
  if (!items.ok()) return on_error(path, items.status());
  int n = 0;
  for (FeedItem& f : *items) {
    std::string where = path + ": item " + std::to_string(++n);
    if (f.text.empty()) {
      on_error(where, InvalidArgument("feed item without text"));
      continue;
    }
    Article a =
        ItemArticle(std::move(f), Stem(path) + "-" + std::to_string(n), options.published, where);
    on_article(std::move(a));
  }
}

// A gzip file: what it holds, read as the file named without ".gz" would be.
void ReadGzip(const std::string& path, const ReadOptions& options,
              const ArticleCallback& on_article, const ErrorCallback& on_error) {
  constexpr size_t kMaxGzipContent = size_t{1} << 30;
  Result<std::string> data = ReadFileToString(path);
  if (!data.ok()) return on_error(path, data.status());
  std::string name = path.substr(0, path.size() - 3);
  bool lines = IsJsonLinesName(name);
  Result<std::string> plain = Gunzip(*data, lines ? kMaxGzipContent : options.max_article_bytes);
  if (!plain.ok()) return on_error(path, plain.status());
  if (lines) {
    std::istringstream in(*plain);
    return ReadJsonLines(path, in, options, on_article, on_error);
  }
  if (IsFeedName(name) || LooksLikeFeed(*plain)) {
    return ReadFeed(path, *plain, options, on_article, on_error);
  }
  Status s = IsHtmlName(name) || LooksLikeHtml(*plain)
                 ? ReadHtml(path, name, *plain, options, on_article)
                 : ReadText(name, *plain, options, on_article);
  if (!s.ok()) on_error(path, s);
}

void ReadPath(const std::string& path, const ReadOptions& options,
              const ArticleCallback& on_article, const ErrorCallback& on_error) {
  if (path.ends_with(".gz")) return ReadGzip(path, options, on_article, on_error);
  if (IsJsonLinesName(path)) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      on_error(path, IoError("cannot open"));
      return;
    }
    ReadJsonLines(path, in, options, on_article, on_error);
    return;
  }
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (!ec && size > options.max_article_bytes) {
    on_error(path, ResourceExhausted("file of " + std::to_string(size) +
                                     " bytes exceeds the article limit"));
    return;
  }
  Result<std::string> data = ReadFileToString(path);
  if (!data.ok()) {
    on_error(path, data.status());
    return;
  }
  if (IsFeedName(path) || LooksLikeFeed(*data)) {
    return ReadFeed(path, *data, options, on_article, on_error);
  }
  Status s = IsHtmlName(path) || LooksLikeHtml(*data)
                 ? ReadHtml(path, path, *data, options, on_article)
                 : ReadText(path, *data, options, on_article);
  if (!s.ok()) on_error(path, s);
}

}  // namespace

Status ParseJsonArticle(std::string_view line, Article& a) {
  simdjson::ondemand::parser parser;
  simdjson::padded_string padded(line);
  simdjson::ondemand::document doc;
  if (auto err = parser.iterate(padded).get(doc); err) {
    return ParseError(std::string("malformed JSON: ") + simdjson::error_message(err));
  }
  simdjson::ondemand::object obj;
  if (auto err = doc.get_object().get(obj); err) {
    return ParseError("malformed JSON: not an object");
  }
  Status s = GetString(obj, "text", a.text, true);
  if (s.ok()) s = GetString(obj, "id", a.id, false);
  if (s.ok()) s = GetString(obj, "published", a.published, false);
  if (s.ok()) s = GetString(obj, "title", a.title, false);
  if (s.ok()) s = GetString(obj, "url", a.url, false);
  if (s.ok()) s = GetString(obj, "source", a.source, false);
  if (!s.ok()) return s;
  if (a.published.size() > 10) a.published.resize(10);  // Drop a time part.
  return Status::Ok();
}

Status ReadArticles(const std::string& path, const ReadOptions& options,
                    const ArticleCallback& on_article, const ErrorCallback& on_error) {
  if (path == "-") {
    // JSON Lines are streamed (memory stays flat on any input); a text is
    // read whole, up to the article limit.
    // std::cin is synchronised with C stdio, byte by byte; a file stream on
    // the same descriptor reads in blocks.
    std::ifstream fast("/dev/stdin", std::ios::binary);
    std::istream& in = fast ? static_cast<std::istream&>(fast) : std::cin;
    std::string data;  // Leading white space, kept for a text's offsets.
    while (std::isspace(in.peek()) != 0) data.push_back(static_cast<char>(in.get()));
    if (in.peek() == '{') {
      ReadJsonLines("<stdin>", in, options, on_article, on_error);
      return Status::Ok();
    }
    char buf[1 << 16];
    while (data.size() <= options.max_article_bytes &&
           (in.read(buf, sizeof buf) || in.gcount() > 0)) {
      data.append(buf, static_cast<size_t>(in.gcount()));
    }
    Status s = ReadText("<stdin>", data, options, on_article);
    if (!s.ok()) on_error("<stdin>", s);
    return Status::Ok();
  }
  if (IsHttpUrl(path)) {
    Result<FeedPoll> poll = PollUrl(path, FeedPoll{}, options, nullptr, on_article, on_error);
    return poll.ok() ? Status::Ok() : Status(poll.status().code(), poll.status().message());
  }
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return NotFound(path + ": no such file or directory");
  if (!fs::is_directory(st)) {
    ReadPath(path, options, on_article, on_error);
    return Status::Ok();
  }
  std::vector<std::string> files;
  for (auto it = fs::recursive_directory_iterator(path, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec)) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  ReadOptions per_file = options;
  per_file.id.clear();  // Ids come from file names in a directory.
  for (const std::string& f : files) ReadPath(f, per_file, on_article, on_error);
  return Status::Ok();
}

}  // namespace dyad
