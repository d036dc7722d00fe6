// Event coding.
//
// Design: in each sentence, every token whose lemma anchors a pattern tries
// those patterns; the matches found are ranked by specificity (required
// words), then length, and taken greedily where their words do not overlap.
// Roles come from shallow syntax, not a parser:
//  - source: the $ slot, else the clause subject: the nearest actor before
//    the trigger that is not the object of a preposition (pronouns resolved);
//  - target: the + slot, else the first actor after the trigger in the clause
//    that is not a place after a locative preposition;
//  - passive voice ("was received by X") swaps them: the subject becomes the
//    target and the by-phrase the source;
//  - coordination ("met A and B", "A and B signed") multiplies events;
//  - group mentions ("both leaders") stand for each member.
// A negation before the trigger ("did not meet") flags the event.
#include "events/event_coder.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "actors/actor_finder.h"
#include "events/pattern_match.h"
#include "events/syntax.h"
#include "quotes/quote_spans.h"

namespace dyad {
namespace {

class SentenceCoder {
 public:
  SentenceCoder(Article& a, uint32_t s, const VerbDictionary& verbs, const CameoCodes& codes,
                const ActorDictionary& actors, const EventOptions& options,
                const std::vector<uint8_t>& quoted)
      : a_(a),
        s_(s),
        verbs_(verbs),
        codes_(codes),
        actors_(actors),
        options_(options),
        quoted_(quoted),
        view_(MakeSentenceView(a, s)) {}

  void Run() {
    std::vector<PatternMatch> matches = FindMatches();
    std::vector<PatternMatch> chosen = SelectMatches(std::move(matches));
    for (const PatternMatch& m : chosen) {
      if (verbs_.pattern(m.pattern).void_sentence) return;
    }
    for (const PatternMatch& m : chosen) {
      if (!verbs_.pattern(m.pattern).null_event) Emit(m);
    }
  }

 private:
  std::vector<PatternMatch> FindMatches() const;
  void TryPatterns(const std::vector<uint32_t>& ids, uint32_t i,
                   std::vector<PatternMatch>* out) const;
  std::vector<PatternMatch> SelectMatches(std::vector<PatternMatch> all) const;
  void Emit(const PatternMatch& m);
  bool IsPassive(const PatternMatch& m) const;
  bool IsNegated(const PatternMatch& m) const;
  bool IsModifierUse(uint32_t i) const;
  bool PluralAfterDemonym(uint32_t i) const;
  bool InsideDate(uint32_t byte) const;
  int RoleBefore(uint32_t end) const;
  int ModifierOfEventNoun(uint32_t noun) const;
  bool EachOther(uint32_t from) const;
  bool NaturalCause(uint32_t trigger) const;
  // kIntended: a modal future ("will visit"); kWanted: an infinitive under a
  // verb of intention ("plans to visit").
  enum class Mood : uint8_t { kDone, kAppealed, kIntended, kWanted };
  Mood TriggerMood(const PatternMatch& m) const;
  bool DemandedThat(uint32_t v) const;
  int Subject(uint32_t before) const;
  uint32_t Governor(uint32_t first) const;
  bool AgentOfNominal(uint32_t first) const;
  bool ParticipleObject(uint32_t first) const;
  int MainClauseSubject(uint32_t before) const;
  int ObjectAfter(uint32_t after, bool posture = false) const;
  int ByAgent(uint32_t after) const;
  int ObjectWithin(const PatternMatch& m, int source, bool posture) const;
  ActorRef PlaceCountryAfter(uint32_t after) const;
  int AgentOfEventNoun(uint32_t from) const;
  // `claim`: the event referred to is claimed ("claimed responsibility for
  // the attack"); its target is returned instead of its source.
  ActorRef PerpetratorOfEventNoun(uint32_t from, uint32_t end, const std::string& source_code,
                                  bool claim = false) const;
  ActorRef SalientCounterpart(const std::string& source_code) const;
  void MediateBetweenMainPair(const PatternMatch& m, int src, bool negated, const std::string& why,
                              const std::string& code);
  std::vector<int> Conjuncts(int mention) const;
  bool CompoundBefore(uint32_t pos) const;
  std::vector<int> Expand(int mention) const;
  // `code` overrides the pattern's (the second event of a paired pattern).
  void AddEvent(const PatternMatch& m, const ActorRef& source, const ActorRef& target, bool negated,
                const std::string& why, const std::string* code = nullptr);

  Article& a_;
  uint32_t s_;
  const VerbDictionary& verbs_;
  const CameoCodes& codes_;
  const ActorDictionary& actors_;
  const EventOptions& options_;
  const std::vector<uint8_t>& quoted_;
  SentenceView view_;
};

std::vector<PatternMatch> SentenceCoder::FindMatches() const {
  std::vector<PatternMatch> out;
  std::vector<uint32_t> prefixed;  // Reused: TABARI stems, when loaded.
  for (uint32_t i = view_.first; i < view_.end; ++i) {
    if (quoted_[i] && !options_.code_inside_quotes) continue;
    if (view_.transparent[i - view_.first]) continue;  // "in March", "(US)".
    const Token& t = a_.tokens[i];
    for (const std::string* key : {&t.lemma, &t.norm}) {
      if (const std::vector<uint32_t>* ids = verbs_.Anchored(*key)) TryPatterns(*ids, i, &out);
      if (t.lemma == t.norm) break;
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
  for (uint32_t id : ids) {
    PatternMatch m;
    const VerbPattern& p = verbs_.pattern(id);
    if (p.anchor == 0 && !p.has_source && IsModifierUse(i)) continue;
    // "Congolese forces chased the rebels": after a demonym a plural is a
    // noun, so a verb taking its object ("force + into") does not apply;
    // a noun pattern ("drone strike") still does.
    bool verb_object = p.elements.size() > 1 && p.elements[1].kind == PatternElement::Kind::kTarget;
    if (p.anchor == 0 && verb_object && PluralAfterDemonym(i)) continue;
    if (MatchPattern(p, view_, i, &m) && (!p.compound_subject || CompoundBefore(m.begin))) {
      m.pattern = id;
      out->push_back(std::move(m));
    }
  }
}

std::vector<PatternMatch> SentenceCoder::SelectMatches(std::vector<PatternMatch> all) const {
  std::stable_sort(all.begin(), all.end(), [&](const PatternMatch& x, const PatternMatch& y) {
    int lx = verbs_.pattern(x.pattern).literal_count;
    int ly = verbs_.pattern(y.pattern).literal_count;
    if (lx != ly) return lx > ly;
    // Equally specific: the one that starts first (the verb governing the
    // other's words: "mediated talks between"), then the longer.
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

uint32_t FirstLiteral(const PatternMatch& m) {
  return *std::min_element(m.literal_tokens.begin(), m.literal_tokens.end());
}

// An inflected verb form used as a modifier or noun: "the outlawed PKK",
// "29 targets", "its attacks". Its verb patterns do not apply.
// "accused each other", "blamed one another": the event runs both ways.
bool SentenceCoder::EachOther(uint32_t from) const {
  for (uint32_t j = from; j + 1 < view_.end && j < from + 4; ++j) {
    std::string_view w = a_.tokens[j].norm, next = a_.tokens[j + 1].norm;
    if ((w == "each" && next == "other") || (w == "one" && next == "another")) return true;
  }
  return false;
}

bool IsDeterminer(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "their" || w == "its" || w == "his" ||
         w == "her" || w == "our" || w == "this" || w == "these" || w == "those" || w == "that";
}

// The actor right before the event noun at `noun`, over a couple of
// lower-case modifiers ("an Israeli airstrike", "a Russian drone attack",
// "Houthi missile strikes"); -1 if none.
int SentenceCoder::ModifierOfEventNoun(uint32_t noun) const {
  uint32_t k = noun;
  for (int n = 0; n < 2 && k > view_.first; ++n) {
    const Token& t = a_.tokens[k - 1];
    if (t.kind != TokenKind::kWord || t.capitalized || IsDeterminer(t.norm) ||
        IsPreposition(t.norm)) {
      break;
    }
    --k;
  }
  if (k == view_.first) return -1;
  int m = view_.mention_ending[k - 1 - view_.first];
  if (m < 0) return -1;
  const ActorMention& am = a_.actors[m];
  // Only a modifier: "Israel's strikes" or "the army's attack" are possessives
  // the subject search finds anyway; "Israel strikes" is a verb.
  bool adjective = am.kind != ActorKind::kCountry || a_.Span(am.begin, am.end) != am.name;
  return adjective && a_.tokens[am.end_token - 1].kind == TokenKind::kWord ? m : -1;
}

bool SentenceCoder::InsideDate(uint32_t byte) const {
  for (const DateMention& d : a_.dates) {
    if (d.begin <= byte && byte < d.end) return true;
  }
  return false;
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

bool SentenceCoder::IsModifierUse(uint32_t i) const {
  const Token& t = a_.tokens[i];
  // A capitalised word inside a sentence is part of a name ("the Abu Dhabi
  // Fund for Development"), not a verb.
  uint32_t sentence_first = a_.sentences[s_].first_token;
  if (t.capitalized && !t.all_caps && i > sentence_first &&
      a_.tokens[i - 1].kind != TokenKind::kOpenQuote) {
    return true;
  }
  if (i == view_.first || t.lemma == t.norm) return false;
  const Token& prev = a_.tokens[i - 1];
  // "29 targets", but not "on January 16 accused": a date is no quantity.
  bool quantity = prev.kind == TokenKind::kNumber && !InsideDate(prev.begin);
  if (quantity || prev.kind == TokenKind::kPossessive) return true;
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
  if (!t.norm.ends_with("s")) return false;
  static const std::string_view kModifiers[] = {
      "new",      "fresh",     "more",    "further",       "tough",      "tougher",  "harsh",
      "heavy",    "deadly",    "recent",  "latest",        "renewed",    "repeated", "similar",
      "other",    "several",   "many",    "fierce",        "daily",      "joint",    "military",
      "economic", "financial", "western", "international", "air",        "drone",    "missile",
      "rocket",   "sporadic",  "such",    "security",      "government", "armed",    "rebel",
      "federal",  "national",  "special", "allied",        "coalition",  "foreign",  "opposition"};
  for (std::string_view d : kModifiers) {
    if (prev.norm == d) return true;
  }

  if (i + 1 >= view_.end) return false;
  std::string_view next = a_.tokens[i + 1].norm;
  return next == "on" || next == "against" || next == "over" || next == "targeting" ||
         next == "imposed" || next == "by";
}

// "demanded that the soldiers free the president": the clause after a
// demand or an appeal says what should happen, not what did.
bool SentenceCoder::DemandedThat(uint32_t v) const {
  static const std::string_view kDemands[] = {"demanded", "demands",   "demand",     "urged",
                                              "insisted", "asked",     "called",     "requested",
                                              "proposed", "suggested", "recommended"};
  for (uint32_t k = v; k-- > view_.first && k + 12 > v;) {
    const Token& t = a_.tokens[k];
    if (IsClauseBreak(t) || t.norm == ".") return false;
    if (t.norm != "that" || k == view_.first) continue;
    for (std::string_view d : kDemands) {
      if (a_.tokens[k - 1].norm == d) return true;
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

SentenceCoder::Mood SentenceCoder::TriggerMood(const PatternMatch& m) const {
  uint32_t v = FirstLiteral(m);
  if (DemandedThat(v)) return Mood::kAppealed;
  // "will visit", "would not", "'ll send", "will also send".
  for (uint32_t k = v; k > view_.first && v - k < 3;) {
    std::string_view w = a_.tokens[--k].norm;
    if (w == "will" || w == "would" || w == "shall" || w == "ll") return Mood::kIntended;
    if (!IsAdverb(w)) break;
  }
  // "to return to the ceasefire and resume talks": the second infinitive
  // shares the first one's "to".
  if (v > view_.first + 2 && a_.tokens[v - 1].norm == "and" &&
      a_.tokens[v].lemma == a_.tokens[v].norm) {
    for (uint32_t k = v - 1; k-- > view_.first + 1 && k + 15 > v;) {
      if (IsClauseBreak(a_.tokens[k]) || a_.tokens[k].norm == ",") break;
      const Token& next = a_.tokens[k + 1];
      if (a_.tokens[k].norm == "to" && next.lemma == next.norm && next.kind == TokenKind::kWord &&
          !next.capitalized && !IsDeterminer(next.norm)) {
        v = k + 1;
        break;
      }
    }
  }
  if (v < view_.first + 2 || a_.tokens[v - 1].norm != "to") return Mood::kDone;
  static const std::string_view kAppeals[] = {
      "urge",   "urged",   "urges",  "urging",  "call",     "called",  "calls",     "calling",
      "ask",    "asked",   "asks",   "demand",  "demanded", "demands", "appeal",    "appealed",
      "press",  "pressed", "refuse", "refused", "fail",     "failed",  "encourage", "encouraged",
      "invite", "invited", "tell",   "told",    "order",    "ordered"};
  static const std::string_view kIntentions[] = {
      "want",     "wants",    "wanted",  "seek",    "seeks",  "sought",  "hope",       "hopes",
      "hoped",    "plan",     "plans",   "planned", "intend", "intends", "intended",   "expect",
      "expected", "expects",  "aim",     "aims",    "wish",   "offered", "offers",     "offer",
      "promised", "promises", "pledged", "pledges", "vowed",  "vows",    "threatened", "threatens"};
  // "is set to visit", "are due to meet": only after a form of "be".
  static const std::string_view kScheduled[] = {"set",    "due",   "scheduled",
                                                "poised", "ready", "prepared"};
  for (uint32_t k = v - 1; k-- > view_.first && k + 8 > v;) {
    const Token& t = a_.tokens[k];
    if (IsClauseBreak(t) || t.norm == ".") return Mood::kDone;
    if (std::find(m.literal_tokens.begin(), m.literal_tokens.end(), k) != m.literal_tokens.end()) {
      return Mood::kDone;
    }
    for (std::string_view g : kAppeals) {
      if (t.norm == g) return Mood::kAppealed;
    }
    for (std::string_view g : kIntentions) {
      if (t.norm == g) return Mood::kWanted;
    }
    for (std::string_view g : kScheduled) {
      if (t.norm == g && k > view_.first && IsBeForm(a_.tokens[k - 1].norm)) return Mood::kWanted;
    }
  }
  return Mood::kDone;
}

bool SentenceCoder::IsPassive(const PatternMatch& m) const {
  uint32_t v = FirstLiteral(m);
  const Token& verb = a_.tokens[v];
  bool participle =
      verb.norm.ends_with("ed") || verb.norm.ends_with("en") ||
      (verb.lemma != verb.norm && !verb.norm.ends_with("s") && !verb.norm.ends_with("ing"));
  if (!participle) return false;
  // A reduced relative: "The deal, mediated by the United States and Qatar".
  if (v > view_.first && v + 1 < view_.end && a_.tokens[v - 1].norm == "," &&
      a_.tokens[v + 1].norm == "by" && !verb.norm.ends_with("ing")) {
    return true;
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
  return false;
}

// "hundreds of Serbs", "some of the rebels": the quantity before "of" (at
// token `of`) is the head, not a preposition governing the actor.
bool QuantityOf(const Article& a, uint32_t of, uint32_t sentence_first) {
  if (a.tokens[of].norm != "of" || of <= sentence_first) return false;
  const Token& q = a.tokens[of - 1];
  static const std::string_view kQuantities[] = {
      "hundreds", "thousands", "dozens", "scores", "tens",    "millions", "some",  "many",
      "most",     "several",   "all",    "both",   "members", "group",    "number"};
  if (q.kind == TokenKind::kNumber) return true;
  for (std::string_view w : kQuantities) {
    if (q.norm == w) return true;
  }
  return false;
}

bool AfterPreposition(const SentenceView& v, uint32_t first) {
  const Article& a = *v.article;
  uint32_t sentence_first = v.first;
  if (first <= sentence_first) return false;
  if (QuantityOf(a, first - 1, sentence_first)) return false;
  if (IsPreposition(a.tokens[first - 1].norm)) return true;
  // Over a determiner and up to two modifiers: "by clan militias", "with
  // the heavily armed gunmen", "at an Islamic religious school".
  for (uint32_t k = first - 1, skipped = 0; k > sentence_first && skipped < 3; --k, ++skipped) {
    const Token& t = a.tokens[k];
    if (t.kind != TokenKind::kWord || IsSubordinator(t.norm) || IsBeForm(t.norm)) return false;
    if (v.mention_ending[k - v.first] >= 0) return false;  // Another actor: "with A and B".
    if (QuantityOf(a, k - 1, sentence_first)) return false;
    if (IsPreposition(a.tokens[k - 1].norm)) return true;
  }
  return false;
}

// A verb in the past tense, as far as spelling tells: "called", "met".
bool IsPastVerb(const Token& t) {
  if (t.kind != TokenKind::kWord || t.lemma == t.norm) return false;
  if (t.norm.ends_with("ed")) return true;
  static const std::unordered_set<std::string_view> kIrregular = {
      "met", "told", "sent", "gave", "took", "held", "struck", "hit", "left", "brought", "sought"};
  return kIrregular.count(t.norm) > 0;
}

// ", killing six civilians": a participle after a comma shares the subject
// of the main clause, the first actor of the sentence not governed by a
// preposition.
int SentenceCoder::MainClauseSubject(uint32_t before) const {
  for (uint32_t j = view_.first; j < before; ++j) {
    int m = view_.mention_starting[j - view_.first];
    if (m < 0 || quoted_[j]) continue;
    if (!AfterPreposition(view_, j)) return m;
  }
  return -1;
}

int SentenceCoder::Subject(uint32_t before) const {
  const Token& verb = a_.tokens[before];
  if (before > view_.first && a_.tokens[before - 1].norm == "," && verb.norm.ends_with("ing")) {
    int m = MainClauseSubject(before);
    if (m >= 0) return m;
  }
  // The trigger inside an actor's words: "Turkish warplanes struck".
  int around = view_.mention_ending[before - view_.first];
  if (around >= 0 && a_.actors[around].first_token < before) return around;
  if (before > view_.first) {
    std::string_view prev = a_.tokens[before - 1].norm;
    // A relative clause ("the dorm, which hosts"): its subject is the noun
    // before the pronoun, an actor or nothing; after an event noun ("an
    // attack that killed") the noun's actor is searched for as usual.
    if (prev == "which" || prev == "who" || prev == "that") {
      uint32_t k = before - 1;
      if (k > view_.first && a_.tokens[k - 1].norm == ",") --k;
      // "an attack on Saturday that killed": over the date.
      while (k > view_.first && view_.transparent[k - 1 - view_.first]) --k;
      if (k == view_.first) return -1;
      int m = view_.mention_ending[k - 1 - view_.first];
      if (m >= 0 || EventNounRoots(a_.tokens[k - 1].norm).empty()) return m;
    }
    // "Al-Sabah, whose country had shuttled": the owner acts.
    for (uint32_t k = before - 1, n = 0; k > view_.first + 1 && n < 4; --k, ++n) {
      if (a_.tokens[k - 1].norm != "whose") continue;
      uint32_t end = k - 1;
      if (end > view_.first && a_.tokens[end - 1].norm == ",") --end;
      if (end > view_.first) return view_.mention_ending[end - 1 - view_.first];
    }
    // A second verb of the main clause ("he was a teacher at a school and
    // claimed responsibility"): the main clause's subject.
    if (prev == "and" && verb.lemma != verb.norm && !verb.norm.ends_with("ing")) {
      int m = MainClauseSubject(before);
      if (m >= 0) return m;
    }
  }
  for (uint32_t j = SkipAppositiveClause(a_, before, view_.first); j-- > view_.first;) {
    // "China on Saturday (August 19) launched": a date in brackets is no break.
    if (IsClauseBreak(a_.tokens[j]) && !view_.transparent[j - view_.first]) return -1;
    if (quoted_[j] && !quoted_[before]) continue;
    int m = view_.mention_ending[j - view_.first];
    if (m < 0) continue;
    uint32_t first = a_.actors[m].first_token;
    if (AgentOfNominal(first)) return m;  // "Airstrikes by the coalition killed".
    if (AfterPreposition(view_, first) || ParticipleObject(first)) {
      j = first;
      continue;
    }
    // "Trump called both leaders at the weekend urging them": an adverbial
    // participle after an object shares the main clause's subject.
    // After a preposition it is a gerund whose subject is that object
    // ("thanked the Philippines for welcoming him").
    if (verb.norm.ends_with("ing") && !IsPreposition(a_.tokens[before - 1].norm) &&
        IsPastVerb(a_.tokens[Governor(first)])) {
      int main = MainClauseSubject(first);
      if (main >= 0) return main;
    }
    return m;
  }
  return -1;
}

// The token before an actor's words, over a determiner.
uint32_t SentenceCoder::Governor(uint32_t first) const {
  uint32_t k = first;
  if (k > view_.first && a_.tokens[k - 1].norm == "the") --k;
  return k > view_.first ? k - 1 : first;
}

// The actor is the by-agent of an event noun: "airstrikes by the coalition",
// "an attack by gunmen". That agent did the noun's act.
bool SentenceCoder::AgentOfNominal(uint32_t first) const {
  uint32_t by = Governor(first);
  if (by == first || a_.tokens[by].norm != "by" || by == view_.first) return false;
  uint32_t noun = by - 1;
  if (EventNounRoots(a_.tokens[noun].norm).empty()) return false;
  // The noun phrase must open its clause: "condemned an attack by X and
  // promised aid" has the condemner as the subject of "promised".
  uint32_t k = noun;
  for (int n = 0; n < 3 && k > view_.first; ++n) {
    const Token& t = a_.tokens[k - 1];
    if (IsDeterminer(t.norm)) {  // "The shelling by ... claimed".
      --k;
      break;
    }
    if (t.kind != TokenKind::kWord || t.capitalized || t.lemma != t.norm) break;
    if (IsPreposition(t.norm) || IsSubordinator(t.norm) || t.norm == "and") break;
    --k;
  }
  if (k == view_.first) return true;
  const Token& before = a_.tokens[k - 1];
  return before.norm == "," || IsSubordinator(before.norm) || before.norm == "and";
}

// The actor is the object of a participle modifying an earlier noun
// ("coalition jets targeting Shiite rebels killed", "militias backing the
// army"), not the subject of the verb after it.
bool SentenceCoder::ParticipleObject(uint32_t first) const {
  // "warning he would": a subject pronoun opens a clause of its own.
  std::string_view w = a_.tokens[first].norm;
  if (w == "he" || w == "she" || w == "they" || w == "we" || w == "i") return false;
  uint32_t v = Governor(first);
  if (v == first) return false;
  const Token& t = a_.tokens[v];
  if (t.kind != TokenKind::kWord || t.capitalized || t.lemma == t.norm) return false;
  if (!t.norm.ends_with("ing")) return false;
  // "were attacking Kurds", "has been shelling Kharkiv": a finite verb.
  return v == view_.first || !IsBeForm(a_.tokens[v - 1].norm);
}

int SentenceCoder::ObjectAfter(uint32_t after, bool posture) const {
  for (uint32_t j = after; j < view_.end && j < after + 10; ++j) {
    const Token& t = a_.tokens[j];
    if (IsClauseBreak(t) || t.norm == "," || t.norm == "." || t.kind == TokenKind::kOpenQuote ||
        IsSubordinator(t.norm)) {
      return -1;
    }
    int m = view_.mention_starting[j - view_.first];
    if (m < 0) continue;
    // A place after a preposition the pattern did not ask for is where the
    // event happened, not its target; the pattern's own last word ("massed
    // troops near") asks for what follows.
    // Force postures aim at what they are near ("deployed warships near
    // Taiwan"), so for them the place is the target.
    std::string_view prev =
        j > after ? std::string_view(a_.tokens[j - 1].norm) : std::string_view();
    std::string_view prev2 =
        j > after + 1 ? std::string_view(a_.tokens[j - 2].norm) : std::string_view();
    bool place = IsLocative(prev) || (prev == "the" && IsLocative(prev2));
    if (!posture && !options_.peer_conventions && place) {
      j = a_.actors[m].end_token - 1;
      continue;
    }
    return m;
  }
  return -1;
}

// For a pattern without a + slot: an actor among the words the pattern
// skipped ("freed six American detainees", "met X on the sidelines of"),
// else the first actor after it.
int SentenceCoder::ObjectWithin(const PatternMatch& m, int source, bool posture) const {
  uint32_t first = FirstLiteral(m);
  std::string source_country = source >= 0 ? a_.actors[source].code.substr(0, 3) : std::string();
  // Codes whose object may be the source's own people, sent somewhere:
  // pledges, cooperation, aid, force postures.
  const std::string& code = verbs_.pattern(m.pattern).code;
  bool sends = code.starts_with("03") || code.starts_with("06") || code.starts_with("07") ||
               code.starts_with("15");
  for (uint32_t j = first + 1; j < m.end; ++j) {
    int k = view_.mention_starting[j - view_.first];
    if (k < 0) continue;
    const ActorMention& am = a_.actors[k];
    // The source's own people ("Kenya deployed peacekeepers to Haiti"):
    // what they are sent to is the target.
    if (sends && am.kind == ActorKind::kAgent && am.code.starts_with(source_country) &&
        !source_country.empty()) {
      continue;
    }
    // An actor among the pattern's own words is the object when it ends the
    // pattern ("freed six American detainees", "rallied against the
    // government", "expelled the UN peacekeeping mission"), not when it is
    // a word in the middle ("sent troops to").
    bool starts_on_literal = std::find(m.literal_tokens.begin(), m.literal_tokens.end(),
                                       am.first_token) != m.literal_tokens.end();
    bool ends_pattern = am.end_token - 1 >= m.literal_tokens.back();
    if ((!starts_on_literal || ends_pattern) && k != m.source) return k;
  }
  return ObjectAfter(m.end, posture);
}

int SentenceCoder::ByAgent(uint32_t after) const {
  for (uint32_t j = after; j < view_.end && j < after + 8; ++j) {
    if (IsClauseBreak(a_.tokens[j])) return -1;
    if (a_.tokens[j].norm != "by") continue;
    for (uint32_t k = j + 1; k < view_.end && k < j + 4; ++k) {
      int m = view_.mention_starting[k - view_.first];
      if (m >= 0) return m;
    }
    return -1;
  }
  return -1;
}

// A word that may stand between a conjunction and the actor it joins:
// "and the evil Gondor", "and good Gondor". Lower-case, uninflected, and
// not a function word.
bool IsLooseModifier(const Token& t) {
  if (t.kind != TokenKind::kWord || t.capitalized || t.all_caps || t.lemma != t.norm) return false;
  static const std::string_view kFunction[] = {"and",  "or",   "but", "nor",   "not", "to",
                                               "also", "then", "its", "their", "his", "her"};
  for (std::string_view f : kFunction) {
    if (t.norm == f) return false;
  }
  return !IsPreposition(t.norm) && !IsSubordinator(t.norm) && !IsBeForm(t.norm);
}

// `mention` plus the actors coordinated with it: "A and B", "A, B and C",
// "A and the awful B".
std::vector<int> SentenceCoder::Conjuncts(int mention) const {
  constexpr int kMaxModifiers = 2;
  std::vector<int> out = {mention};
  uint32_t pos = a_.actors[mention].end_token;
  while (pos + 1 < view_.end) {
    std::string_view w = a_.tokens[pos].norm;
    if (w != "and" && w != ",") break;
    uint32_t k = pos + 1;
    if (w == "," && k < view_.end && a_.tokens[k].norm == "and") ++k;
    if (k < view_.end && a_.tokens[k].norm == "the") ++k;
    // After a bare comma only a name may follow: "Palestine, however both
    // Norway and Spain" is a new clause, not a list.
    bool bare_comma = w == "," && a_.tokens[pos + 1].norm != "and";
    for (int n = 0; n < kMaxModifiers && k < view_.end && IsLooseModifier(a_.tokens[k]) &&
                    !(bare_comma && !a_.tokens[k].capitalized);
         ++n) {
      ++k;
    }
    if (k >= view_.end) break;
    int next = view_.mention_starting[k - view_.first];
    if (next < 0) break;
    out.push_back(next);
    pos = a_.actors[next].end_token;
  }
  // Backwards: "A, B and C signed" when `mention` is C.
  uint32_t first = a_.actors[mention].first_token;
  while (first >= view_.first + 2) {
    uint32_t link_at = first - 1;
    for (int n = 0;
         n < kMaxModifiers && link_at > view_.first && IsLooseModifier(a_.tokens[link_at]); ++n) {
      --link_at;
    }
    if (a_.tokens[link_at].norm == "the" && link_at > view_.first) --link_at;
    std::string_view link = a_.tokens[link_at].norm;
    uint32_t before = link_at;
    if (link == "and" && before > view_.first && a_.tokens[before - 1].norm == ",") --before;
    if (link != "and" && link != ",") break;
    if (before <= view_.first) break;
    int prev = view_.mention_ending[before - 1 - view_.first];
    bool person = a_.actors[out.front()].kind == ActorKind::kPerson;
    if (link == "," && person) {
      // A name in apposition to its role is the same actor: "the prime
      // minister, Fayez al-Sarraj," or "the military commander of its
      // eastern half, Khalifa Haftar"; the list goes on before the role.
      int role = prev >= 0 && a_.actors[prev].kind == ActorKind::kAgent ? prev : RoleBefore(before);
      if (role >= 0) {
        first = a_.actors[role].first_token;
        continue;
      }
    }
    if (prev < 0) break;
    out.insert(out.begin(), prev);
    first = a_.actors[prev].first_token;
  }
  return out;
}

// A role noun opening the noun phrase that ends at `end` (within a few
// words, no comma between): "the military commander of its eastern half".
int SentenceCoder::RoleBefore(uint32_t end) const {
  constexpr uint32_t kReach = 8;
  for (uint32_t k = end; k > view_.first && end - k < kReach; --k) {
    const Token& t = a_.tokens[k - 1];
    if (t.norm == "," || t.norm == "and" || IsClauseBreak(t)) return -1;
    int r = view_.mention_starting[k - 1 - view_.first];
    if (r >= 0) return a_.actors[r].kind == ActorKind::kAgent ? r : -1;
  }
  return -1;
}

// A coordinated subject ends shortly before `pos`: "A and B [have] agreed".
bool SentenceCoder::CompoundBefore(uint32_t pos) const {
  constexpr uint32_t kMaxAuxiliaries = 3;
  for (uint32_t k = pos; k > view_.first && k + kMaxAuxiliaries >= pos; --k) {
    int m = view_.mention_ending[k - 1 - view_.first];
    if (m >= 0) return Conjuncts(m).size() >= 2;
  }
  return false;
}

std::vector<int> SentenceCoder::Expand(int mention) const {
  std::vector<int> out;
  for (int m : Conjuncts(mention)) {
    const ActorMention& am = a_.actors[m];
    if (am.members.empty()) {
      out.push_back(m);
    } else {
      out.insert(out.end(), am.members.begin(), am.members.end());
    }
  }
  return out;
}

ActorRef MakeRef(const Article& a, int mention) {
  ActorRef r;
  if (mention < 0) return r;
  const ActorMention& m = a.actors[mention];
  r.code = m.code;
  r.name = m.name;
  r.text = std::string(a.Span(m.begin, m.end));
  r.mention = mention;
  return r;
}

// States act through their governments: a bare country in an event is
// coded as its government ("Russia expelled" = RUSGOV, "accused Azerbaijan" =
// AZEGOV), as hand coders do. Two exceptions: the source of a use or show of
// force is the armed forces ("Israel launched airstrikes" = ISRMIL), while
// whom force strikes stays the bare country; and a country (or its capital)
// visited is the country, not its government.
void AdjustStateCodes(const Article& a, const std::string& event_code, ActorRef& source,
                      ActorRef& target, bool state_as_government) {
  auto bare_country = [&](const ActorRef& r) {
    return r.mention >= 0 && r.code.size() == 3 && a.actors[r.mention].kind == ActorKind::kCountry;
  };
  std::string_view root = std::string_view(event_code).substr(0, 2);
  bool force = root == "15" || root == "18" || root == "19" || root == "20";
  bool visit = event_code == "042" || event_code == "043" || event_code == "044";
  if (state_as_government && bare_country(source)) source.code += force ? "MIL" : "GOV";
  if (state_as_government && !force && !visit && bare_country(target)) target.code += "GOV";
  if (visit && target.mention >= 0 && target.code.size() == 6 && target.code.ends_with("GOV") &&
      a.actors[target.mention].kind == ActorKind::kCountry) {
    target.code.resize(3);
  }
}

bool EndsInLocative(const VerbPattern& p) {
  const PatternElement& last = p.elements.back();
  if (last.kind != PatternElement::Kind::kWords) return false;
  for (const PatternWord& w : last.words) {
    if (IsLocative(w.key) || w.key == "on" || w.key == "through" || w.key == "outside") {
      return true;
    }
  }
  return false;
}

// An actor does not act on itself: same mention, or the same country in the
// same role (a country named bare counts as its government; a person with no
// known role does not).
bool SameActor(const Article& art, const ActorRef& a, const ActorRef& b) {
  if (a.mention >= 0 && a.mention == b.mention) return true;
  if (a.code.size() < 3 || b.code.size() < 3) return a.code == b.code;
  auto role = [&](const ActorRef& r) {
    bool country = r.mention < 0 || art.actors[r.mention].kind == ActorKind::kCountry;
    if (r.code.size() > 3) return r.code.substr(3);
    return std::string(country ? "GOV" : "?");
  };
  bool grouped =
      a.code.starts_with("IGO") || a.code.starts_with("IMG") || a.code.starts_with("NGO");
  if (grouped) return a.code == b.code;
  return a.code.compare(0, 3, b.code, 0, 3) == 0 && role(a) == role(b);
}

// Civilians, businesses and other private groups of a country (CAMEO
// roles that are neither state nor armed nor organised opposition).
bool IsPrivateRole(std::string_view code) {
  if (code.size() != 6 || code.starts_with("IGO") || code.starts_with("NGO") ||
      code.starts_with("IMG")) {
    return false;
  }
  std::string_view role = code.substr(3);
  return role == "CVL" || role == "BUS" || role == "EDU" || role == "REF" || role == "HLH" ||
         role == "LAB" || role == "AGR" || role == "ELI";
}

bool IsStateRole(const Article& a, const ActorRef& r) {
  std::string_view code = r.code;
  if (code.size() == 3) {
    return r.mention < 0 || a.actors[r.mention].kind == ActorKind::kCountry;
  }
  std::string_view role = code.substr(3, 3);
  return role == "GOV" || role == "MIL" || role == "COP" || role == "JUD" || role == "LEG" ||
         role == "SPY";
}

// A state using force on its own state ("Indian warplanes struck ... New
// Delhi") is a misreading of the sentence, not an event.
bool ImplausibleForce(const Article& a, std::string_view code, const ActorRef& s,
                      const ActorRef& t) {
  if (code < "15" || s.code.size() < 3 || t.code.size() < 3) return false;
  if (s.code.compare(0, 3, t.code, 0, 3) != 0) return false;
  return IsStateRole(a, s) && IsStateRole(a, t);
}

// The press reports events; it rarely takes part in them. A news outlet or
// reporter as source ("Reuters ... agreed"), or as target of anything but
// repression or violence, is a misreading of an attribution.
bool ReporterOnly(std::string_view code, const ActorRef& source, const ActorRef& target) {
  if (source.code.ends_with("MED")) return true;
  bool against_press = code.starts_with("17") || code.starts_with("18") || code.starts_with("19");
  return target.code.ends_with("MED") && !against_press;
}

bool IsViolent(std::string_view code) {
  return code.starts_with("18") || code.starts_with("19") || code.starts_with("20");
}

// Reactions to other events: comments, praise, denials, investigations,
// demands, criticism, rejection, threats.
bool ReactsToEvent(std::string_view code) {
  return code.starts_with("01") || code.starts_with("05") || code.starts_with("09") ||
         code.starts_with("10") || code.starts_with("11") || code.starts_with("12") ||
         code.starts_with("13");
}

// The object noun of the trigger ("condemned the massacre", "denied the
// accusation", "criticised Monday's attack", "condemned it"), then the source
// of the latest earlier event of a fitting root whose source is not
// `source_code`. Such reactions usually point at the article's main event,
// so the whole article before is searched.
ActorRef SentenceCoder::PerpetratorOfEventNoun(uint32_t from, uint32_t end,
                                               const std::string& source_code, bool claim) const {
  std::string_view roots;
  bool pronoun = false;
  for (uint32_t j = from; j < view_.end && j < end + 4; ++j) {
    const Token& t = a_.tokens[j];
    if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kOpenQuote) break;
    pronoun =
        j == from && (t.norm == "it" || t.norm == "them" || t.norm == "this" || t.norm == "these");
    roots = EventNounRoots(t.norm);
    if (!roots.empty() || pronoun) break;
  }
  if (roots.empty() && !pronoun) return ActorRef{};
  for (size_t k = a_.events.size(); k-- > 0;) {
    const Event& e = a_.events[k];
    if (pronoun && e.sentence + 1 < s_) break;
    if (!pronoun && roots.find(e.code.substr(0, 2)) == std::string_view::npos) continue;
    // A claim of responsibility is aimed at whoever the act struck; a
    // reaction at whoever did it.
    const ActorRef& other = claim ? e.target : e.source;
    if (other.code.empty() || other.code == source_code) continue;
    return other;
  }
  return ActorRef{};
}

// "The earthquake killed 1,000 people", "floods that killed": deaths from
// nature are no event; the disaster noun heads the subject just before the
// trigger (over an auxiliary or two).
bool SentenceCoder::NaturalCause(uint32_t trigger) const {
  static const std::string_view kDisasters[] = {
      "earthquake", "quake",   "earthquakes", "flood",    "floods",    "flooding",   "storm",
      "cyclone",    "typhoon", "hurricane",   "tsunami",  "landslide", "landslides", "wildfire",
      "wildfires",  "drought", "disease",     "outbreak", "heatwave",  "avalanche"};
  for (uint32_t k = trigger, steps = 0; k > view_.first && steps < 3; ++steps) {
    std::string_view w = a_.tokens[--k].norm;
    if (std::find(std::begin(kDisasters), std::end(kDisasters), w) != std::end(kDisasters)) {
      return true;
    }
    if (!IsBeForm(w) && w != "has" && w != "have" && w != "had" && w != "that" && w != "which" &&
        !IsAdverb(w)) {
      return false;
    }
  }
  return false;
}

// The actor of another country (or organisation) than the source that the
// article has mentioned most by the end of this sentence, mentions near this
// sentence counting double; of equal scores, the one that got there first.
// Reactions with no object ("condemned the move") usually answer it.
ActorRef SentenceCoder::SalientCounterpart(const std::string& source_code) const {
  std::string_view source_key = std::string_view(source_code).substr(0, 3);
  struct Tally {
    int first = -1;  // First mention of the country or organisation.
    int score = 0;
  };
  std::vector<std::pair<std::string_view, Tally>> tallies;  // A handful.
  int best = -1;
  for (size_t k = 0; k < a_.actors.size(); ++k) {
    const ActorMention& am = a_.actors[k];
    if (am.sentence > s_) break;
    if (am.code.size() < 3 || am.code[0] == '-' || am.kind == ActorKind::kDescription) continue;
    std::string_view key = std::string_view(am.code).substr(0, 3);
    if (key == source_key) continue;
    // "a statement from India": a place where something happened.
    if (am.kind == ActorKind::kCountry && am.first_token > 0 &&
        IsLocative(a_.tokens[am.first_token - 1].norm)) {
      continue;
    }
    auto it =
        std::find_if(tallies.begin(), tallies.end(), [&](const auto& t) { return t.first == key; });
    if (it == tallies.end()) it = tallies.insert(it, {key, Tally{static_cast<int>(k), 0}});
    it->second.score += am.sentence + 1 >= s_ ? 2 : 1;
    int at = static_cast<int>(it - tallies.begin());
    if (best < 0 || it->second.score > tallies[best].second.score) best = at;
  }
  if (best < 0 || tallies[best].second.score < 2) return ActorRef{};
  return MakeRef(a_, tallies[best].second.first);
}

// "was killed in an Israeli strike", "died in a Russian drone attack": the
// actor modifying an event noun shortly after `from`.
int SentenceCoder::AgentOfEventNoun(uint32_t from) const {
  for (uint32_t j = from; j < view_.end && j < from + 6; ++j) {
    if (IsClauseBreak(a_.tokens[j]) || a_.tokens[j].norm == ",") return -1;
    int m = view_.mention_starting[j - view_.first];
    if (m < 0) continue;
    uint32_t after = a_.actors[m].end_token;
    for (uint32_t k = after; k < view_.end && k < after + 3; ++k) {
      if (!EventNounRoots(a_.tokens[k].norm).empty()) return m;
    }
    return -1;
  }
  return -1;
}

// The country of the first place named after token `after` in the sentence.
ActorRef SentenceCoder::PlaceCountryAfter(uint32_t after) const {
  ActorRef r;
  uint32_t from = after < view_.end ? a_.tokens[after].begin : a_.sentences[s_].end;
  for (const PlaceMention& pl : a_.places) {
    if (pl.sentence != s_ || pl.begin < from || pl.country.empty()) continue;
    r.code = actors_.Iso3(pl.country);
    r.name = actors_.CountryName(r.code);
    r.text = std::string(a_.Span(pl.begin, pl.end));
    if (!r.code.empty()) break;
  }
  return r;
}

void SentenceCoder::Emit(const PatternMatch& m) {
  const VerbPattern& p = verbs_.pattern(m.pattern);
  bool negated = IsNegated(m);
  if (negated && !options_.keep_negated) return;
  if (IsViolent(p.code) && NaturalCause(FirstLiteral(m))) return;
  Mood mood = TriggerMood(m);
  if (mood == Mood::kAppealed) return;
  // An announced action takes CAMEO's code for the intention or threat.
  std::string code = p.code;
  if (mood != Mood::kDone) {
    std::string intent = options_.peer_conventions ? "" : IntentCode(p.code);
    // Without an intention code a wanted act is not coded ("hopes to
    // criticise"); a future one keeps its code ("will not accept").
    if (intent.empty() && mood == Mood::kWanted) return;
    if (!intent.empty()) code = intent;
  }
  int src = m.source, tgt = m.target;
  std::string why;
  ActorRef implied, implied_target;
  if (!p.has_source && IsPassive(m)) {
    int subject = Subject(FirstLiteral(m));
    int by = ByAgent(m.literal_tokens.back());
    if (tgt >= 0 && a_.actors[tgt].first_token > 0 &&
        a_.tokens[a_.actors[tgt].first_token - 1].norm == "by") {
      by = tgt;
    }
    bool prepositional =
        tgt >= 0 && by != tgt && AfterPreposition(view_, a_.actors[tgt].first_token);
    src = by;
    why = "passive: source the by-phrase";
    if (prepositional) {
      // "was extradited to the United States": the slot stays the target,
      // and without a by-phrase the state holding the subject acted.
      if (src < 0 && subject >= 0 &&
          a_.actors[subject].code.compare(0, 3, a_.actors[tgt].code, 0, 3) != 0) {
        implied.code = a_.actors[subject].code.substr(0, 3) + "GOV";
        implied.name = actors_.CountryName(implied.code);
        why += " (none: the state of the subject)";
      }
    } else {
      tgt = subject;
      why += "; target the subject";
      if (src < 0 && IsViolent(p.code)) {
        src = AgentOfEventNoun(m.literal_tokens.back() + 1);
        if (src >= 0) why += " (source: the actor named with the weapon)";
      }
      if (src < 0 && tgt >= 0 && p.code.starts_with("17")) {
        // Arrests and the like are made by the state where they happen: the
        // place named in the sentence, else the article's country, else the
        // target's own.
        ActorRef place = PlaceCountryAfter(view_.first);
        std::string state = place.code.empty() ? DominantCountry(a_, actors_) : place.code;
        if (state.empty()) state = a_.actors[tgt].code.substr(0, 3);
        implied.code = state.substr(0, 3) + "GOV";
        implied.name = actors_.CountryName(implied.code);
        why += " (none: the state where it happened)";
      }
    }
  } else {
    // "an Israeli airstrike on ...", "a Russian missile attack": an actor
    // right before an event noun did it.
    bool modifier_source = false;
    if (src < 0 && !EventNounRoots(a_.tokens[FirstLiteral(m)].norm).empty()) {
      src = ModifierOfEventNoun(FirstLiteral(m));
      modifier_source = src >= 0;
    }
    if (src < 0) src = Subject(FirstLiteral(m));
    // A protest "in" or "outside" somewhere names a place, not a target.
    bool protest_place = p.code.starts_with("14") && EndsInLocative(p);
    if (tgt < 0 && !p.has_target && !protest_place)
      tgt = ObjectWithin(m, src, p.code.starts_with("15"));
    why = p.has_source      ? "source: $ slot"
          : modifier_source ? "source: the actor before the event noun"
                            : "source: subject before the trigger";
    why += p.has_target ? "; target: + slot" : "; target: first actor after the trigger";
    if (p.reverse) {
      std::swap(src, tgt);
      why += " (reversed: the slot gives, the subject receives)";
    }
  }
  // Cooperation, agreements and exchanges between coordinated parties are
  // mutual: "Russia and Ukraine exchanged prisoners", "A and B signed".
  // Conflict between coordinated parties is mutual only when the pattern
  // says so ("clashed"); "Iraq and Syria were targeted" is not.
  // Mediation is done together, not to each other ("China and the US offered
  // to mediate").
  bool mediation = p.code.starts_with("039") || p.code.starts_with("045");
  bool mutual_code = ((p.code >= "03" && p.code < "07") || p.code.starts_with("0871") ||
                      p.code.starts_with("0841") || p.mutual || EachOther(m.end)) &&
                     !mediation;
  bool slot_target = m.target >= 0;
  bool weak_target = tgt >= 0 && a_.actors[tgt].kind == ActorKind::kAgent;
  std::vector<int> parties = src >= 0 && mutual_code && (tgt < 0 || (!slot_target && weak_target))
                                 ? Expand(src)
                                 : std::vector<int>{};
  if (parties.size() >= 2) {
    // "A and B agreed on a ceasefire", "both sides signed": reciprocal.
    for (int x : parties) {
      for (int y : parties) {
        if (x == y) continue;
        ActorRef source = MakeRef(a_, x), target = MakeRef(a_, y);
        AdjustStateCodes(a_, p.code, source, target, !options_.peer_conventions);
        ActorRef mirror = target, unused;
        AdjustStateCodes(a_, p.code, mirror, unused,
                         !options_.peer_conventions);  // Both sides act.
        target.code = mirror.code;
        if (!SameActor(a_, source, target))
          AddEvent(m, source, target, negated, why + " (reciprocal)", &code);
      }
    }
    return;
  }
  if (tgt < 0 && src >= 0 && ReactsToEvent(p.code)) {
    // "condemned the attack", "rejected the demand": the target is whoever
    // did what the object noun names, coded earlier in the article.
    implied_target =
        PerpetratorOfEventNoun(FirstLiteral(m) + 1, m.end, a_.actors[src].code, p.code == "015");
    if (!implied_target.code.empty()) {
      why += "; target: the actor of the event referred to";
    } else if (p.code.starts_with("01")) {
      // "concern about the fighting in Sudan": the country it happens in.
      implied_target = PlaceCountryAfter(m.end);
      if (!implied_target.code.empty()) why += "; target: the country concerned";
    }
  }
  bool dissent = p.code.starts_with("14");
  if (p.code.starts_with("12") && src >= 0) {  // "will not accept the result"
    const std::string& code = a_.actors[src].code;
    dissent = code.ends_with("OPP") || code.ends_with("REB") || code.ends_with("CVL");
  }
  if (implied_target.code.empty() && tgt < 0 && src >= 0 && dissent) {
    // Protest or rejection without a named target: aimed at the
    // government of those who protest or reject.
    const std::string& code = a_.actors[src].code;
    if (code.size() >= 3 && code.compare(3, 3, "GOV") != 0 && !code.starts_with("IGO")) {
      implied_target.code = code.substr(0, 3) + "GOV";
      implied_target.name = actors_.CountryName(implied_target.code);
      why += "; target: the protesters' government";
    }
  }
  // Reactions, aid ("pledged $2 million in humanitarian aid") and sanctions
  // with no one named answer or go to the article's other party.
  bool answers = (ReactsToEvent(p.code) && !p.code.starts_with("01")) || p.code.starts_with("07") ||
                 p.code.starts_with("033") || p.code.starts_with("16");
  bool aid = p.code.starts_with("07") || p.code.starts_with("033");
  if (implied_target.code.empty() && tgt < 0 && src >= 0 && aid && !options_.peer_conventions) {
    // Aid with no one named goes where the story is: the country whose
    // towns and people it is about ("sent relief materials" after a quake).
    std::string where = DominantCountry(a_, actors_, a_.actors[src].code.substr(0, 3));
    if (!where.empty()) {
      implied_target.code = where + "GOV";
      implied_target.name = actors_.CountryName(implied_target.code);
      why += "; target: the country the story is about";
    }
  }
  if (implied_target.code.empty() && tgt < 0 && src >= 0 && answers && !options_.peer_conventions) {
    implied_target = SalientCounterpart(a_.actors[src].code);
    if (!implied_target.code.empty()) why += "; target: the actor the article is about";
  }
  if (!implied_target.code.empty()) {
    // Found above.
  } else if (tgt < 0 && src >= 0 && (IsViolent(p.code) || p.code == "042")) {
    // Force used against a place, or a visit to one ("arrived in Bali"):
    // the target is the country it lies in.
    implied_target = PlaceCountryAfter(FirstLiteral(m) + 1);
    if (implied_target.code.empty()) return;
    why += "; target: the country of the place";
  } else if (tgt < 0 && src >= 0 && mediation && implied_target.code.empty()) {
    // "The deal, mediated by the US and Qatar": between the story's parties.
    MediateBetweenMainPair(m, src, negated, why, code);
    return;
  } else if (tgt < 0 || (src < 0 && implied.code.empty())) {
    return;
  }
  std::vector<int> sources = src >= 0 ? Expand(src) : std::vector<int>{-1};
  for (int s : sources) {
    std::vector<int> targets = tgt >= 0 ? Expand(tgt) : std::vector<int>{-1};
    std::vector<std::string> private_targets;  // Countries of private targets so far.
    for (int t : targets) {
      ActorRef source = s >= 0 ? MakeRef(a_, s) : implied;
      ActorRef target = t >= 0 ? MakeRef(a_, t) : implied_target;
      AdjustStateCodes(a_, p.code, source, target, !options_.peer_conventions);
      if (SameActor(a_, source, target) || source.code.empty()) continue;
      // "sanctions on six people and three companies" of one country is one
      // act against that country's private sector, not one per group.
      if (IsPrivateRole(target.code)) {
        std::string country = target.code.substr(0, 3);
        if (std::find(private_targets.begin(), private_targets.end(), country) !=
            private_targets.end()) {
          continue;
        }
        private_targets.push_back(country);
      }
      if (ReporterOnly(p.code, source, target)) continue;
      if (ImplausibleForce(a_, p.code, source, target)) {
        // The words after the verb named the state itself; the place struck
        // may still say where the force went.
        target = PlaceCountryAfter(m.end);
        if (target.code.empty() || SameActor(a_, source, target) ||
            ImplausibleForce(a_, p.code, source, target)) {
          continue;
        }
      }
      AddEvent(m, source, target, negated, why, &code);
      if (p.mutual && !target.code.empty()) {
        AddEvent(m, target, source, negated, why + " (mutual)", &code);
      }
      if (!p.paired_code.empty() && !target.code.empty() && code == p.code) {
        AddEvent(m, target, source, negated, why + " (paired)", &p.paired_code);
      }
    }
  }
}

// Mediation with no party named ("offered to mediate", "the deal, brokered
// by Qatar") is between the two parties the story is about.
void SentenceCoder::MediateBetweenMainPair(const PatternMatch& m, int src, bool negated,
                                           const std::string& why, const std::string& code) {
  std::vector<int> mediators = Expand(src);
  uint32_t sentence_end = view_.end;
  size_t before = 0;
  while (before < a_.actors.size() && a_.actors[before].first_token < sentence_end) ++before;
  std::vector<int> pair = MainPair(a_, before, mediators);
  for (int s : mediators) {
    for (int t : pair) {
      ActorRef source = MakeRef(a_, s), target = MakeRef(a_, t);
      AdjustStateCodes(a_, code, source, target, !options_.peer_conventions);
      if (SameActor(a_, source, target)) continue;
      AddEvent(m, source, target, negated, why + "; target: the parties the story is about", &code);
    }
  }
}

// The mention of sentence `s` (a DateMention or PlaceMention) nearest to
// byte `at`; nullptr if none.
template <typename Mention>
const Mention* Nearest(const std::vector<Mention>& mentions, uint32_t s, uint32_t at) {
  const Mention* best = nullptr;
  uint32_t best_distance = 0;
  for (const Mention& m : mentions) {
    if (m.sentence != s) continue;
    uint32_t distance = m.begin > at ? m.begin - at : at - m.begin;
    if (!best || distance < best_distance) {
      best = &m;
      best_distance = distance;
    }
  }
  return best;
}

// Expelling people (174) or ordering them out (166) is a diplomatic
// expulsion (161) when the people are diplomats.
std::string RefineCode(const std::string& code, std::string_view target_text) {
  if (code != "174" && code != "166" && code != "1663") return code;
  static const std::string_view kDiplomatic[] = {"diplomat", "ambassador", "envoy",
                                                 "consul",   "embassy",    "attach"};
  for (std::string_view w : kDiplomatic) {
    for (size_t i = 0; i + w.size() <= target_text.size(); ++i) {
      if (std::equal(w.begin(), w.end(), target_text.begin() + i, [](char x, char y) {
            return x == std::tolower(static_cast<unsigned char>(y));
          })) {
        return "161";
      }
    }
  }
  return code;
}

}  // namespace

void SentenceCoder::AddEvent(const PatternMatch& m, const ActorRef& source, const ActorRef& target,
                             bool negated, const std::string& why, const std::string* code) {
  // A compound actor ("[FRO/BIL/SAM]" in PETRARCH's dictionaries) is an
  // event for each of its members.
  for (const ActorRef* side : {&source, &target}) {
    size_t slash = side->code.find('/');
    if (slash == std::string::npos) continue;
    ActorRef first = *side, rest = *side;
    first.code.resize(slash);
    rest.code.erase(0, slash + 1);
    bool is_source = side == &source;
    AddEvent(m, is_source ? first : source, is_source ? target : first, negated, why, code);
    AddEvent(m, is_source ? rest : source, is_source ? target : rest, negated, why, code);
    return;
  }
  const VerbPattern& p = verbs_.pattern(m.pattern);
  const std::string& pcode = code ? *code : p.code;
  for (const Event& e : a_.events) {
    if (e.sentence == s_ && e.code == pcode && e.source.code == source.code &&
        e.target.code == target.code) {
      return;
    }
  }
  Event e;
  e.sentence = s_;
  e.source = source;
  e.target = target;
  e.code = RefineCode(pcode, target.text);
  if (const CameoCode* c = codes_.Find(e.code)) {
    e.goldstein = c->goldstein;
    e.quad_class = c->quad_class;
    e.plover_type = c->plover_type;
    e.plover_mode = c->plover_mode;
  }
  uint32_t lo = *std::min_element(m.literal_tokens.begin(), m.literal_tokens.end());
  uint32_t hi = *std::max_element(m.literal_tokens.begin(), m.literal_tokens.end());
  e.trigger_begin = a_.tokens[lo].begin;
  e.trigger_end = a_.tokens[hi].end;
  e.negated = negated;
  e.pattern = p.text;
  e.pattern_source = p.origin;
  e.explanation = why;
  const DateMention* d = Nearest(a_.dates, s_, e.trigger_begin);
  e.date = d ? d->value : a_.published;
  if (const PlaceMention* pl = Nearest(a_.places, s_, e.trigger_begin)) {
    e.place = pl->name;
    e.place_country = pl->country;
  } else {
    const std::string& code = target.code.size() >= 3 ? target.code : source.code;
    e.place = actors_.CountryName(code);
    e.place_country = actors_.Iso2(code);
  }
  a_.events.push_back(std::move(e));
}

void CodeEvents(Article& article, const VerbDictionary& verbs, const CameoCodes& codes,
                const ActorDictionary& actors, const EventOptions& options) {
  article.events.clear();
  // Scare quotes ("crisis management talks") are part of the sentence;
  // only real quotations (five tokens or more) are someone's words.
  std::vector<QuoteSpan> spans = FindQuoteSpans(article);
  std::erase_if(spans, [](const QuoteSpan& q) { return q.end_token - q.first_token < 5; });
  std::vector<uint8_t> quoted = QuoteMask(article, spans);
  for (uint32_t s = 0; s < article.sentences.size(); ++s) {
    SentenceCoder(article, s, verbs, codes, actors, options, quoted).Run();
  }
}

}  // namespace dyad
