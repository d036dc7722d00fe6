// Pattern matches in a sentence: every token whose lemma anchors a pattern
// tries those patterns; the matches are ranked by specificity (required
// words), then length, and taken greedily where their words do not overlap.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "events/sentence_coder.h"

namespace dyad {
namespace event_coding {

std::vector<PatternMatch> SentenceCoder::FindMatches() const {
  std::vector<PatternMatch> out;
  std::vector<uint32_t> prefixed;  // Reused: TABARI stems, when loaded.
  for (uint32_t i = view_.first; i < view_.end; ++i) {
    if (quoted_[i] && !options_.code_inside_quotes) continue;
    if (view_.transparent[i - view_.first]) continue;  // "in March", "(US)".
    const Token& t = a_.tokens[i];
    uint32_t lemma = view_.lemma_ids[i - view_.first], norm = view_.norm_ids[i - view_.first];
    if (const std::vector<uint32_t>* ids = verbs_.Anchored(lemma)) TryPatterns(*ids, i, &out);
    if (norm != lemma) {
      if (const std::vector<uint32_t>* ids = verbs_.Anchored(norm)) TryPatterns(*ids, i, &out);
    }
    if (verbs_.has_prefix_anchors()) {
      prefixed.clear();
      verbs_.PrefixAnchored(t.norm, &prefixed);
      TryPatterns(prefixed, i, &out);
    }
  }
  return out;
}

void SentenceCoder::TryPatterns(const std::vector<uint32_t>& ids, uint32_t i,
                                std::vector<PatternMatch>* out) const {
  PatternMatch m;  // Reused: its token list keeps its memory between tries.
  for (uint32_t id : ids) {
    const VerbPattern& p = verbs_.pattern(id);
    if (!MayMatch(p, view_)) continue;
    // A noun written as such ("=meeting with +") is used as a noun.
    bool exact_noun = false;
    for (const PatternWord& w : p.elements[p.anchor].words) {
      exact_noun |=
          w.exact && w.key == a_.tokens[i].norm && a_.tokens[i].norm != a_.tokens[i].lemma;
    }
    if (p.anchor == 0 && !p.has_source && !p.predicate && !exact_noun && IsModifierUse(i)) continue;
    // The subject noun of a verdict, not a verb ("ruled that ... has no basis").
    if (p.predicate && a_.tokens[i].norm.ends_with("ed")) continue;
    if (p.anchor == 0 && !p.has_source && GerundAfterPreposition(i)) continue;
    // "Congolese forces chased the rebels": after a demonym a plural is a
    // noun, so a verb taking its object ("force + into") does not apply;
    // a noun pattern ("drone strike") still does.
    bool verb_object = p.elements.size() > 1 && p.elements[1].kind == PatternElement::Kind::kTarget;
    if (p.anchor == 0 && verb_object && PluralAfterDemonym(i)) continue;
    // "twin bomb blasts in Kampala": its object pattern ("bomb +") does not
    // apply to a noun modifier.
    if (p.anchor == 0 && verb_object && !options_.peer_conventions && ModifiesPlural(i)) continue;
    if (MatchPattern(p, view_, i, &m) && (!p.compound_subject || CompoundBefore(m.begin))) {
      m.pattern = id;
      out->push_back(m);
    }
  }
}

// "years of fighting jihadist groups", "support in battling
// insurgents", "accused him of threatening the stability": a gerund after
// a preposition names an activity told about, not an event done here.
bool SentenceCoder::GerundAfterPreposition(uint32_t i) const {
  const Token& t = a_.tokens[i];
  if (i == view_.first || !t.norm.ends_with("ing") || t.lemma == t.norm) return false;
  // ("after accusing India of ...", "before meeting Xi": a time clause of
  // the subject's own acts, which stays.)
  static const std::string_view kPrepositions[] = {"of",      "in",   "for",   "from",
                                                   "despite", "amid", "about", "against"};
  std::string_view prev = a_.tokens[i - 1].norm;
  if (std::find(std::begin(kPrepositions), std::end(kPrepositions), prev) ==
      std::end(kPrepositions)) {
    return false;
  }
  // A noun ("two days of fighting between rival groups") stays an event.
  if (i + 1 >= view_.end) return false;
  // "played a key role in brokering", "instrumental in facilitating": the
  // subject's own part in the act.
  for (uint32_t k = i - 1; k > view_.first && k + 4 > i; --k) {
    std::string_view w = a_.tokens[k - 1].norm;
    if (w == "role" || w == "part" || w == "instrumental" || w == "succeeded" || w == "helped") {
      return false;
    }
  }
  const Token& next = a_.tokens[i + 1];
  return next.kind == TokenKind::kWord && !IsPreposition(next.norm);
}

// The actor's words follow a place preposition (IsLocative, or "on",
// "along", "off"), over "the".
bool SentenceCoder::AfterLocative(uint32_t first) const {
  uint32_t k = first;
  if (k > view_.first && a_.tokens[k - 1].norm == "the") --k;
  if (k <= view_.first) return false;
  std::string_view w = a_.tokens[k - 1].norm;
  return IsLocative(w) || w == "on" || w == "along" || w == "off";
}

// Whether a word of the match after its first is an event noun ("called
// the ruling perverse").
bool SentenceCoder::NamesEventNoun(const PatternMatch& m) const {
  for (size_t k = 1; k < m.literal_tokens.size(); ++k) {
    if (!EventNounRoots(a_.tokens[m.literal_tokens[k]].norm).empty()) return true;
  }
  return false;
}

// Whether mention `k` owns the noun at `noun`: "Riyadh's decision",
// "Britain's latest move" (a possessive and up to two modifiers between).
bool SentenceCoder::PossessorOf(int k, uint32_t noun) const {
  uint32_t end = a_.actors[k].end_token;
  if (end >= noun || a_.tokens[end].kind != TokenKind::kPossessive) return false;
  return noun - end <= 3;
}

// Whether the match's first word ends an actor mention ("protesters
// gathered", "Iraqi troops entered"): a pattern anchored on its subject.
bool SentenceCoder::OpensOnActor(const PatternMatch& m) const {
  if (m.literal_tokens.empty()) return false;
  uint32_t t = m.literal_tokens.front();
  return t >= view_.first && t < view_.end && view_.mention_ending[t - view_.first] >= 0;
}

std::vector<PatternMatch> SentenceCoder::SelectMatches(std::vector<PatternMatch> all) const {
  // A partyless pattern only stands where it codes: in a clause naming no
  // actor, where it goes before an equally long ordinary one.
  std::erase_if(all, [&](const PatternMatch& m) {
    return verbs_.pattern(m.pattern).partyless && !PartylessNominal(m);
  });
  std::stable_sort(all.begin(), all.end(), [&](const PatternMatch& x, const PatternMatch& y) {
    int lx = verbs_.pattern(x.pattern).literal_count;
    int ly = verbs_.pattern(y.pattern).literal_count;
    if (lx != ly) return lx > ly;
    bool px = verbs_.pattern(x.pattern).partyless, py = verbs_.pattern(y.pattern).partyless;
    if (px != py) return px;
    // Equally specific: over a pattern opening on its subject's noun
    // ("protesters gathered"), one that names its target ("gathered outside
    // an embassy"); else the one that starts first (the verb governing the
    // other's words: "mediated talks between"), then the longer.
    if ((x.target >= 0) != (y.target >= 0) && (OpensOnActor(x) || OpensOnActor(y))) {
      return x.target >= 0;
    }
    if (x.begin != y.begin) return x.begin < y.begin;
    return x.end - x.begin > y.end - y.begin;
  });
  std::vector<uint8_t> used(view_.end - view_.first, 0);
  std::vector<PatternMatch> chosen;
  for (PatternMatch& m : all) {
    if (options_.trace_matches) {
      const VerbPattern& p = verbs_.pattern(m.pattern);
      a_.diagnostics.push_back({"match s" + std::to_string(s_) + " [" + std::to_string(m.begin) +
                                    "," + std::to_string(m.end) + ") " + p.code + " | " + p.text,
                                false});
    }
    bool overlap = false;
    for (uint32_t t : m.literal_tokens) overlap |= used[t - view_.first] != 0;
    if (overlap) continue;
    for (uint32_t t : m.literal_tokens) used[t - view_.first] = 1;
    chosen.push_back(std::move(m));
  }
  std::sort(chosen.begin(), chosen.end(),
            [](const PatternMatch& x, const PatternMatch& y) { return x.begin < y.begin; });
  return chosen;
}

}  // namespace event_coding
}  // namespace dyad
