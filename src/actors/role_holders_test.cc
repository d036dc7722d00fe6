#include <gtest/gtest.h>

#include "testing/test_pipeline.h"

namespace dyad {
namespace {

// "The prime minister" is the person of that code introduced as prime
// minister, not the foreign minister of the same government.
TEST(RoleHoldersTest, PrimeMinisterIsTheOneIntroducedSo) {
  Article a = CodeText(
      "Greek Prime Minister Nikos Varelas landed in Rhodes on Monday. Greek Foreign Minister "
      "Eleni Dimou travelled with him. The prime minister said the visit would go ahead.");
  const ActorMention* m = FindActor(a, "prime minister");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "Nikos Varelas");
}

// A head of state named by office and country ("the Ecuadorian
// president") is the person of that code the story names most.
TEST(RoleHoldersTest, HeadOfStateIsTheMostNamedOfItsCode) {
  Article a = CodeText(
      "Ecuador's leader Tomas Arcos hosted Peru's president at the border. Arcos was joined "
      "by Ecuadorian Foreign Minister Lucia Pardo. Arcos and his guest toured a bridge. The "
      "Ecuadorian president said trade would grow.");
  const ActorMention* m = FindActor(a, "Ecuadorian president");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "Tomas Arcos");
}

// An organisation's officer named after a short rank ("Pentagon spokesman
// Army Col. Steve Warren") is a person of the organisation's code, named
// without the rank, and found again by surname.
TEST(RoleHoldersTest, OfficerWithARankIsAPerson) {
  Article a = CodeText(
      "Pentagon spokesman Army Col. Dan Morrow told reporters that more rifles had been sent. "
      "Morrow said helmets would follow.");
  const ActorMention* m = FindActor(a, "Pentagon spokesman Army Col. Dan Morrow");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->kind, ActorKind::kPerson);
  EXPECT_EQ(m->name, "Dan Morrow");
  EXPECT_EQ(m->code, "USAMIL");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[1].speaker_name, "Dan Morrow");
}

// Regression: a rank abbreviation after a role ("army chief Gen. Adil
// Hamid") was read as the person's whole name ("Gen").
TEST(RoleHoldersTest, RankAbbreviationIsNoName) {
  Article a = CodeText("Sudan's army chief Gen. Adil Hamid said the talks had failed.");
  const ActorMention* m = FindActor(a, "Sudan's army chief Gen. Adil Hamid");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name, "Adil Hamid");
  EXPECT_EQ(m->code, "SDNMIL");
}

// Regression: "UN envoy Martin Kobler" matched the organisation's alias
// "UN envoy" and left the name out, so "Kobler" later named no one.
TEST(RoleHoldersTest, NamedOfficerOfABodyAlias) {
  Article a = CodeText(
      "UN envoy Martin Kobler arrived in Tripoli on Friday. On Saturday, Kobler met Libya's "
      "prime minister.");
  const ActorMention* m = FindActor(a, "UN envoy Martin Kobler");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->kind, ActorKind::kPerson);
  EXPECT_EQ(m->code, "IGOUNO");
  const ActorMention* later = FindActor(a, "Kobler");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->code, "IGOUNO");
  EXPECT_TRUE(HasEvent(a, "040", "IGOUNO", "LBYGOV"));
}

// Regression: a name set off by commas after a role ("the UN envoy,
// Martin Kobler,", "Kenya's foreign minister, Juma Odhiambo,") was no
// person; and a later mention by surname took the country of its own
// sentence instead of the code found for the first.
TEST(RoleHoldersTest, NameInAppositionAfterARole) {
  Article a = CodeText(
      "The UN envoy, Martin Kobler, arrived in Tripoli on Friday. On Saturday, Kobler met "
      "Libya's prime minister.");
  EXPECT_TRUE(HasEvent(a, "040", "IGOUNO", "LBYGOV"));
  Article b = CodeText(
      "Kenya's foreign minister, Juma Odhiambo, arrived in Kampala. Odhiambo met Uganda's "
      "prime minister.");
  const ActorMention* later = FindActor(b, "Odhiambo");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->code, "KENGOV");
  EXPECT_TRUE(HasEvent(b, "040", "KENGOV", "UGAGOV"));
}

}  // namespace
}  // namespace dyad
