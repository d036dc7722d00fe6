// Forms of wire copy the event coder must read: intentions told as
// readiness, phrasal verbs, bracketed acronyms, appositions after a slot,
// orders to one's own forces, shows of force aimed at the other side.
#include <gtest/gtest.h>

#include "testing/test_pipeline.h"

namespace dyad {
namespace {

// An intention told with "keen", "willing" or "ready" (over an adverb) is
// an intention; one to settle a dispute stays 037 when only wanted.
TEST(WireFormsTest, ReadinessIsAnIntention) {
  Article a = CodeText("Ethiopia was keen to resolve the border dispute with Sudan.");
  EXPECT_TRUE(HasEvent(a, "037", "ETHGOV", "SDNGOV"));
  Article b = CodeText("Seoul is still willing to work with Tokyo on the fishing rules.");
  bool intent = false;
  for (const Event& e : b.events) intent |= e.code.starts_with("03") && e.source.code == "KORGOV";
  EXPECT_TRUE(intent);
}

// Regression: "calls on" and "hands over" were read as plural nouns before
// a preposition, as in "US sanctions on Iran", so "China calls on Manila
// to" coded nothing.
TEST(WireFormsTest, CallsOnIsAVerb) {
  Article a = CodeText("China calls on Manila to halt the supply missions to the shoal.");
  EXPECT_TRUE(HasEvent(a, "020", "CHNGOV", "PHLGOV"));
  Article b = CodeText("Kenya hands over three suspects to Uganda.");
  EXPECT_TRUE(HasEvent(b, "063", "KENGOV", "UGAGOV"));
}

// Regression: an acronym in brackets after the second of two coordinated
// subjects cut the subject off, and "have held talks" after a
// coordinated subject matched no pattern.
TEST(WireFormsTest, BracketedAcronymAndPerfectTenseKeepTheSubjects) {
  Article a = CodeText(
      "South Korea and the Democratic People's Republic of Korea (DPRK) agreed to hold "
      "military talks next week.");
  EXPECT_TRUE(HasEvent(a, "036", "KORGOV", "PRKGOV"));
  Article b = CodeText("Senegal and Gambia have held talks on the border crossings.");
  EXPECT_TRUE(HasEvent(b, "040", "SENGOV", "GMBGOV"));
}

// An alert or mobilisation moves one's own forces; it is aimed at the
// other side of the story, not at those forces.
TEST(WireFormsTest, MobilisationIsAimedAtTheOtherSide) {
  Article a = CodeText(
      "Ethiopia massed troops near the border on Monday. Eritrea ordered a nationwide "
      "mobilisation of its military reservists on Tuesday.");
  bool aimed = false;
  for (const Event& e : a.events) {
    aimed |=
        e.code == "154" && e.source.code.starts_with("ERI") && e.target.code.starts_with("ETH");
  }
  EXPECT_TRUE(aimed);
}

// An order to one's own forces is the act ordered; a curfew lifted is
// lifted from the people of the place; an international body's title
// before a name outranks the dictionary's dates for the person.
TEST(WireFormsTest, OwnForcesOrderedCurfewLiftedAndBodyTitles) {
  Article a = CodeText("Russia ordered its troops to withdraw from Kherson in Ukraine.");
  bool withdrew = false;
  for (const Event& e : a.events) withdrew |= e.code == "0874" && e.source.code.starts_with("RUS");
  EXPECT_TRUE(withdrew);
  Article b = CodeText("Nepal's army lifted the curfew in Kathmandu on Saturday.");
  EXPECT_TRUE(HasEvent(b, "0813", "NPLMIL", "NPLCVL"));
  Article c =
      CodeText("NATO Secretary-General Mark Rutte praised Finland on Tuesday.", "2024-06-01");
  EXPECT_TRUE(HasEvent(c, "051", "IGONAT", "FINGOV"));
}

// An apposition naming the slot's actor ("Sudan's army chief, Gen. Adil
// Hamid, to return") is passed over; foreign troops ordered out are
// expelled (166).
TEST(WireFormsTest, AppositionAfterTheSlotAndTroopsOrderedOut) {
  Article a = CodeText(
      "Kenya's president called on Sudan's army chief, Gen. Adil Hamid, to return to the "
      "talks.");
  EXPECT_TRUE(HasEvent(a, "02", "KENGOV", "SDNMIL"));
  Article b = CodeText("Mali ordered French troops to leave its territory.");
  EXPECT_TRUE(HasEvent(b, "166", "MLIGOV", "FRAMIL"));
}

// Forcing one's way in: a crowd storms (145), police entering an embassy
// seize it (171).
TEST(WireFormsTest, ForcingTheirWayIn) {
  Article a = CodeText("Protesters forced their way into Kenya's parliament on Tuesday.");
  EXPECT_TRUE(HasEvent(a, "145", "KENOPP", "KENLEG"));
  Article b = CodeText("Ecuadorian police forced their way into Mexico's embassy in Quito.");
  bool seized = false;
  for (const Event& e : b.events) seized |= e.code == "171" && e.target.code.starts_with("MEX");
  EXPECT_TRUE(seized);
}

// Regression: an act told in a relative clause and dated "on Monday" was
// dropped as background when that Monday fell in the month before
// publication.
TEST(WireFormsTest, RelativeClauseActsOfTheWeekStayCoded) {
  Article a = CodeText(
      "France welcomed Kenyan President William Ruto, who met Chinese President Xi Jinping on "
      "Monday.",
      "2024-05-01");
  EXPECT_TRUE(HasEvent(a, "040", "KENGOV", "CHNGOV"));
  // A relative clause dated months back is still background.
  Article c = CodeText("Kenyan President William Ruto, who met Xi Jinping in 2019, spoke.");
  EXPECT_FALSE(HasEvent(c, "040", "KENGOV", "CHNGOV"));
}

// Regression: "Russia, Iran and Turkey called on both sides" took "both
// sides" for Russia and Iran: only the last subject was kept out of the
// group, not the ones coordinated with it.
TEST(WireFormsTest, BothSidesAreNotTheCoordinatedSubjects) {
  Article a = CodeText("Russia, Iran and Turkey called on both sides to end the fighting.");
  EXPECT_FALSE(HasEvent(a, "0256", "RUSGOV", "IRNGOV"));
  EXPECT_FALSE(HasEvent(a, "0256", "TURGOV", "RUSGOV"));
  Article b = CodeText(
      "Armenia and Azerbaijan clashed again on Monday. Russia, Iran and Turkey called on both "
      "sides to end the fighting.");
  EXPECT_TRUE(HasEvent(b, "0256", "RUSGOV", "ARMGOV"));
  EXPECT_TRUE(HasEvent(b, "0256", "IRNGOV", "AZEGOV"));
}

// Regression: "up to" and "over" before a number stopped the target slot
// at their preposition, and so did "of" after a noun for the actor's places
// or units ("shelled positions of the RSF"): no event was coded.
TEST(WireFormsTest, TargetAfterQuantifierOrPlaceOfTheActor) {
  Article a = CodeText("The Dominican Republic deported up to 10,000 Haitian migrants.");
  EXPECT_TRUE(HasEvent(a, "174", "DOMGOV", "HTIREF"));
  Article b = CodeText("Police in Harare arrested over 200 opposition supporters.");
  EXPECT_TRUE(HasEvent(b, "173", "ZWECOP", "ZWEOPP"));
  Article c = CodeText("The Sudanese army shelled positions of the RSF in Omdurman.");
  EXPECT_TRUE(HasEvent(c, "194", "SDNMIL", "SDNREB"));
}

// Refusing an act of cooperation is a rejection ("refused to receive a
// delegation" is 125, "refused to release" 1243), not an act left out as
// negated; a failure is no refusal.
TEST(WireFormsTest, RefusedCooperationIsRejection) {
  Article a = CodeText("Niger's junta refused to receive an ECOWAS delegation on Tuesday.");
  EXPECT_TRUE(HasEvent(a, "125", "NERGOV", "IGOWAS"));
  Article b = CodeText("Israel refused to release the Palestinian prisoners.");
  EXPECT_TRUE(HasEvent(b, "1243", "ISRGOV", "PSECVL"));
  Article c = CodeText("Egypt failed to meet Ethiopian officials.");
  EXPECT_TRUE(c.events.empty());
}

// Regression: in "CLAUSE, said Li Wei, a spokesman for China's navy,
// accusing Hanoi of ..." the participle took the first actor of the sentence
// (the Vietnamese boats) as its subject, and the spokesman took the
// Vietnamese context's country: the speaker after an inverted "said" is
// the participle's subject, and a role of no country in an apposition
// passes the name on to the body it serves.
TEST(WireFormsTest, ParticipleAfterInvertedSpeechIsTheSpeakers) {
  Article a = CodeText(
      "The patrol met 12 Vietnamese fishing boats near the reef, said Li Wei, a spokesman for "
      "China's navy, accusing Hanoi of provocation.",
      "2024-04-30");
  bool china_accuses = false;
  for (const Event& e : a.events) {
    EXPECT_FALSE(e.source.code.starts_with("VNM")) << e.code << " " << e.source.code;
    china_accuses |= e.code.starts_with("11") && e.source.code.starts_with("CHN") &&
                     e.target.code.starts_with("VNM");
  }
  EXPECT_TRUE(china_accuses);
}

// Regression: "Islamic State (IS) militants" and "Democratic Republic of
// Congo (DR Congo) forces" were split at the brackets, so the role noun took
// a country from context; a short name restated in brackets is passed over.
TEST(WireFormsTest, BracketedShortNameInsideAnActor) {
  Article a = CodeText(
      "Dozens of Islamic State (IS) militants crossed into Iraq. Uganda and Democratic Republic "
      "of Congo (DR Congo) forces shelled rebel camps.",
      "2024-04-30");
  bool is = false, congo = false;
  for (const ActorMention& m : a.actors) {
    is |= m.code.starts_with("IMGMOS") && a.Span(m.begin, m.end).ends_with("militants");
    congo |= m.code == "CODMIL";
  }
  EXPECT_TRUE(is);
  EXPECT_TRUE(congo);
}

// Regression: "twin bomb blasts in Kampala" coded a bombing of Uganda
// ("bomb +") and a verbal attack ("blast +", criticise): both words are
// nouns of a compound.
TEST(WireFormsTest, BombBlastsAreNouns) {
  Article a = CodeText(
      "The ADF is a rebel group that carried out the twin bomb blasts in the Ugandan capital "
      "Kampala.",
      "2021-11-30");
  for (const Event& e : a.events) {
    EXPECT_NE(e.pattern.find("bomb +"), 0u) << e.pattern;
    EXPECT_FALSE(e.code.starts_with("11")) << e.code << " " << e.pattern;
  }
}

// Regression: in "The West African country and its allies Burkina Faso and
// Niger recalled their ambassadors" the description was no actor (a
// country noun before "and"), "its allies" ended the list, and after "Mali's
// army" no country named bare was there for the description to take up.
TEST(WireFormsTest, DescriptionAndItsAlliesInAList) {
  Article a = CodeText(
      "Mali's army said its drone was shot down. The West African country and its allies Burkina "
      "Faso and Niger recalled their ambassadors from Algeria.",
      "2025-04-07");
  EXPECT_TRUE(HasEvent(a, "161", "MLIGOV", "DZAGOV"));
  EXPECT_TRUE(HasEvent(a, "161", "BFAGOV", "DZAGOV"));
  EXPECT_TRUE(HasEvent(a, "161", "NERGOV", "DZAGOV"));
}

// Regression: a conflict's toll ("an insurgency in the mountainous north
// that has killed about 30,000 people") was coded as the main subject's
// killing of civilians.
TEST(WireFormsTest, TollOfAConflictIsNoAct) {
  Article a = CodeText(
      "The rebels have waged an insurgency in the mountainous north that has killed about 30,000 "
      "people. The clashes, which have killed 12 soldiers, spread on Monday.",
      "2024-05-01");
  for (const Event& e : a.events) {
    EXPECT_FALSE(e.code.starts_with("18") || e.code.starts_with("19")) << e.pattern;
  }
  Article b = CodeText("Al-Shabaab fighters attacked a Kenyan army convoy that was carrying fuel.",
                       "2024-05-01");
  bool force = false;
  for (const Event& e : b.events) force |= e.code.starts_with("18") || e.code.starts_with("19");
  EXPECT_TRUE(force);
}

// Regression: "X and his Afghan counterpart, Amir Khan Muttaqi, held talks"
// coded nothing (the name set off by commas broke the pattern), and "X and
// his South Korean counterpart agreed to cooperate over North Korean
// affairs" took South Korea alone as the subject and North Korea as the
// partner.
TEST(WireFormsTest, CounterpartWithANameInApposition) {
  Article a = CodeText(
      "Pakistani Foreign Minister Ishaq Dar and his Afghan counterpart, Amir Khan Muttaqi, held "
      "talks in Kabul.",
      "2024-12-19");
  EXPECT_TRUE(HasEvent(a, "04", "PAKGOV", "AFGGOV"));
  Article b = CodeText(
      "Japanese Prime Minister Shigeru Ishiba and his South Korean counterpart, Han Duk-soo, "
      "agreed Thursday to cooperate over North Korean affairs.",
      "2024-12-19");
  EXPECT_TRUE(HasEvent(b, "03", "JPNGOV", "KORGOV"));
  for (const Event& e : b.events) EXPECT_NE(e.target.code.substr(0, 3), "PRK") << e.pattern;
}

// Regression: "Egypt and Jordan discussed the war in Gaza" coded nothing
// ("discuss" needed "with"); a single subject still names no partner.
TEST(WireFormsTest, CoordinatedPartiesDiscuss) {
  Article a = CodeText("Egypt and Jordan discussed the war in Gaza on Sunday.", "2024-12-19");
  EXPECT_TRUE(HasEvent(a, "040", "EGYGOV", "JORGOV"));
  Article b = CodeText("Abdel Fattah al-Sisi discussed the war in Gaza on Sunday.", "2024-12-19");
  for (const Event& e : b.events) EXPECT_FALSE(e.code.starts_with("04")) << e.pattern;
}

// Regression: a call named by the sentence's first words ("In a phone
// call with X, Y discussed ...") found no source: the subject after the
// opening phrase was only looked for when the phrase began before the
// trigger.
TEST(WireFormsTest, CallNamedByTheOpeningWords) {
  Article a = CodeText(
      "In a phone call with French President Emmanuel Macron, Saudi Crown Prince Mohammed bin "
      "Salman discussed regional security.",
      "2024-12-19");
  EXPECT_TRUE(HasEvent(a, "041", "SAUGOV", "FRAGOV"));
}

// Regression: an act or claim named by a word of disapproval outside the
// enumerated nouns ("described the allegations by Canada as absurd",
// "considers Benin's declaration wholly unwarranted") and "insulted" coded
// nothing.
TEST(WireFormsTest, ActsNamedByWordsOfDisapproval) {
  Article a =
      CodeText("India on Tuesday described the allegations by Canada as absurd.", "2023-09-19");
  EXPECT_TRUE(HasEvent(a, "111", "INDGOV", "CANGOV"));
  Article b = CodeText("The EU considers Benin's declaration wholly unwarranted.", "2023-09-19");
  EXPECT_TRUE(HasEvent(b, "111", "IGOEUR", "BENGOV"));
  Article c =
      CodeText("Argentina's President Javier Milei has insulted Brazil's president.", "2024-06-19");
  EXPECT_TRUE(HasEvent(c, "111", "ARGGOV", "BRAGOV"));
}

// Regression: "A suicide bomber killed 15 people" matched "suicide bomber
// kill" and was dropped: the doer named inside the trigger was looked for
// only before it.
TEST(WireFormsTest, DoerNamedByTheTrigger) {
  Article a = CodeText("A suicide bomber killed 15 people at a market in Mogadishu.", "2024-12-19");
  EXPECT_TRUE(HasEvent(a, "183", "SOMREB", "SOMCVL"));
}

// Regression: "agreed to sell fighter jets to Turkey" coded nothing: the
// role compound "fighter jets" was an actor and hid the pattern's "jet";
// "revoked a defence agreement with the United States" had no pattern.
TEST(WireFormsTest, RoleCompoundsAndRevokedAgreements) {
  Article a =
      CodeText("The United States has agreed to sell fighter jets to Turkey.", "2024-12-19");
  EXPECT_TRUE(HasEvent(a, "0332", "USAGOV", "TURGOV"));
  Article b =
      CodeText("Niger's military government revoked a defence agreement with the United States.",
               "2024-03-17");
  EXPECT_TRUE(HasEvent(b, "160", "NERGOV", "USAGOV"));
}

// Regression: the noun in "protests against a finance bill" was read as
// the verb "finance" (071, economic aid).
TEST(WireFormsTest, FinanceAsANounIsNoAid) {
  Article a = CodeText(
      "Kenyan police fired tear gas at protesters marching against a finance bill in Nairobi.",
      "2024-06-25");
  for (const Event& e : a.events) EXPECT_FALSE(e.code.starts_with("07")) << e.pattern;
}

// Regression: "Putin and Xi Jinping held a video call" and "Ethiopia and
// Egypt are negotiating" coded nothing; "allegations in documents
// released by the WikiLeaks website" was coded as a release of people by
// the sentence's subject.
TEST(WireFormsTest, VideoCallsNegotiationsAndReleasedDocuments) {
  Article a = CodeText(
      "Vladimir Putin and Xi Jinping held a video call on Monday. Ethiopia and Egypt are "
      "negotiating over the Nile dam.",
      "2024-12-19");
  EXPECT_TRUE(HasEvent(a, "041", "RUSGOV", "CHNGOV"));
  EXPECT_TRUE(HasEvent(a, "046", "ETHGOV", "EGYGOV"));
  Article b = CodeText(
      "Ecuador expelled the U.S. ambassador over allegations in confidential documents released "
      "by the WikiLeaks website.",
      "2011-04-07");
  for (const Event& e : b.events) EXPECT_FALSE(e.code.starts_with("084")) << e.pattern;
}

// Regression: in "... a pact between China and the Solomon Islands, the
// White House said" the speaker after the comma was taken into the list
// of targets.
TEST(WireFormsTest, TrailingSpeakerEndsAList) {
  Article a = CodeText(
      "Japan and Australia are concerned by a security pact between China and the Solomon "
      "Islands, the White House said.",
      "2022-04-19");
  EXPECT_TRUE(HasEvent(a, "012", "JPNGOV", "SLBGOV"));
  for (const Event& e : a.events) EXPECT_FALSE(e.target.code.starts_with("USA")) << e.pattern;
}

// Regression: in "announced by Malaysian Prime Minister Anwar Ibrahim, the
// current chair of ASEAN, who mediated talks between ..." the relative
// clause was given to ASEAN, the last actor before "who".
TEST(WireFormsTest, RelativeClauseAfterAnApposition) {
  Article a = CodeText(
      "The ceasefire was announced by Malaysian Prime Minister Anwar Ibrahim, the current chair "
      "of ASEAN, who mediated talks between Cambodia and Thailand.",
      "2025-07-29");
  EXPECT_TRUE(HasEvent(a, "045", "MYSGOV", "KHMGOV"));
  for (const Event& e : a.events) EXPECT_NE(e.source.code, "IGOASN") << e.pattern;
}

// Regression: "rescued" was humanitarian aid (073) whoever rescued whom:
// commandos freeing hostages from militants, guards crossing a border to
// rescue fishermen (8 of 10 such codings across the batches were wrong).
TEST(WireFormsTest, RescueIsNoAid) {
  Article a = CodeText(
      "French commandos rescued two South Korean hostages from Burkinabe militants.", "2019-05-10");
  for (const Event& e : a.events) EXPECT_FALSE(e.code.starts_with("07")) << e.pattern;
}

// Regression: "oppose" coded disapproval (110) in relative clauses and
// votes ("the status, which Thailand opposed"); only a stated, strong
// opposition is.
TEST(WireFormsTest, OpposedOnlyWhenStronglyStated) {
  Article a = CodeText(
      "Cambodia won heritage status for the temple, which Thailand opposed on the grounds that "
      "the land was never demarcated.",
      "2011-02-07");
  for (const Event& e : a.events) EXPECT_FALSE(e.code.starts_with("11")) << e.pattern;
  Article b = CodeText("China strongly opposes Japan's plan to release the water.", "2023-06-07");
  EXPECT_TRUE(HasEvent(b, "110", "CHNGOV", "JPNGOV"));
}

// Regression: force only supposed was coded as done: "Israel will respond
// if Iran attacks Israel" (an Iranian attack), "a potential attack from
// Turkey".
TEST(WireFormsTest, SupposedForceIsNoAct) {
  Article a = CodeText(
      "Israeli Foreign Minister Israel Katz said Israel will respond if Iran attacks Israel. "
      "Greece says it must defend the islands against a potential attack from Turkey.",
      "2024-04-17");
  for (const Event& e : a.events) {
    EXPECT_FALSE(e.code.starts_with("19") || e.code.starts_with("18")) << e.pattern;
  }
}

}  // namespace
}  // namespace dyad
