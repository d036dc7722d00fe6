// The store's schema and its migrations (docs/store.md). Each migration
// moves the database up one version inside a transaction, so a database is
// never left half migrated. SQLite keeps the version in PRAGMA
// user_version; PostgreSQL (postgres_schema.cc) in a table.
#include "store/schema.h"

#include <string>
#include <string_view>

namespace dyad {
namespace store {
namespace {

// The schema is written once for both engines. In the shared part of each
// version, {ID} is a row id, {INT} a 64-bit integer, {REAL} a double,
// {BLOB} bytes and {NOW} the current UTC time as ISO 8601 text; Expand()
// gives each its engine's type. What only one engine has (SQLite's FTS5
// tables, PostgreSQL's tsvector columns and SQL functions) comes with it.
struct Migration {
  const char* sqlite_before;  // SQLite only, run before the shared part.
  const char* shared;
  const char* sqlite_after;    // SQLite only, after it.
  const char* postgres_after;  // PostgreSQL only, after it.
};

// Version 1: articles with their annotations, failures, full-text indexes.
constexpr Migration kVersion1 = {
    "", R"sql(
CREATE TABLE articles (
  id {ID},
  ext_id TEXT NOT NULL UNIQUE,
  text_hash TEXT NOT NULL UNIQUE,
  published TEXT,
  title TEXT,
  url TEXT,
  source TEXT,
  origin TEXT,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT {NOW}
);
CREATE TABLE events (
  id {ID},
  article_id {INT} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence {INT} NOT NULL,
  sentence_text TEXT,
  source_code TEXT NOT NULL,
  source_name TEXT,
  target_code TEXT NOT NULL,
  target_name TEXT,
  code TEXT NOT NULL,
  root TEXT NOT NULL,
  goldstein {REAL},
  quad_class {INT},
  plover_type TEXT,
  plover_mode TEXT,
  date TEXT,
  place TEXT,
  place_country TEXT,
  lat {REAL},
  lon {REAL},
  negated {INT} NOT NULL DEFAULT 0,
  trigger TEXT,
  pattern TEXT
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source ON events(source_code, date);
CREATE INDEX events_target ON events(target_code, date);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_root ON events(root, date);
CREATE INDEX events_article ON events(article_id);
CREATE TABLE quotes (
  id {ID},
  article_id {INT} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence {INT} NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  speaker_name TEXT,
  speaker_code TEXT,
  begin_byte {INT} NOT NULL,
  end_byte {INT} NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_code);
CREATE TABLE places (
  id {ID},
  article_id {INT} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  name TEXT,
  country TEXT,
  kind TEXT,
  lat {REAL},
  lon {REAL},
  begin_byte {INT} NOT NULL,
  end_byte {INT} NOT NULL
);
CREATE INDEX places_article ON places(article_id);
CREATE TABLE dates (
  id {ID},
  article_id {INT} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  value TEXT NOT NULL,
  begin_byte {INT} NOT NULL,
  end_byte {INT} NOT NULL
);
CREATE INDEX dates_article ON dates(article_id);
CREATE TABLE actors (
  id {ID},
  article_id {INT} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  code TEXT NOT NULL,
  name TEXT,
  kind TEXT NOT NULL,
  begin_byte {INT} NOT NULL,
  end_byte {INT} NOT NULL
);
CREATE INDEX actors_article ON actors(article_id);
CREATE INDEX actors_code ON actors(code);
CREATE TABLE failures (
  id {ID},
  origin TEXT NOT NULL,
  message TEXT NOT NULL,
  at TEXT NOT NULL DEFAULT {NOW}
);
)sql",
    R"sql(CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id');
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
)sql",
    R"sql(
ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS
  (to_tsvector('simple', left(coalesce(title, '') || ' ' || text, 500000))) STORED;
CREATE INDEX articles_tsv ON articles USING gin (tsv);
ALTER TABLE quotes ADD COLUMN tsv tsvector GENERATED ALWAYS AS
  (to_tsvector('simple', left(text, 500000))) STORED;
CREATE INDEX quotes_tsv ON quotes USING gin (tsv);
CREATE FUNCTION dyad_km(lat1 DOUBLE PRECISION, lon1 DOUBLE PRECISION, lat2 DOUBLE PRECISION,
                        lon2 DOUBLE PRECISION) RETURNS DOUBLE PRECISION
  LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT 2 * 6371.0 * asin(sqrt(least(1.0,
    power(sin(radians(lat2 - lat1) / 2), 2) +
    cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lon2 - lon1) / 2), 2))))
$$;
)sql"};

// Version 2: near-copy links between articles (a story is its first
// article; its MinHash signature and band keys find the later copies) and
// the validators of watched feeds. SQLite's full-text indexes are no longer
// kept by insert triggers: FTS5 flushes its pending terms at every
// statement's savepoint once it has joined a transaction, which made it
// three quarters of the ingest; the store now indexes each batch's new rows
// with one statement per index just before the batch commits.
constexpr Migration kVersion2 = {"DROP TRIGGER articles_ai; DROP TRIGGER quotes_ai;",
                                 R"sql(
ALTER TABLE articles ADD COLUMN story {INT} REFERENCES articles(id);
ALTER TABLE articles ADD COLUMN minhash {BLOB};
CREATE INDEX articles_story ON articles(story);
CREATE TABLE article_bands (
  key {INT} NOT NULL,
  article_id {INT} NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX article_bands_key ON article_bands(key);
CREATE INDEX article_bands_article ON article_bands(article_id);
CREATE TABLE feeds (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  polled_at TEXT,
  status TEXT,
  items {INT} NOT NULL DEFAULT 0,
  fresh {INT} NOT NULL DEFAULT 0
);
)sql",
                                 "", ""};

// Migration i takes a database from version i to version i + 1.
constexpr Migration kMigrations[] = {kVersion1, kVersion2};
constexpr int kKnown = static_cast<int>(sizeof(kMigrations) / sizeof(kMigrations[0]));

void ReplaceAll(std::string& s, std::string_view from, std::string_view to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
}

// The shared part in an engine's types. On PostgreSQL every text column
// also sorts byte by byte ("C"), as SQLite's do, so that both stores list
// events in the same order.
std::string Expand(const char* shared, Dialect dialect) {
  std::string s = shared;
  bool sqlite = dialect == Dialect::kSqlite;
  if (!sqlite) ReplaceAll(s, " TEXT", " TEXT COLLATE \"C\"");
  ReplaceAll(
      s, "{ID}",
      sqlite ? "INTEGER PRIMARY KEY" : "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
  ReplaceAll(s, "{INT}", sqlite ? "INTEGER" : "BIGINT");
  ReplaceAll(s, "{REAL}", sqlite ? "REAL" : "DOUBLE PRECISION");
  ReplaceAll(s, "{BLOB}", sqlite ? "BLOB" : "BYTEA");
  ReplaceAll(s, "{NOW}",
             sqlite ? "(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
                    : "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')");
  return s;
}

Result<int> UserVersion(Connection& db) {
  auto s = db.Prepare("PRAGMA user_version");
  if (!s.ok()) return s.status();
  Status status;
  if (!(*s)->Step(&status)) {
    return status.ok() ? Status(StatusCode::kInternal, "no version") : status;
  }
  return static_cast<int>((*s)->Int(0));
}

// synchronous=NORMAL is the setting WAL is designed for: a killed process
// loses nothing committed; only a power cut may lose the last commits, and
// never corrupts the database. A 32 MB page cache keeps the indexes an
// ingest updates in memory (SQLite's default is 2 MB).
Status MigrateSqlite(Connection& db, int target_version) {
  if (Status s = db.Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA "
                         "foreign_keys=ON; PRAGMA cache_size=-32768;");
      !s.ok())
    return s;
  Result<int> version = UserVersion(db);
  if (!version.ok()) return version.status();
  if (*version > kKnown) return TooNew(*version, kKnown);
  for (int v = *version; v < target_version && v < kKnown; ++v) {
    std::string sql = "BEGIN IMMEDIATE;" + MigrationSql(Dialect::kSqlite, v) +
                      "PRAGMA user_version = " + std::to_string(v + 1) + "; COMMIT;";
    if (Status s = db.Exec(sql); !s.ok()) {
      (void)db.Exec("ROLLBACK");
      return s;
    }
  }
  return Status::Ok();
}

}  // namespace

int KnownVersions() { return kKnown; }

std::string MigrationSql(Dialect dialect, int from_version) {
  const Migration& m = kMigrations[from_version];
  std::string shared = Expand(m.shared, dialect);
  return dialect == Dialect::kSqlite ? m.sqlite_before + shared + m.sqlite_after
                                     : shared + m.postgres_after;
}

Status TooNew(int version, int known) {
  return InvalidArgument("the database has schema version " + std::to_string(version) +
                         "; this dyad knows up to " + std::to_string(known));
}

Status Migrate(Connection& db, int target_version) {
  return db.dialect() == Dialect::kSqlite ? MigrateSqlite(db, target_version)
                                          : MigratePostgres(db, target_version);
}

}  // namespace store
}  // namespace dyad
