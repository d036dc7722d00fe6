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
  // "ithilen*"), and a loose join may wait for its next word: every branch
  // is walked, up to kMaxBranches at a time, and where several end at one
  // length the first (exact) path's values are given.
  template <typename Fn>
  void ForEachAt(std::span<const Token> tokens, size_t i, Fn fn) const {
    Frontier cur{}, next{};
    size_t n = 1;  // cur[0] = root
    for (size_t k = i; k < tokens.size() && n > 0; ++k) {
      size_t m = 0;
      for (size_t j = 0; j < n; ++j) m = Advance(cur[j], tokens[k].norm, next, m);
      cur = next;
      n = m;
      for (size_t j = 0; j < n; ++j) {
        if (cur[j].waiting > 0 || values_[cur[j].node].empty()) continue;
        fn(static_cast<uint32_t>(k + 1 - i), std::span<const uint32_t>(values_[cur[j].node]));
        break;
      }
    }
  }

  // The key joining two words loosely ("prince ~ amroth", from TABARI's
  // "PRINCE DOL_AMROTH"): up to kMaxLooseGap other tokens may come between
  // them ("Prince of Dol Amroth").
  static constexpr std::string_view kLooseJoin = "~";
  static constexpr uint8_t kMaxLooseGap = 4;

  size_t phrase_count() const { return phrase_count_; }

 private:
  static constexpr size_t kMaxBranches = 8;
  // A node being walked; `waiting` > 0 for the node after a loose join,
  // which may still pass over that many tokens before its next word.
  struct Branch {
    uint32_t node = 0;
    uint8_t waiting = 0;
  };
  using Frontier = std::array<Branch, kMaxBranches>;

  uint32_t KeyId(std::string_view key) const;
  // Appends to out[at...] what `key` makes of branch `b`: the children its
  // exact edge and its stems (longest first) reach, each with the node
  // after its loose join, then `b` itself if it may pass over `key`.
  // Returns the new count.
  size_t Advance(Branch b, std::string_view key, Frontier& out, size_t at) const;
  void Push(uint32_t node, uint8_t waiting, Frontier& out, size_t& at) const;

  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> key_ids_;
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> stem_ids_;
  std::unordered_map<uint64_t, uint32_t> edges_;  // (node << 32 | key) -> node
  std::unordered_map<uint32_t, uint32_t> loose_;  // node -> node after its loose join
  std::vector<std::vector<uint32_t>> values_{1};  // per node; node 0 = root
  size_t phrase_count_ = 0;
};

}  // namespace dyad

#endif  // DYAD_LEXICON_PHRASE_MATCHER_H_
