// Test helper: one Pipeline over the repository's data/, shared by a test
// binary (loading the dictionaries once keeps tests fast).
#ifndef DYAD_TESTING_TEST_PIPELINE_H_
#define DYAD_TESTING_TEST_PIPELINE_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include "dyad/pipeline.h"

namespace dyad {

inline const Pipeline& TestPipeline() {
  static std::unique_ptr<Pipeline> pipeline = [] {
    PipelineOptions o;
    o.data_dir = DYAD_SOURCE_DATA_DIR;
    auto p = Pipeline::Create(o);
    if (!p.ok()) {
      ADD_FAILURE() << p.status().ToString();
      return std::unique_ptr<Pipeline>();
    }
    return std::move(*p);
  }();
  return *pipeline;
}

inline Article CodeText(const std::string& text, const std::string& published = "2025-03-16") {
  Article a;
  a.id = "t";
  a.text = text;
  a.published = published;
  EXPECT_TRUE(TestPipeline().Code(a).ok());
  return a;
}

// The quote whose words contain `words`, or nullptr.
inline const Quote* QuoteWith(const Article& a, std::string_view words) {
  for (const Quote& q : a.quotes) {
    if (a.Span(q.begin, q.end).find(words) != std::string_view::npos) return &q;
  }
  return nullptr;
}

// The actor mention whose words are exactly `text`, or nullptr.
inline const ActorMention* FindActor(const Article& a, std::string_view text) {
  for (const ActorMention& m : a.actors) {
    if (a.Span(m.begin, m.end) == text) return &m;
  }
  return nullptr;
}

// Whether `a` has an event whose code starts with `code` ("04" for a root,
// "0871" for one code) from exactly `source` to exactly `target`.
inline bool HasEvent(const Article& a, std::string_view code, std::string_view source,
                     std::string_view target) {
  for (const Event& e : a.events) {
    if (e.code.starts_with(code) && e.source.code == source && e.target.code == target) {
      return true;
    }
  }
  return false;
}

}  // namespace dyad

#endif  // DYAD_TESTING_TEST_PIPELINE_H_
