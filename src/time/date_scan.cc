// Date tokenizer: one pass over bytes. Words are ASCII letter runs (with
// inner periods, as in U.S.); numbers are digit runs with inner , or .
// followed by a digit, plus a letter suffix (14th, 1990s). Quote state is
// tracked from straight and curly double quotes and reset at each newline;
// sentences end at . ! ? (unless the period closes an abbreviation) and at
// newlines. Everything is bounded, so the pass is linear in the text size.
#include "time/date_scan.h"

#include <algorithm>
#include <array>
#include <limits>

namespace dyad {
namespace {

constexpr size_t kMaxWordKey = 24;

bool IsAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// Abbreviations whose trailing period does not end a sentence.
bool IsAbbreviation(std::string_view w) {
  static constexpr std::array<std::string_view, 28> kAbbrev = {
      "mr",  "mrs", "ms",  "dr",  "gen", "st",   "lt",   "col", "sen", "rep",
      "gov", "jr",  "sr",  "no",  "vs",  "prof", "capt", "sgt", "maj", "adm",
      "jan", "feb", "mar", "apr", "aug", "sep",  "sept", "oct"};
  if (w.size() == 1) return true;                          // Initials: K. P. Oli.
  if (w.find('.') != std::string_view::npos) return true;  // U.S. / a.m.
  if (w == "nov" || w == "dec" || w == "jun" || w == "jul") return true;
  for (std::string_view a : kAbbrev) {
    if (w == a) return true;
  }
  return false;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}
  std::vector<ScanToken> Run();

 private:
  void ScanWord();
  void ScanNumber();
  bool ScanMultiByte();
  void Push(ScanToken t);
  void PushPunct(uint32_t len, std::string_view key);

  std::string_view text_;
  size_t pos_ = 0;
  bool space_ = true;
  bool in_quote_ = false;
  bool end_sentence_ = false;
  uint32_t sentence_ = 0;
  std::vector<ScanToken> out_;
};

void Scanner::Push(ScanToken t) {
  if (end_sentence_ && !out_.empty()) ++sentence_;
  end_sentence_ = false;
  t.space_before = space_;
  t.in_quote = in_quote_;
  t.sentence = sentence_;
  space_ = false;
  out_.push_back(std::move(t));
}

void Scanner::PushPunct(uint32_t len, std::string_view key) {
  ScanToken t;
  t.begin = static_cast<uint32_t>(pos_);
  t.end = static_cast<uint32_t>(pos_ + len);
  t.kind = ScanKind::kPunct;
  t.lower = std::string(key);
  const bool was_word =
      !out_.empty() && out_.back().kind == ScanKind::kWord && out_.back().end == t.begin;
  const bool abbrev = was_word && IsAbbreviation(out_.back().lower);
  Push(std::move(t));
  pos_ += len;
  if (key == "!" || key == "?" || (key == "." && !abbrev)) end_sentence_ = true;
}

void Scanner::ScanWord() {
  ScanToken t;
  t.begin = static_cast<uint32_t>(pos_);
  t.kind = ScanKind::kWord;
  t.capitalized = text_[pos_] >= 'A' && text_[pos_] <= 'Z';
  while (pos_ < text_.size()) {
    const unsigned char c = text_[pos_];
    if (IsAlpha(c)) {
      ++pos_;
    } else if (c == '.' && pos_ + 1 < text_.size() && IsAlpha(text_[pos_ + 1]) && pos_ > t.begin &&
               pos_ - t.begin < 2) {
      ++pos_;  // Inner period of an initialism: U.S, a.m.
    } else {
      break;
    }
  }
  t.end = static_cast<uint32_t>(pos_);
  if (t.end - t.begin <= kMaxWordKey) {
    for (size_t i = t.begin; i < t.end; ++i) {
      t.lower.push_back(static_cast<char>(text_[i] | (IsAlpha(text_[i]) ? 0x20 : 0)));
    }
  }
  Push(std::move(t));
}

void Scanner::ScanNumber() {
  ScanToken t;
  t.begin = static_cast<uint32_t>(pos_);
  t.kind = ScanKind::kNumber;
  if (pos_ > 0) {
    const unsigned char prev = text_[pos_ - 1];
    t.glued = prev == '$' || prev >= 0x80 || IsAlpha(prev);
  }
  int64_t value = 0;
  while (pos_ < text_.size()) {
    const unsigned char c = text_[pos_];
    if (IsDigit(c)) {
      ++t.digits;
      if (value <= std::numeric_limits<int>::max() / 10) value = value * 10 + (c - '0');
      ++pos_;
    } else if ((c == ',' || c == '.') && pos_ + 1 < text_.size() && IsDigit(text_[pos_ + 1])) {
      t.has_sep = true;
      ++pos_;
    } else {
      break;
    }
  }
  t.value = (t.digits <= 9 && !t.has_sep) ? static_cast<int>(value) : -1;
  while (pos_ < text_.size() && IsAlpha(text_[pos_])) {
    if (t.lower.size() < kMaxWordKey) t.lower.push_back(static_cast<char>(text_[pos_] | 0x20));
    ++pos_;
  }
  t.end = static_cast<uint32_t>(pos_);
  Push(std::move(t));
}

// Handles a non-ASCII byte at pos_. Returns true when a token was made.
bool Scanner::ScanMultiByte() {
  const unsigned char c = text_[pos_];
  if (c == 0xE2 && pos_ + 2 < text_.size() && (unsigned char)text_[pos_ + 1] == 0x80) {
    const unsigned char c3 = text_[pos_ + 2];
    if (c3 == 0x9C) {  // Left double quotation mark.
      in_quote_ = true;
      PushPunct(3, "\"");
      return true;
    }
    if (c3 == 0x9D) {  // Right double quotation mark.
      PushPunct(3, "\"");
      in_quote_ = false;
      return true;
    }
    if (c3 == 0x93 || c3 == 0x94) {  // En and em dash.
      PushPunct(3, "-");
      return true;
    }
    if (c3 == 0x99 || c3 == 0x98) {
      PushPunct(3, "'");
      return true;
    }
  }
  ++pos_;
  while (pos_ < text_.size() && ((unsigned char)text_[pos_] & 0xC0) == 0x80) ++pos_;
  space_ = true;  // Other characters separate tokens.
  return false;
}

std::vector<ScanToken> Scanner::Run() {
  // Offsets are 32-bit: anything beyond 4 GB is ignored.
  if (text_.size() > std::numeric_limits<uint32_t>::max() - 8) {
    text_ = text_.substr(0, std::numeric_limits<uint32_t>::max() - 8);
  }
  while (pos_ < text_.size()) {
    const unsigned char c = text_[pos_];
    if (c == '\n') {
      in_quote_ = false;
      end_sentence_ = true;
      space_ = true;
      ++pos_;
    } else if (IsSpace(c) || c == 0) {
      space_ = true;
      ++pos_;
    } else if (IsAlpha(c)) {
      ScanWord();
    } else if (IsDigit(c)) {
      ScanNumber();
    } else if (c >= 0x80) {
      ScanMultiByte();
    } else if (c == '"') {
      const bool opening = space_ || out_.empty();
      if (opening) in_quote_ = true;
      PushPunct(1, "\"");
      if (!opening) in_quote_ = false;
    } else {
      PushPunct(1, std::string_view(text_.data() + pos_, 1));
    }
  }
  return std::move(out_);
}

}  // namespace

std::vector<ScanToken> ScanDateTokens(std::string_view text) { return Scanner(text).Run(); }

int MonthFromWord(std::string_view w, bool* abbreviated) {
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  static constexpr std::array<std::string_view, 12> kShort = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  *abbreviated = false;
  for (int m = 0; m < 12; ++m) {
    if (w == kFull[m]) return m + 1;
  }
  *abbreviated = true;
  if (w == "sept") return 9;
  for (int m = 0; m < 12; ++m) {
    if (w == kShort[m]) return m + 1;
  }
  return 0;
}

int WeekdayFromWord(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (int d = 0; d < 7; ++d) {
    if (w == kDays[d]) return d + 1;
  }
  return 0;
}

int CountValue(const ScanToken& t) {
  static constexpr std::array<std::string_view, 20> kWords = {
      "one",     "two",     "three",     "four",     "five",     "six",      "seven",
      "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen", "fourteen",
      "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  if (t.kind == ScanKind::kNumber) {
    if (t.has_sep || !t.lower.empty() || t.value < 1 || t.value > 999) return 0;
    return t.value;
  }
  if (t.kind != ScanKind::kWord) return 0;
  if (t.lower == "a" || t.lower == "an") return 1;
  for (int i = 0; i < 20; ++i) {
    if (t.lower == kWords[i]) return i + 1;
  }
  return 0;
}

bool IsCountNoun(std::string_view w) {
  static constexpr std::array<std::string_view, 40> kNouns = {
      "people",    "persons",    "soldiers",   "troops",    "men",       "women",    "children",
      "civilians", "deaths",     "dead",       "cases",     "residents", "refugees", "migrants",
      "km",        "kilometres", "kilometers", "miles",     "meters",    "metres",   "tons",
      "tonnes",    "dollars",    "euros",      "homes",     "houses",    "votes",    "members",
      "workers",   "officers",   "fighters",   "militants", "rebels",    "families", "times",
      "feet",      "hectares",   "barrels",    "percent",   "per"};
  for (std::string_view n : kNouns) {
    if (w == n) return true;
  }
  return false;
}

namespace {

// A finite past verb ("stormed") is a weak past marker; a participle after
// be/been/to/will or a determiner ("will be hosted", "the armed forces") is not.
Tense PastParticipleTense(const std::vector<ScanToken>& tokens, size_t j) {
  static constexpr std::array<std::string_view, 16> kNotFinite = {
      "be", "been", "being", "to",  "will", "would", "the", "a",
      "an", "its",  "their", "his", "her",  "is",    "are", "heavily"};
  // Irregular pasts a news report uses most, and four-letter "-ed" verbs.
  static constexpr std::array<std::string_view, 40> kIrregular = {
      "met",    "took",     "held",      "sent",      "gave",    "made", "began", "struck",
      "fought", "won",      "lost",      "left",      "came",    "went", "saw",   "spoke",
      "led",    "broke",    "brought",   "sought",    "flew",    "drew", "threw", "wrote",
      "stood",  "fell",     "chose",     "knew",      "became",  "ran",  "swore", "stole",
      "shook",  "withdrew", "overthrew", "undertook", "oversaw", "used", "fled",  "freed"};
  static constexpr std::array<std::string_view, 8> kNotVerbs = {
      "need", "feed", "seed", "deed", "speed", "breed", "greed", "indeed"};
  const ScanToken& t = tokens[j];
  const std::string& w = t.lower;
  if (t.capitalized) return Tense::kNone;
  bool irregular = std::find(kIrregular.begin(), kIrregular.end(), w) != kIrregular.end();
  bool ed = w.size() >= 5 && w.compare(w.size() - 2, 2, "ed") == 0 &&
            std::find(kNotVerbs.begin(), kNotVerbs.end(), w) == kNotVerbs.end();
  if (!irregular && !ed) return Tense::kNone;
  if (j > 0) {
    for (std::string_view n : kNotFinite) {
      if (tokens[j - 1].lower == n) return Tense::kNone;
    }
  }
  return Tense::kPast;
}

// The tense a single word (with its neighbours) signals, if any.
Tense TenseAt(const std::vector<ScanToken>& tokens, size_t j) {
  // Present-tense verbs of schedules ("the ceasefire takes effect in
  // August", "talks begin in March") point ahead too.
  static constexpr std::array<std::string_view, 22> kFuture = {
      "will",     "shall",    "would", "next",    "upcoming", "tomorrow", "scheduled", "plans",
      "planning", "expected", "due",   "intends", "aims",     "ll",       "planned",   "begins",
      "starts",   "takes",    "goes",  "expires", "resumes",  "opens"};
  static constexpr std::array<std::string_view, 14> kPast = {
      "said", "says", "told", "announced", "reported", "added",     "already",
      "ago",  "was",  "were", "had",       "did",      "yesterday", "confirmed"};
  const ScanToken& t = tokens[j];
  if (t.kind != ScanKind::kWord) return Tense::kNone;
  // "was to meet early Tuesday": the future seen from the past.
  if ((t.lower == "was" || t.lower == "were") && j + 1 < tokens.size() &&
      tokens[j + 1].lower == "to") {
    return Tense::kFuture;
  }
  for (std::string_view w : kFuture) {
    if (t.lower == w) return Tense::kFuture;
  }
  for (std::string_view w : kPast) {
    if (t.lower == w) return Tense::kPast;
  }
  // "to be held", "is to visit", "set to".
  const bool next_be = j + 1 < tokens.size() && tokens[j + 1].lower == "be";
  if (t.lower == "to" && next_be) return Tense::kFuture;
  const bool next_to = j + 1 < tokens.size() && tokens[j + 1].lower == "to";
  if ((t.lower == "is" || t.lower == "are" || t.lower == "set") && next_to) {
    return Tense::kFuture;
  }
  return PastParticipleTense(tokens, j);
}

}  // namespace

bool IsFutureContext(const std::vector<ScanToken>& tokens, size_t i) {
  return SentenceTense(tokens, i) == Tense::kFuture;
}

Tense SentenceTense(const std::vector<ScanToken>& tokens, size_t i) {
  constexpr size_t kWindowBack = 20;
  constexpr size_t kWindowForward = 8;
  if (i >= tokens.size()) return Tense::kNone;
  const uint32_t sentence = tokens[i].sentence;
  for (size_t k = 1; k <= kWindowBack && k <= i; ++k) {
    const size_t j = i - k;
    if (tokens[j].sentence != sentence) break;
    const Tense tense = TenseAt(tokens, j);
    if (tense != Tense::kNone) return tense;
  }
  for (size_t j = i + 1; j < tokens.size() && j <= i + kWindowForward; ++j) {
    if (tokens[j].sentence != sentence) break;
    const Tense tense = TenseAt(tokens, j);
    if (tense != Tense::kNone) return tense;
  }
  return Tense::kNone;
}

}  // namespace dyad
