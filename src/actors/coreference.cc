// Coreference: pronouns and descriptions take the code of an actor already
// introduced.
//
// Design: a single pass in text order with a short memory. "he"/"she"/"him"
// go to the most recent person; "they"/"them" to the most recent plural actor
// (an organisation, a plural role noun or a group) or, failing that, to the
// last two people; "the group" to the last organisation. Memory reaches back
// three sentences: older antecedents are too unreliable.
//
// Groups ("both leaders", "the two sides", "the three countries", "the
// warring parties") are resolved differently: a pair is named by being
// coordinated ("Cambodia and Thailand", "the Thai and Cambodian leaders"),
// and the pair a story is about is referred to long after it was named. So
// a group takes the coordinated run of the right size and kind that the
// article mentions most, anywhere before it, and only then the last actors
// of the fitting kind. Actors that govern the description in its own clause
// ("Trump called both leaders") are never members.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "actors/actor_finder.h"

namespace dyad {
namespace {

constexpr uint32_t kReach = 3;  // Sentences an antecedent stays available.

bool IsPersonLike(const ActorMention& m) { return m.kind == ActorKind::kPerson; }

// "It is unclear", "it was expected", "it seems": "it" stands for no one.
bool IsExpletiveItVerb(std::string_view next) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "is",     "was",     "s",        "remains", "remained", "seems",
      "seemed", "appears", "appeared", "became",  "takes",    "took"};
  return kVerbs.count(next) > 0;
}

bool IsPluralLike(const ActorMention& m, const Article& a) {
  if (m.kind == ActorKind::kOrganization) return true;
  if (m.kind == ActorKind::kDescription) return !m.members.empty();
  if (m.kind == ActorKind::kAgent) {
    std::string_view w = a.TokenText(a.tokens[m.end_token - 1]);
    return !w.empty() && (w.back() == 's' || w == "police" || w == "military" || w == "men" ||
                          w == "women" || w == "people" || w == "children");
  }
  return false;
}

void CopyFrom(ActorMention& m, const ActorMention& from, int index) {
  m.code = from.code;
  m.name = from.name;
  m.written_name = from.written_name;
  m.entity = from.entity >= 0 ? from.entity : index;
  m.members = from.members;
}

// Index of the most recent earlier mention satisfying `pred`, or -1.
template <typename Pred>
int FindBack(const Article& a, size_t before, uint32_t sentence, Pred pred) {
  for (size_t k = before; k-- > 0;) {
    const ActorMention& c = a.actors[k];
    if (c.sentence + kReach < sentence) break;
    if (c.code.empty() && c.name.empty()) continue;
    if (pred(c)) return static_cast<int>(k);
  }
  return -1;
}

// The last `n` distinct entities before `before` that satisfy `pred`.
template <typename Pred>
std::vector<int> LastN(const Article& a, size_t before, uint32_t sentence, size_t n, Pred pred) {
  std::vector<int> out;
  for (size_t k = before; k-- > 0 && out.size() < n;) {
    const ActorMention& c = a.actors[k];
    if (c.sentence + kReach < sentence) break;
    if (c.code.empty() || c.kind == ActorKind::kDescription || !pred(c)) continue;
    bool seen = false;
    for (int o : out) {
      const ActorMention& x = a.actors[o];
      seen |=
          x.entity == c.entity ||
          (x.code.size() >= 3 && c.code.size() >= 3 && x.code.substr(0, 3) == c.code.substr(0, 3) &&
           (x.kind == ActorKind::kCountry || c.kind == ActorKind::kCountry));
    }
    if (!seen) out.push_back(static_cast<int>(k));
  }
  return out;
}

void ResolveGroup(Article& a, size_t i, const std::vector<int>& members) {
  ActorMention& m = a.actors[i];
  if (members.size() < 2) return;
  m.members.clear();
  for (auto it = members.rbegin(); it != members.rend(); ++it) {
    m.members.push_back(*it);
  }
  m.code = a.actors[m.members.front()].code;
  m.name = a.actors[m.members.front()].name + " and " + a.actors[m.members.back()].name;
}

// The latest "A and B" pair of actors in this or the previous sentence.
std::vector<int> CoordinatedPair(const Article& a, size_t before, uint32_t sentence) {
  for (size_t k = before; k-- > 1;) {
    const ActorMention& second = a.actors[k];
    if (second.sentence + 1 < sentence) break;
    const ActorMention& first = a.actors[k - 1];
    if (first.sentence != second.sentence || first.code.empty() || second.code.empty()) continue;
    if (second.first_token == first.end_token + 1 && a.tokens[first.end_token].norm == "and" &&
        first.kind != ActorKind::kPronoun) {
      return {static_cast<int>(k), static_cast<int>(k - 1)};
    }
  }
  return {};
}

int GroupSize(std::string_view norm) {
  if (norm == "both" || norm == "two") return 2;
  if (norm == "three") return 3;
  if (norm == "four") return 4;
  return norm == "five" ? 5 : 0;
}

bool IsGroupNoun(std::string_view norm) {
  static const std::unordered_set<std::string_view> kNouns = {
      "leaders",   "sides",       "countries", "nations",   "governments", "presidents",
      "ministers", "parties",     "men",       "officials", "states",      "neighbours",
      "neighbors", "delegations", "groups",    "factions",  "militias",    "forces",
      "armies",    "rivals",      "camps",     "movements"};
  return kNouns.count(norm) > 0;
}

// The group noun after the number at `i`, over up to two modifiers
// ("four Arab nations", "the two warring sides"); `i` if none.
uint32_t GroupNounAfter(const Article& a, uint32_t i, uint32_t end) {
  // "two United States military aircraft": a capitalised word is a name,
  // not the group noun "states".
  auto group = [&](uint32_t k) {
    return !a.tokens[k].capitalized && IsGroupNoun(a.tokens[k].norm);
  };
  if (i + 1 < end && group(i + 1)) return i + 1;
  // Over modifiers only for states and sides ("the two nuclear-armed
  // neighbours"): "two Somali officials" are
  // people named for the first time, not a group named before.
  for (uint32_t k = i + 2; k < end && k < i + 4; ++k) {
    const Token& t = a.tokens[k];
    if (group(k)) {
      bool states = t.norm == "nations" || t.norm == "countries" || t.norm == "states" ||
                    t.norm == "governments" || t.norm == "sides" || t.norm == "parties" ||
                    t.norm == "neighbours" || t.norm == "neighbors" || t.norm == "rivals";
      return states ? k : i;
    }
    if (t.kind != TokenKind::kWord || t.norm == "of" || t.norm == "and") return i;
  }
  return i;
}

// "the two" standing alone as a subject: a verb form right after it ("the
// two met", "the two have", "the two also agreed").
bool BarePairSubject(const Article& a, uint32_t i, uint32_t end) {
  uint32_t k = i + 1;
  if (k < end && (a.tokens[k].norm == "also" || a.tokens[k].norm == "later")) ++k;
  if (k >= end) return false;
  const Token& next = a.tokens[k];
  if (next.kind != TokenKind::kWord || next.capitalized) return false;
  static const std::unordered_set<std::string_view> kAuxiliaries = {
      "have", "had", "will", "would", "were", "are", "agreed", "met", "held", "signed", "said"};
  return kAuxiliaries.count(next.norm) > 0 ||
         (next.lemma != next.norm && next.norm.ends_with("ed"));
}

bool IsDemonstrative(std::string_view norm) { return norm == "these" || norm == "those"; }

// The plural state noun after the demonstrative at `i`, over up to two
// modifiers ("those Latin American countries"); `i` if none.
uint32_t StatesNounAfter(const Article& a, uint32_t i, uint32_t end) {
  for (uint32_t k = i + 1; k < end && k < i + 4; ++k) {
    const Token& t = a.tokens[k];
    if (t.kind != TokenKind::kWord) return i;
    if (!t.capitalized && (t.norm == "nations" || t.norm == "countries" || t.norm == "states" ||
                           t.norm == "governments")) {
      return k;
    }
  }
  return i;
}

// Heads of definite descriptions that name an organisation already
// introduced: "the group", "the humanitarian organisation", "the bloc".
bool IsOrganisationNoun(std::string_view norm) {
  static const std::unordered_set<std::string_view> kNouns = {
      "group", "organization", "organisation", "agency", "foundation", "charity",
      "bloc",  "alliance",     "movement",     "outfit", "militia",    "body"};
  return kNouns.count(norm) > 0;
}

// "the [adjective] [adjective] group": the index of "the", or `i` if none.
uint32_t DefiniteStart(const Article& a, uint32_t i, uint32_t first) {
  for (uint32_t k = i; k > first && i - k < 3;) {
    --k;
    if (a.tokens[k].norm == "the") return k;
    // "through the night a group of ...": an indefinite phrase is new.
    if (a.tokens[k].norm == "a" || a.tokens[k].norm == "an") break;
    if (a.tokens[k].kind != TokenKind::kWord || a.tokens[k].capitalized) break;
  }
  return i;
}

// Heads of definite descriptions of a country already named: "the island
// nation", "the Gulf state", "the kingdom".
bool IsCountryNoun(std::string_view norm) {
  return norm == "nation" || norm == "country" || norm == "state" || norm == "kingdom" ||
         norm == "republic" || norm == "emirate" || norm == "monarchy" || norm == "archipelago";
}

bool IsGoverningPreposition(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "of", "with", "to", "by", "from", "for", "on", "in", "at", "between", "against", "about"};
  return kWords.count(w) > 0;
}

bool AfterPrepositionWord(const Article& a, uint32_t first) {
  return first > 0 && IsGoverningPreposition(a.tokens[first - 1].norm);
}

// True if the token at `k` is the verb of a noun phrase whose head is
// before it, so that the phrase is a subject: "the island nation decided",
// "the Gulf state has"; not "the state media", "the state of emergency",
// "rocked the country in" or "the country's president".
bool VerbFollows(const Article& a, uint32_t k, uint32_t end) {
  if (k >= end || a.tokens[k].kind != TokenKind::kWord) return false;
  const Token& t = a.tokens[k];
  static const std::unordered_set<std::string_view> kWords = {
      "has",  "had",   "have",  "is",   "was",  "were", "are",
      "will", "would", "could", "said", "says", "also"};
  return kWords.count(t.norm) > 0 || (t.norm.size() > 4 && t.norm.ends_with("ed"));
}

// A lower-case "-ing" or "-ed" form the lemmatizer reduces: "accusing",
// "urged" (not "thing", "red").
bool IsVerbForm(const Token& t) {
  if (t.kind != TokenKind::kWord || t.capitalized || t.lemma == t.norm) return false;
  return t.norm.ends_with("ing") || t.norm.ends_with("ed");
}

// True if the description from "the" at `the` to its head at `head` has a
// modifier and follows a verb form, as an object does: "accusing the Gulf
// state of", "urged the island nation to"; not "the country" alone, which
// is mostly the story's setting.
bool ModifiedObject(const Article& a, uint32_t the, uint32_t head, uint32_t first) {
  return the > first && head >= the + 2 && IsVerbForm(a.tokens[the - 1]);
}

// Plural heads that, made definite, name the two parties of a story
// without a number: "the neighbours", "the warring sides".
bool IsPairNoun(std::string_view norm) {
  return norm == "neighbours" || norm == "neighbors" || norm == "rivals" || norm == "sides" ||
         norm == "parties" || norm == "foes" || norm == "adversaries" || norm == "belligerents";
}

// "the [Southeast] [Asian] neighbours": the index of "the", or `i` if none.
// Unlike DefiniteStart, capitalised demonyms may come between.
uint32_t PluralDefiniteStart(const Article& a, uint32_t i, uint32_t first) {
  for (uint32_t k = i; k > first && i - k < 4;) {
    --k;
    if (a.tokens[k].norm == "the") return k;
    if (a.tokens[k].norm == "a" || a.tokens[k].norm == "an") break;
    if (a.tokens[k].kind != TokenKind::kWord) break;
  }
  return i;
}

}  // namespace

void AddReferringMentions(Article& a, uint32_t s) {
  const Sentence& sent = a.sentences[s];
  uint32_t end = sent.first_token + sent.token_count;
  uint32_t covered = 0;  // End of the last description added.
  for (uint32_t i = sent.first_token; i < end; ++i) {
    if (i < covered) continue;  // "neighbours" in "the two nuclear-armed neighbours".
    const Token& t = a.tokens[i];
    ActorMention m;
    m.sentence = s;
    m.first_token = i;
    m.end_token = i + 1;
    if (t.norm == "he" || t.norm == "she" || t.norm == "him" || t.norm == "they" ||
        t.norm == "them") {
      m.kind = ActorKind::kPronoun;
    } else if (t.norm == "it" && i + 1 < end && !IsExpletiveItVerb(a.tokens[i + 1].norm)) {
      m.kind = ActorKind::kPronoun;
    } else if (IsDemonstrative(t.norm) && StatesNounAfter(a, i, end) > i) {
      // "these nations", "those Latin American countries".
      m.kind = ActorKind::kDescription;
      m.end_token = StatesNounAfter(a, i, end) + 1;
    } else if (t.norm == "two" && i > sent.first_token && a.tokens[i - 1].norm == "the" &&
               BarePairSubject(a, i, end)) {
      // "The two met in Brasilia": the pair the story is about.
      m.kind = ActorKind::kDescription;
      m.first_token = i - 1;
    } else if (GroupSize(t.norm) && GroupNounAfter(a, i, end) > i) {
      // "both leaders", "the two countries", "four Arab nations".
      m.kind = ActorKind::kDescription;
      m.end_token = GroupNounAfter(a, i, end) + 1;
      if (i > sent.first_token && a.tokens[i - 1].norm == "the") m.first_token = i - 1;
    } else if (IsPairNoun(t.norm) && !(i > sent.first_token && GroupSize(a.tokens[i - 1].norm))) {
      // "the warring parties", "the Southeast Asian neighbours"; "all
      // (warring) parties" are the story's two too.
      uint32_t the = PluralDefiniteStart(a, i, sent.first_token);
      for (uint32_t k = i; the == i && k > sent.first_token && i - k < 2;) {
        if (a.tokens[--k].norm == "all") the = k;
      }
      if (the == i) continue;
      m.kind = ActorKind::kDescription;
      m.first_token = the;
    } else if (IsCountryNoun(t.norm) && !t.capitalized &&
               PluralDefiniteStart(a, i, sent.first_token) < i &&
               !AfterPrepositionWord(a, PluralDefiniteStart(a, i, sent.first_token)) &&
               (VerbFollows(a, i + 1, end) ||
                ModifiedObject(a, PluralDefiniteStart(a, i, sent.first_token), i,
                               sent.first_token))) {
      // "the island nation decided", "the Gulf state has", "accusing the Gulf
      // state of"; not a place ("across the country").
      m.kind = ActorKind::kDescription;
      m.first_token = PluralDefiniteStart(a, i, sent.first_token);
      std::erase_if(a.actors, [&](const ActorMention& x) {
        return x.sentence == s && x.first_token <= i && x.end_token > m.first_token;
      });
    } else if (IsOrganisationNoun(t.norm) && DefiniteStart(a, i, sent.first_token) < i) {
      m.kind = ActorKind::kDescription;
      m.first_token = DefiniteStart(a, i, sent.first_token);
      // A generic role-noun mention of the same words gives way.
      std::erase_if(a.actors, [&](const ActorMention& x) {
        return x.sentence == s && x.code.starts_with("---") && x.first_token <= i &&
               x.end_token > m.first_token;
      });
    } else {
      continue;
    }
    if (m.kind == ActorKind::kDescription && IsGroupNoun(a.tokens[m.end_token - 1].norm)) {
      // The group stands for its members; the role noun or demonym inside
      // it ("leaders" in "both leaders", "Arab" in "four Arab nations") is
      // no actor of its own.
      std::erase_if(a.actors, [&](const ActorMention& x) {
        return x.sentence == s && x.kind != ActorKind::kPerson && x.first_token > m.first_token &&
               x.end_token <= m.end_token;
      });
    }
    m.begin = a.tokens[m.first_token].begin;
    m.end = a.tokens[m.end_token - 1].end;
    covered = m.end_token;
    a.actors.push_back(std::move(m));  // Named and coded by coreference.
  }
  // Keep mentions in text order within the sentence.
  auto first = std::find_if(a.actors.begin(), a.actors.end(),
                            [s](const ActorMention& x) { return x.sentence == s; });
  std::stable_sort(first, a.actors.end(), [](const ActorMention& x, const ActorMention& y) {
    return x.first_token < y.first_token;
  });
}

namespace {

// What makes two mentions one party: a state with its agents and people is
// one party, but its rebels or opposition are another, and each
// organisation is its own.
// Codes of organisations that belong to no one country.
bool IsGroupCode(std::string_view c) {
  return c.starts_with("IGO") || c.starts_with("IMG") || c.starts_with("NGO") ||
         c.starts_with("MNC") || c.starts_with("NGM");
}

std::string PartyKey(const ActorMention& m) {
  std::string_view c = m.code;
  if (c.size() < 3 || c.starts_with("---")) return m.name;
  if (IsGroupCode(c)) return std::string(c);
  std::string_view role = c.size() >= 6 ? c.substr(3, 3) : std::string_view();
  bool state = role.empty() || role == "GOV" || role == "MIL" || role == "COP" || role == "JUD" ||
               role == "LEG" || role == "SPY";
  return std::string(state ? c.substr(0, 3) : c.substr(0, 6));
}

enum class GroupHead { kStates, kPeople, kLeaders, kAny };

GroupHead HeadKind(std::string_view head) {
  if (head == "countries" || head == "nations" || head == "states" || head == "neighbours" ||
      head == "neighbors" || head == "governments") {
    return GroupHead::kStates;
  }
  if (head == "leaders") return GroupHead::kLeaders;
  if (head == "men" || head == "presidents" || head == "ministers") return GroupHead::kPeople;
  return GroupHead::kAny;
}

bool Fits(const ActorMention& c, GroupHead h) {
  if (c.code.empty() || c.kind == ActorKind::kPronoun || c.kind == ActorKind::kDescription) {
    return false;
  }
  switch (h) {
    case GroupHead::kStates:
      return c.kind != ActorKind::kOrganization && PartyKey(c).size() == 3;
    case GroupHead::kPeople:
      return c.kind == ActorKind::kPerson || c.kind == ActorKind::kAgent;
    case GroupHead::kLeaders:
      return c.kind != ActorKind::kOrganization;
    case GroupHead::kAny:
      return true;
  }
  return true;
}

// True if the tokens [from, to) only join two coordinated actors.
bool OnlyConjunction(const Article& a, uint32_t from, uint32_t to) {
  if (from >= to || to - from > 3) return false;
  bool joined = false;
  for (uint32_t k = from; k < to; ++k) {
    std::string_view w = a.tokens[k].norm;
    if (w == "and" || w == "," || w == "&") {
      joined = true;
    } else if (w != "the") {
      return false;
    }
  }
  return joined;
}

bool JoinedByAnd(const Article& a, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to; ++k) {
    if (a.tokens[k].norm == "and" || a.tokens[k].norm == "&") return true;
  }
  return false;
}

// Runs of coordinated actors before mention `before`: "A and B", "A, B,
// and C", in text order.
std::vector<std::vector<int>> CoordinatedRuns(const Article& a, size_t before) {
  std::vector<std::vector<int>> runs;
  std::vector<int> run;
  // A list ends in "and": "women and children, the Taliban said" is not a
  // list of three, so trailing comma-joined members are dropped.
  auto flush = [&] {
    while (run.size() >= 2 && !JoinedByAnd(a, a.actors[run[run.size() - 2]].end_token,
                                           a.actors[run.back()].first_token)) {
      run.pop_back();
    }
    if (run.size() >= 2) runs.push_back(run);
    run.clear();
  };
  for (size_t k = 0; k < before; ++k) {
    const ActorMention& m = a.actors[k];
    if (m.code.empty() || m.kind == ActorKind::kPronoun || m.kind == ActorKind::kDescription) {
      flush();
      continue;
    }
    if (!run.empty()) {
      const ActorMention& prev = a.actors[run.back()];
      if (prev.sentence != m.sentence || !OnlyConjunction(a, prev.end_token, m.first_token)) {
        flush();
      }
    }
    run.push_back(static_cast<int>(k));
  }
  flush();
  return runs;
}

// Parties that govern mention `i` in its own clause: "Trump" in "Trump
// called both leaders" is not one of them.
std::unordered_set<std::string> GoverningParties(const Article& a, size_t i) {
  static const std::unordered_set<std::string_view> kBoundaries = {
      ",",   ";",   ":",     "and",   "while", "where",  "as",
      "but", "who", "whose", "which", "after", "before", "when"};
  std::unordered_set<std::string> out;
  const ActorMention& m = a.actors[i];
  uint32_t to = m.first_token;
  for (size_t k = i; k-- > 0;) {
    const ActorMention& c = a.actors[k];
    if (c.sentence != m.sentence) break;
    bool boundary = false;
    bool verb = false;  // "officials on both sides" names no governor.
    for (uint32_t t = c.end_token; t < to; ++t) {
      const Token& w = a.tokens[t];
      boundary |= kBoundaries.count(w.norm) > 0;
      verb |= w.lemma != w.norm && !w.norm.ends_with("s");
    }
    // The subject of a relative clause: "Al-Sabah, whose country had
    // shuttled between the two camps".
    std::string_view after = c.end_token + 1 < to ? std::string_view(a.tokens[c.end_token + 1].norm)
                                                  : std::string_view();
    bool relative = a.tokens[c.end_token].norm == "," && (after == "whose" || after == "who");
    if (!c.code.empty() && (relative || (verb && !boundary))) out.insert(PartyKey(c));
    if (boundary) break;
    to = std::min(to, c.first_token);
  }
  return out;
}

// How often the article names each party, as told apart by `key`.
template <typename Key>
std::unordered_map<std::string, int> MentionCounts(const Article& a, Key key) {
  std::unordered_map<std::string, int> mentions;
  for (const ActorMention& c : a.actors) {
    if (c.kind != ActorKind::kPronoun && c.kind != ActorKind::kDescription && !c.code.empty()) {
      ++mentions[key(c)];
    }
  }
  return mentions;
}

std::unordered_map<std::string, int> MentionCounts(const Article& a) {
  return MentionCounts(a, PartyKey);
}

// One member per party of the coordinated run of `n` parties of the fitting
// kind that the article mentions most; empty if there is none.
std::vector<int> MostMentionedRun(const Article& a, size_t i, size_t n, GroupHead head,
                                  const std::unordered_set<std::string>& excluded) {
  std::unordered_map<std::string, int> mentions = MentionCounts(a);
  std::vector<int> best;
  int best_score = 0;
  for (const std::vector<int>& run : CoordinatedRuns(a, i)) {
    std::vector<int> members;
    std::unordered_set<std::string> parties;
    bool ok = true;
    for (int k : run) {
      const ActorMention& c = a.actors[k];
      ok &= Fits(c, head) && excluded.count(PartyKey(c)) == 0;
      if (parties.insert(PartyKey(c)).second) members.push_back(k);
    }
    if (!ok || members.size() != n) continue;
    int score = 1 << 20;
    for (int k : members) score = std::min(score, mentions[PartyKey(a.actors[k])]);
    if (score >= best_score) {
      best_score = score;
      best = members;
    }
  }
  return best;
}

// The `n` parties of the fitting kind named in the last few sentences that
// the article mentions most (the most recent first among equals), latest
// first. People and leaders are named people when enough were named.
std::vector<int> RecentParties(const Article& a, size_t i, size_t n, GroupHead head,
                               const std::unordered_set<std::string>& excluded) {
  constexpr size_t kCandidates = 6;
  // Among people, each person is one ("the two men": Sarraj and Haftar,
  // both Libyan); otherwise a country with its agents is one party.
  bool people = head == GroupHead::kLeaders || head == GroupHead::kPeople;
  auto key = [&](const ActorMention& c) {
    return people && c.kind == ActorKind::kPerson ? "@" + c.name : PartyKey(c);
  };
  std::vector<int> candidates;
  std::unordered_set<std::string> seen;
  for (size_t k = i; k-- > 0 && candidates.size() < kCandidates;) {
    const ActorMention& c = a.actors[k];
    // Beyond the last few sentences only while too few parties are found
    // ("India struck Pakistan ... [three sentences on Pakistan] ... the two
    // neighbours").
    if (c.sentence + kReach < a.actors[i].sentence && candidates.size() >= n) break;
    if (!Fits(c, head) || excluded.count(PartyKey(c)) > 0 || !seen.insert(key(c)).second) continue;
    candidates.push_back(static_cast<int>(k));
  }
  auto person = [&](int k) { return a.actors[k].kind == ActorKind::kPerson; };
  if (people &&
      static_cast<size_t>(std::count_if(candidates.begin(), candidates.end(), person)) >= n) {
    std::erase_if(candidates, [&](int k) { return !person(k); });
  }
  std::unordered_map<std::string, int> mentions = MentionCounts(a, key);
  std::stable_sort(candidates.begin(), candidates.end(), [&](int x, int y) {
    return mentions[key(a.actors[x])] > mentions[key(a.actors[y])];
  });
  if (candidates.size() > n) candidates.resize(n);
  std::sort(candidates.rbegin(), candidates.rend());
  return candidates;
}

bool SentenceInitial(const Article& a, const ActorMention& m) {
  uint32_t first = a.sentences[m.sentence].first_token;
  return m.first_token == first ||
         (m.first_token == first + 1 && a.tokens[first].kind == TokenKind::kOpenQuote);
}

// An "it" that opens its sentence's main clause: no actor and no name
// (a capitalised word after the first) comes before it ("However, it
// acknowledged", "In a later statement it promised"; not "Northern Marine
// Management said it").
bool OpensClause(const Article& a, size_t i) {
  const ActorMention& m = a.actors[i];
  if (i > 0 && a.actors[i - 1].sentence == m.sentence) return false;
  uint32_t first = a.sentences[m.sentence].first_token;
  for (uint32_t t = first + 1; t < m.first_token; ++t) {
    if (a.tokens[t].capitalized) return false;
  }
  return true;
}

// "... and it offered", "..., but then it refused": a pronoun opening a
// coordinated clause.
bool AfterCoordinator(const Article& a, const ActorMention& m) {
  uint32_t first = a.sentences[m.sentence].first_token;
  uint32_t k = m.first_token;
  if (k > first && a.tokens[k - 1].norm == "then") --k;
  return k > first && (a.tokens[k - 1].norm == "and" || a.tokens[k - 1].norm == "but");
}

// Whether mention `c` is the subject of the verb whose object is the pronoun
// `m`: only a short verb group lies between them ("Putin greeted him",
// "Abe had received him"). Such a pronoun is someone else, since news would
// say "himself". A preposition, a name, punctuation or a participle between
// them ("called Anutin at the weekend urging him", "said Xi had called him")
// leaves the pronoun free.
bool SubjectOfPronounsVerb(const Article& a, const ActorMention& c, const ActorMention& m) {
  static const std::unordered_set<std::string_view> kNotVerbs = {
      "to", "at",  "in",  "for",  "with", "on",    "by", "from",  "of",     "about", "the", "a",
      "an", "and", "but", "that", "who",  "which", "as", "after", "before", "while", "if"};
  if (c.sentence != m.sentence || c.end_token >= m.first_token) return false;
  if (m.first_token - c.end_token > 3) return false;
  for (uint32_t t = c.end_token; t < m.first_token; ++t) {
    const Token& tok = a.tokens[t];
    if (tok.kind != TokenKind::kWord || tok.capitalized || kNotVerbs.count(tok.norm) > 0 ||
        tok.norm.ends_with("ing")) {
      return false;
    }
  }
  return true;
}

// "accusing it", "urged it": the pronoun right after a verb form.
bool AfterVerbForm(const Article& a, const ActorMention& m) {
  return m.first_token > a.sentences[m.sentence].first_token &&
         IsVerbForm(a.tokens[m.first_token - 1]);
}

// The subject of sentence `sentence`: its first actor (not a pronoun or
// description) not governed by a preposition, before mention i. -1 if none.
int SubjectOfSentence(const Article& a, size_t i, uint32_t sentence) {
  for (size_t k = 0; k < i; ++k) {
    const ActorMention& c = a.actors[k];
    if (c.sentence != sentence || c.code.empty()) continue;
    if (c.kind == ActorKind::kPronoun || c.kind == ActorKind::kDescription) continue;
    uint32_t before = c.first_token;
    if (before > 0 && a.tokens[before - 1].norm == "the") --before;
    if (before > a.sentences[sentence].first_token &&
        IsGoverningPreposition(a.tokens[before - 1].norm)) {
      continue;
    }
    return static_cast<int>(k);
  }
  return -1;
}

// Whether mention m lies inside a quotation opened in its own sentence
// ("the Assad regime" in "\"... the Assad regime ...\" Kerry said").
bool InsideQuote(const Article& a, const ActorMention& m) {
  int open = 0;
  for (uint32_t t = a.sentences[m.sentence].first_token; t < m.first_token; ++t) {
    if (a.tokens[t].kind == TokenKind::kOpenQuote) ++open;
    if (a.tokens[t].kind == TokenKind::kCloseQuote && open > 0) --open;
  }
  return open > 0;
}

// "..., he said", "\"...,\" she added": a pronoun after the words it
// attributes and before a verb of speech, in news the speaker the story was
// quoting.
bool BeforeSpeechVerb(const Article& a, const ActorMention& m) {
  if (m.end_token >= a.tokens.size() || m.first_token == 0) return false;
  const Token& prev = a.tokens[m.first_token - 1];
  if (prev.norm != "," && prev.kind != TokenKind::kCloseQuote) return false;
  std::string_view w = a.tokens[m.end_token].norm;
  return w == "said" || w == "says" || w == "told" || w == "added" || w == "stressed" ||
         w == "insisted" || w == "warned" || w == "argued";
}

// "He" opening a sentence is usually the person the previous sentences were
// about: the first person named as a subject (not after a preposition, not
// inside a quotation) in the nearest earlier sentence that names a person.
// -1 if none.
int SubjectOfPreviousSentences(const Article& a, size_t i, uint32_t sentence, bool person = true) {
  int found = -1;
  uint32_t found_sentence = 0;
  for (size_t k = i; k-- > 0;) {
    const ActorMention& c = a.actors[k];
    if (c.sentence == sentence) continue;
    if (c.sentence + kReach < sentence || (found >= 0 && c.sentence != found_sentence)) break;
    if ((c.kind == ActorKind::kPerson) != person || c.code.empty()) continue;
    if (c.kind == ActorKind::kPronoun || c.kind == ActorKind::kDescription) continue;
    if (InsideQuote(a, c)) continue;
    uint32_t before = c.first_token;
    if (before > 0 && a.tokens[before - 1].norm == "the") --before;
    bool governed = before > 0 && IsGoverningPreposition(a.tokens[before - 1].norm);
    if (!governed) {
      found = static_cast<int>(k);  // Keeps the first in its sentence.
      found_sentence = c.sentence;
    }
  }
  return found;
}

// A lead that names its group before its members ("Four Arab nations cut
// ties with Qatar. The UAE and Egypt ... joining Bahrain and Saudi
// Arabia"): the first `n` parties of the fitting kind in the next sentence,
// latest first; empty unless there are exactly enough.
std::vector<int> NextParties(const Article& a, size_t i, size_t n, GroupHead head) {
  uint32_t next = a.actors[i].sentence + 1;
  std::vector<int> found;
  std::unordered_set<std::string> seen;
  for (size_t k = i + 1; k < a.actors.size() && found.size() < n; ++k) {
    const ActorMention& c = a.actors[k];
    if (c.sentence < next) continue;
    if (c.sentence > next) break;
    if (Fits(c, head) && seen.insert(PartyKey(c)).second) found.push_back(static_cast<int>(k));
  }
  if (found.size() < n) return {};
  std::reverse(found.begin(), found.end());
  return found;
}

// "these nations": one member per party of the latest coordinated run of
// states in the last few sentences, whatever its size, latest first; empty
// if there is none.
std::vector<int> LatestRunOfStates(const Article& a, size_t i,
                                   const std::unordered_set<std::string>& excluded) {
  std::vector<std::vector<int>> runs = CoordinatedRuns(a, i);
  for (auto run = runs.rbegin(); run != runs.rend(); ++run) {
    if (a.actors[run->front()].sentence + kReach < a.actors[i].sentence) break;
    std::vector<int> members;
    std::unordered_set<std::string> parties;
    bool ok = true;
    for (int k : *run) {
      const ActorMention& c = a.actors[k];
      ok &= Fits(c, GroupHead::kStates) && excluded.count(PartyKey(c)) == 0;
      if (parties.insert(PartyKey(c)).second) members.push_back(k);
    }
    if (!ok || members.size() < 2) continue;
    std::reverse(members.begin(), members.end());
    return members;
  }
  return {};
}

void ResolveGroupDescription(Article& a, size_t i) {
  const ActorMention& m = a.actors[i];
  std::string_view head = a.tokens[m.end_token - 1].norm;
  GroupHead kind = HeadKind(head);
  uint32_t size_at = a.tokens[m.first_token].norm == "the" ? m.first_token + 1 : m.first_token;
  size_t n = std::max(2, GroupSize(a.tokens[size_at].norm));
  std::unordered_set<std::string> excluded = GoverningParties(a, i);
  if (IsDemonstrative(a.tokens[m.first_token].norm)) {
    ResolveGroup(a, i, LatestRunOfStates(a, i, excluded));
    return;
  }
  std::vector<int> members = MostMentionedRun(a, i, n, kind, excluded);
  if (!members.empty()) {
    std::reverse(members.begin(), members.end());  // ResolveGroup takes latest first.
    ResolveGroup(a, i, members);
    return;
  }
  std::vector<int> parties = RecentParties(a, i, n, kind, excluded);
  bool people = parties.size() == n && std::all_of(parties.begin(), parties.end(), [&](int k) {
                  return a.actors[k].kind == ActorKind::kPerson;
                });
  if (kind == GroupHead::kPeople && !people) {
    // "Two men were detained ... investigating both men": one plural agent,
    // the one named most.
    std::unordered_map<std::string, int> mentions = MentionCounts(a);
    int plural = -1;
    for (size_t k = i; k-- > 0 && a.actors[k].sentence + kReach >= m.sentence;) {
      const ActorMention& c = a.actors[k];
      if (c.kind != ActorKind::kAgent || !IsPluralLike(c, a) || excluded.count(PartyKey(c)))
        continue;
      if (plural < 0 || mentions[PartyKey(c)] > mentions[PartyKey(a.actors[plural])]) {
        plural = static_cast<int>(k);
      }
    }
    if (plural >= 0) {
      CopyFrom(a.actors[i], a.actors[plural], plural);
      return;
    }
  }
  if (parties.empty()) parties = NextParties(a, i, n, kind);
  ResolveGroup(a, i, parties);
}

void ResolveOne(Article& a, size_t i) {
  ActorMention& m = a.actors[i];
  std::string_view head = a.tokens[m.end_token - 1].norm;
  int found = -1;
  if (m.kind == ActorKind::kPronoun) {
    if (head == "it") {
      // "However, it acknowledged ...": an "it" before any actor of its
      // sentence is the state or body the previous sentences were about.
      if (OpensClause(a, i)) {
        // Only a subject that opens the previous sentence: "The decision came
        // after the secretary-general ... It said" is about someone else.
        found = SubjectOfPreviousSentences(a, i, m.sentence, false);
        if (found >= 0 &&
            (a.actors[found].sentence + 1 != m.sentence ||
             a.actors[found].first_token > a.sentences[a.actors[found].sentence].first_token + 3 ||
             (found > 0 && a.actors[found - 1].sentence == a.actors[found].sentence))) {
          found = -1;
        }
      } else if (AfterCoordinator(a, m)) {
        found = SubjectOfSentence(a, i, m.sentence);
      } else if (AfterVerbForm(a, m)) {
        // "cut ties with Qatar, accusing it of": an object "it" is the
        // latest state or body named before it in its sentence.
        found = FindBack(a, i, m.sentence, [&](const ActorMention& c) {
          return c.sentence == m.sentence &&
                 (c.kind == ActorKind::kCountry || c.kind == ActorKind::kOrganization);
        });
      }
    } else if (head == "he" || head == "she" || head == "him") {
      bool speaker = head != "him" && BeforeSpeechVerb(a, m);
      found = SentenceInitial(a, m) || speaker ? SubjectOfPreviousSentences(a, i, m.sentence) : -1;
      if (found < 0 && head != "him" && AfterCoordinator(a, m)) {
        // "Galadriel urged Bree ... and then she asked Gondor": the subject.
        // (A peer's dictionary may give a person a bare country code: then
        // the subject stands when no one in the sentence is a person.)
        int subject = SubjectOfSentence(a, i, m.sentence);
        bool person_before = false;
        for (size_t k = 0; k < i; ++k) {
          person_before |= a.actors[k].sentence == m.sentence && IsPersonLike(a.actors[k]);
        }
        if (subject >= 0 && (IsPersonLike(a.actors[subject]) || !person_before)) found = subject;
      }
      if (found < 0) {
        found = FindBack(a, i, m.sentence, [&](const ActorMention& c) {
          return IsPersonLike(c) && (head != "him" || !SubjectOfPronounsVerb(a, c, m));
        });
      }
    } else {
      std::vector<int> pair = CoordinatedPair(a, i, m.sentence);
      if (!pair.empty()) {
        ResolveGroup(a, i, pair);
        return;
      }
      found = FindBack(a, i, m.sentence, [&](const ActorMention& c) { return IsPluralLike(c, a); });
      if (found < 0) {
        ResolveGroup(a, i, LastN(a, i, m.sentence, 2, IsPersonLike));
        return;
      }
    }
  } else if (IsCountryNoun(head)) {
    found = FindBack(a, i, m.sentence,
                     [](const ActorMention& c) { return c.kind == ActorKind::kCountry; });
    if (found >= 0) {
      CopyFrom(m, a.actors[found], found);
      m.kind = ActorKind::kCountry;  // Named bare, it acts as the state does.
    }
    return;
  } else if (IsOrganisationNoun(head)) {
    // An organisation, or a body known by its proper name.
    found = FindBack(a, i, m.sentence, [&](const ActorMention& c) {
      // A body known by its proper name is capitalised to its head
      // ("Special Deterrence Force"), unlike "Kenyan soldiers".
      return c.kind == ActorKind::kOrganization ||
             (c.kind == ActorKind::kAgent && a.tokens[c.first_token].capitalized &&
              a.tokens[c.end_token - 1].capitalized && c.end_token - c.first_token >= 2);
    });
  } else {
    ResolveGroupDescription(a, i);
    return;
  }
  if (found >= 0) CopyFrom(m, a.actors[found], found);
}

}  // namespace

std::vector<int> MainPair(const Article& a, size_t before, const std::vector<int>& outsiders) {
  std::unordered_set<std::string> excluded;
  for (int k : outsiders) excluded.insert(PartyKey(a.actors[k]));
  before = std::min(before, a.actors.size());
  std::vector<int> run = MostMentionedRun(a, before, 2, GroupHead::kAny, excluded);
  if (!run.empty()) return run;
  // Never named together ("Azerbaijan freed ... maps from Armenia ...
  // Georgia acted as a mediator"): the two parties named most before, when
  // each was named at least twice.
  // A country counts with all its people ("Armenian detainees", "Armenia").
  auto country_key = [](const ActorMention& c) {
    std::string key = PartyKey(c);
    return key.size() == 6 && !IsGroupCode(key) ? key.substr(0, 3) : key;
  };
  std::unordered_set<std::string> excluded_countries;
  for (const std::string& key : excluded) excluded_countries.insert(key.substr(0, 3));
  std::unordered_map<std::string, int> counts;
  std::unordered_map<std::string, int> first;
  std::unordered_map<std::string, int> earliest;
  for (size_t k = 0; k < before; ++k) {
    const ActorMention& c = a.actors[k];
    if (c.code.size() < 3 || c.code[0] == '-' || !Fits(c, GroupHead::kAny)) continue;
    std::string key = country_key(c);
    if (excluded.count(key) > 0 || excluded_countries.count(key) > 0) continue;
    ++counts[key];
    earliest.emplace(key, static_cast<int>(k));
    // The state itself stands for its country when it was named.
    auto [it, added] = first.emplace(key, static_cast<int>(k));
    if (!added && PartyKey(a.actors[it->second]).size() > 3 && PartyKey(c).size() == 3) {
      it->second = static_cast<int>(k);
    }
  }
  std::vector<std::pair<int, std::string>> ranked;
  ranked.reserve(counts.size());
  for (const auto& [key, n] : counts) ranked.emplace_back(n, key);
  std::sort(ranked.begin(), ranked.end(), [&](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : earliest[x.second] < earliest[y.second];
  });
  if (ranked.size() < 2 || ranked[1].first < 2) return {};
  return {first[ranked[0].second], first[ranked[1].second]};
}

// "Serbia's defence ministry said ... the ministry added": a bare definite
// role noun is the fuller mention with the same head word up to three
// sentences before, not the story's context country's. -1 if none.
int FullerMentionOfHead(const Article& a, size_t i) {
  constexpr uint32_t kReachBack = 3;
  const ActorMention& m = a.actors[i];
  if (m.kind != ActorKind::kAgent || m.end_token != m.first_token + 1 || m.first_token == 0 ||
      a.tokens[m.first_token - 1].norm != "the") {
    return -1;
  }
  std::string_view head = a.tokens[m.first_token].norm;
  for (size_t k = i; k-- > 0;) {
    const ActorMention& c = a.actors[k];
    if (c.sentence + kReachBack < m.sentence) break;
    if (c.kind != ActorKind::kAgent || c.end_token < c.first_token + 2 || c.code.size() < 3) {
      continue;
    }
    if (a.tokens[c.end_token - 1].norm == head) return static_cast<int>(k);
  }
  return -1;
}

// "Prime Minister Srettha Thavisin ... Mr Srettha", "Ahmed Ali ... Ali": a
// person named by one word is the person named in full before whose first
// or last name it is (Thai and Indonesian usage takes the first). -1 if
// none.
int FullNameOf(const Article& a, size_t i) {
  const ActorMention& m = a.actors[i];
  std::string_view name = m.name;
  for (std::string_view title : {"Mr ", "Ms ", "Mrs ", "Dr ", "Mr. ", "Ms. ", "Mrs. ", "Dr. "}) {
    if (name.starts_with(title)) name.remove_prefix(title.size());
  }
  if (m.kind != ActorKind::kPerson || name.empty() || name.find(' ') != std::string_view::npos) {
    return -1;
  }
  for (size_t k = i; k-- > 0;) {
    const ActorMention& c = a.actors[k];
    if (c.kind != ActorKind::kPerson || c.code.size() < 3 || c.code[0] == '-') continue;
    std::string_view full = c.name;
    size_t space = full.find(' ');
    if (space == std::string_view::npos) continue;
    if (full.substr(0, space) == name || full.substr(full.rfind(' ') + 1) == name) {
      return static_cast<int>(k);
    }
  }
  return -1;
}

void ResolveCoreference(Article& a) {
  std::unordered_map<std::string, int> entities;
  for (size_t i = 0; i < a.actors.size(); ++i) {
    ActorMention& m = a.actors[i];
    if (m.kind == ActorKind::kPronoun || m.kind == ActorKind::kDescription) {
      ResolveOne(a, i);
      continue;
    }
    if (int fuller = FullerMentionOfHead(a, i); fuller >= 0) m.code = a.actors[fuller].code;
    if (int full = FullNameOf(a, i); full >= 0) {
      m.code = a.actors[full].code;
      m.name = a.actors[full].name;
    }
    std::string key = m.kind == ActorKind::kPerson ? m.name : m.code;
    auto [it, added] = entities.emplace(key, static_cast<int>(i));
    m.entity = it->second;
    // A person keeps the fullest name the article gave them ("Mohammed bin
    // Salman", later "Prince Mohammed").
    const ActorMention& first = a.actors[it->second];
    if (!added && m.kind == ActorKind::kPerson &&
        first.written_name.size() > m.written_name.size()) {
      m.written_name = first.written_name;
    }
  }
}

}  // namespace dyad
