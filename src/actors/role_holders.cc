// Who a role mention names: the person introduced with a definite office
// ("the secretary-general said" after "UN Secretary-General Ban Ki-moon"),
// or the one person of its code the article named before ("the British
// minister", "the prime minister").

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "actors/finder.h"

namespace dyad::actor_finding {

// Whether person mention `k` was introduced with a word `holds` accepts:
// among the four words right before the name (back to punctuation or
// another person), in the name's own words, or in an apposition after it.
template <typename Holds>
bool IntroducedAs(const Article& a, size_t k, Holds holds) {
  const ActorMention& p = a.actors[k];
  uint32_t first = a.sentences[p.sentence].first_token;
  for (uint32_t t = p.first_token, n = 0; t > first && n < 4; ++n) {
    const Token& w = a.tokens[--t];
    if (w.kind != TokenKind::kWord && w.kind != TokenKind::kPossessive) break;
    if (holds(w.norm)) return true;
    bool other = false;
    for (size_t o = k; o-- > 0 && a.actors[o].end_token > t;) {
      other |= a.actors[o].kind == ActorKind::kPerson && a.actors[o].first_token <= t;
    }
    if (other) break;
  }
  uint32_t to = p.end_token;
  if (to + 1 < a.tokens.size() && a.tokens[to].norm == ",") {
    for (to = p.end_token + 1; to < a.tokens.size() && to < p.end_token + 9; ++to) {
      if (a.tokens[to].kind == TokenKind::kPunct) break;
    }
  }
  for (uint32_t t = p.first_token; t < to; ++t) {
    if (holds(a.tokens[t].norm)) return true;
  }
  return false;
}

// The word before an office's head noun in mention `m` ("prime" of "the
// prime minister", "foreign" of "the foreign minister"); "" if none.
std::string_view OfficeQualifier(const Article& a, const ActorMention& m) {
  if (m.end_token < m.first_token + 2 || a.tokens[m.end_token - 2].kind != TokenKind::kWord) {
    return {};
  }
  return a.tokens[m.end_token - 2].norm;
}

// For a definite, singular office with no country ("the secretary-general",
// "the monarch", "the spokesman"), a person mention before it in the
// article introduced with that office (for a monarch: "king", "queen",
// "emir", "sultan"); of several, the one the article has named most so
// far, of equals the latest. -1 if none.
int Finder::RoleHolderBefore(size_t i) const {
  const ActorMention& m = a_.actors[i];
  if (m.first_token == 0 || a_.tokens[m.first_token - 1].norm != "the") return -1;
  const Token& head = a_.tokens[m.end_token - 1];
  // Offices one person holds; not bodies ("the ministry") or plurals.
  static const std::unordered_set<std::string_view> kOffices = {
      "president", "minister",    "secretarygeneral", "secretary",
      "spokesman", "spokeswoman", "spokesperson",     "monarch",
      "king",      "queen",       "premier",          "chancellor",
      "envoy",     "ambassador",  "commander",        "governor",
      "mayor",     "emir",        "sultan",           "pope",
      "speaker",   "negotiator",  "mediator",         "leader",
      "chief"};
  if (kOffices.count(head.norm) == 0) return -1;
  // "the prime minister", "the foreign minister": the word that tells the
  // office from others of its kind must be in the introduction too.
  std::string_view qualifier = OfficeQualifier(a_, m);
  auto holds = [&](std::string_view w) {
    if (!qualifier.empty()) return w == qualifier;
    if (w == head.norm) return true;
    return head.norm == "monarch" && (w == "king" || w == "queen" || w == "emir" || w == "sultan");
  };
  int best = -1, best_count = 0;
  for (size_t k = i; k-- > 0;) {
    const ActorMention& p = a_.actors[k];
    if (p.kind != ActorKind::kPerson || p.code.size() < 3 || p.code[0] == '-') continue;
    if (!IntroducedAs(a_, k, holds)) continue;
    int count = 0;
    for (size_t o = 0; o < i; ++o) count += a_.actors[o].name == p.name;
    if (count > best_count) {
      best = static_cast<int>(k);
      best_count = count;
    }
  }
  return best;
}

// For a definite office ("the British minister" after "British Foreign
// Secretary David Lammy", "the prime minister" in a story of Greece's, "the
// Hezbollah chief"), the person of the same code named before it: the only
// one; of several, those introduced with the office's word; and for a
// head of state, government or group ("president", "leader", "chief"), the
// one the article has named most. -1 if none or undecided.
int Finder::HolderOfSameRole(size_t i) const {
  const ActorMention& m = a_.actors[i];
  static const std::unordered_set<std::string_view> kPersonOffices = {
      "minister",   "president", "premier",          "chancellor",  "secretary",
      "ambassador", "envoy",     "spokesman",        "spokeswoman", "spokesperson",
      "commander",  "diplomat",  "secretarygeneral", "leader",      "chief"};
  static const std::unordered_set<std::string_view> kHeads = {"president", "premier", "leader",
                                                              "chief", "chancellor"};
  std::string_view head = m.end_token > 0 ? std::string_view(a_.tokens[m.end_token - 1].norm) : "";
  // ("the Hezbollah chief": an organisation's office.)
  bool office = m.kind == ActorKind::kAgent || m.kind == ActorKind::kOrganization;
  if (!office || m.first_token == 0 || m.code.size() != 6 ||
      a_.tokens[m.first_token - 1].norm != "the" || kPersonOffices.count(head) == 0) {
    return -1;
  }
  // Each person of that code: the latest mention, and how often named.
  std::vector<std::pair<int, int>> people;  // (mention, count)
  for (size_t k = 0; k < i; ++k) {
    const ActorMention& c = a_.actors[k];
    if (c.kind != ActorKind::kPerson || c.code != m.code) continue;
    auto same_person = [&](const std::pair<int, int>& p) {
      return a_.actors[p.first].name == c.name;
    };
    auto it = std::find_if(people.begin(), people.end(), same_person);
    if (it == people.end()) {
      people.emplace_back(static_cast<int>(k), 1);
    } else {
      *it = {static_cast<int>(k), it->second + 1};
    }
  }
  if (people.size() == 1) return people[0].first;
  if (people.empty()) return -1;
  // ("the prime minister": introduced as "prime", not any minister. A
  // capitalised word before the office is its country: "the British
  // minister".)
  std::string_view qualifier = OfficeQualifier(a_, m);
  std::string_view word = qualifier.empty() || NamesCountry(qualifier) ? head : qualifier;
  bool prime = qualifier == "prime";
  int introduced = -1;
  for (const auto& [k, count] : people) {
    if (!IntroducedAs(a_, k, [&](std::string_view w) { return w == word; })) continue;
    if (introduced >= 0) return -1;
    introduced = k;
  }
  if (introduced >= 0) return introduced;
  if (kHeads.count(head) == 0 && !prime) return -1;
  std::sort(people.begin(), people.end(),
            [](const auto& x, const auto& y) { return x.second > y.second; });
  return people[0].second > people[1].second ? people[0].first : -1;
}

// Whether the word `norm` alone is a country's name or demonym.
bool Finder::NamesCountry(std::string_view norm) const {
  Token word;
  word.norm = std::string(norm);
  PhraseMatcher::Match match = dict_.matcher().LongestAt(std::span<const Token>(&word, 1), 0);
  return std::any_of(match.values.begin(), match.values.end(), [&](uint32_t v) {
    return dict_.entry(dict_.variant(v).entry).kind == ActorKind::kCountry;
  });
}

// Role mention `m` names the person at `holder`: it takes the holder's
// names and entity (its code is the holder's already, or set by the caller).
void Finder::NameAfterHolder(ActorMention& m, int holder) const {
  const ActorMention& h = a_.actors[holder];
  m.name = h.name;
  m.written_name = h.written_name;
  m.entity = h.entity >= 0 ? h.entity : holder;
}

}  // namespace dyad::actor_finding
