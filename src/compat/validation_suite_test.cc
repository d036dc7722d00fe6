// Tests for the validation-suite readers and runner, on small suites and
// dictionaries written for these tests in the peers' formats.
#include "compat/validation_suite.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace dyad {
namespace {

namespace fs = std::filesystem;

std::string Dir() {
  fs::path d = fs::temp_directory_path() / "dyad_suite_test";
  fs::create_directories(d);
  return d.string();
}

std::string Write(const std::string& name, const std::string& content) {
  std::string path = Dir() + "/" + name;
  std::ofstream(path) << content;
  return path;
}

void WriteTabariSet() {
  Write("mini.project",
        "Mini project\n<actorsfile> mini.actors\n<verbsfile> mini.verbs\n"
        "<agentsfile> mini.agents\n<textfile> mini.text\n");
  Write("mini.actors",
        "KALDORIA_ [KLD]\nORVANIA_ [ORV]\nVELLMAR_ [VEL]\n+BRENNOR\nTHE_MARCHLANDS [MRC]\n");
  Write("mini.agents", "HARBOR_GUARD_ [~COP]\nOFFICIAL_ [~GOV]\nRIGHTS_ACTIVISTS_ [NGM~]\n");
  Write("mini.verbs",
        "<TIME>\nONCE_UPON_A_TIME [###]\nNEXT_WEEK [+7]\n</TIME>\n"
        "RENEW_  [---]\n"
        "- * TIES_ WITH_ +  [064]\n"
        "EXPEL_ [1663]\n"
        "ARRIVE_ [032:033]\n"
        "SUGGESTED_ [---]\n"
        "- * APPLY_ RULES_ [151]\n"
        "ALLOWED_ [060]\n"
        "- RECENT~_* [025]\n"
        "WARNED_ [160]\n"
        "- * AT ^ +  [162]\n"
        "- * THEIR ^ ABOUT +  [161]\n"
        "EXCHANG  [---]\n"
        "- HAS * WITH %  [067]\n"
        "RECEIV  [033]\n"
        "- + * MONEY $  [071]\n"
        "HAILED_  [---]\n"
        "- % *  [044:045]\n");
}

TEST(ValidationSuite, ReadsTabariRecords) {
  WriteTabariSet();
  std::string path = Write("mini.text",
                           "# header comment\n"
                           "950101  TIES-01\n"
                           "Kaldoria will renew ties with Orvania after a long rift.\n"
                           "/*\\n----\n"
                           "\\n[a simple case]\n"
                           "\\n{ KLD / ORV / 064 } */\n"
                           "\n"
                           "950102  TIES-02\n"
                           "Kaldoria will renew ties with Orvania.\n"
                           "/*\\n{ OPTION: SET: CODE ALL }\n"
                           "\\n-{ ORV / KLD / 064 } */\n"
                           "\n"
                           "950103  NONE-01\n"
                           "The weather in Vellmar was fine.\n"
                           "/*\\n{---} */\n"
                           "950103  FINAL-01\n"
                           "The end.\n"
                           "950104  AFTER-01\n"
                           "Not read.\n");
  std::vector<std::string> warnings;
  auto suite = ReadValidationSuite(path, &warnings);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  EXPECT_EQ(suite->format, "tabari");
  ASSERT_EQ(suite->records.size(), 3u);
  const ValidationRecord& r = suite->records[0];
  EXPECT_EQ(r.id, "TIES-01");
  EXPECT_EQ(r.category, "TIES");
  EXPECT_EQ(r.date, "1995-01-01");
  EXPECT_EQ(r.text, "Kaldoria will renew ties with Orvania after a long rift.");
  ASSERT_EQ(r.expected.size(), 1u);
  EXPECT_EQ(r.expected[0].source, "KLD");
  EXPECT_EQ(r.expected[0].code, "064");
  EXPECT_EQ(suite->records[1].forbidden.size(), 1u);
  EXPECT_EQ(suite->records[1].options.size(), 1u);
  EXPECT_TRUE(suite->records[2].no_events);
  ASSERT_EQ(suite->dictionaries.size(), 1u);
  EXPECT_NE(suite->dictionaries[0].find("tabari:"), std::string::npos);
}

TEST(ValidationSuite, ReadsPetrarchXml) {
  std::string path =
      Write("mini.xml",
            "<Validation>\n<Environment>\n<Verbfile>v.txt</Verbfile>\n"
            "<Actorfile>a.txt</Actorfile>\n</Environment>\n<Sentences>\n"
            "<!-- <Sentence id=\"COMMENTED\"> -->\n"
            "<Config option=\"require_dyad\" value=\"false\"></Config>\n"
            "<Sentence date = \"19950101\" id =\"A-1\" category=\"DEMO\">\n"
            "<EventCoding sourcecode=\"KLD\" targetcode='\"\"' eventcode=\"064\">"
            "</EventCoding>\n<Text>\nKaldoria &amp; friends\n  renew ties.\n</Text>\n"
            "<Parse>(ROOT (S))</Parse>\n</Sentence>\n"
            "<Sentence date=\"19950102\" id=\"A-2\" category=\"DEMO\">\n"
            "<EventCoding noevents = \"True\"></EventCoding>\n"
            "<Text>Nothing here.</Text>\n</Sentence>\n"
            "<Sentence date=\"19950103\" id=\"A-3\" category=\"ERROR\">\n"
            "<EventCoding error=\"bad_input_parse\"></EventCoding>\n"
            "<Text>Kaldoria renews ties.</Text>\n<Parse>(ROOT (S (NP Kaldoria)</Parse>\n"
            "</Sentence>\n</Sentences>\n</Validation>\n");
  std::vector<std::string> warnings;
  auto suite = ReadValidationSuite(path, &warnings);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  EXPECT_EQ(suite->format, "petrarch");
  ASSERT_EQ(suite->records.size(), 3u);
  EXPECT_EQ(suite->records[0].id, "A-1");
  EXPECT_FALSE(suite->records[0].bad_parse);
  EXPECT_TRUE(suite->records[2].bad_parse);  // Its brackets do not balance.
  EXPECT_EQ(suite->records[0].text, "Kaldoria & friends renew ties.");
  ASSERT_EQ(suite->records[0].expected.size(), 1u);
  EXPECT_EQ(suite->records[0].expected[0].target, "");
  EXPECT_EQ(suite->records[0].options, (std::vector<std::string>{"require_dyad = false"}));
  EXPECT_TRUE(suite->records[1].no_events);
  EXPECT_EQ(suite->dictionaries.size(), 2u);
}

// Regression (found by validation_suite_fuzz): a start tag with no '>' before
// the end of the file read past the end of the text.
TEST(ValidationSuite, UnclosedStartTagAtTheEnd) {
  std::vector<std::string> warnings;
  for (const char* text : {"<Sentences>\n<Config option=\"x\" value=\"y\"",
                           "<Sentences>\n<Sentence id=\"A\" date=\"19950101\"",
                           "<Sentences>\n<Sentence id=\"A\">\n<EventCoding sourcecode=\"X"}) {
    ValidationSuite suite = ParseValidationSuite(text, "x.xml", &warnings);
    EXPECT_EQ(suite.format, "petrarch");
  }
}

TEST(ValidationSuite, EmptyFileIsAnError) {
  std::vector<std::string> warnings;
  EXPECT_FALSE(ReadValidationSuite(Write("empty.text", "# nothing\n"), &warnings).ok());
  EXPECT_FALSE(ReadValidationSuite(Dir() + "/missing.text", &warnings).ok());
}

// The whole path: TABARI dictionaries loaded in place of dyad's, records
// coded, expectations counted.
TEST(ValidationRun, CodesWithTheSuitesDictionaries) {
  WriteTabariSet();
  std::string path = Write("mini.text",
                           "950101  TIES-01\n"
                           "Kaldoria will renew ties with Orvania after a long rift.\n"
                           "/*\\n{ KLD / ORV / 064 } */\n"
                           "950101  TIES-02\n"
                           "Vellmar harbor guards will renew ties with Orvania.\n"
                           "/*\\n{ VELCOP / ORV / 064 }\n\\n-{ ORV / VELCOP / 064 } */\n"
                           "950101  EXPEL-01\n"
                           "Kaldoria expelled the Orvanian envoy.\n"
                           "/*\\n{ KLD / ORV / 1663 } */\n"
                           "950101  NONE-01\n"
                           "Kaldoria enjoyed fine weather.\n"
                           "/*\\n{---} */\n"
                           "950101  PAIRED-01\n"
                           "Kaldoria arrived in Orvania on Monday.\n"
                           "/*\\n{ KLD / ORV / 032 }\n\\n{ ORV / KLD / 033 } */\n");
  std::vector<std::string> warnings;
  auto suite = ReadValidationSuite(path, &warnings);
  ASSERT_TRUE(suite.ok());
  PipelineOptions o;
  o.data_dir = DYAD_SOURCE_DATA_DIR;
  o.peer_dictionaries = suite->dictionaries;
  o.peer_order = PipelineOptions::PeerOrder::kTheirsOnly;
  o.peer_conventions = true;
  auto pipeline = Pipeline::Create(o);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  ValidationReport report = RunValidation(*suite, **pipeline);
  std::string text = FormatValidationReport(report, true);
  // "Orvanian" is not in the mini dictionary: EXPEL-01 fails, the rest pass,
  // the paired visit and reception among them.
  EXPECT_EQ(report.passed, 6) << text;
  EXPECT_EQ(report.failed, 1) << text;
  EXPECT_EQ(report.forbidden_violations, 0);
  EXPECT_NE(text.find("FAIL EXPEL-01"), std::string::npos) << text;
  EXPECT_TRUE(text.ends_with("6 passed, 1 failed\n")) << text;
}

// The suite's OPTION lines carry from record to record: DEFAULT codes a
// missing source or target, CONVERT AGENT leaves an unowned agent "~COP",
// MINIMUM WORDS skips short records (its option written without a closing
// brace, as the TABARI suite has it), FORWARD lets a record's "it" refer to
// its story's earlier record, and a header may carry an eight-digit date.
TEST(ValidationRun, AppliesTheSuitesOptions) {
  WriteTabariSet();
  std::string path = Write(
      "mini.text",
      "950101  OPT-A\nSwitching defaults on.\n"
      "/*\\n{ OPTION: DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER } */\n"
      "950101  DEF-01\nFxldoria will renew ties with Orvania after a long rift.\n"
      "/*\\n{ DEFSRC / ORV / 064 } */\n"
      "950101  DEF-02\nKaldoria and Vellmar will renew ties with Fxrvania after a long rift.\n"
      "/*\\n{ KLD / DEFTAR / 064 }\\n{ VEL / DEFTAR / 064 } */\n"
      "950101  OPT-A2\nThe source default without PRIOR.\n"
      "/*\\n{ OPTION: DEFAULT: OFF }\\n{ OPTION: DEFAULT: SOURCE [DEFSRC] TARGET [DEFTAR] } */\n"
      "950101  DEF-03\nFxldoria will renew ties with Orvania and Vellmar after a long rift.\n"
      "/*\\n{ ORV / VEL / 064 } */\n"
      "950101  DEF-04\nKaldoria and Vellmar will renew ties with Fxrvania after a long rift.\n"
      "/*\\n{ KLD / VEL / 064 } */\n"
      "950101  OPT-B\nSwitching defaults off and agents unconverted.\n"
      "/*\\n{ OPTION: DEFAULT: OFF }\\n{ OPTION: SET: CONVERT AGENT = TRUE } */\n"
      "950101  CONV-01\nThe harbor guards will renew ties with Orvania after a long rift.\n"
      "/*\\n{ ~COP / ORV / 064 } */\n"
      "950101  OPT-C\nConverting agents again and raising the minimum.\n"
      "/*\\n{ OPTION: SET: CONVERT AGENT = FALSE }\\n{ OPTION: SET: MINIMUM WORDS = 12  */\n"
      "950101  MIN-01\nKaldoria will renew ties with Orvania after a long rift.\n"
      "/*\\n{---} */\n"
      "950101  OPT-D\nLowering the minimum and forwarding stories.\n"
      "/*\\n{ OPTION: SET: MINIMUM WORDS = 3 }\\n{ OPTION: FORWARD: ^^*****NNN*SSS } */\n"
      "950101  FRWD-001-001\nVellmar expelled the envoys of Orvania on Monday.\n"
      "/*\\n{ VEL / ORV / 1663 } */\n"
      "950101  FRWD-001-002\nIt will renew ties with Orvania after a long rift.\n"
      "/*\\n{ VEL / ORV / 064 } */\n"
      "20150607 YYYY-01\nKaldoria will renew ties with Orvania after a long rift.\n"
      "/*\\n{ KLD / ORV / 064 } */\n"
      "950101  SHIFT-01\nKaldoria will renew ties with Orvania next month after a long rift.\n"
      "/*\\n{ KLD / ORV / 064 } 950206 */\n"
      // COMMA (TABARI's defaults): an internal clause of 2-10 words goes.
      "950101  COMMA-01\nKaldoria will renew ties with, as its officials put it, Orvania after a "
      "long and bitter rift of many dark years.\n"
      "/*\\n{ KLD / ORV / 064 } */\n"
      // Roles by position where the syntax finds none: the first actor,
      // and the next one.
      "950101  POS-01\nKaldoria will renew ties with Orvania two years after crowds expelled "
      "their envoys.\n"
      "/*\\n{ KLD / ORV / 1663 } */\n"
      // The first actor is the source, not one in a subordinate clause.
      "950101  POS-02\nKaldoria will renew ties with Orvania two years after Vellmar crowds "
      "expelled their envoys.\n"
      "/*\\n{ KLD / ORV / 1663 }\\n-{ VEL / ORV / 1663 } */\n"
      // A TIME phrase coded [###] voids its sentence, even in a clause the
      // COMMA rule drops.
      "950101  TIME-01\nKaldoria will renew ties with, once upon a time, Orvania after a long "
      "and bitter rift of many dark years.\n"
      "/*\\n{---} */\n"
      "950101  OPT-E\nNo comma clauses dropped.\n/*\\n{ OPTION: COMMA: OFF } */\n"
      "950101  COMMA-02\nKaldoria will renew ties with, as its officials put it, Orvania after a "
      "long and bitter rift of many dark years.\n"
      "/*\\n{---} */\n");
  std::vector<std::string> warnings;
  auto suite = ReadValidationSuite(path, &warnings);
  ASSERT_TRUE(suite.ok());
  ASSERT_EQ(suite->records.size(), 21u);
  EXPECT_EQ(suite->records[13].id, "YYYY-01");
  EXPECT_EQ(suite->records[13].date, "2015-06-07");
  PipelineOptions o;
  o.data_dir = DYAD_SOURCE_DATA_DIR;
  o.peer_dictionaries = suite->dictionaries;
  o.peer_order = PipelineOptions::PeerOrder::kTheirsOnly;
  o.peer_conventions = true;
  auto pipeline = Pipeline::Create(o);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  ValidationReport report = RunValidation(*suite, **pipeline);
  std::string text = FormatValidationReport(report, true);
  EXPECT_EQ(report.failed, 0) << text;
  EXPECT_EQ(report.passed, 17) << text;  // SHIFT-01: "next month" is 1995-02, TABARI's 950206.
  EXPECT_EQ(report.option_records, 0) << text;
}

// PETRARCH's conventions: an agent no actor owns is "---" + its code, and
// with require_dyad off a missing side is "---" too. (The records are built
// in memory over the mini TABARI dictionaries: the runner does not mind
// where they come from.)
TEST(ValidationRun, PetrarchAnonymousAgentsAndRequireDyad) {
  WriteTabariSet();
  ValidationSuite suite;
  suite.format = "petrarch";
  suite.dictionaries = {"tabari:" + Dir() + "/mini.project"};
  ValidationRecord r;
  r.id = "DYAD-01";
  r.category = "DYAD";
  r.date = "1995-01-01";
  r.text = "The harbor guard expelled the envoys on Monday.";
  r.options = {"require_dyad = false"};
  r.expected = {{"---COP", "---", "1663", ""}};
  suite.records.push_back(r);
  r.id = "DYAD-02";
  r.options = {"require_dyad = true"};
  r.expected.clear();
  r.no_events = true;
  suite.records.push_back(r);
  r.id = "ADJ-01";  // A role word as an adjective is an agent too.
  r.options = {"require_dyad = false"};
  r.no_events = false;
  r.text = "An official delegation expelled the envoys on Monday.";
  r.expected = {{"---GOV", "---", "1663", ""}};
  suite.records.push_back(r);
  r.id = "ROLE-01";  // A role after the verb is the coordinated subjects' target.
  r.options = {"require_dyad = true"};
  r.text = "Kaldoria and Vellmar will renew ties with the harbor guard of Orvania.";
  r.expected = {{"KLD", "ORVCOP", "064", ""}, {"VEL", "ORVCOP", "064", ""}};
  suite.records.push_back(r);
  r.id = "JOINED-01";  // A role joined to an owned one shares its country.
  r.options = {"require_dyad = true"};
  r.text = "The Kaldoria harbor guard and official expelled the envoys of Orvania on Monday.";
  r.expected = {{"KLDCOP", "ORV", "1663", ""}, {"KLDGOV", "ORV", "1663", ""}};
  suite.records.push_back(r);
  r.id = "NEW-01";  // new_actor_length: an uncoded subject by its own words.
  r.options = {"require_dyad = true", "new_actor_length = 3"};
  r.text = "Old Tom Bombadil expelled the envoys of Orvania on Monday.";
  r.expected = {{"OLD TOM BOMBADIL", "ORV", "1663", ""}};
  suite.records.push_back(r);
  r.id = "NEW-02";  // Too long for the limit: no actor, no event.
  r.options = {"new_actor_length = 2"};
  r.expected.clear();
  r.no_events = true;
  suite.records.push_back(r);
  r.id = "LISTED-01";  // A person listed among Vellmar's names holds the role.
  r.options = {"new_actor_length = 0"};
  r.no_events = false;
  r.text = "The official Brennor expelled the envoys of Orvania on Monday.";
  r.expected = {{"VELGOV", "ORV", "1663", ""}};
  suite.records.push_back(r);
  r.id = "IN-01";  // "in" gives the agent its country.
  r.options = {"require_dyad = true"};
  r.no_events = false;
  r.text = "The harbor guard in Vellmar expelled the envoys of Orvania on Monday.";
  r.expected = {{"VELCOP", "ORV", "1663", ""}};
  suite.records.push_back(r);
  PipelineOptions o;
  o.data_dir = DYAD_SOURCE_DATA_DIR;
  o.peer_dictionaries = suite.dictionaries;
  o.peer_order = PipelineOptions::PeerOrder::kTheirsOnly;
  o.peer_conventions = true;
  auto pipeline = Pipeline::Create(o);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  ValidationReport report = RunValidation(suite, **pipeline);
  std::string text = FormatValidationReport(report, true);
  EXPECT_EQ(report.passed, 11) << text;
  EXPECT_EQ(report.failed, 0) << text;
}

// TABARI's ways with names and targets. Regression: a name written with its
// article ("THE_MARCHLANDS") was never found, as its first word, "the", is
// not capitalised. Names match in any case, and a pattern without '+' takes
// the first actor after all its words as target.
TEST(ValidationRun, TabariNamesAndTargets) {
  WriteTabariSet();
  std::string path =
      Write("mini.text",
            "950101  LIST-01\n"
            "Kaldoria, the Marchlands and Vellmar will renew ties with Orvania.\n"
            "/*\\n{ KLD / ORV / 064 }\\n{ MRC / ORV / 064 }\\n{ VEL / ORV / 064 } */\n"
            "950101  AFTER-01\n"  // TABARI's target follows the pattern's words.
            "Kaldoria suggested Orvania apply the rules in its dealings with Vellmar.\n"
            "/*\\n{ KLD / VEL / 151 } */\n"
            "950101  THAT-01\n"  // A "that" clause does not end the search.
            "Kaldoria recently allowed that Orvania is a fine place to visit.\n"
            "/*\\n{ KLD / ORV / 025 } */\n"
            "950101  SKIP-01\n"  // "^" passes over an actor; "+" is the next one.
            "Kaldoria warned at the Marchlands of the danger from Orvania.\n"
            "/*\n{ KLD / ORV / 162 } */\n"
            "950101  SKIP-02\n"  // "^" passes over a noun phrase that is no actor too.
            "Kaldoria warned their fishermen about Orvania on Monday.\n"
            "/*\n{ KLD / ORV / 161 } */\n"
            "950101  LEAD-01\n"  // A leading '+' is the subject; '$' may follow "from".
            "Kaldoria has received by courier money from Orvania after a long rift.\n"
            "/*\n{ ORV / KLD / 071 } */\n"
            "950101  WITHIN-01\n"  // A '%' after the verb: its members act on each other.
            "Kaldoria has exchanged prisoners with Orvania and Vellmar after a long rift.\n"
            "/*\n{ ORV / VEL / 067 }\n{ VEL / ORV / 067 }\n-{ KLD / ORV / 067 } */\n"
            "950101  WITHIN-02\n"  // A leading '%' with no '+': the subject's members.
            "Kaldoria with Orvania and Vellmar hailed the end of the rift with the Marchlands.\n"
            "/*\n{ ORV / VEL / 044 }\n{ VEL / ORV / 045 }\n-{ ORV / MRC / 044 } */\n"
            "950101  FIRST-01\n"  // A code-first agent goes before its actor's code.
            "Rights activists in Kaldoria will renew ties with Orvania after a long rift.\n"
            "/*\n{ NGMKLD / ORV / 064 } */\n"
            "950101  LOWER-01\n"  // The peers read names in any case.
            "kaldoria will renew ties with orvania after a long rift.\n"
            "/*\\n{ KLD / ORV / 064 } */\n");
  std::vector<std::string> warnings;
  auto suite = ReadValidationSuite(path, &warnings);
  ASSERT_TRUE(suite.ok());
  PipelineOptions o;
  o.data_dir = DYAD_SOURCE_DATA_DIR;
  o.peer_dictionaries = suite->dictionaries;
  o.peer_order = PipelineOptions::PeerOrder::kTheirsOnly;
  o.peer_conventions = true;
  auto pipeline = Pipeline::Create(o);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  ValidationReport report = RunValidation(*suite, **pipeline);
  EXPECT_EQ(report.passed, 16) << FormatValidationReport(report, true);
  EXPECT_EQ(report.forbidden_violations, 0);
}

}  // namespace
}  // namespace dyad
