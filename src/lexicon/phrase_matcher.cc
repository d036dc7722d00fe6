#include "lexicon/phrase_matcher.h"

#include <algorithm>

namespace dyad {

uint32_t PhraseMatcher::KeyId(std::string_view key) const {
  auto it = key_ids_.find(key);
  return it == key_ids_.end() ? kNoKey : it->second;
}

void PhraseMatcher::Push(uint32_t node, uint8_t waiting, Frontier& out, size_t& at) const {
  if (at < out.size()) out[at++] = Branch{node, waiting};
  if (waiting > 0 || loose_.empty()) return;
  auto it = loose_.find(node);
  if (it != loose_.end() && at < out.size()) out[at++] = Branch{it->second, kMaxLooseGap + 1};
}

size_t PhraseMatcher::Advance(Branch b, std::string_view key, Frontier& out, size_t at) const {
  auto push = [&](uint32_t id) {
    auto it = edges_.find((static_cast<uint64_t>(b.node) << 32) | id);
    if (it != edges_.end()) Push(it->second, 0, out, at);
  };
  if (uint32_t id = KeyId(key); id != kNoKey) push(id);
  // Stems, longest first; only dictionaries loaded from TABARI have them.
  for (size_t n = stem_ids_.empty() ? 0 : key.size(); n > 0; --n) {
    auto sit = stem_ids_.find(key.substr(0, n));
    if (sit != stem_ids_.end()) push(sit->second);
  }
  // A loose join passes over this token and waits for its word.
  if (b.waiting > 1 && at < out.size()) out[at++] = Branch{b.node, uint8_t(b.waiting - 1)};
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
    if (key == kLooseJoin) {
      if (!any) continue;  // Nothing to join at the start.
      auto [lit, added] = loose_.emplace(node, 0);
      if (added) {
        lit->second = static_cast<uint32_t>(values_.size());
        values_.emplace_back();
      }
      node = lit->second;
      continue;
    }
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
