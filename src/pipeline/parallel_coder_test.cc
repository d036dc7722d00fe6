#include "pipeline/parallel_coder.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "testing/test_pipeline.h"

namespace dyad {
namespace {

Article Numbered(int i) {
  Article a;
  a.id = std::to_string(i);
  // Every seventh article is empty: a coding error, delivered in its place.
  if (i % 7 != 3) {
    a.text = "Turkish warplanes struck PKK positions in northern Iraq on day " + std::to_string(i) +
             ". Iraq condemned the strikes.";
  }
  a.published = "2024-05-01";
  return a;
}

struct Delivered {
  std::vector<std::string> ids;
  std::vector<bool> ok;
  std::vector<size_t> events;
  std::vector<std::thread::id> threads;
};

Delivered CodeAll(int threads, int n) {
  Delivered d;
  ParallelCoder coder(TestPipeline(), threads, [&](Article&& a, const Status& s) {
    d.ids.push_back(a.id);
    d.ok.push_back(s.ok());
    d.events.push_back(a.events.size());
    d.threads.push_back(std::this_thread::get_id());
  });
  for (int i = 0; i < n; ++i) coder.Add(Numbered(i));
  coder.Finish();
  return d;
}

TEST(ParallelCoderTest, DeliversInInputOrderWithTheSameCoding) {
  Delivered one = CodeAll(1, 150), four = CodeAll(4, 150);
  ASSERT_EQ(four.ids.size(), 150u);
  for (int i = 0; i < 150; ++i) EXPECT_EQ(four.ids[i], std::to_string(i));
  EXPECT_EQ(four.ok, one.ok);
  EXPECT_EQ(four.events, one.events);
  EXPECT_FALSE(four.ok[3]);  // The empty article's error is delivered in its place.
  EXPECT_TRUE(four.ok[4]);
  EXPECT_GT(four.events[0], 0u);
}

TEST(ParallelCoderTest, OneThreadCodesOnTheCallersThread) {
  Delivered one = CodeAll(1, 5);
  for (std::thread::id t : one.threads) EXPECT_EQ(t, std::this_thread::get_id());
  Delivered two = CodeAll(2, 5);
  for (std::thread::id t : two.threads) EXPECT_NE(t, std::this_thread::get_id());
}

TEST(ParallelCoderTest, FinishIsIdempotentAndNothingAddedIsFine) {
  int delivered = 0;
  {
    ParallelCoder coder(TestPipeline(), 3, [&](Article&&, const Status&) { ++delivered; });
    coder.Finish();
    coder.Finish();
  }
  EXPECT_EQ(delivered, 0);
  {
    ParallelCoder coder(TestPipeline(), 3, [&](Article&&, const Status&) { ++delivered; });
    coder.Add(Numbered(1));
  }  // The destructor finishes.
  EXPECT_EQ(delivered, 1);
}

}  // namespace
}  // namespace dyad
