// How a quote's speaker is named: a country before a comma is no name, a
// name given in the attribution after a quotation of several sentences is
// the speaker's, and a person called by another word of their name is
// named in full. And reported clauses a bare "said" opens.
#include <gtest/gtest.h>

#include "testing/test_pipeline.h"

namespace dyad {
namespace {

// Regression: "... in Burkina Faso, France's military said" named the
// speaker "Burkina Faso", as if the country were a person's name before a
// role ("Heather Nauert, spokesperson for the State Department, said").
TEST(SpeakerNamesTest, CountryBeforeTheCommaIsNoName) {
  Article a = CodeText(
      "Commandos freed four hostages from a militant group in Burkina Faso, France's military "
      "said.");
  const Quote* q = QuoteWith(a, "Commandos freed");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "France's military");
  EXPECT_EQ(q->speaker_code, "FRAMIL");
  Article b =
      CodeText("Lena Park, spokesperson for the State Department, said the talks went well.");
  const Quote* p = QuoteWith(b, "talks went well");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->speaker_name, "Lena Park");
}

// Regression: a name given after a quotation of two sentences ("said the
// resident who asked to be identified as Rabe") was looked for in its
// first sentence only.
TEST(SpeakerNamesTest, NameGivenAfterALongQuotation) {
  Article a = CodeText(
      "Gunmen raided the village. \"They took away 52 people. Our district head was among "
      "them,\" said the resident who asked to be identified as Rabe.");
  const Quote* q = QuoteWith(a, "took away 52");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "Rabe");
}

// Regression: "Tchiroma said", for Issa Tchiroma Bakary introduced before,
// stayed an unknown speaker: only the last word of a name was looked up.
TEST(SpeakerNamesTest, PersonCalledByAnotherWordOfTheName) {
  Article a = CodeText(
      "Cameroon's government spokesman Issa Tchiroma Bakary said the hostages were freed. The "
      "tourists were taken to a hospital, Tchiroma said.");
  const Quote* q = QuoteWith(a, "taken to a hospital");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "Issa Tchiroma Bakary");
  EXPECT_EQ(q->speaker_code, "CMRGOV");
}

// Regression: "Hasina's press secretary Nayeemul Islam Khan told AFP. He
// added ..." gave the added words to Sheikh Hasina, the better-known
// person coreference chose for "He".
TEST(SpeakerNamesTest, PronounAfterAQuotedPersonIsThatPerson) {
  Article a = CodeText(
      "Prime Minister Sheikh Hasina imposed a curfew. \"The army will deploy,\" Hasina's press "
      "secretary Nayeemul Islam Khan told AFP. He added that the curfew would take immediate "
      "effect.");
  const Quote* q = QuoteWith(a, "curfew would take");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "Nayeemul Islam Khan");
}

// Regression: "said one man died", "said another of the strikes hit":
// a clause opened by "one" or "another", or whose verb is a short past
// tense ("died"), was not taken for reported words.
TEST(SpeakerNamesTest, BareClauseOpenedByAQuantity) {
  Article a = CodeText("Russian officials said one man died of heart failure.");
  const Quote* q = QuoteWith(a, "one man died");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, QuoteKind::kIndirect);
  Article b = CodeText("The army said another of the strikes hit a depot near the border.");
  EXPECT_NE(QuoteWith(b, "another of the strikes"), nullptr);
  Article c = CodeText("Officials said local militias fled the town.");
  EXPECT_NE(QuoteWith(c, "local militias fled"), nullptr);
}

// Regression: "..., Governor Ana Lind said on the Telegram messaging app."
// took "the Telegram messaging app" for the reported words; the words are
// the clause before the comma.
TEST(SpeakerNamesTest, MediumAfterTheSpeechVerbIsNoClause) {
  Article a = CodeText(
      "The fire was soon put out and there were no casualties, Governor Ana Lind said on the "
      "Telegram messaging app.");
  const Quote* q = QuoteWith(a, "fire was soon put out");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "Ana Lind");
  EXPECT_EQ(QuoteWith(a, "Telegram"), nullptr);
}

// Regressions: denials and pledges with "that" report words; "saying in
// a statement" and scare quotes opening the clause hid the clause.
TEST(SpeakerNamesTest, DenialsPledgesAndStatementsReportWords) {
  Article a = CodeText("Belarus denied that its forces had fired any shots.");
  EXPECT_NE(QuoteWith(a, "its forces had fired"), nullptr);
  Article b = CodeText("The minister pledged that aid will reach the flood victims this week.");
  EXPECT_NE(QuoteWith(b, "aid will reach"), nullptr);
  Article c = CodeText(
      "Kenya's president praised the envoys, saying in an interview the truce would hold.");
  EXPECT_NE(QuoteWith(c, "truce would hold"), nullptr);
  Article d = CodeText("Chad has said \"dozens of\" troops were hurt in the raid.");
  EXPECT_NE(QuoteWith(d, "troops were hurt"), nullptr);
}

// Regression: "In his first meeting inside Libya, Kobler stressed that"
// took Libya for the speaker: a lone unknown name right before the verb
// is the speaker (here the UN envoy named in full before).
TEST(SpeakerNamesTest, LoneNameBeforeTheVerbAfterAComma) {
  Article a = CodeText(
      "UN envoy Martin Kobler arrived in Tripoli. In his first meeting inside Libya, Kobler "
      "stressed that he would carry on the talks.");
  const Quote* q = QuoteWith(a, "carry on the talks");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "Martin Kobler");  // The person's fullest name.
  EXPECT_EQ(q->speaker_code, "IGOUNO");
  // A name nobody introduced stays as written.
  Article b = CodeText(
      "Talks resumed in Tripoli. In his first meeting inside Libya, Haddadi stressed that he "
      "would carry on the talks.");
  const Quote* p = QuoteWith(b, "carry on the talks");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->speaker_name, "Haddadi");
}

// A relative clause after a comma ("..., which Moscow has denied") names
// no speaker of the clause before it.
TEST(SpeakerNamesTest, RelativeClauseIsNoTrailingAttribution) {
  Article a = CodeText(
      "Prosecutors charged four men over the downing of the airliner, which Vladimir Putin has "
      "denied.");
  EXPECT_EQ(QuoteWith(a, "Prosecutors charged"), nullptr);
}

// Regression: "CLAUSE, the governor of the province, Harouna Belemkoa,
// earlier told AFP" gave the clause and the role as reported words with no
// speaker; the name between the last two commas speaks, and the role before
// it is no part of the words.
TEST(SpeakerNamesTest, RoleAndNameAfterTheClause) {
  Article a = CodeText(
      "Gunmen attacked the army base near the border, the governor of the province, Harouna "
      "Belemkoa, earlier told AFP by phone.");
  const Quote* q = QuoteWith(a, "Gunmen attacked");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "Harouna Belemkoa");
  EXPECT_EQ(a.Span(q->begin, q->end), "Gunmen attacked the army base near the border");
  Article b = CodeText("Gunmen attacked the base, Mali's army chief, Harouna Belemkoa, said.");
  const Quote* p = QuoteWith(b, "Gunmen attacked");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(b.Span(p->begin, p->end), "Gunmen attacked the base");
  EXPECT_EQ(p->speaker_code, "MLIMIL");
}

// Regressions: a name given inside the reported words ("said that an
// American identified as John Doe had been detained") was taken for the
// speaker's; "announced an arrest" was read as a reported clause; and a
// role of two words in apposition ("Ali Omar, inspector general of the
// police, told") hid the name before it.
TEST(SpeakerNamesTest, NamesAndClausesInsideOrAfterTheVerb) {
  Article a = CodeText(
      "Russia's security agency issued a statement on Monday. The statement said that an "
      "American identified as John Doe had been taken into custody.");
  const Quote* q = QuoteWith(a, "American identified");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(q->speaker_name, "John Doe");
  Article b = CodeText("Russia's security agency announced an arrest on Monday.");
  EXPECT_EQ(QuoteWith(b, "an arrest"), nullptr);
  Article c = CodeText("The ministry announced the talks would resume in May.");
  EXPECT_NE(QuoteWith(c, "talks would resume"), nullptr);
  Article d = CodeText(
      "Ali Omar, inspector general of the Kenyan police, told reporters that six people were "
      "missing.");
  const Quote* p = QuoteWith(d, "six people were missing");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->speaker_name, "Ali Omar");
}

// Regression: reported words in the trailing form began with the story's
// dateline ("TEHRAN, July 31 (dyad wire) - Hamas ... , the Guards said").
TEST(SpeakerNamesTest, ReportedWordsStartAfterTheDateline) {
  Article a = CodeText(
      "KAMPALA, July 31 (dyad wire) - Rebels attacked a border post overnight, the Ugandan army "
      "said.");
  const Quote* q = QuoteWith(a, "Rebels attacked");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(a.Span(q->begin, q->end), "Rebels attacked a border post overnight");
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// Regression: "But Padrino insisted that ..." had no speaker; the
// sentence's opening "But" was read as the first word of a name.
TEST(SpeakerNamesTest, ConnectiveOpeningTheSentenceIsNoName) {
  Article a = CodeText(
      "Venezuelan Defence Minister Vladimir Padrino Lopez spoke in Caracas on Friday. But "
      "Padrino insisted that his soldiers had stayed on their own side of the river.",
      "2021-03-27");
  const Quote* q = QuoteWith(a, "soldiers had stayed");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "Vladimir Padrino Lopez");
  for (const ActorMention& m : a.actors) EXPECT_FALSE(m.name.starts_with("But")) << m.name;
}

// Regression: "\"...,\" the top US diplomat said" right after John Kerry was
// quoted was named "US diplomat"; a description of the same country taking
// up the person just quoted is that person.
TEST(SpeakerNamesTest, DescriptionTakesUpThePersonJustQuoted) {
  Article a = CodeText(
      "US Secretary of State John Kerry met Iran's foreign minister in Lausanne. Kerry told "
      "reporters on Friday that the gaps had narrowed. \"We are not there yet,\" the top US "
      "diplomat said.",
      "2015-03-20");
  const Quote* q = QuoteWith(a, "not there yet");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "John Kerry");
}

// Regression: "\"...,\" said his lawyer Ana Kato." had no speaker: a name
// the dictionaries lack after lower-case words of its role.
TEST(SpeakerNamesTest, NameAfterPossessedRoleWords) {
  Article a = CodeText(
      "The opposition leader was charged on Monday. \"Police told us today that he was "
      "charged in Gulu,\" said his lawyer Ana Kato.");
  const Quote* q = QuoteWith(a, "Police told us");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "Ana Kato");
}

// Regression: "But he later announced that ..." went to the person named
// last (in "talks with Ruto's representatives"), not to the subject of the
// sentence before; a connective does not stop a pronoun opening its
// sentence.
TEST(SpeakerNamesTest, PronounAfterConnectiveIsThePreviousSubject) {
  Article a = CodeText(
      "Kenyan opposition leader Raila Odinga met President William Ruto in March. Odinga called "
      "off the marches in April, agreeing to talks with Ruto's envoys. But he later announced "
      "that the marches would start again.",
      "2023-05-07");
  const Quote* q = QuoteWith(a, "marches would start again");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "Raila Odinga");
}

// Regression: in "Ranil Wickremesinghe, in 2015, before Narendra Modi's
// visit to the island, had indicated that ...", the speaker was Modi, and
// so was the "he" of the quotation after it. Adverbials set off by commas
// are passed over, and a "he" right after a person was quoted is that
// person.
TEST(SpeakerNamesTest, AdverbialAsideAndTheHeThatFollows) {
  Article a = CodeText(
      "Sri Lankan Prime Minister Ranil Wickremesinghe, in 2015, before Indian Prime Minister "
      "Narendra Modi's trip to the island, had indicated on television that trespassing crews "
      "could face gunfire. \"Anyone who breaks into my home can be stopped,\" he had said.",
      "2023-05-07");
  const Quote* q = QuoteWith(a, "trespassing crews");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "Ranil Wickremesinghe");
  const Quote* p = QuoteWith(a, "breaks into my home");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->speaker_name, "Ranil Wickremesinghe");
}

// Regression: in "a move his supporters denounced as a \"grave
// violation\"" the quoted words went to the security forces named earlier
// in the sentence; the subject of the naming verb says them.
TEST(SpeakerNamesTest, WordsADescribedActNamedBy) {
  Article a = CodeText(
      "Police held four aides of the former vice president on Monday, a step his allies "
      "denounced as a \"flagrant breach\" of the accord.",
      "2025-03-27");
  const Quote* q = QuoteWith(a, "flagrant breach");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "his allies");
}

// Regression: "quoted Brig. Gen. Yehia Rasool as saying" named the
// speaker "Gen"; stacked ranks are titles, not the name.
TEST(SpeakerNamesTest, StackedRanksBeforeAName) {
  Article a = CodeText(
      "A local paper quoted Brig. Gen. Omar Saleh as saying that the jets had hit three camps.");
  const Quote* q = QuoteWith(a, "jets had hit");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "Omar Saleh");
}

// Regression: "Turkey fired into Syria after saying one of its soldiers was
// killed" gave the words to Syria; the participle after "after" speaks
// for the main clause's subject.
TEST(SpeakerNamesTest, ParticipleAfterAfterSpeaksForTheSubject) {
  Article a = CodeText(
      "Armenia shelled Azerbaijani posts on Monday after saying two of its guards were wounded.");
  const Quote* q = QuoteWith(a, "two of its guards");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_code.substr(0, 3), "ARM");
}

// Regression: a role and an unknown place before the name ("a local
// commander in Khost, Mawlawi Ahmad Nuri, said") left the role as the
// speaker; "the joint secretary said" after "Ram Thapa, Nepal's joint
// secretary of ...," was no one.
TEST(SpeakerNamesTest, NamesAroundRolesAndUnknownPlaces) {
  Article a = CodeText(
      "A local Taliban commander in Khost, Mawlawi Ahmad Nuri, said two villages were bombed.");
  const Quote* q = QuoteWith(a, "two villages were bombed");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "Mawlawi Ahmad Nuri");
  Article b = CodeText(
      "Ram Thapa, Nepal's joint secretary of the Home Ministry, met the rescuers at the airport. "
      "The joint secretary said his office would help the teams.");
  const Quote* p = QuoteWith(b, "his office would help");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->speaker_name, "Ram Thapa");
}

// Regression: "said Haleema, who runs a bakery" and "said Osei, head of the
// traders' union" left the quotation without a speaker: an unknown name
// after the verb had to be two words long. A weekday there is no name.
TEST(SpeakerNamesTest, OneWordNameAfterTheVerb) {
  Article a = CodeText(
      "\"Our ovens stood cold for a week,\" said Haleema, who runs a bakery near the port. "
      "\"Prices doubled overnight,\" said Osei, head of the traders' union.");
  const Quote* q = QuoteWith(a, "ovens stood cold");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "Haleema");
  const Quote* p = QuoteWith(a, "Prices doubled");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->speaker_name, "Osei");
  Article b = CodeText("\"The roads are shut,\" said Tuesday's bulletin from the port authority.");
  const Quote* r = QuoteWith(b, "roads are shut");
  ASSERT_NE(r, nullptr);
  EXPECT_NE(r->speaker_name, "Tuesday");
}

// Regression: "said mediator Ana Ruiz, a former judge" and "said one
// farmer, Tomas Ek." named nobody: a role after the verb had to open on
// "the" or a possessive.
TEST(SpeakerNamesTest, RoleWordsWithoutArticleBeforeTheName) {
  Article a = CodeText(
      "\"Both sides have given ground,\" said mediator Ana Ruiz, a former judge. \"The river "
      "took our fields,\" said one farmer, Tomas Ek.");
  const Quote* q = QuoteWith(a, "given ground");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "Ana Ruiz");
  const Quote* p = QuoteWith(a, "river took");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->speaker_name, "Tomas Ek");
}

// Regression: "\"...,\" the joint communique read." and "\"...,\" the
// marchers chanted." fell to the speaker quoted before: only verbs that
// also report a clause attributed a quotation.
TEST(SpeakerNamesTest, VerbsThatOnlyIntroduceQuotations) {
  Article a = CodeText(
      "\"We will hold a vote,\" Ana Ruiz said. \"The parties remain apart,\" the joint "
      "communique read. \"Bread and work,\" the marchers chanted.");
  const Quote* q = QuoteWith(a, "parties remain apart");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "the joint communique");
  const Quote* p = QuoteWith(a, "Bread and work");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->speaker_name, "the marchers");
}

// Regression: a speaker that is only a noun phrase went unnamed when it
// held a possessive or followed the verb ("A statement from the prime
// minister's office said", "\"...,\" said a statement from the cabinet.")
// or opened on a capitalised "Informed".
TEST(SpeakerNamesTest, NounPhraseSpeakers) {
  Article a = CodeText(
      "A statement from the prime minister's office said the talks would resume in May. \"Calm "
      "has returned to the valley,\" said a statement from the cabinet. Informed sources said "
      "the envoy would travel on Friday.");
  const Quote* q = QuoteWith(a, "talks would resume");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "A statement from the prime minister's office");
  const Quote* p = QuoteWith(a, "Calm has returned");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->speaker_name, "a statement from the cabinet");
  const Quote* r = QuoteWith(a, "envoy would travel");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->speaker_name, "Informed sources");
}

// Regression: "the press service said" named nobody: "press" counted as a
// word of the occasion ("told a press conference") and ended the phrase.
TEST(SpeakerNamesTest, PressServiceIsASpeaker) {
  Article a = CodeText("\"The suspects were detained on Monday,\" the press service said.");
  const Quote* q = QuoteWith(a, "suspects were detained");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "the press service");
}

// Regression: "\"...,\" it said." two sentences after "the department said
// in a statement" named nobody: an unattributed quotation continued only a
// speaker of the sentence before.
TEST(SpeakerNamesTest, ItSaidReachesTheSpeakerTwoSentencesBack) {
  Article a = CodeText(
      "The sanctions are imposed under an executive order, the department said in a statement. It "
      "named the three officials. \"These individuals have undermined the peace,\" it said.");
  const Quote* q = QuoteWith(a, "These individuals");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "the department");
}

// Regressions: "Zamfara state police spokesman Mohammed Shehu said" took
// "state" for the speech verb and "Zamfara" for the speaker; an opening
// participle after "While" spoke for "While"; a possessive ended a
// speaker's words ("Iraqi Kurdistan´s counter-terrorism services", with an
// acute accent for the apostrophe), though a document still speaks for its
// owner ("FARC's statement said").
TEST(SpeakerNamesTest, StateNounsOpeningParticiplesAndPossessives) {
  Article a = CodeText(
      "\"A rescue operation is underway,\" Zamfara state police spokesman Mohammed Shehu said. "
      "While acknowledging the need for a response, Amnesty International insisted that the "
      "strikes were reckless. \"Five militants were killed,\" Iraqi Kurdistan\u00b4s "
      "counter-terrorism services said. The clash followed an attack by government troops, the "
      "FARC's statement said.");
  const Quote* q = QuoteWith(a, "rescue operation");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "Mohammed Shehu");
  const Quote* p = QuoteWith(a, "strikes were reckless");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->speaker_name, "Amnesty International");
  const Quote* r = QuoteWith(a, "Five militants");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->speaker_name, "Iraqi Kurdistan\u00b4s counter-terrorism services");
  const Quote* d = QuoteWith(a, "clash followed");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker_name, "FARC");
}

// Regression: "Algeria called Morocco's decision unjustified but said it
// would keep its diplomats" gave the words after "but said" to Morocco:
// only "and" joined the verb to the subject's clause.
TEST(SpeakerNamesTest, VerbAfterButSharesTheSubject) {
  Article a = CodeText(
      "Algeria called Morocco's decision unjustified but said it would keep its diplomats there.");
  const Quote* q = QuoteWith(a, "keep its diplomats");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "Algeria");
}

// Regressions: "A security source who asked not to be named said", "The
// Azimio La Umoja (Declaration of Unity) coalition said", "The report says"
// and "\"...\" according to a statement from the White House." named no
// speaker; "according to" after words a speaker reports still relays them.
TEST(SpeakerNamesTest, RelativeClausesBracketsReportsAndAccordingTo) {
  Article a = CodeText(
      "A security source who asked not to be named said the attackers fled on motorbikes. The "
      "Azimio La Umoja (Declaration of Unity) coalition said the protests would resume. The report "
      "says there has been looting in the north. \"We will keep our commitments,\" according to "
      "a statement from the White House. The EU said the general was listed because \"he "
      "commanded the drills in Crimea,\" according to AP.");
  const Quote* q = QuoteWith(a, "attackers fled");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "A security source");
  const Quote* p = QuoteWith(a, "protests would resume");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->speaker_name, "The Azimio La Umoja (Declaration of Unity) coalition");
  const Quote* r = QuoteWith(a, "there has been looting");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->speaker_name, "The report");
  const Quote* d = QuoteWith(a, "keep our commitments");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker_name, "a statement from the White House");
  const Quote* e = QuoteWith(a, "commanded the drills");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->speaker_name, "AP");
}

}  // namespace
}  // namespace dyad
