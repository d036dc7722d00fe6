#include "lexicon/phrase_matcher.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "lexicon/dict_reader.h"
#include "lexicon/lemmatizer.h"
#include "text/tokenizer.h"

namespace dyad {
namespace {

// Naive reference: compare every phrase at every position.
uint32_t NaiveLongest(const std::vector<std::vector<std::string>>& phrases,
                      const std::vector<Token>& toks, size_t i) {
  uint32_t best = 0;
  for (const auto& p : phrases) {
    if (i + p.size() > toks.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < p.size() && ok; ++k) ok = toks[i + k].norm == p[k];
    if (ok && p.size() > best) best = static_cast<uint32_t>(p.size());
  }
  return best;
}

TEST(PhraseMatcherTest, AgreesWithNaiveReferenceOnRandomText) {
  const std::vector<std::string> vocab = {"a", "b", "c", "d", "e"};
  std::mt19937 rng(7);
  std::vector<std::vector<std::string>> phrases;
  PhraseMatcher m;
  for (int n = 0; n < 60; ++n) {
    std::vector<std::string> p(1 + rng() % 4);
    std::string joined;
    for (auto& w : p) {
      w = vocab[rng() % vocab.size()];
      joined += (joined.empty() ? "" : " ") + w;
    }
    phrases.push_back(p);
    m.Add(joined, n);
  }
  std::string text;
  for (int n = 0; n < 400; ++n) text += vocab[rng() % vocab.size()] + " ";
  std::vector<Token> toks = Tokenize(text);
  for (size_t i = 0; i < toks.size(); ++i) {
    EXPECT_EQ(m.LongestAt(toks, i).length, NaiveLongest(phrases, toks, i)) << "at " << i;
  }
}

TEST(PhraseMatcherTest, SeveralValuesPerPhrase) {
  PhraseMatcher m;
  m.Add("georgia", 1);
  m.Add("georgia", 2);
  std::vector<Token> toks = Tokenize("Georgia");
  PhraseMatcher::Match match = m.LongestAt(toks, 0);
  EXPECT_EQ(match.length, 1u);
  EXPECT_EQ(match.values.size(), 2u);
}

// Regression: a TABARI stem ("ITHILEN" is "ithilen*") was never tried where
// a longer phrase had the same word exactly ("ITHILEN TELEVISION"), so
// "Ithilen" alone matched nothing.
TEST(PhraseMatcherTest, StemIsTriedBesideAnExactEdge) {
  PhraseMatcher m;
  m.Add("ithilen*", 1);
  m.Add("ithilen television*", 2);
  std::vector<Token> alone = Tokenize("Ithilen said");
  PhraseMatcher::Match match = m.LongestAt(alone, 0);
  EXPECT_EQ(match.length, 1u);
  ASSERT_EQ(match.values.size(), 1u);
  EXPECT_EQ(match.values[0], 1u);
  std::vector<Token> both = Tokenize("Ithilen televisions said");
  match = m.LongestAt(both, 0);
  EXPECT_EQ(match.length, 2u);
  EXPECT_EQ(match.values[0], 2u);
  std::vector<Token> longer = Tokenize("Ithilenian army");
  EXPECT_EQ(m.LongestAt(longer, 0).length, 1u);
}

// TABARI's "PRINCE DOL_AMROTH" joins "prince" loosely to "dol amroth":
// "Prince of Dol Amroth" matches, with at most kMaxLooseGap words between.
TEST(PhraseMatcherTest, LooseJoinPassesOverAFewWords) {
  PhraseMatcher m;
  m.Add("prince ~ dol amroth", 7);
  EXPECT_EQ(m.LongestAt(Tokenize("Prince Dol Amroth"), 0).length, 3u);
  EXPECT_EQ(m.LongestAt(Tokenize("Prince of Dol Amroth came"), 0).length, 4u);
  EXPECT_EQ(m.LongestAt(Tokenize("Prince of the old city Dol Amroth"), 0).length, 7u);
  EXPECT_EQ(m.LongestAt(Tokenize("Prince of the old walled city Dol Amroth"), 0).length, 0u);
  EXPECT_EQ(m.LongestAt(Tokenize("Prince of Dol and Amroth"), 0).length,
            0u);  // "dol amroth" is tight
}

TEST(LemmatizerTest, ReducesOnlyToKnownLemmas) {
  Lemmatizer l;
  l.AddIrregular("met", "meet");
  for (const char* w : {"visit", "talk", "release", "stop", "agree", "carry"}) l.AddKnown(w);
  EXPECT_EQ(l.Lemma("visited"), "visit");
  EXPECT_EQ(l.Lemma("visiting"), "visit");
  EXPECT_EQ(l.Lemma("talks"), "talk");
  EXPECT_EQ(l.Lemma("released"), "release");
  EXPECT_EQ(l.Lemma("stopped"), "stop");
  EXPECT_EQ(l.Lemma("agreed"), "agree");
  EXPECT_EQ(l.Lemma("carried"), "carry");
  EXPECT_EQ(l.Lemma("met"), "meet");
  EXPECT_EQ(l.Lemma("news"), "news");  // "new" is not a known lemma.
  l.AddKnown("life");
  l.AddKnown("live");
  EXPECT_EQ(l.Lemma("lives"), "life");  // The noun, as in "claimed the lives of".
  l.AddIrregular("shot", "shoot");
  EXPECT_EQ(l.Lemma("shots"), "shoot");  // "fired shots at" as "fired a shot at".
}

// Regression: "-es" was cut from any word, so "planes" read as "plan" (and
// "departes" as "depart"); it follows only a sibilant or an "o".
TEST(LemmatizerTest, EsEndingOnlyAfterSibilantOrO) {
  Lemmatizer l;
  for (const char* w : {"plan", "plane", "push", "tax", "go", "depart"}) l.AddKnown(w);
  EXPECT_EQ(l.Lemma("planes"), "plane");
  EXPECT_EQ(l.Lemma("pushes"), "push");
  EXPECT_EQ(l.Lemma("taxes"), "tax");
  EXPECT_EQ(l.Lemma("goes"), "go");
  EXPECT_EQ(l.Lemma("departes"), "departes");
}

// Regression: "released 20 Indian fishermen" missed the pattern word
// "fisherman": plurals in -men were not reduced.
TEST(LemmatizerTest, PluralsInMen) {
  Lemmatizer l;
  for (const char* w : {"fisherman", "gunman"}) l.AddKnown(w);
  EXPECT_EQ(l.Lemma("fishermen"), "fisherman");
  EXPECT_EQ(l.Lemma("gunmen"), "gunman");
  EXPECT_EQ(l.Lemma("specimen"), "specimen");  // "speciman" is no known lemma.
}

TEST(DictReaderTest, FieldsCommentsAndBraces) {
  std::vector<DictLine> lines = ParseDictText(
      "# comment\n\nIRQ | IQ | Iraq | | Iraqi; Iraqis  # trailing\n"
      "042 | pay {a|an|} visit to +\n");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].line, 3);
  ASSERT_EQ(lines[0].fields.size(), 5u);
  EXPECT_EQ(lines[0].fields[3], "");
  EXPECT_EQ(SplitList(lines[0].fields[4]), (std::vector<std::string>{"Iraqi", "Iraqis"}));
  ASSERT_EQ(lines[1].fields.size(), 2u);
  EXPECT_EQ(lines[1].fields[1], "pay {a|an|} visit to +");
}

}  // namespace
}  // namespace dyad
