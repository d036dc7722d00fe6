// Indirect speech: a speech verb outside quotation marks followed by a
// clause ("X said (that) ...", ", stating that ..."), the trailing form
// "..., X said.", and "according to X"; where each reported clause ends.

#include <algorithm>
#include <string>
#include <unordered_set>

#include "actors/actor_finder.h"
#include "events/syntax.h"
#include "quotes/identified_speakers.h"
#include "quotes/quote_finding.h"
#include "quotes/quote_spans.h"

namespace dyad::quote_finding {

// "the statement", "a joint statement", "the post": a document, not a
// speaker of its own.
bool IsDocumentPhrase(std::string_view name) {
  size_t space = name.rfind(' ');
  std::string_view head = space == std::string_view::npos ? name : name.substr(space + 1);
  static const std::unordered_set<std::string_view> kDocuments = {
      "statement", "Statement", "communique", "communiqué", "readout", "post", "release"};
  return kDocuments.count(head) > 0;
}

// Words between a speech verb and its clause: dates, "in a statement",
// "reporters" ("said on Tuesday in a statement that").
bool SkippableBeforeClause(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "in",   "a",  "the",  "statement", "interview", "also",     "him",   "her",
      "them", "us", "last", "week",      "night",     "separate", "joint", "written"};
  return IsDateWord(w) || kWords.count(w) > 0;
}

bool IsDateWord(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "monday", "tuesday",   "wednesday",   "thursday",   "friday",    "saturday",
      "sunday", "yesterday", "today",       "tonight",    "on",        "late",
      "early",  "earlier",   "later",       "twitter",    "x",         "television",
      "tv",     "radio",     "briefing",    "conference", "news",      "press",
      "told",   "reporters", "journalists", "morning",    "afternoon", "evening"};
  return kWords.count(w) > 0;
}

// Adverbs between a speaker and the speech verb ("the statement further
// said", "Hamas then confirmed"): no part of the speaker's name.
bool IsTrailingAdverb(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "also",     "later",      "further",    "then",          "earlier",      "again",
      "now",      "previously", "meanwhile",  "initially",     "subsequently", "separately",
      "jointly",  "repeatedly", "reportedly", "publicly",      "privately",    "firmly",
      "strongly", "recently",   "officially", "formally",      "openly",       "flatly",
      "bluntly",  "sharply",    "angrily",    "categorically", "emphatically", "explicitly"};
  return kWords.count(w) > 0;
}

bool IsAuxiliary(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "will",  "would",  "is",  "are",   "was",  "were", "has", "have", "had",
      "could", "should", "may", "might", "must", "can",  "did", "does", "do"};
  return kWords.count(w) > 0;
}

// The first word of sentence `s` after a dateline opening it ("TEHRAN,
// July 31 (dyad wire) -- Hamas ..."): reported words begin there.
uint32_t AfterDateline(const Article& a, uint32_t s) {
  const Sentence& st = a.sentences[s];
  uint32_t k = DatelineEnd(a, s), hi = st.first_token + st.token_count;
  while (k + 1 < hi && a.tokens[k].kind == TokenKind::kPunct) ++k;
  return k;
}

bool HasQuoteMark(const Article& a, uint32_t lo, uint32_t hi) {
  for (uint32_t i = lo; i < hi; ++i) {
    TokenKind k = a.tokens[i].kind;
    if (k == TokenKind::kOpenQuote || k == TokenKind::kCloseQuote) return true;
  }
  return false;
}

// The speaker of a speech verb: for a participle after a comma (", stating
// that") or a verb after "and" ("said Ankara was against ... and urged")
// the subject of the main clause, else the nearest subject.
// "signed before the secretary of state, who admitted ... but said": the
// actor a relative "who" opening the verb's clause stands for, over
// adverbs and a first verb coordinated with "and" or "but"; -1 if none.
int QuoteFinder::RelativeAntecedent(uint32_t verb, uint32_t lo) const {
  for (uint32_t k = verb; k-- > lo + 1 && k + 25 > verb;) {
    const Token& t = a_.tokens[k];
    if (quoted_[k] || t.norm == "." || t.norm == ";" || t.norm == "which") {
      return -1;
    }
    if (t.norm != "who") continue;
    uint32_t end = a_.tokens[k - 1].norm == "," ? k - 1 : k;
    if (end <= lo || mention_ending_[end - 1] < 0) return -1;
    // Only the verb of the relative clause or one coordinated with it ("a
    // border guard who the UN said died": the UN is that clause's
    // subject).
    for (uint32_t j = k + 1; j < verb; ++j) {
      if (mention_starting_[j] >= 0) return -1;
      if (a_.tokens[j].norm == "," &&
          !(j + 1 < verb && (a_.tokens[j + 1].norm == "but" || a_.tokens[j + 1].norm == "and"))) {
        return -1;
      }
    }
    return mention_ending_[end - 1];
  }
  return -1;
}

Speaker QuoteFinder::SpeakerOf(uint32_t verb, uint32_t lo) const {
  if (int m = RelativeAntecedent(verb, lo); m >= 0) return FromMention(m);
  uint32_t prev = verb;  // The word before, over a closing quotation mark.
  while (prev > lo && a_.tokens[prev - 1].kind == TokenKind::kCloseQuote) --prev;
  // (", stating that", "after saying that", "before adding": the main
  // clause's subject speaks.)
  std::string_view lead = prev > lo ? std::string_view(a_.tokens[prev - 1].norm) : "";
  bool participle = a_.tokens[verb].norm.ends_with("ing") &&
                    (lead == "," || lead == "after" || lead == "before" || lead == "while");
  // ("... but said it would keep its diplomats": "but" joins verbs too.)
  bool coordinated =
      prev > lo && (a_.tokens[prev - 1].norm == "and" || a_.tokens[prev - 1].norm == "but");
  if (participle || coordinated) {
    for (uint32_t j = lo; j < verb; ++j) {
      int m = mention_starting_[j];
      if (m < 0 || quoted_[j]) continue;
      if (j > lo && IsPrepositionWord(a_.tokens[j - 1].norm)) continue;
      return FromMention(m);
    }
  }
  return SubjectBefore(verb, lo);
}

// Whether the comma before the speech verb at `k` closes a relative clause
// or apposition on a named subject: "Jane Roe, who heads the agency, said".
bool QuoteFinder::AfterAside(uint32_t k) const {
  auto sentence =
      std::upper_bound(a_.sentences.begin(), a_.sentences.end(), k,
                       [](uint32_t t, const Sentence& st) { return t < st.first_token; });
  if (sentence == a_.sentences.begin()) return false;
  uint32_t lo = std::prev(sentence)->first_token;
  uint32_t open = SkipAppositiveClause(a_, k, lo);
  if (open >= k || open <= lo || mention_ending_[open - 1] < 0) return false;
  // A relative clause, or any aside on a subject that opens the sentence.
  return a_.tokens[open + 1].norm == "who" ||
         a_.actors[mention_ending_[open - 1]].first_token == lo;
}

// Whether [from, hi) holds a finite verb before the sentence ends: an
// auxiliary or a lower-case past form in -ed.
bool QuoteFinder::FiniteVerbIn(uint32_t from, uint32_t hi) const {
  for (uint32_t j = from; j < hi; ++j) {
    const Token& t = a_.tokens[j];
    if (t.norm == "." || t.norm == ";") break;
    if (t.kind != TokenKind::kWord || t.capitalized) continue;
    if (IsAuxiliary(t.norm) || (t.norm.size() > 4 && t.norm.ends_with("ed"))) return true;
  }
  return false;
}

// "said the regional commander, Colonel Ana Lopes": the
// speaker named by the words from `from` to the sentence's end, the name
// in an apposition if there is one; none if the words run past 16 tokens.
Speaker QuoteFinder::NounPhraseSpeaker(uint32_t from, uint32_t hi) const {
  Speaker sp;
  uint32_t end = from;
  while (end < hi && a_.tokens[end].norm != "." && a_.tokens[end].kind != TokenKind::kOpenQuote)
    ++end;
  if (end == from || end > from + 16) return sp;
  // "said the Interior Ministry on Monday.": the date is no
  // part of the speaker.
  while (end > from + 1 && IsDateWord(a_.tokens[end - 1].norm)) --end;
  uint32_t name = end;
  while (name > from && a_.tokens[name - 1].capitalized &&
         a_.tokens[name - 1].kind == TokenKind::kWord) {
    --name;
  }
  uint32_t first = name < end && name > from && a_.tokens[name - 1].norm == "," ? name : from;
  if (first == from && (a_.tokens[first].norm == "the" || a_.tokens[first].norm == "a")) ++first;
  if (first >= end) return sp;
  sp.name = std::string(a_.Span(a_.tokens[first].begin, a_.tokens[end - 1].end));
  return sp;
}

// The X of "according to X": an actor, an unknown name, else the words up
// to the clause's end ("according to residents", "according to diplomatic
// sources", "according to the Omani Foreign Ministry").
Speaker QuoteFinder::SpeakerAfterAccording(uint32_t who, uint32_t hi) const {
  if (who < hi && mention_starting_[who] >= 0) return FromMention(mention_starting_[who]);
  if (who < hi && a_.tokens[who].norm == "the") ++who;
  if (who < hi && mention_starting_[who] >= 0) return FromMention(mention_starting_[who]);
  Speaker sp = UnknownNameAt(who, hi);
  if (sp.found() || who >= hi) return sp;
  uint32_t end = who;
  while (end < hi && end < who + 6) {
    const Token& t = a_.tokens[end];
    if (t.kind != TokenKind::kWord || quoted_[end] || t.norm == "that" || t.norm == "who" ||
        t.norm == "which" || IsSpeechVerb(t.norm) || IsDateWord(t.norm) || IsParticiple(t)) {
      break;
    }
    ++end;
  }
  if (end > who) sp.name = std::string(a_.Span(a_.tokens[who].begin, a_.tokens[end - 1].end));
  return sp;
}

// "..., according to X." / "According to X, ...": indirect speech.
bool QuoteFinder::AccordingTo(uint32_t s) {
  const Sentence& st = a_.sentences[s];
  uint32_t lo = st.first_token, hi = st.first_token + st.token_count;
  // ("what it called "criminal hideouts"": scare quotes inside
  // the reported words keep them reported.)
  if (HasQuoteMark(a_, lo, hi) && !OnlyScareQuotes(lo, hi)) return false;
  for (uint32_t k = lo; k + 1 < hi; ++k) {
    if (a_.tokens[k].norm != "according" || a_.tokens[k + 1].norm != "to") continue;
    Speaker sp = SpeakerAfterAccording(k + 2, hi);
    if (k == lo) {  // "According to X, CLAUSE."
      uint32_t comma = k;
      while (comma < hi && a_.tokens[comma].norm != ",") ++comma;
      uint32_t e = hi;
      while (e > comma + 1 && a_.tokens[e - 1].kind == TokenKind::kPunct) --e;
      if (comma + 3 < e) {
        AddQuote(a_.tokens[comma + 1].begin, a_.tokens[e - 1].end, s, QuoteKind::kIndirect, sp);
        return true;
      }
    } else if (k > lo + 3 && a_.tokens[k - 1].norm == ",") {  // "CLAUSE, according to X."
      // "The Guard said it shot down a drone, state TV reported, according
      // to Al Jazeera": a speaker reporting the clause in it speaks first
      // hand; the outlets after it only pass the words on.
      for (uint32_t j = lo + 1; j < k && j < lo + 12; ++j) {
        if (!quoted_[j] && Speech(j) && a_.tokens[j].lemma == "say" && ClauseAfter(j, k) > 0) {
          return false;
        }
      }
      AddQuote(a_.tokens[AfterDateline(a_, s)].begin, a_.tokens[k - 2].end, s, QuoteKind::kIndirect,
               sp);
      return true;
    }
  }
  return false;
}

// True if nothing but dates, "in a statement" and punctuation follows `k`,
// or such trailers and then a new clause after a comma (", as talks
// resumed", ", adding that ...").
bool QuoteFinder::OnlyTrailers(uint32_t k, uint32_t hi) const {
  if (a_.tokens[k].norm == "told") {
    // "told reporters", "told AFP", and "told AFP, bringing to two ...".
    if (hi - k <= 6) return true;
    return k + 3 < hi && (a_.tokens[k + 2].norm == "," || a_.tokens[k + 3].norm == ",");
  }
  for (uint32_t j = k + 1; j < hi; ++j) {
    const Token& t = a_.tokens[j];
    if (t.norm == "," && j + 1 < hi) return true;
    if (t.kind == TokenKind::kPunct) continue;
    // "said today during a trip to Lagos": where or
    // when the words were said, with no clause of its own.
    if (t.norm == "during" || t.norm == "at" || t.norm == "while" || t.norm == "after") {
      return true;
    }
    // "said on the Telegram messaging app", "on its website": the medium.
    if ((t.norm == "on" || t.norm == "via") && hi - j <= 8 && !FiniteVerbIn(j + 1, hi)) {
      return true;
    }
    if (!SkippableBeforeClause(t.norm) && !IsDateWord(t.norm)) return false;
  }
  return hi - k <= 7;
}

// The longest run of quoted words read as scare quotes, part of the
// sentence around them, rather than a quotation of its own.
constexpr uint32_t kMaxScareQuote = 5;

// Whether [lo, hi) holds no quotation, only scare quotes of a few words
// ("several Iran-backed militia groups"): then it is someone's reported
// words, not a quotation with its own attribution.
bool QuoteFinder::OnlyScareQuotes(uint32_t lo, uint32_t hi) const {
  // A quotation opening the sentence is one, however short.
  if (lo < hi && a_.tokens[lo].kind == TokenKind::kOpenQuote) return false;
  uint32_t run = 0;
  for (uint32_t i = lo; i < hi; ++i) {
    run = quoted_[i] ? run + 1 : 0;
    if (run > kMaxScareQuote) return false;
  }
  return true;
}

bool QuoteFinder::LaterSpeech(uint32_t from, uint32_t hi) const {
  for (uint32_t j = from; j < hi; ++j) {
    if (!quoted_[j] && Speech(j) && ClauseAfter(j, hi) > 0) return true;
  }
  return false;
}

// The end of reported words starting at `c`: the next quotation mark, but
// not that of scare quotes of a few words ("said Kyiv had shown
// \"real restraint\" and that the talks would go on").
uint32_t QuoteFinder::EndOfReportedClause(uint32_t c, uint32_t hi) const {
  uint32_t e = c;
  while (e < hi) {
    if (!quoted_[e] && a_.tokens[e].kind != TokenKind::kOpenQuote) {
      ++e;
      continue;
    }
    uint32_t close = e + 1;
    while (close < hi && close <= e + kMaxScareQuote + 1 &&
           a_.tokens[close].kind != TokenKind::kCloseQuote) {
      ++close;
    }
    bool scare = a_.tokens[e].kind == TokenKind::kOpenQuote && close < hi &&
                 a_.tokens[close].kind == TokenKind::kCloseQuote && close + 1 < hi &&
                 a_.tokens[close + 1].kind == TokenKind::kWord;
    // "said it was \"gravely worried about ...\"": a clause of two words or more
    // that goes on in the speaker's own words runs to the closing mark.
    if (!scare && e >= c + 2 && a_.tokens[e].kind == TokenKind::kOpenQuote) {
      uint32_t end = e + 1;
      while (end < hi && a_.tokens[end].kind != TokenKind::kCloseQuote) ++end;
      return end < hi ? end + 1 : hi;
    }
    if (!scare) break;
    e = close + 1;
  }
  return e;
}

// "\"...,\" the minister told reporters, adding that talks would go on":
// the speaker of the direct quotation in sentence `s` before token `k`,
// whose attribution a participle continues; none if there is none.
Speaker QuoteFinder::DirectSpeakerBefore(uint32_t s, uint32_t k) const {
  Speaker sp;
  for (const Quote& q : a_.quotes) {
    if (q.kind != QuoteKind::kDirect || q.sentence != s || q.end > a_.tokens[k].begin ||
        q.speaker_name.empty()) {
      continue;
    }
    sp.name = q.speaker_name;
    sp.code = q.speaker_code;
    sp.canonical = q.speaker_canonical;
    sp.mention = q.speaker_mention;
  }
  return sp;
}

void QuoteFinder::FindIndirect(uint32_t s) {
  if (AccordingTo(s)) return;
  const Sentence& st = a_.sentences[s];
  uint32_t lo = st.first_token, hi = st.first_token + st.token_count;
  for (uint32_t k = lo; k < hi; ++k) {
    if (quoted_[k] || !Speech(k)) continue;
    // "Noting that he was the first to visit, Xi said he ...": an opening
    // participle is an aside; the main clause's speech verb carries the
    // words and the speaker.
    // ("While acknowledging the need, Amnesty insisted that": after a
    // subordinator too.)
    bool opening = k == lo || (k == lo + 1 && IsSubordinator(a_.tokens[lo].norm));
    if (opening && a_.tokens[k].norm.ends_with("ing") && LaterSpeech(k + 1, hi)) continue;
    uint32_t c = ClauseAfter(k, hi);
    if (c > 0) {
      uint32_t e = EndOfReportedClause(c, hi);
      while (e > c && a_.tokens[e - 1].kind == TokenKind::kPunct) --e;
      if (e > c + 2) {
        Speaker sp = SpeakerOf(k, lo);
        if (!sp.found() && a_.tokens[k].norm.ends_with("ing")) sp = DirectSpeakerBefore(s, k);
        AddQuote(a_.tokens[c].begin, a_.tokens[e - 1].end, s, QuoteKind::kIndirect, sp);
        return;
      }
    }
    // Inverted trailing form: "CLAUSE, said X, a spokesperson for Y." (Not
    // after an apposition: "CLAUSE, X, a UN official, said Friday.")
    std::string_view verb = a_.tokens[k].norm;
    uint32_t apposition = SkipAppositiveClause(a_, k, lo);
    bool plain_say = verb == "said" || verb == "says" || verb == "added" || verb == "stated";
    // "CLAUSE, reported the state news agency SONNA." (Not "reported by
    // X", which tells where a statement was read.)
    bool inverted_report = verb == "reported" && k + 1 < hi && !IsDateWord(a_.tokens[k + 1].norm) &&
                           a_.tokens[k + 1].norm != "by";
    bool inverted = (plain_say || inverted_report) && apposition == k;
    if (inverted && k > lo + 4 && a_.tokens[k - 1].norm == "," && k + 1 < hi &&
        mention_starting_[k + 1] >= 0 && !HasQuoteMark(a_, lo, k)) {
      AddQuote(a_.tokens[AfterDateline(a_, s)].begin, a_.tokens[k - 2].end, s, QuoteKind::kIndirect,
               FromMention(mention_starting_[k + 1]));
      return;
    }
    // ("..., said on Friday": a time, no speaker.)
    if (inverted && k > lo + 4 && a_.tokens[k - 1].norm == "," && k + 2 < hi &&
        !IsDateWord(a_.tokens[k + 1].norm) && !HasQuoteMark(a_, lo, k) &&
        !FiniteVerbIn(k + 1, hi)) {
      if (Speaker sp = NounPhraseSpeaker(k + 1, hi); sp.found()) {
        AddQuote(a_.tokens[AfterDateline(a_, s)].begin, a_.tokens[k - 2].end, s,
                 QuoteKind::kIndirect, sp);
        return;
      }
    }
    // Inserted form: "On May 3, he said, 40 trucks arrived",
    // "Maduro, she said, should step aside": the words after the second
    // comma (and a subject before the first) are the speaker's.
    if (plain_say && k + 4 < hi && a_.tokens[k + 1].norm == "," && !HasQuoteMark(a_, lo, hi)) {
      uint32_t comma = k;
      while (comma > lo && a_.tokens[comma - 1].norm != ",") --comma;
      // (Not after a clause of its own: "The talks failed, he said, because".)
      if (comma > lo + 1 && comma + 5 > k && comma < k && !FiniteVerbIn(lo, comma - 1)) {
        uint32_t e = hi;
        while (e > k + 2 && a_.tokens[e - 1].kind == TokenKind::kPunct) --e;
        // A lone subject before the first comma belongs to the clause.
        bool subject = comma - 1 - lo <= 3 && mention_ending_[comma - 2] >= 0;
        uint32_t begin = subject ? lo : k + 2;
        if (e > k + 4) {
          Speaker sp = SpeakerAround(k, comma, hi);
          if (subject) {
            AddQuote(a_.tokens[begin].begin, a_.tokens[e - 1].end, s, QuoteKind::kIndirect, sp);
          } else {
            AddQuote(a_.tokens[k + 2].begin, a_.tokens[e - 1].end, s, QuoteKind::kIndirect, sp);
          }
          return;
        }
      }
    }
    // Trailing form: "CLAUSE, X said (in a statement)." without quotation
    // marks; the speaker's words between the comma and the verb.
    if (k > lo + 4 && OnlyTrailers(k, hi) && OnlyScareQuotes(lo, k)) {
      // (Over an apposition to the comma before the speaker's name.)
      uint32_t comma = apposition < k && apposition > lo ? apposition - 1 : k;
      while (comma > lo && a_.tokens[comma].norm != ",") --comma;
      // ("..., which Moscow has denied.": a relative clause, no speaker.)
      std::string_view opener = comma + 1 < hi ? std::string_view(a_.tokens[comma + 1].norm) : "";
      bool relative = opener == "which" || opener == "who";
      uint32_t clause_end = 0;
      uint32_t v = k;  // ", earlier told": over adverbs and auxiliaries.
      while (v > lo + 1 &&
             (IsTrailingAdverb(a_.tokens[v - 1].norm) || IsAuxiliary(a_.tokens[v - 1].norm))) {
        --v;
      }
      if (a_.tokens[v - 1].norm == "," && !relative) {
        if (Speaker sp = RoleAndNameBefore(v - 1, lo, &clause_end); sp.found()) {
          AddQuote(a_.tokens[AfterDateline(a_, s)].begin, a_.tokens[clause_end - 1].end, s,
                   QuoteKind::kIndirect, sp);
          return;
        }
      }
      if (comma > lo + 3 && comma + 12 > apposition && !relative) {
        Speaker sp = SpeakerAround(k, comma + 1, hi);
        AddQuote(a_.tokens[AfterDateline(a_, s)].begin, a_.tokens[comma - 1].end, s,
                 QuoteKind::kIndirect, sp);
        return;
      }
    }
  }
}

}  // namespace dyad::quote_finding
