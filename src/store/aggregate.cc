// Aggregates over the store: counts and Goldstein sums by period and key
// (`dyad stats`, the GraphML network), and events merged over the articles
// that report them (the GDELT export's NumArticles and NumSources).
#include <string>
#include <vector>

#include "dyad/store.h"
#include "store/store_impl.h"

namespace dyad {
namespace {

// SQL for the period of `e.date`, and a condition that the date is that
// precise ("2013/2014", a range of years, has no month). Weeks are counted
// as SQLite's %W counts them (week 01 starts on the year's first Monday),
// in both dialects, so that both stores give the same answers.
bool PeriodSql(const std::string& per, store::Dialect dialect, std::string* expr,
               std::string* precise) {
  bool sqlite = dialect == store::Dialect::kSqlite;
  auto date_like = [&](int digits_groups) {
    static const char* kGlob[] = {"", "[0-9][0-9][0-9][0-9]*", "[0-9][0-9][0-9][0-9]-[0-9][0-9]*",
                                  "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*"};
    static const char* kRegex[] = {"", "^[0-9]{4}", "^[0-9]{4}-[0-9]{2}",
                                   "^[0-9]{4}-[0-9]{2}-[0-9]{2}"};
    return sqlite ? std::string(" AND e.date GLOB '") + kGlob[digits_groups] + "'"
                  : std::string(" AND e.date ~ '") + kRegex[digits_groups] + "'";
  };
  if (per == "day") {
    *expr = "substr(e.date, 1, 10)";
    *precise = date_like(3);
  } else if (per == "week") {
    *expr = sqlite ? "strftime('%Y-W%W', substr(e.date, 1, 10))"
                   : "(SELECT to_char(d, 'YYYY') || '-W' || lpad(((extract(doy FROM d)::int + 6 - "
                     "extract(isodow FROM d)::int + 1) / 7)::text, 2, '0') FROM "
                     "(SELECT substr(e.date, 1, 10)::date AS d) AS day)";
    *precise = date_like(3);
  } else if (per == "month") {
    *expr = "substr(e.date, 1, 7)";
    *precise = date_like(2);
  } else if (per == "year") {
    *expr = "substr(e.date, 1, 4)";
    *precise = date_like(1);
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
  std::lock_guard lock(impl_->mu);
  store::Dialect dialect = impl_->db->dialect();
  std::string period, precise;
  std::vector<std::string> keys;
  if (!PeriodSql(q.per, dialect, &period, &precise)) {
    return InvalidArgument("unknown period " + q.per);
  }
  if (!KeySql(q.by, &keys)) return InvalidArgument("unknown grouping " + q.by);
  store::Where where = store::BuildWhere(q.filter, dialect);
  where.sql += precise;  // A constant.
  // The two sides of an "actor" grouping repeat the filter; its numbered
  // placeholders (?1, ?2, ...) are shared, so one binding serves both.
  std::string inner;
  for (size_t k = 0; k < keys.size(); ++k) {
    inner += (k ? " UNION ALL " : "") + std::string("SELECT ") + period + " AS period, " + keys[k] +
             " AS key, e.goldstein AS g, e.article_id AS a FROM events e" + where.sql;
  }
  auto prepared = store::PrepareWhere(
      *impl_->db,
      "SELECT period, key, count(*), coalesce(sum(g), 0), count(DISTINCT a) FROM (" + inner +
          ") AS s",
      store::Where{"", where.texts, where.numbers},
      " GROUP BY period, key ORDER BY period, count(*) DESC, key");
  if (!prepared.ok()) return prepared.status();
  store::Statement* st = prepared->get();
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
  std::lock_guard lock(impl_->mu);
  // Each group's counts, and its first event (lowest id) for the details.
  std::string head =
      "SELECT min(e.id) AS first, count(DISTINCT e.article_id) AS n_articles, "
      "count(DISTINCT coalesce(a.source, a.ext_id)) AS n_sources" +
      std::string(store::kEventsFrom);
  std::string group =
      " GROUP BY e.date, e.source_code, e.target_code, e.code, coalesce(e.place, '')";
  store::Where where = store::BuildWhere(q, impl_->db->dialect());
  auto s = store::PrepareWhere(
      *impl_->db,
      std::string("SELECT ") + store::kEventColumns +
          ", g.n_articles, g.n_sources, coalesce(a.url, '') FROM (" + head,
      where,
      group + ") AS g JOIN events e ON e.id = g.first JOIN articles a ON a.id = e.article_id" +
          " ORDER BY coalesce(e.date, ''), e.source_code, e.target_code, e.code, e.id");
  if (!s.ok()) return s.status();
  std::vector<ReportedEvent> out;
  Status status;
  constexpr int n = store::kEventColumnCount;
  store::Statement& st = **s;
  while (st.Step(&status)) {
    out.push_back({store::ReadEvent(st), st.Int(n), st.Int(n + 1), st.Text(n + 2)});
  }
  if (!status.ok()) return status;
  return out;
}

}  // namespace dyad
