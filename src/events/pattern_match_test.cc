// Matching by word id against the plain string comparison it replaced (the
// naive reference), over our golden articles and every pattern anchored in
// them; and the required-word filter never skipping a pattern that matches.
#include "events/pattern_match.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "testing/test_pipeline.h"

namespace dyad {
namespace {

// dyad's own verb dictionary, loaded as the pipeline loads it (the same
// data, so the pipeline's token lemmas agree with its pattern words).
const VerbDictionary& Verbs() {
  static std::unique_ptr<VerbDictionary> verbs = [] {
    std::string dir = DYAD_SOURCE_DATA_DIR;
    std::vector<std::string> warnings;
    static Lemmatizer lemmatizer;
    EXPECT_TRUE(lemmatizer.LoadIrregular(dir + "/lexicon/irregular_verbs.txt", &warnings).ok());
    static std::unique_ptr<CameoCodes> codes = CameoCodes::Load(dir + "/events/cameo.tsv").value();
    static std::unique_ptr<WordClasses> classes =
        WordClasses::Load(dir + "/lexicon/judgement_words.txt", &warnings).value();
    Result<std::unique_ptr<VerbDictionary>> d =
        VerbDictionary::Load(dir, {"events/verbs_01_09.txt", "events/verbs_10_20.txt"}, *codes,
                             lemmatizer, &warnings, {}, false, classes.get());
    EXPECT_TRUE(d.ok());
    EXPECT_TRUE(warnings.empty()) << warnings.front();
    return std::move(*d);
  }();
  return *verbs;
}

std::vector<Article> GoldenArticles() {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator("tests/golden/articles")) {
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<Article> out;
  for (const auto& path : paths) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    out.push_back(CodeText(text.str()));
  }
  return out;
}

bool SameMatch(const PatternMatch& x, const PatternMatch& y) {
  return x.begin == y.begin && x.end == y.end && x.literal_tokens == y.literal_tokens &&
         x.source == y.source && x.target == y.target;
}

TEST(PatternMatchTest, WordIdsMatchAsStringsDo) {
  const VerbDictionary& verbs = Verbs();
  std::vector<Article> articles = GoldenArticles();
  ASSERT_GE(articles.size(), 20u);
  size_t tried = 0, matched = 0, filtered = 0;
  for (const Article& a : articles) {
    for (uint32_t s = 0; s < a.sentences.size(); ++s) {
      SentenceView by_id = MakeSentenceView(a, s, &verbs);
      SentenceView by_string = MakeSentenceView(a, s);
      ASSERT_EQ(by_id.norm_ids.size(), a.sentences[s].token_count);
      for (uint32_t i = by_id.first; i < by_id.end; ++i) {
        for (const std::string* key : {&a.tokens[i].lemma, &a.tokens[i].norm}) {
          const std::vector<uint32_t>* ids = verbs.Anchored(*key);
          if (ids == nullptr) continue;
          for (uint32_t id : *ids) {
            const VerbPattern& p = verbs.pattern(id);
            PatternMatch x, y;
            bool mx = MatchPattern(p, by_id, i, &x);
            bool my = MatchPattern(p, by_string, i, &y);
            ++tried;
            ASSERT_EQ(mx, my) << p.text << " at token " << i << " of " << a.text.substr(0, 60);
            if (mx) {
              ++matched;
              EXPECT_TRUE(SameMatch(x, y)) << p.text;
              EXPECT_TRUE(MayMatch(p, by_id)) << "filtered out a match: " << p.text;
            } else if (!MayMatch(p, by_id)) {
              ++filtered;
            }
          }
        }
      }
    }
  }
  // The comparison covered real work: many tries, matches and skips.
  EXPECT_GT(tried, 10000u);
  EXPECT_GT(matched, 200u);
  EXPECT_GT(filtered, tried / 2);
}

TEST(PatternMatchTest, WordIdsNumberPatternWordsOnly) {
  const VerbDictionary& verbs = Verbs();
  EXPECT_NE(verbs.WordId("meet"), 0u);
  EXPECT_NE(verbs.WordId("ceasefire"), 0u);
  EXPECT_EQ(verbs.WordId("zzyzx"), 0u);
  EXPECT_NE(verbs.WordId("meet"), verbs.WordId("ceasefire"));
  ASSERT_NE(verbs.Anchored("meet"), nullptr);
  ASSERT_NE(verbs.Anchored(verbs.WordId("meet")), nullptr);
  EXPECT_EQ(*verbs.Anchored(verbs.WordId("meet")), *verbs.Anchored("meet"));
  EXPECT_EQ(verbs.Anchored(0u), nullptr);
}

TEST(PatternMatchTest, MissingRequiredWordSkipsPattern) {
  const VerbDictionary& verbs = Verbs();
  Article a = CodeText("Chad called for calm.");
  SentenceView v = MakeSentenceView(a, 0, &verbs);
  Result<VerbPattern> needs_truce = VerbDictionary::ParsePattern("0256", "call for truce");
  ASSERT_TRUE(needs_truce.ok());
  // Parsed outside the dictionary: no ids, so the filter cannot judge it.
  EXPECT_TRUE(MayMatch(*needs_truce, v));
  const std::vector<uint32_t>* call = verbs.Anchored("call");
  ASSERT_NE(call, nullptr);
  bool skipped_one = false, kept_one = false;
  for (uint32_t id : *call) {
    const VerbPattern& p = verbs.pattern(id);
    bool may = MayMatch(p, v);
    skipped_one |= !may;
    kept_one |= may;
  }
  EXPECT_TRUE(skipped_one);
  EXPECT_TRUE(kept_one);
}

}  // namespace
}  // namespace dyad
