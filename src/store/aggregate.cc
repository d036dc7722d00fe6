// Aggregates over the store: counts and Goldstein sums by period and key
// (`dyad stats`, the GraphML network), and events merged over the articles
// that report them (the GDELT export's NumArticles and NumSources).
#include <string>
#include <vector>

#include "dyad/store.h"
#include "store/store_impl.h"

namespace dyad {
namespace {

// SQL for the period of `e.date`, and the GLOB a date must match to be
// that precise ("2013/2014", a range of years, has no month).
bool PeriodSql(const std::string& per, std::string* expr, std::string* glob) {
  const std::string year = "[0-9][0-9][0-9][0-9]", two = "[0-9][0-9]";
  if (per == "day" || per == "week") {
    *expr = per == "day" ? "substr(e.date, 1, 10)" : "strftime('%Y-W%W', substr(e.date, 1, 10))";
    *glob = year + "-" + two + "-" + two + "*";
  } else if (per == "month") {
    *expr = "substr(e.date, 1, 7)";
    *glob = year + "-" + two + "*";
  } else if (per == "year") {
    *expr = "substr(e.date, 1, 4)";
    *glob = year + "*";
  } else if (per == "all") {
    *expr = "'all'";
  } else {
    return false;
  }
  return true;
}

// SQL for the key column(s): one select per side for "actor".
bool KeySql(const std::string& by, std::vector<std::string>* keys) {
  if (by == "dyad") {
    *keys = {"e.source_code || '->' || e.target_code"};
  } else if (by == "actor") {
    *keys = {"e.source_code", "e.target_code"};
  } else if (by == "source" || by == "target") {
    *keys = {"e." + by + "_code"};
  } else if (by == "root") {
    *keys = {"e.root"};
  } else {
    return false;
  }
  return true;
}

}  // namespace

Result<std::vector<StatRow>> Store::Stats(const StatsQuery& q) {
  std::string period, glob;
  std::vector<std::string> keys;
  if (!PeriodSql(q.per, &period, &glob)) return InvalidArgument("unknown period " + q.per);
  if (!KeySql(q.by, &keys)) return InvalidArgument("unknown grouping " + q.by);
  store::Where where = store::BuildWhere(q.filter);
  if (!glob.empty()) where.sql += " AND e.date GLOB '" + glob + "'";  // A constant.
  // The two sides of an "actor" grouping repeat the filter; its numbered
  // placeholders (?1, ?2, ...) are shared, so one binding serves both.
  std::string inner;
  for (size_t k = 0; k < keys.size(); ++k) {
    inner += (k ? " UNION ALL " : "") + std::string("SELECT ") + period + " AS period, " + keys[k] +
             " AS key, e.goldstein AS g, e.article_id AS a FROM events e" + where.sql;
  }
  Result<store::Statement> st = store::PrepareWhere(
      impl_->db, "SELECT period, key, count(*), total(g), count(DISTINCT a) FROM (" + inner + ")",
      store::Where{"", where.texts, where.numbers},
      " GROUP BY period, key ORDER BY period, count(*) DESC, key");
  if (!st.ok()) return st.status();
  std::vector<StatRow> out;
  Status status;
  std::string current;
  int64_t in_period = 0;
  while (st->Step(&status)) {
    StatRow r{st->Text(0), st->Text(1), st->Int(2), st->Real(3), st->Int(4)};
    in_period = r.period == current ? in_period + 1 : 1;
    current = r.period;
    if (q.top > 0 && in_period > q.top) continue;
    out.push_back(std::move(r));
  }
  if (!status.ok()) return status;
  return out;
}

Result<std::vector<ReportedEvent>> Store::Reported(const EventQuery& q) {
  // The details are those of one report (SQLite takes a group's other
  // columns from one of its rows); the counts are the group's.
  std::string tail =
      " GROUP BY e.date, e.source_code, e.target_code, e.code, coalesce(e.place, '')"
      " ORDER BY e.date, e.source_code, e.target_code, e.code";
  Result<store::Statement> s = store::PrepareWhere(
      impl_->db,
      std::string("SELECT ") + store::kEventColumns +
          ", count(DISTINCT e.article_id), count(DISTINCT coalesce(a.source, a.ext_id)), "
          "coalesce(a.url, '')" +
          store::kEventsFrom,
      store::BuildWhere(q), tail);
  if (!s.ok()) return s.status();
  std::vector<ReportedEvent> out;
  Status status;
  constexpr int n = store::kEventColumnCount;
  while (s->Step(&status)) {
    out.push_back({store::ReadEvent(*s), s->Int(n), s->Int(n + 1), s->Text(n + 2)});
  }
  if (!status.ok()) return status;
  return out;
}

}  // namespace dyad
