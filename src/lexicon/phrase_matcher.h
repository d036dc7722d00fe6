// PhraseMatcher: finds dictionary phrases (sequences of match keys) in a token
// stream. Compiled once, immutable, shared by all threads.
//
// Design: every distinct key gets a 32-bit id; the phrases form a trie whose
// edges live in one hash map keyed by (node, key id). Matching at a token
// costs one key lookup and one edge lookup per token walked, with no
// allocation. A naive reference (phrase_matcher_test.cc) checks it.
#ifndef DYAD_LEXICON_PHRASE_MATCHER_H_
#define DYAD_LEXICON_PHRASE_MATCHER_H_

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

  // Calls `fn(length, values)` for every phrase starting at tokens[i].
  template <typename Fn>
  void ForEachAt(std::span<const Token> tokens, size_t i, Fn fn) const {
    uint32_t node = 0;
    for (size_t k = i; k < tokens.size(); ++k) {
      node = Step(node, tokens[k].norm);
      if (node == kNoKey) return;
      if (!values_[node].empty()) {
        fn(static_cast<uint32_t>(k + 1 - i), std::span<const uint32_t>(values_[node]));
      }
    }
  }

  size_t phrase_count() const { return phrase_count_; }

 private:
  uint32_t KeyId(std::string_view key) const;
  uint32_t Step(uint32_t node, std::string_view key) const;

  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> key_ids_;
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> stem_ids_;
  std::unordered_map<uint64_t, uint32_t> edges_;  // (node << 32 | key) -> node
  std::vector<std::vector<uint32_t>> values_{1};  // per node; node 0 = root
  size_t phrase_count_ = 0;
};

}  // namespace dyad

#endif  // DYAD_LEXICON_PHRASE_MATCHER_H_
