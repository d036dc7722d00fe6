// Tests for the readers of the peers' dictionary formats. The snippets are
// written for these tests in the peers' formats (invented entries); the real
// files are exercised by tests/compat/check_peer_suites.py when present.
#include "compat/peer_dictionaries.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "compat/peer_convert.h"
#include "lexicon/lemmatizer.h"

namespace dyad {
namespace {

std::string WriteTemp(const std::string& name, const std::string& content) {
  std::string path = (std::filesystem::temp_directory_path() / ("dyad_peer_" + name)).string();
  std::ofstream(path) << content;
  return path;
}

TEST(PeerDate, SixAndEightDigits) {
  EXPECT_EQ(ParsePeerDate("011222"), (CivilDate{2001, 12, 22}));
  EXPECT_EQ(ParsePeerDate("750101"), (CivilDate{1975, 1, 1}));
  EXPECT_EQ(ParsePeerDate("20050420"), (CivilDate{2005, 4, 20}));
  EXPECT_FALSE(ParsePeerDate("1920030320").valid());  // ten digits
  EXPECT_FALSE(ParsePeerDate("2004017").valid());
  EXPECT_FALSE(ParsePeerDate("991301").valid());  // month 13
}

TEST(PeerRole, Forms) {
  PeerRole r;
  std::string why;
  ASSERT_TRUE(ParsePeerRole("KLDGOV 011113-011222", &r, &why));
  EXPECT_EQ(r.code, "KLDGOV");
  EXPECT_EQ(r.from, (CivilDate{2001, 11, 13}));
  EXPECT_EQ(r.to, (CivilDate{2001, 12, 22}));
  r = {};
  ASSERT_TRUE(ParsePeerRole("KLDELI <950101", &r, &why));
  EXPECT_FALSE(r.from.valid());
  EXPECT_EQ(r.to.year, 1995);
  r = {};
  ASSERT_TRUE(ParsePeerRole(" KLDGOV >20100501 ", &r, &why));
  EXPECT_EQ(r.from, (CivilDate{2010, 5, 1}));
  r = {};
  EXPECT_FALSE(ParsePeerRole("KLDGOV 1920030320-20060520", &r, &why));
  EXPECT_NE(why.find("1920030320"), std::string::npos);
  EXPECT_EQ(r.code, "KLDGOV");  // The code survives a bad date.
}

TEST(PeerPhrase, UnderscoresAndStems) {
  EXPECT_EQ(PeerPhrase("NORTH_KALDORIA_", PeerDialect::kPetrarch), "north kaldoria");
  EXPECT_EQ(PeerPhrase("KALDOR", PeerDialect::kTabari), "kaldor*");
  EXPECT_EQ(PeerPhrase("KALDOR_", PeerDialect::kTabari), "kaldor");
  EXPECT_EQ(PeerPhrase("NEW_KALD", PeerDialect::kTabari), "new kald*");
  EXPECT_EQ(PeerPhrase("AB", PeerDialect::kTabari), "ab");  // Too short to stem.
  EXPECT_EQ(PeerPhrase("MOUSE=", PeerDialect::kTabari), "mouse");
  // TABARI's space joins loosely; PETRARCH's only in actor names.
  EXPECT_EQ(PeerPhrase("PRINCE DOL_AMROTH", PeerDialect::kTabari), "prince ~ dol amroth*");
  EXPECT_EQ(PeerPhrase("PRINCE DOL_AMROTH", PeerDialect::kPetrarch), "prince dol amroth");
  EXPECT_EQ(PeerPhrase("PRINCE DOL_AMROTH", PeerDialect::kPetrarch, /*actor_name=*/true),
            "prince ~ dol amroth");
}

// TABARI's regular noun endings: a closed last word also takes an "s".
TEST(PeerActors, TabariNounEndings) {
  std::string path = WriteTemp("tabari.actors", "KALDORIA_ [KLD]\nORVAN [ORV]\n");
  std::vector<std::string> warnings;
  auto actors = ReadPeerActors(path, PeerDialect::kTabari, &warnings);
  ASSERT_TRUE(actors.ok());
  ASSERT_EQ(actors->size(), 2u);
  EXPECT_EQ((*actors)[0].phrases, (std::vector<std::string>{"kaldoria", "kaldorias"}));
  EXPECT_EQ((*actors)[1].phrases, (std::vector<std::string>{"orvan*"}));
}

TEST(PeerActors, SynonymsRolesAndWarnings) {
  std::string path = WriteTemp("actors.txt",
                               "# invented actors\n"
                               "KALDORIA_ [KLD]\n"
                               "+KALDORIAN_\n"
                               "+KALD_CITY # the capital\n"
                               "\n"
                               "MARA_VOSS_  # a person\n"
                               "VOSS_\n"
                               "\t[KLDELI 750101-011113]\n"
                               "\t[KLDGOV >011113]\n"
                               "\t[KLDGOV 1920030320-20060520]\n"
                               "+[KLDELI]\n"
                               "TWIN_REPUBLICS [KLD/ORV]\n"
                               "NOBODY_\n"
                               "ORVANIA [ORV]\n");
  std::vector<std::string> warnings;
  auto actors = ReadPeerActors(path, PeerDialect::kPetrarch, &warnings);
  ASSERT_TRUE(actors.ok());
  ASSERT_EQ(actors->size(), 4u);
  EXPECT_EQ((*actors)[0].phrases, (std::vector<std::string>{"kaldoria", "kaldorian", "kald city"}));
  // Column-0 names with no codes between them share the codes that follow.
  EXPECT_EQ((*actors)[1].phrases, (std::vector<std::string>{"mara voss", "voss"}));
  EXPECT_EQ((*actors)[1].roles.size(), 4u);
  EXPECT_EQ((*actors)[2].roles[0].code, "KLD/ORV");
  // NOBODY_ had no code before ORVANIA's line: they share it.
  EXPECT_EQ((*actors)[3].phrases, (std::vector<std::string>{"nobody", "orvania"}));
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("dyad_peer_actors.txt:10:"), std::string::npos) << warnings[0];
}

TEST(PeerAgents, SubstitutionsAndPlurals) {
  std::string path = WriteTemp("agents.txt",
                               "<!-- invented agents -->\n"
                               "!CLERGY! = MAN, MEN\n"
                               "HARBOR_GUARD [~COP]\n"
                               "FERRY!CLERGY! [~BUS]\n"
                               "MILITIA_ARMY {} [~REB]\n"
                               "RELIEF_AGENCY {RELIEF_AGENCIES} [NGO~]\n"
                               "BROKEN_LINE\n");
  std::vector<std::string> warnings;
  auto agents = ReadPeerAgents(path, PeerDialect::kPetrarch, &warnings);
  ASSERT_TRUE(agents.ok());
  ASSERT_EQ(agents->size(), 5u);
  EXPECT_EQ((*agents)[0].phrase, "harbor guard");
  EXPECT_EQ((*agents)[0].plurals, (std::vector<std::string>{"harbor guards"}));
  EXPECT_EQ((*agents)[0].code, "COP");
  EXPECT_EQ((*agents)[1].phrase, "ferryman");
  EXPECT_EQ((*agents)[1].plurals, (std::vector<std::string>{"ferrymen"}));
  EXPECT_EQ((*agents)[2].phrase, "ferrymen");
  EXPECT_TRUE((*agents)[3].plurals.empty());
  EXPECT_TRUE((*agents)[4].code_first);
  EXPECT_EQ((*agents)[4].code, "NGO");
  EXPECT_EQ((*agents)[4].plurals, (std::vector<std::string>{"relief agencies"}));
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find(":7:"), std::string::npos);
}

// Regression (found by peer_dictionaries_fuzz): a substitution whose value
// names itself grew without end.
TEST(PeerAgents, SelfNamingSubstitutionIsReplacedOnce) {
  std::vector<std::string> warnings;
  std::vector<PeerAgent> agents = ParsePeerAgents("!LOOP! = X!LOOP!, Y\nPORT!LOOP! [~GOV]\n",
                                                  "loop.agents", PeerDialect::kPetrarch, &warnings);
  ASSERT_EQ(agents.size(), 2u);
  EXPECT_EQ(agents[0].phrase, "portx!loop!");
  EXPECT_EQ(agents[1].phrase, "porty");
}

TEST(PeerVerbs, PetrarchBlocks) {
  std::string path = WriteTemp("verbs2.txt",
                               "&FLOTILLA\n"
                               "+BOATS\n"
                               "+PATROL_VESSELS\n"
                               "\n"
                               "--- SEND_OFF [---] ---\n"
                               "DISPATCH\n"
                               "SEND {SENDS SENT SENDING}\n"
                               "+SHIP_OUT [036]\n"
                               "- * &FLOTILLA (TO +)  [150]\n"
                               "- * ENVOY [032:033]\n"
                               "- * BADCODE [12345]\n"
                               "~ a (b . ATTACK) SAY = a b 112\n");
  std::vector<std::string> warnings;
  auto v = ReadPeerVerbs(path, PeerDialect::kPetrarch, &warnings);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->verbs, 3);
  EXPECT_EQ(v->synsets, 1);
  EXPECT_EQ(v->transformations, 1);
  EXPECT_EQ(v->forms.size(), 3u);
  EXPECT_EQ(v->forms[1], (std::pair<std::string, std::string>{"sent", "send"}));
  std::vector<std::string> texts;
  for (const PeerPattern& p : v->patterns) texts.push_back(p.code + " | " + p.text);
  // The default of the multi-word verb; the synset pattern for one-word
  // verbs and for the multi-word one, each with both members.
  EXPECT_EQ(texts, (std::vector<std::string>{
                       "036 | ship out",
                       "150 | {dispatch|send} * boats * to +",
                       "150 | {dispatch|send} * patrol vessels * to +",
                       "150 | ship out * boats * to +",
                       "150 | ship out * patrol vessels * to +",
                       "032 | {dispatch|send} * envoy",
                       "032 | ship out * envoy",
                   }));
  // [032:033]: one pattern, and the event back is coded 033.
  EXPECT_EQ(v->patterns[5].paired, "033");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find(":11: unreadable code [12345]"), std::string::npos);
}

// Regression: "WIRE_+TAP" read "+TAP" as a target slot, and its forms
// "WIRE_+TAPPED" were filed under "wire". The '+' marks the inflected word.
TEST(PeerVerbs, MarkedHeadOfAMultiWordVerb) {
  std::string path = WriteTemp("verbs_head.txt",
                               "--- CONFISCATE [1711] ---\n"
                               "CONFISCATE\n"
                               "WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }\n");
  std::vector<std::string> warnings;
  auto v = ReadPeerVerbs(path, PeerDialect::kPetrarch, &warnings);
  ASSERT_TRUE(v.ok());
  ASSERT_EQ(v->forms.size(), 2u);
  EXPECT_EQ(v->forms[0], (std::pair<std::string, std::string>{"tapped", "tap"}));
  std::vector<std::string> texts;
  for (const PeerPattern& p : v->patterns) texts.push_back(p.code + " | " + p.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"1711 | confiscate", "1711 | wire tap"}));
  EXPECT_TRUE(warnings.empty());
}

TEST(PeerVerbs, TabariVerbsStemsAndAlternatives) {
  std::string path = WriteTemp("demo.verbs",
                               "<SYNSETS>\n"
                               "&TIES\n"
                               "+TRADE\n"
                               "+CULTURAL\n"
                               "</SYNSETS>\n"
                               "<TIME>\n"
                               "LAST_WEEK [-7]\n"
                               "</TIME>\n"
                               "RENEW_  [---] ;coder note\n"
                               "- * &TIES LINK [064]\n"
                               "- * { ACCORD_ | PACT_ }_WITH +  [057]\n"
                               "- + WAS * BY_ $  [---]\n"
                               "VOICE_  [020]\n"
                               "- RECENTLY { LOUDLY INCLUDED | SAID } ITS *  [043]\n");
  std::vector<std::string> warnings;
  auto v = ReadPeerVerbs(path, PeerDialect::kTabari, &warnings);
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  EXPECT_EQ(v->time_shifts, 1);
  // Words without a closing '_' are stems; '_' joins words with no gap.
  std::vector<std::string> texts;
  for (const PeerPattern& p : v->patterns) texts.push_back(p.code + " | " + p.text);
  EXPECT_EQ(texts, (std::vector<std::string>{
                       "064 | renew * {trade*|cultural*} * link*",
                       "057 | renew * {accord|pact} with* +",
                       "--- | + was* * renew * by $",
                       "020 | voice",
                       // Words written apart in an alternative may have
                       // others between them ("loudly boldly included").
                       "043 | recently* * said* * its* * voice",
                       "043 | recently* * loudly* * included* * its* * voice",
                   }));
  EXPECT_TRUE(warnings.empty()) << warnings[0];
}

// Regression (found by peer_dictionaries_fuzz): a set naming itself recursed
// until the stack overflowed.
TEST(PeerVerbs, SelfNamingSynonymSetStops) {
  std::vector<std::string> warnings;
  PeerVerbs v = ParsePeerVerbs("&LOOP\n+&LOOP_AGAIN\nGO_ [---]\n- * &LOOP [020]\n", "loop.verbs",
                               PeerDialect::kTabari, &warnings);
  EXPECT_TRUE(v.patterns.empty());
  ASSERT_FALSE(warnings.empty());
  EXPECT_NE(warnings[0].find("nests too deep"), std::string::npos) << warnings[0];
}

// Regression: PETRARCH writes "didn't" as the Treebank splits it, "DID
// N'T"; the "N'T" became an empty word and its patterns were dropped.
TEST(PeerVerbs, TreebankContractionIsNot) {
  std::vector<std::string> warnings;
  PeerVerbs v = ParsePeerVerbs(
      "&NEGAUX\n+DID N'T\n\n--- CLASH [223] ---\nCLASH\n- &NEGAUX * OVER EFFORTS [904]\n",
      "neg.verbs", PeerDialect::kPetrarch, &warnings);
  EXPECT_TRUE(warnings.empty()) << warnings.front();
  bool found = false;
  for (const PeerPattern& p : v.patterns) found |= p.text.starts_with("did not ");
  EXPECT_TRUE(found);
}

// Regression: a block's paired code ("--- LEFT [032:033] ---") was dropped,
// and "LEFT", lemmatised to "leave", was read as LEAVE's verb.
TEST(PeerVerbs, BlockPairedCodeAndAVerbThatIsAFormOfAnother) {
  std::vector<std::string> warnings;
  PeerDictionaries peers;
  peers.verbs = ParsePeerVerbs("--- LEAVE [012] ---\nLEAVE\n\n--- LEFT [032:033] ---\nLEFT\n",
                               "left.verbs", PeerDialect::kPetrarch, &warnings);
  Lemmatizer lemmatizer;
  lemmatizer.AddIrregular("left", "leave");
  std::vector<VerbPattern> patterns = PeerVerbPatterns(peers, lemmatizer, &warnings);
  ASSERT_EQ(patterns.size(), 2u);
  const VerbPattern& left = patterns[1].code == "032" ? patterns[1] : patterns[0];
  EXPECT_EQ(left.code, "032");
  EXPECT_EQ(left.paired_code, "033");
  ASSERT_FALSE(left.elements.empty());
  EXPECT_TRUE(left.elements[0].words[0].exact);
  const VerbPattern& leave = &left == &patterns[0] ? patterns[1] : patterns[0];
  EXPECT_FALSE(leave.elements[0].words[0].exact);
}

// TABARI's "BAN=" is the word as written (not "baned"), "REAL~" takes
// endings ("really"), and "ANTI-" is the word "anti".
TEST(PeerVerbs, TabariExactWordsAndEndings) {
  std::vector<std::string> warnings;
  PeerVerbs v = ParsePeerVerbs(
      "BAN= [191]\nALLOW_ [060]\n- * REAL~_PLEASANT_ [024]\nPARADE_ [017]\n- ANTI- + * [111]\n",
      "marks.verbs", PeerDialect::kTabari, &warnings);
  EXPECT_TRUE(warnings.empty()) << warnings.front();
  std::vector<std::string> texts;
  for (const PeerPattern& p : v.patterns) texts.push_back(p.text);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "=ban"), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "allow * real* pleasant"), texts.end())
      << testing::PrintToString(texts);
  // "ANTI-", a prefix written apart, was an empty word.
  EXPECT_NE(std::find(texts.begin(), texts.end(), "anti* + parade"), texts.end())
      << testing::PrintToString(texts);
}

// "[+++]" is a complexity hint in PETRARCH (dropped) and a null code in
// TABARI (kept: it claims its words).
TEST(PeerVerbs, ComplexHintByDialect) {
  std::vector<std::string> warnings;
  Lemmatizer lemmatizer;
  for (PeerDialect d : {PeerDialect::kPetrarch, PeerDialect::kTabari}) {
    PeerDictionaries peers;
    peers.verbs = ParsePeerVerbs("--- RESTORE [064] ---\nRESTORE\n- * FXLL DIPLOMATIC [+++]\n",
                                 "hint.verbs", d, &warnings);
    int nulls = 0;
    for (const VerbPattern& p : PeerVerbPatterns(peers, lemmatizer, &warnings)) {
      nulls += p.code == "+++";
    }
    EXPECT_EQ(nulls, d == PeerDialect::kTabari ? 1 : 0);
  }
}

// TABARI's leading "$" only asks for a source before the verb: the pattern
// becomes the verb alone, ranked above the verb's own default.
TEST(PeerVerbs, TabariLeadingSourceSlot) {
  std::vector<std::string> warnings;
  PeerDictionaries peers;
  peers.verbs = ParsePeerVerbs("CALLED_ON [094]\n- $ * [095]\n", "call.verbs", PeerDialect::kTabari,
                               &warnings);
  Lemmatizer lemmatizer;
  std::vector<VerbPattern> patterns = PeerVerbPatterns(peers, lemmatizer, &warnings);
  ASSERT_EQ(patterns.size(), 2u);
  const VerbPattern& with_source = patterns[0].code == "095" ? patterns[0] : patterns[1];
  const VerbPattern& plain = patterns[0].code == "095" ? patterns[1] : patterns[0];
  EXPECT_FALSE(with_source.has_source);
  EXPECT_EQ(with_source.elements.size(), plain.elements.size());
  EXPECT_GT(with_source.literal_count, plain.literal_count);
}

TEST(PeerOptions, KeyValueLines) {
  std::string path = WriteTemp("demo.options",
                               "// comment\n"
                               "COMPLEX: VERBS[5] CONJ[4]\n"
                               "SET: LABEL = TRUE\n"
                               "no colon here\n");
  std::vector<std::string> warnings;
  auto o = ReadPeerOptions(path, &warnings);
  ASSERT_TRUE(o.ok());
  ASSERT_EQ(o->settings.size(), 2u);
  EXPECT_EQ(o->settings[1].second, "LABEL = TRUE");
  EXPECT_EQ(warnings.size(), 1u);
}

TEST(PeerFiles, MissingFileIsAnError) {
  std::vector<std::string> warnings;
  EXPECT_FALSE(ReadPeerActors("/nonexistent/x.actors", PeerDialect::kTabari, &warnings).ok());
  EXPECT_FALSE(ReadPeerVerbs("/nonexistent/x.verbs", PeerDialect::kTabari, &warnings).ok());
}

}  // namespace
}  // namespace dyad
