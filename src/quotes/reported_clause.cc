// Where reported words begin after a speech verb: "said (that) CLAUSE",
// "told reporters the army had", "said on Tuesday it fired". Design: after
// "that" the clause is certain; without it, only verbs that seldom take an
// object report a bare clause, and the words after them must open one (a
// determiner or pronoun, a quantity, or a finite verb soon after).
#include <algorithm>
#include <string>
#include <unordered_set>

#include "events/syntax.h"
#include "quotes/quote_finding.h"
#include "time/date_scan.h"

namespace dyad::quote_finding {

// "Somalia says Ethiopia's actions threaten the peace": a present tense
// in -s after a say-verb's bare clause, once a noun has opened the clause
// and words follow it. Only for "say", whose object is nearly always a
// clause ("announced new sanctions" is an object), and not after a comma,
// where the words after "said" name the speaker ("..., said Kenya's
// defence forces.").
bool QuoteFinder::PresentVerbAt(uint32_t k, uint32_t j, uint32_t hi) const {
  const Token& t = a_.tokens[j];
  // ("Israel claims its offensive aims to": a claim's clause likewise.)
  std::string_view lemma = a_.tokens[k].lemma;
  bool reports = lemma == "say" || lemma == "claim" || lemma == "allege" || lemma == "insist" ||
                 lemma == "argue" || lemma == "maintain";
  bool participle = a_.tokens[k].norm.ends_with("ing");
  if (!reports || (k > 0 && a_.tokens[k - 1].norm == "," && !participle)) return false;
  // "officials it says supported", "which it says now totals": a pronoun
  // subject inside a relative clause; what follows belongs to the noun.
  if (k >= 2 && (IsSpeakerPronoun(a_.tokens[k - 1].norm) || a_.tokens[k - 1].norm == "we") &&
      a_.tokens[k - 2].kind == TokenKind::kWord && a_.tokens[k - 2].norm != "and" &&
      a_.tokens[k - 2].norm != "but") {
    return false;
  }
  if (t.capitalized || t.norm.size() < 4 || !t.norm.ends_with("s") || t.norm.ends_with("ss") ||
      t.norm.ends_with("us") || t.lemma == t.norm) {
    return false;
  }
  const Token& before = a_.tokens[j - 1];
  if (before.kind != TokenKind::kWord || IsDeterminer(before.norm)) return false;
  if (j + 1 >= hi) return false;
  const Token& after = a_.tokens[j + 1];
  return after.kind == TokenKind::kWord && !after.capitalized;
}

// "says in areas held by the rebels there has been looting", "says
// during the fighting, army units worked with militias": after a say-verb
// a clause may open on an adverbial phrase, when a subject and a finite
// verb follow it (after a comma, or as "there has been"). Not "said in a
// statement, adding that": a participle after the comma is the speaker's.
bool QuoteFinder::FrontedClause(uint32_t k, uint32_t c, uint32_t hi) const {
  if (a_.tokens[k].lemma != "say") return false;
  for (uint32_t j = c + 1; j + 2 < hi && j < c + 12; ++j) {
    const Token& t = a_.tokens[j];
    if (t.norm == "." || t.norm == ";" || quoted_[j] || Speech(j)) return false;
    if (t.norm == "there" && IsAuxiliary(a_.tokens[j + 1].norm)) return true;
    if (t.norm != ",") continue;
    const Token& next = a_.tokens[j + 1];
    // (", which included", ", as quoted by": no main clause.)
    if (next.kind != TokenKind::kWord || next.norm.ends_with("ing") || Speech(j + 1) ||
        next.norm == "which" || next.norm == "who" || next.norm == "as" || next.norm == "where" ||
        next.norm == "when") {
      return false;
    }
    for (uint32_t v = j + 2; v < hi && v < j + 8; ++v) {
      const Token& w = a_.tokens[v];
      if (w.norm == "," || w.norm == "." || Speech(v)) break;
      bool past = w.norm.size() > 4 && w.norm.ends_with("ed") && !w.capitalized;
      if (IsAuxiliary(w.norm) || past) return true;
    }
    return false;
  }
  return false;
}

// "expressed regret that CLAUSE", "voiced hope that": a feeling voiced
// (over up to two words before it: "its deep regret") reports the clause
// after "that"; returns its first token, or 0.
uint32_t QuoteFinder::FeelingClause(uint32_t k, uint32_t hi) const {
  static const std::unordered_set<std::string_view> kFeelings = {
      "regret",         "concern", "hope",        "confidence", "optimism",     "fear",
      "fears",          "doubt",   "doubts",      "belief",     "satisfaction", "surprise",
      "disappointment", "dismay",  "frustration", "conviction"};
  uint32_t n = k + 1;
  while (n < hi && n < k + 3 && !kFeelings.count(a_.tokens[n].norm)) ++n;
  bool felt = n < hi && kFeelings.count(a_.tokens[n].norm) > 0;
  return felt && n + 4 < hi && a_.tokens[n + 1].norm == "that" && !quoted_[n + 2] ? n + 2 : 0;
}

// "X said (on Sunday) that CLAUSE", "X said the US would ...": returns the
// first token of the clause, or 0 if `k` introduces none.
uint32_t QuoteFinder::ClauseAfter(uint32_t k, uint32_t hi) const {
  if (a_.tokens[k].norm == "expressed" || a_.tokens[k].norm == "voiced") {
    return FeelingClause(k, hi);
  }
  // "told local lawmakers that", "said in an address to parliament that": the
  // addressee or the occasion may stand before "that".
  uint32_t c = k + 1;
  bool addressed = a_.tokens[k].norm == "told" || a_.tokens[k].norm == "informed" ||
                   a_.tokens[k].norm == "assured" || a_.tokens[k].norm == "reminded";
  // ("confirmed to reporters that": the audience, like the occasion.)
  bool occasion = c < hi && (a_.tokens[c].norm == "in" || a_.tokens[c].norm == "during" ||
                             a_.tokens[c].norm == "at" || a_.tokens[c].norm == "on" ||
                             a_.tokens[c].norm == "to");
  uint32_t reach = addressed || occasion ? 10 : 6;
  // "said later on Thursday, citing sources, that": the source cited, with
  // its commas, may stand before "that" too.
  bool citing = false;
  while (c < hi && c < k + reach && a_.tokens[c].norm != "that") {
    const Token& t = a_.tokens[c];
    if (t.norm == "citing" && !citing) {
      citing = true;
      reach = std::max<uint32_t>(reach, c - k + 7);
    } else if ((!SkippableBeforeClause(t.norm) || MediaWordInNounPhrase(c, hi)) &&
               !((addressed || occasion || citing) &&
                 (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber) && !quoted_[c] &&
                 !Speech(c)) &&
               !(t.norm == "," && c + 1 < hi && (citing || a_.tokens[c + 1].norm == "citing"))) {
      break;
    }
    ++c;
  }
  bool has_that = c < hi && a_.tokens[c].norm == "that";
  if (has_that) return c + 3 < hi && !quoted_[c + 1] ? c + 1 : 0;
  // Verbs that report a clause without "that": "said the strikes hit",
  // "confirmed late Friday it had sent".
  // (Also their present and participle forms: "Baku alleges the men were
  // beaten", "..., claiming the jets were on a routine mission".)
  static const std::unordered_set<std::string_view> kBareReporting = {
      "say",       "said",       "says",      "saying",       "added",        "adding",
      "stated",    "noted",      "stressed",  "confirmed",    "announced",    "insisted",
      "claimed",   "argued",     "explained", "acknowledged", "admitted",     "maintained",
      "told",      "alleged",    "alleges",   "claims",       "insists",      "argues",
      "maintains", "stating",    "noting",    "stressing",    "insisting",    "claiming",
      "arguing",   "explaining", "alleging",  "confirming",   "acknowledging"};
  std::string_view verb = a_.tokens[k].norm;
  if (kBareReporting.count(verb) == 0 && a_.tokens[k].lemma != "say") return 0;
  // "the alleged plot", "its alleged role": an adjective, no speech.
  if (verb == "alleged" && k > 0 &&
      (IsDeterminer(a_.tokens[k - 1].norm) || a_.tokens[k - 1].kind == TokenKind::kPossessive)) {
    return 0;
  }
  // "claimed the lives of", "claimed responsibility": no speech.
  for (uint32_t j = k + 1; j < hi && j < k + 3; ++j) {
    std::string_view w = a_.tokens[j].norm;
    if (w == "life" || w == "lives" || w == "responsibility" || w == "victory" || w == "credit") {
      return 0;
    }
  }
  // "claims Taiwan as its territory": a claim to a thing, no clause.
  if (a_.tokens[k].lemma == "claim") {
    for (uint32_t j = k + 1; j < hi && j < k + 7; ++j) {
      const Token& t = a_.tokens[j];
      if (t.norm == "as") return 0;
      if (IsAuxiliary(t.norm) || t.norm == "," || t.norm == "that") break;
    }
  }
  c = k + 1;  // "said on Tuesday it fired": dates between verb and clause.
  // ("said Sunday's strike had": a day that owns a noun opens the clause.)
  while (c < hi && c < k + 5 && IsDateWord(a_.tokens[c].norm) && a_.tokens[c].norm != "told" &&
         !MediaWordInNounPhrase(c, hi) &&
         !(c + 1 < hi && a_.tokens[c + 1].kind == TokenKind::kPossessive)) {
    ++c;
  }
  // "said so far, Rwandan forces had": a short adverbial set off by a comma.
  if (uint32_t after = AdverbialBeforeComma(c, hi); after > c) c = after;
  // "said Thursday, June 20 it shot down": a weekday and its date.
  bool abbreviated = false;
  if (c > k + 1 && c + 3 < hi && a_.tokens[c].norm == "," &&
      MonthFromWord(a_.tokens[c + 1].norm, &abbreviated) != 0 &&
      a_.tokens[c + 2].kind == TokenKind::kNumber) {
    c += 3;
  }
  // "saying in a statement the government's commitment was strong".
  if (c + 3 < hi && a_.tokens[c].norm == "in" && IsDeterminer(a_.tokens[c + 1].norm)) {
    uint32_t n = c + 2;
    if (a_.tokens[n].norm == "joint" || a_.tokens[n].norm == "written") ++n;
    std::string_view noun = n < hi ? std::string_view(a_.tokens[n].norm) : "";
    if (noun == "statement" || noun == "interview" || noun == "speech" || noun == "letter") {
      c = n + 1;
    }
  }
  // "said "several" soldiers were killed": scare quotes open the clause.
  if (c < hi && a_.tokens[c].kind == TokenKind::kOpenQuote) {
    uint32_t close = c + 1;
    while (close < hi && close < c + 4 && a_.tokens[close].kind != TokenKind::kCloseQuote) ++close;
    if (close < hi && close < c + 4 && a_.tokens[close].kind == TokenKind::kCloseQuote &&
        FiniteVerbIn(close + 1, hi)) {
      return c;
    }
  }
  // "announced at the weekend it would", "said over the weekend".
  if (c + 3 < hi && (a_.tokens[c].norm == "at" || a_.tokens[c].norm == "over") &&
      a_.tokens[c + 1].norm == "the" && a_.tokens[c + 2].norm == "weekend") {
    c += 3;
  }
  // "told the Lagos Courier they saw troops": over the addressee to a
  // pronoun subject.
  if (verb == "told" && c < hi) {
    uint32_t after = c;
    if (mention_starting_[c] >= 0) {
      after = a_.actors[mention_starting_[c]].end_token;
    } else {  // A name the dictionaries lack: "the Lagos Courier".
      if (a_.tokens[after].norm == "the") ++after;
      while (after < hi && after < c + 5 && a_.tokens[after].capitalized &&
             a_.tokens[after].kind == TokenKind::kWord) {
        ++after;
      }
    }
    static const std::unordered_set<std::string_view> kSubjects = {"he", "she", "they",
                                                                   "it", "we",  "i"};
    if (after > c && after + 3 < hi && kSubjects.count(a_.tokens[after].norm) > 0) return after;
    // ("told Reuters the situation was calm": a determiner opens the
    // clause when a finite verb follows.)
    if (after > c && after + 3 < hi && IsDeterminer(a_.tokens[after].norm) &&
        FiniteVerbIn(after, hi)) {
      return after;
    }
  }
  // "said on Friday (May 3) it had": a bracketed date too.
  if (c + 2 < hi && a_.tokens[c].norm == "(") {
    uint32_t close = c + 1;
    while (close < hi && close < c + 5 && a_.tokens[close].norm != ")") ++close;
    if (close < hi && a_.tokens[close].norm == ")") c = close + 1;
  }
  if (c + 3 >= hi || quoted_[c]) return 0;
  const Token& start = a_.tokens[c];
  if (start.kind != TokenKind::kWord && start.kind != TokenKind::kNumber) return 0;
  // ("said at least 130 people had been killed": a quantity, no place.)
  bool quantity = (start.norm == "at" && a_.tokens[c + 1].norm == "least") ||
                  (start.norm == "more" && a_.tokens[c + 1].norm == "than");
  if (quantity && verb != "told" && FiniteVerbIn(c, hi)) return c;
  if (IsPrepositionWord(start.norm) || start.norm == "during" || start.norm == "after" ||
      start.norm == "before" || start.norm == "while" || start.norm == "amid" ||
      start.norm == "according") {
    return start.norm != "according" && FrontedClause(k, c, hi) ? c : 0;
  }
  // "did not say which regions were hit", "said whether": a question left
  // open reports nothing.
  static const std::unordered_set<std::string_view> kQuestionWords = {
      "which", "what", "whether", "how", "why", "where", "when", "who"};
  if (kQuestionWords.count(start.norm) > 0) return 0;
  // "warships that the broadcaster said disproved the claim": a verb right
  // after "said" has its subject before it, in a relative clause.
  if (start.kind == TokenKind::kWord && !start.capitalized && start.norm.ends_with("ed") &&
      start.norm.size() > 4) {
    for (uint32_t b = k; b-- > 0 && k - b <= 4;) {
      std::string_view w = a_.tokens[b].norm;
      if (w == "," || w == ".") break;
      if (w == "that" || w == "which") return 0;
    }
  }
  // These verbs seldom take an object: a determiner or pronoun after them
  // opens the reported clause, even when its verb is an irregular past the
  // checks below cannot see ("said the strikes hit").
  static const std::unordered_set<std::string_view> kOpeners = {
      "the",   "a",     "an",     "it",       "he",        "she",   "they",  "we",      "i",
      "its",   "his",   "their",  "her",      "our",       "this",  "these", "those",   "there",
      "some",  "all",   "both",   "one",      "two",       "three", "four",  "five",    "six",
      "seven", "eight", "nine",   "ten",      "several",   "many",  "no",    "another", "each",
      "most",  "none",  "dozens", "hundreds", "thousands", "scores"};
  // ("announced an arrest", "confirmed the deaths": these verbs often take
  // an object; their clause needs a verb of its own.)
  bool takes_object = verb == "announced" || verb == "confirmed" || verb == "acknowledged" ||
                      verb == "admitted" || verb == "claimed" || verb == "alleged" ||
                      verb == "claims" || verb == "alleges" || verb == "claiming" ||
                      verb == "alleging" || verb == "confirming" || verb == "acknowledging";
  bool subject_pronoun = start.norm == "he" || start.norm == "she" || start.norm == "it" ||
                         start.norm == "they" || start.norm == "we" || start.norm == "i";
  if (takes_object && !subject_pronoun && !FiniteVerbIn(c, hi) && !PresentVerbIn(k, c, hi)) {
    return 0;
  }
  if (verb != "told" && (kOpeners.count(start.norm) > 0 || start.kind == TokenKind::kNumber)) {
    // "..., said the provincial commander, Major General X.": after a
    // comma, words with no verb name the speaker; they report nothing.
    // (Not when the comma closes an aside on the subject: "X, who is on a
    // visit to Y, said the talks went well"; nor before a participle's
    // pronoun subject: "..., saying it only provides support".)
    bool participle = verb.ends_with("ing");
    if (k > 0 && a_.tokens[k - 1].norm == "," && !FiniteVerbIn(c, hi) && !AfterAside(k) &&
        !(participle && subject_pronoun)) {
      return 0;
    }
    // "\"...,\" said the resident who asked": the speaker of the quotation
    // before, not a reported clause.
    if (k > 0 && a_.tokens[k - 1].kind == TokenKind::kCloseQuote) return 0;
    // "..., the governor said on the Telegram app.": a medium, not a
    // clause.
    if (c == k + 2 && a_.tokens[k + 1].norm == "on" && !FiniteVerbIn(c, hi)) return 0;
    return c;
  }
  // ("alleged strictly humanitarian reasons": an object, unless an actor
  // opens the clause.)
  if (verb == "alleged" && mention_starting_[c] < 0) return 0;
  // A finite verb soon after: an auxiliary ("said air defences had
  // intercepted"), a past tense ("said the accord opened"), also inside a
  // quotation that continues the clause ("said Indian troops "targeted").
  // ("said talks for the delegation's meeting with the minister were
  // being planned": a say-verb's subject may run long.)
  uint32_t subject_reach = a_.tokens[k].lemma == "say" ? 16 : 10;
  for (uint32_t j = c; j < hi && j < c + subject_reach; ++j) {
    const Token& t = a_.tokens[j];
    if (t.norm == "," || t.norm == "." || t.norm == ";") return 0;
    if (t.kind != TokenKind::kWord) continue;
    if (IsAuxiliary(t.norm)) return c;
    // ("died", "fled": short past tenses the lemmatizer knows; "began",
    // "came": irregular ones, for a say-verb, whose object is a clause.)
    bool past = t.norm.ends_with("ed") && (t.norm.size() > 4 || t.lemma != t.norm);
    bool irregular = a_.tokens[k].lemma == "say" && t.lemma != t.norm && !t.norm.ends_with("s") &&
                     !t.norm.ends_with("ing") && !t.norm.ends_with("ed");
    if (j > c && (past || irregular) && !t.capitalized) return c;
    if (j > c && PresentVerbAt(k, j, hi)) return c;
  }
  return 0;
}

// Whether a present tense in -s follows the clause start `c` after a
// say-verb `k` within a subject's reach (PresentVerbAt).
bool QuoteFinder::PresentVerbIn(uint32_t k, uint32_t c, uint32_t hi) const {
  for (uint32_t j = c + 1; j < hi && j < c + 10; ++j) {
    if (a_.tokens[j].norm == "," || a_.tokens[j].norm == ".") return false;
    if (PresentVerbAt(k, j, hi)) return true;
  }
  return false;
}

// "said so far, Rwandan forces had", "said however, the talks would": the
// token after a short adverbial and its comma at `c`, or `c` if none.
uint32_t QuoteFinder::AdverbialBeforeComma(uint32_t c, uint32_t hi) const {
  static const std::unordered_set<std::string_view> kOne = {
      "however", "meanwhile", "separately", "moreover", "furthermore", "nevertheless",
      "instead", "again",     "previously", "earlier",  "additionally"};
  if (c + 3 < hi && kOne.count(a_.tokens[c].norm) > 0 && a_.tokens[c + 1].norm == ",") return c + 2;
  bool so_far = a_.tokens[c].norm == "so" && a_.tokens[c + 1].norm == "far";
  if (c + 4 < hi && so_far && a_.tokens[c + 2].norm == ",") return c + 3;
  return c;
}

}  // namespace dyad::quote_finding
