// Reading from the web: one GET per URL, then the same parsers as files.
//
// Design: a feed names its stories; many feeds carry only a summary of each,
// so an item whose text is short is replaced by its linked page (fetched
// only when the item is new, which keeps a poll of an unchanged feed to one
// conditional request). An item whose page cannot be fetched is reported
// and not read, so that the next poll tries it again rather than storing the
// summary for good.
#include "io/web_reader.h"

#include <utility>
#include <vector>

#include "io/feed_reader.h"
#include "io/html_reader.h"
#include "io/http_client.h"

namespace dyad {
namespace {

constexpr size_t kMaxFeedBytes = size_t{64} << 20;

// The story at an item's link, keeping what the item says of itself where
// the page is silent.
Status FetchLinkedPage(Article& a, const ReadOptions& options) {
  HttpRequest get;
  get.url = a.url;
  get.max_bytes = options.max_article_bytes;
  Result<HttpResponse> page = HttpGet(get);
  if (!page.ok()) return Status(page.status().code(), a.url + ": " + page.status().message());
  Result<PageMeta> meta = ExtractHtmlArticle(page->body);
  if (!meta.ok()) return Status(meta.status().code(), a.url + ": " + meta.status().message());
  if (meta->text.size() <= a.text.size()) return Status::Ok();  // The summary says more.
  a.text = std::move(meta->text);
  if (a.title.empty()) a.title = std::move(meta->title);
  if (a.published.empty()) a.published = std::move(meta->published);
  if (!meta->source.empty()) a.source = std::move(meta->source);  // The outlet, not the feed.
  return Status::Ok();
}

void ReadFeedItems(const std::string& url, std::vector<FeedItem>& items, const ReadOptions& options,
                   const KnownCallback& known, const ArticleCallback& on_article,
                   const ErrorCallback& on_error, FeedPoll& poll) {
  int n = 0;
  for (FeedItem& item : items) {
    std::string where = url + ": item " + std::to_string(++n);
    Article a =
        ItemArticle(std::move(item), url + "#" + std::to_string(n), options.published, where);
    if (known && known(a.id)) continue;
    ++poll.fresh;
    bool summary = a.text.size() < options.summary_bytes;
    if (summary && !a.url.empty()) {
      if (Status s = FetchLinkedPage(a, options); !s.ok()) {
        on_error(where, s);
        continue;
      }
    }
    if (a.text.empty()) {
      on_error(where, InvalidArgument("feed item without text"));
      continue;
    }
    on_article(std::move(a));
  }
}

// A page or a text at `url`: one article, its id the URL.
Status ReadDocument(const HttpResponse& r, const std::string& url, const ReadOptions& options,
                    const ArticleCallback& on_article) {
  Article a;
  a.id = options.id.empty() ? url : options.id;
  a.url = r.url.empty() ? url : r.url;
  a.origin = url;
  a.published = options.published;
  bool html = r.content_type.find("html") != std::string::npos || LooksLikeHtml(r.body);
  if (!html) {
    if (r.body.size() > options.max_article_bytes) return ResourceExhausted("text too large");
    a.text = r.body;
  } else {
    Result<PageMeta> page = ExtractHtmlArticle(r.body);
    if (!page.ok()) return page.status();
    a.text = std::move(page->text);
    a.title = std::move(page->title);
    if (!page->url.empty()) a.url = std::move(page->url);
    a.source = std::move(page->source);
    if (!page->published.empty()) a.published = std::move(page->published);
  }
  on_article(std::move(a));
  return Status::Ok();
}

}  // namespace

Result<FeedPoll> PollUrl(const std::string& url, const FeedPoll& previous,
                         const ReadOptions& options, const KnownCallback& known,
                         const ArticleCallback& on_article, const ErrorCallback& on_error) {
  HttpRequest get;
  get.url = url;
  get.etag = previous.etag;
  get.last_modified = previous.last_modified;
  get.max_bytes = kMaxFeedBytes;
  Result<HttpResponse> r = HttpGet(get);
  if (!r.ok()) return r.status();
  FeedPoll poll;
  poll.etag = r->etag;
  poll.last_modified = r->last_modified;
  if (r->NotModified()) {
    poll = previous;
    poll.not_modified = true;
    poll.fresh = 0;
    return poll;
  }
  if (!LooksLikeFeed(r->body)) {
    if (known && known(options.id.empty() ? url : options.id)) return poll;
    poll.items = poll.fresh = 1;
    if (Status s = ReadDocument(*r, url, options, on_article); !s.ok()) return s;
    return poll;
  }
  Result<std::vector<FeedItem>> items = ParseFeed(r->body);
  if (!items.ok()) return items.status();
  poll.items = static_cast<int>(items->size());
  ReadFeedItems(url, *items, options, known, on_article, on_error, poll);
  return poll;
}

}  // namespace dyad
