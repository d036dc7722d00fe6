// Internal to the dates stage: a light ASCII tokenizer tuned for date
// expressions, plus the word tables (months, weekdays, number words) and the
// tense test that decides whether an expression points forward in time.
#ifndef DYAD_TIME_DATE_SCAN_H_
#define DYAD_TIME_DATE_SCAN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

enum class ScanKind : uint8_t { kWord, kNumber, kPunct };

struct ScanToken {
  uint32_t begin = 0;  // Byte offsets into the scanned text.
  uint32_t end = 0;
  ScanKind kind = ScanKind::kPunct;
  std::string lower;         // Words: lower-case ASCII (empty if over 24 bytes).
                             // Numbers: the letter suffix ("th" in 14th).
                             // Punct: the character; dashes are "-", quotes "\"".
  int value = -1;            // Numbers: the value when at most 9 plain digits.
  int digits = 0;            // Numbers: count of digits.
  bool capitalized = false;  // Words: first letter upper case.
  bool has_sep = false;      // Numbers: contains , or . (1,000 / 2.5).
  bool glued = false;        // Numbers: preceded by $, a letter or non-ASCII.
  bool space_before = true;  // Whitespace (or text start) precedes it.
  bool in_quote = false;     // Inside quotation marks.
  uint32_t sentence = 0;     // Sentence counter (approximate).
};

// Splits `text` into tokens in one linear pass; never fails. Non-ASCII
// characters other than quotes and dashes act as separators.
std::vector<ScanToken> ScanDateTokens(std::string_view text);

// Month number 1..12 for a full or abbreviated month name (lower case), or 0.
// `abbreviated` reports a short form ("sept", "dec").
int MonthFromWord(std::string_view lower, bool* abbreviated);

// ISO weekday 1 (Monday) .. 7 (Sunday) for a weekday name, or 0.
int WeekdayFromWord(std::string_view lower);

// Value of a small count: digits 1..999 or the words one..twenty, a/an; else 0.
int CountValue(const ScanToken& t);

enum class Tense : uint8_t { kNone, kPast, kFuture };

// The tense of token i's sentence as seen from i: scanning backwards, the
// first future marker (will, would, next, scheduled, "to be", ...) or past
// marker (said, told, already, a finite -ed verb, ...) decides; if neither
// is found, the few words after i are scanned the same way; else kNone.
Tense SentenceTense(const std::vector<ScanToken>& tokens, size_t i);

// SentenceTense(tokens, i) == Tense::kFuture.
bool IsFutureContext(const std::vector<ScanToken>& tokens, size_t i);

// True for nouns that follow a count rather than a year ("2017 people").
bool IsCountNoun(std::string_view lower);

}  // namespace dyad

#endif  // DYAD_TIME_DATE_SCAN_H_
