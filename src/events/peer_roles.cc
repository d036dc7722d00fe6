// Coding by the peers' conventions, for their validation suites (see
// docs/peer_dictionaries.md): TABARI's roles by position, its '%' compounds
// and appeals, and PETRARCH's new actors. dyad's own coding uses none of it.
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "events/sentence_coder.h"

namespace dyad {
namespace event_coding {

// TABARI's roles by position, where dyad's syntax finds none (or a source
// inside a subordinate clause): the sentence's first actor before the verb
// is the source; the first actor after the verb, else the first between the
// source and the verb, the target.
void SentenceCoder::PositionalRoles(const PatternMatch& m, bool no_implied_source,
                                    bool no_implied_target, int& src, int& tgt,
                                    std::string& why) const {
  uint32_t verb = FirstLiteral(m);
  if (src < 0 && no_implied_source) {
    src = FirstMentionIn(view_.first, verb, -1);
    if (src >= 0) why += "; source: the first actor (TABARI)";
  } else if (src >= 0 && m.source < 0 && InSubordinateClause(a_.actors[src].first_token)) {
    // "Arnor ... with Gondor, years after Calenardhon crowds burned down
    // its embassy": TABARI's source is still the sentence's first actor.
    int first = FirstMentionIn(view_.first, verb, -1);
    if (first >= 0 && a_.actors[first].first_token < a_.actors[src].first_token) {
      src = first;
      why += "; source: the first actor, not one in a subordinate clause (TABARI)";
    }
  }
  if (tgt < 0 && no_implied_target && src >= 0) {
    tgt = FirstMentionIn(m.end, view_.end, src);
    if (tgt < 0) tgt = FirstMentionIn(a_.actors[src].end_token, verb, src);
    if (tgt >= 0) why += "; target: the next actor (TABARI)";
  }
}

// Token `at` follows a subordinating "after", "before", "when", "since",
// "because", "while" or "although" in its sentence, with no comma between.
bool SentenceCoder::InSubordinateClause(uint32_t at) const {
  for (uint32_t k = at; k-- > view_.first;) {
    std::string_view w = a_.tokens[k].norm;
    if (w == "," || IsClauseBreak(a_.tokens[k])) return false;
    if (w == "after" || w == "before" || w == "when" || w == "since" || w == "because" ||
        w == "while" || w == "although") {
      return true;
    }
  }
  return false;
}

// The first actor mention starting in tokens [from, to) that is not
// `other` or coordinated with it, outside quotations; -1 if none.
int SentenceCoder::FirstMentionIn(uint32_t from, uint32_t to, int other) const {
  std::vector<int> excluded = other >= 0 ? Expand(other) : std::vector<int>{};
  for (uint32_t j = std::max(from, view_.first); j < to && j < view_.end; ++j) {
    int k = view_.mention_starting[j - view_.first];
    if (k < 0 || quoted_[j]) continue;
    if (std::find(excluded.begin(), excluded.end(), k) == excluded.end()) return k;
  }
  return -1;
}

// PETRARCH's new actors: the noun phrase before token `at` (`before`), or
// after it past one preposition, in capitals without "'s", when it has at
// most options_.new_actor_length words ("Gryffindor's head Minerva
// McGonagall left" is "GRYFFINDOR HEAD MINERVA MCGONAGALL"). A phrase
// after the verb runs to the next preposition other than "of".
ActorRef SentenceCoder::PhraseActor(uint32_t at, bool before) const {
  std::vector<uint32_t> words;
  auto stops = [&](const Token& t) {
    return IsClauseBreak(t) || t.kind == TokenKind::kPunct || t.kind == TokenKind::kOpenQuote ||
           t.kind == TokenKind::kCloseQuote || IsSubordinator(t.norm);
  };
  if (before) {
    for (uint32_t k = at; k-- > view_.first && !stops(a_.tokens[k]);)
      words.insert(words.begin(), k);
  } else {
    uint32_t k = at;
    if (k < view_.end && IsPreposition(a_.tokens[k].norm)) ++k;
    for (; k < view_.end && !stops(a_.tokens[k]); ++k) {
      const Token& t = a_.tokens[k];
      if (IsPreposition(t.norm) && t.norm != "of") break;
      words.push_back(k);
    }
  }
  ActorRef ref;
  std::string code;
  int n = 0;
  for (uint32_t k : words) {
    if (a_.tokens[k].kind == TokenKind::kPossessive) continue;
    std::string w(a_.TokenText(a_.tokens[k]));
    for (char& c : w) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    code += (code.empty() ? "" : " ") + w;
    ++n;
  }
  if (n == 0 || n > options_.new_actor_length) return ref;
  ref.code = code;
  ref.name = code;
  return ref;
}

// TABARI's '%' after the verb ("exchanged prisoners with A and B"): each
// member of the compound acts on each other one.
void SentenceCoder::EmitWithinCompound(const PatternMatch& m, const std::vector<int>& members,
                                       bool negated, const std::string& why) {
  for (int s : members) {
    for (int t : members) {
      ActorRef source = MakeRef(a_, s), target = MakeRef(a_, t);
      if (s == t || SameActor(a_, source, target) || source.code.empty()) continue;
      std::string within = why + (why.empty() ? "" : "; ") + "within the compound";
      AddEvent(m, source, target, negated, within);
      const std::string& paired = verbs_.pattern(m.pattern).paired_code;
      if (!paired.empty()) AddEvent(m, target, source, negated, within + " (paired)", &paired);
    }
  }
}

// TABARI's reading of an act appealed for: the appealer's act on the one
// appealed to ("A urged B to assist it" is A's 'assist' on B; "A requested
// that B assist" likewise). A refusal or failure is no appeal here.
void SentenceCoder::EmitAppealedAct(const PatternMatch& m, uint32_t appeal, bool negated) {
  std::string_view verb = a_.tokens[appeal].norm;
  if (verb.starts_with("refus") || verb.starts_with("fail")) return;
  int src = Subject(appeal);
  int tgt = ObjectAfter(appeal + 1, false, true);
  if (src < 0 || tgt < 0 || a_.actors[tgt].first_token >= FirstLiteral(m)) return;
  for (int s : Expand(src)) {
    for (int t : Expand(tgt)) {
      ActorRef source = MakeRef(a_, s), target = MakeRef(a_, t);
      AdjustStateCodes(a_, verbs_.pattern(m.pattern).code, source, target,
                       !options_.peer_conventions);
      if (SameActor(a_, source, target) || source.code.empty()) continue;
      AddEvent(m, source, target, negated, "the act appealed for: appealer on the one appealed to");
    }
  }
}

}  // namespace event_coding
}  // namespace dyad
