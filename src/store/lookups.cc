// Lookups beside the writes: near-copy stories, stored ids, feed state.
#include <array>
#include <ctime>
#include <mutex>

#include "dyad/store.h"
#include "store/store_impl.h"

namespace dyad {
namespace {

using store::BindOptional;
using store::Statement;

std::string UtcNow() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

Result<int64_t> Store::Impl::FindStory(const store::Signature& sig) {
  if (sig.empty) return int64_t{0};
  std::array<int64_t, store::kBands> keys = store::BandKeys(sig);
  for (int b = 0; b < store::kBands; ++b) find_story->Bind(b + 1, keys[b]);
  int64_t best_story = 0;
  double best = store::kNearCopyResemblance;
  Status status;
  while (find_story->Step(&status)) {
    double r = store::Resemblance(sig, store::SignatureFromBytes(find_story->Blob(2)));
    if (r >= best) {
      best = r;
      best_story = find_story->Int(1);
    }
  }
  find_story->Reset();
  if (!status.ok()) return status;
  return best_story;
}

Status Store::Impl::AddBands(int64_t id, const store::Signature& sig) {
  if (sig.empty) return Status::Ok();
  for (int64_t key : store::BandKeys(sig)) {
    if (Status s = insert_band->Bind(1, key).Bind(2, id).Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

Result<bool> Store::HasArticle(const std::string& id) {
  std::lock_guard lock(impl_->mu);
  Statement& find = *impl_->find_id;
  find.Bind(1, id);
  Status status;
  bool found = find.Step(&status);
  find.Reset();
  if (!status.ok()) return status;
  return found;
}

Result<FeedState> Store::Feed(const std::string& url) {
  std::lock_guard lock(impl_->mu);
  Statement& get = *impl_->get_feed;
  get.Bind(1, url);
  FeedState f;
  f.url = url;
  Status status;
  if (get.Step(&status)) {
    f.etag = get.Text(0);
    f.last_modified = get.Text(1);
    f.polled_at = get.Text(2);
    f.status = get.Text(3);
    f.items = get.Int(4);
    f.fresh = get.Int(5);
  }
  get.Reset();
  if (!status.ok()) return status;
  return f;
}

Status Store::SaveFeed(const FeedState& f) {
  std::lock_guard lock(impl_->mu);
  Statement& put = *impl_->put_feed;
  put.Bind(1, f.url);
  BindOptional(put, 2, f.etag);
  BindOptional(put, 3, f.last_modified);
  put.Bind(4, f.status).Bind(5, f.items).Bind(6, f.fresh).Bind(7, UtcNow());
  return put.Run();
}

}  // namespace dyad
