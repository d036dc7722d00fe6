// The event store: coded articles in an embedded SQLite database, or in a
// PostgreSQL database shared by a team, and the queries over it; both give
// the same answers (docs/store.md specifies the schema).
//
// An article is stored once: a second article with the same id, or with the
// same text once case and spacing are normalised, is skipped. A near-copy
// (the same wire story from another outlet, lightly edited) is stored and
// linked to the first article of its story. Articles are
// written in the caller's transactions (Begin/Commit), so a crash loses at
// most the open batch, and running the same ingest again completes it.
#ifndef DYAD_STORE_H_
#define DYAD_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "dyad/article.h"
#include "dyad/status.h"

namespace dyad {

// Filters of `dyad query`; empty fields do not filter. Globs use '*' and
// '?' ("IRQ*", "19*").
struct EventQuery {
  std::string actor;   // Source or target code.
  std::string source;  // Source code.
  std::string target;  // Target code.
  std::string code;    // CAMEO event code.
  std::string root;    // CAMEO root, two digits ("19").
  int quad_class = 0;  // 1-4; 0 for any.
  std::string plover_type;
  std::string since;       // Event date on or after (YYYY, YYYY-MM or YYYY-MM-DD).
  std::string until;       // Event date on or before, at the same precision.
  std::string country;     // ISO 3166 alpha-2 of the event's place, or alpha-3
                           // of an actor's country (the first three letters).
  std::string text;        // FTS5 query over the article's quotes and text.
  bool has_place = false;  // With `near_km`: within that distance of lat/lon.
  double lat = 0, lon = 0, near_km = 0;
  int64_t limit = 0;  // 0: no limit.
};

// One event as stored, with its article.
struct StoredEvent {
  std::string article_id;
  std::string published;
  std::string date;
  std::string source_code, source_name;
  std::string target_code, target_name;
  std::string code;
  std::string root;
  double goldstein = 0;
  int quad_class = 0;
  std::string plover_type, plover_mode;
  std::string place, place_country;
  bool has_coordinates = false;
  double lat = 0, lon = 0;
  bool negated = false;
  std::string trigger;
  std::string sentence;
};

// `dyad stats`: events counted and Goldstein scores summed per period and
// key.
struct StatsQuery {
  EventQuery filter;
  // "dyad" (source->target), "actor" (either side), "source", "target",
  // "root".
  std::string by = "dyad";
  // "day", "week" (ISO-like YYYY-Www), "month", "year" or "all". Events
  // dated less precisely than the period are left out.
  std::string per = "all";
  int64_t top = 0;  // Per period, only the N keys with most events; 0: all.
};

struct StatRow {
  std::string period;
  std::string key;
  int64_t events = 0;
  double goldstein = 0;  // Sum.
  int64_t articles = 0;  // Distinct articles reporting them.
};

// One event as reported by one or more articles: the events that share
// date, source, target, code and place, GDELT-style.
struct ReportedEvent {
  StoredEvent event;  // One report's details.
  int64_t num_articles = 0;
  int64_t num_sources = 0;  // Distinct article sources (outlets).
  std::string url;          // That report's URL.
};

// What an ingest did.
struct IngestCounts {
  int64_t stored = 0;       // Articles written.
  int64_t duplicates = 0;   // Articles already there (same id or text).
  int64_t events = 0;       // Events written.
  int64_t near_copies = 0;  // Articles written as a later copy of a stored story.
};

// A watched feed: the validators of its last response and what its last
// poll found.
struct FeedState {
  std::string url;
  std::string etag;
  std::string last_modified;
  std::string polled_at;  // UTC, ISO 8601; "" when never polled.
  std::string status;     // "ok", "not modified" or the error.
  int64_t items = 0;      // Items in the feed at the last poll.
  int64_t fresh = 0;      // Items new at the last poll.
};

class Store {
 public:
  // Opens the store at `target`: a postgresql:// URI, else the path of an
  // SQLite file (WAL journal, foreign keys on). Creates the schema or
  // brings it up to date. Every method may be called from any thread; calls
  // are serialised.
  static Result<std::unique_ptr<Store>> Open(const std::string& target);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  [[nodiscard]] Status Begin();
  [[nodiscard]] Status Commit();
  [[nodiscard]] Status Rollback();

  // Writes a coded article with its events, quotes, places, dates and
  // actors; a duplicate is counted in `counts` and not written.
  [[nodiscard]] Status AddArticle(const Article& article, IngestCounts* counts);
  // True when an article with this id is stored.
  Result<bool> HasArticle(const std::string& id);
  // The state of the feed at `url`; only the url for a feed never polled.
  Result<FeedState> Feed(const std::string& url);
  // Records a poll of a feed (polled_at is set to now).
  [[nodiscard]] Status SaveFeed(const FeedState& feed);
  // Records an article that could not be coded (file:line and why).
  [[nodiscard]] Status AddFailure(const std::string& origin, const std::string& message);

  // The events matching `query`, by date then article.
  Result<std::vector<StoredEvent>> Events(const EventQuery& query);
  Result<int64_t> CountEvents(const EventQuery& query);
  Result<int64_t> CountArticles();
  // Counts and Goldstein sums by period and key, periods in order and keys
  // by events within each.
  Result<std::vector<StatRow>> Stats(const StatsQuery& query);
  // Matching events merged over the articles that report them.
  Result<std::vector<ReportedEvent>> Reported(const EventQuery& query);

  // The schema version this build writes (docs/store.md).
  static constexpr int kSchemaVersion = 2;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_STORE_H_
