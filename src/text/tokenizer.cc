#include "text/tokenizer.h"

#include <array>
#include <limits>
#include <string>

#include "text/normalize.h"
#include "text/utf8.h"

namespace dyad {
namespace {

char32_t PeekAt(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  return DecodeUtf8(s, i);
}

size_t NextIndex(std::string_view s, size_t i) {
  DecodeUtf8(s, i);
  return i;
}

bool IsWordChar(char32_t c) { return IsLetter(c) || IsDigit(c); }

bool IsDoubleQuote(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB ||
         c == 0x2033;
}

// "EU-mediated", "Marshall Islands-flagged", "Qatar-brokered": a name joined
// to a participle that makes the name an actor in its own right (who
// mediated, whose flag) is split so that the name can be recognised. Other
// compounds ("cease-fire", "Al-Sudani", "Russia-led") stay whole.
bool SplitsCompound(std::string_view s, size_t word_start, size_t after_hyphen) {
  // "anti-Rwanda protests", "anti-American rallies": the name after "anti"
  // is what the protest is against.
  std::string_view head = s.substr(word_start, after_hyphen - word_start);
  if ((head == "anti-" || head == "Anti-") && after_hyphen < s.size() && s[after_hyphen] >= 'A' &&
      s[after_hyphen] <= 'Z') {
    return true;
  }
  if (word_start >= s.size() || !(s[word_start] >= 'A' && s[word_start] <= 'Z')) return false;
  static const std::string_view kParticiples[] = {"mediated", "brokered", "hosted",
                                                  "flagged",  "owned",    "registered"};
  std::string_view rest = s.substr(after_hyphen);
  for (std::string_view p : kParticiples) {
    if (rest.starts_with(p) &&
        (rest.size() == p.size() || !IsWordChar(static_cast<unsigned char>(rest[p.size()])))) {
      return true;
    }
  }
  return false;
}

// Scans the word starting at `i`; returns its end. Handles inner hyphens,
// abbreviations with periods (U.S.), numbers (1,000 2.5) and inner
// apostrophes (O'Brien), but stops before a possessive 's and before n't.
size_t ScanWord(std::string_view s, size_t i) {
  const size_t start = i;
  size_t segment_letters = 0;  // letters since the last '.', for U.S.
  bool has_inner_period = false;
  while (i < s.size()) {
    size_t j = i;
    char32_t c = DecodeUtf8(s, j);
    if (IsWordChar(c)) {
      ++segment_letters;
      i = j;
      continue;
    }
    char32_t next = PeekAt(s, j);
    char32_t prev_char = 0;
    if (i > 0) prev_char = static_cast<unsigned char>(s[i - 1]);
    if (IsHyphen(c) && IsWordChar(next)) {
      if (SplitsCompound(s, start, j)) return i;
      i = j;
      continue;
    }
    // A prefix written apart keeps its hyphen: "anti- Gondor", "pro- and
    // anti-war" (the hyphen is no token of its own).
    if (IsHyphen(c) && next == ' ' && segment_letters > 0 && i - start <= 5) return j;
    if (c == '.' && segment_letters == 1 && IsLetter(next) && (PeekAt(s, NextIndex(s, j)) == '.')) {
      has_inner_period = true;
      segment_letters = 0;
      i = j;
      continue;
    }
    if (c == '.' && has_inner_period && segment_letters == 1) {
      return j;  // Final period of U.S. / U.N.
    }
    if ((c == '.' || c == ',') && prev_char >= '0' && prev_char <= '9' && next >= '0' &&
        next <= '9') {
      i = j;
      continue;
    }
    if (IsApostrophe(c) && IsLetter(next)) {
      size_t k = NextIndex(s, j);
      char32_t after = PeekAt(s, k);
      bool possessive = (next == 's' || next == 'S') && !IsLetter(after);
      bool negation = (next == 't' || next == 'T') && !IsLetter(after) &&
                      (prev_char == 'n' || prev_char == 'N');
      if (possessive || negation) return i;
      i = j;
      continue;
    }
    break;
  }
  return i;
}

void SetCase(std::string_view text, Token& t) {
  size_t i = t.begin;
  char32_t first = DecodeUtf8(text, i);
  t.capitalized = IsUpper(first);
  int letters = 0;
  bool all_upper = true;
  for (size_t k = t.begin; k < t.end;) {
    char32_t c = DecodeUtf8(text, k);
    if (IsLetter(c)) {
      ++letters;
      if (!IsUpper(c)) all_upper = false;
    }
  }
  t.all_caps = letters >= 2 && all_upper;
}

bool AllDigits(std::string_view w) {
  for (char ch : w) {
    if (!((ch >= '0' && ch <= '9') || ch == ',' || ch == '.')) return false;
  }
  return !w.empty();
}

void PushToken(std::string_view text, size_t b, size_t e, TokenKind kind, std::vector<Token>& out) {
  Token t;
  t.begin = static_cast<uint32_t>(b);
  t.end = static_cast<uint32_t>(e);
  t.kind = kind;
  std::string_view w = text.substr(b, e - b);
  if (kind == TokenKind::kWord) {
    AppendNormalizedKey(w, t.norm);
    SetCase(text, t);
    if (AllDigits(w)) {
      t.kind = TokenKind::kNumber;
      t.norm.assign(w);
    }
  } else if (kind == TokenKind::kPossessive) {
    t.norm = "'s";
  } else if (kind == TokenKind::kOpenQuote || kind == TokenKind::kCloseQuote) {
    t.norm = "\"";
  } else {
    t.norm.assign(w);
  }
  out.push_back(std::move(t));
}

// Decides whether a straight double quote at [i, j) opens or closes.
TokenKind StraightQuoteKind(std::string_view s, size_t i, size_t j) {
  if (i == 0) return TokenKind::kOpenQuote;
  unsigned char before = static_cast<unsigned char>(s[i - 1]);
  bool space_before = before == ' ' || before == '\n' || before == '\t' || before == '(' ||
                      before == '[' || before == '\r';
  char32_t after = PeekAt(s, j);
  bool word_after = IsWordChar(after);
  if (space_before &&
      (word_after || after == 0x2018 || after == '\'' || after == '.' || after == 0x2026))
    return TokenKind::kOpenQuote;
  if (space_before && !word_after) return TokenKind::kOpenQuote;
  return TokenKind::kCloseQuote;
}

// Handles an apostrophe-like character at `i` (not inside a word).
size_t ScanApostrophe(std::string_view s, size_t i, size_t j, std::vector<Token>& out) {
  bool after_word = !out.empty() && out.back().end == i &&
                    (out.back().kind == TokenKind::kWord || out.back().kind == TokenKind::kNumber);
  char32_t next = PeekAt(s, j);
  if (after_word && (next == 's' || next == 'S')) {
    size_t k = NextIndex(s, j);
    PushToken(s, i, k, TokenKind::kPossessive, out);
    return k;
  }
  if (after_word && (next == 't' || next == 'T') && !out.empty()) {
    // "didn't": give back the n to form the "n't" token.
    Token& prev = out.back();
    size_t k = NextIndex(s, j);
    if (prev.end - prev.begin > 1) {
      prev.end -= 1;
      prev.norm = NormalizeKey(s.substr(prev.begin, prev.end - prev.begin));
      Token neg;
      neg.begin = prev.end;
      neg.end = static_cast<uint32_t>(k);
      neg.kind = TokenKind::kWord;
      neg.norm = "not";
      out.push_back(std::move(neg));
      return k;
    }
  }
  if (after_word && !out.empty() && !out.back().norm.empty() && out.back().norm.back() == 's' &&
      !IsLetter(next)) {
    PushToken(s, i, j, TokenKind::kPossessive, out);
    return j;
  }
  PushToken(s, i, j, TokenKind::kPunct, out);
  return j;
}

// British-style quotation marks ('...' or ‘...’) in a text with no double
// quotation marks. An apostrophe opens a quotation after a space or an
// opening bracket and before a word; one after a word or a closing
// punctuation mark, before a space, punctuation or the end, closes the
// quotation open in its paragraph. A quotation left open at the end of its
// paragraph was an elision ("'90s") and is punctuation again.
class SingleQuotes {
 public:
  explicit SingleQuotes(std::string_view s) : s_(s) {
    // Byte searches, not a decoding pass: the double marks of IsDoubleQuote
    // and two apostrophes standing for one.
    for (std::string_view mark : {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xC2\xAB",
                                  "\xC2\xBB", "\xE2\x80\xB3", "''"}) {
      if (s.find(mark) != std::string_view::npos) return;
    }
    enabled_ = true;
  }

  // Pushes the mark at [i, j) if it is a quotation mark; false if not.
  bool Scan(size_t i, size_t j, std::vector<Token>& out) {
    if (!enabled_) return false;
    // The byte before: ASCII, or the last byte of a no-break space (C2 A0).
    unsigned char before = i == 0 ? ' ' : static_cast<unsigned char>(s_[i - 1]);
    char32_t after = PeekAt(s_, j);
    bool space_before = before == ' ' || before == '\n' || before == '(' || before == '[' ||
                        before == '\t' || before == 0xA0 || i == 0;
    if (open_ < 0 && space_before && IsWordChar(after)) {
      open_ = static_cast<int>(out.size());
      PushToken(s_, i, j, TokenKind::kOpenQuote, out);
      return true;
    }
    bool ends = after == 0 || IsSpace(after) || after == ',' || after == '.' || after == ';' ||
                after == ':' || after == ')' || after == '!' || after == '?';
    if (open_ >= 0 && !space_before && ends) {
      PushToken(s_, i, j, TokenKind::kCloseQuote, out);
      open_ = -1;
      return true;
    }
    return false;
  }

  // A paragraph or the text ends: an unclosed mark was no quotation.
  void EndParagraph(std::vector<Token>& out) {
    if (open_ < 0) return;
    out[open_].kind = TokenKind::kPunct;
    out[open_].norm.assign(s_.substr(out[open_].begin, out[open_].end - out[open_].begin));
    open_ = -1;
  }

 private:
  std::string_view s_;
  bool enabled_ = false;
  int open_ = -1;  // Index of the open quotation mark in the tokens.
};

}  // namespace

bool IsSentenceFinal(std::string_view w) {
  return w == "." || w == "!" || w == "?" || w == "\xE2\x80\xA6" || w == "..." || w == "?!" ||
         w == "!!";
}

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  out.reserve(s.size() / 5 + 4);
  SingleQuotes single(s);
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    char32_t c = DecodeUtf8(s, j);
    if (IsSpace(c)) {
      if (c == '\n') single.EndParagraph(out);
      i = j;
    } else if (IsWordChar(c)) {
      size_t e = ScanWord(s, i);
      PushToken(s, i, e, TokenKind::kWord, out);
      i = e;
    } else if (IsDoubleQuote(c)) {
      TokenKind kind = (c == 0x201C || c == 0x201E || c == 0x00AB) ? TokenKind::kOpenQuote
                       : (c == 0x201D || c == 0x00BB)              ? TokenKind::kCloseQuote
                                                                   : StraightQuoteKind(s, i, j);
      PushToken(s, i, j, kind, out);
      i = j;
    } else if (c == '\'' && j < s.size() && s[j] == '\'') {
      // ''credible allegations'': two apostrophes for a double quotation mark.
      PushToken(s, i, j + 1, StraightQuoteKind(s, i, j + 1), out);
      i = j + 1;
    } else if (IsApostrophe(c)) {
      i = single.Scan(i, j, out) ? j : ScanApostrophe(s, i, j, out);
    } else if (c == '.' || c == '!' || c == '?') {
      size_t e = j;
      while (e < s.size() && (s[e] == '.' || s[e] == '!' || s[e] == '?')) ++e;
      PushToken(s, i, e, TokenKind::kPunct, out);
      i = e;
    } else {
      PushToken(s, i, j, TokenKind::kPunct, out);
      i = j;
    }
  }
  single.EndParagraph(out);
  return out;
}

Status AnalyzeText(Article& article) {
  if (article.text.size() >= std::numeric_limits<uint32_t>::max()) {
    return ResourceExhausted("article text exceeds 4 GiB");
  }
  article.tokens = Tokenize(article.text);
  SplitSentences(article);
  return Status::Ok();
}

}  // namespace dyad
