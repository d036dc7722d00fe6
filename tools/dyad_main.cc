// dyad: the command-line front end. A thin layer over libdyad: it parses
// options, finds the data, reads articles, runs the Pipeline and writes one
// of the output formats. Exit status: 0 all articles coded, 1 some article
// failed (every good one is still coded), 2 usage or set-up error.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <string>
#include <vector>

#include "compat/validation_suite.h"
#include "dyad/pipeline.h"
#include "dyad/store.h"
#include "ingester.h"
#include "io/article_reader.h"
#include "io/writers.h"
#include "pipeline/parallel_coder.h"
#include "store_commands.h"
#include "watch_command.h"

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
  int threads = dyad::ParallelCoder::DefaultThreads();
  bool stats = false;
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
  // Reading errors come from this thread, coding results from the coder's
  // (in input order, one at a time): standard error is shared.
  std::atomic<int> failed = 0;
  std::mutex err_mu;
  dyad::ReadOptions ro;
  ro.published = o.published;
  ro.id = o.inputs.size() == 1 ? o.id : "";
  auto on_error = [&](const std::string& where, const dyad::Status& s) {
    std::lock_guard lock(err_mu);
    std::cerr << "dyad: " << where << ": " << s.ToString() << "\n";
    ++failed;
  };
  int64_t articles = 0, sentences = 0, events = 0, bytes = 0;  // On the coder's thread.
  auto start = std::chrono::steady_clock::now();
  auto on_coded = [&](dyad::Article&& a, const dyad::Status& s) {
    ++articles;
    sentences += static_cast<int64_t>(a.sentences.size());
    events += static_cast<int64_t>(a.events.size());
    bytes += static_cast<int64_t>(a.text.size());
    if (!a.diagnostics.empty()) {
      std::lock_guard lock(err_mu);
      for (const dyad::Diagnostic& d : a.diagnostics) {
        std::cerr << "dyad: " << a.origin << ": " << (d.fatal ? "error: " : "warning: ")
                  << d.message << "\n";
      }
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
  dyad::ParallelCoder coder(*pipeline, o.threads, on_coded);
  auto on_article = [&](dyad::Article&& a) { coder.Add(std::move(a)); };
  for (const std::string& in : o.inputs) {
    dyad::Status s = dyad::ReadArticles(in, ro, on_article, on_error);
    if (!s.ok()) on_error(in, s);
  }
  coder.Finish();
  if (o.stats) {
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr,
                 "dyad: %lld articles, %lld sentences, %lld events, %.1f MB in %.3f s: %.0f "
                 "sentences/s, %.0f articles/s, %.2f MB/s on %d threads\n",
                 static_cast<long long>(articles), static_cast<long long>(sentences),
                 static_cast<long long>(events), bytes / 1e6, secs, sentences / secs,
                 articles / secs, bytes / 1e6 / secs, o.threads);
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
  code->add_flag("--stats", o.stats,
                 "Print articles, sentences, events and their rates (after loading) to stderr");
  code->add_option("--threads", o.threads, "Coding threads (default: all cores)")
      ->check(CLI::Range(1, 256));
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
  dyad_cli::IngestInput ii;
  std::string db_path = "dyad.db";
  CLI::App* ingest = app.add_subcommand("ingest", "Code articles into the event store (SQLite)");
  ingest
      ->add_option("inputs", ii.inputs,
                   "Files (.txt, .jsonl, .html, .rss, .gz), directories, http(s) URLs, or -")
      ->required();
  ingest->add_option("--db", db_path, "The store (default dyad.db)");
  ingest->add_option("--published", ii.published, "Publication date for plain-text input");
  ingest->add_option("--id", ii.id, "Article id for a single plain-text input");
  ii.threads = std::max(1, dyad::ParallelCoder::DefaultThreads() - 1);
  ingest
      ->add_option("--threads", ii.threads, "Coding threads (default: all cores but the writer's)")
      ->check(CLI::Range(1, 256));
  AddDictionaryOptions(ingest, io, "ours-first");
  CodeOptions wo;
  dyad_cli::WatchOptions watch_options;
  CLI::App* watch = app.add_subcommand("watch", "Poll feeds and store their new articles");
  watch->add_option("urls", watch_options.urls, "Feed (or page) URLs")->required();
  watch->add_option("--db", db_path, "The store (default dyad.db)");
  watch->add_option("--every", watch_options.every,
                    "Time between rounds: 90s, 5m, 1h (default 5m)");
  watch->add_option("--rounds", watch_options.rounds,
                    "Stop after N rounds (default: when stopped)");
  watch->add_option("--published", watch_options.published, "Date for items that have none");
  AddDictionaryOptions(watch, wo, "ours-first");
  dyad_cli::QueryOptions qo;
  CLI::App* query = app.add_subcommand("query", "Events in the store matching filters");
  dyad_cli::AddQueryOptions(query, qo);
  dyad_cli::AddFormatOption(query, qo, {"table", "json", "csv", "tsv"});
  query->add_flag("--count", qo.count, "Print only the number of matching events");
  dyad_cli::QueryOptions so;
  CLI::App* stats = app.add_subcommand("stats", "Event counts and Goldstein sums by period");
  dyad_cli::AddQueryOptions(stats, so);
  dyad_cli::AddFormatOption(stats, so, {"table", "json", "csv", "tsv"});
  stats->add_option("--by", so.stats.by, "dyad | actor | source | target | root (default dyad)")
      ->check(CLI::IsMember({"dyad", "actor", "source", "target", "root"}));
  stats->add_option("--per", so.stats.per, "day | week | month | year | all (default all)")
      ->check(CLI::IsMember({"day", "week", "month", "year", "all"}));
  stats->add_option("--top", so.stats.top, "Only the N keys with most events in each period");
  dyad_cli::QueryOptions eo;
  eo.format = "jsonl";
  CLI::App* exporter = app.add_subcommand("export", "Write the store's events or actor network");
  dyad_cli::AddQueryOptions(exporter, eo);
  dyad_cli::AddFormatOption(exporter, eo, {"gdelt", "csv", "jsonl", "graphml"});
  exporter->add_option("-o,--output", eo.output, "Write to this file, not standard output");
  CLI11_PARSE(app, argc, argv);
  if (*stats) return dyad_cli::RunStats(so);
  if (*exporter) return dyad_cli::RunExport(eo);
  if (*ingest) {
    std::unique_ptr<dyad::Pipeline> pipeline = MakePipeline(io);
    return pipeline ? dyad_cli::RunIngest(*pipeline, ii, db_path) : 2;
  }
  if (*watch) {
    std::unique_ptr<dyad::Pipeline> pipeline = MakePipeline(wo);
    return pipeline ? dyad_cli::RunWatch(*pipeline, watch_options, db_path) : 2;
  }
  if (*query) return dyad_cli::RunQuery(qo);
  if (*validate) return RunValidate(vo, suite, summary);
  if (*lint) return RunLint(lo);
  if (o.explain && o.format.empty()) o.format = "table";
  return RunCode(o);
}
