// Where a bare reported clause begins after a speech verb, and the
// inverted "CLAUSE, reported X." form.
#include <gtest/gtest.h>

#include "testing/test_pipeline.h"

namespace dyad {
namespace {

bool HasQuoteStartingWith(const Article& a, std::string_view words) {
  for (const Quote& q : a.quotes) {
    if (a.Span(q.begin, q.end).starts_with(words)) return true;
  }
  return false;
}

// Regression: "Somalia says Kenya's decision harms trade" reported
// nothing; a clause in the present tense opened by a name was not seen.
TEST(ReportedClauseTest, PresentTenseClauseAfterSay) {
  Article a = CodeText("Somalia says Kenya's decision to shut the crossing harms local traders.");
  const Quote* q = QuoteWith(a, "harms local traders");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "Somalia");
  EXPECT_TRUE(a.Span(q->begin, q->end).starts_with("Kenya's decision"));
  // After a comma, the words after "said" name the speaker, even with a
  // plural noun in them.
  Article b =
      CodeText("The raid on the depot was repelled overnight, said Kenya's defence forces.");
  const Quote* p = QuoteWith(b, "raid on the depot");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->speaker_name, "Kenya's defence forces");
}

// "officials it says supported the crackdown", "which it says now totals":
// the pronoun is the subject of a relative clause on the noun before it, so
// the present tense after it opens no reported clause (the first version
// of the present-tense rule quoted these).
TEST(ReportedClauseTest, RelativeClauseWithSaysIsNoQuote) {
  Article a = CodeText(
      "Washington sanctioned nine officers it says directs the crackdown on protesters in "
      "Minsk.");
  EXPECT_FALSE(HasQuoteStartingWith(a, "directs"));
}

// Regression: "did not say which regions the strikes had targeted" was a
// quote; a question left open reports nothing. A conditional clause does.
TEST(ReportedClauseTest, OpenQuestionReportsNothing) {
  Article a = CodeText("The ministry did not say which districts the drones had struck.");
  EXPECT_TRUE(a.quotes.empty());
  Article b = CodeText(
      "The opposition said if the count is not annulled, its members will march on the capital.");
  EXPECT_NE(QuoteWith(b, "its members will march"), nullptr);
}

// "CLAUSE, reported the state news agency Khovar.": the agency is the
// speaker; "reported by X" only says where the words were printed.
TEST(ReportedClauseTest, InvertedReportedNamesTheSpeaker) {
  Article a = CodeText(
      "Two transport planes with border troops touched down in Kulob late on Monday, reported "
      "the state news agency Khovar.");
  const Quote* q = QuoteWith(a, "touched down in Kulob");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(q->speaker_name.find("Khovar"), std::string::npos) << q->speaker_name;
  Article b = CodeText(
      "The chancellor spoke at a press conference in Vilnius on Friday, reported by the daily "
      "Delfi.");
  EXPECT_EQ(QuoteWith(b, "chancellor spoke"), nullptr);
}

// Regression: "said late on Thursday citing sources that CLAUSE" quoted
// "citing sources that ..."; "reported on March 14, citing residents,
// that CLAUSE" quoted nothing. The source cited stands before "that".
TEST(ReportedClauseTest, SourceCitedBeforeThat) {
  Article a = CodeText(
      "Radio Dalsan said late on Thursday citing elders that the militia had left two villages.");
  const Quote* q = QuoteWith(a, "militia had left");
  ASSERT_NE(q, nullptr);
  EXPECT_TRUE(a.Span(q->begin, q->end).starts_with("the militia")) << a.Span(q->begin, q->end);
  Article b = CodeText(
      "Local outlets reported on March 14, citing farmers, that a herder had been shot near the "
      "dam.");
  const Quote* p = QuoteWith(b, "herder had been shot");
  ASSERT_NE(p, nullptr);
  EXPECT_TRUE(b.Span(p->begin, p->end).starts_with("a herder"));
}

// Regression: a clause a say-verb reports may open on an adverbial
// ("says in areas held by the rebels there has been looting", "says
// during the fighting, army units worked with militias"); both reported
// nothing. Not so "said in a statement, as quoted by X".
TEST(ReportedClauseTest, ClauseOpeningOnAnAdverbial) {
  Article a = CodeText(
      "The panel's report says in districts held by the militia there has been looting and "
      "forced labour.");
  EXPECT_NE(QuoteWith(a, "there has been looting"), nullptr);
  Article b =
      CodeText("The report says during the offensive, army units worked with local militias.");
  EXPECT_NE(QuoteWith(b, "army units worked"), nullptr);
  Article c = CodeText(
      "Oman's foreign ministry said in a statement on Friday, as quoted by the state news "
      "agency.");
  EXPECT_TRUE(c.quotes.empty());
}

// Regression: "said talks for the delegation's meeting with the minister
// were being planned" reported nothing (the verb came after ten words);
// a relative clause ("frigates which the network said refuted the claim")
// reported "refuted the claim ..." once the reach was longer.
TEST(ReportedClauseTest, LongSubjectButNotARelativeGap) {
  Article a = CodeText(
      "The ministry said arrangements for the delegation's meeting with the foreign minister "
      "were being finalised.");
  EXPECT_NE(QuoteWith(a, "were being finalised"), nullptr);
  Article b = CodeText(
      "The channel aired pictures of frigates which the network said refuted the minister's "
      "claim that the navy had downed a drone.");
  EXPECT_FALSE(HasQuoteStartingWith(b, "refuted"));
}

// "revealed that", "observed that" report a clause.
TEST(ReportedClauseTest, RevealedAndObservedReport) {
  Article a =
      CodeText("The prime minister revealed that talks were under way to restore the truce.");
  EXPECT_NE(QuoteWith(a, "talks were under way"), nullptr);
  Article b = CodeText("The economist observed that Washington was unhappy with the court case.");
  EXPECT_NE(QuoteWith(b, "Washington was unhappy"), nullptr);
}

// Regression: "The Guard said Thursday, June 20 it shot down a drone, state
// TV reported, according to Al Jazeera" was Al Jazeera's: the speaker who
// says the clause first hand is its speaker, over a weekday and its date.
TEST(ReportedClauseTest, FirstHandSpeakerBeforeAccordingTo) {
  Article a = CodeText(
      "Iran's army said Friday, March 8 it downed a surveillance aircraft near the coast, state "
      "radio reported, according to a Qatari channel.",
      "2024-03-08");
  const Quote* q = QuoteWith(a, "downed a surveillance aircraft");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_code, "IRNMIL");
  EXPECT_TRUE(a.Span(q->begin, q->end).starts_with("it downed"));
}

// Regressions from one batch of stories: an irregular past after "said"
// ("said Uganda and Congo began joint strikes"), the audience before "that"
// ("confirmed to reporters that"), "in a separate joint statement" after a
// trailing "they said", and a feeling voiced ("expressed regret that") each
// reported nothing; "are said to be" reported the clause after it.
TEST(ReportedClauseTest, MoreWaysToReportAClause) {
  Article a = CodeText(
      "An army spokeswoman said Uganda and Congo began joint shelling of rebel camps on Tuesday.");
  EXPECT_NE(QuoteWith(a, "began joint shelling"), nullptr);
  Article b = CodeText("The spokesman confirmed to reporters that a US citizen had been killed.");
  EXPECT_NE(QuoteWith(b, "citizen had been killed"), nullptr);
  Article c = CodeText(
      "Mali and its two allies will withdraw their envoys from Algiers, they said in a separate "
      "joint statement on Sunday.");
  EXPECT_NE(QuoteWith(c, "withdraw their envoys"), nullptr);
  Article d = CodeText(
      "The ambassador expressed regret that several council members had refused to back the "
      "embargo.");
  EXPECT_NE(QuoteWith(d, "had refused to back"), nullptr);
  Article e = CodeText(
      "The freed students are said to be among the pupils that gunmen seized at a boarding "
      "school last year.");
  EXPECT_TRUE(e.quotes.empty());
}

// Regression: participles after a comma ("rejected the accusation,
// saying it only provides ...", "refuted the reports, claiming the jets
// were on patrol"), present-tense claims ("Baku, however, alleges the men
// were beaten", "claims its campaign aims to"), "swore that", a day that
// owns a noun ("said Sunday's strike had") and "said so far, ..." reported
// nothing.
TEST(ReportedClauseTest, ParticiplesClaimsAndAdverbials) {
  Article a = CodeText(
      "Pakistan rejected the accusation, saying it only provides political support to the groups. "
      "Greek officials refuted the reports, claiming the jets were on a routine patrol. Baku, "
      "however, alleges the men were beaten in custody. Lopez swore that he would never leave "
      "Venezuela. He said Sunday's strike on the convoy had opened a new phase. The commander said "
      "so far, his forces had suffered no losses. Israel claims its campaign in the north aims to "
      "bring residents home.");
  EXPECT_TRUE(HasQuoteStartingWith(a, "it only provides"));
  EXPECT_TRUE(HasQuoteStartingWith(a, "the jets were on"));
  const Quote* q = QuoteWith(a, "the men were beaten");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "Baku");
  EXPECT_TRUE(HasQuoteStartingWith(a, "he would never leave"));
  EXPECT_TRUE(HasQuoteStartingWith(a, "Sunday's strike"));
  EXPECT_TRUE(HasQuoteStartingWith(a, "his forces had suffered"));
  EXPECT_TRUE(HasQuoteStartingWith(a, "its campaign in the north"));
}

// Guard: a claim to a thing ("China claims Taiwan as its territory and
// says ...") reports no clause after "claims".
TEST(ReportedClauseTest, ClaimToAThingIsNoClause) {
  Article a =
      CodeText("China claims Taiwan as its territory and threatens to take the island by force.");
  EXPECT_FALSE(HasQuoteStartingWith(a, "Taiwan as"));
}

// Regression: "told Reuters the situation was calm" began the reported
// words at "Reuters", and "\"...,\" the minister told reporters, adding that
// talks would continue" left the added words without a speaker.
TEST(ReportedClauseTest, AddresseeAndParticipleAfterADirectQuote) {
  Article a = CodeText(
      "The army's spokesman, Colonel Ahmed Ali, told Reuters the situation was calm. \"We will "
      "not give up,\" the minister told reporters on Monday, adding that talks would continue.");
  EXPECT_TRUE(HasQuoteStartingWith(a, "the situation was calm"));
  const Quote* q = QuoteWith(a, "talks would continue");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "the minister");
}

// Regression: "Macri joked that Brazil and Argentina should be rivals only
// in football" reported nothing: a verb that mostly introduces quotations
// was no speech verb before "that".
TEST(ReportedClauseTest, QuotingVerbBeforeThat) {
  Article a = CodeText("Macri joked that Brazil and Argentina should be rivals only in football.");
  const Quote* q = QuoteWith(a, "rivals only in football");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "Macri");
}

// Regression: "unions say press freedom has faced a threat" began the
// reported words at "freedom": "press" was passed over as a word of the
// occasion ("told a press conference").
TEST(ReportedClauseTest, PressOpeningTheClause) {
  Article a = CodeText("Journalists and unions say press freedom has faced a serious threat.");
  EXPECT_TRUE(HasQuoteStartingWith(a, "press freedom"));
  Article b = CodeText("The minister told a press conference that the talks had failed.");
  EXPECT_TRUE(HasQuoteStartingWith(b, "the talks had failed"));
}

}  // namespace
}  // namespace dyad
