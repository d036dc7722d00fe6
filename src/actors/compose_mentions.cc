// Composition: adjacent dictionary pieces merged into one mention the way
// English names actors, "[country or organisation]['s] [role nouns...]
// [person name]" ("Iraq's Prime Minister Mohammed Shia Al-Sudani"), and
// the mention coded: a person by the dictionary role valid on the
// publication date, else country + role; surnames are kept for later
// mentions.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/finder.h"
#include "text/normalize.h"

namespace dyad::actor_finding {

enum class PieceType { kCountry, kOrganization, kAgent, kPerson, kSurname, kTitledName };

PieceType TypeOf(const Article& a, const Piece& p) {
  if (!p.entry) {
    return p.bare_name || IsTitleWord(a.tokens[p.first].norm) ? PieceType::kTitledName
                                                              : PieceType::kSurname;
  }
  switch (p.entry->kind) {
    case ActorKind::kCountry:
      return PieceType::kCountry;
    case ActorKind::kOrganization:
      return PieceType::kOrganization;
    case ActorKind::kPerson:
      return PieceType::kPerson;
    default:
      return PieceType::kAgent;
  }
}

bool CanFollow(PieceType prev, PieceType next) {
  switch (prev) {
    case PieceType::kCountry:
      return next != PieceType::kCountry;
    case PieceType::kOrganization:
      return next == PieceType::kAgent;
    case PieceType::kAgent:
      // "Iraqi spokesman Ahmed Sahaf said": a role names the person after it.
      return next == PieceType::kAgent || next == PieceType::kPerson ||
             next == PieceType::kSurname || next == PieceType::kTitledName;
    default:
      return false;
  }
}

// What one composed mention is made of.
struct Group {
  const ActorEntry* country = nullptr;
  const ActorEntry* org = nullptr;
  const ActorEntry* agent = nullptr;  // The last role noun (the head).
  const ActorEntry* person = nullptr;
  const NamedPerson* surname_of = nullptr;  // When a surname was matched.
  bool former = false;                      // "former security officials": ELI.
  bool opens_with_demonym = false;          // "Cambodian forces", not "Cambodia's".
  uint32_t name_first = 0;                  // Tokens of a person's name, if any.
  uint32_t name_end = 0;
  uint32_t first = 0, end = 0;  // All tokens.
};

// Words that may stand between a country and its role noun: "Mali's ruling
// junta", "the Sudanese transitional government".
bool IsRoleModifier(std::string_view w) {
  static const std::string_view kWords[] = {
      "ruling",   "interim",  "transitional", "caretaker", "new",      "top",
      "senior",   "chief",    "main",         "powerful",  "acting",   "incoming",
      "outgoing", "military", "civilian",     "federal",   "regional", "embattled"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

bool Adjacent(const Article& a, uint32_t prev_end, const Piece& next, PieceType prev_type) {
  if (next.first == prev_end) return true;
  bool state = prev_type == PieceType::kCountry || prev_type == PieceType::kOrganization;
  if (!state) return false;
  uint32_t k = prev_end;
  // ("Islamic State (IS) militants": over a short name in brackets.)
  if (k + 2 < next.first && a.tokens[k].norm == "(") {
    uint32_t close = k + 1;
    while (close < next.first && close < k + 4 && a.tokens[close].norm != ")") ++close;
    if (close + 1 == next.first && a.tokens[close].norm == ")") return true;
  }
  if (k < next.first && a.tokens[k].kind == TokenKind::kPossessive) ++k;
  for (int n = 0; n < 2 && k < next.first && IsRoleModifier(a.tokens[k].norm); ++n) ++k;
  return k == next.first && k > prev_end;
}

// A country's name that is no name of the country: a capitalised synonym
// other than the canonical name, as the peers' dictionaries list people
// ("+TELEMAR" under DAGOLATH).
bool Finder::IsPersonUnderCountry(const Piece& p) const {
  if (!rules_.roles_name_listed_people || !p.entry->peer || p.entry->form != CountryForm::kName)
    return false;
  std::string text;
  for (uint32_t j = p.first; j < p.end; ++j) {
    if (!a_.tokens[j].capitalized) return false;
    text += (text.empty() ? "" : " ") + a_.tokens[j].norm;
  }
  std::string name = p.entry->name;
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::replace(name.begin(), name.end(), '_', ' ');
  return text != name;
}

uint32_t Finder::Compose(uint32_t s, const std::vector<Piece>& pieces, size_t i) {
  const Sentence& sent = a_.sentences[s];
  uint32_t sent_end = sent.first_token + sent.token_count;
  Group g;
  g.first = pieces[i].first;
  g.former = g.first > sent.first_token && a_.tokens[g.first - 1].norm == "former";
  size_t k = i;
  PieceType prev = TypeOf(a_, pieces[i]);
  g.opens_with_demonym =
      prev == PieceType::kCountry && pieces[i].entry->form == CountryForm::kAdjective;
  for (; k < pieces.size(); ++k) {
    const Piece& p = pieces[k];
    PieceType t = TypeOf(a_, p);
    // "Islamic State (IS) militants", "Democratic Republic of Congo (DR
    // Congo) forces": a short name restated in brackets between a state or
    // body and its role noun is passed over.
    if (k > i && (g.country || g.org) && g.end + 1 == p.first && a_.tokens[g.end].norm == "(" &&
        p.end < sent_end && a_.tokens[p.end].norm == ")" && k + 1 < pieces.size() &&
        pieces[k + 1].first == p.end + 1 && TypeOf(a_, pieces[k + 1]) == PieceType::kAgent) {
      g.end = p.end + 1;
      continue;
    }
    // "Bree Prime Minister Romendacil" where a dictionary codes the person
    // by country alone (as the peers' dictionaries do): one mention.
    bool same_country = prev == PieceType::kAgent && t == PieceType::kCountry && g.country &&
                        p.entry->code == g.country->code;
    // "Deputy Prime Minister Telemar" where the dictionary lists the person
    // among his country's names: a role holder of that country.
    bool listed_person = prev == PieceType::kAgent && t == PieceType::kCountry && !g.country &&
                         !g.org && IsPersonUnderCountry(p);
    // "Arnor former security officials": "former" inside the phrase.
    bool former_inside = k > i && t == PieceType::kAgent && p.first == g.end + 1 &&
                         a_.tokens[g.end].norm == "former";
    if (k > i && ((!CanFollow(prev, t) && !same_country && !listed_person) ||
                  (!Adjacent(a_, g.end, p, prev) && !former_inside))) {
      break;
    }
    g.former |= former_inside;
    if (same_country || listed_person) {
      if (listed_person) {
        g.country = p.entry;
        g.name_first = p.first;
        g.name_end = p.end;
      }
      g.end = p.end;
      continue;
    }
    switch (t) {
      case PieceType::kCountry:
        g.country = p.entry;
        break;
      case PieceType::kOrganization:
        g.org = p.entry;
        break;
      case PieceType::kAgent:
        g.agent = p.entry;
        break;
      case PieceType::kPerson:
        g.person = p.entry;
        break;
      case PieceType::kSurname:
        g.surname_of = &surnames_.at(a_.tokens[p.first].norm);
        break;
      case PieceType::kTitledName:
        break;
    }
    if (t == PieceType::kPerson || t == PieceType::kSurname || t == PieceType::kTitledName) {
      // "Dr Natalegawa said": the title is no part of the name, even when
      // the name was found as a speaker's.
      bool titled = t == PieceType::kTitledName && IsTitleWord(a_.tokens[p.first].norm) &&
                    p.end > p.first + 1;
      g.name_first = titled ? p.first + 1 : p.first;
      if (titled && a_.tokens[g.name_first].norm == "." && g.name_first + 1 < p.end) ++g.name_first;
      while (titled && g.name_first + 1 < p.end && IsTitleWord(a_.tokens[g.name_first].norm)) {
        ++g.name_first;  // Stacked ranks: "Brig. Gen. Yehia Rasool".
        if (a_.tokens[g.name_first].norm == "." && g.name_first + 1 < p.end) ++g.name_first;
      }
      g.name_end = p.end;
    }
    g.end = p.end;
    prev = t;
  }
  // "[the] foreign minister of Iraq", "secretary-general of the UN",
  // "troops from Chad". ("Forces in Yemen" may be anyone's: "in" is not
  // taken.)
  if (g.agent && !g.person && !g.country && !g.org && k < pieces.size()) {
    uint32_t of = g.end;
    uint32_t next = of + 1;
    if (next < sent_end && a_.tokens[next].norm == "the") ++next;
    PieceType t = TypeOf(a_, pieces[k]);
    std::string_view prep = of < sent_end ? std::string_view(a_.tokens[of].norm) : "";
    // "its troops from Congo" are someone else's troops leaving Congo.
    std::string_view before = g.first > sent.first_token
                                  ? std::string_view(a_.tokens[g.first - 1].norm)
                                  : std::string_view();
    bool owned = before == "its" || before == "their" || before == "his" || before == "her" ||
                 before == "our" || before == "own";
    bool linked = prep == "of" || (prep == "from" && !owned) ||
                  (prep == "in" && rules_.agent_in_country && !owned);
    // ("chief of Peru's national police": the country owns what follows.)
    bool owner =
        pieces[k].end < sent_end && a_.tokens[pieces[k].end].kind == TokenKind::kPossessive;
    if (linked && !owner && pieces[k].first == next &&
        (t == PieceType::kCountry || t == PieceType::kOrganization)) {
      (t == PieceType::kCountry ? g.country : g.org) = pieces[k].entry;
      g.end = pieces[k].end;
      ++k;
    }
  }
  // A role noun followed by an unknown name: "Foreign Minister Fuad Hussein";
  // also a body's officer named as one phrase: "UN envoy Martin Kobler".
  std::string_view last = g.end > g.first ? std::string_view(a_.tokens[g.end - 1].norm) : "";
  bool titled_org = g.org && !g.agent && IsAppositiveTitle(last);
  if (((g.agent && !g.agent->plural) || titled_org) && g.name_end == 0 && g.end < sent_end &&
      (k >= pieces.size() || pieces[k].first > g.end)) {
    uint32_t len = UnknownNameLength(a_, g.end, sent_end);
    if (k < pieces.size()) len = std::min(len, pieces[k].first - g.end);
    if (len > 0) {
      g.name_first = g.end;
      g.name_end = g.end + len;
      g.end += len;
    }
  }
  Emit(s, g);
  return static_cast<uint32_t>(std::max<size_t>(k - i, 1));
}

// Role nouns that are also adjectives ("official result", "military aid").
bool IsAdjectivalRole(std::string_view norm) {
  static const std::unordered_set<std::string_view> kWords = {
      "official", "military",   "government", "presidential", "parliamentary", "state",
      "foreign",  "security",   "defence",    "defense",      "federal",       "national",
      "civilian", "opposition", "diplomatic", "judicial",     "general"};
  return kWords.count(norm) > 0;
}

// Words after which a preceding role noun is a noun (a subject or object),
// not an adjective: verbs, auxiliaries, conjunctions, prepositions.
bool EndsNounPhrase(const Token& t) {
  static const std::unordered_set<std::string_view> kWords = {
      "said", "says", "say",   "told",  "has",    "have", "had",   "is",   "was",  "were",
      "are",  "will", "would", "could", "should", "may",  "might", "must", "can",  "did",
      "does", "do",   "and",   "or",    "but",    "who",  "which", "that", "also", "on",
      "in",   "at",   "to",    "for",   "from",   "with", "by",    "of",   "not",  "as"};
  if (t.kind != TokenKind::kWord || t.capitalized) return true;
  return kWords.count(t.norm) > 0 || t.norm.ends_with("ed");
}

void Finder::Emit(uint32_t s, const Group& g) {
  bool lone_role = g.agent && !g.country && !g.org && !g.person && !g.surname_of &&
                   g.name_end == 0 && g.end - g.first == 1;
  if (lone_role && !rules_.role_adjectives && IsAdjectivalRole(a_.tokens[g.first].norm) &&
      g.end < a_.tokens.size() && !EndsNounPhrase(a_.tokens[g.end])) {
    return;  // "the official result", "military aid": an adjective.
  }
  // "the Indian side" is India's government; "both sides" is for
  // coreference. "The Hezbollah chief" is the group's leader; "chief" alone
  // ("chief of Peru's police") is said of some body named after it.
  if (g.agent && !g.country && !g.org && !g.person && !g.surname_of && g.name_end == 0 &&
      (g.agent->name == "side" || g.agent->name == "chief")) {
    return;
  }
  ActorMention m;
  m.sentence = s;
  m.first_token = g.first;
  m.end_token = g.end;
  m.begin = a_.tokens[g.first].begin;
  m.end = a_.tokens[g.end - 1].end;
  m.with_role = g.agent != nullptr && (g.org || g.country || g.person);
  std::string country = g.country ? g.country->code : "";
  std::string role = g.agent ? g.agent->code : "";
  if (g.opens_with_demonym) adjective_first_.insert(g.first);
  // Former officials are CAMEO's elites: "former security officials" of
  // Arnor are ARNELI, not ARNGOV.
  // (Former detainees or journalists are not: only state roles.)
  static const std::unordered_set<std::string_view> kStateRoles = {"GOV", "MIL", "COP",
                                                                   "JUD", "LEG", "SPY"};
  if (g.former && g.agent && !g.person && !g.surname_of && kStateRoles.count(role) > 0) {
    role = "ELI";
  }
  if (g.person) {
    m.kind = ActorKind::kPerson;
    m.code = dict_.PersonCode(*g.person, a_.published_date);
    if (m.code == "---") return;  // A peer's null code: no actor on this date.
    // "opposition leader Roza Otunbayeva" on the day she took power: the
    // words of the story say which side the person speaks for.
    if (role == "OPP" && m.code.size() == 6 && kStateRoles.count(m.code.substr(3)) > 0) {
      m.code = m.code.substr(0, 3) + role;
    }
    // "NATO Secretary-General Mark Rutte" before his term in the
    // dictionary began: the international body the words name.
    std::string_view body = g.org ? std::string_view(g.org->code) : std::string_view();
    bool international = body.starts_with("IGO") || body.starts_with("NGO");
    if (international && g.agent && !m.code.starts_with(body)) m.code = std::string(body);
    m.name = g.person->name;
    m.written_name =
        std::string(a_.Span(a_.tokens[g.name_first].begin, a_.tokens[g.name_end - 1].end));
  } else if (g.surname_of) {
    const NamedPerson& first = *g.surname_of;
    m.kind = ActorKind::kPerson;
    m.code = first.code;
    m.name = first.name;
    m.written_name = first.written_name;
  } else if (g.org) {
    m.kind = ActorKind::kOrganization;
    m.code = g.org->code + (role == "ELI" ? role : "");
    // "Sudanese Red Crescent", "Kenya Red Cross": a national society is its
    // country's NGO, not the International Committee.
    std::string_view said = a_.Span(m.begin, m.end);
    if (g.country && m.code == "NGOIRC" && said.find("International") == std::string_view::npos &&
        said.find("IFRC") == std::string_view::npos &&
        said.find("ICRC") == std::string_view::npos) {
      m.code = country + "NGO";
      m.name = std::string(said);
    }
    if (g.org->code_first && !g.agent) code_first_.insert(g.first);
    if (m.name.empty()) m.name = g.org->name;
    // "Pentagon spokesman Army Col. Steve Warren", "UN envoy Martin
    // Kobler": the organisation's officer, a person named as written.
    if (g.name_end > 0) {
      m.kind = ActorKind::kPerson;
      const Token& b = a_.tokens[g.name_first];
      m.name = a_.text.substr(b.begin, a_.tokens[g.name_end - 1].end - b.begin);
      m.written_name = m.name;
    }
  } else if (g.name_end > 0 || g.agent) {
    m.kind = g.name_end > 0 ? ActorKind::kPerson : ActorKind::kAgent;
    // Former officials of "White House" (a seat of government) are USAGOVELI.
    bool seat = g.country && g.country->form == CountryForm::kCapital && role == "ELI";
    m.code = (country.empty() ? std::string("---") : country) + (seat ? "GOV" : "") + role;
    // Rights groups of no country are the transnational rights movement.
    if (country.empty() && role == "HRI" && g.name_end == 0) m.code = "NGOHRI";
    // "foreign aid agencies", "international charities": NGOs of no one
    // country, not of the country they work in.
    if (country.empty() && role == "NGO" && g.name_end == 0 && g.first > 0) {
      std::string_view before = a_.tokens[g.first - 1].norm;
      if (before == "foreign" || before == "international") m.code = "NGO";
    }
    if (g.name_end > 0) {
      const Token& b = a_.tokens[g.name_first];
      const Token& e = a_.tokens[g.name_end - 1];
      m.name = a_.text.substr(b.begin, e.end - b.begin);
      m.written_name = m.name;
      if (const NamedPerson* royal = RoyalByGivenName(g)) {
        m.code = royal->code;
        m.name = royal->name;
        m.written_name = royal->written_name;
      }
    } else {
      m.name = std::string(a_.Span(m.begin, m.end));
    }
  } else if (g.country) {
    m.kind = ActorKind::kCountry;
    m.code = country;
    if (g.country->form == CountryForm::kCapital) m.code += "GOV";
    m.name = g.country->name;
    // A plural demonym standing alone names people: "Venezuelans marched".
    const std::string& last = a_.tokens[g.end - 1].norm;
    if (g.country->form == CountryForm::kAdjective && g.end - g.first == 1 && last.size() > 3 &&
        last.back() == 's') {
      m.kind = ActorKind::kAgent;
      m.code += "CVL";
    }
  }
  if (m.code.empty()) return;
  a_.actors.push_back(std::move(m));
  if (a_.actors.back().kind == ActorKind::kPerson && g.name_end > 0) {
    RegisterSurname(a_.actors.back(), g.name_end - 1);
  }
}

// Whether a name may be cited by its first word: any two-word name ("Wang
// Yi" is "Wang", "Xi Jinping" is "Xi"; a given name alone is rarely written
// in news), and a three-word name whose last two words are short syllables,
// as Korean names are ("Kim Jong Un" is "Kim", "Yoon Suk Yeol" is "Yoon").
bool FamilyNameFirst(std::string_view name) {
  size_t first = name.find(' ');
  size_t last = name.rfind(' ');
  if (first == std::string_view::npos) return false;
  if (first == last) return true;
  if (name.find(' ', first + 1) != last) return false;
  return last - first - 1 <= 4 && name.size() - last - 1 <= 4;
}

void Finder::RegisterSurname(const ActorMention& m, uint32_t last_token) {
  NamedPerson who{m.code, m.name, m.written_name};
  const std::string& norm = a_.tokens[last_token].norm;
  if (norm.size() >= 3) surnames_.emplace(norm, who);
  if (norm.size() > 5 && (norm.starts_with("al") || norm.starts_with("el"))) {
    surnames_.emplace(norm.substr(2), who);
  }
  // The dictionary's canonical surname too ("Hegseth" for "Pete Hegseth").
  size_t space = m.name.rfind(' ');
  if (space != std::string::npos) {
    std::string key = NormalizeKey(std::string_view(m.name).substr(space + 1));
    if (key.size() >= 3) surnames_.emplace(key, who);
    if (m.kind == ActorKind::kPerson && FamilyNameFirst(m.name)) {
      std::string first = NormalizeKey(std::string_view(m.name).substr(0, m.name.find(' ')));
      if (first.size() >= 2) surnames_.emplace(first, who);
    }
    // Royals are called by title and given name ("Prince Mohammed" for
    // Mohammed bin Salman); the latest person of that given name wins.
    size_t first_space = m.name.find(' ');
    if (m.kind == ActorKind::kPerson && first_space != std::string::npos) {
      given_names_[NormalizeKey(std::string_view(m.name).substr(0, first_space))] = who;
    }
  }
}

// A royal title and a given name alone ("Prince Mohammed", "Sheikh Tamim")
// naming a person already introduced, or null.
const NamedPerson* Finder::RoyalByGivenName(const Group& g) const {
  static const std::unordered_set<std::string_view> kRoyal = {
      "prince", "princess", "sheikh", "sheikha", "king", "queen", "emir", "sultan"};
  uint32_t title = g.name_first;
  if (g.name_end != g.name_first + 2) {
    if (g.name_end != g.name_first + 1 || g.name_first == 0) return nullptr;
    title = g.name_first - 1;  // "Sheikh" consumed as a title word.
  }
  if (kRoyal.count(a_.tokens[title].norm) == 0) return nullptr;
  auto it = given_names_.find(a_.tokens[g.name_end - 1].norm);
  return it == given_names_.end() ? nullptr : &it->second;
}

}  // namespace dyad::actor_finding
