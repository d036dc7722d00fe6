#include "lexicon/phrase_matcher.h"

#include <algorithm>

namespace dyad {

uint32_t PhraseMatcher::KeyId(std::string_view key) const {
  auto it = key_ids_.find(key);
  return it == key_ids_.end() ? kNoKey : it->second;
}

size_t PhraseMatcher::StepAll(uint32_t node, std::string_view key,
                              std::array<uint32_t, kMaxBranches>& out, size_t at) const {
  auto push = [&](uint32_t id) {
    auto it = edges_.find((static_cast<uint64_t>(node) << 32) | id);
    if (it != edges_.end() && at < out.size()) out[at++] = it->second;
  };
  if (uint32_t id = KeyId(key); id != kNoKey) push(id);
  // Stems, longest first; only dictionaries loaded from TABARI have them.
  for (size_t n = stem_ids_.empty() ? 0 : key.size(); n > 0; --n) {
    auto sit = stem_ids_.find(key.substr(0, n));
    if (sit != stem_ids_.end()) push(sit->second);
  }
  return at;
}

void PhraseMatcher::Add(std::string_view phrase, uint32_t value) {
  uint32_t node = 0;
  bool any = false;
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && phrase[i] == ' ') ++i;
    size_t start = i;
    while (i < phrase.size() && phrase[i] != ' ') ++i;
    if (i == start) break;
    std::string key(phrase.substr(start, i - start));
    bool stem = key.size() > 1 && key.back() == '*';
    if (stem) key.pop_back();
    auto& ids = stem ? stem_ids_ : key_ids_;
    uint32_t next_id = static_cast<uint32_t>(key_ids_.size() + stem_ids_.size());
    auto [kit, added] = ids.emplace(key, next_id);
    uint64_t edge = (static_cast<uint64_t>(node) << 32) | kit->second;
    auto eit = edges_.find(edge);
    if (eit == edges_.end()) {
      uint32_t child = static_cast<uint32_t>(values_.size());
      values_.emplace_back();
      edges_.emplace(edge, child);
      node = child;
    } else {
      node = eit->second;
    }
    any = true;
  }
  if (!any) return;
  auto& vals = values_[node];
  if (std::find(vals.begin(), vals.end(), value) == vals.end()) {
    vals.push_back(value);
    ++phrase_count_;
  }
}

PhraseMatcher::Match PhraseMatcher::LongestAt(std::span<const Token> tokens, size_t i) const {
  Match best;
  ForEachAt(tokens, i, [&](uint32_t length, std::span<const uint32_t> values) {
    best.length = length;
    best.values = values;
  });
  return best;
}

}  // namespace dyad
