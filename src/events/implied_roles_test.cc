// Tests of the roles the coder implies where the text names none: the
// government whose power is seized, the opposition whose rallies are
// banned, and acts that are only alleged.
#include <gtest/gtest.h>

#include "testing/test_pipeline.h"

namespace dyad {
namespace {

bool HasEvent(const Article& a, std::string_view code, std::string_view source,
              std::string_view target) {
  for (const Event& e : a.events) {
    if (e.code == code && e.source.code == source && e.target.code == target) return true;
  }
  return false;
}

// A coup names no target: the power taken is the government's, and the
// soldiers "in Niger" are Niger's, though France is named first.
TEST(ImpliedRolesTest, SeizedPowerIsTakenFromTheGovernment) {
  Article a = CodeText(
      "France condemned the events in Niamey, and French President Emmanuel Macron called for "
      "calm. Soldiers in Niger seized power on Wednesday.",
      "2023-07-28");
  EXPECT_TRUE(HasEvent(a, "172", "NERMIL", "NERGOV"));
}

// "the transitional government" is a role mention whose head is the
// pattern's noun: the modifier run passes into it.
TEST(ImpliedRolesTest, DissolvedGovernmentBehindAModifier) {
  Article a = CodeText("Sudan's army chief dissolved the transitional government.", "2021-10-26");
  EXPECT_TRUE(HasEvent(a, "172", "SDNMIL", "SDNGOV"));
}

TEST(ImpliedRolesTest, LegislatorsInACountryRemoveItsPresident) {
  Article a = CodeText(
      "France called for calm, and French diplomats met the army's leaders. Lawmakers in "
      "Madagascar voted to impeach President Andry Rajoelina.",
      "2025-10-14");
  EXPECT_TRUE(HasEvent(a, "172", "MDGLEG", "MDGGOV"));
}

// Banned rallies are aimed at the opposition that holds them; a cut
// internet at everyone.
TEST(ImpliedRolesTest, BannedRalliesAimAtTheOpposition) {
  Article a = CodeText(
      "Turkish police detained the opposition mayor of Istanbul on Wednesday. Turkish "
      "authorities banned demonstrations in Istanbul for four days and shut down the internet "
      "in the city.",
      "2025-03-20");
  EXPECT_TRUE(HasEvent(a, "1721", "TURGOV", "TUROPP"));
  EXPECT_TRUE(HasEvent(a, "1721", "TURGOV", "TURCVL"));
}

// What an allegation says happened is the accusers' claim, not an event.
TEST(ImpliedRolesTest, AllegedArrestIsNotCoded) {
  Article a = CodeText(
      "Rights groups made allegations that Tanzanian police arrested 30 opposition members.",
      "2020-10-30");
  for (const Event& e : a.events) EXPECT_FALSE(e.code.starts_with("17")) << e.pattern;
}

}  // namespace
}  // namespace dyad
