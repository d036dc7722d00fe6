// dyad watch: each round polls every feed once with the validators its last
// response gave (ETag, Last-Modified), so an unchanged feed costs one 304;
// the new items of a changed feed are fetched, coded and stored, and the
// feed's state is saved once they are committed. The validators live in the store, so
// a restarted watch goes on where the last one stopped. An item that could
// not be read (its page was down) is retried at the next poll.
#include "watch_command.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "ingester.h"
#include "io/web_reader.h"

namespace dyad_cli {
namespace {

volatile std::sig_atomic_t g_stop = 0;

void OnSignal(int) { g_stop = 1; }

// Sleeps `seconds` in short steps, returning early on a stop signal.
void SleepUnlessStopped(double seconds) {
  auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (!g_stop && std::chrono::steady_clock::now() < until) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

// One poll of one feed; its state is saved whatever the outcome.
void PollOnce(const std::string& url, dyad::Store& store, Ingester& ingester,
              const dyad::ReadOptions& ro) {
  dyad::Result<dyad::FeedState> state = store.Feed(url);
  if (!state.ok()) return ingester.Fail(url, state.status());
  dyad::FeedPoll previous;
  previous.etag = state->etag;
  previous.last_modified = state->last_modified;
  auto known = [&](const std::string& id) {
    dyad::Result<bool> has = store.HasArticle(id);
    return has.ok() && *has;
  };
  auto on_article = [&](dyad::Article&& a) { ingester.Add(std::move(a)); };
  int item_errors = 0;
  auto on_error = [&](const std::string& where, const dyad::Status& s) {
    ++item_errors;
    ingester.Fail(where, s);
  };
  ingester.Flush();  // `known` must see every article written so far.
  dyad::Result<dyad::FeedPoll> poll = dyad::PollUrl(url, previous, ro, known, on_article, on_error);
  ingester.Flush();
  if (!poll.ok()) {
    ingester.Fail(url, poll.status());
    state->status = poll.status().ToString();
    state->fresh = 0;
  } else {
    // With an item left unread, the next poll must read the whole feed
    // again, so the validators that would answer it with 304 are dropped.
    state->etag = item_errors > 0 ? "" : poll->etag;
    state->last_modified = item_errors > 0 ? "" : poll->last_modified;
    state->status = poll->not_modified ? "not modified" : "ok";
    if (!poll->not_modified) state->items = poll->items;  // Else as last read.
    state->fresh = poll->fresh;
    std::fprintf(stderr, "dyad: %s: %s, %d items, %d new\n", url.c_str(), state->status.c_str(),
                 poll->items, poll->fresh);
  }
  if (dyad::Status s = store.SaveFeed(*state); !s.ok()) ingester.Fail(url, s);
}

}  // namespace

double ParseInterval(const std::string& text) {
  char* end = nullptr;
  double v = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || v <= 0) return -1;
  std::string unit(end);
  if (unit.empty() || unit == "s") return v;
  if (unit == "m") return v * 60;
  if (unit == "h") return v * 3600;
  return -1;
}

int RunWatch(const dyad::Pipeline& pipeline, const WatchOptions& o, const std::string& db_path) {
  double every = ParseInterval(o.every);
  if (every < 0) {
    std::cerr << "dyad: --every wants a duration such as 90s, 5m or 1h\n";
    return 2;
  }
  auto store = dyad::Store::Open(db_path);
  if (!store.ok()) {
    std::cerr << "dyad: " << db_path << ": " << store.status().ToString() << "\n";
    return 2;
  }
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  Ingester ingester(pipeline, **store, db_path, 0);
  dyad::ReadOptions ro;
  ro.published = o.published;
  for (int round = 1; !g_stop && !ingester.broken(); ++round) {
    auto start = std::chrono::steady_clock::now();
    for (const std::string& url : o.urls) {
      if (g_stop || ingester.broken()) break;
      PollOnce(url, **store, ingester, ro);
    }
    if (o.rounds > 0 && round >= o.rounds) break;
    double spent = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    SleepUnlessStopped(every - spent);
  }
  ingester.Finish();
  return ingester.broken() ? 2 : 0;
}

}  // namespace dyad_cli
