// Coreference: pronouns and descriptions take the code of an actor already
// introduced.
//
// Design: a single pass in text order with a short memory. "he"/"she"/"him"
// go to the most recent person; "they"/"them" to the most recent plural actor
// (an organisation, a plural role noun or a group) or, failing that, to the
// last two people; "both leaders", "the two sides" or "the three countries"
// to the last distinct actors of the fitting kind; "the group" to the last organisation. Memory
// reaches back three sentences: older antecedents are too unreliable.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "actors/actor_finder.h"

namespace dyad {
namespace {

constexpr uint32_t kReach = 3;  // Sentences an antecedent stays available.

bool IsPersonLike(const ActorMention& m) { return m.kind == ActorKind::kPerson; }

bool IsPluralLike(const ActorMention& m, const Article& a) {
  if (m.kind == ActorKind::kOrganization) return true;
  if (m.kind == ActorKind::kDescription) return !m.members.empty();
  if (m.kind == ActorKind::kAgent) {
    std::string_view w = a.TokenText(a.tokens[m.end_token - 1]);
    return !w.empty() && (w.back() == 's' || w == "police" || w == "military");
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
    if (a.tokens[k].kind != TokenKind::kWord || a.tokens[k].capitalized) break;
  }
  return i;
}

}  // namespace

void AddReferringMentions(Article& a, uint32_t s) {
  const Sentence& sent = a.sentences[s];
  uint32_t end = sent.first_token + sent.token_count;
  for (uint32_t i = sent.first_token; i < end; ++i) {
    const Token& t = a.tokens[i];
    ActorMention m;
    m.sentence = s;
    m.first_token = i;
    m.end_token = i + 1;
    if (t.norm == "he" || t.norm == "she" || t.norm == "him" || t.norm == "they" ||
        t.norm == "them") {
      m.kind = ActorKind::kPronoun;
    } else if (GroupSize(t.norm) && i + 1 < end && IsGroupNoun(a.tokens[i + 1].norm)) {
      m.kind = ActorKind::kDescription;
      m.end_token = i + 2;
      if (i > sent.first_token && a.tokens[i - 1].norm == "the") m.first_token = i - 1;
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
    m.begin = a.tokens[m.first_token].begin;
    m.end = a.tokens[m.end_token - 1].end;
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

void ResolveOne(Article& a, size_t i) {
  ActorMention& m = a.actors[i];
  std::string_view head = a.tokens[m.end_token - 1].norm;
  int found = -1;
  if (m.kind == ActorKind::kPronoun) {
    if (head == "he" || head == "she" || head == "him") {
      found = FindBack(a, i, m.sentence, IsPersonLike);
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
  } else if (IsOrganisationNoun(head)) {
    // An organisation, or a body known by its proper name.
    found = FindBack(a, i, m.sentence, [&](const ActorMention& c) {
      // A body known by its proper name is capitalised to its head
      // ("Special Deterrence Force"), unlike "Kenyan soldiers".
      return c.kind == ActorKind::kOrganization ||
             (c.kind == ActorKind::kAgent && a.tokens[c.first_token].capitalized &&
              a.tokens[c.end_token - 1].capitalized && c.end_token - c.first_token >= 2);
    });
  } else {  // "both leaders", "the two countries"
    bool countries = head == "countries" || head == "nations" || head == "states" ||
                     head == "neighbours" || head == "neighbors";
    bool groups = head == "groups" || head == "factions" || head == "militias" ||
                  head == "forces" || head == "armies" || head == "rivals" || head == "camps" ||
                  head == "movements" || head == "sides" || head == "parties";
    uint32_t size_at = a.tokens[m.first_token].norm == "the" ? m.first_token + 1 : m.first_token;
    size_t n = std::max(2, GroupSize(a.tokens[size_at].norm));
    ResolveGroup(a, i, LastN(a, i, m.sentence, n, [&](const ActorMention& c) {
                   if (countries) return c.kind == ActorKind::kCountry;
                   if (groups) {
                     return c.kind == ActorKind::kOrganization || c.kind == ActorKind::kAgent;
                   }
                   return c.kind == ActorKind::kPerson || c.kind == ActorKind::kCountry;
                 }));
    return;
  }
  if (found >= 0) CopyFrom(m, a.actors[found], found);
}

}  // namespace

void ResolveCoreference(Article& a) {
  std::unordered_map<std::string, int> entities;
  for (size_t i = 0; i < a.actors.size(); ++i) {
    ActorMention& m = a.actors[i];
    if (m.kind == ActorKind::kPronoun || m.kind == ActorKind::kDescription) {
      ResolveOne(a, i);
      continue;
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
