// Referring mentions: pronouns, groups ("both leaders", "the two countries",
// "these nations", "The two met") and definite descriptions ("the group",
// "the island nation") are added as mentions of their own, to be resolved
// by coreference.cc.

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/actor_finder.h"
#include "actors/coreference_parts.h"

namespace dyad::coref {

// "It is unclear", "it was expected", "it seems": "it" stands for no one.
bool IsExpletiveItVerb(std::string_view next) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "is",     "was",     "s",        "remains", "remained", "seems",
      "seemed", "appears", "appeared", "became",  "takes",    "took"};
  return kVerbs.count(next) > 0;
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
// "the parties", "all warring parties": parties to a conflict; not "all
// political parties", "the opposition parties", parties of politics.
bool PartiesToAConflict(const Article& a, uint32_t k) {
  if (k == 0) return true;
  std::string_view m = a.tokens[k - 1].norm;
  return m == "the" || m == "all" || m == "both" || m == "two" || m == "three" || m == "warring" ||
         m == "rival" || m == "conflicting" || m == "negotiating" || m == "opposing" ||
         m == "belligerent";
}

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
    if (group(k) && t.norm == "parties" && !PartiesToAConflict(a, k)) return i;
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
    } else if (IsPairNoun(t.norm) && !(i > sent.first_token && GroupSize(a.tokens[i - 1].norm)) &&
               (t.norm != "parties" || PartiesToAConflict(a, i))) {
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
                // "The West African country and its allies will recall".
                (i + 1 < end && a.tokens[i + 1].norm == "and" &&
                 PluralDefiniteStart(a, i, sent.first_token) == sent.first_token) ||
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

}  // namespace dyad::coref

namespace dyad {

void AddReferringMentions(Article& a, uint32_t s) { coref::AddReferringMentions(a, s); }

}  // namespace dyad
