// `dyad watch`: polls feeds and stores their new articles until stopped.
#ifndef DYAD_TOOLS_WATCH_COMMAND_H_
#define DYAD_TOOLS_WATCH_COMMAND_H_

#include <string>
#include <vector>

#include "dyad/pipeline.h"

namespace dyad_cli {

struct WatchOptions {
  std::vector<std::string> urls;
  std::string every = "5m";  // Between the starts of two rounds: 30s, 5m, 1h.
  int rounds = 0;            // 0: until SIGINT or SIGTERM.
  std::string published;     // For items without a date.
};

// Seconds in "90", "90s", "5m", "1h"; -1 when malformed.
double ParseInterval(const std::string& text);

// Returns the exit status: 0, 2 when the store could not be opened or
// written. Feeds that fail are reported each round and polled again.
int RunWatch(const dyad::Pipeline& pipeline, const WatchOptions& o, const std::string& db_path);

}  // namespace dyad_cli

#endif  // DYAD_TOOLS_WATCH_COMMAND_H_
