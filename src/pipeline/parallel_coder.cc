#include "pipeline/parallel_coder.h"

namespace dyad {

ParallelCoder::ParallelCoder(const Pipeline& pipeline, int threads, Sink sink)
    : pipeline_(pipeline), sink_(std::move(sink)), window_(8 * std::max(threads, 1) + 8) {
  for (int i = 0; i < threads && threads > 1; ++i) workers_.emplace_back([this] { Work(); });
}

ParallelCoder::~ParallelCoder() { Finish(); }

int ParallelCoder::DefaultThreads() {
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

void ParallelCoder::Add(Article&& a) {
  if (workers_.empty()) {
    Status s = pipeline_.Code(a);
    sink_(std::move(a), s);
    return;
  }
  std::unique_lock lock(mu_);
  changed_.wait(lock, [&] { return added_ - delivered_ < window_; });
  todo_.emplace_back(added_++, std::move(a));
  changed_.notify_all();
}

void ParallelCoder::Finish() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
    changed_.notify_all();
  }
  for (std::thread& t : workers_) t.join();
  workers_.clear();
}

void ParallelCoder::Work() {
  std::unique_lock lock(mu_);
  for (;;) {
    changed_.wait(lock, [&] { return !todo_.empty() || stop_; });
    if (todo_.empty()) return;  // Stopping, and nothing left to code.
    auto [seq, article] = std::move(todo_.front());
    todo_.pop_front();
    lock.unlock();
    Status s = pipeline_.Code(article);
    lock.lock();
    done_.emplace(seq, std::make_pair(std::move(article), std::move(s)));
    DeliverReady(lock);
  }
}

// One thread delivers at a time; it goes on while the next article in
// order is done, so none is left waiting when the others finish.
void ParallelCoder::DeliverReady(std::unique_lock<std::mutex>& lock) {
  if (delivering_) return;
  delivering_ = true;
  for (auto it = done_.find(delivered_); it != done_.end(); it = done_.find(delivered_)) {
    std::pair<Article, Status> ready = std::move(it->second);
    done_.erase(it);
    lock.unlock();
    sink_(std::move(ready.first), ready.second);
    lock.lock();
    ++delivered_;
    changed_.notify_all();
  }
  delivering_ = false;
}

}  // namespace dyad
