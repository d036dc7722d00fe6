// Clauses that tell of an act without its being done: what someone demanded
// ("demanded that the soldiers free the president"), alleged, denied a part
// in, or was accused of; a decision judged ("the decision to expel was
// illegal") and casualties told of a clash.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "events/sentence_coder.h"

namespace dyad {
namespace event_coding {

// "demanded that the soldiers free the president": the clause after a
// demand or an appeal says what should happen, not what did.
std::optional<uint32_t> SentenceCoder::DemandedThat(uint32_t v) const {
  static const std::string_view kDemands[] = {"demanded", "demands",   "demand",     "urged",
                                              "insisted", "asked",     "called",     "requested",
                                              "proposed", "suggested", "recommended"};
  for (uint32_t k = v; k-- > view_.first && k + 12 > v;) {
    const Token& t = a_.tokens[k];
    if (IsClauseBreak(t) || t.norm == ".") return std::nullopt;
    if (t.norm != "that" || k == view_.first) continue;
    for (std::string_view d : kDemands) {
      if (a_.tokens[k - 1].norm == d) return k - 1;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// "allegations by activists that the police were torturing detainees": the
// clause after an allegation says what one side claims; the accusation is
// the event (coded by itself), the act alleged is not.
bool SentenceCoder::AllegedThat(uint32_t v) const {
  static const std::string_view kAllegations[] = {
      "allegation", "allegations", "accusation", "accusations", "alleged", "alleging", "alleges"};
  if (AccusedOf(v) || JudgedDecision(v) || ToldClashKills(v)) return true;
  for (uint32_t k = v; k-- > view_.first && k + 12 > v;) {
    const Token& t = a_.tokens[k];
    if (IsClauseBreak(t) || t.norm == ".") return false;
    if (t.norm != "that") continue;
    for (uint32_t j = k; j-- > view_.first && j + 5 > k;) {
      const Token& w = a_.tokens[j];
      if (IsClauseBreak(w) || w.norm == "," || w.norm == ".") break;
      for (std::string_view g : kAllegations) {
        if (w.norm == g) return true;
      }
    }
    return false;
  }
  return false;
}

// Whether token k lies inside an actor mention of the sentence.
bool SentenceCoder::InsideMention(uint32_t k) const {
  for (uint32_t j = k + 1; j-- > view_.first && j + 8 > k;) {
    int m = view_.mention_starting[j - view_.first];
    if (m >= 0) return a_.actors[m].end_token > k;
  }
  return false;
}

// "clashes between students and police have killed 105 people": the dead
// are the toll of the clash told as its subject, coded by itself; the
// killing is no second event of each side against civilians.
bool SentenceCoder::ToldClashKills(uint32_t v) const {
  const Token& verb = a_.tokens[v];
  if (verb.lemma != "kill" && verb.lemma != "wound" && verb.lemma != "injure") return false;
  for (uint32_t k = v; k-- > view_.first && k + 14 > v;) {
    const Token& t = a_.tokens[k];
    std::string_view w = t.norm;
    if (w == "clashes" || w == "clash" || w == "fighting" || w == "violence" || w == "unrest" ||
        w == "riots" || w == "rioting") {
      return true;
    }
    bool inside =
        view_.mention_ending[k - view_.first] >= 0 || w == "between" || w == "and" || w == "have" ||
        w == "has" || w == "had" || IsDeterminer(w) || IsAdverb(w) ||
        (t.kind == TokenKind::kWord && !t.capitalized && t.lemma == t.norm && !IsPreposition(w)) ||
        view_.transparent[k - view_.first] || t.kind == TokenKind::kPossessive;
    if (!inside &&
        !(k > view_.first && view_.mention_ending[k - view_.first] < 0 && InsideMention(k))) {
      return false;
    }
  }
  return false;
}

// "regretted the decision to expel the envoys", "condemned the move to
// close the border": an act named as a decision another actor is judged
// for is that actor's, told before; the judge does not do it.
bool SentenceCoder::JudgedDecision(uint32_t v) const {
  static const std::string_view kDecisions[] = {"decision", "move",  "plan",    "bid",
                                                "attempt",  "order", "proposal"};
  static const std::string_view kJudging[] = {
      "regret",  "condemn", "welcome", "criticize", "criticise", "denounce",
      "deplore", "slam",    "protest", "reject",    "oppose",    "praise",
      "hail",    "lament",  "decry",   "question",  "challenge"};
  if (v < view_.first + 4 || a_.tokens[v - 1].norm != "to") return false;
  std::string_view noun = a_.tokens[v - 2].norm;
  if (std::find(std::begin(kDecisions), std::end(kDecisions), noun) == std::end(kDecisions)) {
    return false;
  }
  for (uint32_t k = v - 3; k >= view_.first && k + 6 > v; --k) {
    const Token& t = a_.tokens[k];
    if (std::find(std::begin(kJudging), std::end(kJudging), t.lemma) != std::end(kJudging)) {
      return true;
    }
    if (k == view_.first) break;
  }
  return false;
}

// "denied involvement in the attack", "its role in the bombing", "denied
// responsibility for the raid": the act someone's part in is alleged or
// denied, and who did it is not told. (A claimed responsibility names the
// claimant as the doer, so only a denied one counts.)
bool SentenceCoder::DeniedPart(uint32_t v) const {
  for (uint32_t k = v; k-- > view_.first + 1 && k + 5 > v;) {
    std::string_view prep = a_.tokens[k].norm, w = a_.tokens[k - 1].norm;
    if (IsClauseBreak(a_.tokens[k]) || prep == ",") return false;
    if (prep == "in" && (w == "involvement" || w == "complicity")) return true;
    // "denied any role in the attack", but "played a key role in brokering".
    if (prep == "in" && w == "role") return DisputedRole(k - 1);
    if (prep != "for" || w != "responsibility") continue;
    for (uint32_t j = k - 1; j-- > view_.first && j + 4 > k;) {
      if (a_.tokens[j].lemma == "deny" || a_.tokens[j].norm == "no") return true;
    }
  }
  return false;
}

// Whether the role noun at `role` is denied, alleged or questioned: "denied
// any role", "accused of a role", "its alleged role", "a probe into his
// role".
bool SentenceCoder::DisputedRole(uint32_t role) const {
  static const std::unordered_set<std::string_view> kDisputes = {
      "deny", "accuse", "allege", "suspect", "investigate", "probe", "blame", "question"};
  for (uint32_t j = role; j-- > view_.first && j + 6 > role;) {
    const Token& t = a_.tokens[j];
    if (IsClauseBreak(t) || t.norm == ".") break;
    if (kDisputes.count(t.lemma) > 0 || t.norm == "no" || t.norm == "any" || t.norm == "alleged" ||
        t.norm == "suspected" || t.norm == "probe" || t.norm == "into") {
      return true;
    }
  }
  return false;
}

// "accuses the army of allying with the rebels", "blamed Kyiv for
// shelling the plant", "convicted of conspiring to sell weapons", "is
// responsible for the attack": the act in the gerund or noun is what the
// accusation says, not an event.
bool SentenceCoder::AccusedOf(uint32_t v) const {
  static const std::string_view kAccuse[] = {"accuse", "charge", "convict", "suspect",
                                             "blame",  "indict", "allege"};
  // "said Syria was responsible for the gas attack": the act blamed.
  for (uint32_t k = v; k-- > view_.first && k + 4 > v;) {
    if (a_.tokens[k].norm != "for" || k == view_.first) continue;
    std::string_view w = a_.tokens[k - 1].norm;
    if (w == "responsible" || w == "culpable" || w == "blamed" || w == "blame") return true;
  }
  if (DeniedPart(v)) return true;
  if (!a_.tokens[v].norm.ends_with("ing")) return false;
  // "accusing him of abandoning them and demanding his resignation": a
  // participle after "and" may be the accusing verb's sibling.
  bool after_and = v > view_.first && a_.tokens[v - 1].norm == "and";
  for (uint32_t k = v; k-- > view_.first && k + 10 > v;) {
    const Token& t = a_.tokens[k];
    if (IsClauseBreak(t) || t.norm == "." || t.norm == ",") return false;
    if (t.norm != "of" && t.norm != "for") continue;
    for (uint32_t j = k; j-- > view_.first && j + 8 > k;) {
      const Token& w = a_.tokens[j];
      if (IsClauseBreak(w) || w.norm == "." || w.norm == ",") break;
      for (std::string_view g : kAccuse) {
        if (w.lemma == g) return !(after_and && w.norm.ends_with("ing"));
      }
    }
    return false;
  }
  return false;
}

}  // namespace event_coding
}  // namespace dyad
