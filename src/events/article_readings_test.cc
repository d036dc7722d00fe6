// Readings of an act that the whole article settles (article_readings.cc).
#include <gtest/gtest.h>

#include "testing/test_pipeline.h"

namespace dyad {
namespace {

// Regression: in a story of sanctions, "Washington has also targeted two
// deputy ministers" and "the bloc responded with sanctions targeting
// lawmakers" were coded as military force (190).
TEST(ArticleReadingsTest, TargetingInAStoryOfSanctionsIsASanction) {
  Article a = CodeText(
      "The United States on Monday imposed sanctions on Venezuela's government over the "
      "disputed election. Washington has also targeted two deputy ministers of Venezuela.",
      "2024-09-02");
  EXPECT_TRUE(HasEvent(a, "163", "USAGOV", "VENGOV"));
  for (const Event& e : a.events) EXPECT_NE(e.code.substr(0, 2), "19") << e.pattern;
  Article b = CodeText(
      "The European Union adopted new sanctions on Thursday, targeting Belarusian lawmakers.",
      "2024-09-02");
  for (const Event& e : b.events) EXPECT_NE(e.code.substr(0, 2), "19") << e.pattern;
}

// Guard: targeting in a war story is force.
TEST(ArticleReadingsTest, TargetingInAWarStoryIsForce) {
  Article a =
      CodeText("Israeli warplanes targeted Hezbollah positions in southern Lebanon on Sunday.",
               "2024-09-02");
  EXPECT_TRUE(HasEvent(a, "19", "ISRMIL", "LBNREB"));
}

}  // namespace
}  // namespace dyad
