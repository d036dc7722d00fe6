// Codes a stream of articles on several threads and hands them on in the
// order they came, so that output is the same whatever the thread count.
//
// Design: the caller's thread reads and Add()s; N workers take articles
// from a queue, code them with the shared (immutable) Pipeline, and put
// them in a reorder buffer; whichever worker completes the next article in
// order delivers it, and any that follow it, to the sink. At most kWindow
// articles are in flight, so memory stays flat on any input size.
#ifndef DYAD_PIPELINE_PARALLEL_CODER_H_
#define DYAD_PIPELINE_PARALLEL_CODER_H_

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include "dyad/article.h"
#include "dyad/pipeline.h"
#include "dyad/status.h"

namespace dyad {

class ParallelCoder {
 public:
  // Receives each coded article with the status of its coding, one call at
  // a time, in the order the articles were added.
  using Sink = std::function<void(Article&&, const Status&)>;

  // `threads` workers (1 or less: articles are coded on the caller's
  // thread inside Add). `pipeline` must outlive the coder.
  ParallelCoder(const Pipeline& pipeline, int threads, Sink sink);
  ~ParallelCoder();
  ParallelCoder(const ParallelCoder&) = delete;
  ParallelCoder& operator=(const ParallelCoder&) = delete;

  // Queues `a`; blocks while the window is full.
  void Add(Article&& a);
  // Codes and delivers everything added, then stops the workers.
  void Finish();

  // The number of threads that code: all cores, at least 1.
  static int DefaultThreads();

 private:
  void Work();
  void DeliverReady(std::unique_lock<std::mutex>& lock);

  const Pipeline& pipeline_;
  Sink sink_;
  size_t window_;
  std::mutex mu_;
  std::condition_variable changed_;
  std::deque<std::pair<uint64_t, Article>> todo_;
  std::map<uint64_t, std::pair<Article, Status>> done_;
  uint64_t added_ = 0, delivered_ = 0;
  bool delivering_ = false, stop_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace dyad

#endif  // DYAD_PIPELINE_PARALLEL_CODER_H_
