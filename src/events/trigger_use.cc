// How a trigger word is used in its clause.
//
// Design: a pattern applies only where its first word is used as intended:
// not as a modifier or a noun ("the outlawed PKK", "Congolese forces", "the
// Abu Dhabi Fund"), not negated ("did not meet"), not under an appeal or a
// refusal ("urged Rwanda to withdraw"); passive voice swaps the roles; an
// announced or intended act ("will visit", "plans to send aid") takes
// CAMEO's intention code; a disaster is no actor of violence.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "actors/actor_finder.h"
#include "events/sentence_coder.h"

namespace dyad {
namespace event_coding {

// "accused each other", "blamed one another": the event runs both ways.
bool SentenceCoder::EachOther(uint32_t from) const {
  for (uint32_t j = from; j + 1 < view_.end && j < from + 4; ++j) {
    std::string_view w = a_.tokens[j].norm, next = a_.tokens[j + 1].norm;
    if ((w == "each" && next == "other") || (w == "one" && next == "another")) return true;
  }
  return false;
}

namespace {

// Words that modify an event noun ("new sanctions", "deadly attacks").
bool IsNounModifier(std::string_view w) {
  static const std::unordered_set<std::string_view> kModifiers = {
      "new",      "fresh",     "more",    "further",       "tough",      "tougher",  "harsh",
      "heavy",    "deadly",    "recent",  "latest",        "renewed",    "repeated", "similar",
      "other",    "several",   "many",    "fierce",        "daily",      "joint",    "military",
      "economic", "financial", "western", "international", "air",        "drone",    "missile",
      "rocket",   "sporadic",  "such",    "security",      "government", "armed",    "rebel",
      "federal",  "national",  "special", "allied",        "coalition",  "foreign",  "opposition"};
  return kModifiers.count(w) > 0;
}

// A modal a pattern may open on ("would retaliate").
bool IsModal(std::string_view w) {
  return w == "will" || w == "would" || w == "shall" || w == "should" || w == "can" ||
         w == "could" || w == "must" || w == "may" || w == "might";
}

}  // namespace

bool SentenceCoder::PluralAfterDemonym(uint32_t i) const {
  const Token& t = a_.tokens[i];
  if (i == view_.first || t.lemma == t.norm || !t.norm.ends_with("s")) return false;
  // The head of an actor's words: "Congolese forces", "security forces".
  int around = view_.mention_ending[i - view_.first];
  if (around >= 0 && a_.actors[around].first_token < i) return true;
  int before = view_.mention_ending[i - 1 - view_.first];
  if (before < 0 || a_.actors[before].kind != ActorKind::kCountry) return false;
  const ActorMention& m = a_.actors[before];
  return a_.Span(m.begin, m.end) != m.name;  // "Congolese", not "Congo".
}

// An inflected verb form used as a modifier or noun: "the outlawed PKK",
// "29 targets", "its attacks". Its verb patterns do not apply.
bool SentenceCoder::IsModifierUse(uint32_t i) const {
  const Token& t = a_.tokens[i];
  // A capitalised word inside a sentence is part of a name ("the Abu Dhabi
  // Fund for Development"), not a verb.
  uint32_t sentence_first = a_.sentences[s_].first_token;
  if (t.capitalized && !t.all_caps && i > sentence_first &&
      a_.tokens[i - 1].kind != TokenKind::kOpenQuote) {
    return true;
  }
  if (i == view_.first) return false;
  const Token& prev = a_.tokens[i - 1];
  // "forty battle tanks" after a number, "three strike aircraft": a bare verb after a
  // number (not a date) modifies the noun after it.
  if (t.lemma == t.norm) {
    // "condemned the attack on Somalia": a noun after an article, the
    // object of another verb, is no act of that verb's subject. (Not a noun
    // that opens a clause: "said the decision was dangerous".)
    bool article = prev.norm == "the" || prev.norm == "a" || prev.norm == "an";
    if (article && i >= view_.first + 2) {
      const Token& verb = a_.tokens[i - 2];
      bool says = verb.lemma == "say" || verb.norm == "added" || verb.norm == "stated";
      if (verb.kind == TokenKind::kWord && !says && verb.lemma != verb.norm) return true;
    }
    // "a car bomb blast", "a mortar strike": a bare form after a weapon
    // noun is the noun of a compound.
    static const std::unordered_set<std::string_view> kWeaponNouns = {
        "bomb", "car", "suicide", "mortar", "rocket", "roadside", "drone", "missile", "gas"};
    if (kWeaponNouns.count(prev.norm) > 0 && prev.kind == TokenKind::kWord) return true;
    // "a reported poison gas attack", "the planned strike": a determiner
    // and a participle or modifier before a bare verb make it a noun.
    if (i >= view_.first + 2 && IsDeterminer(a_.tokens[i - 2].norm) &&
        prev.kind == TokenKind::kWord && !prev.capitalized &&
        (prev.norm.ends_with("ed") || IsNounModifier(prev.norm))) {
      return true;
    }
    // "after free elections", "for fair trade": a bare form after a
    // preposition and before a plain noun is an adjective.
    bool governs = IsPreposition(prev.norm) || prev.norm == "after" || prev.norm == "before" ||
                   prev.norm == "since";
    if (governs && prev.norm != "to" && i + 1 < view_.end && !options_.peer_conventions) {
      const Token& next = a_.tokens[i + 1];
      if (next.kind == TokenKind::kWord && !next.capitalized && !IsPreposition(next.norm) &&
          !IsDeterminer(next.norm) && !IsNegator(next.norm) &&
          view_.mention_starting[i + 1 - view_.first] < 0 && next.norm != "and" &&
          next.norm != "or") {
        return true;
      }
    }
    return prev.kind == TokenKind::kNumber && !view_.transparent[i - 1 - view_.first] &&
           i + 1 < view_.end && a_.tokens[i + 1].kind == TokenKind::kWord;
  }
  // "support for ousted president Bazoum", "talks with detained leaders":
  // a participle right after a preposition modifies the noun after it.
  if (t.norm.ends_with("ed") && IsPreposition(prev.norm) && prev.norm != "by" &&
      i + 1 < view_.end && a_.tokens[i + 1].kind == TokenKind::kWord &&
      !IsDeterminer(a_.tokens[i + 1].norm) && !IsPreposition(a_.tokens[i + 1].norm)) {
    return true;
  }
  // "must include ousted president Bazoum": a participle
  // between a verb of another clause and the person it describes.
  if (t.norm.ends_with("ed") && prev.kind == TokenKind::kWord && !prev.capitalized &&
      view_.mention_ending[i - 1 - view_.first] < 0 && !IsAdverb(prev.norm) &&
      !IsBeForm(prev.norm) && !IsNegator(prev.norm) && i + 1 < view_.end) {
    static const std::unordered_set<std::string_view> kVerbLinks = {
        "who",  "which", "that", "and", "or",  "but", "had", "has",  "have",  "having",    "to",
        "then", "it",    "they", "he",  "she", "we",  "i",   "also", "later", "reportedly"};
    bool person_next =
        view_.mention_starting[i + 1 - view_.first] >= 0 &&
        a_.actors[view_.mention_starting[i + 1 - view_.first]].kind == ActorKind::kPerson;
    if (person_next && kVerbLinks.count(prev.norm) == 0) return true;
  }
  // "Yemen's internationally recognised government": a participle after
  // an adverb after a possessive or determiner modifies the noun.
  if (t.norm.ends_with("ed") && prev.norm.ends_with("ly") && i >= view_.first + 2) {
    const Token& before = a_.tokens[i - 2];
    if (before.kind == TokenKind::kPossessive || IsDeterminer(before.norm)) return true;
  }
  // "29 targets", but not "on January 16 accused": a date is no quantity.
  bool quantity = prev.kind == TokenKind::kNumber && !view_.transparent[i - 1 - view_.first];
  if (quantity || prev.kind == TokenKind::kPossessive) return true;
  // "in violation of sanctions", "the lifting of curbs": a plural after "of".
  if (prev.norm == "of" && t.norm.ends_with("s")) return true;
  // Determiners, and prepositions whose object is an event told about
  // ("an investigation into attacks", "anger over killings").
  static const std::string_view kDeterminers[] = {
      "the",   "a",   "an",   "its",  "their", "his",  "her",       "these",
      "those", "our", "into", "over", "about", "amid", "following", "despite"};
  for (std::string_view d : kDeterminers) {
    if (prev.norm == d) return true;
  }
  // A plural noun: after a noun-phrase modifier ("new sanctions", "deadly
  // attacks") or before its preposition ("US sanctions on Iran", "strikes
  // against").
  // ... and a gerund noun after one ("the joint meeting").
  if (!t.norm.ends_with("s") && !t.norm.ends_with("ing")) return false;
  if (IsNounModifier(prev.norm)) return true;

  if (i + 1 >= view_.end || !t.norm.ends_with("s")) return false;
  // "an attack which New Delhi blames on Pakistan": an actor that opens a
  // relative clause is its subject, so the word after it is its verb.
  if (int m = view_.mention_ending[i - 1 - view_.first]; m >= 0) {
    uint32_t first = a_.actors[m].first_token;
    if (first > view_.first &&
        (a_.tokens[first - 1].norm == "which" || a_.tokens[first - 1].norm == "that")) {
      return false;
    }
  }
  std::string_view next = a_.tokens[i + 1].norm;
  return next == "on" || next == "against" || next == "over" || next == "targeting" ||
         next == "imposed" || next == "by";
}

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

// How the trigger stands in its clause. An infinitive under an appeal or
// an order ("urged Rwanda to withdraw") is not an event that happened (the
// appeal is coded by itself), nor is one under a refusal; an action that is
// wanted, planned, promised or in the future ("plans to visit", "will send
// aid", "would strike") is an announced intention.
// The modal right before the verb at `v`, over adverbs ("will visit",
// "would not", "'ll send", "will also send"); "" if none.
std::string_view SentenceCoder::ModalBefore(uint32_t v) const {
  for (uint32_t k = v; k > view_.first && v - k < 3;) {
    std::string_view w = a_.tokens[--k].norm;
    if (w == "will" || w == "would" || w == "shall" || w == "ll") return w;
    if (!IsAdverb(w)) break;
  }
  return {};
}

// "would seek talks with Seoul", "sought a meeting": an event
// noun a verb of wanting governs (over a determiner and a modifier) is
// wanted, not done.
bool SentenceCoder::SoughtNoun(uint32_t v) const {
  if (a_.tokens[v].kind != TokenKind::kWord || EventNounRoots(a_.tokens[v].norm).empty()) {
    if (a_.tokens[v].lemma != "talk" && a_.tokens[v].lemma != "meeting") return false;
  }
  for (uint32_t k = v, words = 0; k-- > view_.first && words < 6; ++words) {
    std::string_view w = a_.tokens[k].norm;
    if (words < 3 && (w == "seek" || w == "seeks" || w == "sought" || w == "seeking" ||
                      w == "want" || w == "wants" || w == "wanted")) {
      return true;
    }
    // "ways to reach a truce deal between the two sides": a goal.
    std::string_view lemma = a_.tokens[k].lemma;
    if ((lemma == "reach" || lemma == "achieve" || lemma == "secure" || lemma == "clinch") &&
        k > view_.first && a_.tokens[k - 1].norm == "to") {
      return true;
    }
    if (a_.tokens[k].kind != TokenKind::kWord || (IsPreposition(w) && w != "of") ||
        a_.tokens[k].capitalized || w == "and" || w == "or") {
      return false;
    }
  }
  return false;
}

SentenceCoder::Mood SentenceCoder::TriggerMood(const PatternMatch& m, uint32_t* appeal) const {
  uint32_t v = FirstLiteral(m);
  if (std::optional<uint32_t> d = DemandedThat(v)) {
    if (appeal) *appeal = *d;
    return Mood::kAppealed;
  }
  if (!ModalBefore(v).empty()) return Mood::kIntended;
  // "threatened sending a missile to Athens": a gerund as the threat's
  // object.
  if (v > view_.first && a_.tokens[v].norm.ends_with("ing") &&
      a_.tokens[v - 1].lemma == "threaten") {
    return Mood::kThreatened;
  }
  // "to return to the ceasefire and resume talks": the second infinitive
  // shares the first one's "to"; "pledged to end hostilities and to release
  // prisoners": it stands where the first one does.
  bool second_to =
      v > view_.first + 3 && a_.tokens[v - 1].norm == "to" && a_.tokens[v - 2].norm == "and";
  if (v > view_.first + 2 && (a_.tokens[v - 1].norm == "and" || second_to) &&
      a_.tokens[v].lemma == a_.tokens[v].norm) {
    for (uint32_t k = v - (second_to ? 2 : 1); k-- > view_.first + 1 && k + 15 > v;) {
      if (IsClauseBreak(a_.tokens[k]) || a_.tokens[k].norm == ",") break;
      const Token& next = a_.tokens[k + 1];
      if (a_.tokens[k].norm == "to" && next.lemma == next.norm && next.kind == TokenKind::kWord &&
          !next.capitalized && !IsDeterminer(next.norm)) {
        v = k + 1;
        break;
      }
    }
  }
  if (PlannedEventNoun(v)) return Mood::kIntended;
  // "asked the council to hold an emergency meeting": an event noun
  // that is the object of an infinitive stands where the infinitive does.
  if (v > view_.first + 2 && a_.tokens[v - 1].norm != "to" && !a_.tokens[v].norm.ends_with("ed")) {
    for (uint32_t k = v - 1; k > view_.first + 1 && k + 4 > v; --k) {
      const Token& t = a_.tokens[k];
      if (t.kind != TokenKind::kWord || t.capitalized || IsPreposition(t.norm) || t.norm == "and" ||
          t.norm == "or" || t.norm == "but" || view_.mention_ending[k - view_.first] >= 0) {
        break;
      }
      if (a_.tokens[k - 1].norm == "to" && t.lemma == t.norm && !IsDeterminer(t.norm)) {
        v = k;
        break;
      }
    }
  }
  if (v < view_.first + 2 || a_.tokens[v - 1].norm != "to") {
    return SoughtNoun(v) ? Mood::kWanted : Mood::kDone;
  }
  static const std::string_view kAppeals[] = {
      "urge",   "urged",   "urges",  "urging",  "call",     "called",  "calls",     "calling",
      "ask",    "asked",   "asks",   "demand",  "demanded", "demands", "appeal",    "appealed",
      "press",  "pressed", "refuse", "refused", "fail",     "failed",  "encourage", "encouraged",
      "invite", "invited", "tell",   "told",    "order",    "ordered"};
  static const std::string_view kIntentions[] = {
      "want",     "wants",  "wanted",     "seek",      "seeks",      "sought",      "hope",
      "hopes",    "hoped",  "plan",       "plans",     "planned",    "intend",      "intends",
      "intended", "expect", "expected",   "expects",   "aim",        "aims",        "wish",
      "offered",  "offers", "offer",      "promised",  "promises",   "pledged",     "pledges",
      "vowed",    "vows",   "threatened", "threatens", "invitation", "invitations", "committed",
      "commits",  "commit"};
  // "is set to visit", "are due to meet": only after a form of "be".
  static const std::string_view kScheduled[] = {"set",    "due",   "scheduled",
                                                "poised", "ready", "prepared"};
  // An actor's words count as one ("asked the Arab League and the
  // African Union to").
  for (uint32_t k = v - 1, steps = 0; k-- > view_.first && steps < 8; ++steps) {
    if (int m = view_.mention_ending[k - view_.first]; m >= 0) k = a_.actors[m].first_token;
    const Token& t = a_.tokens[k];
    if (IsClauseBreak(t) || t.norm == ".") return Mood::kDone;
    if (std::find(m.literal_tokens.begin(), m.literal_tokens.end(), k) != m.literal_tokens.end()) {
      return Mood::kDone;
    }
    for (std::string_view g : kAppeals) {
      if (t.norm != g) continue;
      if (appeal) *appeal = k;
      return Mood::kAppealed;
    }
    if (t.lemma == "threaten") return Mood::kThreatened;
    for (std::string_view g : kIntentions) {
      if (t.norm == g) return ApprovedPlan(k) ? Mood::kDone : Mood::kWanted;
    }
    for (std::string_view g : kScheduled) {
      if (t.norm == g && k > view_.first && IsBeForm(a_.tokens[k - 1].norm)) return Mood::kWanted;
    }
  }
  // A purpose infinitive in a future clause: "will travel to Moscow next
  // week to hold talks".
  for (uint32_t k = v - 1; k-- > view_.first && k + 16 > v;) {
    const Token& t = a_.tokens[k];
    if (IsClauseBreak(t) || t.norm == "." || t.norm == "," || t.norm == "that" ||
        t.norm == "which" || t.norm == "who") {
      break;
    }
    if (t.norm == "will" || t.norm == "would" || t.norm == "shall" || t.norm == "ll") {
      return Mood::kIntended;
    }
  }
  return Mood::kDone;
}

// "the cabinet approved a plan to remove ...": a plan approved is the
// decision taken, not an intention.
bool SentenceCoder::ApprovedPlan(uint32_t k) const {
  if (a_.tokens[k].norm != "plan" || k < view_.first + 2) return false;
  std::string_view det = a_.tokens[k - 1].norm;
  std::string_view verb = a_.tokens[k - 2].lemma;
  return (det == "a" || det == "the") &&
         (verb == "approve" || verb == "adopt" || verb == "endorse" || verb == "pass");
}

// A meeting, visit or talks named as a noun that has not happened yet: "the
// upcoming visit", "ahead of his visit", "talks would start on Saturday",
// "a visit later this year".
bool SentenceCoder::PlannedEventNoun(uint32_t v) const {
  static const std::string_view kNouns[] = {"visit",    "visits",  "talks",        "meeting",
                                            "meetings", "summit",  "negotiations", "trip",
                                            "tour",     "session", "conference"};
  const Token& noun = a_.tokens[v];
  if (std::find(std::begin(kNouns), std::end(kNouns), noun.norm) == std::end(kNouns)) return false;
  static const std::string_view kBefore[] = {
      "upcoming",    "planned",     "forthcoming", "imminent",    "proposed",
      "expected",    "prospective", "possible",    "potential",   "future",
      "anticipated", "next",        "ahead",       "preparation", "preparations",
      "preparing",   "way",         "prospect",    "prospects"};
  for (uint32_t k = v; k > view_.first && v - k < 5;) {
    const Token& t = a_.tokens[--k];
    if (IsClauseBreak(t) || t.norm == "." || t.norm == ",") break;
    if (std::find(std::begin(kBefore), std::end(kBefore), t.norm) != std::end(kBefore)) {
      return true;
    }
  }
  // After the noun phrase: a future predicate or a time still to come.
  for (uint32_t k = v + 1; k < view_.end && k < v + 12; ++k) {
    const Token& t = a_.tokens[k];
    if (IsClauseBreak(t) || t.norm == "." || t.norm == ";") break;
    std::string_view next = k + 1 < view_.end ? std::string_view(a_.tokens[k + 1].norm) : "";
    if ((t.norm == "will" || t.norm == "would") &&
        (next == "start" || next == "begin" || next == "open" || next == "resume" ||
         next == "take" || next == "be" || next == "follow")) {
      return true;
    }
    if ((t.norm == "later" || t.norm == "next") &&
        (next == "this" || next == "week" || next == "month" || next == "year")) {
      return true;
    }
    if (IsBeForm(t.norm) && (next == "expected" || next == "due" || next == "scheduled" ||
                             next == "planned" || next == "set")) {
      return true;
    }
    // "with a stop in Yerevan scheduled for Friday": a reduced
    // relative of planning.
    if ((t.norm == "scheduled" || t.norm == "planned" || t.norm == "slated") &&
        (next == "for" || next == "to")) {
      return true;
    }
  }
  return false;
}

bool SentenceCoder::IsPassive(const PatternMatch& m) const {
  uint32_t v = FirstLiteral(m);
  const Token& verb = a_.tokens[v];
  bool participle =
      verb.norm.ends_with("ed") || verb.norm.ends_with("en") ||
      (verb.lemma != verb.norm && !verb.norm.ends_with("s") && !verb.norm.ends_with("ing"));
  if (!participle) return false;
  // A reduced relative: "The accord, mediated by Kenya and Qatar", "after
  // talks mediated by Turkey" (a noun that names no actor before it).
  if (v > view_.first && v + 1 < view_.end && a_.tokens[v + 1].norm == "by" &&
      !verb.norm.ends_with("ing")) {
    // Over a manner adverb: "a move angrily rejected by Colombo".
    uint32_t p = v - 1;
    if (p > view_.first && a_.tokens[p].norm.ends_with("ly") && IsAdverb(a_.tokens[p].norm)) --p;
    const Token& prev = a_.tokens[p];
    // "prisoners detained by Israel": a role noun (not a name) may be the
    // noun the participle describes.
    int before = view_.mention_ending[p - view_.first];
    bool role_noun = before >= 0 && a_.actors[before].kind == ActorKind::kAgent;
    bool noun = prev.kind == TokenKind::kWord && !prev.capitalized && (before < 0 || role_noun) &&
                !IsDeterminer(prev.norm) && !IsAdverb(prev.norm) && !IsBeForm(prev.norm) &&
                !IsNegator(prev.norm);
    if (prev.norm == "," || noun) return true;
  }
  for (uint32_t k = v, steps = 0; k > view_.first && steps < 3; ++steps) {
    const Token& t = a_.tokens[--k];
    if (IsBeForm(t.norm)) return true;
    if (!IsAdverb(t.norm)) return false;
  }
  return false;
}

bool SentenceCoder::IsNegated(const PatternMatch& m) const {
  if (verbs_.pattern(m.pattern).negative) return false;
  uint32_t v = FirstLiteral(m);
  // "would not sign deals unless they end the war": a condition threatens
  // the refusal before it; that "not" does not undo the threat.
  if (a_.tokens[v].norm == "unless") return false;
  for (uint32_t k = v, steps = 0; k > view_.first && steps < 4; ++steps) {
    const Token& t = a_.tokens[--k];
    if (IsClauseBreak(t) || t.norm == ",") return false;
    if (IsNegator(t.norm)) return true;
    if (t.norm.starts_with("refus") || t.norm.starts_with("declin") || t.norm.starts_with("fail") ||
        t.norm.starts_with("reject")) {
      return true;
    }
  }
  // "would not retaliate": a negator right after an auxiliary the pattern
  // opens on ("would not hesitate to respond" still threatens; "urged
  // Beijing not to" is still an appeal). The peers' suites code their
  // patterns' gaps as their coders did.
  if (IsModal(a_.tokens[v].norm) && v + 2 < m.end && IsNegator(a_.tokens[v + 1].norm) &&
      a_.tokens[v + 2].norm != "hesitate" && !options_.peer_conventions) {
    return true;
  }
  // "held no bilateral meeting with": "no" opening the object the pattern
  // names (its determiner slot) denies the act.
  for (uint32_t k = v + 1; k < m.end && k <= v + 2; ++k) {
    if (a_.tokens[k].norm == "no") return true;
  }
  return false;
}

// "The earthquake killed 1,000 people", "floods that killed": deaths from
// nature are no event; the disaster noun heads the subject just before the
// trigger (over an auxiliary or two).
bool SentenceCoder::NaturalCause(uint32_t trigger) const {
  static const std::string_view kDisasters[] = {
      "earthquake", "quake",   "earthquakes", "flood",    "floods",    "flooding",   "storm",
      "cyclone",    "typhoon", "hurricane",   "tsunami",  "landslide", "landslides", "wildfire",
      "wildfires",  "drought", "disease",     "outbreak", "heatwave",  "avalanche"};
  auto disaster = [&](std::string_view w) {
    return std::find(std::begin(kDisasters), std::end(kDisasters), w) != std::end(kDisasters);
  };
  // "A powerful earthquake struck the province on Sunday, killing 300": a
  // participle after the clause shares its subject.
  const Token& t = a_.tokens[trigger];
  if (trigger > view_.first && a_.tokens[trigger - 1].norm == "," && t.norm.ends_with("ing")) {
    for (uint32_t k = view_.first; k < trigger && k < view_.first + 5; ++k) {
      if (disaster(a_.tokens[k].norm)) return true;
    }
  }
  for (uint32_t k = trigger, steps = 0; k > view_.first && steps < 3; ++steps) {
    std::string_view w = a_.tokens[--k].norm;
    if (disaster(w)) return true;
    if (!IsBeForm(w) && w != "has" && w != "have" && w != "had" && w != "that" && w != "which" &&
        !IsAdverb(w)) {
      return false;
    }
  }
  return false;
}

}  // namespace event_coding
}  // namespace dyad
