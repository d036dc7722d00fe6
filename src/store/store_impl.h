// Internal to the store: the state behind dyad::Store.
#ifndef DYAD_STORE_STORE_IMPL_H_
#define DYAD_STORE_STORE_IMPL_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "dyad/store.h"
#include "store/near_copy.h"
#include "store/sql.h"

namespace dyad {
namespace store {

// The WHERE clause of an EventQuery over `events e`, with its values in
// order: texts first, then numbers.
struct Where {
  std::string sql = " WHERE 1 = 1";
  std::vector<std::string> texts;
  std::vector<double> numbers;
};
Where BuildWhere(const EventQuery& q, Dialect dialect);
// The columns of a StoredEvent, in the order ReadEvent reads them, and the
// tables they come from.
inline constexpr const char* kEventColumns =
    "a.ext_id, a.published, e.date, e.source_code, e.source_name, e.target_code, "
    "e.target_name, e.code, e.root, e.goldstein, e.quad_class, e.plover_type, e.plover_mode, "
    "e.place, e.place_country, e.lat, e.lon, e.negated, e.trigger, e.sentence_text";
inline constexpr const char* kEventsFrom = " FROM events e JOIN articles a ON a.id = e.article_id";
constexpr int kEventColumnCount = 20;
StoredEvent ReadEvent(const Statement& s);

// Binds `v`, or NULL when it is empty.
inline void BindOptional(Statement& s, int i, const std::string& v) {
  if (v.empty()) {
    s.BindNull(i);
  } else {
    s.Bind(i, v);
  }
}

// head + where + tail, prepared with the values bound.
Result<std::unique_ptr<Statement>> PrepareWhere(Connection& db, const std::string& head,
                                                const Where& w, const std::string& tail);

}  // namespace store

struct Store::Impl {
  // One connection is not to be used by two threads at once: every public
  // method of Store holds this lock.
  std::mutex mu;
  std::unique_ptr<store::Connection> db;
  std::unique_ptr<store::Statement> find_article, insert_article, insert_event, insert_quote,
      insert_place, insert_date, insert_actor, insert_failure, find_id, find_story, insert_band,
      get_feed, put_feed, index_articles, index_quotes;
  // SQLite only (PostgreSQL indexes text in generated columns): the first
  // article and quote ids not in the full-text indexes yet; 0 when none is
  // pending.
  int64_t unindexed_article = 0, unindexed_quote = 0;

  [[nodiscard]] Status Prepare();
  // Writes the article's row; returns its id.
  Result<int64_t> InsertArticle(const Article& a, const std::string& hash, int64_t story,
                                const store::Signature& sig);
  [[nodiscard]] Status AddEvents(int64_t article, const Article& a);
  [[nodiscard]] Status AddAnnotations(int64_t article, const Article& a);
  // Adds the pending rows to SQLite's full-text indexes.
  [[nodiscard]] Status IndexPending();
  // The story a signature belongs to: the first article of the most
  // resembling stored near-copy, or 0 for a new story.
  Result<int64_t> FindStory(const store::Signature& sig);
  [[nodiscard]] Status AddBands(int64_t article, const store::Signature& sig);
};

}  // namespace dyad

#endif  // DYAD_STORE_STORE_IMPL_H_
