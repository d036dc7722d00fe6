// Sentence splitting over tokens.
//
// A period ends a sentence unless it closes an abbreviation (titles, months,
// "No.", initials). Closing quotes and brackets right after the final mark
// stay with the sentence. A line break always ends a sentence (paragraphs in
// news are never continued). Abbreviations that carry their own period inside
// the token (U.S., U.N.) end a sentence only when the next word is a typical
// sentence opener ("in the U.S. The talks...").
#include <string_view>
#include <unordered_set>

#include "text/tokenizer.h"

namespace dyad {
namespace {

// Abbreviations (match keys) after which a period does not end a sentence.
bool IsAbbreviation(std::string_view norm) {
  static const std::unordered_set<std::string_view> kAbbrev = {
      "mr",   "mrs",   "ms",   "dr",   "gen",  "col",    "lt",   "sgt", "capt",   "maj",
      "gov",  "sen",   "rep",  "rev",  "st",   "jan",    "feb",  "mar", "apr",    "jun",
      "jul",  "aug",   "sep",  "sept", "oct",  "nov",    "dec",  "no",  "vs",     "etc",
      "inc",  "ltd",   "co",   "corp", "jr",   "sr",     "prof", "adm", "brig",   "cmdr",
      "pres", "lieut", "gens", "reps", "sens", "messrs", "ft",   "mt",  "approx", "est",
      "dept", "univ",  "assn", "bros", "cpl",  "pvt",    "supt", "det", "insp",   "amb",
      "hon",  "atty",  "fig",  "al",   "ave",  "blvd",   "rd"};
  return kAbbrev.count(norm) > 0;
}

// Words that typically open a sentence; used after "U.S." and the like.
bool IsSentenceOpener(std::string_view norm) {
  static const std::unordered_set<std::string_view> kOpeners = {
      "the",     "he",    "she",   "it",    "they",  "we",    "i",         "but",       "in",
      "on",      "a",     "an",    "this",  "that",  "these", "those",     "his",       "her",
      "its",     "their", "there", "after", "as",    "at",    "for",       "meanwhile", "however",
      "earlier", "later", "last",  "since", "while", "when",  "according", "also",      "both",
      "our",     "some",  "many",  "most",  "no",    "one",   "two",       "if"};
  return kOpeners.count(norm) > 0;
}

bool IsClosing(const Token& t, std::string_view text) {
  if (t.kind == TokenKind::kCloseQuote) return true;
  std::string_view w = text.substr(t.begin, t.end - t.begin);
  return w == ")" || w == "]" || w == "\xE2\x80\x99" || w == "'";
}

bool LineBreakBetween(std::string_view text, uint32_t a, uint32_t b) {
  for (uint32_t k = a; k < b; ++k) {
    if (text[k] == '\n') return true;
  }
  return false;
}

// Does a '.'-like token at `i` end the sentence? (Ignoring line breaks.)
bool PeriodEnds(const Article& a, size_t i) {
  const auto& toks = a.tokens;
  size_t n = i + 1;
  while (n < toks.size() && IsClosing(toks[n], a.text)) ++n;
  if (n >= toks.size()) return true;
  const Token& next = toks[n];
  std::string_view w = a.TokenText(toks[i]);
  if (w == "." && i > 0 && toks[i - 1].end == toks[i].begin) {
    const Token& prev = toks[i - 1];
    if (prev.kind == TokenKind::kWord && IsAbbreviation(prev.norm)) {
      return false;
    }
    // An initial: "George W. Bush".
    if (prev.kind == TokenKind::kWord && prev.norm.size() == 1 && prev.capitalized &&
        next.capitalized) {
      return false;
    }
  }
  if (next.kind == TokenKind::kWord && !next.capitalized && !next.norm.empty() &&
      next.norm[0] >= 'a' && next.norm[0] <= 'z') {
    return false;  // "2.5 p.m. on", "... and so on"
  }
  return true;
}

}  // namespace

void SplitSentences(Article& a) {
  a.sentences.clear();
  const auto& toks = a.tokens;
  uint32_t start = 0;
  uint32_t paragraph = 0;
  auto close = [&](uint32_t last) {  // `last` inclusive
    Sentence s;
    s.first_token = start;
    s.token_count = last + 1 - start;
    s.begin = toks[start].begin;
    s.end = toks[last].end;
    s.paragraph = paragraph;
    a.sentences.push_back(s);
    start = last + 1;
  };
  for (uint32_t i = 0; i < toks.size(); ++i) {
    bool last_token = i + 1 == toks.size();
    bool line_break = !last_token && LineBreakBetween(a.text, toks[i].end, toks[i + 1].begin);
    bool ends = false;
    std::string_view w = a.TokenText(toks[i]);
    if (toks[i].kind == TokenKind::kPunct && IsSentenceFinal(w)) {
      ends = PeriodEnds(a, i);
      // Keep closing quotes/brackets with this sentence.
      while (ends && i + 1 < toks.size() && IsClosing(toks[i + 1], a.text) &&
             !LineBreakBetween(a.text, toks[i].end, toks[i + 1].begin)) {
        ++i;
      }
      last_token = i + 1 == toks.size();
      line_break = !last_token && LineBreakBetween(a.text, toks[i].end, toks[i + 1].begin);
    } else if (toks[i].kind == TokenKind::kWord && !w.empty() && w.back() == '.' && !last_token) {
      const Token& next = toks[i + 1];
      ends = next.capitalized && IsSentenceOpener(next.norm);
    }
    if (ends || line_break || last_token) {
      close(i);
      if (line_break) ++paragraph;
    }
  }
}

}  // namespace dyad
