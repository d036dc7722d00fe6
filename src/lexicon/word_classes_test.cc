#include "lexicon/word_classes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

TEST(WordClassesTest, ReadsClassesOverSeveralLines) {
  std::vector<std::string> warnings;
  auto w = WordClasses::FromText("# comment\nharsh | rude; curt\nharsh | blunt\nmild | kind\n",
                                 "t.txt", &warnings);
  EXPECT_TRUE(warnings.empty());
  EXPECT_TRUE(w->Has("harsh", "rude"));
  EXPECT_TRUE(w->Has("harsh", "blunt"));
  EXPECT_FALSE(w->Has("harsh", "kind"));
  EXPECT_TRUE(w->Has("mild", "kind"));
  EXPECT_FALSE(w->Has("none", "kind"));
  EXPECT_EQ(w->Size("harsh"), 3u);
}

// Bad lines warn with file and line and are skipped; the rest loads.
TEST(WordClassesTest, BadLinesWarnAndAreSkipped) {
  std::vector<std::string> warnings;
  auto w =
      WordClasses::FromText("harsh\nharsh | Rude; two words; curt\n | x\n", "t.txt", &warnings);
  ASSERT_EQ(warnings.size(), 4u);
  EXPECT_EQ(warnings[0].rfind("t.txt:1: ", 0), 0u);
  EXPECT_TRUE(w->Has("harsh", "curt"));
  EXPECT_FALSE(w->Has("harsh", "Rude"));
  EXPECT_EQ(w->Size("harsh"), 1u);
}

TEST(WordClassesTest, MissingFileIsNotFound) {
  std::vector<std::string> warnings;
  auto w = WordClasses::Load("/nonexistent/judgement_words.txt", &warnings);
  ASSERT_FALSE(w.ok());
  EXPECT_EQ(w.status().code(), StatusCode::kNotFound);
}

// dyad's own file loads cleanly, each class with words.
TEST(WordClassesTest, ShippedJudgementWordsLoad) {
  std::vector<std::string> warnings;
  auto w = WordClasses::Load(std::string(DYAD_SOURCE_DATA_DIR) + "/lexicon/judgement_words.txt",
                             &warnings);
  ASSERT_TRUE(w.ok());
  EXPECT_TRUE(warnings.empty()) << warnings.front();
  EXPECT_GT((*w)->Size("wrongdoing"), 50u);
  EXPECT_GT((*w)->Size("disapproval"), 50u);
  EXPECT_TRUE((*w)->Has("disapproval", "unacceptable"));
}

}  // namespace
}  // namespace dyad
