// The country of each actor mention: where the words place it ("police
// in Kosovo", "Kenyan troops"), whose body or compound it names, the role
// its holder had earlier or later in the article, and else the country the
// story is about (FillContextCountry).

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/finder.h"
#include "text/normalize.h"
#include "time/date_scan.h"

namespace dyad::actor_finding {

// Roles of no country right before "in" and a country are that country's;
// people who act where they are: the country of the town, region or country
// after "in" named nearest to them in their sentence ("protesters set fire
// to buildings in Honiara"), "" if none. A country after "to" is not taken:
// a role sent abroad ("sending police to the Solomon Islands") is named
// with its own country.
// The international court (IGOICC, IGOICJ) the article names, for a court
// role of no country placed in The Hague by its sentence; else "".
std::string Finder::HagueCourt(const ActorMention& m) const {
  if (!m.code.ends_with("JUD")) return "";
  const Sentence& s = a_.sentences[m.sentence];
  bool hague = false;
  for (uint32_t k = s.first_token; k < s.first_token + s.token_count; ++k) {
    hague = hague || a_.tokens[k].norm == "hague";
  }
  if (!hague) return "";
  for (const ActorMention& c : a_.actors) {
    if (c.code == "IGOICC" || c.code == "IGOICJ") return c.code;
  }
  return "";
}

// A capital named for its state ("Addis Ababa", "Havana"): a country
// mention whose words are not the country's name (after "in", or where a
// town is, no demonym).
bool Finder::IsCapital(const ActorMention& c) const {
  return c.kind == ActorKind::kCountry && !c.name.empty() && a_.Span(c.begin, c.end) != c.name;
}

bool Finder::CapitalAt(uint32_t token) const {
  for (const ActorMention& c : a_.actors) {
    if (c.first_token == token) return IsCapital(c);
  }
  return false;
}

std::string Finder::LocalCountry(const ActorMention& m, std::string_view not_country) const {
  static const std::string_view kLocalRoles[] = {"CVL", "OPP", "COP", "REB", "INS", "CRM",
                                                 "LAB", "EDU", "REF", "LEG", "JUD"};
  std::string_view role = std::string_view(m.code).substr(3);
  bool local =
      std::find(std::begin(kLocalRoles), std::end(kLocalRoles), role) != std::end(kLocalRoles);
  // "police officers in northern Kosovo", and any role right before "in"
  // and a country ("soldiers in Niger seized power"): that country.
  // (Rebels "in Addis Ababa" or "in Havana", the capital of another country
  // than the story's, are there for talks: the capital does not place them.)
  std::string home = role == "REB" ? DominantCountry(a_, dict_) : "";
  auto abroad = [&](const std::string& code) { return !home.empty() && code != home; };
  // ("authorities on Monday in the Chinese capital": over a day.)
  uint32_t in_at = m.end_token;
  while (in_at + 1 < a_.tokens.size() && in_at < m.end_token + 2 &&
         (a_.tokens[in_at].norm == "on" || WeekdayFromWord(a_.tokens[in_at].norm) != 0)) {
    ++in_at;
  }
  if (in_at + 1 < a_.tokens.size() && a_.tokens[in_at].norm == "in") {
    for (const ActorMention& c : a_.actors) {
      if (c.first_token <= in_at || c.first_token > in_at + 2) continue;
      if (c.kind == ActorKind::kCountry && c.code.size() >= 3 &&
          c.code.compare(0, 3, not_country) != 0 &&
          !(IsCapital(c) && abroad(c.code.substr(0, 3)))) {
        return c.code.substr(0, 3);
      }
      break;
    }
  }
  if (!local) return "";
  // Of the places of the sentence, the nearest to the mention: "recalled
  // its envoy from Stockholm, after protesters stormed the embassy in
  // Baghdad".
  std::string best;
  uint32_t best_distance = UINT32_MAX;
  for (const PlaceMention& pl : a_.places) {
    if (pl.sentence != m.sentence || pl.country.empty()) continue;
    // Where the story was filed ("BANGKOK: A Myanmar airstrike killed
    // civilians") is not where the people are.
    if (pl.first_token < SkipDateline(a_, a_.sentences[pl.sentence], /*two_towns=*/true)) continue;
    bool town = pl.kind == "city" || pl.kind == "region";
    // A country after "in" is where people are too ("rioting in New
    // Caledonia left three people dead").
    bool country_in =
        pl.kind == "country" && pl.first_token > 0 && a_.tokens[pl.first_token - 1].norm == "in";
    if (!town && !country_in) continue;
    std::string code = dict_.Iso3(pl.country);
    if (code == not_country || (CapitalAt(pl.first_token) && abroad(code))) continue;
    // "lawmaker Jane Roe and her relatives in Macau": a place past
    // another actor is where that one is.
    if (ActorBetween(m, pl.first_token)) continue;
    uint32_t distance = pl.first_token >= m.end_token ? pl.first_token - m.end_token
                                                      : m.first_token - pl.first_token;
    if (distance < best_distance) {
      best_distance = distance;
      best = code;
    }
  }
  return best;
}

// Whether the place at token `place` follows another actor coordinated
// after mention `m` ("Jane Roe and her relatives in Hong Kong"), and so
// places that actor only. (A place after an object, "stormed the
// parliament in Bishkek", is where the act happened.)
bool Finder::ActorBetween(const ActorMention& m, uint32_t place) const {
  if (place < m.end_token || m.end_token >= a_.tokens.size() ||
      a_.tokens[m.end_token].norm != "and") {
    return false;
  }
  for (const ActorMention& c : a_.actors) {
    if (c.sentence != m.sentence || c.kind == ActorKind::kCountry) continue;
    if (c.first_token > m.end_token && c.end_token <= place) return true;
  }
  return false;
}

// "Hong Kong police charged the protesters": people of no country
// facing police named with theirs in the same sentence are of that
// country, in a story its neighbour's government may dominate. Police are
// always their own country's. "" if the sentence names no such police.
std::string Finder::PoliceOfTheSentence(size_t i, const std::vector<bool>& explicit_country) const {
  const ActorMention& m = a_.actors[i];
  std::string_view role = std::string_view(m.code).substr(3);
  if (role != "CVL" && role != "OPP" && role != "LAB" && role != "EDU") return "";
  for (size_t k = 0; k < a_.actors.size(); ++k) {
    const ActorMention& c = a_.actors[k];
    if (k == i || c.sentence != m.sentence || !explicit_country[k]) continue;
    if (c.code.size() == 6 && c.code.ends_with("COP") && c.code[0] != '-')
      return c.code.substr(0, 3);
  }
  return "";
}

// A hyphenated compound before a role noun: "Somalia-based militants" and
// "Saudi-led forces" belong to the country named (kBelongs); "Iran-backed
// militias" do not (kProxy). Returns the country's code, "" if none.
std::string Finder::CompoundCountry(const ActorMention& m, CompoundKind* kind) const {
  static const std::string_view kBelongs[] = {"based", "led", "run", "controlled", "dominated"};
  static const std::string_view kProxy[] = {"backed", "supported", "funded", "sponsored",
                                            "allied", "aligned",   "armed",  "trained",
                                            "linked", "affiliated"};
  for (uint32_t k = m.first_token, steps = 0; k > a_.sentences[m.sentence].first_token && steps < 3;
       ++steps) {
    const Token& t = a_.tokens[--k];
    if (t.kind != TokenKind::kWord) return "";
    std::string_view text = a_.TokenText(t);
    size_t dash = text.rfind('-');
    if (dash == std::string_view::npos || dash == 0) {
      if (t.capitalized) return "";
      continue;  // "Iran-backed armed groups": over a modifier.
    }
    std::string suffix = NormalizeKey(text.substr(dash + 1));
    bool belongs =
        std::find(std::begin(kBelongs), std::end(kBelongs), suffix) != std::end(kBelongs);
    bool proxy = std::find(std::begin(kProxy), std::end(kProxy), suffix) != std::end(kProxy);
    if (!belongs && !proxy) return "";
    Token head;
    head.norm = NormalizeKey(text.substr(0, dash));
    PhraseMatcher::Match match = dict_.matcher().LongestAt(std::span<const Token>(&head, 1), 0);
    for (uint32_t v : match.values) {
      const ActorEntry& e = dict_.entry(dict_.variant(v).entry);
      if (e.kind != ActorKind::kCountry) continue;
      *kind = belongs ? CompoundKind::kBelongs : CompoundKind::kProxy;
      return e.code;
    }
    return "";
  }
  return "";
}

// "its foreign minister", "their troops": the owner is the actor the
// sentence is about, its first actor with a known country (else the previous
// sentence's); "" when the role is not owned.
std::string Finder::OwnerCountry(size_t i) const {
  const ActorMention& m = a_.actors[i];
  if (m.first_token == 0) return "";
  std::string_view det = a_.tokens[m.first_token - 1].norm;
  if (det != "its" && det != "their") return "";
  for (uint32_t s : {m.sentence, m.sentence - 1}) {
    if (s > m.sentence) break;  // No previous sentence.
    for (size_t k = 0; k < a_.actors.size(); ++k) {
      const ActorMention& c = a_.actors[k];
      if (c.sentence != s || k == i || (s == m.sentence && c.first_token >= m.first_token))
        continue;
      if (c.code.size() >= 3 && c.code[0] != '-' && !c.code.starts_with("IGO")) {
        return c.code.substr(0, 3);
      }
    }
  }
  return "";
}

// The role words of a mention: its words without a leading article and
// without the person's name ("the Chargé d'Affaires Natalie Baker" ->
// "chargé d'affaires").
std::vector<std::string_view> RoleWords(const Article& a, const ActorMention& m) {
  std::vector<std::string_view> words;
  uint32_t name_begin = m.end;
  if (m.kind == ActorKind::kPerson && !m.written_name.empty() &&
      m.written_name.size() <= m.end - m.begin) {
    name_begin = m.end - static_cast<uint32_t>(m.written_name.size());
  }
  for (uint32_t t = m.first_token; t < m.end_token && a.tokens[t].begin < name_begin; ++t) {
    std::string_view w = a.tokens[t].norm;
    if (words.empty() && (w == "the" || w == "a" || w == "an")) continue;
    words.push_back(w);
  }
  return words;
}

// "the US Chargé d'Affaires ... Chargé d'Affaires Natalie Baker": a role
// with no country named is the same office as the last earlier mention of
// those role words that had one, so it takes that country; "" if none.
std::string Finder::SameRoleEarlier(size_t i) const {
  const ActorMention& m = a_.actors[i];
  std::vector<std::string_view> role = RoleWords(a_, m);
  if (role.empty()) return "";
  std::string_view suffix = std::string_view(m.code).substr(3);
  for (size_t k = i; k-- > 0;) {
    const ActorMention& c = a_.actors[k];
    if (c.code.size() < 4 || c.code[0] == '-' || c.code[0] == '~' || c.code.starts_with("IGO"))
      continue;
    if (std::string_view(c.code).substr(3) != suffix) continue;
    auto first = a_.tokens.begin() + c.first_token, last = a_.tokens.begin() + c.end_token;
    auto same = [](const Token& t, std::string_view w) { return t.norm == w; };
    if (std::search(first, last, role.begin(), role.end(), same) != last) {
      return c.code.substr(0, 3);
    }
  }
  return "";
}

// "Minister of Foreign Affairs Pradeep Gyawali ... met his Bangladeshi
// counterpart", later "the foreign minister of Nepal": a person whose office
// is named without a country holds it for the one country a later mention of
// the office names, leaving out the countries of the other actors of the
// person's sentence (those are whom the person meets); "" unless exactly one
// country remains.
std::string Finder::SameRoleLater(size_t i) const {
  const ActorMention& m = a_.actors[i];
  static const std::unordered_set<std::string_view> kLinks = {"of",      "for",   "the",   "and",
                                                              "affairs", "state", "deputy"};
  std::vector<std::string_view> role;
  for (std::string_view w : RoleWords(a_, m)) {
    if (kLinks.count(w) == 0) role.push_back(w);
  }
  if (role.empty()) return "";
  std::string_view suffix = std::string_view(m.code).substr(3);
  std::unordered_set<std::string> beside;
  for (const ActorMention& c : a_.actors) {
    if (c.sentence == m.sentence && c.code.size() >= 3 && c.code[0] != '-' && c.code[0] != '~') {
      beside.insert(c.code.substr(0, 3));
    }
  }
  std::string found;
  for (size_t k = i + 1; k < a_.actors.size(); ++k) {
    const ActorMention& c = a_.actors[k];
    if (c.kind != ActorKind::kAgent || c.code.size() < 4 || c.code[0] == '-' || c.code[0] == '~' ||
        c.code.starts_with("IGO") || std::string_view(c.code).substr(3) != suffix)
      continue;
    bool same = false;
    for (uint32_t t = c.first_token; t < c.end_token && !same; ++t) {
      same = std::find(role.begin(), role.end(), a_.tokens[t].norm) != role.end();
    }
    std::string country = c.code.substr(0, 3);
    if (!same || beside.count(country) > 0 || country == found) continue;
    if (!found.empty()) return "";
    found = country;
  }
  return found;
}

// "the junta ruling Mali", "the government running
// Yemen": the country a role rules, named right after it; "" if none.
std::string Finder::RuledCountry(size_t i) const {
  const ActorMention& m = a_.actors[i];
  if (i + 1 >= a_.actors.size() || m.end_token >= a_.tokens.size()) return "";
  std::string_view verb = a_.tokens[m.end_token].norm;
  if (verb != "ruling" && verb != "governing" && verb != "running" && verb != "controlling" &&
      verb != "leading") {
    return "";
  }
  const ActorMention& next = a_.actors[i + 1];
  if (next.first_token != m.end_token + 1 || next.kind != ActorKind::kCountry ||
      next.code.size() < 3 || next.code[0] == '-') {
    return "";
  }
  return next.code.substr(0, 3);
}

void Finder::FillContextCountry() {
  std::string dominant = DominantCountry(a_, dict_);
  std::vector<size_t> nobody;  // Roles of no country at all.
  std::vector<bool> explicit_country(a_.actors.size());
  for (size_t i = 0; i < a_.actors.size(); ++i) {
    explicit_country[i] = !a_.actors[i].code.starts_with("---");
  }
  for (size_t i = 0; i < a_.actors.size(); ++i) {
    ActorMention& m = a_.actors[i];
    if (!m.code.starts_with("---")) {
      if (int holder = HolderOfSameRole(i); holder >= 0) NameAfterHolder(m, holder);
      continue;
    }
    // "Kobler met ..." after "the UN envoy, Martin Kobler,": a later
    // mention of a person takes the code found for the first.
    if (m.kind == ActorKind::kPerson && !m.written_name.empty()) {
      bool done = false;
      for (size_t j = 0; j < i && !done; ++j) {
        const ActorMention& first = a_.actors[j];
        if (first.kind == ActorKind::kPerson && first.written_name == m.written_name &&
            !first.code.starts_with("---") && !first.code.empty()) {
          m.code = first.code;
          done = true;
        }
      }
      if (done) continue;
    }
    // "the UN envoy, Martin Kobler,": the role before the name.
    if (m.kind == ActorKind::kPerson) {
      if (int role = RoleBeforeName(i); role >= 0) {
        m.code = a_.actors[role].code;
        continue;
      }
    }
    // "Gan Yu, a spokesperson for China's coast guard": the apposition
    // gives an unknown person's code. (Not a verb after the comma: "Martin
    // Kobler, arrived in Tripoli" is no apposition.)
    if (m.kind == ActorKind::kPerson && i + 1 < a_.actors.size()) {
      // ("Li Wei, a spokesman for China's navy": over a role of no country
      // to the body it serves, inside the apposition.)
      size_t n = i + 1;
      auto serves = [&](size_t k) {  // "spokesman for", "official of (the)"
        uint32_t e = a_.actors[k].end_token;
        if (e + 1 >= a_.tokens.size()) return false;
        std::string_view w = a_.tokens[e].norm;
        uint32_t body = a_.tokens[e + 1].norm == "the" ? e + 2 : e + 1;
        return (w == "for" || w == "of" || w == "at") && a_.actors[k + 1].first_token == body;
      };
      while (n + 1 < a_.actors.size() && a_.actors[n].kind == ActorKind::kAgent &&
             a_.actors[n].code.starts_with("---") && a_.actors[n + 1].sentence == m.sentence &&
             serves(n)) {
        ++n;
      }
      const ActorMention& next = a_.actors[n];
      uint32_t gap = a_.actors[i + 1].first_token - m.end_token;
      uint32_t o = m.end_token + 1;  // The word opening what follows the comma.
      const Token* opener = o < a_.tokens.size() ? &a_.tokens[o] : nullptr;
      bool opens = next.first_token == o ||
                   (opener != nullptr &&
                    (opener->norm == "a" || opener->norm == "an" || opener->norm == "the" ||
                     IsAppositiveTitle(opener->norm) || opener->capitalized));
      if (next.sentence == m.sentence && gap >= 2 && gap <= 6 &&
          a_.tokens[m.end_token].norm == "," && next.code.size() >= 3 && next.code[0] != '-' &&
          opens) {
        m.code = next.code;
        continue;
      }
    }
    // "the secretary-general said" after "UN Secretary-General Ban
    // Ki-moon", "the monarch" after "Jordan's King Abdullah II": the person
    // introduced with the role.
    if (m.kind == ActorKind::kAgent) {
      if (int holder = RoleHolderBefore(i); holder >= 0) {
        m.code = a_.actors[holder].code;
        NameAfterHolder(m, holder);
        continue;
      }
    }
    CompoundKind compound = CompoundKind::kBelongs;
    std::string named = CompoundCountry(m, &compound);
    std::string country = compound == CompoundKind::kBelongs ? named : "";
    if (country.empty()) country = OwnerCountry(i);
    if (country.empty()) country = RuledCountry(i);
    // "Danish media and government": the role joined to an actor shares
    // its country.
    if (i > 0 && m.first_token >= 1) {
      const ActorMention& prev = a_.actors[i - 1];
      std::string_view link = a_.tokens[m.first_token - 1].norm;
      if (prev.sentence == m.sentence && prev.end_token + 1 == m.first_token &&
          (link == "and" || link == ",") && prev.code.size() >= 3 && prev.code[0] != '-' &&
          prev.code[0] != '~' && !prev.code.starts_with("IGO")) {
        country = prev.code.substr(0, 3);
      }
    }
    if (country.empty() && !rules_.unowned_agent_prefix.empty() && m.kind == ActorKind::kAgent) {
      m.code = std::string(rules_.unowned_agent_prefix) + m.code.substr(3);  // "~COP", "---GOV"
      continue;
    }
    // An office one person holds, or people named again ("the hostages"),
    // are those named before; other people in the plural ("12 civilians")
    // are first those of the place they are in.
    // "judges in The Hague" in a story of the ICC are its judges.
    if (std::string court = HagueCourt(m); !court.empty()) {
      m.code = court;
      continue;
    }
    const Token& head = a_.tokens[m.end_token - 1];
    bool definite = m.first_token > 0 && a_.tokens[m.first_token - 1].norm == "the";
    bool plural = m.kind != ActorKind::kPerson && head.lemma != head.norm && !definite;
    if (country.empty() && !plural) country = SameRoleEarlier(i);
    if (country.empty() && m.kind == ActorKind::kPerson) country = SameRoleLater(i);
    if (country.empty()) country = LocalCountry(m, named);
    if (country.empty()) country = PoliceOfTheSentence(i, explicit_country);
    if (country.empty() && plural) country = SameRoleEarlier(i);
    if (country.empty()) country = dominant != named ? dominant : DominantCountry(a_, dict_, named);
    if (country.empty()) country = dominant;

    // No country anywhere ("The appeals court upheld the conviction"): a
    // role alone is no CAMEO actor, and the mention is dropped below. (A
    // person stays, uncoded, as a speaker.)
    if (country.empty() && m.kind == ActorKind::kAgent) {
      nobody.push_back(i);
      continue;
    }
    // A role alone ("GOV") is no country: an unplaced person is uncoded.
    m.code = country.empty() ? std::string() : country + m.code.substr(3);
    // "The prime minister" in a story of Greece's: the holder named before.
    if (int holder = HolderOfSameRole(i); holder >= 0) NameAfterHolder(m, holder);
  }
  for (size_t k = nobody.size(); k-- > 0;) a_.actors.erase(a_.actors.begin() + nobody[k]);
}

}  // namespace dyad::actor_finding
