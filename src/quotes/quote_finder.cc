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
#include "quotes/quote_finding.h"
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
      "indicating",  "threatened",   "deny",       "denied",      "denies",    "denying",
      "asserting",   "pledged",      "promised",   "revealed",    "reveal",    "reveals",
      "observed",    "expressed",    "voiced",     "swore",       "swears"};
  return kVerbs.count(w) > 0;
}

namespace quote_finding {

// Verbs that introduce a quotation only (a clause after "recalled" or
// "complained" is too often no report to count as one).
bool IsDirectSpeechVerb(std::string_view w) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "read",      "reads",      "chanted",    "chanting", "shouted",   "shouting",  "yelled",
      "exclaimed", "cried",      "screamed",   "recalled", "recalls",   "recounted", "joked",
      "quipped",   "boasted",    "complained", "lamented", "conceded",  "admitted",  "countered",
      "pleaded",   "proclaimed", "wondered",   "sighed",   "whispered", "begged",    "adds",
      "notes",     "explains",   "continues",  "tells",    "warns",     "predicted"};
  return kVerbs.count(w) > 0;
}

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
    if (DirectSpeech(k) && a_.tokens[k].norm.ends_with("ing") &&
        (k == q.close_mark + 1 || a_.tokens[k - 1].norm == ",")) {
      break;
    }
    // "\"...\" according to a statement from the White House.": the source
    // named after "according to"; not when the words are inside a clause a
    // speaker reports ("The EU said ... \"...,\" according to AP": the
    // agency only relays the EU's words).
    if (w == "according" && k + 2 < last_end && a_.tokens[k + 1].norm == "to") {
      if (!SpeechBefore(q.open_mark)) after = SpeakerAfterAccording(k + 2, last_end);
      break;
    }
    if (DirectSpeech(k)) {
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
    if (DirectSpeech(k)) {
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

// Whether a speech verb outside quotation marks stands in the sentence of
// token `open` before it.
bool QuoteFinder::SpeechBefore(uint32_t open) const {
  for (uint32_t k = a_.sentences[sentence_of_[open]].first_token; k < open; ++k) {
    if (!quoted_[k] && Speech(k)) return true;
  }
  return false;
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
  // "Hasina's press secretary Nayeemul Islam Khan told AFP. He added":
  // a "he" or "she" speaking right after a person quoted is that person,
  // not another one coreference found nearby.
  if ((pronoun == "he" || pronoun == "she") && person && last->sentence + 1 == s &&
      a_.actors[sp.mention].first_token == a_.sentences[s].first_token) {
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
  if (!sp.found() && sp.pronoun) by_pronoun_.push_back(begin);
  a_.quotes.push_back(std::move(q));
}

void QuoteFinder::GivePronounsTheLastSpeaker() {
  for (size_t i = 1; i < a_.quotes.size(); ++i) {
    Quote& q = a_.quotes[i];
    const Quote& prev = a_.quotes[i - 1];
    int m = q.speaker_mention, pm = prev.speaker_mention;
    if (m < 0 || pm < 0 || a_.actors[m].kind != ActorKind::kPronoun ||
        a_.actors[pm].kind != ActorKind::kPerson || prev.sentence + 1 != q.sentence ||
        prev.speaker_code.empty()) {
      continue;
    }
    std::string_view pronoun = a_.tokens[a_.actors[m].first_token].norm;
    if (pronoun != "he" && pronoun != "she") continue;
    q.speaker_name = prev.speaker_name;
    q.speaker_code = prev.speaker_code;
    q.speaker_canonical = prev.speaker_canonical;
    q.speaker_mention = pm;
  }
}

void QuoteFinder::GiveInnerQuotesTheirSpeaker() {
  for (Quote& q : a_.quotes) {
    if (!q.speaker_name.empty() || q.kind != QuoteKind::kDirect) continue;
    for (const Quote& outer : a_.quotes) {
      if (outer.kind != QuoteKind::kIndirect || outer.speaker_name.empty() ||
          outer.sentence != q.sentence || outer.begin > q.begin || outer.end < q.end) {
        continue;
      }
      q.speaker_name = outer.speaker_name;
      q.speaker_code = outer.speaker_code;
      q.speaker_canonical = outer.speaker_canonical;
      q.speaker_mention = outer.speaker_mention;
      break;
    }
    // "The raids, it said, were "limited"": with no speaker found, the
    // words continue the one reported just before, as quotations continue
    // each other.
    // ("\"...,\" it said." two sentences after "the department said":
    // a pronoun that spoke reaches as far as LastQuoteBefore looks.)
    if (q.speaker_name.empty()) {
      const Quote* last = LastQuoteBefore(q.begin, q.sentence);
      bool pronoun =
          std::find(by_pronoun_.begin(), by_pronoun_.end(), q.begin) != by_pronoun_.end();
      if (last != nullptr && (pronoun || last->sentence + 1 >= q.sentence)) {
        q.speaker_name = last->speaker_name;
        q.speaker_code = last->speaker_code;
        q.speaker_canonical = last->speaker_canonical;
        q.speaker_mention = last->speaker_mention;
      }
    }
  }
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
      "minister", "president", "ambassador", "envoy", "general",    "commander",
      "official", "governor",  "mayor",      "chief", "prosecutor", "secretary"};
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
  // Or in an apposition after the name: "Shankar Koirala, Nepal's joint
  // secretary of the Office of the Prime Minister,".
  uint32_t k = am.end_token;
  if (k >= a_.tokens.size() || a_.tokens[k].norm != ",") return false;
  for (++k; k < a_.tokens.size() && k < am.end_token + 8; ++k) {
    const Token& t = a_.tokens[k];
    if (t.norm == "," || t.norm == "." || t.kind == TokenKind::kOpenQuote) break;
    if (RoleClass(t.norm) == cls) return true;
  }
  return false;
}

// Whether quote `prev`, right before `q`, is a named person's whom the
// description speaking in `q` ("the top US diplomat", "the general") takes
// up again: the same or the previous sentence, and the description's code
// not another than the person's (its country, and its role where both have
// one). A president is one person: "the president" is left to the holder
// of that title, and a president's quote is no other description's.
bool QuoteFinder::DescribedAgain(const Quote& prev, const Quote& q, std::string_view cls) const {
  int pm = prev.speaker_mention;
  if (pm < 0 || a_.actors[pm].kind != ActorKind::kPerson || prev.sentence + 1 < q.sentence) {
    return false;
  }
  if (cls == "president" || PersonHasRole(pm, "president")) return false;
  std::string_view mine = q.speaker_code, theirs = prev.speaker_code;
  if (mine.size() < 3 || mine[0] == '-') return true;
  if (theirs.size() < 3 || mine.substr(0, 3) != theirs.substr(0, 3)) return false;
  return mine.size() == 3 || theirs.size() == 3 || mine == theirs;
}

// "The joint secretary said" with no actor for the words: the person named
// up to three sentences before with that role in an apposition ("Shankar
// Koirala, Nepal's joint secretary of ..."); -1 if none.
int QuoteFinder::HolderOfDescribedRole(const Quote& q) const {
  std::string_view name = q.speaker_name;
  if (!(name.starts_with("the ") || name.starts_with("The "))) return -1;
  std::string_view cls = RoleClass(name.substr(name.rfind(' ') + 1));
  if (cls.empty()) return -1;
  for (size_t k = a_.actors.size(); k-- > 0;) {
    const ActorMention& am = a_.actors[k];
    if (am.begin >= q.begin || am.sentence > q.sentence) continue;
    if (am.sentence + 3 < q.sentence) break;
    if (PersonHasRole(static_cast<int>(k), cls)) return static_cast<int>(k);
  }
  return -1;
}

void QuoteFinder::NameRolesAfterTheirHolders() {
  for (size_t i = 0; i < a_.quotes.size(); ++i) {
    Quote& q = a_.quotes[i];
    int m = q.speaker_mention;
    if (m < 0 && q.speaker_code.empty()) {
      if (int h = HolderOfDescribedRole(q); h >= 0) {
        const ActorMention& holder = a_.actors[h];
        q.speaker_name = holder.written_name.empty() ? holder.name : holder.written_name;
        q.speaker_code = holder.code;
        q.speaker_canonical = holder.name;
        q.speaker_mention = h;
      }
      continue;
    }
    if (m < 0 || a_.actors[m].kind != ActorKind::kAgent) continue;
    const ActorMention& am = a_.actors[m];
    std::string_view head = a_.tokens[am.end_token - 1].norm;
    std::string_view cls = RoleClass(head);
    bool described = !cls.empty() || head == "diplomat" || head == "leader" || head == "premier" ||
                     head == "chancellor" || head == "secretary";
    // "the general", "the top US diplomat": a definite description.
    uint32_t det = am.first_token;
    if (det > 1 && (a_.tokens[det - 1].norm == "top" || a_.tokens[det - 1].norm == "senior")) --det;
    if (!described || det == 0 || a_.tokens[det - 1].norm != "the") continue;
    for (size_t k = i; k-- > 0;) {
      const Quote& prev = a_.quotes[k];
      if (prev.sentence + 3 < q.sentence) break;
      // The holder of the same role, or failing that the named person
      // quoted just before ("Kerry told reporters ... . \"...,\" the top US
      // diplomat said").
      bool same_role = !cls.empty() && PersonHasRole(prev.speaker_mention, cls);
      if (!same_role && !(k + 1 == i && DescribedAgain(prev, q, cls))) continue;
      q.speaker_name = prev.speaker_name;
      q.speaker_code = prev.speaker_code;
      q.speaker_canonical = prev.speaker_canonical;
      q.speaker_mention = prev.speaker_mention;
      break;
    }
  }
}

}  // namespace quote_finding

using quote_finding::QuoteFinder;

void FindQuotes(Article& article) {
  article.quotes.clear();
  QuoteFinder finder(article);
  finder.Run();
  NameIdentifiedSpeakers(article);
  CodeSpeakersBySurname(article);
  finder.NameRolesAfterTheirHolders();
}

}  // namespace dyad
