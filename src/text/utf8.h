// UTF-8 decoding and repair. Input from the web is often damaged; dyad repairs
// it (each invalid byte becomes U+FFFD) and reports how much it repaired, so
// that offsets stay meaningful and no later stage sees invalid UTF-8.
#ifndef DYAD_TEXT_UTF8_H_
#define DYAD_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

// Decodes the code point at `s[i]`, advancing `i`. Invalid sequences yield
// 0xFFFD and advance by one byte. Precondition: i < s.size().
char32_t DecodeUtf8(std::string_view s, size_t& i);

// Appends the UTF-8 encoding of `c` to `out`.
void AppendUtf8(char32_t c, std::string& out);

// Replaces invalid sequences (and NUL bytes) in `text` by U+FFFD (NUL by a
// space). Returns the number of repairs; 0 means `text` was left untouched.
size_t RepairUtf8(std::string& text);

// True if `s` has bytes >= 0x80.
bool HasNonAscii(std::string_view s);

}  // namespace dyad

#endif  // DYAD_TEXT_UTF8_H_
