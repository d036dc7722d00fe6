// Writing coded articles to the store.
//
// Design: one connection, statements prepared once and reused for every
// row. An article is a duplicate when its id or the hash of its normalised
// text (lower case, runs of spaces as one) is stored already; the UNIQUE
// constraints on both make that hold even under concurrent writers.
#include "dyad/store.h"

#include <array>
#include <cctype>
#include <cstdio>

#include "io/writers.h"
#include "store/schema.h"
#include "store/sql.h"
#include "store/store_impl.h"

namespace dyad {
namespace {

using store::BindOptional;
using store::Statement;

// FNV-1a over the text in lower case with runs of white space as one
// space: the same story with other spacing or capitals is one article.
std::string TextHash(std::string_view text) {
  uint64_t h = 1469598103934665603ull;
  bool started = false, space = false;  // Leading and trailing space is dropped.
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isspace(u)) {
      space = started;
      continue;
    }
    if (space) h = (h ^ ' ') * 1099511628211ull;
    started = true;
    space = false;
    h = (h ^ static_cast<unsigned char>(std::tolower(u))) * 1099511628211ull;
  }
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(h));
  return out;
}

// The coordinates of the place an event is placed at, from the article's
// place mentions.
const PlaceMention* PlaceNamed(const Article& a, const std::string& name) {
  for (const PlaceMention& p : a.places) {
    if (p.name == name && p.has_coordinates) return &p;
  }
  return nullptr;
}

// Runs an INSERT ... RETURNING id.
Result<int64_t> InsertedId(Statement& s) {
  Status status;
  bool row = s.Step(&status);
  int64_t id = row ? s.Int(0) : 0;
  s.Reset();
  if (!status.ok()) return status;
  if (!row) return Status(StatusCode::kInternal, "insert returned no id");
  return id;
}

}  // namespace

Status Store::Impl::Prepare() {
  struct Sql {
    std::unique_ptr<Statement>* out;
    const char* text;
  };
  const Sql sql[] = {
      {&find_article, "SELECT 1 FROM articles WHERE ext_id = ?1 OR text_hash = ?2"},
      {&insert_article,
       "INSERT INTO articles (ext_id, text_hash, published, title, url, source, origin, text, "
       "story, minhash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id"},
      {&find_id, "SELECT 1 FROM articles WHERE ext_id = ?1"},
      {&find_story,
       "SELECT DISTINCT a.id, COALESCE(a.story, a.id), a.minhash FROM article_bands b "
       "JOIN articles a ON a.id = b.article_id "
       "WHERE b.key IN (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"},
      {&index_articles,
       "INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles "
       "WHERE id >= ?1"},
      {&index_quotes,
       "INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM quotes WHERE id >= ?1"},
      {&insert_band, "INSERT INTO article_bands (key, article_id) VALUES (?1, ?2)"},
      {&get_feed,
       "SELECT etag, last_modified, polled_at, status, items, fresh FROM feeds WHERE url = ?1"},
      {&put_feed,
       "INSERT INTO feeds (url, etag, last_modified, polled_at, status, items, fresh) "
       "VALUES (?1, ?2, ?3, ?7, ?4, ?5, ?6) "
       "ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, "
       "last_modified = excluded.last_modified, polled_at = excluded.polled_at, "
       "status = excluded.status, items = excluded.items, fresh = excluded.fresh"},
      {&insert_event,
       "INSERT INTO events (article_id, sentence, sentence_text, source_code, source_name, "
       "target_code, target_name, code, root, goldstein, quad_class, plover_type, plover_mode, "
       "date, place, place_country, lat, lon, negated, trigger, pattern) VALUES (?1, ?2, ?3, ?4, "
       "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)"},
      {&insert_quote,
       "INSERT INTO quotes (article_id, sentence, kind, text, speaker_name, speaker_code, "
       "begin_byte, end_byte) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id"},
      {&insert_place,
       "INSERT INTO places (article_id, text, name, country, kind, lat, lon, begin_byte, "
       "end_byte) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"},
      {&insert_date,
       "INSERT INTO dates (article_id, text, value, begin_byte, end_byte) "
       "VALUES (?1, ?2, ?3, ?4, ?5)"},
      {&insert_actor,
       "INSERT INTO actors (article_id, text, code, name, kind, begin_byte, end_byte) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
      {&insert_failure, "INSERT INTO failures (origin, message) VALUES (?1, ?2)"},
  };
  for (const Sql& s : sql) {
    bool fts5 = s.out == &index_articles || s.out == &index_quotes;
    if (fts5 && db->dialect() != store::Dialect::kSqlite) continue;
    Result<std::unique_ptr<Statement>> st = db->Prepare(s.text);
    if (!st.ok()) return st.status();
    *s.out = std::move(*st);
  }
  return Status::Ok();
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& target) {
  Result<std::unique_ptr<store::Connection>> db = store::Connect(target);
  if (!db.ok()) return db.status();
  auto impl = std::make_unique<Impl>();
  impl->db = std::move(*db);
  if (Status s = store::Migrate(*impl->db, kSchemaVersion); !s.ok()) return s;
  if (Status s = impl->Prepare(); !s.ok()) return s;
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

Status Store::Begin() {
  std::lock_guard lock(impl_->mu);
  bool sqlite = impl_->db->dialect() == store::Dialect::kSqlite;
  return impl_->db->Exec(sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
}

Status Store::Commit() {
  std::lock_guard lock(impl_->mu);
  if (Status s = impl_->IndexPending(); !s.ok()) return s;
  return impl_->db->Exec("COMMIT");
}

Status Store::Rollback() {
  std::lock_guard lock(impl_->mu);
  impl_->unindexed_article = impl_->unindexed_quote = 0;
  return impl_->db->Exec("ROLLBACK");
}

Status Store::Impl::IndexPending() {
  if (!index_articles) {  // PostgreSQL: generated columns keep the index.
    unindexed_article = unindexed_quote = 0;
    return Status::Ok();
  }
  if (unindexed_article != 0) {
    if (Status s = index_articles->Bind(1, unindexed_article).Run(); !s.ok()) return s;
    unindexed_article = 0;
  }
  if (unindexed_quote != 0) {
    if (Status s = index_quotes->Bind(1, unindexed_quote).Run(); !s.ok()) return s;
    unindexed_quote = 0;
  }
  return Status::Ok();
}

Status Store::AddFailure(const std::string& origin, const std::string& message) {
  std::lock_guard lock(impl_->mu);
  return impl_->insert_failure->Bind(1, origin).Bind(2, message).Run();
}

Status Store::AddArticle(const Article& a, IngestCounts* counts) {
  std::lock_guard lock(impl_->mu);
  std::string hash = TextHash(a.text);
  Statement& find = *impl_->find_article;
  find.Bind(1, a.id).Bind(2, hash);
  Status status;
  bool exists = find.Step(&status);
  find.Reset();
  if (!status.ok()) return status;
  if (exists) {
    ++counts->duplicates;
    return Status::Ok();
  }
  store::Signature sig = store::MinHashSignature(a.text);
  Result<int64_t> story = impl_->FindStory(sig);
  if (!story.ok()) return story.status();
  Result<int64_t> id = impl_->InsertArticle(a, hash, *story, sig);
  if (!id.ok()) return id.status();
  if (*story == 0) {  // Only a story's first article is matched against.
    if (Status s = impl_->AddBands(*id, sig); !s.ok()) return s;
  }
  if (Status s = impl_->AddEvents(*id, a); !s.ok()) return s;
  if (Status s = impl_->AddAnnotations(*id, a); !s.ok()) return s;
  if (impl_->unindexed_article == 0) impl_->unindexed_article = *id;
  ++counts->stored;
  counts->near_copies += *story != 0;
  counts->events += static_cast<int64_t>(a.events.size());
  // Outside a transaction the article is committed already: index it now.
  if (!impl_->db->InTransaction()) return impl_->IndexPending();
  return Status::Ok();
}

Result<int64_t> Store::Impl::InsertArticle(const Article& a, const std::string& hash, int64_t story,
                                           const store::Signature& sig) {
  Statement& ins = *insert_article;
  ins.Bind(1, a.id).Bind(2, hash);
  BindOptional(ins, 3, a.published);
  BindOptional(ins, 4, a.title);
  BindOptional(ins, 5, a.url);
  BindOptional(ins, 6, a.source);
  BindOptional(ins, 7, a.origin);
  ins.Bind(8, a.text);
  if (story != 0) {
    ins.Bind(9, story);
  } else {
    ins.BindNull(9);
  }
  if (sig.empty) {
    ins.BindNull(10);
  } else {
    ins.BindBlob(10, store::SignatureBytes(sig));
  }
  return InsertedId(ins);
}

Status Store::Impl::AddEvents(int64_t id, const Article& a) {
  for (const Event& e : a.events) {
    Statement& s = *insert_event;
    const Sentence& sent = a.sentences[e.sentence];
    s.Bind(1, id).Bind(2, static_cast<int64_t>(e.sentence)).Bind(3, a.Span(sent.begin, sent.end));
    s.Bind(4, e.source.code).Bind(5, e.source.name).Bind(6, e.target.code).Bind(7, e.target.name);
    s.Bind(8, e.code).Bind(9, e.code.substr(0, 2)).Bind(10, e.goldstein);
    s.Bind(11, static_cast<int64_t>(e.quad_class));
    BindOptional(s, 12, e.plover_type);
    BindOptional(s, 13, e.plover_mode);
    BindOptional(s, 14, e.date);
    BindOptional(s, 15, e.place);
    BindOptional(s, 16, e.place_country);
    if (const PlaceMention* p = PlaceNamed(a, e.place)) {
      s.Bind(17, p->lat).Bind(18, p->lon);
    } else {
      s.BindNull(17).BindNull(18);
    }
    s.Bind(19, static_cast<int64_t>(e.negated));
    s.Bind(20, a.Span(e.trigger_begin, e.trigger_end)).Bind(21, e.pattern);
    if (Status st = s.Run(); !st.ok()) return st;
  }
  return Status::Ok();
}

Status Store::Impl::AddAnnotations(int64_t id, const Article& a) {
  for (const Quote& q : a.quotes) {
    Statement& s = *insert_quote;
    s.Bind(1, id).Bind(2, static_cast<int64_t>(q.sentence));
    s.Bind(3, q.kind == QuoteKind::kDirect ? "direct" : "indirect").Bind(4, a.Span(q.begin, q.end));
    BindOptional(s, 5, q.speaker_name);
    BindOptional(s, 6, q.speaker_code);
    s.Bind(7, static_cast<int64_t>(q.begin)).Bind(8, static_cast<int64_t>(q.end));
    Result<int64_t> quote = InsertedId(s);
    if (!quote.ok()) return quote.status();
    if (unindexed_quote == 0) unindexed_quote = *quote;
  }
  for (const PlaceMention& p : a.places) {
    Statement& s = *insert_place;
    s.Bind(1, id).Bind(2, a.Span(p.begin, p.end)).Bind(3, p.name);
    BindOptional(s, 4, p.country);
    s.Bind(5, p.kind);
    if (p.has_coordinates) {
      s.Bind(6, p.lat).Bind(7, p.lon);
    } else {
      s.BindNull(6).BindNull(7);
    }
    s.Bind(8, static_cast<int64_t>(p.begin)).Bind(9, static_cast<int64_t>(p.end));
    if (Status st = s.Run(); !st.ok()) return st;
  }
  for (const DateMention& d : a.dates) {
    Statement& s = *insert_date;
    s.Bind(1, id).Bind(2, a.Span(d.begin, d.end)).Bind(3, d.value);
    s.Bind(4, static_cast<int64_t>(d.begin)).Bind(5, static_cast<int64_t>(d.end));
    if (Status st = s.Run(); !st.ok()) return st;
  }
  for (const ActorMention& m : a.actors) {
    if (m.code.empty()) continue;
    Statement& s = *insert_actor;
    s.Bind(1, id).Bind(2, a.Span(m.begin, m.end)).Bind(3, m.code).Bind(4, m.name);
    s.Bind(5, ActorKindName(m.kind));
    s.Bind(6, static_cast<int64_t>(m.begin)).Bind(7, static_cast<int64_t>(m.end));
    if (Status st = s.Run(); !st.ok()) return st;
  }
  return Status::Ok();
}

}  // namespace dyad
