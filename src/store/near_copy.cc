#include "store/near_copy.h"

#include <cctype>

namespace dyad {
namespace store {
namespace {

// FNV-1a of one word, lower-cased; bytes of 0x80 and above (non-ASCII
// letters) are kept as they are.
uint64_t WordHash(std::string_view w) {
  uint64_t h = 1469598103934665603ull;
  for (char c : w) {
    h ^= static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(c)));
    h *= 1099511628211ull;
  }
  return h;
}

// splitmix64's finaliser: a cheap hash family, one member per seed.
uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

bool WordByte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalnum(u);
}

}  // namespace

Signature MinHashSignature(std::string_view text) {
  Signature s;
  s.mins.fill(UINT32_MAX);
  uint64_t w[3] = {};
  int words = 0;
  size_t i = 0;
  while (i < text.size()) {
    if (!WordByte(text[i])) {
      ++i;
      continue;
    }
    size_t b = i;
    while (i < text.size() && WordByte(text[i])) ++i;
    w[0] = w[1];
    w[1] = w[2];
    w[2] = WordHash(text.substr(b, i - b));
    if (++words < 3) continue;
    uint64_t trigram = Mix(w[0] ^ Mix(w[1] ^ Mix(w[2])));
    for (int k = 0; k < kMinHashes; ++k) {
      auto h = static_cast<uint32_t>(Mix(trigram + 0x9e3779b97f4a7c15ull * (k + 1)) >> 32);
      if (h < s.mins[k]) s.mins[k] = h;
    }
  }
  s.empty = words < 3;
  return s;
}

std::array<int64_t, kBands> BandKeys(const Signature& s) {
  std::array<int64_t, kBands> keys{};
  for (int b = 0; b < kBands; ++b) {
    uint64_t h = Mix(static_cast<uint64_t>(b) + 1);
    for (int r = 0; r < kRows; ++r) h = Mix(h ^ s.mins[b * kRows + r]);
    keys[b] = static_cast<int64_t>(h >> 1);  // Non-negative: fits any SQL integer.
  }
  return keys;
}

double Resemblance(const Signature& a, const Signature& b) {
  if (a.empty || b.empty) return 0;
  int same = 0;
  for (int k = 0; k < kMinHashes; ++k) same += a.mins[k] == b.mins[k];
  return static_cast<double>(same) / kMinHashes;
}

std::string SignatureBytes(const Signature& s) {
  std::string out;
  out.reserve(kSignatureBytes);
  for (uint32_t m : s.mins) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((m >> (8 * i)) & 0xff));
  }
  return out;
}

Signature SignatureFromBytes(std::string_view bytes) {
  Signature s;
  if (bytes.size() != kSignatureBytes) return s;
  for (int k = 0; k < kMinHashes; ++k) {
    uint32_t m = 0;
    for (int i = 0; i < 4; ++i)
      m |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[4 * k + i])) << (8 * i);
    s.mins[k] = m;
  }
  s.empty = false;
  return s;
}

}  // namespace store
}  // namespace dyad
