// Articles at http(s) URLs: feeds, news pages and plain text fetched with
// libcurl, and one poll of a feed for `dyad watch`.
#ifndef DYAD_IO_WEB_READER_H_
#define DYAD_IO_WEB_READER_H_

#include <functional>
#include <string>

#include "dyad/status.h"
#include "io/article_reader.h"

namespace dyad {

// The validators of a feed's last response and what its last poll found.
struct FeedPoll {
  std::string etag;
  std::string last_modified;
  bool not_modified = false;  // The server answered 304.
  int items = 0;              // Items in the feed.
  int fresh = 0;              // Items not known before this poll.
};

// True when the article with this id is stored already.
using KnownCallback = std::function<bool(const std::string& id)>;

// Fetches `url` with the validators of `previous` and reads what it holds.
// A feed's items not `known` become articles (an item whose text is only a
// summary is fetched from its link when options.fetch_links); a page or a
// text is one article whose id is the URL. Returns the new validators; an
// error only when the URL itself could not be fetched or parsed. Problems
// with single items go to `on_error`, and the item is left for the next
// poll.
Result<FeedPoll> PollUrl(const std::string& url, const FeedPoll& previous,
                         const ReadOptions& options, const KnownCallback& known,
                         const ArticleCallback& on_article, const ErrorCallback& on_error);

}  // namespace dyad

#endif  // DYAD_IO_WEB_READER_H_
