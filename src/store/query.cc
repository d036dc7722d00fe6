// Queries over the store: EventQuery filters become one parameterised
// SELECT; no value is ever spliced into SQL text.
#include <cmath>
#include <string>
#include <vector>

#include "dyad/store.h"
#include "store/store_impl.h"

namespace dyad {
namespace {

// Great-circle distance in km between two points in degrees.
void KmFunction(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  for (int i = 0; i < argc; ++i) {
    if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
      sqlite3_result_null(ctx);
      return;
    }
  }
  constexpr double kRad = M_PI / 180.0, kEarthKm = 6371.0;
  double lat1 = sqlite3_value_double(argv[0]) * kRad, lon1 = sqlite3_value_double(argv[1]) * kRad;
  double lat2 = sqlite3_value_double(argv[2]) * kRad, lon2 = sqlite3_value_double(argv[3]) * kRad;
  double h = std::pow(std::sin((lat2 - lat1) / 2), 2) +
             std::cos(lat1) * std::cos(lat2) * std::pow(std::sin((lon2 - lon1) / 2), 2);
  sqlite3_result_double(ctx, 2 * kEarthKm * std::asin(std::sqrt(std::min(1.0, h))));
}

}  // namespace

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

Where BuildWhere(const EventQuery& q) {
  Where w;
  auto text = [&](const std::string& clause, const std::string& value) {
    if (value.empty()) return;
    w.texts.push_back(value);
    std::string p = "?" + std::to_string(w.texts.size());
    std::string c = clause;
    for (size_t at = c.find('@'); at != std::string::npos; at = c.find('@', at + p.size())) {
      c.replace(at, 1, p);
    }
    w.sql += " AND " + c;
  };
  text("(e.source_code GLOB @ OR e.target_code GLOB @)", q.actor);
  text("e.source_code GLOB @", q.source);
  text("e.target_code GLOB @", q.target);
  text("e.code GLOB @", q.code);
  text("e.root = @", q.root);
  text("e.plover_type = @", q.plover_type);
  text("substr(e.date, 1, length(@)) >= @", q.since);
  text("substr(e.date, 1, length(@)) <= @", q.until);
  if (q.country.size() == 2) text("e.place_country = @", q.country);
  if (q.country.size() == 3) {
    text("(substr(e.source_code, 1, 3) = @ OR substr(e.target_code, 1, 3) = @)", q.country);
  }
  text(
      "(e.article_id IN (SELECT article_id FROM quotes WHERE id IN "
      "(SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @)) OR e.article_id IN "
      "(SELECT rowid FROM articles_fts WHERE articles_fts MATCH @))",
      q.text);
  if (q.quad_class > 0) w.sql += " AND e.quad_class = " + std::to_string(q.quad_class);
  if (q.has_place && q.near_km > 0) {
    size_t base = w.texts.size();
    w.sql += " AND dyad_km(e.lat, e.lon, ?" + std::to_string(base + 1) + ", ?" +
             std::to_string(base + 2) + ") <= ?" + std::to_string(base + 3);
    w.numbers = {q.lat, q.lon, q.near_km};
  }
  return w;
}

Result<store::Statement> PrepareWhere(store::Db& db, const std::string& head, const Where& w,
                                      const std::string& tail) {
  Result<store::Statement> s = db.Prepare(head + w.sql + tail);
  if (!s.ok()) return s.status();
  int i = 0;
  for (const std::string& t : w.texts) s->Bind(++i, t);
  for (double d : w.numbers) s->Bind(++i, d);
  return s;
}

}  // namespace store

Status Store::Impl::RegisterFunctions() {
  if (sqlite3_create_function_v2(db.raw(), "dyad_km", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                 nullptr, KmFunction, nullptr, nullptr, nullptr) != SQLITE_OK) {
    return store::SqliteError(db.raw(), "register dyad_km");
  }
  return Status::Ok();
}

Result<std::vector<StoredEvent>> Store::Events(const EventQuery& q) {
  std::string tail = " ORDER BY e.date, a.ext_id, e.id";
  if (q.limit > 0) tail += " LIMIT " + std::to_string(q.limit);
  Result<store::Statement> s = store::PrepareWhere(
      impl_->db, std::string("SELECT ") + store::kEventColumns + store::kEventsFrom,
      store::BuildWhere(q), tail);
  if (!s.ok()) return s.status();
  std::vector<StoredEvent> out;
  Status status;
  while (s->Step(&status)) out.push_back(store::ReadEvent(*s));
  if (!status.ok()) return status;
  return out;
}

Result<int64_t> Store::CountEvents(const EventQuery& q) {
  Result<store::Statement> s =
      store::PrepareWhere(impl_->db, "SELECT count(*) FROM events e", store::BuildWhere(q), "");
  if (!s.ok()) return s.status();
  Status status;
  if (!s->Step(&status)) return status;
  return s->Int(0);
}

Result<int64_t> Store::CountArticles() {
  Result<store::Statement> s = impl_->db.Prepare("SELECT count(*) FROM articles");
  if (!s.ok()) return s.status();
  Status status;
  if (!s->Step(&status)) return status;
  return s->Int(0);
}

}  // namespace dyad
