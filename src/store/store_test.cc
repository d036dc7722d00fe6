#include "dyad/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <string>

#include "store/schema.h"
#include "store/sql.h"
#include "testing/test_pipeline.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

std::string FreshDb(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / "dyad_store_test";
  fs::create_directories(dir);
  fs::path p = dir / name;
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(p.string() + suffix);
  return p.string();
}

Article Coded(const std::string& id, const std::string& text, const std::string& published) {
  Article a;
  a.id = id;
  a.text = text;
  a.published = published;
  EXPECT_TRUE(TestPipeline().Code(a).ok());
  return a;
}

// Unit tests run without the gazetteer built at set-up: give Baghdad its
// coordinates so that the distance filter has something to measure.
Article WithBaghdad(Article a) {
  for (Event& e : a.events) {
    e.place = "Baghdad";
  }
  PlaceMention p;
  p.name = "Baghdad";
  p.country = "IQ";
  p.kind = "city";
  p.lat = 33.3406;
  p.lon = 44.4009;
  p.has_coordinates = true;
  std::erase_if(a.places, [](const PlaceMention& m) { return m.name == "Baghdad"; });
  a.places.push_back(p);
  return a;
}

// Three articles: a visit to Baghdad, an airstrike with a quote, and a
// copy of the first with other spacing and capitals.
IngestCounts IngestThree(Store& store) {
  IngestCounts counts;
  EXPECT_TRUE(store.Begin().ok());
  EXPECT_TRUE(store
                  .AddArticle(WithBaghdad(Coded("visit",
                                                "Asaad al-Shibani, Syria's foreign minister, "
                                                "visited Baghdad on Friday and met Iraqi Prime "
                                                "Minister Mohammed Shia al-Sudani.",
                                                "2025-03-16")),
                              &counts)
                  .ok());
  EXPECT_TRUE(store
                  .AddArticle(Coded("strike",
                                    "Israeli warplanes struck Hezbollah positions in southern "
                                    "Lebanon on Tuesday. \"We will respond to every attack,\" "
                                    "Israeli Defense Minister Israel Katz said.",
                                    "2025-04-02"),
                              &counts)
                  .ok());
  EXPECT_TRUE(store
                  .AddArticle(Coded("visit-copy",
                                    "ASAAD al-Shibani,  Syria's foreign minister, visited Baghdad "
                                    "on Friday and met Iraqi Prime Minister\nMohammed Shia "
                                    "al-Sudani.",
                                    "2025-03-16"),
                              &counts)
                  .ok());
  EXPECT_TRUE(store.Commit().ok());
  return counts;
}

int64_t Count(Store& store, const EventQuery& q) {
  Result<int64_t> n = store.CountEvents(q);
  EXPECT_TRUE(n.ok()) << n.status().ToString();
  return n.ok() ? *n : -1;
}

TEST(StoreTest, SameArticleOrSameTextIsStoredOnce) {
  std::string path = FreshDb("once.db");
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  IngestCounts first = IngestThree(**store);
  EXPECT_EQ(first.stored, 2);
  EXPECT_EQ(first.duplicates, 1);  // The respaced, recapitalised copy.
  int64_t events = Count(**store, {});
  EXPECT_GT(events, 0);
  // Again, after reopening: nothing new.
  store->reset();
  auto again = Store::Open(path);
  ASSERT_TRUE(again.ok());
  IngestCounts second = IngestThree(**again);
  EXPECT_EQ(second.stored, 0);
  EXPECT_EQ(second.duplicates, 3);
  EXPECT_EQ(Count(**again, {}), events);
  EXPECT_EQ(*(*again)->CountArticles(), 2);
}

TEST(StoreTest, EveryFilterNarrowsTheEvents) {
  auto store = Store::Open(FreshDb("filters.db"));
  ASSERT_TRUE(store.ok());
  IngestThree(**store);
  Store& s = **store;
  int64_t all = Count(s, {});
  EventQuery q;
  q.actor = "SYR*";
  EXPECT_GT(Count(s, q), 0);
  EXPECT_LT(Count(s, q), all);
  q = {};
  q.source = "ISR*";
  int64_t israeli = Count(s, q);
  EXPECT_GT(israeli, 0);
  q.target = "SYR*";
  EXPECT_EQ(Count(s, q), 0);
  q = {};
  q.root = "04";
  int64_t consult = Count(s, q);
  EXPECT_GT(consult, 0);
  q = {};
  q.code = "04*";
  EXPECT_EQ(Count(s, q), consult);
  q = {};
  q.quad_class = 4;
  EXPECT_EQ(Count(s, q), israeli);
  q = {};
  q.plover_type = "CONSULT";
  EXPECT_GT(Count(s, q), 0);
  q = {};
  q.since = "2025-04";
  EXPECT_EQ(Count(s, q), israeli);
  q = {};
  q.until = "2025-03";
  EXPECT_EQ(Count(s, q), all - israeli);
  q = {};
  q.country = "IQ";  // Placed in Iraq (Baghdad).
  EXPECT_GT(Count(s, q), 0);
  q = {};
  q.country = "LBN";  // An actor of Lebanon.
  EXPECT_GT(Count(s, q), 0);
  q = {};
  q.text = "respond";  // In the quote of the strike article.
  EXPECT_EQ(Count(s, q), israeli);
  q = {};
  q.has_place = true;  // Within 50 km of Baghdad.
  q.lat = 33.34;
  q.lon = 44.40;
  q.near_km = 50;
  EXPECT_EQ(Count(s, q), all - israeli);  // The visit's events, placed in Baghdad.
  q.lat = 0;                              // The Gulf of Guinea: nothing near.
  q.lon = 0;
  EXPECT_EQ(Count(s, q), 0);
  Result<std::vector<StoredEvent>> rows = s.Events(EventQuery{.root = "04"});
  ASSERT_TRUE(rows.ok());
  ASSERT_FALSE(rows->empty());
  EXPECT_EQ(rows->front().article_id, "visit");
  EXPECT_EQ(rows->front().date, "2025-03-14");
  EXPECT_TRUE(rows->front().has_coordinates);
}

TEST(StoreTest, StatsCountAndSumByPeriodAndKey) {
  auto store = Store::Open(FreshDb("stats.db"));
  ASSERT_TRUE(store.ok());
  IngestThree(**store);
  Store& s = **store;
  int64_t all = Count(s, {});
  auto dyads = s.Stats(StatsQuery{});
  ASSERT_TRUE(dyads.ok()) << dyads.status().ToString();
  int64_t total = 0;
  for (const StatRow& r : *dyads) {
    EXPECT_EQ(r.period, "all");
    EXPECT_NE(r.key.find("->"), std::string::npos);
    total += r.events;
  }
  EXPECT_EQ(total, all);
  // By actor, each event counts once for each side.
  auto actors = s.Stats(StatsQuery{.by = "actor"});
  ASSERT_TRUE(actors.ok());
  total = 0;
  for (const StatRow& r : *actors) total += r.events;
  EXPECT_EQ(total, 2 * all);
  // By month: March and April 2025, the busiest key first in each.
  auto months = s.Stats(StatsQuery{.by = "root", .per = "month", .top = 1});
  ASSERT_TRUE(months.ok());
  ASSERT_EQ(months->size(), 2u);
  EXPECT_EQ((*months)[0].period, "2025-03");
  EXPECT_EQ((*months)[1].period, "2025-04");
  EXPECT_FALSE(s.Stats(StatsQuery{.by = "nonsense"}).ok());
}

// The same event in two articles is one reported event with two articles.
TEST(StoreTest, ReportedEventsMergeTheirArticles) {
  auto store = Store::Open(FreshDb("reported.db"));
  ASSERT_TRUE(store.ok());
  IngestCounts counts;
  ASSERT_TRUE((*store)->Begin().ok());
  for (const char* id : {"wire-1", "wire-2"}) {
    std::string text =
        std::string("Chad expelled the French ambassador on Monday. (Report ") + id + ")";
    Article a = Coded(id, text, "2025-03-18");
    a.source = id;
    ASSERT_TRUE((*store)->AddArticle(a, &counts).ok());
  }
  ASSERT_TRUE((*store)->Commit().ok());
  EXPECT_EQ(counts.stored, 2);
  auto reported = (*store)->Reported(EventQuery{.source = "TCD*"});
  ASSERT_TRUE(reported.ok()) << reported.status().ToString();
  ASSERT_FALSE(reported->empty());
  EXPECT_EQ(reported->front().num_articles, 2);
  EXPECT_EQ(reported->front().num_sources, 2);
  EXPECT_EQ(Count(**store, EventQuery{.source = "TCD*"}),
            2 * static_cast<int64_t>(reported->size()));
}

TEST(StoreTest, FailuresAreRecorded) {
  std::string path = FreshDb("failures.db");
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->AddFailure("bad.jsonl:3", "parse_error: not JSON").ok());
  store->reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT origin FROM failures", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "bad.jsonl:3");
  sqlite3_finalize(st);
  sqlite3_close(db);
}

// One value of a query on the store's file, read with plain SQLite.
std::string SqlValue(const std::string& path, const std::string& sql) {
  auto db = store::Connect(path);
  EXPECT_TRUE(db.ok());
  auto st = (*db)->Prepare(sql);
  EXPECT_TRUE(st.ok()) << st.status().ToString();
  Status status;
  return (*st)->Step(&status) ? (*st)->Text(0) : "";
}

TEST(StoreTest, NearCopiesAreLinkedToTheirStory) {
  std::string path = FreshDb("stories.db");
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok());
  const std::string story =
      "Kenya's interior minister met his Somali counterpart in Nairobi on Monday and agreed to "
      "reopen two border crossings closed since 2011, officials said. The ministers signed a "
      "memorandum on joint patrols along the frontier, according to a statement.";
  IngestCounts counts;
  ASSERT_TRUE(
      (*store)->AddArticle(Coded("first", "NAIROBI - " + story, "2025-06-10"), &counts).ok());
  ASSERT_TRUE(
      (*store)
          ->AddArticle(Coded("copy", "NAIROBI (Other Wire) - " + story, "2025-06-10"), &counts)
          .ok());
  ASSERT_TRUE((*store)
                  ->AddArticle(Coded("other",
                                     "Chinese coast guard vessels fired water cannon at a "
                                     "Philippine supply boat near Second Thomas Shoal on Sunday.",
                                     "2025-06-10"),
                               &counts)
                  .ok());
  EXPECT_EQ(counts.stored, 3);
  EXPECT_EQ(counts.near_copies, 1);
  store->reset();
  EXPECT_EQ(SqlValue(path,
                     "SELECT s.ext_id FROM articles a JOIN articles s ON s.id = a.story "
                     "WHERE a.ext_id = 'copy'"),
            "first");
  EXPECT_EQ(SqlValue(path, "SELECT count(*) FROM articles WHERE story IS NULL"), "2");
}

TEST(StoreTest, FeedStateRoundTrips) {
  auto store = Store::Open(FreshDb("feeds.db"));
  ASSERT_TRUE(store.ok());
  Store& s = **store;
  Result<FeedState> none = s.Feed("http://example.org/feed.rss");
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->url, "http://example.org/feed.rss");
  EXPECT_TRUE(none->etag.empty());
  EXPECT_TRUE(none->polled_at.empty());
  FeedState f = *none;
  f.etag = "\"abc\"";
  f.last_modified = "Tue, 10 Jun 2025 07:30:00 GMT";
  f.status = "ok";
  f.items = 12;
  f.fresh = 3;
  ASSERT_TRUE(s.SaveFeed(f).ok());
  f.fresh = 0;
  f.status = "not modified";
  ASSERT_TRUE(s.SaveFeed(f).ok());  // An update, not a second row.
  Result<FeedState> back = s.Feed(f.url);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->etag, "\"abc\"");
  EXPECT_EQ(back->last_modified, f.last_modified);
  EXPECT_EQ(back->status, "not modified");
  EXPECT_EQ(back->items, 12);
  EXPECT_EQ(back->fresh, 0);
  EXPECT_FALSE(back->polled_at.empty());
}

TEST(StoreTest, TextIsSearchableAfterCommitOrAtOnceWithoutTransaction) {
  auto store = Store::Open(FreshDb("fts.db"));
  ASSERT_TRUE(store.ok());
  Store& s = **store;
  EventQuery q;
  q.text = "warplanes";
  IngestCounts counts;
  const char kStrike[] = "Israeli warplanes struck Hezbollah positions in southern Lebanon.";
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.AddArticle(Coded("a", kStrike, "2025-04-02"), &counts).ok());
  ASSERT_TRUE(s.Rollback().ok());
  EXPECT_EQ(Count(s, q), 0);
  EXPECT_FALSE(*s.HasArticle("a"));
  ASSERT_TRUE(s.AddArticle(Coded("a", kStrike, "2025-04-02"), &counts).ok());  // Autocommit.
  EXPECT_TRUE(*s.HasArticle("a"));
  int64_t found = Count(s, q);
  EXPECT_GT(found, 0);
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(
      s.AddArticle(Coded("b", "Israeli warplanes struck Gaza City on Monday.", "2025-04-03"),
                   &counts)
          .ok());
  ASSERT_TRUE(s.Commit().ok());
  EXPECT_GT(Count(s, q), found);
}

// A store of schema version 1 (insert triggers kept its text index) is
// migrated in place: its articles stay searchable and new ones are indexed.
TEST(StoreTest, VersionOneStoreIsMigrated) {
  std::string path = FreshDb("v1.db");
  {
    auto db = store::Connect(path);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(store::Migrate(**db, 1).ok());
    ASSERT_TRUE((*db)
                    ->Exec("INSERT INTO articles (ext_id, text_hash, text) VALUES ('old', 'h1', "
                           "'Rebels shelled the airport at dawn.')")
                    .ok());
  }
  EXPECT_EQ(SqlValue(path, "PRAGMA user_version"), "1");
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(SqlValue(path, "PRAGMA user_version"), std::to_string(Store::kSchemaVersion));
  EXPECT_TRUE(*(*store)->HasArticle("old"));
  IngestCounts counts;
  ASSERT_TRUE(
      (*store)
          ->AddArticle(Coded("new", "Government troops shelled the rebel airport.", "2025-05-01"),
                       &counts)
          .ok());
  EXPECT_EQ(SqlValue(path, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'shelled'"),
            "2");
}

// A store written by a newer dyad is refused, not altered.
TEST(StoreTest, NewerSchemaIsRefused) {
  std::string path = FreshDb("newer.db");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  auto store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kInvalidArgument);
}

TEST(StoreTest, NotADatabaseIsAnError) {
  std::string path = FreshDb("garbage.db");
  FILE* f = std::fopen(path.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  std::fputs("this is not an SQLite file, but it is long enough to look like a header ....", f);
  std::fclose(f);
  auto store = Store::Open(path);
  EXPECT_FALSE(store.ok());
}

}  // namespace
}  // namespace dyad
