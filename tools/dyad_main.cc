// dyad: the command-line front end. A thin layer over libdyad: it parses
// options, finds the data, reads articles, runs the Pipeline and writes one
// of the output formats. Exit status: 0 all articles coded, 1 some article
// failed (every good one is still coded), 2 usage or set-up error.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "compat/validation_suite.h"
#include "dyad/pipeline.h"
#include "dyad/store.h"
#include "io/article_reader.h"
#include "io/writers.h"

namespace {

namespace fs = std::filesystem;

std::string ExeDir() {
  std::error_code ec;
  fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string(".") : p.parent_path().string();
}

// --data, else $DYAD_DATA_DIR, else ../data beside the binary, else the
// source tree the binary was built from.
std::string FindDataDir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("DYAD_DATA_DIR")) return env;
  for (fs::path p : {fs::path(ExeDir()) / "../data", fs::path(ExeDir()) / "data",
                     fs::path(DYAD_SOURCE_DATA_DIR)}) {
    if (fs::exists(p / "actors/countries.txt")) return p.lexically_normal().string();
  }
  return DYAD_SOURCE_DATA_DIR;
}

std::string FindGazetteer(const std::string& flag, const std::string& data_dir) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("DYAD_GAZETTEER")) return env;
  for (fs::path p : {fs::path(ExeDir()) / "data/gazetteer.tsv",
                     fs::path(data_dir) / "../build/data/gazetteer.tsv"}) {
    if (fs::exists(p)) return p.lexically_normal().string();
  }
  return "";
}

struct CodeOptions {
  std::vector<std::string> inputs;
  std::string format;
  std::string published;
  std::string id;
  std::string data_dir;
  std::string gazetteer;
  bool explain = false;
  bool keep_negated = false;
  bool no_quote_events = false;
  bool trace_matches = false;
  bool verbose = false;
  std::vector<std::string> dictionaries;
  std::string dictionary_order = "ours-first";
  bool peer_conventions = false;
};

dyad::PipelineOptions::PeerOrder ParseOrder(const std::string& s) {
  using Order = dyad::PipelineOptions::PeerOrder;
  return s == "theirs-first"  ? Order::kTheirsFirst
         : s == "theirs-only" ? Order::kTheirsOnly
                              : Order::kOursFirst;
}

// Builds the pipeline `o` asks for; reports failures and warnings.
std::unique_ptr<dyad::Pipeline> MakePipeline(const CodeOptions& o) {
  dyad::PipelineOptions po;
  po.data_dir = FindDataDir(o.data_dir);
  po.gazetteer_path = FindGazetteer(o.gazetteer, po.data_dir);
  po.keep_negated = o.keep_negated;
  po.code_inside_quotes = !o.no_quote_events;
  po.trace_matches = o.trace_matches;
  po.peer_dictionaries = o.dictionaries;
  po.peer_order = ParseOrder(o.dictionary_order);
  po.peer_conventions = o.peer_conventions;
  auto pipeline = dyad::Pipeline::Create(po);
  if (!pipeline.ok()) {
    std::cerr << "dyad: cannot load dictionaries: " << pipeline.status().ToString() << "\n";
    return nullptr;
  }
  const std::vector<std::string>& warnings = (*pipeline)->warnings();
  if (o.verbose) {
    for (const std::string& w : warnings) std::cerr << "dyad: warning: " << w << "\n";
  } else if (!warnings.empty()) {
    std::cerr << "dyad: " << warnings.size() << " dictionary warnings (-v lists them)\n";
  }
  return std::move(*pipeline);
}

int RunCode(const CodeOptions& o) {
  std::unique_ptr<dyad::Pipeline> pipeline = MakePipeline(o);
  if (!pipeline) return 2;
  std::string format = o.format;
  if (format.empty()) format = isatty(STDOUT_FILENO) ? "table" : "json";
  if (format == "tsv") std::cout << dyad::TsvHeader() << "\n";
  int failed = 0;
  dyad::ReadOptions ro;
  ro.published = o.published;
  ro.id = o.inputs.size() == 1 ? o.id : "";
  auto on_error = [&](const std::string& where, const dyad::Status& s) {
    std::cerr << "dyad: " << where << ": " << s.ToString() << "\n";
    ++failed;
  };
  auto on_article = [&](dyad::Article&& a) {
    dyad::Status s = pipeline->Code(a);
    for (const dyad::Diagnostic& d : a.diagnostics) {
      std::cerr << "dyad: " << a.origin << ": " << (d.fatal ? "error: " : "warning: ") << d.message
                << "\n";
    }
    if (!s.ok()) {
      ++failed;
      return;
    }
    if (format == "json") {
      std::cout << dyad::ArticleToJson(a) << "\n";
    } else if (format == "tsv") {
      std::cout << dyad::ArticleToTsv(a);
    } else {
      std::cout << dyad::ArticleToTable(a, o.explain);
    }
  };
  for (const std::string& in : o.inputs) {
    dyad::Status s = dyad::ReadArticles(in, ro, on_article, on_error);
    if (!s.ok()) on_error(in, s);
  }
  std::cout.flush();
  return failed > 0 ? 1 : 0;
}

// dyad validate: a peer's validation suite with the dictionaries it names.
int RunValidate(CodeOptions o, const std::string& suite_path, bool summary) {
  std::vector<std::string> warnings;
  dyad::Result<dyad::ValidationSuite> suite = dyad::ReadValidationSuite(suite_path, &warnings);
  if (!suite.ok()) {
    std::cerr << "dyad: " << suite.status().ToString() << "\n";
    return 2;
  }
  for (const std::string& w : warnings) std::cerr << "dyad: warning: " << w << "\n";
  o.peer_conventions = true;  // What the suites expect (pipeline.h).
  std::vector<std::string> named = suite->dictionaries;
  named.insert(named.end(), o.dictionaries.begin(), o.dictionaries.end());
  o.dictionaries = named;
  std::unique_ptr<dyad::Pipeline> pipeline = MakePipeline(o);
  if (!pipeline) return 2;
  std::cout << suite->format << " suite " << suite_path << ": " << suite->records.size()
            << " records; dictionaries:";
  for (const std::string& d : named) std::cout << " " << d;
  std::cout << " (" << o.dictionary_order << ")\n";
  dyad::ValidationReport report = dyad::RunValidation(*suite, *pipeline);
  std::cout << dyad::FormatValidationReport(report, !summary);
  return 0;
}

// dyad dict lint: findings in dyad's dictionaries and any loaded with them.
int RunLint(const CodeOptions& o) {
  std::unique_ptr<dyad::Pipeline> pipeline = MakePipeline(o);
  if (!pipeline) return 2;
  for (const std::string& line : pipeline->Lint()) std::cout << line << "\n";
  return 0;
}

// dyad ingest: codes articles into the store, in transactions of
// kBatch articles; a bad article is recorded as a failure and skipped.
int RunIngest(const CodeOptions& o, const std::string& db_path) {
  constexpr int kBatch = 200;
  std::unique_ptr<dyad::Pipeline> pipeline = MakePipeline(o);
  if (!pipeline) return 2;
  auto store = dyad::Store::Open(db_path);
  if (!store.ok()) {
    std::cerr << "dyad: " << db_path << ": " << store.status().ToString() << "\n";
    return 2;
  }
  dyad::Store& st = **store;
  dyad::IngestCounts counts;
  int failed = 0, in_batch = 0;
  bool broken = false;  // The store refused a write: stop, keep what committed.
  bool tty = isatty(STDERR_FILENO);
  auto start = std::chrono::steady_clock::now();
  auto check = [&](const dyad::Status& s) {
    if (s.ok() || broken) return;
    std::cerr << "dyad: " << db_path << ": " << s.ToString() << "\n";
    broken = true;
  };
  auto progress = [&](bool last) {
    if (!tty && !last) return;
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    int64_t done = counts.stored + counts.duplicates;
    std::fprintf(stderr,
                 "%s%lld articles (%lld new, %lld already stored, %d failed), %lld events, "
                 "%.0f articles/s%s",
                 tty ? "\r" : "", static_cast<long long>(done),
                 static_cast<long long>(counts.stored), static_cast<long long>(counts.duplicates),
                 failed, static_cast<long long>(counts.events), secs > 0 ? done / secs : 0.0,
                 last ? "\n" : "");
  };
  dyad::ReadOptions ro;
  ro.published = o.published;
  ro.id = o.inputs.size() == 1 ? o.id : "";
  auto on_error = [&](const std::string& where, const dyad::Status& s) {
    std::cerr << "dyad: " << where << ": " << s.ToString() << "\n";
    ++failed;
    if (!broken) check(st.AddFailure(where, s.ToString()));
  };
  check(st.Begin());
  auto on_article = [&](dyad::Article&& a) {
    if (broken) return;
    dyad::Status s = pipeline->Code(a);
    if (!s.ok()) return on_error(a.origin, s);
    check(st.AddArticle(a, &counts));
    if (++in_batch >= kBatch && !broken) {
      check(st.Commit());
      if (!broken) check(st.Begin());
      in_batch = 0;
      progress(false);
    }
  };
  for (const std::string& in : o.inputs) {
    dyad::Status s = dyad::ReadArticles(in, ro, on_article, on_error);
    if (!s.ok()) on_error(in, s);
  }
  if (!broken) check(st.Commit());
  progress(true);
  return broken ? 2 : failed > 0 ? 1 : 0;
}

struct QueryOptions {
  std::string db = "dyad.db";
  dyad::EventQuery q;
  std::string near;  // "LAT,LON"
  std::string format = "table";
  bool count = false;
};

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

void PrintEvent(const dyad::StoredEvent& e, const std::string& format) {
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
    std::cout << j << "}\n";
    return;
  }
  if (format == "csv" || format == "tsv") {
    char sep = format == "csv" ? ',' : '\t';
    const std::string cols[] = {e.article_id,
                                e.date,
                                e.source_code,
                                e.target_code,
                                e.code,
                                std::to_string(e.goldstein),
                                std::to_string(e.quad_class),
                                e.plover_type,
                                e.place,
                                e.place_country,
                                e.trigger};
    std::string line;
    for (const std::string& c : cols)
      line += (line.empty() ? "" : std::string(1, sep)) + Csv(c, sep);
    std::cout << line << "\n";
    return;
  }
  std::cout << e.date << "  " << e.source_code << " -> " << e.target_code << "  " << e.code << "  "
            << e.trigger << (e.place.empty() ? "" : "  @ " + e.place) << "  [" << e.article_id
            << "]\n";
}

// dyad query: events in the store matching the filters.
int RunQuery(QueryOptions o) {
  if (!o.near.empty()) {
    if (std::sscanf(o.near.c_str(), "%lf,%lf", &o.q.lat, &o.q.lon) != 2 || o.q.near_km <= 0) {
      std::cerr << "dyad: --near wants LAT,LON and --km a distance above 0\n";
      return 2;
    }
    o.q.has_place = true;
  }
  if (!std::filesystem::exists(o.db)) {
    std::cerr << "dyad: " << o.db << ": no such store (create it with dyad ingest)\n";
    return 2;
  }
  auto store = dyad::Store::Open(o.db);
  if (!store.ok()) {
    std::cerr << "dyad: " << o.db << ": " << store.status().ToString() << "\n";
    return 2;
  }
  if (o.count) {
    auto n = (*store)->CountEvents(o.q);
    if (!n.ok()) {
      std::cerr << "dyad: " << n.status().ToString() << "\n";
      return 2;
    }
    std::cout << *n << "\n";
    return 0;
  }
  auto events = (*store)->Events(o.q);
  if (!events.ok()) {
    std::cerr << "dyad: " << events.status().ToString() << "\n";
    return 2;
  }
  if (o.format == "csv" || o.format == "tsv") {
    std::string sep = o.format == "csv" ? "," : "\t";
    const char* cols[] = {"article",    "date",   "source", "target",        "code",   "goldstein",
                          "quad_class", "plover", "place",  "place_country", "trigger"};
    std::string line;
    for (const char* c : cols) line += (line.empty() ? "" : sep) + c;
    std::cout << line << "\n";
  }
  for (const dyad::StoredEvent& e : *events) PrintEvent(e, o.format);
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
  cmd->add_option("--format", o.format, "table | json | csv | tsv")
      ->check(CLI::IsMember({"table", "json", "csv", "tsv"}));
  cmd->add_flag("--count", o.count, "Print only the number of matching events");
}

// Options every subcommand that loads dictionaries shares.
void AddDictionaryOptions(CLI::App* cmd, CodeOptions& o, const char* default_order) {
  o.dictionary_order = default_order;
  cmd->add_option("--data", o.data_dir, "dyad's data directory");
  cmd->add_option("--gazetteer", o.gazetteer, "Gazetteer TSV built at set-up");
  cmd->add_flag("-v,--verbose", o.verbose, "Print dictionary warnings");
  cmd->add_option("--dictionaries", o.dictionaries,
                  "Other coders' dictionaries: petrarch:DIR, tabari:PROJECT|DIR, or KIND:FILE "
                  "(docs/peer_dictionaries.md); repeatable");
  cmd->add_option("--dictionary-order", o.dictionary_order,
                  std::string("Where those go beside dyad's own: ours-first, theirs-first, "
                              "theirs-only (default ") +
                      default_order + ")")
      ->check(CLI::IsMember({"ours-first", "theirs-first", "theirs-only"}));
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"dyad: political event data from news text"};
  app.require_subcommand(1);
  CodeOptions o;
  CLI::App* code =
      app.add_subcommand("code", "Code articles into events, quotes, places and dates");
  code->add_option("inputs", o.inputs, "Files (.txt, .jsonl), directories, or - for stdin")
      ->required();
  code->add_option("--format", o.format,
                   "json | table | tsv (default: table on a terminal, else json)")
      ->check(CLI::IsMember({"json", "table", "tsv"}));
  code->add_option("--published", o.published, "Publication date YYYY-MM-DD for plain-text input");
  code->add_option("--id", o.id, "Article id for a single plain-text input");
  AddDictionaryOptions(code, o, "ours-first");
  code->add_flag("--explain", o.explain, "Say why each event was coded (table format)");
  code->add_flag("--keep-negated", o.keep_negated, "Report negated events, flagged");
  code->add_flag("--no-quote-events", o.no_quote_events,
                 "Do not code events inside direct quotations");
  code->add_flag("--trace-matches", o.trace_matches,
                 "Report every pattern match on standard error (for dictionary work)");
  CodeOptions vo;
  std::string suite;
  bool summary = false;
  CLI::App* validate =
      app.add_subcommand("validate", "Run TABARI's Validate.text or PETRARCH's unit-test records");
  validate->add_option("suite", suite, "The suite file")->required();
  validate->add_flag("--summary", summary, "Print only the counts, not each failure");
  AddDictionaryOptions(validate, vo, "theirs-only");
  CodeOptions lo;
  CLI::App* dict = app.add_subcommand("dict", "Dictionary tools");
  dict->require_subcommand(1);
  CLI::App* lint = dict->add_subcommand(
      "lint", "Report duplicates, conflicts and unreachable patterns in the dictionaries");
  AddDictionaryOptions(lint, lo, "ours-first");
  CodeOptions io;
  std::string db_path = "dyad.db";
  CLI::App* ingest = app.add_subcommand("ingest", "Code articles into the event store (SQLite)");
  ingest->add_option("inputs", io.inputs, "Files (.txt, .jsonl), directories, or - for stdin")
      ->required();
  ingest->add_option("--db", db_path, "The store (default dyad.db)");
  ingest->add_option("--published", io.published, "Publication date for plain-text input");
  ingest->add_option("--id", io.id, "Article id for a single plain-text input");
  AddDictionaryOptions(ingest, io, "ours-first");
  QueryOptions qo;
  CLI::App* query = app.add_subcommand("query", "Events in the store matching filters");
  AddQueryOptions(query, qo);
  CLI11_PARSE(app, argc, argv);
  if (*ingest) return RunIngest(io, db_path);
  if (*query) return RunQuery(qo);
  if (*validate) return RunValidate(vo, suite, summary);
  if (*lint) return RunLint(lo);
  if (o.explain && o.format.empty()) o.format = "table";
  return RunCode(o);
}
