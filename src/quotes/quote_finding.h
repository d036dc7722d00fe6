// The quote finder's working parts, shared by the files of the quotes
// stage: quote_finder.cc (direct quotations and their attribution),
// quote_speakers.cc (who the words around a speech verb name) and
// indirect_quotes.cc (reported clauses). Not part of the library's API.
#ifndef DYAD_QUOTES_QUOTE_FINDING_H_
#define DYAD_QUOTES_QUOTE_FINDING_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/article.h"
#include "events/syntax.h"
#include "quotes/quote_finder.h"
#include "quotes/quote_spans.h"

namespace dyad::quote_finding {

struct Speaker {
  std::string name;  // As written.
  std::string code;
  std::string canonical;  // The dictionary's name.
  int mention = -1;
  bool pronoun = false;  // "he", "she", "it" or "they" that named no known actor.
  bool found() const { return !name.empty(); }
};

// A lower-case past participle ("engaged", "signed", "cited"): it opens a
// modifier after a noun, no part of a speaker's name.
bool IsParticiple(const Token& t);
// A speaker's name without what only trails it ("(WFP)", "in a statement").
std::string TrimSpeakerName(std::string name);
// A speaker's name as the article writes it (see quote_speakers.cc).
std::string AsWritten(const Article& a, const ActorMention& am);
bool IsSpeakerPronoun(std::string_view w);
bool IsDirectSpeechVerb(std::string_view w);
bool IsPrepositionWord(std::string_view w);
bool IsDocumentPhrase(std::string_view name);
// Words between a speech verb and its clause: dates, "in a statement".
bool SkippableBeforeClause(std::string_view w);
bool IsDateWord(std::string_view w);
// Adverbs between a speaker and the speech verb ("then", "repeatedly").
bool IsTrailingAdverb(std::string_view w);
bool IsAuxiliary(std::string_view w);

class QuoteFinder {
 public:
  explicit QuoteFinder(Article& a)
      : a_(a), spans_(FindQuoteSpans(a)), quoted_(QuoteMask(a, spans_)) {
    mention_ending_.assign(a.tokens.size(), -1);
    mention_starting_.assign(a.tokens.size(), -1);
    in_mention_.assign(a.tokens.size(), false);
    for (size_t m = 0; m < a.actors.size(); ++m) {
      for (uint32_t t = a.actors[m].first_token; t < a.actors[m].end_token; ++t) {
        in_mention_[t] = true;
      }
      if (a.actors[m].name.empty()) continue;
      mention_ending_[a.actors[m].end_token - 1] = static_cast<int>(m);
      if (mention_starting_[a.actors[m].first_token] < 0) {
        mention_starting_[a.actors[m].first_token] = static_cast<int>(m);
      }
    }
    sentence_of_.assign(a.tokens.size(), 0);
    for (uint32_t s = 0; s < a.sentences.size(); ++s) {
      const Sentence& st = a.sentences[s];
      for (uint32_t i = 0; i < st.token_count; ++i) sentence_of_[st.first_token + i] = s;
    }
  }

  void Run() {
    Speaker previous;
    uint32_t previous_sentence = 0;
    for (const QuoteSpan& q : spans_) {
      if (WordCount(q) < 2) continue;
      Speaker sp = Attribute(q);
      uint32_t s = sentence_of_[q.first_token];
      if (!sp.found() && previous.found() && s <= previous_sentence + 2) sp = previous;
      AddQuote(a_.tokens[q.first_token].begin, a_.tokens[q.end_token - 1].end, s,
               QuoteKind::kDirect, sp);
      if (sp.found()) {
        previous = sp;
        previous_sentence = sentence_of_[q.end_token - 1];
      }
    }
    for (uint32_t s = 0; s < a_.sentences.size(); ++s) FindIndirect(s);
    std::stable_sort(a_.quotes.begin(), a_.quotes.end(),
                     [](const Quote& x, const Quote& y) { return x.begin < y.begin; });
    GiveInnerQuotesTheirSpeaker();
    GiveDocumentsTheirIssuer();
    GivePronounsTheLastSpeaker();
  }

  // "the spokesperson added" after "alliance spokesman Omar Haddad
  // said": a definite role noun speaking again is the person who held it in
  // a quote up to three sentences before, or the named person quoted just
  // before ("the general said" after "Padrino insisted"). Run after the
  // speakers named by a lone word of their name are known.
  void NameRolesAfterTheirHolders();

 private:
  int WordCount(const QuoteSpan& q) const {
    int n = 0;
    for (uint32_t i = q.first_token; i < q.end_token; ++i) {
      n += a_.tokens[i].kind == TokenKind::kWord;
    }
    return n;
  }
  // A speech verb: not a word of a name ("United States", "EU member
  // states"), nor capitalised inside a sentence.
  bool Speech(uint32_t i) const {
    const Token& t = a_.tokens[i];
    if (t.kind != TokenKind::kWord || in_mention_[i]) return false;
    if (t.capitalized && i > a_.sentences[sentence_of_[i]].first_token) return false;
    // ("joked that", "complained that": a verb that mostly introduces
    // quotations reports the clause "that" opens.)
    bool that_clause =
        IsDirectSpeechVerb(t.norm) && i + 1 < a_.tokens.size() && a_.tokens[i + 1].norm == "that";
    if (!IsSpeechVerb(t.norm) && !IsSpeechVerb(t.lemma) && !that_clause) return false;
    // "Zamfara state police", "Gulf states": "state" is mostly a noun; a
    // verb after "to" or a modal, or before "that".
    if (t.norm == "state" || t.norm == "states") return StateAsVerb(i);
    // "were declared persona non grata", "was told to leave": a passive
    // names who was spoken of or to, not who spoke.
    // ("are said to be among": the passive of "say" reports no one.)
    return !(i > 0 && (t.norm.ends_with("ed") || t.norm == "told" || t.norm == "said") &&
             IsBeForm(a_.tokens[i - 1].norm));
  }
  // A verb that introduces quoted words but reports no clause: "the
  // statement read", "the crowd chanted", "she recalled". With Speech,
  // what attributes a direct quotation.
  bool DirectSpeech(uint32_t i) const {
    const Token& t = a_.tokens[i];
    if (Speech(i)) return true;
    if (t.kind != TokenKind::kWord || in_mention_[i] || t.capitalized) return false;
    return IsDirectSpeechVerb(t.norm);
  }
  Speaker FromMention(int m) const;
  const Quote* SpeakerQuotedBefore(const Speaker& sp, uint32_t begin, uint32_t s) const;
  Speaker UnknownNameAt(uint32_t i, uint32_t end) const;
  Speaker NameAfterRoleWords(uint32_t k, uint32_t hi) const;
  Speaker LoneNameAt(uint32_t k, uint32_t hi) const;
  bool PresentVerbIn(uint32_t k, uint32_t c, uint32_t hi) const;
  Speaker DirectSpeakerBefore(uint32_t s, uint32_t k) const;
  bool SpeechBefore(uint32_t open) const;
  bool MediaWordInNounPhrase(uint32_t k, uint32_t end) const;
  bool StateAsVerb(uint32_t i) const;
  uint32_t AdverbialBeforeComma(uint32_t c, uint32_t hi) const;
  Speaker NounPhraseAfter(uint32_t k, uint32_t hi) const;
  Speaker SpeakerAfterAccording(uint32_t who, uint32_t hi) const;
  bool FiniteVerbIn(uint32_t from, uint32_t hi) const;
  bool PresentVerbAt(uint32_t k, uint32_t j, uint32_t hi) const;
  bool FrontedClause(uint32_t k, uint32_t c, uint32_t hi) const;
  uint32_t FeelingClause(uint32_t k, uint32_t hi) const;
  Speaker NounPhraseSpeaker(uint32_t from, uint32_t hi) const;
  void GiveDocumentsTheirIssuer();
  // "X had indicated that ... . \"...,\" he had said": a "he" or "she"
  // speaking right after a person was quoted in the sentence before is that
  // person (direct quotes are attributed before reported ones are found, so
  // the rule in AddQuote could not see X).
  void GivePronounsTheLastSpeaker();
  // Words quoted inside reported words ("what it described as \"terrorist
  // infrastructure\"") with no attribution of their own are the reporter's;
  // other unattributed quotations continue the speaker quoted in the same or
  // the previous sentence, reported or quoted.
  void GiveInnerQuotesTheirSpeaker();
  bool PersonHasRole(int m, std::string_view role_class) const;
  bool DescribedAgain(const Quote& prev, const Quote& q, std::string_view role_class) const;
  int HolderOfDescribedRole(const Quote& q) const;
  Speaker SpeakerAround(uint32_t verb, uint32_t lo, uint32_t hi) const;
  Speaker ActorAfterVerb(int m, uint32_t verb, uint32_t lo, uint32_t hi) const;
  Speaker SubjectBefore(uint32_t verb, uint32_t lo) const;
  // The subject of the clause a quotation with no speech verb is embedded
  // in: the head of a relative clause before it, else the sentence's first
  // actor not governed by a preposition. None if the quote opens the sentence.
  Speaker SubjectOfEmbeddedQuote(const QuoteSpan& q, uint32_t lo) const;
  Speaker NounPhraseBefore(uint32_t verb, uint32_t lo) const;
  void ExtendToHead(Speaker& sp, int m, uint32_t verb) const;
  Speaker Attribute(const QuoteSpan& q) const;
  void FindIndirect(uint32_t s);
  uint32_t EndOfReportedClause(uint32_t c, uint32_t hi) const;
  // True when a speech verb introducing a clause stands in [from, hi).
  bool LaterSpeech(uint32_t from, uint32_t hi) const;
  bool AccordingTo(uint32_t s);
  bool OnlyTrailers(uint32_t k, uint32_t hi) const;
  bool OnlyScareQuotes(uint32_t lo, uint32_t hi) const;
  Speaker SpeakerOf(uint32_t verb, uint32_t lo) const;
  // "CLAUSE, the governor of the province, Omar Sy, told AFP": the name
  // between the comma before it and `comma` (the one right before the
  // verb), with the code of a role set off before it; sets `clause_end` to
  // the comma that ends the reported clause. Not found if there is no such
  // name.
  Speaker RoleAndNameBefore(uint32_t comma, uint32_t lo, uint32_t* clause_end) const;
  int RelativeAntecedent(uint32_t verb, uint32_t lo) const;
  int PersonNamedForRole(int m) const;
  Speaker NameInAppositionAfter(uint32_t k) const;
  uint32_t ClauseAfter(uint32_t k, uint32_t hi) const;
  bool AfterAside(uint32_t k) const;
  void AddQuote(uint32_t begin, uint32_t end, uint32_t s, QuoteKind kind, const Speaker& sp);
  const Quote* LastQuoteBefore(uint32_t begin, uint32_t s) const;

  Article& a_;
  std::vector<QuoteSpan> spans_;
  std::vector<uint8_t> quoted_;
  // Begin offsets of quotations a pronoun no actor stands for spoke ("...,"
  // it said), for GiveInnerQuotesTheirSpeaker.
  std::vector<uint32_t> by_pronoun_;
  std::vector<bool> in_mention_;  // Tokens inside an actor mention.
  std::vector<int> mention_ending_;
  std::vector<int> mention_starting_;
  std::vector<uint32_t> sentence_of_;
};

}  // namespace dyad::quote_finding

#endif  // DYAD_QUOTES_QUOTE_FINDING_H_
