// Coreference of object pronouns (coreference.cc).
#include <gtest/gtest.h>

#include "testing/test_pipeline.h"

namespace dyad {
namespace {

// The codes of the mentions written `words`, in text order.
std::vector<std::string> CodesOf(const Article& a, std::string_view words) {
  std::vector<std::string> out;
  for (const ActorMention& m : a.actors) {
    if (a.Span(m.begin, m.end) == words) out.push_back(m.code);
  }
  return out;
}

// Regression: in "met Ethiopia's prime minister in Nairobi, urging him to"
// "him" found no person (a role noun was not one), and in "met Libya's two
// rival governments, urging them to" "them" went to the envoy, the subject
// of its own clause; the appeals were dropped.
TEST(CoreferenceTest, ObjectPronounOfASharedSubjectVerbIsTheMainObject) {
  Article a = CodeText(
      "Kenya's president met Ethiopia's prime minister in Nairobi, urging him to resume talks.",
      "2024-12-19");
  EXPECT_EQ(CodesOf(a, "him"), std::vector<std::string>{"ETHGOV"});
  EXPECT_TRUE(HasEvent(a, "02", "KENGOV", "ETHGOV"));
  Article b = CodeText(
      "The UN envoy met Libya's two rival governments on Saturday and urged them to continue the "
      "dialogue.",
      "2024-12-19");
  EXPECT_EQ(CodesOf(b, "them"), std::vector<std::string>{"LBY"});
  EXPECT_TRUE(HasEvent(b, "02", "IGOUNO", "LBYGOV"));
}

// Guard: the place a verb's subject went to is no object ("arrived in
// Nairobi, urging them").
TEST(CoreferenceTest, PlaceIsNoObject) {
  Article a = CodeText(
      "Ethiopia's prime minister arrived in Nairobi on Monday, urging them to resume talks.",
      "2024-12-19");
  for (const std::string& code : CodesOf(a, "them")) EXPECT_NE(code, "KENGOV");
  for (const Event& e : a.events) EXPECT_NE(e.target.code, "KENGOV") << e.pattern;
}

// Regression: "all political parties" and "the opposition parties" were
// read as the story's two parties ("all parties", "the warring parties")
// and resolved to the junta; they are the opposition.
TEST(CoreferenceTest, PoliticalPartiesAreNoPartiesToAConflict) {
  Article a = CodeText("Mali's junta banned all political parties.", "2025-05-14");
  EXPECT_TRUE(HasEvent(a, "172", "MLIGOV", "MLIOPP"));
  Article b = CodeText("Guinea's junta dissolved the opposition parties.", "2025-05-14");
  EXPECT_TRUE(HasEvent(b, "172", "GINGOV", "GINOPP"));
  Article c = CodeText(
      "Sudan's army and the RSF met in Jeddah. Saudi Arabia urged the warring parties to agree "
      "to a truce.",
      "2023-05-14");
  bool appeal = false;
  for (const Event& e : c.events) appeal |= e.code.starts_with("02") && e.target.code == "SDNMIL";
  EXPECT_TRUE(appeal);
}

// Regression (of the main-clause-object rule above): "summoned the
// ambassadors of Argentina and Chile, accusing them of meddling" gave
// "them" to Chile alone; a coordinated pair is "them" first.
TEST(CoreferenceTest, ThemAfterACoordinatedPair) {
  Article a = CodeText(
      "Venezuela summoned the ambassadors of Argentina and Chile, accusing them of meddling in its "
      "affairs.",
      "2024-07-30");
  EXPECT_TRUE(HasEvent(a, "112", "VENGOV", "ARGGOV"));
  EXPECT_TRUE(HasEvent(a, "112", "VENGOV", "CHLGOV"));
}

}  // namespace
}  // namespace dyad
