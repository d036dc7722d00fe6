// Quote speakers: who the words around a speech verb name. The subject
// before the verb (over appositions and adverbs), an actor after it ("said
// the minister"), the noun phrase of a speaker who is no actor ("army
// sources said"), the subject of a clause a quotation is embedded in, and a
// role's holder ("U.S. Ambassador to the UN Nikki Haley").

#include <algorithm>
#include <string>
#include <unordered_set>

#include "actors/actor_finder.h"
#include "events/syntax.h"
#include "quotes/identified_speakers.h"
#include "quotes/quote_finding.h"
#include "quotes/quote_spans.h"

namespace dyad::quote_finding {

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
  // "According to the Kenyan government, ... The raids, it said, were":
  // "it" or "they" speaking for the body quoted just before is named as that
  // quote named it.
  std::string_view pronoun = a_.tokens[am.first_token].norm;
  if (am.kind == ActorKind::kPronoun && am.code.size() >= 3 &&
      (pronoun == "it" || pronoun == "they")) {
    const Quote* last = LastQuoteBefore(a_.tokens[am.first_token].begin, am.sentence);
    if (last != nullptr && last->speaker_code.compare(0, 3, am.code, 0, 3) == 0 &&
        last->sentence + 1 >= am.sentence) {
      sp.name = last->speaker_name;
    }
  }
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
      // ("... in Burkina Faso, France's military said": a country or a
      // body before the comma is no name of the speaker.)
      int before = mention_ending_[end - 1];
      bool named_actor = before >= 0 && a_.actors[before].kind != ActorKind::kPerson;
      if (end - begin >= 2 && !named_actor) {
        sp.name = std::string(a_.Span(a_.tokens[begin].begin, a_.tokens[end - 1].end));
      }
    }
    if (int person = PersonNamedForRole(m); person >= 0) {
      const ActorMention& p = a_.actors[person];
      sp.name = AsWritten(a_, p);
      sp.canonical = p.name;
      sp.code = p.code;
    } else if (Speaker named = NameInAppositionAfter(am.end_token); named.found()) {
      sp.name = named.name;  // The role's code stays the speaker's.
    }
  }
  return sp;
}

// ", said Russia's ambassador in Chisinau, Oleg Vasnetsov.": a name the
// dictionaries lack, set off by a comma after the role (over a place),
// closing the sentence or the apposition.
Speaker QuoteFinder::NameInAppositionAfter(uint32_t k) const {
  uint32_t end = static_cast<uint32_t>(a_.tokens.size());
  for (uint32_t steps = 0; k < end && steps < 4; ++steps) {
    std::string_view w = a_.tokens[k].norm;
    std::string_view before = k > 0 ? std::string_view(a_.tokens[k - 1].norm) : "";
    if (w == "in" || w == "to" || w == "of" || w == "the") {
      ++k;
    } else if ((before == "in" || before == "of") && a_.tokens[k].capitalized &&
               a_.tokens[k].kind == TokenKind::kWord && mention_starting_[k] < 0) {
      ++k;  // A place the dictionaries lack: "a local Taliban leader in Khost,".
    } else if (mention_starting_[k] >= 0 &&
               a_.actors[mention_starting_[k]].kind != ActorKind::kPerson) {
      k = a_.actors[mention_starting_[k]].end_token;
    } else {
      break;
    }
  }
  if (k + 2 >= end || a_.tokens[k].norm != ",") return Speaker{};
  Speaker sp = UnknownNameAt(k + 1, end);
  uint32_t after = k + 1;
  while (after < end && a_.tokens[after].capitalized) ++after;
  bool closes = after >= end || a_.tokens[after].norm == "." || a_.tokens[after].norm == ",";
  return closes ? sp : Speaker{};
}

// The person a role mention names by the name right after its post ("US
// Ambassador to the UN Linda Thomas-Greenfield"); -1 if none. (A definite
// role, "the British minister", is linked to its holder by the actors
// stage.)
int QuoteFinder::PersonNamedForRole(int m) const {
  const ActorMention& am = a_.actors[m];
  // ("Russia's ambassador in Chisinau, Oleg Ivanov, said": over a place and
  // into an apposition.)
  for (uint32_t k = am.end_token; k < a_.tokens.size() && k < am.end_token + 6;) {
    if (int next = mention_starting_[k]; next >= 0) {
      if (a_.actors[next].kind == ActorKind::kPerson) return next;
      k = a_.actors[next].end_token;
      continue;
    }
    std::string_view w = a_.tokens[k].norm;
    // (A name set off by commas: "..., Oleg Ivanov, said"; not the clause
    // after "According to the state media, Putin and Kim signed".)
    bool apposition = false;
    if (w == "," && k + 1 < a_.tokens.size() && mention_starting_[k + 1] >= 0) {
      const ActorMention& p = a_.actors[mention_starting_[k + 1]];
      apposition = p.kind == ActorKind::kPerson &&
                   (p.end_token >= a_.tokens.size() || a_.tokens[p.end_token].norm == "," ||
                    a_.tokens[p.end_token].norm == "." || Speech(p.end_token));
    }
    if (w != "to" && w != "of" && w != "for" && w != "the" && w != "at" && w != "in" &&
        !apposition) {
      break;
    }
    ++k;
  }
  return -1;
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
  // "In his first meeting inside Libya, Kobler stressed": a lone name no
  // dictionary knows, right before the verb after a comma, is the speaker,
  // not an actor further back.
  if (verb > lo + 1 && mention_ending_[verb - 1] < 0 && a_.tokens[verb - 2].norm == ",") {
    const Token& name = a_.tokens[verb - 1];
    if (name.kind == TokenKind::kWord && name.capitalized && !name.all_caps &&
        !IsDateWord(name.norm) && !quoted_[verb - 1]) {
      Speaker sp;
      sp.name = std::string(a_.TokenText(name));
      return sp;
    }
  }
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
    // ("police spokesman Mohammed Shehu said": after the words of a role.)
    bool role_before = b > lo && b < verb && verb - b >= 2 &&
                       a_.tokens[b - 1].kind == TokenKind::kWord && !a_.tokens[b - 1].capitalized &&
                       !IsPrepositionWord(a_.tokens[b - 1].norm) &&
                       !IsSpeechVerb(a_.tokens[b - 1].norm);
    if (b < verb && (b == lo || a_.tokens[b - 1].norm == "," || a_.tokens[b - 1].norm == "the" ||
                     role_before)) {
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
    if (sp = LoneNameAt(verb + 1, hi); sp.found()) return sp;
  }
  if (Speaker sp = NameAfterRoleWords(verb + 1, hi); sp.found()) return sp;
  if (Speaker sp = NounPhraseAfter(verb + 1, hi); sp.found()) return sp;
  return SpeakerOf(verb, lo);
}

Speaker QuoteFinder::SubjectOfEmbeddedQuote(const QuoteSpan& q, uint32_t lo) const {
  if (q.open_mark <= lo + 1) return Speaker{};
  // "what the prime minister termed "credible leads"": the one who calls it
  // so.
  uint32_t verb = q.open_mark - 1;
  // ("denounced as a "grave violation"": over the article.)
  std::string_view article = a_.tokens[verb].norm;
  if ((article == "a" || article == "an" || article == "the") && verb > lo + 2 &&
      a_.tokens[verb - 1].norm == "as") {
    --verb;
  }
  if (a_.tokens[verb].norm == "as" && verb > lo + 1) --verb;
  std::string_view naming = a_.tokens[verb].norm;
  bool names = naming == "called" || naming == "termed" || naming == "dubbed" ||
               naming == "described" || naming == "denounced" || naming == "branded" ||
               naming == "labelled" || naming == "labeled" || naming == "hailed";
  if (names && verb > lo + 1 && mention_ending_[verb - 1] >= 0) {
    int m = mention_ending_[verb - 1];
    uint32_t first = a_.actors[m].first_token;
    if (first > lo && a_.tokens[first - 1].norm == "what") return FromMention(m);
  }
  // "a move his supporters denounced as a "grave violation"": the subject
  // of a relative clause with no pronoun, right after the noun it
  // describes, when naming takes "as".
  if (names && a_.tokens[verb + 1].norm == "as" && verb > lo + 2) {
    uint32_t b = verb;
    while (b > lo && verb - b < 3 && a_.tokens[b - 1].kind == TokenKind::kWord && !quoted_[b - 1] &&
           !IsPrepositionWord(a_.tokens[b - 1].norm) && a_.tokens[b - 1].norm != "the" &&
           a_.tokens[b - 1].norm != "a") {
      --b;
      std::string_view w = a_.tokens[b].norm;
      if (w == "his" || w == "her" || w == "their" || w == "its") break;
    }
    std::string_view opener = a_.tokens[b].norm;
    bool possessed = opener == "his" || opener == "her" || opener == "their" || opener == "its";
    if (possessed && b > lo && b + 1 < verb && a_.tokens[b - 1].kind == TokenKind::kWord &&
        !a_.tokens[b - 1].capitalized) {
      if (int m = mention_ending_[verb - 1]; m >= 0 && a_.actors[m].first_token >= b) {
        return FromMention(m);
      }
      Speaker sp;
      sp.name = std::string(a_.Span(a_.tokens[b].begin, a_.tokens[verb - 1].end));
      return sp;
    }
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

}  // namespace dyad::quote_finding
