// Coding articles into the store on two threads: the caller's thread reads
// and codes, a writer thread stores. Used by `dyad ingest` and `dyad watch`.
//
// Design: coding and writing overlap, so on two cores the store costs the
// wall time it takes beyond the coding, not its own. The writer commits
// every kBatch articles (a crash loses at most the open batch; re-running
// the same input completes it, duplicates being skipped) and whenever the
// caller flushes. The queue between the threads is bounded, so a fast
// reader never holds more than kQueue coded articles in memory.
#ifndef DYAD_TOOLS_INGESTER_H_
#define DYAD_TOOLS_INGESTER_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "dyad/pipeline.h"
#include "dyad/store.h"

namespace dyad_cli {

class Ingester {
 public:
  static constexpr int kBatch = 200;
  static constexpr size_t kQueue = 64;

  // `store` must outlive the Ingester. `total_bytes` (0: unknown) is the
  // size of the input, for the progress bar's ETA.
  Ingester(const dyad::Pipeline& pipeline, dyad::Store& store, std::string db_path,
           uint64_t total_bytes);
  ~Ingester();
  Ingester(const Ingester&) = delete;
  Ingester& operator=(const Ingester&) = delete;

  // Codes `a` on this thread and queues it for the writer; a coding error
  // is queued as a failure.
  void Add(dyad::Article&& a);
  // Queues an article coded elsewhere, with its coding's status.
  void AddCoded(dyad::Article&& a, const dyad::Status& coded);
  // Reports a bad article on stderr and queues it to be recorded.
  void Fail(const std::string& where, const dyad::Status& s);
  // Waits until everything queued is written and committed.
  void Flush();
  // Flushes, stops the writer and prints the summary line.
  void Finish();

  // After Flush() or Finish(): what was done so far.
  dyad::IngestCounts counts() const;
  int failed() const;
  bool broken() const;  // The store refused a write; nothing more is written.

 private:
  struct Item {
    bool is_failure = false;
    dyad::Article article;
    std::string where, message;
  };
  void Push(Item&& item);
  void WriterLoop();
  void Write(Item& item);
  void Check(const dyad::Status& s);
  void Progress(bool last);

  const dyad::Pipeline& pipeline_;
  dyad::Store& store_;
  const std::string db_path_;
  const uint64_t total_bytes_;
  const bool tty_;
  const std::chrono::steady_clock::time_point start_;

  mutable std::mutex mu_;
  std::condition_variable changed_;
  std::deque<Item> queue_;
  bool flush_ = false, stop_ = false, busy_ = false;
  // Owned by the writer; read under mu_ after a flush.
  dyad::IngestCounts counts_;
  int failed_ = 0, in_batch_ = 0;
  bool in_transaction_ = false;
  std::atomic<bool> broken_ = false;
  uint64_t done_bytes_ = 0;
  std::thread writer_;
};

// What `dyad ingest` reads.
struct IngestInput {
  std::vector<std::string> inputs;
  std::string published;
  std::string id;
  int threads = 1;  // Coding threads, beside the reader and the writer.
};

// Codes the inputs into the store at `db_path`. Returns the exit status:
// 0, 1 when an article failed, 2 when the store could not be written.
int RunIngest(const dyad::Pipeline& pipeline, const IngestInput& o, const std::string& db_path);

}  // namespace dyad_cli

#endif  // DYAD_TOOLS_INGESTER_H_
