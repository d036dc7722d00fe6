// RSS 2.0 and Atom feeds: their items as articles.
#ifndef DYAD_IO_FEED_READER_H_
#define DYAD_IO_FEED_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/article.h"
#include "dyad/status.h"

namespace dyad {

struct FeedItem {
  std::string guid;  // <guid> or <id>, else the link.
  std::string title;
  std::string url;
  std::string published;  // YYYY-MM-DD, "" when the item has no date.
  std::string source;     // The feed's own title.
  std::string text;       // The longest of description, content and summary, as text.
};

// True when `data` opens as an RSS or Atom document.
bool LooksLikeFeed(std::string_view data);

// The items of an RSS 2.0 (or RSS 1.0) or Atom feed, in feed order.
Result<std::vector<FeedItem>> ParseFeed(std::string_view xml);

// The article an item holds: its id the guid, else `fallback_id`; its date
// the item's, else `default_published`.
Article ItemArticle(FeedItem&& item, const std::string& fallback_id,
                    const std::string& default_published, const std::string& origin);

}  // namespace dyad

#endif  // DYAD_IO_FEED_READER_H_
