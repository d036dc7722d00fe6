// Roles from shallow syntax, not a parser.
//
// Design: the source is the $ slot, else the clause subject: the nearest
// actor before the trigger that is not the object of a preposition or of a
// participle (a relative pronoun, a "whose" clause, a participle after a
// comma or an object, and a second verb after "and" take the main clause's
// subject); an actor right before an event noun ("an Israeli airstrike"), or
// its by-agent ("airstrikes by the coalition"), did it. Objects, by-agents
// and coordination are in clause_objects.cc.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "actors/actor_finder.h"
#include "events/sentence_coder.h"
#include "quotes/quote_finder.h"

namespace dyad {
namespace event_coding {

uint32_t FirstLiteral(const PatternMatch& m) {
  return *std::min_element(m.literal_tokens.begin(), m.literal_tokens.end());
}

// The actor right before the event noun at `noun`, over a couple of
// lower-case modifiers ("an Israeli airstrike", "a Russian drone attack",
// "Houthi missile strikes"); -1 if none.
int SentenceCoder::ModifierOfEventNoun(uint32_t noun) const {
  uint32_t k = noun;
  for (int n = 0; n < 2 && k > view_.first; ++n) {
    const Token& t = a_.tokens[k - 1];
    // "a police raid": the word before is the actor itself.
    if (view_.mention_ending[k - 1 - view_.first] >= 0) break;
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

// "hundreds of Serbs", "some of the rebels", "the head of the U.N.
// mission", "the board of the IAEA": the quantity or part before "of" (at token
// `of`) is the head, not a preposition governing the actor; the actor stands for the phrase.
bool QuantityOf(const Article& a, uint32_t of, uint32_t sentence_first) {
  if (of > sentence_first + 1 && a.tokens[of].norm == "the") --of;
  if (a.tokens[of].norm != "of" || of <= sentence_first) return false;
  const Token& q = a.tokens[of - 1];
  static const std::string_view kQuantities[] = {
      "hundreds",    "thousands",    "dozens",         "scores",  "tens",
      "millions",    "some",         "many",           "most",    "several",
      "all",         "both",         "members",        "group",   "number",
      "head",        "chief",        "leader",         "leaders", "spokesman",
      "spokeswoman", "spokesperson", "representative", "envoy",   "commander"};
  // Parts of a body, in lower case ("the board of the IAEA"; "the Council of
  // Foreign Ministers" is a name).
  static const std::string_view kParts[] = {
      "board",    "council", "leadership", "delegation", "officials",  "director", "secretariat",
      "fighters", "troops",  "forces",     "lines",      "crowds",     "crowd",    "groups",
      "panel",    "team",    "committee",  "commission", "contingent", "unit"};
  if (q.kind == TokenKind::kNumber) return true;
  for (std::string_view w : kQuantities) {
    if (q.norm == w) return true;
  }
  for (std::string_view w : kParts) {
    if (q.norm == w && !q.capitalized) return true;
  }
  return false;
}

bool AfterPreposition(const SentenceView& v, uint32_t first) {
  const Article& a = *v.article;
  uint32_t sentence_first = v.first;
  if (first <= sentence_first) return false;
  if (QuantityOf(a, first - 1, sentence_first)) {
    // The phrase's head may itself follow a preposition: "taken by the
    // Council of Foreign Ministers of the EU".
    uint32_t head = first - 1;
    if (a.tokens[head].norm == "the") --head;
    --head;  // The quantity word before "of".
    if (head > sentence_first && IsDeterminer(a.tokens[head - 1].norm)) --head;
    return head > sentence_first && IsPreposition(a.tokens[head - 1].norm) &&
           a.tokens[head - 1].norm != "of";
  }
  if (IsPreposition(a.tokens[first - 1].norm)) return true;
  // Over a determiner and up to two modifiers: "by clan militias", "with
  // the heavily armed gunmen", "at an Islamic religious school".
  for (uint32_t k = first - 1, skipped = 0; k > sentence_first && skipped < 3; --k, ++skipped) {
    const Token& t = a.tokens[k];
    if (t.kind != TokenKind::kWord || IsSubordinator(t.norm) || IsBeForm(t.norm)) return false;
    // "... in the past but Benin keeps denying": "but" opens a clause.
    if (t.norm == "but" || t.norm == "yet") return false;
    // "On Monday Kenya attacked": the preposition governs the date (a date's
    // words are transparent in the view).
    if (v.transparent[k - v.first]) return false;
    if (v.mention_ending[k - v.first] >= 0) return false;  // Another actor: "with A and B".
    if (QuantityOf(a, k - 1, sentence_first)) return false;
    if (IsPreposition(a.tokens[k - 1].norm)) return true;
  }
  return false;
}

// A verb in the past tense, as far as spelling tells: "called", "met".
bool IsPastVerb(const Token& t) {
  if (t.kind != TokenKind::kWord || t.lemma == t.norm) return false;
  // Irregular pasts ("met", "struck") are reduced by the lemmatizer's verb
  // table; what else it reduces and does not end in "-ed" is a plural noun
  // or a present form.
  return t.norm.ends_with("ed") || (!t.norm.ends_with("s") && !t.norm.ends_with("ing"));
}

// ", killing six civilians": a participle after a comma shares the subject
// of the main clause, the first actor of the sentence not governed by a
// preposition.
int SentenceCoder::MainClauseSubject(uint32_t before) const {
  return FirstSubjectFrom(view_.first, before);
}

// "At a meeting with the emir in Doha, the president said", "Following
// talks with Ruto, Abiy flew home": an event noun in a phrase that opens the
// sentence is the main clause's subject's, the first actor after the comma
// that closes the phrase; -1 if `trigger` is in no such phrase.
int SentenceCoder::SubjectAfterOpeningPhrase(uint32_t trigger) const {
  static const std::unordered_set<std::string_view> kOpeners = {
      "at", "during", "after", "following", "in", "on", "before", "upon", "ahead", "speaking"};
  uint32_t start = DatelineEnd(a_, s_);
  if (start > trigger || trigger > start + 4 || kOpeners.count(a_.tokens[start].norm) == 0) {
    return -1;
  }
  for (uint32_t k = start + 1; k < view_.end && k < trigger + 20; ++k) {
    const Token& t = a_.tokens[k];
    if (quoted_[k] || IsClauseBreak(t) || t.norm == ".") return -1;
    if (t.norm == ",") return k > trigger ? FirstSubjectFrom(k + 1, view_.end) : -1;
  }
  return -1;
}

// "CLAUSE, said Gan Yu, a spokesperson for the coast guard, accusing ...":
// after an inverted speech verb the speaker named after it (or the body
// of the speaker's title) is the subject the participle shares; -1 if no
// such verb stands before `comma`.
int SentenceCoder::InvertedSpeaker(uint32_t comma) const {
  for (uint32_t k = comma; k > view_.first + 1 && k + 20 > comma; --k) {
    std::string_view w = a_.tokens[k - 1].norm;
    if (quoted_[k - 1]) return -1;
    bool say = w == "said" || w == "says" || w == "added" || w == "stated";
    if (!say) continue;
    if (a_.tokens[k - 2].norm != "," && a_.tokens[k - 2].kind != TokenKind::kCloseQuote) {
      return -1;
    }
    // The speaker or the body in the title after the name ("a spokesman
    // for China's navy").
    for (uint32_t j = k; j < comma; ++j) {
      if (int m = view_.mention_starting[j - view_.first]; m >= 0) return m;
    }
    return -1;
  }
  return -1;
}

// The first actor in [from, before) not governed by a preposition, or -1.
int SentenceCoder::FirstSubjectFrom(uint32_t from, uint32_t before) const {
  for (uint32_t j = from; j < before; ++j) {
    int m = view_.mention_starting[j - view_.first];
    if (m < 0 || quoted_[j]) continue;
    if (!AfterPreposition(view_, j)) return m;
  }
  return -1;
}

// The first actor of the subordinate clause that `before` is in ("when the
// Houthis attacked ... and killed"), not governed by a preposition; -1 if
// `before` is in no such clause.
int SentenceCoder::ClauseSubject(uint32_t before) const {
  static const std::string_view kOpeners[] = {"when",     "while",  "after",  "because", "since",
                                              "although", "though", "before", "until",   "as"};
  uint32_t start = view_.first;
  for (uint32_t k = before; k-- > view_.first;) {
    std::string_view w = a_.tokens[k].norm;
    if (std::find(std::begin(kOpeners), std::end(kOpeners), w) != std::end(kOpeners)) {
      start = k + 1;
      break;
    }
  }
  return start == view_.first ? -1 : FirstSubjectFrom(start, before);
}

// Whether the reported clause from `from` to the verb at `verb` opens on a
// noun phrase that names no actor ("said the warplanes launched", "said
// that a convoy was hit"): the clause's own subject.
bool SentenceCoder::PlainSubjectAfter(uint32_t from, uint32_t verb) const {
  uint32_t k = from;
  if (k < verb && a_.tokens[k].norm == "that") ++k;
  while (k < verb && view_.transparent[k - view_.first]) ++k;
  if (k + 1 >= verb) return false;
  std::string_view w = a_.tokens[k].norm;
  bool number = a_.tokens[k].kind == TokenKind::kNumber || w == "two" || w == "three" ||
                w == "four" || w == "several" || w == "dozens" || w == "hundreds";
  if (w != "the" && w != "a" && w != "an" && !number) return false;
  // "Kyiv said the strike on the depot destroyed": an act of the speaker's
  // own, told as an event noun, may be theirs.
  for (uint32_t j = k; j < verb; ++j) {
    if (view_.mention_starting[j - view_.first] >= 0) return false;
    if (!EventNounRoots(a_.tokens[j].norm).empty()) return false;
  }
  return true;
}

// ", killing ten": the subject of the active past verb nearest before the
// comma at `comma`, an actor right before that verb ("an incident where
// the US military sank three boats, killing"), or -1 if the verb is
// passive or has no such subject.
int SentenceCoder::SubjectOfVerbBefore(uint32_t comma) const {
  for (uint32_t k = comma; k-- > view_.first && k + 20 > comma;) {
    const Token& t = a_.tokens[k];
    if (IsClauseBreak(t) || quoted_[k]) return -1;
    // "praised the deal, though the insurgents kept up their raids,
    // launching": a subordinate clause in between has the subject.
    if (t.norm == "though" || t.norm == "although" || t.norm == "while" || t.norm == "whereas") {
      return -1;
    }
    if (view_.mention_ending[k - view_.first] >= 0 || view_.mention_starting[k - view_.first] >= 0)
      continue;
    if (t.capitalized || !IsPastVerb(t) || k == view_.first) continue;
    uint32_t j = k;
    while (j > view_.first &&
           (view_.transparent[j - 1 - view_.first] || IsAdverb(a_.tokens[j - 1].norm)))
      --j;
    if (j == view_.first || IsBeForm(a_.tokens[j - 1].norm)) return -1;
    // "Israeli jets struck": over up to two plain nouns the actor's
    // words end before.
    int skipped = 0;
    for (; skipped < 2 && j > view_.first + 1 && view_.mention_ending[j - 1 - view_.first] < 0;
         ++skipped) {
      const Token& w = a_.tokens[j - 1];
      if (w.kind != TokenKind::kWord || w.capitalized || IsPastVerb(w) || IsPreposition(w.norm) ||
          IsDeterminer(w.norm) || IsBeForm(w.norm))
        break;
      --j;
    }
    int m = view_.mention_ending[j - 1 - view_.first];
    // "said two jet fighters dropped bombs, killing": a subject of its
    // own that names no actor (-2: the main clause's is not it either).
    if (m < 0) return skipped > 0 ? -2 : -1;
    if (AfterPreposition(view_, a_.actors[m].first_token)) return -1;
    return m;
  }
  return -1;
}

// An actor followed by a verb form between the last comma before `at` and
// `at`, or -1.
int SentenceCoder::SubjectOfClauseBefore(uint32_t at) const {
  uint32_t start = at;
  while (start > view_.first && a_.tokens[start - 1].norm != "," &&
         !IsClauseBreak(a_.tokens[start - 1])) {
    --start;
  }
  for (uint32_t j = start; j < at; ++j) {
    int m = view_.mention_starting[j - view_.first];
    if (m < 0 || AfterPreposition(view_, j)) continue;
    uint32_t next = a_.actors[m].end_token;
    if (next < at && a_.tokens[next].kind == TokenKind::kWord &&
        a_.tokens[next].lemma != a_.tokens[next].norm) {
      return m;
    }
  }
  return -1;
}

// "with Dominica's prime minister acting as mediator": the actor (or run of
// coordinated actors) after "with" right before a participle is its
// subject; -1 if there is none.
int SentenceCoder::WithPhraseSubject(uint32_t before) const {
  if (!a_.tokens[before].norm.ends_with("ing") || before == view_.first) return -1;
  int m = view_.mention_ending[before - 1 - view_.first];
  if (m < 0) return -1;
  uint32_t first = a_.actors[m].first_token;
  // Back over "and" to the first of a coordinated run.
  for (uint32_t k = first; k > view_.first + 1;) {
    int prev = a_.tokens[k - 1].norm == "and" ? view_.mention_ending[k - 2 - view_.first] : -1;
    if (prev < 0) break;
    k = first = a_.actors[prev].first_token;
  }
  return first > view_.first && a_.tokens[first - 1].norm == "with" ? m : -1;
}

// "prompting Taipei to lodge a protest", "forced Israel to halt": after a
// causative verb the actor before the infinitive's "to" is its subject; -1
// if the verb at `before` is no such infinitive.
int SentenceCoder::CausedActor(uint32_t before) const {
  static const std::string_view kCausatives[] = {"prompt", "force",  "lead",   "cause",
                                                 "push",   "compel", "spur",   "drive",
                                                 "oblige", "allow",  "enable", "persuade"};
  if (before < view_.first + 3 || a_.tokens[before - 1].norm != "to") return -1;
  int m = view_.mention_ending[before - 2 - view_.first];
  if (m < 0 || a_.actors[m].first_token <= view_.first) return -1;
  const Token& verb = a_.tokens[a_.actors[m].first_token - 1];
  for (std::string_view c : kCausatives) {
    if (verb.lemma == c) return m;
  }
  return -1;
}

// "Saab said that Superlano had been arrested": a passive verb in a clause
// opened by "that" whose subject names no actor; the speaker before "that"
// is not what was acted on.
bool SentenceCoder::SubjectlessThatClause(uint32_t verb) const {
  for (uint32_t j = verb; j-- > view_.first && j + 12 > verb;) {
    const Token& t = a_.tokens[j];
    if (IsClauseBreak(t) || view_.mention_ending[j - view_.first] >= 0) return false;
    if (t.norm != "that" || quoted_[j]) continue;
    if (j + 1 >= verb) return false;  // "the attack that was ...": a relative.
    std::string_view next = a_.tokens[j + 1].norm;
    return next != "it" && next != "they" && next != "he" && next != "she" && next != "we";
  }
  return false;
}

// "... saying: 'we strongly condemn ...'": "we" or "I" right before a
// quoted verb (over adverbs and auxiliaries) is the quote's speaker.
// Returns the speaker's mention, -2 for such a pronoun with no speaker in
// the sentence, -1 for no such pronoun.
int SentenceCoder::QuotedFirstPerson(uint32_t before) const {
  if (!quoted_[before]) return -1;
  for (uint32_t k = before, steps = 0; k > view_.first && steps < 4; ++steps) {
    const Token& t = a_.tokens[--k];
    if (!quoted_[k]) return -1;
    if (t.norm == "we" || t.norm == "i") {
      int speaker = QuoteSpeaker(before);
      return speaker >= 0 ? speaker : -2;
    }
    if (!IsAdverb(t.norm) && t.norm != "will" && t.norm != "would" && t.norm != "do" &&
        t.norm != "have" && t.norm != "must" && t.norm != "shall" && t.norm != "also") {
      return -1;
    }
  }
  return -1;
}

int SentenceCoder::Subject(uint32_t before) const {
  const Token& verb = a_.tokens[before];
  if (int m = QuotedFirstPerson(before); m != -1) return m < 0 ? -1 : m;
  // "thanked the UAE for its role in facilitating", "the UAE's efforts in
  // brokering": the owner of the role acts.
  if (before >= view_.first + 4 && a_.tokens[before - 1].norm == "in") {
    std::string_view noun = a_.tokens[before - 2].norm;
    const Token& owner = a_.tokens[before - 3];
    if ((noun == "role" || noun == "part" || noun == "efforts" || noun == "effort") &&
        owner.kind == TokenKind::kPossessive) {
      if (int m = view_.mention_ending[before - 4 - view_.first]; m >= 0) return m;
    }
  }
  // "met A, B and C during his trip to": the owner of an event noun in an
  // adverbial phrase is the main clause's subject, not its objects.
  // (The pattern may open on the preposition: "during his trip to +".)
  uint32_t prep = IsPreposition(verb.norm) ? before : (before >= 2 ? before - 2 : 0);
  if (prep >= view_.first && prep + 1 < view_.end && prep + 2 >= before &&
      IsPreposition(a_.tokens[prep].norm)) {
    std::string_view owner = a_.tokens[prep + 1].norm;
    if (owner == "his" || owner == "her" || owner == "their" || owner == "its") {
      if (int m = MainClauseSubject(prep); m >= 0) return m;
    }
  }
  // "a truce, U.N.-brokered": the actor joined to the participle.
  if (before >= view_.first + 2 && a_.tokens[before - 1].norm == "-" &&
      a_.tokens[before - 1].end == verb.begin) {
    if (int m = view_.mention_ending[before - 2 - view_.first]; m >= 0) return m;
  }
  if (int m = WithPhraseSubject(before); m >= 0) return m;
  if (int m = CausedActor(before); m >= 0) return m;
  // ", killing", "before barricading themselves", "after seizing": a
  // participle with no subject of its own shares the main clause's.
  std::string_view lead = before > view_.first ? std::string_view(a_.tokens[before - 1].norm) : "";
  // "..., killing five guards and torching three trucks": a
  // participle joined by "and" to one after a comma shares its subject.
  if (lead == "and" && verb.norm.ends_with("ing") && verb.lemma != verb.norm) {
    for (uint32_t k = before - 1; k > view_.first + 1 && k + 12 > before; --k) {
      const Token& p = a_.tokens[k - 1];
      if (IsClauseBreak(p)) break;
      // (Not a list of verbs: "are raping, murdering and pillaging".)
      if (a_.tokens[k - 2].norm == "," && p.norm.ends_with("ing") && p.lemma != p.norm &&
          k >= view_.first + 3 && !a_.tokens[k - 3].norm.ends_with("ing")) {
        return Subject(k - 1);
      }
    }
  }
  bool adverbial = lead == "," || lead == "before" || lead == "after" || lead == "without" ||
                   lead == "while" || lead == "upon";
  if (adverbial && verb.norm.ends_with("ing") && verb.lemma != verb.norm) {
    // "Anwar announced after hosting": the clause the participle hangs on
    // has its own subject, an actor right before a verb since the last
    // comma; else the main clause's.
    int m = lead == "," ? SubjectOfVerbBefore(before - 1) : SubjectOfClauseBefore(before - 1);
    if (m == -2) return -1;
    // "..., though the insurgents kept up their raids, launching two
    // attacks": the subordinate clause the participle follows has the subject.
    if (m < 0 && lead == ",") m = ClauseSubject(before - 1);
    if (m < 0 && lead == ",") m = InvertedSpeaker(before - 1);
    if (m < 0) m = MainClauseSubject(before);
    if (m >= 0) return m;
  }
  // The trigger inside an actor's words: "Turkish warplanes struck".
  // "Protesters gathered": the trigger's first word is the whole actor.
  int around = view_.mention_ending[before - view_.first];
  if (around >= 0 &&
      (a_.actors[around].first_token < before ||
       (a_.actors[around].kind == ActorKind::kAgent && !options_.peer_conventions))) {
    return around;
  }
  if (before > view_.first) {
    std::string_view prev = a_.tokens[before - 1].norm;
    // A relative clause ("the dorm, which hosts"): its subject is the noun
    // before the pronoun, an actor or nothing; after an event noun ("an
    // attack that killed") the noun's actor is searched for as usual.
    if (prev == "which" || prev == "who" || prev == "that") {
      if (int named = NameBeforeApposition(before - 1); named >= 0) return named;
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
    // ("and urgently called for": over a manner adverb.)
    bool after_and =
        prev == "and" || (IsMannerAdverb(a_.tokens[before - 1]) && before > view_.first + 1 &&
                          a_.tokens[before - 2].norm == "and");
    if (after_and && verb.lemma != verb.norm && !verb.norm.ends_with("ing")) {
      // Inside a subordinate clause ("since 2014 when the Houthis attacked
      // Aden and killed"), the subject of that clause.
      int m = ClauseSubject(before);
      if (m < 0) m = MainClauseSubject(before);
      if (m >= 0) return m;
    }
  }
  if (int m = HeadOfRelativeClause(before); m >= 0) return m;
  for (uint32_t j = SkipAppositiveClause(a_, before, view_.first); j-- > view_.first;) {
    // "China on Saturday (August 19) launched": a date in brackets is no break.
    if (IsClauseBreak(a_.tokens[j]) && !view_.transparent[j - view_.first]) return -1;
    // "police were deployed as supporters rallied": a subordinate clause
    // with no actor as subject does not borrow the main clause's.
    // ("while in detention in Afghanistan was extradited" opens no clause.)
    std::string_view w = a_.tokens[j].norm;
    bool opener = w == "when" || w == "while" || w == "whereas" || w == "although" ||
                  w == "though" || w == "because";
    if (opener && j + 1 < before) {
      const Token& next = a_.tokens[j + 1];
      if (!IsPreposition(next.norm) && !next.norm.ends_with("ing")) return -1;
    }
    // "Residents said the warplanes launched strikes": the reported
    // clause's subject is no actor; the speaker did not act.
    // (An event noun, "said the border was tense with clashes", is the
    // speakers' own story.)
    if (!options_.peer_conventions && !quoted_[j] && (w == "said" || w == "says") &&
        verb.lemma != verb.norm && EventNounRoots(verb.norm).empty() &&
        PlainSubjectAfter(j + 1, before)) {
      return -1;
    }
    if (quoted_[j] && !quoted_[before]) continue;
    int m = view_.mention_ending[j - view_.first];
    if (m < 0) continue;
    uint32_t first = a_.actors[m].first_token;
    // "the Democratic People's Republic of Korea (DPRK) agreed": the
    // acronym in brackets restates the actor before it.
    if (first >= view_.first + 2 && a_.tokens[first - 1].norm == "(" &&
        view_.transparent[first - 1 - view_.first]) {
      int outer = view_.mention_ending[first - 2 - view_.first];
      if (outer >= 0 && !AfterPreposition(view_, a_.actors[outer].first_token)) {
        m = outer;
        first = a_.actors[m].first_token;
      }
    }
    if (AgentOfNominal(first)) return m;  // "Airstrikes by the coalition killed".
    if (AfterPreposition(view_, first) || ParticipleObject(first)) {
      j = first;
      continue;
    }
    // "Macron phoned both presidents on Sunday urging them": an adverbial
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

}  // namespace event_coding
}  // namespace dyad
