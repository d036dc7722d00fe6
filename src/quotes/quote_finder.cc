// Quote attribution.
//
// Design: quotation spans come from quote_spans.h. A direct quotation is
// attributed, in order of preference, to (1) a speech verb right after the
// closing mark with its speaker on either side (", Hegseth stated" / ", said
// the minister"); (2) a speech verb right before the opening mark ("X said:
// "..."); (3) any speech verb of the same sentence with a subject; (4) the
// previous quotation's speaker when it is at most two sentences back (a quote
// that continues). Indirect speech is a speech verb outside quotation marks
// followed by a clause ("X said (that) ...", ", stating that ..."), or the
// trailing form "..., X said." Speakers are actor mentions, so pronouns are
// already resolved; an unknown capitalised name next to the verb also counts.
#include "quotes/quote_finder.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "events/syntax.h"
#include "quotes/identified_speakers.h"
#include "quotes/quote_spans.h"

namespace dyad {

bool IsSpeechVerb(std::string_view w) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "say",         "said",         "says",       "saying",      "state",     "stated",
      "stating",     "states",       "add",        "added",       "adding",    "tell",
      "told",        "stress",       "stressed",   "stressing",   "emphasize", "emphasized",
      "emphasizing", "emphasise",    "emphasised", "emphasising", "note",      "noted",
      "noting",      "declare",      "declared",   "insist",      "insisted",  "insisting",
      "warn",        "warned",       "warning",    "explain",     "explained", "explaining",
      "write",       "wrote",        "comment",    "commented",   "argue",     "argued",
      "arguing",     "claim",        "claimed",    "claiming",    "affirm",    "affirmed",
      "reaffirm",    "reaffirmed",   "confirm",    "confirmed",   "assert",    "asserted",
      "remark",      "remarked",     "reply",      "replied",     "respond",   "responded",
      "announce",    "announced",    "announcing", "pointed",     "point",     "underline",
      "underlined",  "underscored",  "allege",     "alleged",     "maintain",  "maintained",
      "acknowledge", "acknowledged", "tweeted",    "posted",      "continued", "asked",
      "urged",       "concluded",    "report",     "reported",    "reports",   "reporting",
      "quoted",      "quoting",      "telling",    "assured",     "assuring",  "reiterated",
      "reiterating", "informed",     "vowed",      "vowing",      "vows",      "suggest",
      "suggested",   "suggesting",   "mention",    "mentioned",   "hinted",    "indicated",
      "indicating",  "threatened"};
  return kVerbs.count(w) > 0;
}

namespace {

struct Speaker {
  std::string name;  // As written.
  std::string code;
  std::string canonical;  // The dictionary's name.
  int mention = -1;
  bool pronoun = false;  // "he", "she", "it" or "they" that named no known actor.
  bool found() const { return !name.empty(); }
};

bool IsPrepositionWord(std::string_view w);
bool IsDocumentPhrase(std::string_view name);
bool IsAuxiliary(std::string_view w);
bool IsDateWord(std::string_view w);
bool IsTrailingAdverb(std::string_view w);

// A lower-case past participle ("engaged", "signed", "cited"): it opens a
// modifier after a noun, no part of a speaker's name.
bool IsParticiple(const Token& t) {
  return t.kind == TokenKind::kWord && !t.capitalized && t.norm.size() > 4 &&
         t.norm.ends_with("ed") && t.norm != "need" && t.norm != "speed" && t.norm != "armed" &&
         t.norm != "united";
}

// A speaker's name without what only trails it: an acronym in brackets
// ("World Food Programme (WFP)"), "in a statement" ("the WFP in a
// statement"), and the document a body issued ("Iran's Foreign Ministry
// statement").
std::string TrimSpeakerName(std::string name) {
  auto strip = [&](std::string_view tail) {
    if (name.size() > tail.size() + 2 && name.ends_with(tail)) {
      name.resize(name.size() - tail.size());
      return true;
    }
    return false;
  };
  strip(" in a statement") || strip(" in statements") || strip(" in a post");
  if (name.ends_with(")")) {
    size_t open = name.rfind(" (");
    bool acronym = open != std::string::npos && open > 0;
    for (size_t k = open + 2; acronym && k + 1 < name.size(); ++k) {
      char c = name[k];
      acronym = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }
    if (acronym) name.resize(open);
  }
  for (std::string_view body : {" Ministry statement", " Office statement", " Department statement",
                                " Embassy statement", " Commission statement"}) {
    if (name.ends_with(body)) name.resize(name.size() - std::string_view(" statement").size());
  }
  return name;
}

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
    GiveDocumentsTheirIssuer();
    NameRolesAfterTheirHolders();
  }

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
    if (!IsSpeechVerb(t.norm) && !IsSpeechVerb(t.lemma)) return false;
    // "were declared persona non grata", "was told to leave": a passive
    // names who was spoken of or to, not who spoke.
    return !(i > 0 && (t.norm.ends_with("ed") || t.norm == "told") &&
             IsBeForm(a_.tokens[i - 1].norm));
  }
  Speaker FromMention(int m) const;
  const Quote* SpeakerQuotedBefore(const Speaker& sp, uint32_t begin, uint32_t s) const;
  Speaker UnknownNameAt(uint32_t i, uint32_t end) const;
  Speaker SpeakerAfterAccording(uint32_t who, uint32_t hi) const;
  bool FiniteVerbIn(uint32_t from, uint32_t hi) const;
  Speaker NounPhraseSpeaker(uint32_t from, uint32_t hi) const;
  void GiveDocumentsTheirIssuer();
  // "the spokesperson added" after "alliance spokesman Omar Haddad
  // said": a definite role noun speaking again is the person who held it in
  // a quote up to three sentences before.
  void NameRolesAfterTheirHolders();
  bool PersonHasRole(int m, std::string_view role_class) const;
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
  int RelativeAntecedent(uint32_t verb, uint32_t lo) const;
  int PersonNamedForRole(int m) const;
  uint32_t ClauseAfter(uint32_t k, uint32_t hi) const;
  bool AfterAside(uint32_t k) const;
  void AddQuote(uint32_t begin, uint32_t end, uint32_t s, QuoteKind kind, const Speaker& sp);
  const Quote* LastQuoteBefore(uint32_t begin, uint32_t s) const;

  Article& a_;
  std::vector<QuoteSpan> spans_;
  std::vector<uint8_t> quoted_;
  std::vector<bool> in_mention_;  // Tokens inside an actor mention.
  std::vector<int> mention_ending_;
  std::vector<int> mention_starting_;
  std::vector<uint32_t> sentence_of_;
};

// A speaker's name as the article writes it: a person's fullest name, a
// body's own words ("the Defense Department", "the ICRC") rather than the
// dictionary's canonical name, and for "he" or "the group" the words of the
// mention it stands for.
// "the US envoy said" after "US envoy Eileen Donahoe": the person already
// introduced with the same code whose words hold the role's head noun.
const ActorMention* PersonWithRole(const Article& a, const ActorMention& am) {
  if (am.kind != ActorKind::kAgent || am.end_token == 0) return nullptr;
  std::string_view head = a.tokens[am.end_token - 1].norm;
  for (size_t k = 0; k < a.actors.size(); ++k) {
    const ActorMention& p = a.actors[k];
    if (p.first_token >= am.first_token) break;
    if (p.kind != ActorKind::kPerson || p.code != am.code || p.written_name.empty()) continue;
    // The role may be in the name's words or in an apposition after them
    // ("Léon Charles, chief of the national police,").
    uint32_t end = p.end_token;
    if (end < a.tokens.size() && a.tokens[end].norm == ",") {
      for (end = p.end_token + 1; end < a.tokens.size() && end < p.end_token + 10; ++end) {
        if (a.tokens[end].norm == "," || a.tokens[end].kind == TokenKind::kPunct) break;
      }
    }
    for (uint32_t t = p.first_token; t < end; ++t) {
      if (a.tokens[t].norm == head) return &p;
    }
  }
  return nullptr;
}

bool IsOutletNoun(std::string_view norm) {
  static const std::unordered_set<std::string_view> kWords = {
      "agency", "news",       "outlet", "channel", "broadcaster", "newspaper", "daily",
      "paper",  "television", "tv",     "radio",   "website",     "network",   "service"};
  return kWords.count(norm) > 0;
}

std::string AsWritten(const Article& a, const ActorMention& am) {
  if (!am.written_name.empty()) return am.written_name;
  if (const ActorMention* person = PersonWithRole(a, am)) return person->written_name;
  const ActorMention* named = &am;
  if (am.kind == ActorKind::kPronoun || am.kind == ActorKind::kDescription) {
    if (am.entity < 0 || static_cast<size_t>(am.entity) >= a.actors.size()) return am.name;
    named = &a.actors[am.entity];
    if (!named->written_name.empty()) return named->written_name;
    if (named->kind == ActorKind::kPronoun || named->kind == ActorKind::kDescription) {
      return am.name;
    }
  }
  std::string_view text = a.Span(named->begin, named->end);
  for (std::string_view det : {"the ", "The "}) {
    if (text.starts_with(det)) text.remove_prefix(det.size());
  }
  // "the IRNA news agency": the name inside the words is the name; but
  // "Taliban officials" or "army sources" are people, named by the words.
  if (text.empty()) return am.name;
  if (named->with_role && named->kind == ActorKind::kOrganization) {
    return IsOutletNoun(a.tokens[named->end_token - 1].norm) ? am.name : std::string(text);
  }
  if (!am.name.empty() && text.find(am.name) != std::string_view::npos) return am.name;
  return std::string(text);
}

// "he said", "it said" (a ministry, an office), "they added": a pronoun
// that may stand for the last speaker quoted.
bool IsSpeakerPronoun(std::string_view w) {
  return w == "he" || w == "she" || w == "it" || w == "they";
}

Speaker QuoteFinder::FromMention(int m) const {
  Speaker sp;
  if (m < 0) return sp;
  // "the World Food Programme (WFP) said": the body is named by its full
  // name, the acronym only repeats it.
  if (m > 0 && a_.actors[m].first_token > 0 &&
      a_.tokens[a_.actors[m].first_token - 1].norm == "(" &&
      a_.actors[m - 1].end_token + 1 == a_.actors[m].first_token &&
      a_.actors[m - 1].code == a_.actors[m].code) {
    --m;
  }
  const ActorMention& am = a_.actors[m];
  sp.name = AsWritten(a_, am);
  sp.canonical = am.name;
  sp.code = am.code;
  sp.mention = m;
  std::string_view word = a_.tokens[am.first_token].norm;
  sp.pronoun = sp.name.empty() && IsSpeakerPronoun(word);
  if (am.kind == ActorKind::kAgent || (am.kind == ActorKind::kOrganization && am.with_role)) {
    // "Heather Nauert, spokesperson for the State Department, said",
    // "Patrick Youssef, ICRC regional director, said": the name stands
    // before the role, across a comma.
    uint32_t k = am.first_token;
    if (k > 0 && (a_.tokens[k - 1].norm == "the" || a_.tokens[k - 1].norm == "a")) --k;
    if (k >= 3 && a_.tokens[k - 1].norm == ",") {
      uint32_t end = k - 1, begin = end;
      while (begin > 0 && end - begin < 4 && a_.tokens[begin - 1].capitalized &&
             a_.tokens[begin - 1].kind == TokenKind::kWord &&
             !IsDateWord(a_.tokens[begin - 1].norm) &&
             !IsPrepositionWord(a_.tokens[begin - 1].norm)) {
        --begin;
      }
      if (end - begin >= 2) {
        sp.name = std::string(a_.Span(a_.tokens[begin].begin, a_.tokens[end - 1].end));
      }
    }
    if (int person = PersonNamedForRole(m); person >= 0) {
      const ActorMention& p = a_.actors[person];
      sp.name = AsWritten(a_, p);
      sp.canonical = p.name;
      sp.code = p.code;
    }
  }
  return sp;
}

// The person a role mention names: the name right after its post ("U.S.
// Ambassador to the United Nations Nikki Haley"), or, for a definite role
// ("the British minister"), the one person of that code named before. -1 if
// none.
int QuoteFinder::PersonNamedForRole(int m) const {
  const ActorMention& am = a_.actors[m];
  for (uint32_t k = am.end_token; k < a_.tokens.size() && k < am.end_token + 6;) {
    if (int next = mention_starting_[k]; next >= 0) {
      if (a_.actors[next].kind == ActorKind::kPerson) return next;
      k = a_.actors[next].end_token;
      continue;
    }
    std::string_view w = a_.tokens[k].norm;
    if (w != "to" && w != "of" && w != "for" && w != "the" && w != "at") break;
    ++k;
  }
  // A body ("the ministry", "the government") speaks for itself.
  static const std::unordered_set<std::string_view> kPersonRoles = {
      "minister", "president", "premier",     "chancellor",   "secretary", "ambassador",
      "envoy",    "spokesman", "spokeswoman", "spokesperson", "commander", "diplomat"};
  if (am.kind != ActorKind::kAgent || am.first_token == 0 ||
      a_.tokens[am.first_token - 1].norm != "the" || am.code.size() != 6 ||
      kPersonRoles.count(a_.tokens[am.end_token - 1].norm) == 0) {
    return -1;
  }
  int found = -1;
  for (int k = 0; k < m; ++k) {
    const ActorMention& c = a_.actors[k];
    if (c.kind != ActorKind::kPerson || c.code != am.code) continue;
    if (found >= 0 && a_.actors[found].name != c.name) return -1;  // Two of that role.
    found = k;
  }
  return found;
}

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

bool IsPrepositionWord(std::string_view w) {
  return w == "in" || w == "with" || w == "to" || w == "of" || w == "for" || w == "on" ||
         w == "at" || w == "by" || w == "from" || w == "between";
}

// The nearest mention before `verb` (back to `lo`) that is not the object of
// a preposition.
Speaker QuoteFinder::SubjectBefore(uint32_t verb, uint32_t lo) const {
  // "\"...,\" it added": a pronoun no actor stands for is the last speaker
  // (AddQuote), not an actor before the quotation.
  if (verb > lo + 1 && mention_ending_[verb - 1] < 0 &&
      IsSpeakerPronoun(a_.tokens[verb - 1].norm) &&
      (a_.tokens[verb - 2].norm == "," || a_.tokens[verb - 2].kind == TokenKind::kCloseQuote)) {
    Speaker sp;
    sp.pronoun = true;
    return sp;
  }
  uint32_t start = SkipAppositiveClause(a_, verb, lo);
  // "Jane Roe, director of the X Institute, a think tank, said": two
  // appositions in a row.
  for (uint32_t earlier;
       start < verb && (earlier = SkipAppositiveClause(a_, start + 1, lo)) < start;) {
    start = earlier;
  }
  if (start < verb && start > lo && mention_ending_[start - 1] < 0) {
    // "Jane Doerr, a spokesperson for the ministry, said": an unknown name
    // before the apposition.
    uint32_t b = start;
    while (b > lo && start - b < 4 && a_.tokens[b - 1].capitalized &&
           a_.tokens[b - 1].kind == TokenKind::kWord) {
      --b;
    }
    if (start - b >= 2) {
      Speaker sp;
      sp.name = std::string(a_.Span(a_.tokens[b].begin, a_.tokens[start - 1].end));
      return sp;
    }
  }
  verb = start;
  for (uint32_t j = verb; j-- > lo;) {
    if (quoted_[j]) continue;
    int m = mention_ending_[j];
    if (m < 0) continue;
    uint32_t first = a_.actors[m].first_token;
    uint32_t before = first;
    if (before > lo && (a_.tokens[before - 1].norm == "the" || a_.tokens[before - 1].norm == "a")) {
      --before;
    }
    if (before > lo && IsPrepositionWord(a_.tokens[before - 1].norm)) {
      j = first;
      continue;
    }
    Speaker sp = FromMention(m);
    ExtendToHead(sp, m, verb);
    return sp;
  }
  Speaker sp = NounPhraseBefore(verb, lo);
  std::string_view prev = verb > lo ? std::string_view(a_.tokens[verb - 1].norm) : "";
  sp.pronoun = !sp.found() && IsSpeakerPronoun(prev);
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
  for (uint32_t k = am.end_token; k < end; ++k) {
    const Token& t = a_.tokens[k];
    // "quoted the Kenyan army as saying": "as" ends the phrase.
    // ("a Saudi official cited by SPA said": "cited" ends the phrase.)
    // ("the coalition engaged in Yemen said": a participle ends it too.)
    if (t.kind != TokenKind::kWord || quoted_[k] || Speech(k) || t.norm == "that" ||
        t.norm == "who" || t.norm == "which" || t.norm == "and" || t.norm == "as" ||
        IsParticiple(t) || IsDateWord(t.norm)) {
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
  while (end > lo && IsTrailingAdverb(a_.tokens[end - 1].norm)) --end;
  uint32_t b = end;
  // Prepositional phrases belong to the speaker's noun phrase: "several
  // people with knowledge of the talks", "a resident of the village".
  while (b > lo && end - b < 10) {
    const Token& t = a_.tokens[b - 1];
    if (t.kind != TokenKind::kWord || quoted_[b - 1]) break;
    if (t.norm == "and" || t.norm == "but" || t.norm == "that" || t.norm == "who" ||
        t.norm == "which" || IsSpeechVerb(t.norm) || IsDateWord(t.norm)) {
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
  bool opens = b == lo || a_.tokens[b - 1].norm == "," || a_.tokens[b - 1].norm == "and" ||
               a_.tokens[b - 1].kind == TokenKind::kCloseQuote;
  if (!opens) return Speaker{};
  static const std::unordered_set<std::string_view> kNotSpeakers = {
      "it", "this", "that", "there", "which", "who", "he", "she", "they", "we", "i", "you"};
  if (end - b == 1 && kNotSpeakers.count(a_.tokens[b].norm) > 0) return Speaker{};
  Speaker sp;
  sp.name = std::string(a_.Span(a_.tokens[b].begin, a_.tokens[end - 1].end));
  return sp;
}

// Speaker next to the speech verb at `verb`: "X said" or "said X".
// "said X": the actor X right after the speech verb at `verb`, or who the
// words after it show to speak instead.
Speaker QuoteFinder::ActorAfterVerb(int m, uint32_t verb, uint32_t lo, uint32_t hi) const {
  uint32_t after = a_.actors[m].end_token;
  // "the ministry said Azerbaijani forces "attempted to ...": an actor
  // right before the opening mark is the quoted clause's subject.
  if (after < a_.tokens.size() && a_.tokens[after].kind == TokenKind::kOpenQuote &&
      a_.tokens[verb].norm != "told") {
    Speaker sp = SpeakerOf(verb, lo);
    if (sp.found()) return sp;
  }
  const Token* t = after < hi ? &a_.tokens[after] : nullptr;
  // "adding Beijing has filed": an actor a verb follows is the subject of
  // the reported clause, not the speaker.
  if (t != nullptr && t->kind == TokenKind::kWord && !t->capitalized &&
      (IsAuxiliary(t->norm) || (t->lemma != t->norm && !t->norm.ends_with("s")))) {
    return SpeakerOf(verb, lo);
  }
  // "said EU foreign policy chief Jane Roe": the title's holder named right
  // after it is the speaker, coded by the title.
  if (after < hi && mention_starting_[after] >= 0 &&
      a_.actors[mention_starting_[after]].kind == ActorKind::kPerson) {
    return FromMention(mention_starting_[after]);
  }
  if (after < hi && mention_starting_[after] < 0) {
    Speaker sp = UnknownNameAt(after, hi);
    if (sp.found() && sp.name.find(' ') != std::string::npos) {
      sp.code = FromMention(m).code;
      return sp;
    }
  }
  return FromMention(m);
}

Speaker QuoteFinder::SpeakerAround(uint32_t verb, uint32_t lo, uint32_t hi) const {
  if (verb > lo) {
    int m = mention_ending_[verb - 1];
    if (m >= 0) return FromMention(m);
    // An unknown name right before the verb: ", the Fifth Fleet said".
    uint32_t b = verb;
    while (b > lo && verb - b < 4 && a_.tokens[b - 1].capitalized &&
           a_.tokens[b - 1].kind == TokenKind::kWord && mention_ending_[b - 1] < 0) {
      --b;
    }
    if (b < verb && (b == lo || a_.tokens[b - 1].norm == "," || a_.tokens[b - 1].norm == "the")) {
      Speaker sp;
      sp.name = std::string(a_.Span(a_.tokens[b].begin, a_.tokens[verb - 1].end));
      if (verb - b >= 2 || b > lo) return sp;
    }
  }
  // "told Reuters", "told the Times of Israel", "urged Ortega to", "assured
  // Kyiv": who is told is not who speaks.
  static const std::unordered_set<std::string_view> kToAddressee = {
      "tell", "told", "urge", "urged", "ask", "asked", "assure", "assured", "inform", "informed"};
  bool told =
      kToAddressee.count(a_.tokens[verb].lemma) > 0 || kToAddressee.count(a_.tokens[verb].norm) > 0;
  uint32_t k = verb + 1;
  if (k < hi && (a_.tokens[k].norm == "the" || a_.tokens[k].norm == "a")) ++k;
  if (told) return SubjectBefore(verb, lo);
  if (k < hi && mention_starting_[k] >= 0)
    return ActorAfterVerb(mention_starting_[k], verb, lo, hi);
  if (verb + 1 < hi) {
    Speaker sp = UnknownNameAt(verb + 1, hi);
    if (sp.found()) return sp;
  }
  return SpeakerOf(verb, lo);
}

Speaker QuoteFinder::Attribute(const QuoteSpan& q) const {
  const Sentence& last = a_.sentences[sentence_of_[q.end_token - 1]];
  uint32_t last_end = last.first_token + last.token_count;
  // (1) After the closing mark.
  Speaker after;
  for (uint32_t k = q.close_mark + 1; k < last_end && k < q.close_mark + 8; ++k) {
    if (a_.tokens[k].kind == TokenKind::kOpenQuote) break;
    // "called the raid \"a hostile act\" and said Ankara had ...": a
    // coordinated verb is no attribution after the quote.
    std::string_view w = a_.tokens[k].norm;
    if (w == "and" || w == "but" || w == "while" || w == "whereas") break;
    // "..." he stated, "...", stressing Bangkok's efforts": a participle
    // after the quote adds to the clause before it; it names no speaker.
    if (Speech(k) && a_.tokens[k].norm.ends_with("ing") &&
        (k == q.close_mark + 1 || a_.tokens[k - 1].norm == ",")) {
      break;
    }
    if (Speech(k)) {
      after = SpeakerAround(k, q.close_mark + 1, last_end);
      // Only "\"...,\" it added" right after the quotation speaks for the
      // last speaker; "which it said" is another clause's.
      after.pronoun &= k >= q.close_mark + 2 && (a_.tokens[k - 2].norm == "," ||
                                                 a_.tokens[k - 2].kind == TokenKind::kCloseQuote);
      break;
    }
  }
  // A news outlet reporting ("..., Reuters reported") only relays a speaker
  // named before the quote ("A ministry spokesperson said the convoy
  // "was transporting ..."").
  if (after.found() && !after.code.ends_with("MED")) return after;
  // (2) Before the opening mark.
  const Sentence& first = a_.sentences[sentence_of_[q.first_token]];
  uint32_t lo = first.first_token;
  for (uint32_t k = q.open_mark; k > lo && k + 6 > q.open_mark;) {
    --k;
    if (a_.tokens[k].kind == TokenKind::kCloseQuote) break;
    if (Speech(k)) {
      Speaker before = SpeakerAround(k, lo, q.open_mark);
      return before.found() || !after.found() ? before : after;
    }
  }
  // "..., it added": a pronoun speaking after the quote is the last speaker.
  if (after.found() || after.pronoun) return after;
  // (3) Any speech verb of the sentence outside the quotation, the nearest
  // before the quote first: in "A urged ..., while B said he wanted the
  // shelling to stop "very soon"" B speaks.
  for (uint32_t k = q.open_mark; k-- > lo;) {
    if (!quoted_[k] && Speech(k)) {
      Speaker sp = SpeakerOf(k, lo);
      if (sp.found()) return sp;
    }
  }
  for (uint32_t k = q.close_mark + 1; k < last_end; ++k) {
    if (!quoted_[k] && Speech(k)) {
      Speaker sp = SpeakerOf(k, lo);
      if (sp.found()) return sp;
    }
  }
  // (4) No speech verb: words quoted inside a clause ("Wu accused China of
  // "dollar diplomacy"", "protesters chanting "Maduro out"") are its
  // subject's.
  return SubjectOfEmbeddedQuote(q, lo);
}

Speaker QuoteFinder::SubjectOfEmbeddedQuote(const QuoteSpan& q, uint32_t lo) const {
  if (q.open_mark <= lo + 1) return Speaker{};
  // "what Prime Minister Justin Trudeau called "credible allegations"": the
  // one who calls it so.
  uint32_t verb = q.open_mark - 1;
  if (a_.tokens[verb].norm == "as" && verb > lo + 1) --verb;
  std::string_view naming = a_.tokens[verb].norm;
  if ((naming == "called" || naming == "termed" || naming == "dubbed" || naming == "described") &&
      verb > lo + 1 && mention_ending_[verb - 1] >= 0) {
    int m = mention_ending_[verb - 1];
    uint32_t first = a_.actors[m].first_token;
    if (first > lo && a_.tokens[first - 1].norm == "what") return FromMention(m);
  }
  // "the Foreign Ministry, which expressed a "strong protest"": the head of
  // the relative clause.
  for (uint32_t k = q.open_mark; k-- > lo + 1;) {
    std::string_view w = a_.tokens[k].norm;
    if (quoted_[k] || (w != "which" && w != "who")) continue;
    uint32_t end = a_.tokens[k - 1].norm == "," ? k - 1 : k;
    if (end > lo && mention_ending_[end - 1] >= 0) return FromMention(mention_ending_[end - 1]);
    break;
  }
  // "It urged North Korea to "cease ..."": a pronoun subject with no actor
  // is the previous speaker (the statement), not the object after the verb.
  if (lo < q.open_mark && mention_starting_[lo] < 0 && IsSpeakerPronoun(a_.tokens[lo].norm)) {
    Speaker sp;
    sp.pronoun = true;
    return sp;
  }
  for (uint32_t j = lo; j < q.open_mark; ++j) {
    int m = mention_starting_[j];
    if (m < 0 || quoted_[j]) continue;
    uint32_t before = j;
    if (before > lo && (a_.tokens[before - 1].norm == "the" || a_.tokens[before - 1].norm == "a")) {
      --before;
    }
    if (before > lo && IsPrepositionWord(a_.tokens[before - 1].norm)) continue;
    return FromMention(m);
  }
  return Speaker{};
}

// The quote with a named speaker nearest before byte `begin`, in sentence
// `s` or the two before it; null if none.
const Quote* QuoteFinder::LastQuoteBefore(uint32_t begin, uint32_t s) const {
  const Quote* best = nullptr;
  for (const Quote& q : a_.quotes) {
    if (q.begin >= begin || q.speaker_name.empty() || q.sentence + 2 < s) continue;
    if (!best || q.begin > best->begin) best = &q;
  }
  return best;
}

// The quote before whose speaker a quote by `sp` takes instead, or null.
// "It said that ...", "..., it added": an "it" that speaks is the body or
// state last quoted, whatever actor coreference found for it. So is a "he"
// or "she" right after a quote of someone no actor stands for ("the
// premier's spokesman Jorge Ruiz told AFP. He added that ..."), where
// coreference finds a better-known person nearby; a person coreference
// knows is left to it. "Idris, spokesman for the state government, told
// AFP. He said ...": a pronoun that names no known actor is the last
// speaker quoted.
const Quote* QuoteFinder::SpeakerQuotedBefore(const Speaker& sp, uint32_t begin, uint32_t s) const {
  const Quote* last = LastQuoteBefore(begin, s);
  if (last == nullptr) return nullptr;
  std::string_view pronoun =
      sp.mention >= 0 && a_.actors[sp.mention].kind == ActorKind::kPronoun
          ? std::string_view(a_.tokens[a_.actors[sp.mention].first_token].norm)
          : std::string_view();
  bool person =
      last->speaker_mention >= 0 && a_.actors[last->speaker_mention].kind == ActorKind::kPerson;
  if (pronoun == "it" && !person) return last;
  if ((pronoun == "he" || pronoun == "she") && last->speaker_mention < 0 &&
      last->sentence + 1 >= s) {
    return last;
  }
  return !sp.found() && sp.pronoun ? last : nullptr;
}

void QuoteFinder::AddQuote(uint32_t begin, uint32_t end, uint32_t s, QuoteKind kind,
                           const Speaker& sp) {
  Quote q;
  q.sentence = s;
  q.begin = begin;
  q.end = end;
  q.kind = kind;
  if (const Quote* last = SpeakerQuotedBefore(sp, begin, s)) {
    q.speaker_name = last->speaker_name;
    q.speaker_code = last->speaker_code;
    q.speaker_canonical = last->speaker_canonical;
    q.speaker_mention = last->speaker_mention;
  } else {
    q.speaker_name = TrimSpeakerName(sp.name);
    q.speaker_code = sp.code;
    q.speaker_canonical = sp.canonical;
    q.speaker_mention = sp.mention;
  }
  a_.quotes.push_back(std::move(q));
}

// "The statement said", "the post added": the words of whoever issued it,
// the latest speaker with an actor's code quoted before. Quotes are in text
// order.
void QuoteFinder::GiveDocumentsTheirIssuer() {
  for (size_t i = 0; i < a_.quotes.size(); ++i) {
    Quote& q = a_.quotes[i];
    if (!q.speaker_code.empty() || !IsDocumentPhrase(q.speaker_name)) continue;
    for (size_t k = i; k-- > 0;) {
      const Quote& prev = a_.quotes[k];
      if (prev.speaker_code.empty()) continue;
      // A definite or qualified document ("the statement", "a military
      // statement") is named as written and coded as its issuer; a bare
      // indefinite one ("a statement said") or a post is the issuer's.
      std::string_view name = q.speaker_name;
      bool indefinite = name.starts_with("a ") || name.starts_with("A ") ||
                        name.starts_with("an ") || name.starts_with("An ");
      bool qualified = std::count(name.begin(), name.end(), ' ') >= 2;
      bool as_written =
          (!indefinite || qualified) && !name.ends_with("post") && !name.ends_with("tweet");
      if (!as_written) q.speaker_name = prev.speaker_name;
      q.speaker_code = prev.speaker_code;
      q.speaker_canonical = prev.speaker_canonical;
      q.speaker_mention = prev.speaker_mention;
      break;
    }
  }
}

// The class of a role noun a definite description may take up again:
// "spokesman", "spokeswoman" and "spokesperson" are one; "" for others.
std::string_view RoleClass(std::string_view w) {
  if (w == "spokesman" || w == "spokeswoman" || w == "spokesperson") return "spokes";
  static const std::unordered_set<std::string_view> kRoles = {
      "minister", "president", "ambassador", "envoy", "general",   "commander",
      "official", "governor",  "mayor",      "chief", "prosecutor"};
  return kRoles.count(w) > 0 ? w : std::string_view();
}

// Whether a role noun of class `cls` stands in the person mention `m` or in
// the few words before it ("alliance spokesman Colonel Omar Haddad").
bool QuoteFinder::PersonHasRole(int m, std::string_view cls) const {
  if (m < 0 || a_.actors[m].kind != ActorKind::kPerson) return false;
  const ActorMention& am = a_.actors[m];
  uint32_t from = am.first_token > 4 ? am.first_token - 4 : 0;
  for (uint32_t k = from; k < am.end_token; ++k) {
    if (RoleClass(a_.tokens[k].norm) == cls) return true;
  }
  return false;
}

void QuoteFinder::NameRolesAfterTheirHolders() {
  for (size_t i = 0; i < a_.quotes.size(); ++i) {
    Quote& q = a_.quotes[i];
    int m = q.speaker_mention;
    if (m < 0 || a_.actors[m].kind != ActorKind::kAgent) continue;
    const ActorMention& am = a_.actors[m];
    std::string_view cls = RoleClass(a_.tokens[am.end_token - 1].norm);
    if (cls.empty() || am.first_token == 0 || a_.tokens[am.first_token - 1].norm != "the") {
      continue;
    }
    for (size_t k = i; k-- > 0;) {
      const Quote& prev = a_.quotes[k];
      if (prev.sentence + 3 < q.sentence) break;
      if (!PersonHasRole(prev.speaker_mention, cls)) continue;
      q.speaker_name = prev.speaker_name;
      q.speaker_code = prev.speaker_code;
      q.speaker_canonical = prev.speaker_canonical;
      q.speaker_mention = prev.speaker_mention;
      break;
    }
  }
}

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
      "in",  "a",    "the", "statement", "interview", "also", "him",
      "her", "them", "us",  "last",      "week",      "night"};
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
// "in the presence of Marco Rubio, who acknowledged ... but said": the
// actor a relative "who" opening the verb's clause stands for, over
// adverbs and a first verb coordinated with "and" or "but"; -1 if none.
int QuoteFinder::RelativeAntecedent(uint32_t verb, uint32_t lo) const {
  for (uint32_t k = verb; k-- > lo + 1 && k + 25 > verb;) {
    const Token& t = a_.tokens[k];
    if (quoted_[k] || t.norm == "." || t.norm == ";" || t.norm == "that" || t.norm == "which") {
      return -1;
    }
    if (t.norm != "who") continue;
    uint32_t end = a_.tokens[k - 1].norm == "," ? k - 1 : k;
    if (end <= lo || mention_ending_[end - 1] < 0) return -1;
    // Only the verb of the relative clause or one coordinated with it ("a
    // police officer who the UN said died": the UN is that clause's
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
  bool participle =
      a_.tokens[verb].norm.ends_with("ing") && prev > lo && a_.tokens[prev - 1].norm == ",";
  bool coordinated = prev > lo && a_.tokens[prev - 1].norm == "and";
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

// "X said (on Sunday) that CLAUSE", "X said the US would ...": returns the
// first token of the clause, or 0 if `k` introduces none.
uint32_t QuoteFinder::ClauseAfter(uint32_t k, uint32_t hi) const {
  // "told local lawmakers that", "said in an address to parliament that": the
  // addressee or the occasion may stand before "that".
  uint32_t c = k + 1;
  bool addressed = a_.tokens[k].norm == "told" || a_.tokens[k].norm == "informed" ||
                   a_.tokens[k].norm == "assured" || a_.tokens[k].norm == "reminded";
  bool occasion = c < hi && (a_.tokens[c].norm == "in" || a_.tokens[c].norm == "during" ||
                             a_.tokens[c].norm == "at" || a_.tokens[c].norm == "on");
  uint32_t reach = addressed || occasion ? 10 : 6;
  while (c < hi && c < k + reach && a_.tokens[c].norm != "that" &&
         (SkippableBeforeClause(a_.tokens[c].norm) ||
          ((addressed || occasion) && a_.tokens[c].kind == TokenKind::kWord && !quoted_[c] &&
           !Speech(c)))) {
    ++c;
  }
  bool has_that = c < hi && a_.tokens[c].norm == "that";
  if (has_that) return c + 3 < hi && !quoted_[c + 1] ? c + 1 : 0;
  // Verbs that report a clause without "that": "said the strikes hit",
  // "confirmed late Friday it had sent".
  static const std::unordered_set<std::string_view> kBareReporting = {
      "say",       "said",         "says",      "saying",     "added",    "adding",  "stated",
      "noted",     "stressed",     "confirmed", "announced",  "insisted", "claimed", "argued",
      "explained", "acknowledged", "admitted",  "maintained", "told",     "alleged"};
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
  c = k + 1;  // "said on Tuesday it fired": dates between verb and clause.
  while (c < hi && c < k + 5 && IsDateWord(a_.tokens[c].norm) && a_.tokens[c].norm != "told") ++c;
  // "said on Saturday (Oct 16) it was": a bracketed date too.
  if (c + 2 < hi && a_.tokens[c].norm == "(") {
    uint32_t close = c + 1;
    while (close < hi && close < c + 5 && a_.tokens[close].norm != ")") ++close;
    if (close < hi && a_.tokens[close].norm == ")") c = close + 1;
  }
  if (c + 3 >= hi || quoted_[c]) return 0;
  const Token& start = a_.tokens[c];
  if (start.kind != TokenKind::kWord && start.kind != TokenKind::kNumber) return 0;
  if (IsPrepositionWord(start.norm) || start.norm == "during" || start.norm == "after" ||
      start.norm == "before" || start.norm == "while" || start.norm == "amid") {
    return 0;
  }
  // These verbs seldom take an object: a determiner or pronoun after them
  // opens the reported clause, even when its verb is an irregular past the
  // checks below cannot see ("said the strikes hit").
  static const std::unordered_set<std::string_view> kOpeners = {
      "the",  "a",   "an",    "it",  "he",    "she",     "they",  "we",    "i",
      "its",  "his", "their", "her", "our",   "this",    "these", "those", "there",
      "some", "all", "both",  "two", "three", "several", "many",  "no"};
  if (verb != "told" && (kOpeners.count(start.norm) > 0 || start.kind == TokenKind::kNumber)) {
    // "..., said the provincial commander, Major General X.": after a
    // comma, words with no verb name the speaker; they report nothing.
    // (Not when the comma closes an aside on the subject: "X, who is on a
    // visit to Y, said the talks went well".)
    if (k > 0 && a_.tokens[k - 1].norm == "," && !FiniteVerbIn(c, hi) && !AfterAside(k)) return 0;
    // "\"...,\" said the resident who asked": the speaker of the quotation
    // before, not a reported clause.
    if (k > 0 && a_.tokens[k - 1].kind == TokenKind::kCloseQuote) return 0;
    return c;
  }
  // ("alleged strictly humanitarian reasons": an object, unless an actor
  // opens the clause.)
  if (verb == "alleged" && mention_starting_[c] < 0) return 0;
  // A finite verb soon after: an auxiliary ("said air defences had
  // intercepted"), a past tense ("said the accord opened"), also inside a
  // quotation that continues the clause ("said Indian troops "targeted").
  for (uint32_t j = c; j < hi && j < c + 10; ++j) {
    const Token& t = a_.tokens[j];
    if (t.norm == "," || t.norm == "." || t.norm == ";") return 0;
    if (t.kind != TokenKind::kWord) continue;
    if (IsAuxiliary(t.norm)) return c;
    if (j > c && t.norm.size() > 4 && t.norm.ends_with("ed") && !t.capitalized) return c;
  }
  return 0;
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
  if (HasQuoteMark(a_, lo, hi)) return false;
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
      AddQuote(a_.tokens[lo].begin, a_.tokens[k - 2].end, s, QuoteKind::kIndirect, sp);
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
    // "said it was \"deeply alarmed by ...\"": a clause of two words or more
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

void QuoteFinder::FindIndirect(uint32_t s) {
  if (AccordingTo(s)) return;
  const Sentence& st = a_.sentences[s];
  uint32_t lo = st.first_token, hi = st.first_token + st.token_count;
  for (uint32_t k = lo; k < hi; ++k) {
    if (quoted_[k] || !Speech(k)) continue;
    // "Noting that he was the first to visit, Xi said he ...": an opening
    // participle is an aside; the main clause's speech verb carries the
    // words and the speaker.
    if (k == lo && a_.tokens[k].norm.ends_with("ing") && LaterSpeech(k + 1, hi)) continue;
    uint32_t c = ClauseAfter(k, hi);
    if (c > 0) {
      uint32_t e = EndOfReportedClause(c, hi);
      while (e > c && a_.tokens[e - 1].kind == TokenKind::kPunct) --e;
      if (e > c + 2) {
        AddQuote(a_.tokens[c].begin, a_.tokens[e - 1].end, s, QuoteKind::kIndirect,
                 SpeakerOf(k, lo));
        return;
      }
    }
    // Inverted trailing form: "CLAUSE, said X, a spokesperson for Y."
    std::string_view verb = a_.tokens[k].norm;
    bool plain_say = verb == "said" || verb == "says" || verb == "added" || verb == "stated";
    if (plain_say && k > lo + 4 && a_.tokens[k - 1].norm == "," && k + 1 < hi &&
        mention_starting_[k + 1] >= 0 && !HasQuoteMark(a_, lo, k)) {
      AddQuote(a_.tokens[lo].begin, a_.tokens[k - 2].end, s, QuoteKind::kIndirect,
               FromMention(mention_starting_[k + 1]));
      return;
    }
    if (plain_say && k > lo + 4 && a_.tokens[k - 1].norm == "," && k + 2 < hi &&
        !HasQuoteMark(a_, lo, k) && !FiniteVerbIn(k + 1, hi)) {
      if (Speaker sp = NounPhraseSpeaker(k + 1, hi); sp.found()) {
        AddQuote(a_.tokens[lo].begin, a_.tokens[k - 2].end, s, QuoteKind::kIndirect, sp);
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
      uint32_t comma = k;
      while (comma > lo && a_.tokens[comma].norm != ",") --comma;
      if (comma > lo + 3 && comma + 12 > k) {
        Speaker sp = SpeakerAround(k, comma + 1, hi);
        AddQuote(a_.tokens[lo].begin, a_.tokens[comma - 1].end, s, QuoteKind::kIndirect, sp);
        return;
      }
    }
  }
}

}  // namespace

void FindQuotes(Article& article) {
  article.quotes.clear();
  QuoteFinder(article).Run();
  NameIdentifiedSpeakers(article);
  CodeSpeakersBySurname(article);
}

}  // namespace dyad
