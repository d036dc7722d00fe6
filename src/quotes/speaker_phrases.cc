// Speakers named by words the dictionaries lack: an unknown name after
// the verb ("said Khadija", "said mediator Ana Ruiz, a former judge"), or
// a noun phrase before or after it ("the sources said", "A statement from
// the prime minister's office said", "said a statement from the cabinet").
// Design: each reader looks at a few tokens next to the verb and gives up
// unless the phrase closes where a speaker's phrase closes (the verb, a
// comma, the sentence's end).
#include <string>
#include <unordered_set>

#include "actors/actor_finder.h"
#include "events/syntax.h"
#include "quotes/quote_finding.h"
#include "time/date_scan.h"

namespace dyad::quote_finding {

namespace {

// A lower-case word that may be part of a speaker's role ("mediator",
// "one woman"), not a word that opens another phrase or qualifies the
// verb ("in", "that", "also", "earlier").
bool IsRoleWordCandidate(std::string_view w) {
  static const std::unordered_set<std::string_view> kNot = {
      "that",  "this",      "these",   "those", "a",   "an",    "and",  "but",     "or",
      "it",    "he",        "she",     "they",  "we",  "also",  "then", "earlier", "later",
      "today", "yesterday", "tonight", "again", "as",  "while", "when", "after",   "before",
      "not",   "so",        "there",   "here",  "now", "still", "last", "next"};
  return !IsPrepositionWord(w) && kNot.count(w) == 0 && !w.ends_with("ly");
}

}  // namespace

Speaker QuoteFinder::UnknownNameAt(uint32_t i, uint32_t end) const {
  Speaker sp;
  uint32_t k = i;
  while (k < end && k < i + 4 && a_.tokens[k].kind == TokenKind::kWord &&
         a_.tokens[k].capitalized) {
    ++k;
  }
  if (k - i >= 2) {
    sp.name = std::string(a_.Span(a_.tokens[i].begin, a_.tokens[k - 1].end));
  }
  return sp;
}

// "Army sources said", "villagers near the river told Reuters",
// "a resident of the village also said": a speaker that is no named person
// is the whole noun phrase up to the verb, not the actor inside it.
void QuoteFinder::ExtendToHead(Speaker& sp, int m, uint32_t verb) const {
  const ActorMention& am = a_.actors[m];
  if (am.kind == ActorKind::kPerson || am.kind == ActorKind::kPronoun || !am.written_name.empty()) {
    return;
  }
  // "Muhammad Sani Idris, spokesman for the state government, told": the
  // name before the role already names the speaker.
  if (a_.Span(am.begin, am.end).find(sp.name) == std::string_view::npos) return;
  uint32_t end = verb;
  while (end > am.end_token &&
         (IsTrailingAdverb(a_.tokens[end - 1].norm) || IsAuxiliary(a_.tokens[end - 1].norm))) {
    --end;
  }
  if (end <= am.end_token || end - am.end_token > 8) return;
  // ("FARC's statement said": a document speaks for its owner; "the
  // coalition in Yemen's war": a possessive after a preposition belongs to
  // another noun.)
  bool preposition = false;
  for (uint32_t k = am.end_token; k < end; ++k) {
    const Token& t = a_.tokens[k];
    preposition |= IsPrepositionWord(t.norm);
    bool document = IsDocumentPhrase(a_.Span(a_.tokens[end - 1].begin, a_.tokens[end - 1].end));
    if (t.kind == TokenKind::kPossessive && (preposition || document)) return;
    // "quoted the Kenyan army as saying": "as" ends the phrase.
    // ("an Omani official cited by the news agency said": "cited" ends it.)
    // ("the coalition engaged in Yemen said": a participle ends it too.)
    // ("Iraqi Kurdistan's counter-terrorism services said": over a
    // possessive.)
    if ((t.kind != TokenKind::kWord && t.kind != TokenKind::kPossessive) || quoted_[k] ||
        Speech(k) || t.norm == "that" || t.norm == "who" || t.norm == "which" || t.norm == "and" ||
        t.norm == "as" || IsParticiple(t) || IsDateWord(t.norm)) {
      return;
    }
  }
  if (IsPrepositionWord(a_.tokens[end - 1].norm)) return;
  uint32_t begin = am.first_token;
  if (a_.tokens[begin].norm == "the" || a_.tokens[begin].norm == "a") ++begin;
  sp.name = std::string(a_.Span(a_.tokens[begin].begin, a_.tokens[end - 1].end));
}

// A speaker that is no actor, named by the noun phrase right before the
// verb: "the sources said", "a senior State Department official told
// reporters", "the statement said". Empty unless the phrase starts the
// clause (at `lo`, after a comma or a conjunction).
Speaker QuoteFinder::NounPhraseBefore(uint32_t verb, uint32_t lo) const {
  uint32_t end = verb;
  // ("Jayapaul had told the media": over the auxiliary.)
  while (end > lo &&
         (IsTrailingAdverb(a_.tokens[end - 1].norm) || IsAuxiliary(a_.tokens[end - 1].norm))) {
    --end;
  }
  // "A security source who asked not to be named said": the speaker is the
  // noun phrase before a relative clause that ends at the verb.
  for (uint32_t j = end; j > lo + 1 && end - j < 10; --j) {
    std::string_view w = a_.tokens[j - 1].norm;
    if (quoted_[j - 1] || w == "," || w == ".") break;
    if (w == "who") {
      end = j - 1;
      break;
    }
  }
  uint32_t b = end;
  // Prepositional phrases belong to the speaker's noun phrase: "several
  // people with knowledge of the talks", "a resident of the village".
  // ("A statement from the prime minister's office said": over a
  // possessive; "The Azimio La Umoja (Declaration of Unity) coalition
  // said": over brackets.)
  while (b > lo && end - b < 12) {
    const Token& t = a_.tokens[b - 1];
    if (t.norm == ")") {
      uint32_t open = b - 1;
      while (open > lo && b - open < 8 && a_.tokens[open].norm != "(") --open;
      if (a_.tokens[open].norm != "(" || open == lo) break;
      b = open;
      continue;
    }
    if ((t.kind != TokenKind::kWord && t.kind != TokenKind::kPossessive) || quoted_[b - 1]) break;
    // ("The report says": a speech verb's noun after a determiner.)
    bool noun = b >= lo + 2 && IsDeterminer(a_.tokens[b - 2].norm);
    if (t.norm == "and" || t.norm == "but" || t.norm == "that" || t.norm == "who" ||
        t.norm == "which" || (IsSpeechVerb(t.norm) && !t.capitalized && !noun) ||
        (IsDateWord(t.norm) && !MediaWordInNounPhrase(b - 1, end))) {
      // ("Informed sources said": a capitalised first word is no verb.)
      break;
    }
    --b;
  }
  if (b == end) return Speaker{};
  // "the alliance engaged in the north said": the participle's phrase
  // describes the speaker; the name ends before it.
  for (uint32_t j = b + 1; j < end; ++j) {
    if (IsParticiple(a_.tokens[j])) end = j;
  }
  // The phrase starts like a noun phrase and ends on its head: not "at some
  // point said", "According to a".
  static const std::unordered_set<std::string_view> kNoHead = {
      "the", "a", "an", "its", "their", "his", "her", "our", "some", "any", "this", "these"};
  std::string_view head = a_.tokens[end - 1].norm, opener = a_.tokens[b].norm;
  if (IsPrepositionWord(head) || kNoHead.count(head) > 0 || IsPrepositionWord(opener) ||
      opener == "according" || opener == "as" || opener == "at" || opener == "after") {
    return Speaker{};
  }
  std::string_view before = b > lo ? std::string_view(a_.tokens[b - 1].norm) : "";
  bool opens = b == lo || before == "," || before == "and" ||
               a_.tokens[b - 1].kind == TokenKind::kCloseQuote ||
               (IsOpeningConnective(before) && b - 1 == lo);
  if (!opens) return Speaker{};
  static const std::unordered_set<std::string_view> kNotSpeakers = {
      "it", "this", "that", "there", "which", "who", "he", "she", "they", "we", "i", "you"};
  if (end - b == 1 && kNotSpeakers.count(a_.tokens[b].norm) > 0) return Speaker{};
  Speaker sp;
  sp.name = std::string(a_.Span(a_.tokens[b].begin, a_.tokens[end - 1].end));
  return sp;
}

// "\"...,\" said a statement from the presidency.", "said the statement,
// adding": a speaker that is no actor, named by a noun phrase after the
// verb that closes the clause.
Speaker QuoteFinder::NounPhraseAfter(uint32_t k, uint32_t hi) const {
  if (k >= hi) return Speaker{};
  std::string_view opener = a_.tokens[k].norm;
  if (opener != "the" && opener != "a" && opener != "an") return Speaker{};
  uint32_t e = k + 1;
  while (e < hi && e < k + 12) {
    const Token& t = a_.tokens[e];
    if ((t.kind != TokenKind::kWord && t.kind != TokenKind::kPossessive) || quoted_[e] ||
        Speech(e) || t.norm == "that" || t.norm == "who" || t.norm == "which" || IsParticiple(t) ||
        IsDateWord(t.norm)) {
      break;
    }
    ++e;
  }
  bool closes = e < hi && (a_.tokens[e].norm == "." || a_.tokens[e].norm == ",");
  if (!closes || e < k + 2 || IsPrepositionWord(a_.tokens[e - 1].norm)) return Speaker{};
  Speaker sp;
  sp.name = std::string(a_.Span(a_.tokens[k].begin, a_.tokens[e - 1].end));
  return sp;
}

// Whether the word of the media at `k` (a date word, as in "told a press
// conference") is part of a noun phrase: "the press service said", "the
// ministry's press office", "unions say press freedom has faced". Not
// before "conference", "briefing" or "release", the occasion; `end` bounds
// the phrase.
bool QuoteFinder::MediaWordInNounPhrase(uint32_t k, uint32_t end) const {
  std::string_view w = a_.tokens[k].norm;
  bool medium = w == "press" || w == "news" || w == "television" || w == "radio";
  if (!medium || k + 1 >= end) return false;
  std::string_view next = a_.tokens[k + 1].norm;
  return next != "conference" && next != "briefing" && next != "release";
}

bool QuoteFinder::StateAsVerb(uint32_t i) const {
  if (i + 1 < a_.tokens.size() && a_.tokens[i + 1].norm == "that") return true;
  if (i == 0) return false;
  std::string_view before = a_.tokens[i - 1].norm;
  return before == "to" || before == "will" || before == "would" || before == "must" ||
         before == "should" || before == "can" || before == "could" || before == "did" ||
         before == "not";
}

// "said Khadija.", "said Arulanandham, head of the union": one capitalised
// word the dictionaries lack, closing the clause, is a speaker's name (a
// day or a month is when, not who). Two or more words are UnknownNameAt's.
Speaker QuoteFinder::LoneNameAt(uint32_t k, uint32_t hi) const {
  if (k >= hi || mention_starting_[k] >= 0) return Speaker{};
  const Token& t = a_.tokens[k];
  bool abbreviated = false;
  if (t.kind != TokenKind::kWord || !t.capitalized || t.norm.size() < 3 ||
      WeekdayFromWord(t.norm) > 0 || MonthFromWord(t.norm, &abbreviated) > 0) {
    return Speaker{};
  }
  if (k + 1 < hi && a_.tokens[k + 1].norm != "." && a_.tokens[k + 1].norm != ",") {
    return Speaker{};
  }
  Speaker sp;
  sp.name = std::string(a_.Span(t.begin, t.end));
  return sp;
}

// "said his lawyer Erias Lukwago.", "said the group's spokesman Ali
// Bashir", "said mediator Piedad Cordoba, a former senator", "said one
// woman, Moe Moe Thet San.": a name the dictionaries lack after a few
// lower-case words of its role, closing the sentence.
Speaker QuoteFinder::NameAfterRoleWords(uint32_t k, uint32_t hi) const {
  if (k >= hi) return Speaker{};
  std::string_view first = a_.tokens[k].norm;
  bool determiner =
      first == "his" || first == "her" || first == "their" || first == "its" || first == "the";
  if (!determiner && (a_.tokens[k].capitalized || a_.tokens[k].kind != TokenKind::kWord ||
                      !IsRoleWordCandidate(first))) {
    return Speaker{};
  }
  uint32_t n = determiner ? k + 1 : k;
  uint32_t role_begin = n;
  while (n < hi && n < k + 4 && a_.tokens[n].kind == TokenKind::kWord &&
         !a_.tokens[n].capitalized && IsRoleWordCandidate(a_.tokens[n].norm)) {
    ++n;
  }
  if (n > role_begin && n + 1 < hi && a_.tokens[n].norm == ",") ++n;
  if (n == role_begin || n >= hi) return Speaker{};
  if (int m = mention_starting_[n]; m >= 0) {
    return a_.actors[m].kind == ActorKind::kPerson ? FromMention(m) : Speaker{};
  }
  Speaker sp = UnknownNameAt(n, hi);
  uint32_t after = n;
  while (after < hi && a_.tokens[after].capitalized) ++after;
  bool closes = after >= hi || a_.tokens[after].norm == "." || a_.tokens[after].norm == ",";
  return sp.found() && closes ? sp : Speaker{};
}

}  // namespace dyad::quote_finding
