// The store's reading subcommands of the dyad CLI: query, stats, export
// (docs/store.md).
#include "store_commands.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>

#include "io/writers.h"
#include "store/sql.h"

namespace dyad_cli {

namespace {

std::string Num(double v, const char* fmt = "%g") {
  char buf[32];
  std::snprintf(buf, sizeof buf, fmt, v);
  return buf;
}

std::string Csv(const std::string& s, char sep) {
  if (sep == '\t') {
    std::string out = s;
    for (char& c : out) c = (c == '\t' || c == '\n') ? ' ' : c;
    return out;
  }
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void PrintEvent(std::ostream& out, const dyad::StoredEvent& e, const std::string& format) {
  if (format == "json") {
    std::string j = "{";
    auto field = [&](const char* k, const std::string& v, bool quoted = true) {
      if (j.size() > 1) j += ",";
      j += std::string("\"") + k + "\":";
      if (quoted) {
        dyad::AppendJsonString(v, j);
      } else {
        j += v;
      }
    };
    char num[32];
    field("article", e.article_id);
    field("date", e.date);
    field("source", e.source_code);
    field("target", e.target_code);
    field("code", e.code);
    std::snprintf(num, sizeof num, "%g", e.goldstein);
    field("goldstein", num, false);
    field("quad_class", std::to_string(e.quad_class), false);
    field("plover", e.plover_type);
    field("place", e.place);
    field("place_country", e.place_country);
    if (e.has_coordinates) {
      std::snprintf(num, sizeof num, "%.5f", e.lat);
      field("lat", num, false);
      std::snprintf(num, sizeof num, "%.5f", e.lon);
      field("lon", num, false);
    }
    field("negated", e.negated ? "true" : "false", false);
    field("trigger", e.trigger);
    field("sentence", e.sentence);
    out << j << "}\n";
    return;
  }
  if (format == "csv" || format == "tsv") {
    char sep = format == "csv" ? ',' : '\t';
    const std::string cols[] = {e.article_id,
                                e.date,
                                e.source_code,
                                e.target_code,
                                e.code,
                                Num(e.goldstein),
                                std::to_string(e.quad_class),
                                e.plover_type,
                                e.place,
                                e.place_country,
                                e.trigger};
    std::string line;
    for (const std::string& c : cols)
      line += (line.empty() ? "" : std::string(1, sep)) + Csv(c, sep);
    out << line << "\n";
    return;
  }
  out << e.date << "  " << e.source_code << " -> " << e.target_code << "  " << e.code << "  "
      << e.trigger << (e.place.empty() ? "" : "  @ " + e.place) << "  [" << e.article_id << "]\n";
}

void PrintHeader(std::ostream& out, const std::string& sep) {
  const char* cols[] = {"article",    "date",   "source", "target",        "code",   "goldstein",
                        "quad_class", "plover", "place",  "place_country", "trigger"};
  std::string line;
  for (const char* c : cols) line += (line.empty() ? "" : sep) + c;
  out << line << "\n";
}

// Opens the store for reading, with a one-line error.
std::unique_ptr<dyad::Store> OpenForReading(const std::string& path) {
  if (!dyad::store::IsPostgresUri(path) && !std::filesystem::exists(path)) {
    std::cerr << "dyad: " << path << ": no such store (create it with dyad ingest)\n";
    return nullptr;
  }
  auto store = dyad::Store::Open(path);
  if (!store.ok()) {
    std::cerr << "dyad: " << path << ": " << store.status().ToString() << "\n";
    return nullptr;
  }
  return std::move(*store);
}

bool PrepareNear(QueryOptions& o) {
  if (o.near.empty()) return true;
  if (std::sscanf(o.near.c_str(), "%lf,%lf", &o.q.lat, &o.q.lon) != 2 || o.q.near_km <= 0) {
    std::cerr << "dyad: --near wants LAT,LON and --km a distance above 0\n";
    return false;
  }
  o.q.has_place = true;
  return true;
}

}  // namespace

// dyad query: events in the store matching the filters.
int RunQuery(QueryOptions o) {
  if (!PrepareNear(o)) return 2;
  std::unique_ptr<dyad::Store> store = OpenForReading(o.db);
  if (!store) return 2;
  if (o.count) {
    auto n = store->CountEvents(o.q);
    if (!n.ok()) {
      std::cerr << "dyad: " << n.status().ToString() << "\n";
      return 2;
    }
    std::cout << *n << "\n";
    return 0;
  }
  auto events = store->Events(o.q);
  if (!events.ok()) {
    std::cerr << "dyad: " << events.status().ToString() << "\n";
    return 2;
  }
  if (o.format == "csv" || o.format == "tsv")
    PrintHeader(std::cout, o.format == "csv" ? "," : "\t");
  for (const dyad::StoredEvent& e : *events) PrintEvent(std::cout, e, o.format);
  return 0;
}

void AddQueryOptions(CLI::App* cmd, QueryOptions& o) {
  cmd->add_option("--db", o.db, "The store (default dyad.db)");
  cmd->add_option("--actor", o.q.actor, "Source or target code, a glob (IRQ*)");
  cmd->add_option("--source", o.q.source, "Source code, a glob");
  cmd->add_option("--target", o.q.target, "Target code, a glob");
  cmd->add_option("--code", o.q.code, "CAMEO event code, a glob (19*)");
  cmd->add_option("--root", o.q.root, "CAMEO root, two digits");
  cmd->add_option("--quad", o.q.quad_class, "Quad class 1-4")->check(CLI::Range(1, 4));
  cmd->add_option("--plover", o.q.plover_type, "PLOVER event type (CONSULT, ASSAULT, ...)");
  cmd->add_option("--since", o.q.since, "Events on or after YYYY[-MM[-DD]]");
  cmd->add_option("--until", o.q.until, "Events on or before YYYY[-MM[-DD]]");
  cmd->add_option("--country", o.q.country,
                  "Place country (ISO alpha-2) or actor country (alpha-3)");
  cmd->add_option("--text", o.q.text, "Full-text search in quotes and article text (FTS5)");
  cmd->add_option("--near", o.near, "LAT,LON: events placed within --km of it");
  cmd->add_option("--km", o.q.near_km, "Distance for --near");
  cmd->add_option("--limit", o.q.limit, "At most this many events");
}

void AddFormatOption(CLI::App* cmd, QueryOptions& o, const std::vector<std::string>& formats) {
  std::string names;
  for (const std::string& f : formats) names += (names.empty() ? "" : " | ") + f;
  cmd->add_option("--format", o.format, names + " (default " + o.format + ")")
      ->check(CLI::IsMember(formats));
}

namespace {

// "2025-03-14" -> 2025.1973 (GDELT's FractionDate); "" when not a day.
std::string FractionDate(const std::string& date) {
  int y = 0, m = 0, d = 0;
  if (date.size() < 10 || std::sscanf(date.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return "";
  static const int kBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  int day = kBefore[(m - 1) % 12] + d;
  return Num(y + day / 365.0, "%.4f");
}

// GDELT 2.0's ten actor columns from a CAMEO actor code.
std::string GdeltActor(const std::string& code, const std::string& name) {
  std::string country = code.size() >= 3 ? code.substr(0, 3) : "";
  std::string type1 = code.size() >= 6 ? code.substr(3, 3) : "";
  std::string type2 = code.size() >= 9 ? code.substr(6, 3) : "";
  // Code, name, country, known group, ethnic, religion 1 and 2, types 1-3.
  return code + "\t" + name + "\t" + country + "\t\t\t\t\t" + type1 + "\t" + type2 + "\t\t";
}

// Eight geography columns: type, name, country, ADM1, ADM2, lat, lon, id.
std::string GdeltGeo(const dyad::StoredEvent& e) {
  if (e.place.empty()) return "0\t\t\t\t\t\t\t";
  std::string type = e.has_coordinates ? "4" : "1";
  std::string lat = e.has_coordinates ? Num(e.lat, "%.4f") : "";
  std::string lon = e.has_coordinates ? Num(e.lon, "%.4f") : "";
  return type + "\t" + e.place + "\t" + e.place_country + "\t\t\t" + lat + "\t" + lon + "\t";
}

std::string GdeltRow(int64_t n, const dyad::ReportedEvent& r) {
  const dyad::StoredEvent& e = r.event;
  std::string sqldate;
  for (char c : e.date.substr(0, 10)) {
    if (c != '-') sqldate += c;
  }
  std::string geo = GdeltGeo(e);
  const std::string none = "0\t\t\t\t\t\t\t";  // Where the actors are: unknown.
  return std::to_string(n) + "\t" + sqldate + "\t" + sqldate.substr(0, 6) + "\t" +
         sqldate.substr(0, 4) + "\t" + FractionDate(e.date) + "\t" +
         GdeltActor(e.source_code, e.source_name) + GdeltActor(e.target_code, e.target_name) +
         "1\t" + e.code + "\t" + e.code.substr(0, 3) + "\t" + e.root + "\t" +
         std::to_string(e.quad_class) + "\t" + Num(e.goldstein, "%.1f") + "\t" +
         std::to_string(r.num_articles) + "\t" + std::to_string(r.num_sources) + "\t" +
         std::to_string(r.num_articles) + "\t\t" + none + "\t" + none + "\t" + geo + "\t\t" +
         r.url + "\n";
}

std::string XmlEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// The actor network: a node per actor code, an edge per dyad with its
// event count and Goldstein sum.
std::string GraphMl(const std::vector<dyad::StatRow>& dyads) {
  std::map<std::string, int> nodes;
  std::string edges;
  int e = 0;
  for (const dyad::StatRow& r : dyads) {
    size_t arrow = r.key.find("->");
    std::string a = r.key.substr(0, arrow), b = r.key.substr(arrow + 2);
    for (const std::string& n : {a, b}) nodes.emplace(n, static_cast<int>(nodes.size()));
    edges += "    <edge id=\"e" + std::to_string(e++) + "\" source=\"n" + std::to_string(nodes[a]) +
             "\" target=\"n" + std::to_string(nodes[b]) + "\"><data key=\"events\">" +
             std::to_string(r.events) + "</data><data key=\"goldstein\">" + Num(r.goldstein) +
             "</data></edge>\n";
  }
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
      "  <key id=\"code\" for=\"node\" attr.name=\"code\" attr.type=\"string\"/>\n"
      "  <key id=\"events\" for=\"edge\" attr.name=\"events\" attr.type=\"int\"/>\n"
      "  <key id=\"goldstein\" for=\"edge\" attr.name=\"goldstein\" attr.type=\"double\"/>\n"
      "  <graph id=\"dyad\" edgedefault=\"directed\">\n";
  for (const auto& [code, id] : nodes) {
    out += "    <node id=\"n" + std::to_string(id) + "\"><data key=\"code\">" + XmlEscape(code) +
           "</data></node>\n";
  }
  return out + edges + "  </graph>\n</graphml>\n";
}

}  // namespace

// dyad stats: counts and Goldstein sums by period and key.
int RunStats(QueryOptions o) {
  if (!PrepareNear(o)) return 2;
  std::unique_ptr<dyad::Store> store = OpenForReading(o.db);
  if (!store) return 2;
  o.stats.filter = o.q;
  auto rows = store->Stats(o.stats);
  if (!rows.ok()) {
    std::cerr << "dyad: " << rows.status().ToString() << "\n";
    return 2;
  }
  bool csv = o.format == "csv" || o.format == "tsv";
  std::string sep = o.format == "csv" ? "," : "\t";
  if (csv)
    std::cout << "period" << sep << "key" << sep << "events" << sep << "goldstein" << sep
              << "articles\n";
  for (const dyad::StatRow& r : *rows) {
    if (o.format == "json") {
      std::string j = "{\"period\":";
      dyad::AppendJsonString(r.period, j);
      j += ",\"key\":";
      dyad::AppendJsonString(r.key, j);
      std::cout << j << ",\"events\":" << r.events << ",\"goldstein\":" << Num(r.goldstein)
                << ",\"articles\":" << r.articles << "}\n";
    } else if (csv) {
      std::cout << r.period << sep << Csv(r.key, sep[0]) << sep << r.events << sep
                << Num(r.goldstein) << sep << r.articles << "\n";
    } else {
      std::printf("%-10s %-24s %6lld events %8.1f Goldstein %5lld articles\n", r.period.c_str(),
                  r.key.c_str(), static_cast<long long>(r.events), r.goldstein,
                  static_cast<long long>(r.articles));
    }
  }
  return 0;
}

// dyad export: the matching events as GDELT 2.0 rows, CSV, JSON Lines, or
// the actor network as GraphML.
int RunExport(QueryOptions o) {
  if (!PrepareNear(o)) return 2;
  std::unique_ptr<dyad::Store> store = OpenForReading(o.db);
  if (!store) return 2;
  std::ofstream file;
  if (!o.output.empty()) {
    file.open(o.output);
    if (!file) {
      std::cerr << "dyad: cannot write " << o.output << "\n";
      return 2;
    }
  }
  std::ostream& out = o.output.empty() ? std::cout : file;
  if (o.format == "graphml") {
    dyad::StatsQuery sq;
    sq.filter = o.q;
    auto rows = store->Stats(sq);
    if (!rows.ok()) {
      std::cerr << "dyad: " << rows.status().ToString() << "\n";
      return 2;
    }
    out << GraphMl(*rows);
  } else if (o.format == "gdelt") {
    auto rows = store->Reported(o.q);
    if (!rows.ok()) {
      std::cerr << "dyad: " << rows.status().ToString() << "\n";
      return 2;
    }
    int64_t n = 0;
    for (const dyad::ReportedEvent& r : *rows) out << GdeltRow(++n, r);
  } else {
    auto events = store->Events(o.q);
    if (!events.ok()) {
      std::cerr << "dyad: " << events.status().ToString() << "\n";
      return 2;
    }
    if (o.format == "csv") PrintHeader(out, ",");
    for (const dyad::StoredEvent& e : *events) {
      PrintEvent(out, e, o.format == "jsonl" ? "json" : "csv");
    }
  }
  out.flush();
  return out ? 0 : 2;
}

}  // namespace dyad_cli
