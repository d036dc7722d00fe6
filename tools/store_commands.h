// The store's reading subcommands of the dyad CLI: query, stats, export (ingest
// and watch are in ingester.h and watch_command.h).
#ifndef DYAD_TOOLS_STORE_COMMANDS_H_
#define DYAD_TOOLS_STORE_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "dyad/pipeline.h"
#include "dyad/store.h"

namespace dyad_cli {

struct QueryOptions {
  std::string db = "dyad.db";
  dyad::EventQuery q;
  std::string near;  // "LAT,LON"
  std::string format = "table";
  bool count = false;
  // stats
  dyad::StatsQuery stats;
  // export
  std::string output;  // "" for standard output.
};

// Registers the filters every reading subcommand shares.
void AddQueryOptions(CLI::App* cmd, QueryOptions& o);
// --format, one of `formats`; the default is o.format.
void AddFormatOption(CLI::App* cmd, QueryOptions& o, const std::vector<std::string>& formats);
int RunQuery(QueryOptions o);
int RunStats(QueryOptions o);
int RunExport(QueryOptions o);

}  // namespace dyad_cli

#endif  // DYAD_TOOLS_STORE_COMMANDS_H_
