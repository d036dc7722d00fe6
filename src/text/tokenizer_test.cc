#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

std::vector<std::string> Norms(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) out.push_back(t.norm);
  return out;
}

std::vector<std::string> Sentences(const std::string& text) {
  Article a;
  a.text = text;
  EXPECT_TRUE(AnalyzeText(a).ok());
  std::vector<std::string> out;
  for (const Sentence& s : a.sentences) {
    out.emplace_back(a.Span(s.begin, s.end));
  }
  return out;
}

TEST(TokenizerTest, SplitsPossessivesAndKeepsHyphenatedWords) {
  EXPECT_EQ(Norms("Iraq's Al-Sudani met U.S. envoys."),
            (std::vector<std::string>{"iraq", "'s", "alsudani", "met", "us", "envoys", "."}));
}

TEST(TokenizerTest, CurlyApostropheIsPossessive) {
  std::vector<Token> t = Tokenize("Al-Sudani\u2019s discussion");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[1].kind, TokenKind::kPossessive);
}

TEST(TokenizerTest, NegationContraction) {
  EXPECT_EQ(Norms("They didn't meet."),
            (std::vector<std::string>{"they", "did", "not", "meet", "."}));
}

// A short prefix written apart keeps its hyphen; a spaced dash stays a
// token of its own.
TEST(TokenizerTest, PrefixWrittenApart) {
  EXPECT_EQ(Norms("an anti- Gondor parade"),
            (std::vector<std::string>{"an", "anti", "gondor", "parade"}));
  // Joined, "anti" lets go of the name it is against ("anti-Rwanda
  // protests"); a lowercase word stays one token ("anti-war").
  EXPECT_EQ(
      Norms("anti-Gondor rallies and anti-war songs"),
      (std::vector<std::string>{"anti", "-", "gondor", "rallies", "and", "antiwar", "songs"}));
  EXPECT_EQ(Norms("Israel - Hamas war"), (std::vector<std::string>{"israel", "-", "hamas", "war"}));
}

TEST(TokenizerTest, NumbersKeepSeparators) {
  std::vector<Token> t = Tokenize("$1,500 and 2.5 million");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[1].kind, TokenKind::kNumber);
  EXPECT_EQ(t[1].norm, "1,500");
  EXPECT_EQ(t[3].norm, "2.5");
}

TEST(TokenizerTest, QuotesOpenAndClose) {
  std::vector<Token> t = Tokenize("He said \"we will\" and \u201cno\u201d.");
  EXPECT_EQ(t[2].kind, TokenKind::kOpenQuote);
  EXPECT_EQ(t[5].kind, TokenKind::kCloseQuote);
  EXPECT_EQ(t[7].kind, TokenKind::kOpenQuote);
  EXPECT_EQ(t[9].kind, TokenKind::kCloseQuote);
}

// British style: single quotation marks in a text with no double ones. A
// possessive plural and an elision stay punctuation.
TEST(TokenizerTest, SingleQuotationMarksWithoutDoubleOnes) {
  auto kinds = [](std::string_view text) {
    std::string out;
    for (const Token& t : Tokenize(text)) {
      out += t.kind == TokenKind::kOpenQuote ? '(' : t.kind == TokenKind::kCloseQuote ? ')' : '.';
    }
    return out;
  };
  EXPECT_EQ(kinds("He said: 'We will stay.' The rebels' demand failed."), "...(....)......");
  EXPECT_EQ(kinds("A \u2018lasting\u2019 peace"), ".(.).");
  EXPECT_EQ(kinds("Back in the '90s it was calm.\nNo more."), "............");
  // With double quotation marks in the text, apostrophes stay apostrophes.
  EXPECT_EQ(kinds("\"Yes,\" he said of the 'deal' today."), "(..).........");
}

// Some wires write a double quotation mark as two apostrophes.
TEST(TokenizerTest, TwoApostrophesAreADoubleQuotationMark) {
  std::vector<Token> t = Tokenize("He cited ''credible allegations'' today.");
  ASSERT_EQ(t.size(), 8u);
  EXPECT_EQ(t[2].kind, TokenKind::kOpenQuote);
  EXPECT_EQ(t[5].kind, TokenKind::kCloseQuote);
}

TEST(TokenizerTest, ByteOffsetsPointIntoText) {
  std::string text = "Erdo\u011Fan visited Ankara.";
  std::vector<Token> t = Tokenize(text);
  ASSERT_GE(t.size(), 3u);
  EXPECT_EQ(text.substr(t[0].begin, t[0].end - t[0].begin), "Erdo\u011Fan");
  EXPECT_EQ(t[0].norm, "erdogan");
  EXPECT_EQ(text.substr(t[1].begin, t[1].end - t[1].begin), "visited");
}

TEST(SentenceSplitterTest, AbbreviationsDoNotSplit) {
  EXPECT_EQ(Sentences("Gen. Smith met Mr. Jones on Jan. 5. Talks began."),
            (std::vector<std::string>{"Gen. Smith met Mr. Jones on Jan. 5.", "Talks began."}));
}

TEST(SentenceSplitterTest, InitialsAndDecimals) {
  EXPECT_EQ(Sentences("George W. Bush spent 2.5 days there. He left."),
            (std::vector<std::string>{"George W. Bush spent 2.5 days there.", "He left."}));
}

TEST(SentenceSplitterTest, ClosingQuoteStaysWithSentence) {
  EXPECT_EQ(Sentences("\"We agree.\" He left. \"Really? Yes.\""),
            (std::vector<std::string>{"\"We agree.\"", "He left.", "\"Really?", "Yes.\""}));
}

TEST(SentenceSplitterTest, UsAtSentenceEnd) {
  EXPECT_EQ(Sentences("Troops left the U.S. The talks ended. The U.S. Army"
                      " stayed."),
            (std::vector<std::string>{"Troops left the U.S.", "The talks ended.",
                                      "The U.S. Army stayed."}));
}

TEST(SentenceSplitterTest, LineBreakEndsSentence) {
  EXPECT_EQ(Sentences("Shafaq News/ On Sunday\nNext paragraph"),
            (std::vector<std::string>{"Shafaq News/ On Sunday", "Next paragraph"}));
}

TEST(SentenceSplitterTest, EmptyAndPunctuationOnlyText) {
  EXPECT_TRUE(Sentences("").empty());
  EXPECT_EQ(Sentences("...").size(), 1u);
}

TEST(TokenizerTest, SplitsNameParticipleCompoundsOnly) {
  EXPECT_EQ(Norms("EU-mediated talks"), (std::vector<std::string>{"eu", "-", "mediated", "talks"}));
  EXPECT_EQ(Norms("a Panama-flagged ship"),
            (std::vector<std::string>{"a", "panama", "-", "flagged", "ship"}));
  EXPECT_EQ(Norms("the Russia-led alliance and a cease-fire"),
            (std::vector<std::string>{"the", "russialed", "alliance", "and", "a", "ceasefire"}));
}

}  // namespace
}  // namespace dyad
