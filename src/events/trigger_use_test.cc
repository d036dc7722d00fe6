// Tests of how a trigger's use in its clause changes what is coded:
// negation and allegation.
#include <gtest/gtest.h>

#include "testing/test_pipeline.h"

namespace dyad {
namespace {

bool HasRoot(const Article& a, std::string_view root) {
  for (const Event& e : a.events) {
    if (e.code.starts_with(root)) return true;
  }
  return false;
}

// "no" opening the pattern's object denies the act, as "not" before it does.
TEST(TriggerUseTest, NoBeforeTheObjectNegates) {
  EXPECT_FALSE(HasRoot(
      CodeText("Pakistan's prime minister held no bilateral meeting with India's premier at the "
               "summit in Astana."),
      "04"));
  EXPECT_TRUE(HasRoot(
      CodeText("Pakistan's prime minister held a bilateral meeting with India's premier at the "
               "summit in Astana."),
      "04"));
}

// What an allegation says happened is the accusers' claim, not an event.
TEST(TriggerUseTest, AllegedArrestIsNotCoded) {
  Article a = CodeText(
      "Rights groups made allegations that Tanzanian police arrested 30 opposition members.",
      "2020-10-30");
  EXPECT_FALSE(HasRoot(a, "17"));
}

}  // namespace
}  // namespace dyad
