// Groups ("both leaders", "the three countries", "these nations") and the
// story's main pair: a group takes the coordinated run of the right size
// and kind that the article mentions most, else the parties named last;
// actors that govern the group in its own clause are never members.

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/actor_finder.h"
#include "actors/coreference_parts.h"

namespace dyad::coref {

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
  bool governs = false;  // The mention after `c` governs the group.
  for (size_t k = i; k-- > 0;) {
    const ActorMention& c = a.actors[k];
    if (c.sentence != m.sentence) break;
    // "Russia, Iran and Turkey called on both sides": the subject's
    // coordinated members govern it too.
    if (governs && OnlyConjunction(a, c.end_token, to)) {
      if (!c.code.empty()) out.insert(PartyKey(c));
      to = std::min(to, c.first_token);
      continue;
    }
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
    governs = relative || (verb && !boundary);
    if (!c.code.empty() && governs) out.insert(PartyKey(c));
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

// One member per party of coordinated run `run`, in text order; empty if
// any member does not fit `head` or is among the `excluded` parties.
std::vector<int> RunParties(const Article& a, const std::vector<int>& run, GroupHead head,
                            const std::unordered_set<std::string>& excluded) {
  std::vector<int> members;
  std::unordered_set<std::string> parties;
  for (int k : run) {
    const ActorMention& c = a.actors[k];
    if (!Fits(c, head) || excluded.count(PartyKey(c)) > 0) return {};
    if (parties.insert(PartyKey(c)).second) members.push_back(k);
  }
  return members;
}

// One member per party of the coordinated run of `n` parties of the fitting
// kind that the article mentions most; empty if there is none.
std::vector<int> MostMentionedRun(const Article& a, size_t i, size_t n, GroupHead head,
                                  const std::unordered_set<std::string>& excluded) {
  std::unordered_map<std::string, int> mentions = MentionCounts(a);
  std::vector<int> best;
  int best_score = 0;
  for (const std::vector<int>& run : CoordinatedRuns(a, i)) {
    std::vector<int> members = RunParties(a, run, head, excluded);
    if (members.size() != n) continue;
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
    std::vector<int> members = RunParties(a, *run, GroupHead::kStates, excluded);
    if (members.size() < 2) continue;
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

}  // namespace dyad::coref

namespace dyad {

std::vector<int> MainPair(const Article& a, size_t before, const std::vector<int>& outsiders) {
  return coref::MainPair(a, before, outsiders);
}

}  // namespace dyad
