// How a trigger word is used in its clause.
//
// Design: a pattern applies only where its first word is used as intended:
// not as a modifier or a noun ("the outlawed PKK", "Congolese forces", "the
// Abu Dhabi Fund"), not negated ("did not meet"), not under an appeal or a
// refusal ("urged Rwanda to withdraw"); passive voice swaps the roles; an
// announced or intended act ("will visit", "plans to send aid") takes
// CAMEO's intention code (trigger_mood.cc); an act only told of (demanded,
// alleged) is no act (told_acts.cc); a disaster is no actor of violence;
// force that only aims measures ("sanctions that target") or sums up a
// conflict's toll ("an insurgency that has killed") is no act; a base form
// that is mostly a noun is a verb only after "to" or a modal.
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
      "new",      "fresh",     "more",     "further",       "tough",      "tougher",  "harsh",
      "heavy",    "deadly",    "recent",   "latest",        "renewed",    "repeated", "similar",
      "other",    "several",   "many",     "fierce",        "daily",      "joint",    "military",
      "economic", "financial", "western",  "international", "air",        "drone",    "missile",
      "rocket",   "sporadic",  "such",     "security",      "government", "armed",    "rebel",
      "federal",  "national",  "special",  "allied",        "coalition",  "foreign",  "opposition",
      "twin",     "triple",    "suspected"};
  return kModifiers.count(w) > 0;
}

// A modal a pattern may open on ("would retaliate").
bool IsModal(std::string_view w) {
  return w == "will" || w == "would" || w == "shall" || w == "should" || w == "can" ||
         w == "could" || w == "must" || w == "may" || w == "might";
}

}  // namespace

// "twin bomb blasts": a bare form between a noun modifier and a plural
// noun modifies that noun.
bool SentenceCoder::ModifiesPlural(uint32_t i) const {
  if (i == view_.first || i + 1 >= view_.end) return false;
  const Token &t = a_.tokens[i], &prev = a_.tokens[i - 1], &next = a_.tokens[i + 1];
  bool plural_next = next.kind == TokenKind::kWord && !next.capitalized &&
                     next.norm.ends_with("s") && next.lemma != next.norm &&
                     view_.mention_starting[i + 1 - view_.first] < 0;
  bool modifier_before = prev.kind == TokenKind::kWord && !prev.capitalized &&
                         view_.mention_ending[i - 1 - view_.first] < 0 && IsNounModifier(prev.norm);
  return t.lemma == t.norm && plural_next && modifier_before;
}

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
  // "twin bomb blasts", "the car bomb attacks": after a weapon noun any form
  // is the head of a compound noun.
  static const std::unordered_set<std::string_view> kWeaponNouns = {
      "bomb", "car", "suicide", "mortar", "rocket", "roadside", "drone", "missile", "gas"};
  if (kWeaponNouns.count(prev.norm) > 0 && prev.kind == TokenKind::kWord &&
      (t.lemma == t.norm || !options_.peer_conventions)) {
    return true;
  }
  // "forty battle tanks" after a number, "three strike aircraft": a bare verb after a
  // number (not a date) modifies the noun after it.
  if (t.lemma == t.norm) {
    // "talks on the release of hostages", "called for the release of the
    // crew": a release named as a noun is what is sought or agreed, not
    // done; only an owner makes it an act ("Hamas's release of").
    if (t.norm == "release" && i + 1 < view_.end && a_.tokens[i + 1].norm == "of" &&
        prev.kind != TokenKind::kPossessive && !options_.peer_conventions) {
      return true;
    }
    // "condemned the attack on Somalia": a noun after an article, the
    // object of another verb, is no act of that verb's subject. (Not a noun
    // that opens a clause: "said the decision was dangerous".)
    bool article = prev.norm == "the" || prev.norm == "a" || prev.norm == "an";
    if (article && i >= view_.first + 2) {
      const Token& verb = a_.tokens[i - 2];
      bool says = verb.lemma == "say" || verb.norm == "added" || verb.norm == "stated";
      if (verb.kind == TokenKind::kWord && !says && verb.lemma != verb.norm) return true;
    }
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
  // "an attack which Kabul blames on Islamabad": an actor that opens a
  // relative clause is its subject, so the word after it is its verb.
  if (int m = view_.mention_ending[i - 1 - view_.first]; m >= 0) {
    uint32_t first = a_.actors[m].first_token;
    if (first > view_.first &&
        (a_.tokens[first - 1].norm == "which" || a_.tokens[first - 1].norm == "that")) {
      return false;
    }
  }
  std::string_view next = a_.tokens[i + 1].norm;
  // Phrasal verbs ("China calls on Manila to stop", "hands over the
  // suspects", "takes over the town") are verbs.
  if ((t.lemma == "call" && next == "on") ||
      ((t.lemma == "hand" || t.lemma == "take" || t.lemma == "turn") && next == "over")) {
    return false;
  }
  return next == "on" || next == "against" || next == "over" || next == "targeting" ||
         next == "imposed" || next == "by";
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
    // Over a manner adverb: "a step sharply rejected by Manila".
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

int SentenceCoder::NegatingWord(uint32_t v) const {
  for (uint32_t k = v, steps = 0; k > view_.first && steps < 4; ++steps) {
    const Token& t = a_.tokens[--k];
    if (IsClauseBreak(t) || t.norm == ",") return -1;
    if (IsNegator(t.norm) || t.norm.starts_with("refus") || t.norm.starts_with("declin") ||
        t.norm.starts_with("fail") || t.norm.starts_with("reject")) {
      return static_cast<int>(k);
    }
  }
  return -1;
}

bool SentenceCoder::IsNegated(const PatternMatch& m) const {
  if (verbs_.pattern(m.pattern).negative) return false;
  uint32_t v = FirstLiteral(m);
  // "would not sign deals unless they end the war": a condition threatens
  // the refusal before it; that "not" does not undo the threat.
  if (a_.tokens[v].norm == "unless") return false;
  if (NegatingWord(v) >= 0) return true;
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

bool SentenceCoder::Refused(const PatternMatch& m) const {
  int k = NegatingWord(FirstLiteral(m));
  if (k < 0) return false;
  std::string_view lemma = a_.tokens[k].lemma;
  return lemma == "refuse" || lemma == "decline" || lemma == "reject";
}

std::string RefusalCode(std::string_view code) {
  if (code.starts_with("04")) return "125";  // "refused to receive the envoy"
  if (code == "057") return "127";           // "declined to sign the accord"
  if (code.starts_with("06")) return "121";  // "refused to share intelligence"
  if (code.starts_with("081")) return "1241";
  if (code.starts_with("082")) return "1242";
  if (code.starts_with("084")) return "1243";
  if (code.starts_with("085")) return "1244";
  if (code.starts_with("086")) return "1245";
  if (code.starts_with("087")) return "1246";
  return "";
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

// Whether the verb at `v` ("target", "hit") says what measures named
// before it aim at: "sanctions, the first of the year, that target a
// shipping network" is no attack.
bool SentenceCoder::AimOfMeasures(uint32_t v) const {
  if (v <= view_.first + 1) return false;
  std::string_view rel = a_.tokens[v - 1].norm;
  if (rel != "that" && rel != "which") return false;
  static const std::unordered_set<std::string_view> kMeasures = {
      "sanction",     "sanctions", "measure", "measures", "tariff", "tariffs", "restriction",
      "restrictions", "law",       "rule",    "rules",    "policy", "ban",     "embargo"};
  for (uint32_t k = v - 1; k > view_.first && k + 20 > v; --k) {
    if (kMeasures.count(a_.tokens[k - 1].norm) > 0) return true;
  }
  return false;
}

// Whether the word at `v` follows "to", a modal or "help" (over adverbs):
// "plans to finance", "will finance", "help finance".
bool SentenceCoder::AfterInfinitiveMarker(uint32_t v) const {
  static const std::unordered_set<std::string_view> kMarkers = {
      "to",   "will",   "would", "can",  "could", "may",   "might",
      "must", "should", "shall", "help", "helps", "helped"};
  uint32_t k = v;
  while (k > view_.first && IsAdverb(a_.tokens[k - 1].norm)) --k;
  return k > view_.first && kMarkers.count(a_.tokens[k - 1].norm) > 0;
}

// Whether the verb at `v` ("killed") gives the toll of a conflict named
// before it: "the fighting, which has killed at least 35 people", "an
// insurgency that has killed 40,000". A toll sums up a background; the
// acts of the conflict are coded where they are told.
bool SentenceCoder::TollOfConflict(uint32_t v) const {
  uint32_t k = v;
  auto perfect = [](std::string_view w) { return w == "has" || w == "have" || w == "had"; };
  while (k > view_.first && (IsAdverb(a_.tokens[k - 1].norm) || perfect(a_.tokens[k - 1].norm))) {
    --k;
  }
  if (k < view_.first + 2) return false;
  std::string_view rel = a_.tokens[k - 1].norm;
  if (rel != "that" && rel != "which") return false;
  uint32_t head = k - 1;
  if (a_.tokens[head - 1].norm == "," && head > view_.first + 1) --head;
  // ("an insurgency in the largely Kurdish southeast that has killed": over
  // the place the conflict is in.)
  static const std::unordered_set<std::string_view> kConflicts = {
      "insurgency", "war",     "conflict", "fighting", "violence",    "clashes",
      "unrest",     "crisis",  "uprising", "coup",     "rebellion",   "hostilities",
      "bloodshed",  "turmoil", "chaos",    "strife",   "insurrection"};
  for (uint32_t j = head; j > view_.first && j + 8 > head; --j) {
    const Token& t = a_.tokens[j - 1];
    if (kConflicts.count(t.norm) > 0) return true;
    if (t.norm == "," || IsClauseBreak(t) || IsPastVerb(t)) return false;
  }
  return false;
}

// Whether the force at `trigger` is only supposed: in a clause opened by
// "if" or "unless" ("Israel will respond if Iran attacks Israel"), or an
// event noun qualified as possible ("a potential attack from Turkey").
// Threats made of such clauses are coded by their own patterns.
bool SentenceCoder::Hypothetical(uint32_t trigger) const {
  static const std::unordered_set<std::string_view> kSupposed = {
      "potential", "possible", "future", "hypothetical", "eventual", "feared", "imminent"};
  if (trigger > view_.first && kSupposed.count(a_.tokens[trigger - 1].norm) > 0) return true;
  for (uint32_t k = trigger; k-- > view_.first && k + 12 > trigger;) {
    const Token& t = a_.tokens[k];
    if (t.norm == "," || t.norm == ";" || IsClauseBreak(t)) return false;
    if (t.norm == "if" || t.norm == "unless") return true;
  }
  return false;
}

}  // namespace event_coding

}  // namespace dyad
