// Tests of how a trigger's use in its clause changes what is coded:
// negation, allegation and accusation.
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

// A negator between the pattern's words ("would not retaliate") denies the
// act; "would not hesitate to" does not.
TEST(TriggerUseTest, NegatorInsideTheMatchNegates) {
  const char* kBefore = "India moved troops to the border on Monday. ";
  EXPECT_FALSE(HasRoot(
      CodeText(std::string(kBefore) + "Pakistan said it would not retaliate.", "2001-12-21"),
      "13"));
  EXPECT_TRUE(HasRoot(
      CodeText(std::string(kBefore) + "Pakistan said it would not hesitate to respond with force.",
               "2001-12-21"),
      "13"));
  EXPECT_TRUE(HasRoot(
      CodeText(std::string(kBefore) + "Pakistan said it would retaliate.", "2001-12-21"), "13"));
}

// Talks a government would seek are an intention to meet (036), not a
// meeting held.
TEST(TriggerUseTest, SoughtTalksAreIntended) {
  Article a = CodeText("Seoul said it would seek talks with Pyongyang soon.", "2018-06-12");
  EXPECT_TRUE(HasEvent(a, "036", "KORGOV", "PRKGOV"));
  EXPECT_FALSE(HasEvent(a, "040", "KORGOV", "PRKGOV"));
}

// A second "to" infinitive coordinated after a pledge is pledged too.
TEST(TriggerUseTest, SecondInfinitiveAfterAPledgeIsIntended) {
  Article a = CodeText(
      "Armenia and Azerbaijan signed a deal on Monday. Both sides pledged to end all military "
      "hostilities along their border permanently and to free every detained soldier.",
      "2020-11-10");
  EXPECT_TRUE(HasRoot(a, "035"));
  EXPECT_FALSE(HasRoot(a, "084"));
}

// What an allegation says happened is the accusers' claim, not an event.
TEST(TriggerUseTest, AllegedArrestIsNotCoded) {
  Article a = CodeText(
      "Rights groups made allegations that Tanzanian police arrested 30 opposition members.",
      "2020-10-30");
  EXPECT_FALSE(HasRoot(a, "17"));
}

// The act in a gerund an accusation governs is what the accusers claim;
// a participle coordinated with the accusing one is an act of its own.
TEST(TriggerUseTest, GerundUnderAnAccusationIsNotCoded) {
  EXPECT_FALSE(HasRoot(
      CodeText("Rwanda accuses the Congolese army of allying with the FDLR rebels.", "2025-02-10"),
      "05"));
  Article a = CodeText(
      "Protesters in Yerevan rallied outside parliament, accusing Prime Minister Nikol Pashinyan "
      "of abandoning Karabakh and demanding his resignation.",
      "2023-09-21");
  EXPECT_TRUE(HasRoot(a, "1041"));
  // The act blamed ("responsible for the attack") is no attack coded.
  Article blame = CodeText(
      "Kyiv's envoy said Moscow was responsible for the attack on a hospital in Donbas, which "
      "killed four nurses.",
      "2022-06-14");
  EXPECT_TRUE(HasRoot(blame, "112"));
  EXPECT_FALSE(HasRoot(blame, "19"));
}

// Regression: "denied having a role in the attack that killed" coded the
// denier as the attacker. A part in an act that is denied is no act.
TEST(TriggerUseTest, DeniedRoleInAnActIsNoAct) {
  EXPECT_FALSE(
      HasRoot(CodeText("Syria denied having a role in the attack that killed four Lebanese "
                       "soldiers near the border."),
              "19"));
  EXPECT_TRUE(HasRoot(CodeText("Gunmen from Syria carried out the attack that killed four "
                               "Lebanese soldiers near the border."),
                      "19"));
}

// Regression: in "after talks mediated by Kenya" the mediator was taken
// as the target of the parties: a participle right after a noun, with a
// by-phrase, is a reduced passive.
TEST(TriggerUseTest, ParticipleAfterANounIsPassive) {
  Article a = CodeText(
      "Sudan and South Sudan agreed to reopen their border after talks mediated by Kenya.");
  EXPECT_TRUE(HasEvent(a, "045", "KENGOV", "SDNGOV"));
  EXPECT_FALSE(HasEvent(a, "045", "SDNGOV", "KENGOV"));
}

// Regression: "asked A and B to convene an urgent meeting" coded a meeting
// between A and B: an event noun that is the object of an appealed
// infinitive is appealed for, and an actor's words count as one word.
TEST(TriggerUseTest, MeetingAskedForIsNoMeeting) {
  EXPECT_FALSE(HasRoot(CodeText("Chad asked the Arab League and the African Union to hold an "
                                "urgent meeting on the border dispute."),
                       "04"));
}

// Regression: "backing for ousted president Bazoum" coded France as
// ousting him: a participle right after a preposition is an adjective.
// Regression: "wants the deal to include ousted leader X" coded an ousting.
TEST(TriggerUseTest, ParticipleBeforeAPersonIsAnAdjective) {
  EXPECT_FALSE(HasRoot(
      CodeText("The United States wants any deal to include ousted president Mohamed Bazoum.",
               "2023-08-31"),
      "17"));
  EXPECT_TRUE(HasRoot(
      CodeText("Russian police jailed opposition leader Alexei Navalny on Monday.", "2021-02-01"),
      "17"));
}

TEST(TriggerUseTest, ParticipleAfterAPrepositionIsAnAdjective) {
  EXPECT_FALSE(HasRoot(
      CodeText("France reaffirmed its backing for ousted president Mohamed Bazoum on Monday.",
               "2023-08-31"),
      "17"));
}

// A sanction announced for later is a threat of it (1312), not the
// sanction (163).
TEST(TriggerUseTest, FutureSanctionIsAThreat) {
  Article a = CodeText("Ecuador's president said he would impose tariffs on Peru.", "2025-02-03");
  EXPECT_TRUE(HasEvent(a, "1312", "ECUGOV", "PERGOV"));
  EXPECT_FALSE(HasRoot(a, "16"));
}

// Regression: "after free elections" was coded as a release.
TEST(TriggerUseTest, AdjectiveAfterAPrepositionIsNoVerb) {
  EXPECT_FALSE(HasRoot(CodeText("Journalists and unions in Tunisia say President Kais Saied "
                                "won office after free elections in 2014.",
                                "2024-05-02"),
                       "08"));
}

// Regression: "held a meeting later on Friday with" found no meeting:
// a time adverb and a date stood between the pattern's words.
TEST(TriggerUseTest, TimeAdverbAndDateInsideAPattern) {
  Article a = CodeText(
      "Kenya's foreign minister held a meeting later on Friday with Uganda's foreign "
      "minister in Nairobi.",
      "2024-03-09");
  EXPECT_TRUE(HasEvent(a, "040", "KENGOV", "UGAGOV"));
}

// Regression: "threatened sending a missile to Athens" was coded as
// military aid (072); a threatened act is a threat.
TEST(TriggerUseTest, ThreatenedActIsAThreat) {
  Article a = CodeText("Ankara's leader threatened sending a missile to Athens.", "2022-06-01");
  EXPECT_FALSE(HasRoot(a, "07"));
  EXPECT_TRUE(HasRoot(a, "13"));
}

// A visit "scheduled for Wednesday" is planned (036); killing told with
// the sinking of boats is military force (190), not an assault (180).
TEST(TriggerUseTest, ScheduledVisitAndKillingsAtSea) {
  Article a = CodeText(
      "The US envoy arrived in Georgia on Tuesday, with talks with Azerbaijan's president "
      "scheduled for Wednesday.",
      "2023-06-20");
  bool planned = false;
  for (const Event& e : a.events) planned |= e.code == "036" && e.target.code.starts_with("AZE");
  EXPECT_TRUE(planned);
  for (const Event& e : a.events) EXPECT_FALSE(e.code == "040" && e.target.code.starts_with("AZE"));
  Article b =
      CodeText("The US military sank three Houthi boats, killing ten Yemenis.", "2023-12-31");
  EXPECT_FALSE(HasRoot(b, "18"));
}

// Regression: "accused each other of" coded one direction only (a copy of
// the pattern without its mutual flag came first); a denial that "it
// staged the attack" is a denial (016).
TEST(TriggerUseTest, MutualAccusationsAndDeniedAttacks) {
  Article a = CodeText("Laos and Vietnam accused each other of firing first.", "2024-05-16");
  EXPECT_TRUE(HasEvent(a, "112", "LAOGOV", "VNMGOV"));
  EXPECT_TRUE(HasEvent(a, "112", "VNMGOV", "LAOGOV"));
  Article b = CodeText(
      "Chad accused Sudan of the raid on Monday. Sudan on Tuesday denied it launched the raid.",
      "2024-05-16");
  EXPECT_TRUE(HasRoot(b, "016"));
}

}  // namespace
}  // namespace dyad
