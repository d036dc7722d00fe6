// PhraseMatcher: finds dictionary phrases (sequences of match keys) in a token
// stream. Compiled once, immutable, shared by all threads.
//
// Design: every distinct key gets a 32-bit id; the phrases form a trie whose
// edges live in one hash map keyed by (node, key id). Matching at a token
// costs one key lookup and one edge lookup per token walked, with no
// allocation. A naive reference (phrase_matcher_test.cc) checks it.
#ifndef DYAD_LEXICON_PHRASE_MATCHER_H_
#define DYAD_LEXICON_PHRASE_MATCHER_H_

#include <array>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/article.h"

namespace dyad {

// Hash for heterogeneous (string_view) lookups in string-keyed maps.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class PhraseMatcher {
 public:
  static constexpr uint32_t kNoKey = 0xFFFFFFFF;

  // Adds `phrase` (space-separated match keys, already normalised) with
  // `value`. A phrase may carry several values. Empty phrases are ignored.
  // A key ending in '*' ("argentin*") is a stem: it matches any word that
  // starts with it, when no word-exact edge does (TABARI's convention).
  void Add(std::string_view phrase, uint32_t value);

  struct Match {
    uint32_t length = 0;  // Tokens covered.
    std::span<const uint32_t> values;
  };

  // The longest phrase starting at tokens[i]; length 0 when none.
  Match LongestAt(std::span<const Token> tokens, size_t i) const;

  // Calls `fn(length, values)` for the phrases starting at tokens[i], in
  // order of length, once per length. A word may take an exact edge and
  // stem edges at once ("ithilen" follows "ithilen television" and the stem
  // "ithilen*"): every branch is walked, up to kMaxBranches at a time, and
  // where several end at one length the exact path's values are given.
  template <typename Fn>
  void ForEachAt(std::span<const Token> tokens, size_t i, Fn fn) const {
    std::array<uint32_t, kMaxBranches> cur{}, next{};
    size_t n = 1;  // cur[0] = root
    for (size_t k = i; k < tokens.size() && n > 0; ++k) {
      size_t m = 0;
      for (size_t j = 0; j < n; ++j) m = StepAll(cur[j], tokens[k].norm, next, m);
      cur = next;
      n = m;
      for (size_t j = 0; j < n; ++j) {
        if (values_[cur[j]].empty()) continue;
        fn(static_cast<uint32_t>(k + 1 - i), std::span<const uint32_t>(values_[cur[j]]));
        break;
      }
    }
  }

  size_t phrase_count() const { return phrase_count_; }

 private:
  static constexpr size_t kMaxBranches = 8;

  uint32_t KeyId(std::string_view key) const;
  // Appends to out[at...] the children of `node` that `key` reaches: the
  // exact edge first, then stems, longest first. Returns the new count.
  size_t StepAll(uint32_t node, std::string_view key, std::array<uint32_t, kMaxBranches>& out,
                 size_t at) const;

  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> key_ids_;
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> stem_ids_;
  std::unordered_map<uint64_t, uint32_t> edges_;  // (node << 32 | key) -> node
  std::vector<std::vector<uint32_t>> values_{1};  // per node; node 0 = root
  size_t phrase_count_ = 0;
};

}  // namespace dyad

#endif  // DYAD_LEXICON_PHRASE_MATCHER_H_
