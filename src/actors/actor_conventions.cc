// Coding conventions over the whole article, applied once every sentence's
// mentions are found: roles shared over lists and adjectives, delegations'
// sides, peacekeepers of a mission, officers of their body, the two Koreas,
// acts led by someone, names that are no actors, state bodies owned by a
// country, and long names before their acronyms.

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/finder.h"
#include "text/normalize.h"
#include "time/date_scan.h"

namespace dyad::actor_finding {

// "The ambassadors of France, Germany and Italy", "lawmakers from Kenya and
// Uganda": the role joined to the list's first country by "of", "from" (or
// "in") belongs to each country of the list.
void Finder::DistributeRolesOverLists() {
  for (size_t i = 0; i + 1 < a_.actors.size(); ++i) {
    const ActorMention& m = a_.actors[i];
    if (m.kind != ActorKind::kAgent || m.code.size() < 6 || m.code[0] == '-') continue;
    bool linked = false;
    for (uint32_t t = m.first_token + 1; t + 1 < m.end_token && !linked; ++t) {
      std::string_view w = a_.tokens[t].norm;
      linked = w == "of" || w == "from" || w == "in";
    }
    if (!linked) continue;
    std::string role = m.code.substr(3);
    for (size_t k = i + 1; k < a_.actors.size(); ++k) {
      ActorMention& n = a_.actors[k];
      const ActorMention& prev = a_.actors[k - 1];
      if (n.sentence != m.sentence || n.kind != ActorKind::kCountry) break;
      uint32_t t = prev.end_token;
      if (t < n.first_token && a_.tokens[t].norm == ",") ++t;
      if (t < n.first_token && a_.tokens[t].norm == "and") ++t;
      if (t < n.first_token && a_.tokens[t].norm == "the") ++t;
      if (t != n.first_token || t == prev.end_token) break;
      n.code = n.code.substr(0, 3) + role;
      n.kind = ActorKind::kAgent;
      n.with_role = true;
    }
  }
}

// "Thai and Cambodian forces", "Iraqi, Syrian and Turkish officials":
// demonyms coordinated before one role noun each hold that role. Only
// demonyms: in "Israel and Palestinian militants" Israel is not a militant.
void Finder::ShareRoleOverAdjectives() {
  for (size_t k = a_.actors.size(); k-- > 1;) {
    const ActorMention& m = a_.actors[k];
    if (m.kind != ActorKind::kAgent || !m.with_role || m.code.size() < 6 || m.code[0] == '-' ||
        !adjective_first_.count(m.first_token)) {
      continue;
    }
    std::string role = m.code.substr(3);
    uint32_t next_first = m.first_token;
    for (size_t j = k; j-- > 0;) {
      ActorMention& n = a_.actors[j];
      if (n.sentence != m.sentence || n.kind != ActorKind::kCountry ||
          !adjective_first_.count(n.first_token)) {
        break;
      }
      uint32_t t = n.end_token;
      if (t < next_first && a_.tokens[t].norm == ",") ++t;
      if (t < next_first && a_.tokens[t].norm == "and") ++t;
      if (t != next_first || t == n.end_token) break;
      n.code = n.code.substr(0, 3) + role;
      n.kind = ActorKind::kAgent;
      n.with_role = true;
      next_first = n.first_token;
    }
  }
}

// "rebel delegates", "opposition negotiators": people sent by a side are of
// that side's role, not the government's; and in "Government and rebel
// delegates from South Sudan" the bare side before "and" is of the same
// country.
void Finder::SidesOfADelegation() {
  static const std::unordered_set<std::string_view> kEnvoys = {
      "delegates", "delegation", "delegations", "negotiators", "representatives", "envoys"};
  // A side is a word the agent dictionary gives a role ("rebel" REB,
  // "opposition" OPP, "government" GOV).
  auto side = [&](const Token& t) -> std::string {
    PhraseMatcher::Match match = dict_.matcher().LongestAt(std::span<const Token>(&t, 1), 0);
    for (uint32_t v : match.values) {
      const ActorEntry& e = dict_.entry(dict_.variant(v).entry);
      if (e.kind == ActorKind::kAgent && e.code.size() == 3) return e.code;
    }
    return "";
  };
  for (size_t k = 0; k < a_.actors.size(); ++k) {
    ActorMention& m = a_.actors[k];
    if (m.kind != ActorKind::kAgent || m.code.size() < 6) continue;
    std::string role;
    for (uint32_t t = m.first_token; t + 1 < m.end_token && role.empty(); ++t) {
      if (kEnvoys.count(a_.tokens[t + 1].norm) > 0) role = side(a_.tokens[t]);
    }
    if (role.empty()) continue;
    m.code = m.code.substr(0, 3) + role;
    // "Government and rebel delegates from X": the side before "and".
    if (k == 0 || m.first_token < 2 || a_.tokens[m.first_token - 1].norm != "and") continue;
    ActorMention& prev = a_.actors[k - 1];
    if (prev.sentence != m.sentence || prev.end_token + 1 != m.first_token ||
        prev.end_token != prev.first_token + 1 || m.code[0] == '-') {
      continue;
    }
    if (std::string prev_role = side(a_.tokens[prev.first_token]); !prev_role.empty()) {
      prev.code = m.code.substr(0, 3) + prev_role;
    }
  }
}

// "Oman's envoy to Kenya, Said al-Harthy,": the role before an
// unknown name, across a comma and over a place it is posted to, is his.
// The role mention's index, or -1.
int Finder::RoleBeforeName(size_t i) const {
  const ActorMention& m = a_.actors[i];
  if (i == 0 || m.first_token < 2 || a_.tokens[m.first_token - 1].norm != ",") return -1;
  size_t k = i - 1;
  const ActorMention* prev = &a_.actors[k];
  if (prev->sentence != m.sentence || prev->end_token + 1 != m.first_token) return -1;
  if (prev->kind == ActorKind::kCountry && k > 0 && prev->first_token >= 1) {
    std::string_view prep = a_.tokens[prev->first_token - 1].norm;
    const ActorMention& role = a_.actors[k - 1];
    if ((prep == "to" || prep == "in" || prep == "at") && role.sentence == m.sentence &&
        role.end_token + 1 == prev->first_token) {
      --k;
      prev = &role;
    }
  }
  // ("the UN envoy, Martin Kobler": a body's alias ending in a title.)
  bool titled_body = prev->kind == ActorKind::kOrganization &&
                     IsAppositiveTitle(a_.tokens[prev->end_token - 1].norm);
  bool coded_role = (prev->kind == ActorKind::kAgent && prev->with_role) || titled_body;
  coded_role = coded_role && prev->code.size() >= 6 && prev->code[0] != '-';
  return coded_role ? static_cast<int>(k) : -1;
}

// "two peacekeepers from Ghana died" in a story about UNIFIL:
// peacekeepers serve the mission the article names (a UN or African Union
// force), whatever country sent them. Without a mission named they stay
// their country's soldiers ("Russian peacekeepers in Karabakh").
bool IsMissionName(std::string_view name) {
  for (std::string_view key :
       {"MINUS", "MONUSCO", "UNIFIL", "UNMISS", "UNFICYP", "Mission", "peacekeep"}) {
    if (name.find(key) != std::string_view::npos) return true;
  }
  return false;
}

// "peacekeepers", "peacekeepers from Burundi", "the peacekeeping force".
bool NamesPeacekeepers(const Article& a, const ActorMention& m) {
  for (uint32_t t = m.first_token; t < m.end_token; ++t) {
    std::string_view w = a.tokens[t].norm;
    if (w == "peacekeeper" || w == "peacekeepers") return true;
    if (w == "peacekeeping" && t + 1 < m.end_token) return true;
  }
  return false;
}

void Finder::PeacekeepersOfTheMission() {
  const ActorMention* mission = nullptr;
  for (const ActorMention& m : a_.actors) {
    if (m.kind != ActorKind::kOrganization || !m.code.starts_with("IGO")) continue;
    // "the United Nations mission said": a body's mission is the mission.
    std::string_view next;
    if (m.end_token < a_.tokens.size()) next = a_.tokens[m.end_token].norm;
    if (IsMissionName(m.name) || next == "mission" || next == "peacekeeping") {
      mission = &m;
      break;
    }
  }
  if (mission == nullptr) return;
  std::string code = mission->code;
  for (ActorMention& m : a_.actors) {
    if (m.kind == ActorKind::kAgent && m.code.ends_with("MIL") && NamesPeacekeepers(a_, m)) {
      m.code = code;
    }
  }
}

// "an attaché at the Italian Embassy in Cairo", "staff of the Swedish
// embassy": a role noun of no country of its own belongs to the state
// whose mission it works at, not to the country the story is in.
void Finder::StaffOfAMission() {
  for (size_t i = 0; i + 1 < a_.actors.size(); ++i) {
    ActorMention& m = a_.actors[i];
    const ActorMention& n = a_.actors[i + 1];
    if (m.kind != ActorKind::kAgent || m.with_role || n.sentence != m.sentence ||
        n.code.size() < 3 || n.code[0] == '-' || m.code.size() < 6) {
      continue;
    }
    std::string_view head = a_.tokens[n.end_token - 1].norm;
    if (head != "embassy" && head != "consulate" && head != "mission") continue;
    uint32_t k = m.end_token;
    if (k >= n.first_token) continue;
    std::string_view prep = a_.tokens[k].norm;
    if (prep != "at" && prep != "of" && prep != "from" && prep != "in") continue;
    if (++k < n.first_token && a_.tokens[k].norm == "the") ++k;
    if (k != n.first_token) continue;
    m.code = n.code.substr(0, 3) + m.code.substr(3);
  }
}

// "the deputy leader of the largest opposition party", "a spokesman for
// the rebels": an officer of a body that is no part of the state takes the
// body's code, not the state role the officer noun has alone.
void Finder::OfficersOfTheirBody() {
  static const std::unordered_set<std::string_view> kOfficers = {
      "general",    "leader",    "leaders",   "head",        "chief",        "chairman",
      "chairwoman", "chair",     "spokesman", "spokeswoman", "spokesperson", "member",
      "members",    "president", "founder",   "official",    "officials",    "secretary"};
  static const std::unordered_set<std::string_view> kBodies = {"OPP", "REB", "LAB", "MED", "BUS",
                                                               "NGO", "HRI", "EDU", "REL"};
  for (size_t i = 0; i + 1 < a_.actors.size(); ++i) {
    ActorMention& m = a_.actors[i];
    const ActorMention& n = a_.actors[i + 1];
    if (m.kind != ActorKind::kAgent || n.sentence != m.sentence || m.code.size() < 6) continue;
    bool officer = false;  // The officer noun ends the words or stands before "of".
    for (uint32_t t = m.first_token; t < m.end_token && !officer; ++t) {
      officer = kOfficers.count(a_.tokens[t].norm) > 0 &&
                (t + 1 == m.end_token || a_.tokens[t + 1].norm == "of");
    }
    if (!officer || m.code.compare(3, 3, "GOV") != 0) continue;
    if (n.code.size() < 6 || !kBodies.count(n.code.substr(3, 3))) continue;
    uint32_t k = m.end_token;
    // "spokesman of the Zimbabwe | Reform Party": the country word was
    // taken into the officer's words, the body follows at once.
    bool adjacent = k == n.first_token && m.with_role;
    if (!adjacent) {
      if (k >= n.first_token || (a_.tokens[k].norm != "of" && a_.tokens[k].norm != "for")) {
        continue;
      }
      ++k;
      if (k < n.first_token && a_.tokens[k].norm == "the") ++k;
      if (k != n.first_token) continue;
    }
    m.code = n.code;
  }
}

// Role nouns with no country take the country of the actor they are
// coordinated with ("the US government and military"), else the article's.
// "condemn the North's provocation": in a story that names North Korea,
// "the North" is North Korea and "the South" South Korea (the state).
void Finder::KoreanNorthAndSouth() {
  bool korean = false;
  for (const ActorMention& m : a_.actors) korean |= m.code.starts_with("PRK");
  if (!korean) return;
  std::vector<ActorMention> added;
  for (uint32_t s = 0; s < a_.sentences.size(); ++s) {
    const Sentence& st = a_.sentences[s];
    for (uint32_t i = st.first_token + 1; i < st.first_token + st.token_count; ++i) {
      const Token& t = a_.tokens[i];
      if (a_.tokens[i - 1].norm != "the" || !t.capitalized ||
          (t.norm != "north" && t.norm != "south")) {
        continue;
      }
      if (i + 1 < a_.tokens.size() && a_.tokens[i + 1].capitalized) continue;  // "North Korea".
      bool taken = false;
      for (const ActorMention& m : a_.actors) taken |= m.first_token <= i && i < m.end_token;
      if (taken) continue;
      ActorMention m;
      m.sentence = s;
      m.first_token = i;
      m.end_token = i + 1;
      m.begin = t.begin;
      m.end = t.end;
      m.kind = ActorKind::kCountry;
      m.code = t.norm == "north" ? "PRKGOV" : "KORGOV";
      m.name = dict_.CountryName(m.code.substr(0, 3));
      added.push_back(std::move(m));
    }
  }
  if (added.empty()) return;
  a_.actors.insert(a_.actors.end(), added.begin(), added.end());
  std::stable_sort(
      a_.actors.begin(), a_.actors.end(),
      [](const ActorMention& x, const ActorMention& y) { return x.first_token < y.first_token; });
}

// "Saudi-led airstrikes", "a US-led offensive": the country that leads an
// act named by a plain noun is an actor (its armed forces) where no role
// noun follows (those are CompoundCountry's: "Saudi-led forces").
void Finder::LedActs() {
  std::vector<ActorMention> added;
  for (uint32_t i = 0; i + 1 < a_.tokens.size(); ++i) {
    const Token& t = a_.tokens[i];
    std::string_view text = a_.TokenText(t);
    if (t.kind != TokenKind::kWord || !t.capitalized || !text.ends_with("-led")) continue;
    const Token& next = a_.tokens[i + 1];
    if (next.kind != TokenKind::kWord || next.capitalized) continue;
    bool taken = false;
    for (const ActorMention& m : a_.actors) {
      taken |= m.first_token <= i + 1 && i < m.end_token;
    }
    if (taken) continue;
    Token head;
    head.norm = NormalizeKey(text.substr(0, text.size() - 4));
    PhraseMatcher::Match match = dict_.matcher().LongestAt(std::span<const Token>(&head, 1), 0);
    for (uint32_t v : match.values) {
      const ActorEntry& e = dict_.entry(dict_.variant(v).entry);
      if (e.kind != ActorKind::kCountry) continue;
      ActorMention m;
      m.sentence = static_cast<uint32_t>(
          std::upper_bound(a_.sentences.begin(), a_.sentences.end(), i,
                           [](uint32_t tok, const Sentence& st) { return tok < st.first_token; }) -
          a_.sentences.begin() - 1);
      m.first_token = i;
      m.end_token = i + 1;
      m.begin = t.begin;
      m.end = t.end;
      m.kind = ActorKind::kAgent;
      m.code = e.code.substr(0, 3) + "MIL";
      m.name = dict_.CountryName(m.code.substr(0, 3));
      added.push_back(std::move(m));
      break;
    }
  }
  if (added.empty()) return;
  a_.actors.insert(a_.actors.end(), added.begin(), added.end());
  std::stable_sort(
      a_.actors.begin(), a_.actors.end(),
      [](const ActorMention& x, const ActorMention& y) { return x.first_token < y.first_token; });
}

// "the anti-ISIS coalition", "anti-Houthi forces": a name after "anti-" is
// what its noun opposes, no actor, except where the noun is a protest
// aimed at it ("anti-Rwanda protests").
void Finder::DropOpposedNames() {
  static const std::unordered_set<std::string_view> kProtests = {
      "protest", "protests", "demonstration", "demonstrations", "rally",    "rallies",
      "march",   "marches",  "riots",         "slogans",        "sentiment"};
  std::erase_if(a_.actors, [&](const ActorMention& m) {
    uint32_t f = m.first_token;
    if (f < 2 || a_.tokens[f - 1].norm != "-" || a_.tokens[f - 2].norm != "anti") return false;
    return m.end_token >= a_.tokens.size() || kProtests.count(a_.tokens[m.end_token].norm) == 0;
  });
  // "the Algiers Declaration", "the Minsk Agreement", "the Oslo Accords": a
  // place naming a document or a process is no actor.
  static const std::unordered_set<std::string_view> kNamed = {
      "declaration", "agreement",   "agreements", "accord", "accords", "protocol",
      "convention",  "conventions", "process",    "format", "treaty",  "communique"};
  std::erase_if(a_.actors, [&](const ActorMention& m) {
    return m.kind == ActorKind::kCountry && m.end_token < a_.tokens.size() &&
           a_.tokens[m.end_token].capitalized && kNamed.count(a_.tokens[m.end_token].norm) > 0;
  });
}

// "South Korea's Joint Chiefs of Staff": a state body whose name another
// country also uses is the possessor's when a country owns it.
void Finder::OwnedStateBodies() {
  auto state_body = [](const ActorMention& m) {
    if (m.kind != ActorKind::kOrganization || m.code.size() != 6 || m.code[0] == '-') return false;
    std::string_view role = std::string_view(m.code).substr(3);
    return role == "GOV" || role == "MIL" || role == "COP" || role == "SPY" || role == "JUD" ||
           role == "LEG";
  };
  // Composed into one mention ("South Korea's Joint Chiefs of Staff"): the
  // country named before the possessive inside it.
  for (ActorMention& m : a_.actors) {
    if (!state_body(m)) continue;
    std::string role = m.code.substr(3);
    for (const PlaceMention& pl : a_.places) {
      if (pl.first_token != m.first_token || pl.kind != "country" || pl.end_token >= m.end_token ||
          a_.tokens[pl.end_token].kind != TokenKind::kPossessive) {
        continue;
      }
      std::string owner = dict_.Iso3(pl.country);
      if (owner.size() == 3 && m.code.compare(0, 3, owner) != 0) {
        m.code = owner + role;
        m.name = std::string(a_.Span(a_.tokens[pl.end_token + 1].begin, m.end));
      }
    }
  }
  for (size_t k = 1; k < a_.actors.size(); ++k) {
    ActorMention& m = a_.actors[k];
    const ActorMention& owner = a_.actors[k - 1];
    if (!state_body(m) || owner.kind != ActorKind::kCountry || owner.code.size() < 3 ||
        owner.end_token + 1 != m.first_token || owner.end_token >= a_.tokens.size() ||
        a_.tokens[owner.end_token].kind != TokenKind::kPossessive) {
      continue;
    }
    if (m.code.compare(0, 3, owner.code, 0, 3) != 0) {
      m.code = owner.code.substr(0, 3) + m.code.substr(3);
      m.name = a_.Span(m.begin, m.end);
    }
  }
}

// "Kurdish Workers Party (PKK) militants": a known acronym in brackets
// names the group whose long name is written before it; the mention spans
// both, mentions inside the long name ("Workers") are dropped, and a role
// right after the bracket ("militants") is the group's.
void Finder::NamesBeforeAcronyms() {
  std::vector<bool> drop(a_.actors.size());
  for (size_t i = 0; i < a_.actors.size(); ++i) {
    const ActorMention& m = a_.actors[i];
    if (m.kind != ActorKind::kOrganization || m.code.size() < 3 || m.code[0] == '-' ||
        m.end_token != m.first_token + 1 || !a_.tokens[m.first_token].all_caps ||
        m.first_token < 2 || m.end_token >= a_.tokens.size() ||
        a_.tokens[m.first_token - 1].norm != "(" || a_.tokens[m.end_token].norm != ")") {
      continue;
    }
    // "the Organisation for the Prohibition of Chemical Weapons (OPCW)": a
    // long name already known is a mention of its own.
    bool known = false;
    for (const ActorMention& o : a_.actors) known |= o.end_token + 1 == m.first_token;
    if (known) continue;
    uint32_t run = m.first_token - 1;
    while (run > a_.sentences[m.sentence].first_token &&
           (a_.tokens[run - 1].capitalized || a_.tokens[run - 1].norm == "of" ||
            a_.tokens[run - 1].norm == "for" || a_.tokens[run - 1].norm == "and")) {
      --run;
    }
    if (run < m.first_token - 1 && a_.tokens[run].norm == "the") ++run;
    if (run + 1 >= m.first_token) continue;
    for (size_t k = 0; k < a_.actors.size(); ++k) {
      const ActorMention& o = a_.actors[k];
      if (k == i || o.sentence != m.sentence) continue;
      if (o.first_token >= run && o.end_token < m.first_token) drop[k] = true;
      if (o.kind == ActorKind::kAgent && o.first_token == m.end_token + 1 &&
          o.code.starts_with("---")) {
        a_.actors[k].code = m.code;
      }
    }
    // The mention now spans the long name and the acronym.
    ActorMention& named = a_.actors[i];
    named.first_token = run;
    named.begin = a_.tokens[run].begin;
    named.end = a_.tokens[named.end_token].end;  // The closing bracket.
    ++named.end_token;
  }
  for (size_t k = drop.size(); k-- > 0;) {
    if (drop[k]) a_.actors.erase(a_.actors.begin() + static_cast<long>(k));
  }
}

// "South Korea's Joint Chiefs of Staff (JCS) said ... the JCS said": an
// acronym the article defines in brackets after a mention names that
// actor wherever it stands alone later, whatever body of another country
// the dictionary knows by it. Run after the owners of bodies are known.
void Finder::AcronymsAsDefined() {
  for (size_t i = 0; i < a_.actors.size(); ++i) {
    const ActorMention def = a_.actors[i];
    uint32_t k = def.end_token;
    // (A body, not a country: "the peacekeeping force in Lebanon (UNIFIL)"
    // names the force.)
    bool body = def.kind == ActorKind::kOrganization || def.kind == ActorKind::kAgent;
    if (def.code.size() < 3 || def.code[0] == '-' || !body || k + 2 >= a_.tokens.size() ||
        a_.tokens[k].norm != "(" || a_.tokens[k + 2].norm != ")" || !a_.tokens[k + 1].all_caps) {
      continue;
    }
    std::string_view acronym = a_.tokens[k + 1].norm;
    for (size_t j = i + 1; j < a_.actors.size(); ++j) {
      ActorMention& later = a_.actors[j];
      if (later.end_token != later.first_token + 1 ||
          a_.tokens[later.first_token].norm != acronym || later.code == def.code) {
        continue;
      }
      later.code = def.code;
      later.name = def.name;
    }
  }
}

}  // namespace dyad::actor_finding
