// Tests of the roles the coder implies where the text names none: the
// government whose power is seized, the opposition whose rallies are
// banned, the author of an act judged.
#include <gtest/gtest.h>

#include "testing/test_pipeline.h"

namespace dyad {
namespace {

// A coup names no target: the power taken is the government's, and the
// soldiers "in Niger" are Niger's, though France is named first.
TEST(ImpliedRolesTest, SeizedPowerIsTakenFromTheGovernment) {
  Article a = CodeText(
      "France condemned the events in Niamey, and French President Emmanuel Macron called for "
      "calm. Soldiers in Niger seized power on Wednesday.",
      "2023-07-28");
  EXPECT_TRUE(HasEvent(a, "172", "NERMIL", "NERGOV"));
}

// Power "taken" by soldiers is a coup; by a civilian, an office taken up.
TEST(ImpliedRolesTest, PowerTakenBySoldiersNotByASenator) {
  Article coup = CodeText("Chad's army took power after the president was killed.", "2021-04-20");
  EXPECT_TRUE(HasEvent(coup, "172", "TCDMIL", "TCDGOV"));
  Article office =
      CodeText("Bolivian senator Maria Rojas took power in La Paz on Tuesday.", "2019-11-13");
  EXPECT_FALSE(HasEvent(office, "172", "BOLLEG", "BOLGOV"));
  for (const Event& e : office.events) EXPECT_NE(e.code, "172") << e.pattern;
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
      "Madagascar voted to remove President Andry Rajoelina from office.",
      "2025-10-14");
  EXPECT_TRUE(HasEvent(a, "172", "MDGLEG", "MDGGOV"));
}

// An official who says he will not step down rejects the opposition's
// demand that he go (1231); with no opposition in the story, no event.
TEST(ImpliedRolesTest, RefusingToResignRejectsTheOpposition) {
  Article a = CodeText(
      "Opposition parties in Peru demanded the resignation of President Dina Boluarte. "
      "Boluarte said on Friday that she would not resign.",
      "2023-01-13");
  EXPECT_TRUE(HasEvent(a, "1231", "PERGOV", "PEROPP"));
  Article alone =
      CodeText("Peruvian President Dina Boluarte said she would not resign.", "2023-01-13");
  EXPECT_TRUE(alone.events.empty());
}

// A president driven out by rebels yields to them when the story names no
// political opposition.
TEST(ImpliedRolesTest, ResignationYieldsToRebelsWithoutAnOpposition) {
  Article a = CodeText(
      "Rebels in Haiti captured two more towns on Saturday. On Sunday President Jean-Bertrand "
      "Aristide stepped down and left the country.",
      "2004-02-29");
  EXPECT_TRUE(HasEvent(a, "0831", "HTIGOV", "HTIREB"));
}

// A rally held "to denounce" someone is aimed at them, not at the
// protesters' own government.
TEST(ImpliedRolesTest, ProtestAimedAtWhatItDenounces) {
  Article a = CodeText(
      "Thousands of people rallied in Belgrade on Sunday to denounce the Croatian government.",
      "2021-08-01");
  EXPECT_TRUE(HasEvent(a, "141", "SRBCVL", "HRVGOV"));
  EXPECT_FALSE(HasEvent(a, "141", "SRBCVL", "SRBGOV"));
}

// "X will face consequences, Y said": the one who will face them is the
// target, the speaker the source.
TEST(ImpliedRolesTest, WillFaceConsequencesIsTheSpeakersThreat) {
  Article a = CodeText("Israel will face serious consequences, Iran said on Sunday.", "2024-04-14");
  EXPECT_TRUE(HasEvent(a, "130", "IRNGOV", "ISRGOV"));
  Article quoted =
      CodeText("\"Israel will pay a heavy price,\" Iran's foreign minister said.", "2024-04-14");
  EXPECT_TRUE(HasEvent(quoted, "130", "IRNGOV", "ISRGOV"));
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

// A verdict on an act ("were unjustified", "has no legal basis") is aimed
// at whoever did it: the by-agent, the owner, or the act's author coded
// before; its own diplomats are not the target.
TEST(ImpliedRolesTest, VerdictOnAnActIsAimedAtItsAuthor) {
  Article a = CodeText(
      "Saudi Arabia cut ties with Qatar on Monday. Doha's foreign ministry said on Tuesday that "
      "the steps imposed by Saudi Arabia were unjustified.",
      "2017-06-06");
  EXPECT_TRUE(HasEvent(a, "111", "QATGOV", "SAUGOV"));
  Article b = CodeText(
      "Washington expelled two Russian diplomats on Friday. Moscow said the expulsion of its "
      "diplomats had no legal basis.",
      "2024-05-11");
  EXPECT_TRUE(HasEvent(b, "111", "RUSGOV", "USAGOV"));
}

// The one who gives the verdict may be named by "according to".
TEST(ImpliedRolesTest, VerdictAccordingToASide) {
  Article a = CodeText(
      "Russia closed the Dutch consulate in St Petersburg on Monday. According to the Dutch side, "
      "the closure of the consulate had no legitimate basis.",
      "2018-04-03");
  EXPECT_TRUE(HasEvent(a, "111", "NLDGOV", "RUSGOV"));
}

TEST(ImpliedRolesTest, OwnerOfTheJudgedActIsTheTarget) {
  Article a = CodeText("Egypt hosted talks on Sunday. Qatar said Riyadh's decision was illegal.",
                       "2017-06-06");
  EXPECT_TRUE(HasEvent(a, "111", "QATGOV", "SAUGOV"));
  EXPECT_FALSE(HasEvent(a, "111", "SAUGOV", "QATGOV"));
}

TEST(ImpliedRolesTest, VerdictInAQuoteIsItsSpeakers) {
  Article a = CodeText(
      "Houthi rebels attacked two ships in the Red Sea on Sunday. \"These attacks are "
      "unacceptable,\" Britain's foreign secretary said.",
      "2024-01-15");
  EXPECT_TRUE(HasEvent(a, "111", "GBRGOV", "YEMREB"));
}

// Regression: "the killing" was pinned on the victim, the subject of "was
// killed", and the condemnation dropped as aimed at a journalist.
TEST(ImpliedRolesTest, VictimOfAPassiveIsNotThePerpetrator) {
  Article a = CodeText(
      "Riyadh said the journalist Omar Haddad was killed in a brawl at its consulate in Ankara. "
      "Germany's chancellor condemned the killing and demanded answers from Saudi Arabia.",
      "2018-10-21");
  EXPECT_TRUE(HasEvent(a, "111", "DEUGOV", "SAUGOV"));
}

// An appeal to one's own public at large is no act toward an actor; an
// appeal to another state is.
TEST(ImpliedRolesTest, AppealToOwnPublicIsNotAnEvent) {
  Article a = CodeText(
      "Somalia's president urged citizens to remain calm and called on Ethiopia to withdraw its "
      "troops.",
      "2024-01-03");
  EXPECT_FALSE(HasEvent(a, "020", "SOMGOV", "SOMCVL"));
  EXPECT_FALSE(HasEvent(a, "0252", "SOMGOV", "SOMCVL"));
  bool to_ethiopia = false;
  for (const Event& e : a.events) {
    to_ethiopia |= e.code.starts_with("02") && e.target.code.starts_with("ETH");
  }
  EXPECT_TRUE(to_ethiopia);
}

// Regression: an arrest told in the passive with a dateline ("LIMA -")
// was pinned on the dateline's state rather than the place named after
// the verb; a later passive arrest of the same person is by the same state.
TEST(ImpliedRolesTest, UnnamedJailerIsWhereTheArrestWas) {
  Article a = CodeText(
      "LIMA - Peruvian reporter Ana Quispe, who had been detained in Caracas for a year, flew "
      "home on Tuesday. She was detained in May 2023 after filming a protest.",
      "2024-05-14");
  EXPECT_TRUE(HasEvent(a, "173", "VENGOV", "PERMED"));
  for (const Event& e : a.events) {
    if (e.code == "173") EXPECT_EQ(e.source.code, "VENGOV") << e.sentence;
  }
}

// Regression: the release of a named journalist was never coded: the
// press as target was dropped as an attribution, and the active "released
// X" only coded in the passive.
TEST(ImpliedRolesTest, ReleasedJournalistIsARelease) {
  EXPECT_TRUE(
      HasEvent(CodeText("Iran released French journalist Marc Olivier on Friday.", "2023-06-09"),
               "0841", "IRNGOV", "FRAMED"));
  for (const Event& e :
       CodeText("Iran released a report on French journalists on Friday.", "2023-06-09").events) {
    EXPECT_FALSE(e.code.starts_with("08")) << e.code;
  }
}

// Regression: ", killing ten" took the subject of the sentence's main
// clause, not of the reported clause it hangs on.
TEST(ImpliedRolesTest, ParticipleSharesTheNearestClausesSubject) {
  Article a =
      CodeText("The rebels said government jets bombed their base near Goma, killing ten fighters.",
               "2024-02-11");
  bool killed_by_rebels = false;
  for (const Event& e : a.events) {
    bool killing = a.Span(e.trigger_begin, e.trigger_end) == "killing";
    if (killing) killed_by_rebels |= e.source.code.ends_with("REB");
  }
  EXPECT_FALSE(killed_by_rebels);
}

// "The chief of the UN force ... urged": the actor after "chief of
// the" stands for the whole phrase, the subject of the verb.
TEST(ImpliedRolesTest, HeadOfAnOrganisationSpeaksForIt) {
  Article a = CodeText(
      "The chief of the UN peacekeeping force in Liberia called on President Ellen Johnson Sirleaf "
      "to "
      "show restraint.",
      "2011-10-20");
  EXPECT_TRUE(HasEvent(a, "0256", "IGOUNO", "LBRGOV"));
}

// "called on all parties": the story's two sides, as "both sides" are.
TEST(ImpliedRolesTest, AllPartiesAreTheStorysPair) {
  Article a = CodeText(
      "Sudan's army clashed with the Rapid Support Forces in Khartoum on Monday. The African "
      "Union called on all parties to show restraint.",
      "2023-04-17");
  int appeals = 0;
  for (const Event& e : a.events) appeals += e.code == "0256" && e.source.code == "IGOAFR";
  EXPECT_EQ(appeals, 2);
}

// Regression: "Emirati-led airstrikes" named no actor (the compound was
// dropped), and later air strikes with no one named went uncoded.
TEST(ImpliedRolesTest, LaterAirStrikesAreByTheEarlierAttacker) {
  Article a = CodeText(
      "Nigerian-led airstrikes killed dozens of Boko Haram fighters near Lake Chad on Monday. "
      "Villagers said the warplanes launched more strikes on Boko Haram positions on Tuesday.",
      "2019-03-12");
  EXPECT_TRUE(HasEvent(a, "190", "NGAMIL", "NGAREB"));
  EXPECT_TRUE(HasEvent(a, "195", "NGAMIL", "NGAREB"));
}

// "Villagers said the jets launched strikes on border posts": the speakers
// are not the subject of a reported clause that opens on a noun of its own.
TEST(ImpliedRolesTest, SpeakerIsNotTheSubjectOfAReportedClause) {
  Article a = CodeText("Yemeni villagers said the jets launched six strikes on Saudi border posts.",
                       "2015-06-10");
  for (const Event& e : a.events) EXPECT_FALSE(e.source.code.ends_with("CVL")) << e.code;
}

// Force reported by a world body is its accusation of the attacker; force
// reported by its target's side is coded as told, with no accusation
// (hand coders read it as casualty news), and so is force a side reports
// of itself.
TEST(ImpliedRolesTest, ForceReportedByAWorldBodyOnlyIsAnAccusation) {
  Article a = CodeText(
      "The United Nations said M23 fighters attacked Congolese soldiers and displaced families "
      "near Goma.",
      "2023-02-08");
  EXPECT_TRUE(HasEvent(a, "112", "IGOUNO", "CODREB"));
  Article b = CodeText(
      "Sudan's army said Ethiopian troops attacked its soldiers near the border on Sunday.",
      "2020-12-20");
  EXPECT_TRUE(HasEvent(b, "190", "ETHMIL", "SDNMIL"));
  for (const Event& e : b.events) EXPECT_NE(e.code, "112");
  Article c = CodeText(
      "Ethiopia's army said its troops attacked Sudanese soldiers near the border.", "2020-12-20");
  for (const Event& e : c.events) EXPECT_NE(e.code, "112");
}

// Force by gangs or rebels against civilians is unconventional violence
// (180); bombs dropped on a village hit its people.
TEST(ImpliedRolesTest, NonStateForceOnCiviliansAndStruckVillages) {
  Article a =
      CodeText("Somali militants killed six Somali civilians near Baidoa on Monday.", "2023-05-02");
  EXPECT_TRUE(HasEvent(a, "180", "SOMREB", "SOMCVL"));
  Article b = CodeText(
      "Myanmar's army fought rebels in Chin State. Villagers said two jet fighters dropped "
      "four bombs on a nearby village on Tuesday.",
      "2021-09-25");
  EXPECT_TRUE(HasEvent(b, "195", "MMRMIL", "MMRCVL"));
}

// Rebels ousting a government use force (190), not an administrative
// measure (172).
TEST(ImpliedRolesTest, RebelsOustingAGovernmentUseForce) {
  Article a = CodeText("Houthi rebels ousted Yemen's government from Sanaa in 2014.", "2015-03-26");
  bool force = false;
  for (const Event& e : a.events) {
    EXPECT_NE(e.code, "172");
    force |= e.code == "190" && e.source.code == "YEMREB";
  }
  EXPECT_TRUE(force);
}

// Regression: the by-phrase after "wounded in an ambush on their patrol
// early on Friday" was out of reach: dates count no words.
TEST(ImpliedRolesTest, ByPhraseAfterADateIsTheAgent) {
  Article a = CodeText(
      "Fighting flared in the Central African Republic. Two UN peacekeepers were killed in an "
      "ambush on their patrol early on Friday by armed militiamen.",
      "2024-06-01");
  bool killed = false;
  for (const Event& e : a.events) {
    killed |= e.code.starts_with("19") && e.source.code == "CAFREB" && e.target.code == "IGOUNO";
  }
  EXPECT_TRUE(killed);
}

// Regression: "blocked since it was being run by rebels" made the rebels
// the blocking side; and a state evacuating its own villagers
// was coded as aid to them.
TEST(ImpliedRolesTest, ByPhraseOfAnotherPassiveAndOwnEvacuations) {
  Article a = CodeText(
      "Kenyan police detained the Kenyan activist Boniface Mwangi on Monday. The Kenyan "
      "activist had been detained because he was being followed by Ugandan soldiers.",
      "2024-05-16");
  for (const Event& e : a.events) EXPECT_FALSE(e.source.code.starts_with("UGA")) << e.code;
  Article b = CodeText("Thailand's army evacuated thousands of Thai villagers near the border.",
                       "2024-05-16");
  for (const Event& e : b.events) EXPECT_NE(e.code, "073");
  Article c =
      CodeText("Nigerian police rescued 30 Nigerian villagers held by bandits.", "2024-05-16");
  for (const Event& e : c.events) EXPECT_NE(e.code, "073");
}

// A speaker's words that make another actor the subject of wrongdoing
// accuse it; words that deny the wrongdoing, or name the actor after a
// preposition, do not.
TEST(ImpliedRolesTest, ReportedWrongdoingIsAnAccusation) {
  Article a = CodeText("India's army said Pakistan had violated the ceasefire 200 times this year.",
                       "2024-03-02");
  bool accused = false;  // Pakistan's state or its army, as the breach is coded.
  for (const Event& e : a.events) {
    accused |= e.code == "112" && e.source.code == "INDMIL" && e.target.code.starts_with("PAK");
  }
  EXPECT_TRUE(accused);
  Article b = CodeText(
      "India's army said the truce agreed with Pakistan in February had not been violated.",
      "2024-03-02");
  for (const Event& e : b.events) EXPECT_NE(e.code, "112");
}

// A gang's attack on no one named strikes civilians (180).
TEST(ImpliedRolesTest, GangAttackOnNoOneNamedStrikesCivilians) {
  Article a = CodeText(
      "Haitian police said a gang from Port-au-Prince launched the worst attack of the year.",
      "2024-10-05");
  EXPECT_TRUE(HasEvent(a, "180", "HTICRM", "HTICVL"));
}

// Election fraud an opposition alleges with no one named is an accusation
// of its government, beside its rejection of the results.
TEST(ImpliedRolesTest, OppositionAllegingRiggedPollsAccusesTheGovernment) {
  Article a = CodeText(
      "Malawi's main opposition party rejected the results, saying the count was fraudulent.",
      "2019-05-28");
  EXPECT_TRUE(HasEvent(a, "112", "MWIOPP", "MWIGOV"));
  EXPECT_TRUE(HasEvent(a, "120", "MWIOPP", "MWIGOV"));
}

// Forces arriving abroad on a security mission protect (074), not visit.
TEST(ImpliedRolesTest, ForcesArrivingOnAMissionProtect) {
  Article a =
      CodeText("Kenyan police arrived in Haiti on Friday to join a regional security mission.",
               "2024-06-26");
  bool protect = false;
  for (const Event& e : a.events) {
    protect |= e.code == "074" && e.source.code == "KENCOP" && e.target.code.starts_with("HTI");
    EXPECT_NE(e.code, "042");
  }
  EXPECT_TRUE(protect);
}

// A village struck by a foreign army belongs to the story's other
// country; a village captured is occupied (192), not its people harmed.
TEST(ImpliedRolesTest, StruckVillageOfTheOtherCountry) {
  Article a = CodeText("Kyiv said Russian forces shelled a village near the front on Monday.",
                       "2024-05-16");
  EXPECT_TRUE(HasEvent(a, "194", "RUSMIL", "UKRCVL"));
  Article b = CodeText("Russian forces captured the village of Nevske.", "2024-05-16");
  for (const Event& e : b.events) EXPECT_FALSE(e.target.code.ends_with("CVL")) << e.code;
}

// Regression: soldiers captured with no captor named were coded as taken
// by their own state; the foe named in the sentence, else the story's other
// country, took them (rebels abduct, 181; states arrest, 173).
TEST(ImpliedRolesTest, SoldiersAreCapturedByTheirFoe) {
  Article a =
      CodeText("The two Colombian soldiers were captured during a clash with the ELN in October.",
               "2023-11-20");
  EXPECT_TRUE(HasEvent(a, "181", "COLREB", "COLMIL"));  // Abducted by rebels.
  EXPECT_FALSE(HasEvent(a, "17", "COLGOV", "COLMIL"));
}

// Force acted out in an exercise is a show of force (150), not a blockade
// or an attack.
TEST(ImpliedRolesTest, ForceInDrillsIsAShowOfForce) {
  Article a =
      CodeText("Chinese ships and planes encircled Taiwan during drills on Monday.", "2024-05-24");
  ASSERT_FALSE(a.events.empty());
  for (const Event& e : a.events) EXPECT_EQ(e.code, "150") << e.pattern;
}

}  // namespace
}  // namespace dyad
