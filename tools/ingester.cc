#include "ingester.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <utility>

#include "io/article_reader.h"
#include "io/http_client.h"
#include "pipeline/parallel_coder.h"

namespace dyad_cli {

Ingester::Ingester(const dyad::Pipeline& pipeline, dyad::Store& store, std::string db_path,
                   uint64_t total_bytes)
    : pipeline_(pipeline),
      store_(store),
      db_path_(std::move(db_path)),
      total_bytes_(total_bytes),
      tty_(isatty(STDERR_FILENO) != 0),
      start_(std::chrono::steady_clock::now()),
      writer_([this] { WriterLoop(); }) {}

Ingester::~Ingester() {
  if (writer_.joinable()) Finish();
}

void Ingester::Add(dyad::Article&& a) {
  if (broken()) return;
  dyad::Status s = pipeline_.Code(a);
  AddCoded(std::move(a), s);
}

void Ingester::AddCoded(dyad::Article&& a, const dyad::Status& coded) {
  if (broken()) return;
  if (!coded.ok()) return Fail(a.origin, coded);
  Item item;
  item.article = std::move(a);
  Push(std::move(item));
}

void Ingester::Fail(const std::string& where, const dyad::Status& s) {
  std::cerr << (tty_ ? "\r" : "") << "dyad: " << where << ": " << s.ToString() << "\n";
  Item item;
  item.is_failure = true;
  item.where = where;
  item.message = s.ToString();
  Push(std::move(item));
}

void Ingester::Push(Item&& item) {
  std::unique_lock lock(mu_);
  changed_.wait(lock, [&] { return queue_.size() < kQueue; });
  queue_.push_back(std::move(item));
  changed_.notify_all();
}

void Ingester::Flush() {
  std::unique_lock lock(mu_);
  flush_ = true;
  changed_.notify_all();
  changed_.wait(lock, [&] { return !flush_; });
}

void Ingester::Finish() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
    changed_.notify_all();
  }
  writer_.join();
  Progress(true);
}

dyad::IngestCounts Ingester::counts() const {
  std::lock_guard lock(mu_);
  return counts_;
}

int Ingester::failed() const {
  std::lock_guard lock(mu_);
  return failed_;
}

bool Ingester::broken() const { return broken_.load(); }

// Takes items one at a time; when the queue runs dry and the caller asked
// for a flush (or stop), commits the open batch and says so.
void Ingester::WriterLoop() {
  std::unique_lock lock(mu_);
  for (;;) {
    changed_.wait(lock, [&] { return !queue_.empty() || flush_ || stop_; });
    if (!queue_.empty()) {
      Item item = std::move(queue_.front());
      queue_.pop_front();
      changed_.notify_all();  // Room for the reader.
      lock.unlock();
      Write(item);
      lock.lock();
      continue;
    }
    if (in_transaction_) {
      lock.unlock();
      Check(store_.Commit());
      lock.lock();
      in_transaction_ = false;
      in_batch_ = 0;
    }
    flush_ = false;
    changed_.notify_all();
    if (stop_) return;
  }
}

void Ingester::Write(Item& item) {
  if (item.is_failure) ++failed_;
  if (broken()) return;
  if (!in_transaction_) {
    Check(store_.Begin());
    if (broken()) return;
    in_transaction_ = true;
  }
  if (item.is_failure) {
    Check(store_.AddFailure(item.where, item.message));
  } else {
    done_bytes_ += item.article.text.size();
    Check(store_.AddArticle(item.article, &counts_));
  }
  if (++in_batch_ >= kBatch && !broken()) {
    Check(store_.Commit());
    in_transaction_ = false;
    in_batch_ = 0;
    Progress(false);
  }
}

void Ingester::Check(const dyad::Status& s) {
  if (s.ok() || broken()) return;
  std::cerr << "dyad: " << db_path_ << ": " << s.ToString() << "\n";
  broken_ = true;
}

// On a terminal: a bar with articles/s, events and the time left (from the
// share of the input's bytes coded); elsewhere only the final summary.
void Ingester::Progress(bool last) {
  if (!tty_ && !last) return;
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  int64_t done = counts_.stored + counts_.duplicates;
  double rate = secs > 0 ? done / secs : 0.0;
  std::string bar;
  if (total_bytes_ > 0 && !last) {
    double share = std::min(0.99, static_cast<double>(done_bytes_) / total_bytes_);
    int filled = static_cast<int>(share * 20);
    double left = share > 0 ? secs * (1 - share) / share : 0;
    char buf[64];
    std::snprintf(buf, sizeof buf, "[%-20s] %3.0f%% ETA %d:%02d  ",
                  std::string(filled, '#').c_str(), share * 100, static_cast<int>(left) / 60,
                  static_cast<int>(left) % 60);
    bar = buf;
  }
  std::fprintf(stderr,
               "%s%s%lld articles (%lld new, %lld already stored, %lld near-copies, %d failed), "
               "%lld events, %.0f articles/s%s",
               tty_ ? "\r" : "", bar.c_str(), static_cast<long long>(done),
               static_cast<long long>(counts_.stored), static_cast<long long>(counts_.duplicates),
               static_cast<long long>(counts_.near_copies), failed_,
               static_cast<long long>(counts_.events), rate, last ? "\n" : "");
}

namespace {

// The bytes the inputs hold, for the ETA; 0 when unknown (stdin, URLs,
// compressed files).
uint64_t InputBytes(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  std::error_code ec;
  for (const std::string& in : inputs) {
    if (in == "-" || dyad::IsHttpUrl(in) || in.ends_with(".gz")) return 0;
    if (fs::is_regular_file(in, ec)) {
      total += fs::file_size(in, ec);
      continue;
    }
    for (auto it = fs::recursive_directory_iterator(in, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->path().extension() == ".gz") return 0;
      if (it->is_regular_file(ec)) total += it->file_size(ec);
    }
  }
  return total;
}

}  // namespace

int RunIngest(const dyad::Pipeline& pipeline, const IngestInput& o, const std::string& db_path) {
  auto store = dyad::Store::Open(db_path);
  if (!store.ok()) {
    std::cerr << "dyad: " << db_path << ": " << store.status().ToString() << "\n";
    return 2;
  }
  Ingester ingester(pipeline, **store, db_path, InputBytes(o.inputs));
  dyad::ReadOptions ro;
  ro.published = o.published;
  ro.id = o.inputs.size() == 1 ? o.id : "";
  dyad::ParallelCoder coder(pipeline, o.threads, [&](dyad::Article&& a, const dyad::Status& s) {
    ingester.AddCoded(std::move(a), s);
  });
  auto on_article = [&](dyad::Article&& a) {
    if (!ingester.broken()) coder.Add(std::move(a));
  };
  auto on_error = [&](const std::string& where, const dyad::Status& s) { ingester.Fail(where, s); };
  for (const std::string& in : o.inputs) {
    if (ingester.broken()) break;
    dyad::Status s = dyad::ReadArticles(in, ro, on_article, on_error);
    if (!s.ok()) on_error(in, s);
  }
  coder.Finish();
  ingester.Finish();
  return ingester.broken() ? 2 : ingester.failed() > 0 ? 1 : 0;
}

}  // namespace dyad_cli
