#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "text/utf8.h"

namespace dyad {
namespace {

bool IsDropped(char32_t c) { return IsApostrophe(c) || IsHyphen(c) || c == '.' || c == 0x00AD; }

// Non-ASCII path: NFD, drop combining marks, fold case.
void AppendUnicodeKey(std::string_view word, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  icu::UnicodeString decomposed;
  if (U_SUCCESS(status)) {
    decomposed = nfd->normalize(source, status);
  }
  if (U_FAILURE(status)) decomposed = source;
  decomposed.foldCase();
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (IsDropped(static_cast<char32_t>(c))) continue;
    // A few letters have no decomposition but a common ASCII spelling.
    switch (c) {
      case 0x00DF:
        out += "ss";
        continue;  // ß
      case 0x00F8:
        out += 'o';
        continue;  // ø
      case 0x0131:
        out += 'i';
        continue;  // dotless ı
      case 0x0142:
        out += 'l';
        continue;  // ł
      case 0x00E6:
        out += "ae";
        continue;  // æ
      case 0x0111:
        out += 'd';
        continue;  // đ
      default:
        break;
    }
    AppendUtf8(static_cast<char32_t>(c), out);
  }
}

}  // namespace

void AppendNormalizedKey(std::string_view word, std::string& out) {
  if (HasNonAscii(word)) {
    AppendUnicodeKey(word, out);
    return;
  }
  for (char ch : word) {
    if (ch == '\'' || ch == '-' || ch == '.') continue;
    out.push_back((ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch);
  }
}

std::string NormalizeKey(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  AppendNormalizedKey(word, out);
  return out;
}

std::string NormalizePhrase(std::string_view phrase) {
  std::string out;
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && phrase[i] == ' ') ++i;
    size_t start = i;
    while (i < phrase.size() && phrase[i] != ' ') ++i;
    if (i == start) break;
    if (!out.empty()) out.push_back(' ');
    AppendNormalizedKey(phrase.substr(start, i - start), out);
  }
  return out;
}

bool IsLetter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalpha(static_cast<UChar32>(c)) ||
         u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
}

bool IsDigit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return u_isdigit(static_cast<UChar32>(c));
}

bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
  return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0x200B;
}

bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c));
}

}  // namespace dyad
