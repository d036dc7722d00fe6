// Roles from shallow syntax, not a parser.
//
// Design: the source is the $ slot, else the clause subject: the nearest
// actor before the trigger that is not the object of a preposition or of a
// participle (a relative pronoun, a "whose" clause, a participle after a
// comma or an object, and a second verb after "and" take the main clause's
// subject); an actor right before an event noun ("an Israeli airstrike"), or
// its by-agent ("airstrikes by the coalition"), did it. The target is the +
// slot, else the first actor after the trigger in the clause. Coordination
// ("A, B and C", across names in apposition to their roles) multiplies
// events, and groups ("both leaders") stand for their members.
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
      "board",    "council", "leadership", "delegation", "officials", "director", "secretariat",
      "fighters", "troops",  "forces",     "lines",      "crowds",    "crowd",    "groups"};
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
  if (start >= trigger || trigger > start + 4 || kOpeners.count(a_.tokens[start].norm) == 0) {
    return -1;
  }
  for (uint32_t k = start + 1; k < view_.end && k < trigger + 20; ++k) {
    const Token& t = a_.tokens[k];
    if (quoted_[k] || IsClauseBreak(t) || t.norm == ".") return -1;
    if (t.norm == ",") return k > trigger ? FirstSubjectFrom(k + 1, view_.end) : -1;
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

// "Students who rallied in the capital on Friday were scattered": a verb
// after a relative clause ("who ...", "which ...") has the clause's head
// noun as subject, not the actors inside the clause. -1 if the verb at
// `before` follows no such clause or the head is no actor.
int SentenceCoder::HeadOfRelativeClause(uint32_t before) const {
  for (uint32_t j = before; j-- > view_.first + 1 && j + 16 > before;) {
    const Token& t = a_.tokens[j];
    if (IsClauseBreak(t) || t.norm == "," || quoted_[j]) return -1;
    if (t.norm != "who" && t.norm != "which") continue;
    if (j + 1 == before) return -1;  // "police who dispersed": the pronoun's own verb.
    int head = view_.mention_ending[j - 1 - view_.first];
    // "a woman linked to Al-Qaeda who shot at ...": the pronoun may refer
    // past a prepositional phrase; leave that to the usual search.
    if (head >= 0 && AfterPreposition(view_, a_.actors[head].first_token)) return -1;
    return head;
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

int SentenceCoder::ProtestAim(uint32_t after) const {
  static const std::unordered_set<std::string_view> kAims = {"denounce", "condemn",   "protest",
                                                             "oppose",   "reject",    "demand",
                                                             "decry",    "criticise", "criticize"};
  for (uint32_t j = after; j + 1 < view_.end && j < after + 12; ++j) {
    const Token& t = a_.tokens[j];
    if (IsClauseBreak(t) || t.norm == "." || IsSubordinator(t.norm)) return -1;
    if (t.norm == "to" && kAims.count(a_.tokens[j + 1].norm) > 0) return ObjectAfter(j + 2);
  }
  return -1;
}

int SentenceCoder::ObjectAfter(uint32_t after, bool posture, bool through_that) const {
  // TABARI and PETRARCH take the first actor of the clause after the verb,
  // however far; dyad, reading real news, only a near one.
  uint32_t limit = options_.peer_conventions ? view_.end : after + 10;
  for (uint32_t j = after; j < view_.end && j < limit; ++j) {
    const Token& t = a_.tokens[j];
    if (IsClauseBreak(t) || t.norm == "," || t.norm == "." || t.kind == TokenKind::kOpenQuote ||
        (IsSubordinator(t.norm) && !(through_that && t.norm == "that"))) {
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
    // "agreed to a ceasefire brokered by Egypt": the by-agent of a
    // participle after the noun had another part in it.
    bool agent = prev == "by" && IsAgentParticiple(prev2);
    if (!options_.peer_conventions && agent) {
      j = a_.actors[m].end_token - 1;
      continue;
    }
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
  // A TABARI pattern looks after its words first, then among them.
  if (verbs_.pattern(m.pattern).target_after) {
    if (int after = ObjectAfter(m.end, posture, /*through_that=*/true); after >= 0) return after;
  }
  for (uint32_t j = first + 1; j < m.end; ++j) {
    int k = view_.mention_starting[j - view_.first];
    if (k < 0) continue;
    const ActorMention& am = a_.actors[k];
    // "agreed to a US-brokered ceasefire": the mediator joined to its
    // participle is no party.
    if (AgentCompoundEnd(a_, am.end_token, view_.end) > 0) continue;
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
  return ObjectAfter(m.end, posture, options_.peer_conventions);
}

int SentenceCoder::ByAgent(uint32_t after) const {
  // "wounded in an ambush on their patrol early on Friday by gunmen":
  // dates do not count toward the reach.
  for (uint32_t j = after, n = 0; j < view_.end && n < 10; ++j) {
    if (!view_.transparent[j - view_.first]) ++n;
    if (IsClauseBreak(a_.tokens[j])) return -1;
    if (a_.tokens[j].norm != "by") continue;
    // "blocked since it was being run by rebels": the by-phrase of
    // another participle.
    // ("an airstrike launched by the US military" is the strike's agent.)
    if (j > after + 1 && IsPastVerb(a_.tokens[j - 1]) && IsBeForm(a_.tokens[j - 2].norm)) return -1;
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

namespace {

// A word that makes the actor before it a subject: an auxiliary or a verb
// of saying ("rights groups say", "the army has").
bool IsClauseVerb(const Token& t) {
  static const std::string_view kWords[] = {"say",  "says", "said",  "have",  "has",
                                            "had",  "will", "would", "could", "can",
                                            "must", "may",  "might", "should"};
  for (std::string_view w : kWords) {
    if (t.norm == w) return true;
  }
  return false;
}

}  // namespace

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
    // "Turkey, Azerbaijan's closest ally, welcomed": an apposition.
    if (bare_comma && RelationalApposition(a_, k, view_.end)) break;
    // "talks with the bloc, and monitors say": ", and" before two
    // items opens a clause whose subject is the next actor.
    uint32_t after_next = a_.actors[next].end_token;
    if (out.size() == 1 && w == "," && after_next < view_.end &&
        (IsBeForm(a_.tokens[after_next].norm) || IsClauseVerb(a_.tokens[after_next]))) {
      break;
    }
    if (!(bare_comma && Appositive(out.back(), next))) out.push_back(next);
    pos = a_.actors[next].end_token;
  }
  // Backwards: "A, B and C signed" when `mention` is C.
  uint32_t first = a_.actors[mention].first_token;
  while (first >= view_.first + 2) {
    uint32_t link_at = first - 1;
    bool indefinite = false;  // "civilians, a charge Colombo denies": no list.
    for (int n = 0;
         n < kMaxModifiers && link_at > view_.first && IsLooseModifier(a_.tokens[link_at]); ++n) {
      indefinite |= a_.tokens[link_at].norm == "a" || a_.tokens[link_at].norm == "an";
      --link_at;
    }
    if (a_.tokens[link_at].norm == "the" && link_at > view_.first) --link_at;
    // "Sergei Lavrov and his Turkish counterpart Hakan Fidan": over the
    // counterpart phrase.
    for (uint32_t k = link_at; k + 4 > link_at && k > view_.first && k < first; --k) {
      std::string_view owner = a_.tokens[k].norm;
      if (owner != "his" && owner != "her" && owner != "their" && owner != "its") continue;
      bool counterpart = false;
      for (uint32_t j = k + 1; j < first; ++j) counterpart |= a_.tokens[j].norm == "counterpart";
      if (counterpart) link_at = k - 1;
      break;
    }
    std::string_view link = a_.tokens[link_at].norm;
    uint32_t before = link_at;
    if (link == "and" && before > view_.first && a_.tokens[before - 1].norm == ",") --before;
    if ((link != "and" && link != ",") || (link == "," && indefinite)) break;
    if (before <= view_.first) break;
    int prev = view_.mention_ending[before - 1 - view_.first];
    bool person = a_.actors[out.front()].kind == ActorKind::kPerson;
    if (link == "," && person) {
      // A name in apposition to its role is the same actor: "the prime
      // minister, Jane Roe," or "the army commander of its northern region,
      // John Doe"; the list goes on before the role.
      int role = prev >= 0 && a_.actors[prev].kind == ActorKind::kAgent ? prev : RoleBefore(before);
      // "Oman's envoy to Kenya, Said al-Harthy": over the post.
      if (role < 0 && prev >= 0 && a_.actors[prev].kind == ActorKind::kCountry &&
          AfterPreposition(view_, a_.actors[prev].first_token)) {
        role = RoleBefore(a_.actors[prev].first_token - 1);
      }
      if (role >= 0) {
        first = a_.actors[role].first_token;
        continue;
      }
    }
    if (prev < 0) break;
    // "After the earthquake in Haiti, Canada pledged": a bare comma after the
    // object of a preposition ends a phrase, with no "and" to make a list.
    // ("read out in all three states, the governments charged": a group's roles
    // are its members' still.)
    bool group_roles =
        !a_.actors[prev].members.empty() && a_.actors[out.front()].kind == ActorKind::kAgent;
    if (link == "," && out.size() == 1 && !group_roles &&
        AfterPreposition(view_, a_.actors[prev].first_token)) {
      break;
    }
    // "A bomb wounded six guards, and Kabul blamed Pakistan": an object
    // before ", and" ends a clause; the next actor opens another.
    if (link == "and" && before < link_at && IsObjectOfVerb(prev)) break;
    if (!(link == "," && Appositive(prev, out.front()))) out.insert(out.begin(), prev);
    first = a_.actors[prev].first_token;
  }
  return out;
}

// The mention follows a verb in the past tense, over numbers and loose
// modifiers: "killed nine tourists", "arrested two".
bool SentenceCoder::IsObjectOfVerb(int mention) const {
  uint32_t k = a_.actors[mention].first_token;
  for (int n = 0; n < 4 && k > view_.first; ++n) {
    const Token& t = a_.tokens[k - 1];
    if (t.kind == TokenKind::kNumber || t.norm == "the" || IsLooseModifier(t)) {
      --k;
      continue;
    }
    return IsPastVerb(t) && !IsBeForm(t.norm);
  }
  return false;
}

// "the country's largest rebel group, the Shining Path,": a role noun and a
// name of the same code, side by side after a comma, are one actor named
// twice, not a list.
bool SentenceCoder::Appositive(int x, int y) const {
  const ActorMention& a = a_.actors[x];
  const ActorMention& b = a_.actors[y];
  return (a.kind == ActorKind::kAgent) != (b.kind == ActorKind::kAgent) && a.code == b.code;
}

// A role noun opening the noun phrase that ends at `end` (within a few
// words, no comma between): "the army commander of its northern region".
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
// Whether a clause with a subject of its own starts in [from, to): a break,
// or "and"/"but" before an actor or a capitalised word.
bool SentenceCoder::NewClauseBetween(uint32_t from, uint32_t to) const {
  for (uint32_t j = from; j < to && j < view_.end; ++j) {
    const Token& t = a_.tokens[j];
    if (IsClauseBreak(t)) return true;
    if (t.norm != "and" && t.norm != "but") continue;
    // Over up to two words: "and long-serving premier Hun Sen".
    for (uint32_t k = j + 1; k < to && k < j + 4; ++k) {
      if (view_.mention_starting[k - view_.first] >= 0 || a_.tokens[k].capitalized) return true;
      if (a_.tokens[k].kind != TokenKind::kWord) break;
    }
  }
  return false;
}

ActorRef SentenceCoder::PlaceCountryAfter(uint32_t after, bool locative_only) const {
  ActorRef r;
  uint32_t from = after < view_.end ? a_.tokens[after].begin : a_.sentences[s_].end;
  for (const PlaceMention& pl : a_.places) {
    if (pl.sentence != s_ || pl.begin < from || pl.country.empty()) continue;
    // "arriving from Hong Kong": where someone came from is not where the
    // act happened.
    uint32_t gov = pl.first_token;
    if (gov > view_.first && a_.tokens[gov - 1].norm == "the") --gov;
    std::string_view prep = gov > view_.first ? std::string_view(a_.tokens[gov - 1].norm) : "";
    if (prep == "from") continue;
    // "..., Iran's news agency reported": only "in Beijing", "at the
    // border" say where.
    if (locative_only && !IsLocative(prep)) continue;
    // Near, and in the same clause: "raid on his home ... and the prime
    // minister accused him ... the United States" is no raid there.
    if (pl.first_token > after + 25 || NewClauseBetween(after, pl.first_token)) break;
    r.code = actors_.Iso3(pl.country);
    r.name = actors_.CountryName(r.code);
    r.text = std::string(a_.Span(pl.begin, pl.end));
    if (!r.code.empty()) break;
  }
  return r;
}

// "\"These attacks are unacceptable,\" the minister said": the speaker of
// the quote holding token `at`, named after it ("..., X said", "..., said
// X") or before it ("X said: \"...\""); -1 if none.
int SentenceCoder::QuoteSpeaker(uint32_t at) const {
  auto speaks = [&](uint32_t first, uint32_t end) {
    uint32_t lo = first > view_.first + 2 ? first - 2 : view_.first;
    uint32_t hi = std::min(end + 2, view_.end);
    for (uint32_t k = lo; k < hi; ++k) {
      if ((k < first || k >= end) && !quoted_[k] && IsSpeechVerb(a_.tokens[k].lemma)) return true;
    }
    return false;
  };
  for (size_t i = 0; i < a_.actors.size(); ++i) {
    const ActorMention& am = a_.actors[i];
    if (am.sentence != s_ || quoted_[am.first_token]) continue;
    bool after = am.first_token > at;
    bool before = !after && am.end_token <= at;
    if (!(after || before) || !speaks(am.first_token, am.end_token)) continue;
    // "denounced Peru, saying: ...": a participle after the object speaks
    // for the main clause's subject.
    uint32_t e = am.end_token;
    if (e + 1 < view_.end && a_.tokens[e].norm == "," && a_.tokens[e + 1].norm.ends_with("ing")) {
      if (int main = MainClauseSubject(am.first_token); main >= 0) return main;
    }
    return static_cast<int>(i);
  }
  return -1;
}

// The X of "according to X" in the sentence, -1 if none.
int SentenceCoder::AccordingTo() const {
  for (uint32_t k = view_.first; k + 2 < view_.end; ++k) {
    if (a_.tokens[k].norm != "according" || a_.tokens[k + 1].norm != "to") continue;
    for (uint32_t j = k + 2; j < view_.end && j <= k + 3; ++j) {
      if (view_.mention_starting[j - view_.first] >= 0)
        return view_.mention_starting[j - view_.first];
    }
  }
  return -1;
}

}  // namespace event_coding
}  // namespace dyad
