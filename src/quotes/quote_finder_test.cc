#include "quotes/quote_finder.h"

#include <gtest/gtest.h>

#include "testing/test_pipeline.h"

namespace dyad {
namespace {

TEST(QuoteFinderTest, AttributionAfterTheQuote) {
  Article a = CodeText(
      "\"We want peace in the region,\" Turkish Foreign Minister Hakan Fidan said.", "2024-01-10");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.Span(a.quotes[0].begin, a.quotes[0].end), "We want peace in the region,");
  EXPECT_EQ(a.quotes[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(a.quotes[0].speaker_code, "TURGOV");
}

// The speaker is named as the article names them; the dictionary's name is
// kept beside it.
TEST(QuoteFinderTest, SpeakerNamedAsWritten) {
  Article a = CodeText(
      "\"The strike hit a weapons depot,\" the Defense Department said. \"Aid reached "
      "the town,\" a World Food Programme spokeswoman said.");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Defense Department");
  EXPECT_EQ(a.quotes[0].speaker_canonical, "Pentagon");
  EXPECT_EQ(a.quotes[0].speaker_code, "USAMIL");
  // A body's spokesperson is a person named by the words, coded as the body.
  EXPECT_EQ(a.quotes[1].speaker_name, "World Food Programme spokeswoman");
}

// Regression: "Taliban officials announced" was attributed to "Taliban",
// "police sources said" to "Police", and "a resident of Kanbalu" to
// "resident".
TEST(QuoteFinderTest, SpeakerIsTheWholeNounPhrase) {
  Article a = CodeText(
      "A convoy reached Herat on time, Taliban officials announced. Police sources said the "
      "meeting was calm. A resident of Kanbalu also said that eight houses had burned down.");
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Taliban officials");
  EXPECT_EQ(a.quotes[1].speaker_name, "Police sources");
  EXPECT_EQ(a.quotes[2].speaker_name, "resident of Kanbalu");
}

TEST(QuoteFinderTest, AttributionBeforeTheQuoteAndContinuation) {
  Article a = CodeText(
      "Russian President Vladimir Putin said: \u201cThe talks were useful.\u201d "
      "\u201cWe will meet again soon.\u201d");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Vladimir Putin");
  EXPECT_EQ(a.quotes[1].speaker_name, "Vladimir Putin");
}

TEST(QuoteFinderTest, IndirectSpeechWithThat) {
  Article a =
      CodeText("Kenyan President William Ruto stressed that dialogue is the only way forward.",
               "2024-05-01");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(a.Span(a.quotes[0].begin, a.quotes[0].end), "dialogue is the only way forward");
  EXPECT_EQ(a.quotes[0].speaker_code, "KENGOV");
}

TEST(QuoteFinderTest, SingleWordScareQuotesAreNotQuotes) {
  Article a = CodeText("The ministry called the vote \"illegal\" on Monday.");
  EXPECT_TRUE(a.quotes.empty());
}

TEST(QuoteFinderTest, UnterminatedQuoteEndsAtParagraph) {
  Article a = CodeText("\"This is not over, he said\nNext paragraph here.");
  ASSERT_FALSE(a.quotes.empty());
  EXPECT_EQ(a.Span(a.quotes[0].begin, a.quotes[0].end), "This is not over, he said");
}

TEST(QuoteFinderTest, ClosingMarkWithoutOpeningQuotesFromParagraphStart) {
  Article a = CodeText(
      "Intro line.\nWe will respond. It is tit for tat,\u201d Russian Foreign "
      "Minister Sergei Lavrov said.");
  ASSERT_FALSE(a.quotes.empty());
  EXPECT_EQ(a.Span(a.quotes[0].begin, a.quotes[0].end).substr(0, 15), "We will respond");
  EXPECT_EQ(a.quotes[0].speaker_code, "RUSGOV");
}

TEST(QuoteFinderTest, NameBeforeRoleInApposition) {
  Article a = CodeText(
      "\"We condemn this attack on civilians,\" Jane Doerr, a spokesperson for "
      "the ministry, said.");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Jane Doerr");
}

TEST(QuoteFinderTest, AccordingToAndTrailingAttribution) {
  Article a = CodeText(
      "Some 38 people drowned in the floods, according to Nepali police officials.\n"
      "Seven militants were killed on Friday, the Turkish defence ministry said in a statement.");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(a.quotes[0].speaker_name, "Nepali police officials");
  EXPECT_EQ(a.Span(a.quotes[1].begin, a.quotes[1].end), "Seven militants were killed on Friday");
  EXPECT_EQ(a.quotes[1].speaker_code, "TURMIL");
}

TEST(QuoteFinderTest, InvertedAttributionWithUnknownName) {
  Article a = CodeText(
      "More than ten ships were involved, said Lin Wei, a spokesperson for the coast guard. "
      "He added that the ships had left.");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Lin Wei");
  EXPECT_EQ(a.quotes[1].speaker_name, "Lin Wei");  // "He" resolves to the new name.
}

TEST(QuoteFinderTest, ReportedClauseAfterDateAndPronoun) {
  Article a = CodeText("Iran's Revolutionary Guards said on Friday it seized a British tanker.");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.Span(a.quotes[0].begin, a.quotes[0].end), "it seized a British tanker");
  EXPECT_EQ(a.quotes[0].speaker_code, "IRNMIL");
}

// Regression: "said the strikes hit" was not reported speech (an irregular
// past the finite-verb check missed), and speakers that are no actor
// ("the sources", "witnesses") had no name.
TEST(QuoteFinderTest, ReportedClauseAfterSaidAndNounPhraseSpeakers) {
  Article a = CodeText(
      "Witnesses said the opposition activists set fire to at least ten buses. The sources "
      "said the confrontation occurred at the border.");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Witnesses");
  EXPECT_EQ(a.Span(a.quotes[0].begin, a.quotes[0].end).substr(0, 13), "the oppositio");
  EXPECT_EQ(a.quotes[1].speaker_name, "The sources");
}

// Regression: "Wang said" after "Wang Yi" was an unknown speaker "Wang"
// (family name first; a two-letter given name was never registered).
TEST(QuoteFinderTest, FamilyNameFirstResolvesToThePerson) {
  Article a = CodeText(
      "Chinese top diplomat Wang Yi said the deal was good.\n\"This shows that the issue is not "
      "the only problem,\" Wang said.",
      "2023-03-11");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[1].speaker_name, "Wang Yi");
}

// "the US envoy said" after "US envoy Eileen Donahoe": the person.
TEST(QuoteFinderTest, RoleAfterThePersonIsThePerson) {
  Article a = CodeText(
      "\"Peace needs accountability,\" said US envoy Eileen Donahoe.\nIndia's backing was very "
      "helpful, the US envoy said.",
      "2012-03-22");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[1].speaker_name, "Eileen Donahoe");
}

TEST(QuoteFinderTest, ReportedSpeechWithOccasionTrailersAndScareQuotes) {
  // The occasion between the verb and "that".
  Article a = CodeText(
      "President William Ruto said in an address to parliament that the attackers were holding "
      "hostages.",
      "2015-04-02");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.Span(a.quotes[0].begin, a.quotes[0].end).substr(0, 13), "the attackers");
  // A trailing attribution followed by another clause, scare quotes inside.
  Article b = CodeText(
      "The militias were among the \"several Iran-backed groups\" that used the sites, Kirby "
      "said, as talks resumed.",
      "2021-06-28");
  ASSERT_FALSE(b.quotes.empty());
  EXPECT_EQ(b.quotes[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(b.quotes[0].speaker_name, "Kirby");
  EXPECT_EQ(b.Span(b.quotes[0].begin, b.quotes[0].end).substr(0, 12), "The militias");
  // A relative "that" is not the clause's start.
  Article c = CodeText("The minister said the cameras had been a gesture that went too far.");
  ASSERT_EQ(c.quotes.size(), 1u);
  EXPECT_EQ(c.Span(c.quotes[0].begin, c.quotes[0].end).substr(0, 11), "the cameras");
}

// Regression: "..., Reuters reported" took a direct quote away from the
// spokesperson who said it.
TEST(QuoteFinderTest, NewsOutletOnlyRelaysTheSpeaker) {
  Article a = CodeText(
      "A defence ministry spokesperson said the convoy \u201cwas transporting election "
      "materials,\u201d Reuters reported.");
  const Quote* direct = nullptr;
  for (const Quote& q : a.quotes) {
    if (q.kind == QuoteKind::kDirect) direct = &q;
  }
  ASSERT_NE(direct, nullptr);
  EXPECT_EQ(direct->speaker_name, "A defence ministry spokesperson");
}

TEST(QuoteFinderTest, UnknownHeIsTheLastSpeaker) {
  Article a = CodeText(
      "\"The gunmen seized 19 passengers,\" Tunde Bakare-Olu, a spokesman for the state police, "
      "told reporters by phone. He said the bus had left the terminal at dawn.");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[1].speaker_name, "Tunde Bakare-Olu");
}

// An opening participle ("Noting that ...,") is an aside: the words are
// the main clause's, and so is the speaker.
TEST(QuoteFinderTest, OpeningParticipleLeavesTheWordsToTheMainVerb) {
  Article a = CodeText(
      "Kenyan President William Ruto arrived in Lusaka on Tuesday. Noting that he had "
      "studied in Zambia as a young man, Ruto said he felt at home among its people.");
  ASSERT_FALSE(a.quotes.empty());
  const Quote& q = a.quotes.back();
  EXPECT_EQ(a.Span(q.begin, q.end), "he felt at home among its people");
  EXPECT_EQ(q.speaker_code.substr(0, 3), "KEN");
}

// Regression: "States" in "the United States said" was taken for the verb
// "states", and the speaker became "the United".
TEST(QuoteFinderTest, WordOfANameIsNoSpeechVerb) {
  Article a = CodeText(
      "Before the vote, the United States said the council had given Colombo \"three years\" "
      "to act.");
  ASSERT_FALSE(a.quotes.empty());
  for (const Quote& q : a.quotes) EXPECT_EQ(q.speaker_code, "USA");
}

// A statement speaks for whoever issued it; "according to" names speakers
// that are no actors too.
TEST(QuoteFinderTest, StatementSpeaksForItsIssuer) {
  Article a = CodeText(
      "The Rwandan government said it would send troops to Mozambique. "
      "\"The contingent will support the army,\" the statement said. "
      "Three people were killed, according to residents.",
      "2021-07-09");
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.quotes[1].speaker_code, "RWAGOV");
  // Named as written, as hand coders name it; a bare "a statement" is the
  // issuer's.
  EXPECT_EQ(a.quotes[1].speaker_name, "the statement");
  EXPECT_EQ(a.quotes[2].speaker_name, "residents");
  Article b = CodeText(
      "The Rwandan government said it would send troops to Mozambique. "
      "\"The contingent will support the army,\" a statement said.",
      "2021-07-09");
  ASSERT_EQ(b.quotes.size(), 2u);
  EXPECT_EQ(b.quotes[1].speaker_code, "RWAGOV");
  EXPECT_EQ(b.quotes[1].speaker_name, b.quotes[0].speaker_name);
}

// Regression: "quoted the Kenyan army as saying" named the speaker "Kenyan
// army as".
TEST(QuoteFinderTest, QuotedAsSayingEndsTheSpeaker) {
  Article a =
      CodeText("The Daily Nation quoted the Kenyan army as saying that four fighters had died.",
               "2018-02-14");
  ASSERT_FALSE(a.quotes.empty());
  EXPECT_EQ(a.quotes[0].speaker_code, "KENMIL");
  EXPECT_EQ(a.quotes[0].speaker_name.find(" as"), std::string::npos) << a.quotes[0].speaker_name;
}

// Regression: a quote inside a sentence went to an actor of the reported
// clause ("and said Pakistan had"), to the sentence's first speaker rather
// than the nearest ("A urged ..., while B said"), or to the subject of a
// clause before a participle (", saying").
TEST(QuoteFinderTest, QuoteInsideASentenceGoesToItsOwnSpeaker) {
  Article a = CodeText(
      "Pakistan's Shehbaz Sharif described the raid as \"a hostile act\" and said Pakistan would "
      "answer. UN chief Antonio Guterres urged \"restraint\" from both sides, while US President "
      "Donald Trump said he wanted the shelling to stop \"very soon\". Supreme Leader Ali "
      "Khamenei warned that Israel must await \"a harsh reply,\" saying that it had \"crossed "
      "a red line.\"",
      "2025-06-13");
  auto speaker_of = [&](std::string_view words) -> std::string {
    for (const Quote& q : a.quotes) {
      if (a.Span(q.begin, q.end).find(words) != std::string_view::npos) return q.speaker_code;
    }
    return "none";
  };
  EXPECT_EQ(speaker_of("a hostile act"), "PAKGOV");
  EXPECT_EQ(speaker_of("very soon"), "USAGOV");
  EXPECT_EQ(speaker_of("crossed a red line"), "IRNGOV");
}

// An unknown name with a title in apposition is a speaker, and "the police
// chief" later is that person, named as written.
TEST(QuoteFinderTest, TitleInAppositionNamesTheSpeakerLater) {
  Article a = CodeText(
      "Rosa Quispe, chief of Peru's national police, said that nine suspects were held. The "
      "police chief said two more were sought.",
      "2025-06-13");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Rosa Quispe");
  EXPECT_EQ(a.quotes[0].speaker_code, "PERCOP");
  EXPECT_EQ(a.quotes[1].speaker_name, "Rosa Quispe");
}

// "said UN envoy Jane Roe": the holder of the title speaks.
TEST(QuoteFinderTest, TitleHolderAfterTheVerbSpeaks) {
  Article a = CodeText(
      "\"The gap between the two sides is still wide,\" said EU foreign policy chief Jana Rohde "
      "after "
      "the talks.",
      "2023-06-13");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Jana Rohde");
  EXPECT_EQ(a.quotes[0].speaker_code, "IGOEUR");
}

// Regression: ", adding Beijing has filed \"stern protests\"" gave
// the quote to China, the subject of the reported clause.
TEST(QuoteFinderTest, ActorAfterTheVerbWithItsOwnVerbIsNoSpeaker) {
  Article a = CodeText(
      "\"Our position is firm,\" spokesman Lu Kang told a briefing, adding Beijing has filed "
      "\"stern protests\" with Delhi.",
      "2017-06-27");
  ASSERT_FALSE(a.quotes.empty());
  for (const Quote& q : a.quotes) EXPECT_EQ(q.speaker_name, "Lu Kang");
}

// "assured ... that", "telling ... that" report speech.
TEST(QuoteFinderTest, AssuredAndTellingReportSpeech) {
  Article a = CodeText(
      "President William Ruto assured the Somali leader that Kenya would not allow attacks from "
      "its "
      "soil.",
      "2025-04-05");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(a.quotes[0].speaker_code, "KENGOV");
}

// Words quoted inside a clause with no speech verb are the clause
// subject's, or the relative clause's head's; before this they went to no
// one.
TEST(QuoteFinderTest, QuoteWithNoSpeechVerbIsTheClauseSubjects) {
  Article a = CodeText(
      "Peruvian Foreign Minister Javier Gonzalez-Olaechea accused Caracas of \"electoral "
      "fraud on a grand scale\". Officials were later called to the Foreign Ministry, which "
      "lodged a \"firm and formal protest\" with them.",
      "2024-07-30");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker_code, "PERGOV");
  EXPECT_EQ(a.quotes[1].speaker_name, "Foreign Ministry");
}

// "the spokesperson added" goes to the spokesman named in the quote before;
// "it said" after an office's statement goes to that office; a participle
// after a quote ("..., stressing Bangkok's efforts") names no speaker.
TEST(QuoteFinderTest, RoleNounPronounAndParticipleAfterQuotes) {
  Article a = CodeText(
      "The rockets targeted homes, alliance spokesman Colonel Omar Haddad said. "
      "The launch site was inside a school, the spokesperson added.\n"
      "Thai Foreign Minister Maris Sangiampongsa said, \"We will defend every inch of our "
      "land,\" stressing Bangkok's wish for calm. The shelling hit two villages, it said.",
      "2025-07-25");
  ASSERT_EQ(a.quotes.size(), 4u);
  EXPECT_EQ(a.quotes[1].speaker_name, a.quotes[0].speaker_name);
  EXPECT_NE(a.quotes[1].speaker_name, "spokesperson");
  EXPECT_EQ(a.quotes[2].speaker_code, "THAGOV");
  EXPECT_NE(a.quotes[2].speaker_name, "Bangkok");
  EXPECT_EQ(a.quotes[3].speaker_name, a.quotes[2].speaker_name);
}

// Regression: two appositions after an unknown name ("X, director of the
// Y Institute, a think tank, said") gave the organisation as speaker.
TEST(QuoteFinderTest, UnknownNameBeforeTwoAppositions) {
  Article a = CodeText(
      "Ana Ruiz, president of the Washington Center on Andean Affairs, a research group, said "
      "the vote had been peaceful.",
      "2023-02-27");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Ana Ruiz");
}

// Reported words run on past scare quotes of a few words; "vowed that"
// reports speech.
TEST(QuoteFinderTest, ReportedWordsRunPastScareQuotes) {
  Article a = CodeText(
      "Kenya's interior minister said the raid was \"a cowardly act\" and that the police had "
      "arrested three suspects. The army chief vowed that his troops would stay in the town.",
      "2024-05-02");
  bool second_clause = false, vowed = false;
  for (const Quote& q : a.quotes) {
    std::string_view text = a.Span(q.begin, q.end);
    second_clause |= q.kind == QuoteKind::kIndirect &&
                     text.find("the police had arrested") != std::string_view::npos;
    vowed |= text.starts_with("his troops would stay");
  }
  EXPECT_TRUE(second_clause);
  EXPECT_TRUE(vowed);
}

// Regressions from real stories: a passive speech verb ("were declared")
// was taken for the speaker's; "said X \"...\"" made X, the quoted
// clause's subject, the speaker; ", it added" after a quote took an actor
// before the quotation instead of the last speaker.
TEST(QuoteFinderTest, ReportedSubjectsAndPassivesAreNoSpeakers) {
  Article a = CodeText(
      "Moldova's Prime Minister Pavel Filip said on Monday that three Russian diplomats were "
      "declared persona non grata \"because of reports from the security "
      "services.\"",
      "2017-05-31");
  const Quote* q = QuoteWith(a, "because of reports");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_code, "MDAGOV");
  Article b = CodeText(
      "Serbia's defence ministry said Kosovo police \"entered the north without any warning "
      "to the mission.\" \"Police units blocked two roads near Jarinje,\" the ministry said. "
      "Kosovo police \"opened fire on civilians near the crossing,\" it added.",
      "2023-05-30");
  const Quote* entered = QuoteWith(b, "entered the north");
  ASSERT_NE(entered, nullptr);
  EXPECT_EQ(entered->speaker_code, "SRBMIL");
  const Quote* fire = QuoteWith(b, "opened fire");
  ASSERT_NE(fire, nullptr);
  EXPECT_NE(fire->speaker_code.substr(0, 3), "KSV");
  EXPECT_EQ(fire->speaker_name, "ministry");
}

// Regressions: the addressee of "urged Ortega to \"...\"" was taken for
// the speaker; "He added" after a press secretary's quote went to the
// better-known leader named in the secretary's title; "the Central
// American country" was an American actor.
TEST(QuoteFinderTest, AddresseesTitlesAndRegionsAreNoSpeakers) {
  Article a = CodeText(
      "Honduras expelled the envoy on Friday. The move came after a statement by the European "
      "Union in which it urged Managua to \"restore democracy in the Central American "
      "country.\" \"The curfew will start at noon,\" Castro's press secretary Jorge Ruiz told "
      "AFP. He added that the army would be deployed.",
      "2022-10-01");
  const Quote* urged = QuoteWith(a, "restore democracy");
  ASSERT_NE(urged, nullptr);
  EXPECT_FALSE(urged->speaker_code.starts_with("NIC"));
  EXPECT_FALSE(urged->speaker_code.starts_with("USA"));
  const Quote* added = QuoteWith(a, "the army would be deployed");
  ASSERT_NE(added, nullptr);
  EXPECT_EQ(added->speaker_name, "Jorge Ruiz");
}

// Regression: "said it was \"deeply alarmed ...\"" gave the quoted words
// but no indirect quote of the clause they end.
TEST(QuoteFinderTest, ReportedClauseRunsIntoAQuotation) {
  Article a = CodeText(
      "The UN mission in Libya said it was \"gravely worried by the shelling of homes in "
      "Tripoli\" on Tuesday.",
      "2025-05-14");
  const Quote* q = QuoteWith(a, "it was");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, QuoteKind::kIndirect);
  EXPECT_EQ(q->speaker_code, "IGOUNO");
}

// Regressions: a bracketed date after the speech verb ("said on Saturday
// (Oct 16) it was") hid the reported clause; "cited by" was taken into the
// speaker's name.
TEST(QuoteFinderTest, BracketedDatesAndCitedSources) {
  Article a = CodeText(
      "Thailand's army said on Sunday (May 5) it had closed two border crossings. A Thai "
      "official cited by the Bangkok Post said the crossings would reopen soon.",
      "2024-05-06");
  const Quote* closed = QuoteWith(a, "it had closed");
  ASSERT_NE(closed, nullptr);
  const Quote* reopen = QuoteWith(a, "would reopen");
  ASSERT_NE(reopen, nullptr);
  EXPECT_EQ(reopen->speaker_name.find("cited"), std::string::npos) << reopen->speaker_name;
}

// Regression: "Ruto, Kenya's fifth president, had said" gave the words to
// the role in the apposition, and "..., said the regional commander,
// Brigadier Ana Lopes." read the speaker's words as what was said.
TEST(QuoteFinderTest, AppositionsAroundTheSpeaker) {
  Article a = CodeText(
      "Kenya's President William Ruto spoke in Nairobi. Ruto, Kenya's fifth president, had "
      "said that police would be sent to Haiti. Gunmen attacked the station at dawn, said the "
      "regional commander, Brigadier Ana Lopes.",
      "2024-03-01");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker_name, "William Ruto");
  EXPECT_EQ(a.Span(a.quotes[1].begin, a.quotes[1].end), "Gunmen attacked the station at dawn");
  EXPECT_EQ(a.quotes[1].speaker_name, "Brigadier Ana Lopes");
}

// Regression: "the secretary-general said" took the story's country and
// no name; "the monarch said" was named by its role. Both are the person
// introduced with the office.
TEST(QuoteFinderTest, OfficeNamesThePersonWhoHoldsIt) {
  Article a = CodeText(
      "UN Secretary-General Ban Ki-moon met Jordan's King Abdullah II in Amman on Sunday. "
      "\"We must end this crisis,\" the secretary-general said. \"This is an important "
      "step,\" the monarch said.",
      "2013-02-24");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Ban Ki-moon");
  EXPECT_EQ(a.quotes[0].speaker_code, "IGOUNO");
  EXPECT_EQ(a.quotes[1].speaker_name, "King Abdullah II");
}

// A speaker the story names only as identified ("a trader who wished to be
// identified only as Musa") takes that name, and so do later quotes
// attributed to it alone; the speaker's words after the quotation are no
// reported clause.
TEST(QuoteFinderTest, SpeakerIdentifiedByAGivenName) {
  Article a = CodeText(
      "\"Armed men drove off our cattle before dawn,\" said a herder who wished to be "
      "identified only as Musa. \"We hid in the maize fields,\" Musa said. \"The shooting woke "
      "the whole street,\" a driver who identified himself as Karim told reporters.",
      "2020-06-01");
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Musa");
  EXPECT_EQ(a.quotes[1].speaker_name, "Musa");
  EXPECT_EQ(a.quotes[2].speaker_name, "Karim");
}

// Regression: adverbs, dates and participle phrases were taken into the
// speaker's name ("The statement further", "the ministry on Wednesday",
// "the coalition fighting in the south"), and a speaker with a relative
// clause lost its reported clause to the inverted form ("CLAUSE, said X").
TEST(QuoteFinderTest, SpeakerNameStopsAtAdverbsDatesAndParticiples) {
  Article a = CodeText(
      "The statement further said that the two leaders discussed trade. Border posts reopened "
      "for traffic, said the Ministry of Interior on Tuesday. The convoy team engaged "
      "in the north said on Sunday it began moving the wounded. Kenyan President William "
      "Ruto, who is on a visit to Ghana, said the talks went well.",
      "2024-05-01");
  ASSERT_EQ(a.quotes.size(), 4u);
  EXPECT_EQ(a.quotes[0].speaker_name, "The statement");
  EXPECT_EQ(a.quotes[1].speaker_name, "Ministry of Interior");
  EXPECT_EQ(a.quotes[2].speaker_name, "The convoy team");
  EXPECT_EQ(a.Span(a.quotes[3].begin, a.quotes[3].end), "the talks went well");
  EXPECT_EQ(a.quotes[3].speaker_code, "KENGOV");
}

// Regression: a speaker named with its acronym in brackets, "in a
// statement" or a ministry's statement kept those words in its name.
TEST(QuoteFinderTest, SpeakerNameWithoutAcronymStatementOrDocument) {
  Article a = CodeText(
      "\"Food reached the town,\" the International Organization for Migration (IOM) said. The "
      "IOM in a statement said the convoy was safe. \"The resolution is "
      "political,\" the Iranian Foreign Ministry statement said. A statement said the talks "
      "were useful.",
      "2024-01-01");
  ASSERT_EQ(a.quotes.size(), 4u);
  EXPECT_EQ(a.quotes[0].speaker_name, "International Organization for Migration");
  EXPECT_EQ(a.quotes[1].speaker_name, "IOM");
  EXPECT_EQ(a.quotes[2].speaker_name, "Iranian Foreign Ministry");
  EXPECT_NE(a.quotes[3].speaker_name, "A");
}

// An attribution set between commas inside the reported words ("On May 3,
// he said, 40 trucks arrived") reports the words after it; after a clause
// of its own it does not.
TEST(QuoteFinderTest, AttributionInsertedBetweenCommas) {
  Article a = CodeText(
      "Army spokesman Colonel John Brandt briefed reporters. On May 3, Brandt said, 40 "
      "trucks of rations reached Erbil. The talks failed, he said, because of the "
      "weather.",
      "2016-05-10");
  ASSERT_GE(a.quotes.size(), 1u);
  EXPECT_EQ(a.Span(a.quotes[0].begin, a.quotes[0].end), "40 trucks of rations reached Erbil");
  EXPECT_EQ(a.quotes[0].speaker_name, "John Brandt");
  for (const Quote& q : a.quotes) {
    EXPECT_NE(a.Span(q.begin, q.end), "because of the weather");
  }
}

// "suggested that", "mentioned that", "threatened that" report clauses too.
TEST(QuoteFinderTest, MoreVerbsReportClauses) {
  Article a = CodeText(
      "Japan's prime minister suggested that Japan would defend the island. The French "
      "president mentioned that new fines would hit two banks. North Korea's army threatened "
      "that it is ready to retaliate.",
      "2025-11-20");
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.Span(a.quotes[1].begin, a.quotes[1].end), "new fines would hit two banks");
  for (const Quote& q : a.quotes) EXPECT_EQ(q.kind, QuoteKind::kIndirect);
}

// Trailing attributions with a long trailer: "said today during a trip to
// ...", "told AFP, raising ..."; and a long speaker named after the comma
// ("..., Japan's National Police Agency (NPA) said").
TEST(QuoteFinderTest, TrailingAttributionsWithLongTrailers) {
  Article a = CodeText(
      "Ghana will train 300 more nurses for Liberia this year, President John Mahama said today "
      "during a trip to Monrovia meant to mend ties after the dispute. A border guard died on "
      "Monday, Italian Interior Minister Marco Rossi told Reuters, raising to three the toll of "
      "the week. The rocket landed in a field near the airport after a short flight, Japan's "
      "National Police Agency (NPA) said.",
      "2024-02-29");
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.Span(a.quotes[0].begin, a.quotes[0].end),
            "Ghana will train 300 more nurses for Liberia this year");
  EXPECT_EQ(a.Span(a.quotes[1].begin, a.quotes[1].end), "A border guard died on Monday");
  EXPECT_EQ(a.Span(a.quotes[2].begin, a.quotes[2].end).substr(0, 16), "The rocket lande");
}

// Regression: "in the presence of a minister, who admitted ... but said"
// was attributed to an actor before the preposition; an object relative
// ("an officer who the UN said died") keeps its own subject.
TEST(QuoteFinderTest, RelativeWhoSpeaksForItsAntecedent) {
  Article a = CodeText(
      "The accord was initialled in the presence of Secretary of State Antony Blinken, who "
      "admitted that much remained to settle but said the accord would bring calm.",
      "2023-06-28");
  ASSERT_GE(a.quotes.size(), 1u);
  for (const Quote& q : a.quotes) EXPECT_EQ(q.speaker_code, "USAGOV") << q.speaker_name;
  Article b = CodeText(
      "One of the dead was a border guard who the UN mission said died after his jeep was "
      "set alight.");
  ASSERT_EQ(b.quotes.size(), 1u);
  EXPECT_EQ(b.quotes[0].speaker_code, "IGOUNO");
}

// Words quoted after "what X called" are X's.
TEST(QuoteFinderTest, WhatSomeoneCalledIsTheirs) {
  Article a = CodeText(
      "Ottawa was examining what Prime Minister Justin Trudeau termed \"credible leads\" in "
      "the case.",
      "2023-09-19");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Justin Trudeau");
}

// The person a role names speaks: the name after the post ("declared US
// Ambassador to the UN Linda Thomas-Greenfield"), and the one
// person of that role named before ("the British minister"); a pronoun
// subject continues the previous speaker, not the object after its verb.
TEST(QuoteFinderTest, RolesSpeakThroughTheirHolders) {
  Article a = CodeText(
      "\"The council must act now,\" declared US Ambassador to the UN Linda "
      "Thomas-Greenfield.",
      "2023-05-10");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Linda Thomas-Greenfield");
  Article b = CodeText(
      "British Foreign Secretary David Lammy arrived in Lagos on Monday. The British minister "
      "repeatedly stressed the \"deep and old ties\" between the two countries.",
      "2024-11-05");
  ASSERT_GE(b.quotes.size(), 1u);
  for (const Quote& q : b.quotes) EXPECT_EQ(q.speaker_name, "David Lammy");
  Article c = CodeText(
      "\"The launch is a grave threat,\" the statement said. It pressed North Korea to \"stop "
      "all such tests at once.\"",
      "2017-08-30");
  ASSERT_EQ(c.quotes.size(), 2u);
  EXPECT_EQ(c.quotes[1].speaker_name, "the statement");
}

// Reported clauses after a quantity ("says at least 30 people"), after
// "at the weekend", and after an addressee the dictionaries lack ("told the
// Lagos Courier they heard").
TEST(QuoteFinderTest, ClausesAfterQuantitiesWeekendsAndAddressees) {
  Article a = CodeText(
      "The Kenyan government says at least 30 people drowned when the river burst its banks. The "
      "Red Cross announced at the weekend it would send four trucks of food. Two farmers told "
      "the Lagos Courier they heard shooting near the market.");
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.Span(a.quotes[0].begin, a.quotes[0].end).substr(0, 16), "at least 30 peop");
  EXPECT_EQ(a.Span(a.quotes[1].begin, a.quotes[1].end).substr(0, 9), "it would ");
  EXPECT_EQ(a.Span(a.quotes[2].begin, a.quotes[2].end).substr(0, 10), "they heard");
}

// Regression: scare quotes inside reported words ("According to X, ...
// what it called \"...\"") kept the sentence from being reported speech
// and had no speaker; a later "it said" quote continues that speaker.
TEST(QuoteFinderTest, QuotesInsideReportedWordsAreTheReporters) {
  Article a = CodeText(
      "According to the Kenyan government, the raid hit what it described as \"criminal "
      "hideouts\" near the border. The raids, it said, were \"precise and limited in scope.\"",
      "2025-05-07");
  ASSERT_EQ(a.quotes.size(), 3u);
  for (const Quote& q : a.quotes) EXPECT_EQ(q.speaker_code, "KENGOV") << q.speaker_name;
}

// A role followed by a place and a name in apposition speaks through the
// name ("said Russia's ambassador in Chisinau, Oleg Vasnetsov"); a name
// after "According to the media," is no apposition.
TEST(QuoteFinderTest, RoleWithANameInApposition) {
  Article a = CodeText(
      "\"Five of our staff must leave,\" said Russia's ambassador in Chisinau, Oleg Vasnetsov.",
      "2023-07-26");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker_name, "Oleg Vasnetsov");
  Article b = CodeText(
      "According to Russian state media, Vladimir Putin and Kim Jong Un signed the pact in "
      "Pyongyang.",
      "2024-06-19");
  ASSERT_EQ(b.quotes.size(), 1u);
  EXPECT_NE(b.quotes[0].speaker_name, "Vladimir Putin");
}

// Regression: a time after the verb of a trailing attribution ("..., Ana
// Ruiz, a UN official, said Friday") was taken for the speaker, and an
// auxiliary ("Ruiz had told the media") for part of the speaker's name.
TEST(QuoteFinderTest, TimeAfterTrailingVerbIsNoSpeaker) {
  Article a = CodeText(
      "Monitors are tracking more than 200 detainees, Ana Ruiz, deputy UN rights chief, said "
      "Friday. \"The boats came at night,\" Tomas Vela had told the media.");
  const Quote* q = QuoteWith(a, "tracking more than 200");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_name, "Ana Ruiz");
  EXPECT_EQ(a.Span(q->begin, q->end).find("Ana Ruiz"), std::string_view::npos);
  const Quote* d = QuoteWith(a, "boats came");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker_name, "Tomas Vela");
}

}  // namespace
}  // namespace dyad
