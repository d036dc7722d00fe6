// Tests of roles from shallow syntax: what makes a list of actors.
#include <gtest/gtest.h>

#include "testing/test_pipeline.h"

namespace dyad {
namespace {

// Regression: "in Haiti, Canada" was read as the list "Haiti, Canada", and
// the pledge coded as a joint act from Haiti to Canada.
TEST(ClauseSyntaxTest, PrepositionalObjectBeforeACommaIsNoListItem) {
  Article a =
      CodeText("After the earthquake in Haiti, Canada pledged 5 million dollars.", "2010-01-14");
  EXPECT_TRUE(HasEvent(a, "0331", "CANGOV", "HTIGOV"));
  EXPECT_FALSE(HasEvent(a, "0331", "HTIGOV", "CANGOV"));
}

// A group named in a phrase before the comma still lends its members to the
// roles after it.
TEST(ClauseSyntaxTest, GroupBeforeItsRoles) {
  Article a = CodeText(
      "Mali, Niger and Burkina Faso announced their exit from the bloc. In a text read out in "
      "all three states, the governments accused ECOWAS of betrayal.",
      "2024-01-29");
  EXPECT_TRUE(HasEvent(a, "112", "MLIGOV", "IGOWAS"));
  EXPECT_TRUE(HasEvent(a, "112", "NERGOV", "IGOWAS"));
}

}  // namespace
}  // namespace dyad
