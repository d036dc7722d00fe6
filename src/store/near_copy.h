// Near-copy detection for syndicated stories: the same wire story printed
// by two outlets with another dateline, a trimmed paragraph or a changed
// word.
//
// Design: MinHash over word trigrams. A signature keeps, for each of
// kMinHashes hash functions, the least hash of any trigram; two signatures
// agree at a position with probability equal to the texts' resemblance (the
// Jaccard index of their trigram sets). Locality-sensitive banding finds the
// candidates with exact-match index lookups: the signature is cut into
// kBands bands of kRows positions, each band hashed to one key, and texts
// sharing any key are compared. With 8 bands of 4, a pair of resemblance 0.8
// shares a key with probability 0.98, a pair of 0.3 with 0.06.
#ifndef DYAD_STORE_NEAR_COPY_H_
#define DYAD_STORE_NEAR_COPY_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {
namespace store {

inline constexpr int kBands = 8;
inline constexpr int kRows = 4;
inline constexpr int kMinHashes = kBands * kRows;
inline constexpr size_t kSignatureBytes = size_t{4} * kMinHashes;
// Estimated resemblance at or above which two articles are one story.
inline constexpr double kNearCopyResemblance = 0.6;

struct Signature {
  std::array<uint32_t, kMinHashes> mins{};
  bool empty = true;  // Fewer than three words: never a near-copy.
};

// The MinHash signature of `text`'s word trigrams (case and punctuation
// ignored).
Signature MinHashSignature(std::string_view text);

// The key of each band; keys of different bands never collide by design
// (the band number is hashed in).
std::array<int64_t, kBands> BandKeys(const Signature& s);

// The estimated resemblance of two texts, 0 to 1 (0 if either is empty).
double Resemblance(const Signature& a, const Signature& b);

// A signature as kSignatureBytes bytes (little-endian) and back; a blob of
// another size reads as an empty signature.
std::string SignatureBytes(const Signature& s);
Signature SignatureFromBytes(std::string_view bytes);

}  // namespace store
}  // namespace dyad

#endif  // DYAD_STORE_NEAR_COPY_H_
