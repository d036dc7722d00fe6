// Objects, by-agents, coordination and places from shallow syntax (the
// subjects are in clause_syntax.cc): the target is the + slot, else the
// first actor after the trigger in the clause; "A, B and C" (across names
// in apposition to their roles) multiplies events, and groups ("both
// leaders") stand for their members.
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
    // "Anwar Ibrahim, the current chair of ASEAN, who mediated": over an
    // apposition to the name before it.
    if (int named = NameBeforeApposition(j); named >= 0) return named;
    int head = view_.mention_ending[j - 1 - view_.first];
    // "a woman linked to Al-Qaeda who shot at ...": the pronoun may refer
    // past a prepositional phrase; leave that to the usual search.
    if (head >= 0 && AfterPreposition(view_, a_.actors[head].first_token)) return -1;
    return head;
  }
  return -1;
}

// The actor named before an apposition that ends with a comma right
// before token `rel` ("X, the chair of Y, who"), or -1: the shared
// apposition reading (SkipAppositiveClause) gives the apposition's comma.
int SentenceCoder::NameBeforeApposition(uint32_t rel) const {
  uint32_t open = SkipAppositiveClause(a_, rel, view_.first);
  if (open >= rel || open <= view_.first) return -1;
  return view_.mention_ending[open - 1 - view_.first];
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

// "said", "says", "told", "added": a verb a trailing attribution opens on.
bool IsSayVerb(const Token& t) {
  return t.norm == "said" || t.norm == "says" || t.norm == "told" || t.norm == "added" ||
         t.norm == "reported";
}

}  // namespace

// "its allies", "their neighbours" at token `k`: words naming the next
// conjuncts' relation to the one before, passed over in a list.
bool SentenceCoder::AlliesWords(uint32_t k) const {
  if (k + 1 >= view_.end) return false;
  std::string_view owner = a_.tokens[k].norm, noun = a_.tokens[k + 1].norm;
  return (owner == "its" || owner == "their") &&
         (noun == "allies" || noun == "partners" || noun == "neighbours" || noun == "neighbors");
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
    if (AlliesWords(k)) k += 2;  // "Mali and its allies Burkina Faso and Niger".
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
    // "... between China and the Solomon Islands, the White House said": a
    // speaker after a bare comma ends the list.
    if (bare_comma && after_next < view_.end && IsSayVerb(a_.tokens[after_next])) break;
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
    if (link_at > view_.first + 1 && AlliesWords(link_at - 1)) link_at -= 2;
    // "Sergei Lavrov and his Turkish counterpart Hakan Fidan": over the
    // counterpart phrase.
    for (uint32_t k = link_at; k + 4 > link_at && k > view_.first && k < first; --k) {
      std::string_view owner = a_.tokens[k].norm;
      if (owner != "his" && owner != "her" && owner != "their" && owner != "its") continue;
      bool counterpart = false;
      for (uint32_t j = k + 1; j < first; ++j) counterpart |= a_.tokens[j].norm == "counterpart";
      // ("and his South Korean counterpart, Han Duk-soo,": the demonym
      // before the noun.)
      uint32_t head = a_.actors[mention].end_token;
      counterpart |= head < view_.end && a_.tokens[head].norm == "counterpart";
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
    // "groups fighting in the country signed a pledge in Doha": a past
    // tense taking an object of its own is another verb's clause.
    if (j > from && t.kind == TokenKind::kWord && !t.capitalized && t.norm.ends_with("ed") &&
        t.lemma != t.norm && j + 1 < view_.end) {
      std::string_view next = a_.tokens[j + 1].norm;
      if (next == "a" || next == "an" || next == "the" || next == "its" || next == "their") {
        return true;
      }
    }
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
