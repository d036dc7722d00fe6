// Match keys. Dictionaries and text meet on one normal form per word: case
// folded, accents removed, straight apostrophes and hyphens and inner periods
// dropped, so that "Erdoğan" = "erdogan", "U.S." = "us", "cease-fire" =
// "ceasefire", "Al-Sudani" = "alsudani". ASCII words (nearly all of English
// news) take a fast path that allocates nothing beyond the result.
#ifndef DYAD_TEXT_NORMALIZE_H_
#define DYAD_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace dyad {

// Returns the match key of one word (see above). May return "" for a word made
// only of dropped characters.
std::string NormalizeKey(std::string_view word);

// Appends the match key of `word` to `out` (no allocation when `out` has room).
void AppendNormalizedKey(std::string_view word, std::string& out);

// Letter, digit and space tests on a code point (Unicode aware).
bool IsLetter(char32_t c);
bool IsDigit(char32_t c);
bool IsSpace(char32_t c);
bool IsUpper(char32_t c);

// True for the apostrophe-like characters ' ’ ʼ ‘ ´ (as used inside words;
// the acute accent stands for one in some copy: "Kurdistan´s").
inline bool IsApostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x2018 || c == 0x00B4;
}
// True for the hyphen-like characters joining compounds: - ‐ ‑.
inline bool IsHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

// Lower-cases and normalises a phrase word by word (tokens separated by
// spaces), e.g. for dictionary entries: "Al-Sudani  Mohammed" ->
// "alsudani mohammed".
std::string NormalizePhrase(std::string_view phrase);

}  // namespace dyad

#endif  // DYAD_TEXT_NORMALIZE_H_
