// Queries over the store: EventQuery filters become one parameterised
// SELECT; no value is ever spliced into SQL text.
#include <string>
#include <vector>

#include "dyad/store.h"
#include "store/store_impl.h"

namespace dyad {
namespace store {

StoredEvent ReadEvent(const Statement& s) {
  StoredEvent e;
  e.article_id = s.Text(0);
  e.published = s.Text(1);
  e.date = s.Text(2);
  e.source_code = s.Text(3);
  e.source_name = s.Text(4);
  e.target_code = s.Text(5);
  e.target_name = s.Text(6);
  e.code = s.Text(7);
  e.root = s.Text(8);
  e.goldstein = s.Real(9);
  e.quad_class = static_cast<int>(s.Int(10));
  e.plover_type = s.Text(11);
  e.plover_mode = s.Text(12);
  e.place = s.Text(13);
  e.place_country = s.Text(14);
  e.has_coordinates = !s.IsNull(15);
  e.lat = s.Real(15);
  e.lon = s.Real(16);
  e.negated = s.Int(17) != 0;
  e.trigger = s.Text(18);
  e.sentence = s.Text(19);
  return e;
}

namespace {

// A glob with '*' and '?' as a LIKE pattern escaped with '\'.
std::string GlobToLike(const std::string& glob) {
  std::string out;
  for (char c : glob) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c == '*' ? '%' : c == '?' ? '_' : c;
  }
  return out;
}

// An FTS5-style query ("red sea" AND shipping, a OR b, NOT c) in the
// syntax of PostgreSQL's websearch_to_tsquery.
std::string WebSearchQuery(const std::string& fts) {
  std::string out, word;
  auto flush = [&] {
    if (word == "AND") word.clear();
    if (word == "OR") word = "or";
    if (word == "NOT") word = "-";
    out += word;
    word.clear();
  };
  for (char c : fts) {
    if (c == ' ') {
      flush();
      if (!out.empty() && out.back() != '-') out += ' ';
    } else {
      word += c;
    }
  }
  flush();
  return out;
}

}  // namespace

Where BuildWhere(const EventQuery& q, Dialect dialect) {
  Where w;
  bool sqlite = dialect == Dialect::kSqlite;
  // Each lone '@' of `clause` is the value's placeholder ("@@" is
  // PostgreSQL's text-match operator).
  auto text = [&](const std::string& clause, const std::string& value) {
    if (value.empty()) return;
    w.texts.push_back(value);
    std::string p = "?" + std::to_string(w.texts.size());
    std::string c;
    for (size_t i = 0; i < clause.size(); ++i) {
      if (clause.compare(i, 2, "@@") == 0) {
        c += "@@";
        ++i;
      } else {
        c += clause[i] == '@' ? p : std::string(1, clause[i]);
      }
    }
    w.sql += " AND " + c;
  };
  // SQLite's GLOB and PostgreSQL's LIKE match the same strings for globs
  // of '*' and '?'; both are case-sensitive.
  auto glob = [&](const std::string& clause, const std::string& value) {
    std::string c = clause;
    for (size_t at = c.find('#'); at != std::string::npos; at = c.find('#', at)) {
      c.replace(at, 1, sqlite ? "GLOB @" : "LIKE @ ESCAPE '\\'");
    }
    text(c, sqlite || value.empty() ? value : GlobToLike(value));
  };
  glob("(e.source_code # OR e.target_code #)", q.actor);
  glob("e.source_code #", q.source);
  glob("e.target_code #", q.target);
  glob("e.code #", q.code);
  text("e.root = @", q.root);
  text("e.plover_type = @", q.plover_type);
  text("substr(e.date, 1, length(CAST(@ AS TEXT))) >= @", q.since);
  text("substr(e.date, 1, length(CAST(@ AS TEXT))) <= @", q.until);
  if (q.country.size() == 2) text("e.place_country = @", q.country);
  if (q.country.size() == 3) {
    text("(substr(e.source_code, 1, 3) = @ OR substr(e.target_code, 1, 3) = @)", q.country);
  }
  if (sqlite) {
    text(
        "(e.article_id IN (SELECT article_id FROM quotes WHERE id IN "
        "(SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @)) OR e.article_id IN "
        "(SELECT rowid FROM articles_fts WHERE articles_fts MATCH @))",
        q.text);
  } else if (!q.text.empty()) {
    text(
        "(e.article_id IN (SELECT article_id FROM quotes WHERE tsv @@ "
        "websearch_to_tsquery('simple', @)) OR e.article_id IN (SELECT id FROM articles WHERE "
        "tsv @@ websearch_to_tsquery('simple', @)))",
        WebSearchQuery(q.text));
  }
  if (q.quad_class > 0) w.sql += " AND e.quad_class = " + std::to_string(q.quad_class);
  if (q.has_place && q.near_km > 0) {
    size_t base = w.texts.size();
    w.sql += " AND dyad_km(e.lat, e.lon, ?" + std::to_string(base + 1) + ", ?" +
             std::to_string(base + 2) + ") <= ?" + std::to_string(base + 3);
    w.numbers = {q.lat, q.lon, q.near_km};
  }
  return w;
}

Result<std::unique_ptr<Statement>> PrepareWhere(Connection& db, const std::string& head,
                                                const Where& w, const std::string& tail) {
  Result<std::unique_ptr<Statement>> s = db.Prepare(head + w.sql + tail);
  if (!s.ok()) return s.status();
  int i = 0;
  for (const std::string& t : w.texts) (*s)->Bind(++i, t);
  for (double d : w.numbers) (*s)->Bind(++i, d);
  return s;
}

}  // namespace store

Result<std::vector<StoredEvent>> Store::Events(const EventQuery& q) {
  std::lock_guard lock(impl_->mu);
  // coalesce: SQLite sorts NULL first, PostgreSQL last.
  std::string tail = " ORDER BY coalesce(e.date, ''), a.ext_id, e.id";
  if (q.limit > 0) tail += " LIMIT " + std::to_string(q.limit);
  auto s = store::PrepareWhere(*impl_->db,
                               std::string("SELECT ") + store::kEventColumns + store::kEventsFrom,
                               store::BuildWhere(q, impl_->db->dialect()), tail);
  if (!s.ok()) return s.status();
  std::vector<StoredEvent> out;
  Status status;
  while ((*s)->Step(&status)) out.push_back(store::ReadEvent(**s));
  if (!status.ok()) return status;
  return out;
}

Result<int64_t> Store::CountEvents(const EventQuery& q) {
  std::lock_guard lock(impl_->mu);
  auto s = store::PrepareWhere(*impl_->db, "SELECT count(*) FROM events e",
                               store::BuildWhere(q, impl_->db->dialect()), "");
  if (!s.ok()) return s.status();
  Status status;
  if (!(*s)->Step(&status)) return status;
  return (*s)->Int(0);
}

Result<int64_t> Store::CountArticles() {
  std::lock_guard lock(impl_->mu);
  auto s = impl_->db->Prepare("SELECT count(*) FROM articles");
  if (!s.ok()) return s.status();
  Status status;
  if (!(*s)->Step(&status)) return status;
  return (*s)->Int(0);
}

}  // namespace dyad
