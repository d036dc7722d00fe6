// Acts read from reported speech: judgements and threats carried in the
// words a speaker is quoted or reported with.
#include <gtest/gtest.h>

#include "testing/test_pipeline.h"

namespace dyad {
namespace {

// Reported words judge the owner of the act they condemn ("Manila's moves
// ... are unacceptable"), an opposition's judgement with no opponent named
// is aimed at its government, and civilians named in the words are the
// harmed, not the judged.
TEST(ReportedSpeechTest, ReportedJudgementOfAnActsOwner) {
  Article a = CodeText(
      "A Chinese foreign ministry spokesman said Manila's repeated moves to send boats to the "
      "shoal are inappropriate.");
  EXPECT_TRUE(HasEvent(a, "111", "CHNGOV", "PHLGOV"));
  Article b = CodeText(
      "The Kenyan opposition said the detention of its deputy leader was politically "
      "motivated.");
  EXPECT_TRUE(HasEvent(b, "111", "KENOPP", "KENGOV"));
  Article c = CodeText(
      "\"Several Britons remain unjustly held in Iran,\" the British foreign secretary said.");
  for (const Event& e : c.events) EXPECT_NE(e.target.code, "GBRCVL") << e.code;
}

// Words of consequences to come threaten: the opposed actor they name,
// else the story's other party.
TEST(ReportedSpeechTest, ReportedWordsOfConsequencesThreaten) {
  Article a = CodeText(
      "India and Pakistan traded fire along the border on Monday. \"Such acts can have very "
      "bad consequences,\" Pakistan's foreign ministry said.");
  bool threat = false;
  for (const Event& e : a.events) {
    threat |= e.code == "130" && e.source.code == "PAKGOV" && e.target.code.starts_with("IND");
  }
  EXPECT_TRUE(threat);
  Article b = CodeText(
      "India and Pakistan traded fire along the border on Monday. \"The floods had no "
      "consequences for the talks,\" Pakistan's foreign ministry said.");
  for (const Event& e : b.events) EXPECT_NE(e.code, "130");
}

// The general vocabulary of judgement, not only the words seen in one
// story: "groundless" and "fabricated" disapprove, "meddling" and
// "espionage" accuse.
TEST(ReportedSpeechTest, WiderVocabularyOfJudgement) {
  Article a = CodeText(
      "The Indian foreign ministry said Pakistan's claims about the dam were groundless and "
      "fabricated.");
  EXPECT_TRUE(HasEvent(a, "111", "INDGOV", "PAKGOV"));
  Article b = CodeText(
      "A Chinese foreign ministry spokesman said the United States was meddling in the "
      "region's affairs.");
  EXPECT_TRUE(HasEvent(b, "112", "CHNGOV", "USAGOV"));
}

// Regression: "we will respond" and "the right to respond" in a speaker's
// words threatened no one; an answer to a letter is no threat.
TEST(ReportedSpeechTest, WillRespondThreatens) {
  Article a = CodeText(
      "Israeli jets struck Hezbollah positions on Sunday, the Israeli army said. \"We will "
      "respond at a time of our choosing,\" Hezbollah said in a statement.",
      "2024-08-25");
  bool threat = false;
  for (const Event& e : a.events) {
    threat |=
        e.code.starts_with("13") && e.source.code == "LBNREB" && e.target.code.starts_with("ISR");
  }
  EXPECT_TRUE(threat);
  Article b = CodeText(
      "Iran's foreign minister said Tehran will respond to the letter from Washington next week.",
      "2018-01-18");
  for (const Event& e : b.events) EXPECT_FALSE(e.code.starts_with("13")) << e.code;
}

// Regression: "the Malian army's drone was destroyed in a hostile action by
// the Algerian regime" was judged against the Malian army named before the
// judgement word; the agent named by "by" after it owns the act.
TEST(ReportedSpeechTest, ByAgentOfAJudgedActIsJudged) {
  Article a = CodeText(
      "Mali's government said its army's drone had been downed in a hostile act by the "
      "Algerian regime.",
      "2025-04-07");
  bool blamed_algeria = false;
  for (const Event& e : a.events) {
    EXPECT_FALSE(e.code.starts_with("11") && e.target.code.starts_with("MLI")) << e.code;
    blamed_algeria |= e.code.starts_with("11") && e.target.code.starts_with("DZA");
  }
  EXPECT_TRUE(blamed_algeria);
}

// Regression: in "alleges the men were beaten" and "claims its campaign in
// Lebanon aims to", the first actor of the claim was taken for the one
// accused (112): civilians are the wronged, an actor after a preposition
// is a place.
TEST(ReportedSpeechTest, ClaimedWrongdoerIsTheClausesSubject) {
  Article a = CodeText(
      "Azerbaijan alleges the Azerbaijani men were beaten in Russian custody. Israel claims its "
      "campaign in Lebanon aims to bring residents home.",
      "2025-07-02");
  for (const Event& e : a.events) {
    EXPECT_NE(e.target.code, "AZECVL") << e.pattern;
    EXPECT_FALSE(e.target.code.starts_with("LBN")) << e.pattern;
  }
}

}  // namespace
}  // namespace dyad
