// Actor recognition.
//
// Design: a greedy longest match of dictionary phrases over each sentence
// (case rules keep "us" and "turkey" from matching), then a composition pass
// that merges adjacent pieces into one mention the way English names actors:
// [country or organisation]['s] [role nouns...] [person name]
// ("Iraq's Prime Minister Mohammed Shia Al-Sudani", "Iraqi Foreign Minister
// Fuad Hussein" with an unknown name, "US Defense Secretary Pete Hegseth").
// A person's code comes from the dictionary role valid on the publication
// date; otherwise the code is country + role. Role nouns without a country
// take the article's dominant country. Surnames of people introduced earlier
// are recognised in later sentences.
#include "actors/actor_finder.h"

#include <algorithm>
#include <deque>
#include <unordered_map>
#include <unordered_set>

#include "actors/named_body.h"
#include "lexicon/phrase_matcher.h"
#include "text/normalize.h"
#include "time/date_scan.h"

namespace dyad {
namespace {

struct Piece {
  uint32_t first = 0, end = 0;  // tokens
  const ActorEntry* entry = nullptr;
  bool bare_name = false;  // An unknown name with no title ("said Gan Yu").
};

int KindRank(ActorKind k) {
  switch (k) {
    case ActorKind::kPerson:
      return 4;
    case ActorKind::kOrganization:
      return 3;
    case ActorKind::kCountry:
      return 2;
    default:
      return 1;
  }
}

bool CaseOk(const Article& a, const Token& first, const ActorEntry& e, const ActorVariant& v) {
  if (v.acronym) {
    return first.all_caps || a.TokenText(first).find('.') != std::string_view::npos;
  }
  if (e.kind == ActorKind::kAgent || e.code_first) return true;  // Common nouns.
  if (first.capitalized || first.all_caps) return true;
  // "al-Shabab", "el-Sisi": a lowercase Arabic article before a capital.
  std::string_view rest = a.text;
  rest.remove_prefix(first.begin);
  size_t dash = rest.find('-');
  if (dash == 0 || dash > 3 || dash + 1 >= rest.size()) return false;
  for (size_t k = 0; k < dash; ++k) {
    if (rest[k] < 'a' || rest[k] > 'z') return false;
  }
  return rest[dash + 1] >= 'A' && rest[dash + 1] <= 'Z';
}

// Whether tokens [first, end) end a place name found by the gazetteer that
// starts before them.
bool EndsLongerPlace(const Article& a, size_t first, size_t end) {
  for (const PlaceMention& pl : a.places) {
    if (pl.first_token < first && pl.end_token == end) return true;
  }
  return false;
}

// The best dictionary piece starting at token i, or none.
Piece BestPieceAt(const Article& a, const ActorDictionary& dict, size_t i, size_t end,
                  bool any_case) {
  Piece best;
  std::span<const Token> toks(a.tokens.data(), end);
  dict.matcher().ForEachAt(toks, i, [&](uint32_t len, std::span<const uint32_t> vids) {
    const ActorEntry* chosen = nullptr;
    // A name written with its article ("THE_SHIRE") is capitalised after it.
    size_t head = len > 1 && a.tokens[i].norm == "the" ? i + 1 : i;
    for (uint32_t vid : vids) {
      const ActorVariant& v = dict.variant(vid);
      const ActorEntry& e = dict.entry(v.entry);
      if (!any_case && !CaseOk(a, a.tokens[head], e, v)) continue;
      if (!chosen || KindRank(e.kind) > KindRank(chosen->kind)) chosen = &e;
    }
    // "Santiago de Cuba", "Rio de Janeiro": a capital's name that goes on
    // into a longer place name is that place, no metonym.
    if (chosen && chosen->kind == ActorKind::kCountry && i + len < end) {
      std::string_view next = a.tokens[i + len].norm;
      if (next == "de" || next == "del" || next == "do" || next == "da" || next == "di") {
        chosen = nullptr;
      }
    }
    // "the Central American country", "Latin American leaders": a region's
    // adjective, not the United States.
    if (chosen && chosen->kind == ActorKind::kCountry && i > 0 && len == 1 &&
        a.tokens[i].norm == "american") {
      std::string_view prev = a.tokens[i - 1].norm;
      if (prev == "central" || prev == "latin" || prev == "south" || prev == "north") {
        chosen = nullptr;
      }
    }
    // "the French language", "English speakers": a language, no actor.
    if (chosen && chosen->kind == ActorKind::kCountry && i + len < end) {
      std::string_view next = a.tokens[i + len].norm;
      if (next == "language" || next == "languages" || next == "speakers" || next == "speaking" ||
          next == "speaker") {
        chosen = nullptr;
      }
    }
    // "US$15 billion", "NZ$2 million": a currency, no actor.
    if (chosen && i + len < end && a.tokens[i + len].norm == "$" &&
        a.tokens[i + len].begin == a.tokens[i + len - 1].end) {
      chosen = nullptr;
    }
    // "Mocimboa da Praia": nor is one that ends a longer place name.
    if (chosen && chosen->kind == ActorKind::kCountry && EndsLongerPlace(a, i, i + len)) {
      chosen = nullptr;
    }
    if (chosen) {
      best.first = static_cast<uint32_t>(i);
      best.end = static_cast<uint32_t>(i + len);
      best.entry = chosen;
    }
  });
  return best;
}

bool IsNameParticle(std::string_view norm) {
  static const std::unordered_set<std::string_view> kParticles = {
      "al", "bin", "ibn", "de",  "da",  "van", "von", "el",  "abu", "bint", "di",
      "la", "le",  "du",  "dos", "das", "ben", "del", "der", "den", "della"};
  return kParticles.count(norm) > 0;
}

// Whether the particles from token k on ("del", "van der", "de la") run into
// a capitalised name word before `end`.
bool ParticlesBeforeName(const Article& a, size_t k, size_t end) {
  size_t j = k;
  while (j < end && j < k + 3 && IsNameParticle(a.tokens[j].norm)) ++j;
  return j > k && j < end && a.tokens[j].capitalized;
}

bool IsTitleWord(std::string_view norm) {
  return norm == "mr" || norm == "mrs" || norm == "ms" || norm == "dr" || norm == "sir" ||
         norm == "madam" || norm == "sheikh" || norm == "lady";
}

// Words that are capitalised but never part of a person's name.
bool IsNonNameWord(std::string_view norm) {
  static const std::unordered_set<std::string_view> kWords = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "the", "on", "in", "said", "says", "and", "of", "for", "to", "at",
      // Words that end an office's name: "the Prime Minister Office".
      "office", "ministry", "department", "palace", "house", "council", "secretariat", "cabinet",
      "government"};
  return kWords.count(norm) > 0;
}

// "al-Halbousi", "el-Sisi": a lower-case Arabic article joined to a name.
bool IsJoinedParticleName(std::string_view raw) {
  return raw.size() > 3 && (raw.starts_with("al-") || raw.starts_with("el-")) && raw[3] >= 'A' &&
         raw[3] <= 'Z';
}

// Length of an unknown capitalised name starting at token i (0 if none).
uint32_t UnknownNameLength(const Article& a, size_t i, size_t end) {
  uint32_t len = 0;
  for (size_t k = i; k < end && len < 5; ++k) {
    const Token& t = a.tokens[k];
    if (t.kind != TokenKind::kWord) break;
    if (IsNonNameWord(t.norm)) break;
    bool particle = ParticlesBeforeName(a, k, end);
    if (!t.capitalized && !particle && !IsJoinedParticleName(a.TokenText(t))) break;
    ++len;
  }
  return len;
}

struct Group;

// Who a person mention names, kept for later mentions by surname.
struct NamedPerson {
  std::string code, name, written_name;
};

bool IsSpeechWord(std::string_view norm) {
  return norm == "said" || norm == "says" || norm == "told" || norm == "added" ||
         norm == "stated" || norm == "wrote";
}

// Titles that open an apposition without an article: "Léon Charles, chief
// of the national police,".
bool IsAppositiveTitle(std::string_view norm) {
  static const std::string_view kTitles[] = {
      "chief",    "head",      "leader",      "spokesman",  "spokeswoman", "spokesperson",
      "director", "commander", "chairman",    "chairwoman", "chair",       "secretary",
      "governor", "mayor",     "ambassador",  "envoy",      "president",   "minister",
      "deputy",   "founder",   "coordinator", "adviser",    "advisor",     "commissioner"};
  for (std::string_view t : kTitles) {
    if (norm == t) return true;
  }
  return false;
}

// Verbs whose object is a person: "sentenced Olivier Boko", "arrested
// Jane Roe". An unknown name right after one is a person.
bool TakesPersonObject(std::string_view norm) {
  static const std::string_view kVerbs[] = {
      "sentenced", "arrested",  "detained",  "charged",      "convicted", "jailed",
      "freed",     "pardoned",  "kidnapped", "abducted",     "deported",  "extradited",
      "indicted",  "acquitted", "summoned",  "assassinated", "executed",  "expelled"};
  for (std::string_view v : kVerbs) {
    if (norm == v) return true;
  }
  return false;
}

// An unknown name of two or three capitalised words that a speech verb, a
// verb taking a person as object or an apposition marks as a person: "said
// Jane Roe", "Jane Roe said", "sentenced Jane Roe", "Jane Roe, a spokeswoman for
// ...". 0 if none at token i.
uint32_t SpeakerNameLength(const Article& a, size_t i, size_t end) {
  // Inside a longer name ("Bert van der Meer").
  if (i > 0 && (a.tokens[i - 1].capitalized || IsNameParticle(a.tokens[i - 1].norm))) return 0;
  uint32_t len = UnknownNameLength(a, i, end);
  if (len < 2 || len > 3) return 0;
  bool after_verb =
      i > 0 && (IsSpeechWord(a.tokens[i - 1].norm) || TakesPersonObject(a.tokens[i - 1].norm));
  size_t next = i + len;
  bool before_verb = next < end && IsSpeechWord(a.tokens[next].norm);
  bool apposition = next + 1 < end && a.tokens[next].norm == "," &&
                    (a.tokens[next + 1].norm == "a" || a.tokens[next + 1].norm == "an" ||
                     a.tokens[next + 1].norm == "the" || IsSpeechWord(a.tokens[next + 1].norm) ||
                     IsAppositiveTitle(a.tokens[next + 1].norm));
  return after_verb || before_verb || apposition ? len : 0;
}

class Finder {
 public:
  Finder(Article& a, const ActorDictionary& dict, const AgentRules& rules)
      : a_(a), dict_(dict), rules_(rules) {}

  void Run() {
    for (uint32_t s = 0; s < a_.sentences.size(); ++s) FindInSentence(s);
    NamesBeforeAcronyms();
    OwnedStateBodies();
    DropOpposedNames();
    KoreanNorthAndSouth();
    if (rules_.roles_over_lists) LedActs();
    if (rules_.roles_over_lists) {
      DistributeRolesOverLists();
      ShareRoleOverAdjectives();
    }
    if (rules_.roles_over_lists) SidesOfADelegation();
    FillContextCountry();
    if (rules_.roles_over_lists) {
      PeacekeepersOfTheMission();
      OfficersOfTheirBody();
    }
    ResolveCoreference(a_);
  }

 private:
  void FindInSentence(uint32_t s);
  std::vector<Piece> Pieces(uint32_t s);
  uint32_t Compose(uint32_t s, const std::vector<Piece>& pieces, size_t i);
  void JoinCodeFirstAgents(size_t from);
  void RegisterAcronyms(size_t from);
  bool IsPersonUnderCountry(const Piece& p) const;
  void RegisterSurname(const ActorMention& m, uint32_t last_token);
  const NamedPerson* RoyalByGivenName(const Group& g) const;
  void Emit(uint32_t s, const Group& g);
  void FillContextCountry();
  void DropOpposedNames();  // Also places that name documents.
  void NamesBeforeAcronyms();
  void OwnedStateBodies();
  void KoreanNorthAndSouth();
  void LedActs();
  std::string RuledCountry(size_t i) const;
  void DistributeRolesOverLists();
  void ShareRoleOverAdjectives();
  void SidesOfADelegation();
  int RoleBeforeName(size_t i) const;
  void PeacekeepersOfTheMission();
  void OfficersOfTheirBody();
  std::string HagueCourt(const ActorMention& m) const;
  std::string LocalCountry(const ActorMention& m, std::string_view not_country = "") const;
  bool ActorBetween(const ActorMention& m, uint32_t place) const;
  bool IsCapital(const ActorMention& c) const;
  bool CapitalAt(uint32_t token) const;
  std::string PoliceOfTheSentence(size_t i, const std::vector<bool>& explicit_country) const;
  enum class CompoundKind : uint8_t { kBelongs, kProxy };
  std::string CompoundCountry(const ActorMention& m, CompoundKind* kind) const;
  std::string OwnerCountry(size_t i) const;
  std::string SameRoleEarlier(size_t i) const;
  std::string SameRoleLater(size_t i) const;
  int RoleHolderBefore(size_t i) const;

  Article& a_;
  const ActorDictionary& dict_;
  const AgentRules& rules_;
  // A person's surname -> who they are. Copies, not indices: mentions are
  // reordered within a sentence after they are found.
  std::unordered_map<std::string, NamedPerson> surnames_;
  std::unordered_set<uint32_t> code_first_;       // First tokens of code-first agents.
  std::unordered_set<uint32_t> adjective_first_;  // First tokens of mentions opened by a demonym.
  std::unordered_map<std::string, NamedPerson> given_names_;  // For royals.
  std::deque<ActorEntry> synthetic_;                          // Named bodies found in this article.
  // "Bangladesh Nationalist Party (BNP)": the acronym names the same actor
  // in the rest of the article.
  std::unordered_map<std::string, const ActorEntry*> acronyms_;
};

// A dateline opening a paragraph ("BAGHDAD, March 3 -", "DUBAI:", "Beirut:",
// "Kabul, Aug. 5 -") names where the story was filed, not an actor.
size_t SkipDateline(const Article& a, const Sentence& sent, bool two_towns = false) {
  size_t i = sent.first_token, end = sent.first_token + sent.token_count;
  bool paragraph_start = sent.begin == 0 || a.text[sent.begin - 1] == '\n';
  bool caps = true;
  while (i < end && a.tokens[i].kind == TokenKind::kWord && i < sent.first_token + 3 &&
         (a.tokens[i].all_caps || (paragraph_start && a.tokens[i].capitalized))) {
    caps &= a.tokens[i].all_caps;
    ++i;
  }
  if (i == sent.first_token || i + 1 >= end) return sent.first_token;
  // "BOGOTA (Reuters) -", "KIGALI, Rwanda (AA) -": the agency in brackets.
  auto skip_agency = [&](size_t k) {
    if (k >= end || a.tokens[k].norm != "(") return k;
    size_t close = k + 1;
    while (close < end && close < k + 5 && a.tokens[close].norm != ")") ++close;
    return close < end && a.tokens[close].norm == ")" ? close + 1 : k;
  };
  if (caps && paragraph_start) {
    // "GOMA, Democratic Republic of Congo, February 9 (dyad wire) —": a
    // country, a date and an agency may stand between the town and the dash.
    for (size_t k = i; k < end && k < i + 14; ++k) {
      k = skip_agency(k);
      if (k >= end) break;
      const Token& t = a.tokens[k];
      bool spaced = k > i && t.begin > a.tokens[k - 1].end;
      if ((t.norm == "-" || t.norm == "\xE2\x80\x94") && spaced) return k;
      // "NOUMEA/PARIS (Reuters) -": two towns filed from (read so only where
      // it matters that they are no place of the story's people: their
      // capitals stay actors, which the story's other sentences lean on).
      bool part = t.norm == "," || (t.norm == "/" && two_towns) || t.kind == TokenKind::kNumber ||
                  (t.kind == TokenKind::kWord && (t.capitalized || t.norm == "of"));
      if (!part) break;
    }
  }
  std::string_view w = a.tokens[i].norm;
  bool spaced = a.tokens[i].begin > a.tokens[i - 1].end;  // "BAGHDAD -", not "EU-mediated"
  bool dash = (w == "\xE2\x80\x94" || w == "-") && spaced;
  if (caps && w == "," && paragraph_start) {
    // "NAIROBI, Kenya -": the country after the city belongs to it.
    size_t k = i + 1;
    while (k < end && k < i + 4 && a.tokens[k].kind == TokenKind::kWord &&
           a.tokens[k].capitalized) {
      ++k;
    }
    k = skip_agency(k);
    bool spaced_dash = k < end && k > i + 1 && a.tokens[k].begin > a.tokens[k - 1].end &&
                       (a.tokens[k].norm == "\xE2\x80\x94" || a.tokens[k].norm == "-");
    if (spaced_dash) return k;
  }
  if (caps) return (w == "," || w == ":" || dash) ? i : sent.first_token;
  // Mixed case: only a colon, or a comma before a date, marks a dateline.
  std::string_view next = a.tokens[i + 1].norm;
  bool abbreviated = false;
  bool month = MonthFromWord(next, &abbreviated) != 0;
  return (w == ":" || (w == "," && month)) ? i : sent.first_token;
}

// "the ruling Workers' Party", "governing Labour Party": a party in power.
bool RulingBefore(const Article& a, size_t i, size_t sentence_first) {
  for (size_t k = i; k > sentence_first && i - k < 4;) {
    std::string_view w = a.tokens[--k].norm;
    if (w == "ruling" || w == "governing") return true;
  }
  return false;
}

std::vector<Piece> Finder::Pieces(uint32_t s) {
  const Sentence& sent = a_.sentences[s];
  size_t end = sent.first_token + sent.token_count;
  std::vector<Piece> pieces;
  for (size_t i = SkipDateline(a_, sent); i < end;) {
    Piece p = BestPieceAt(a_, dict_, i, end, rules_.any_case);
    if (p.entry) {
      pieces.push_back(p);
      i = p.end;
      continue;
    }
    if (auto it = acronyms_.find(a_.tokens[i].norm);
        it != acronyms_.end() && a_.tokens[i].all_caps) {
      pieces.push_back(Piece{static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), it->second});
      ++i;
      continue;
    }
    NamedBody body = FindNamedBody(a_, i, end);
    for (size_t k = i + 1; k < i + body.length; ++k) {
      if (BestPieceAt(a_, dict_, k, end, rules_.any_case).entry) {
        body.length = 0;  // A known actor inside.
      }
    }
    if (body.length > 0) {
      ActorEntry e;
      e.kind = body.role == "NGOHRI" ? ActorKind::kOrganization : ActorKind::kAgent;
      e.code = std::string(body.role);
      if (e.code == "OPP" && RulingBefore(a_, i, sent.first_token)) e.code = "GOV";
      e.name = std::string(a_.Span(a_.tokens[i].begin, a_.tokens[i + body.length - 1].end));
      e.origin = "named body";
      synthetic_.push_back(std::move(e));
      pieces.push_back(Piece{static_cast<uint32_t>(i), static_cast<uint32_t>(i + body.length),
                             &synthetic_.back()});
      i += body.length;
      continue;
    }
    uint32_t speaker_len = SpeakerNameLength(a_, i, end);
    // A lone surname of a person already named ("Wang said") is that person.
    bool known_surname =
        speaker_len <= 1 && a_.tokens[i].capitalized && surnames_.count(a_.tokens[i].norm) > 0;
    if (uint32_t len = speaker_len; len > 0 && !known_surname) {
      Piece np;
      np.first = static_cast<uint32_t>(i);
      np.end = static_cast<uint32_t>(i + len);
      np.bare_name = true;
      pieces.push_back(np);
      i = np.end;
      continue;
    }
    const Token& t = a_.tokens[i];
    auto it = surnames_.find(t.norm);
    if ((t.capitalized || t.all_caps) && it != surnames_.end()) {
      Piece sp;
      sp.first = static_cast<uint32_t>(i);
      sp.end = static_cast<uint32_t>(i + 1);
      sp.entry = nullptr;  // Surname: resolved in Compose.
      pieces.push_back(sp);
    } else if (IsTitleWord(t.norm) && i + 1 < end && a_.tokens[i + 1].capitalized) {
      uint32_t len = UnknownNameLength(a_, i + 1, end);
      if (len > 0) {
        Piece np;
        np.first = static_cast<uint32_t>(i);
        np.end = static_cast<uint32_t>(i + 1 + len);
        pieces.push_back(np);
        i = np.end;
        continue;
      }
    }
    ++i;
  }
  return pieces;
}

void Finder::FindInSentence(uint32_t s) {
  std::vector<Piece> pieces = Pieces(s);
  size_t first_mention = a_.actors.size();
  for (size_t i = 0; i < pieces.size();) {
    i += Compose(s, pieces, i);
  }
  RegisterAcronyms(first_mention);
  JoinCodeFirstAgents(first_mention);
  AddReferringMentions(a_, s);
}

// An actor the dictionaries do not know, followed by its acronym in
// brackets ("the Bangladesh Nationalist Party (BNP)"): later mentions of
// the acronym are that actor.
void Finder::RegisterAcronyms(size_t from) {
  for (size_t i = from; i < a_.actors.size(); ++i) {
    const ActorMention& m = a_.actors[i];
    uint32_t k = m.end_token;
    // A role of no country yet ("---OPP") is registered as it is: the later
    // mentions get their country as it does, from the context.
    if (m.code.size() < 3 || m.kind == ActorKind::kPronoun || k + 2 >= a_.tokens.size() ||
        a_.tokens[k].norm != "(" || a_.tokens[k + 2].norm != ")") {
      continue;
    }
    const Token& acronym = a_.tokens[k + 1];
    if (!acronym.all_caps || acronym.norm.size() < 2 || acronym.norm.size() > 6 ||
        acronyms_.count(acronym.norm) > 0 ||
        BestPieceAt(a_, dict_, k + 1, k + 2, rules_.any_case).entry != nullptr) {
      continue;
    }
    ActorEntry e;
    e.kind = ActorKind::kOrganization;
    e.code = m.code;
    e.name = m.name;
    e.origin = "acronym";
    synthetic_.push_back(std::move(e));
    acronyms_[acronym.norm] = &synthetic_.back();
  }
}

// A code-first agent joined to a state actor, directly or by "in", "of" or
// "from" ("MSF Arnor", "human rights activists in Arnor"), is one mention
// coded agent + actor (NGOARN); joined to an organisation it keeps its own
// code (TABARI: "a prefixed agent is not prefixed to an organisation").
void Finder::JoinCodeFirstAgents(size_t from) {
  for (size_t i = from; i + 1 < a_.actors.size(); ++i) {
    ActorMention& m = a_.actors[i];
    const ActorMention& next = a_.actors[i + 1];
    if (m.kind != ActorKind::kOrganization || !code_first_.count(m.first_token)) continue;
    uint32_t gap = next.first_token - m.end_token;
    std::string_view link = gap == 1 ? std::string_view(a_.tokens[m.end_token].norm) : "";
    if (gap > 1 || (gap == 1 && link != "in" && link != "of" && link != "from")) continue;
    if (next.kind == ActorKind::kOrganization || next.code.size() < 3 || next.code[0] == '-' ||
        next.code.starts_with(m.code)) {
      continue;  // Not a state actor, or the agent's own code again.
    }
    m.code += next.code;
    m.end_token = next.end_token;
    m.end = next.end;
    m.kind = next.kind;
    a_.actors.erase(a_.actors.begin() + static_cast<std::ptrdiff_t>(i + 1));
  }
}

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
    if (linked && pieces[k].first == next &&
        (t == PieceType::kCountry || t == PieceType::kOrganization)) {
      (t == PieceType::kCountry ? g.country : g.org) = pieces[k].entry;
      g.end = pieces[k].end;
      ++k;
    }
  }
  // A role noun followed by an unknown name: "Foreign Minister Fuad Hussein".
  if (g.agent && !g.agent->plural && g.name_end == 0 && g.end < sent_end &&
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
  // coreference.
  if (g.agent && !g.country && !g.org && !g.person && !g.surname_of && g.name_end == 0 &&
      g.agent->name == "side") {
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
  if (m.end_token + 1 < a_.tokens.size() && a_.tokens[m.end_token].norm == "in") {
    for (const ActorMention& c : a_.actors) {
      if (c.first_token <= m.end_token || c.first_token > m.end_token + 2) continue;
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
    // "lawmaker Michael Chong and his relatives in Hong Kong": a place past
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

// For a definite, singular office with no country ("the secretary-general",
// "the monarch", "the spokesman"), a person mention within eight sentences
// before it introduced with that office (for a monarch: "king", "queen",
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
  auto holds = [&](std::string_view w) {
    if (w == head.norm) return true;
    return head.norm == "monarch" && (w == "king" || w == "queen" || w == "emir" || w == "sultan");
  };
  int best = -1, best_count = 0;
  for (size_t k = i; k-- > 0;) {
    const ActorMention& p = a_.actors[k];
    if (p.sentence + 8 < m.sentence) break;
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
  bool coded_role = prev->kind == ActorKind::kAgent && prev->with_role && prev->code.size() >= 6 &&
                    prev->code[0] != '-';
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
    if (!m.code.starts_with("---")) continue;
    // "Gan Yu, a spokesperson for China's coast guard": the apposition
    // gives an unknown person's code.
    if (m.kind == ActorKind::kPerson && i + 1 < a_.actors.size()) {
      const ActorMention& next = a_.actors[i + 1];
      uint32_t gap = next.first_token - m.end_token;
      if (next.sentence == m.sentence && gap >= 2 && gap <= 6 &&
          a_.tokens[m.end_token].norm == "," && next.code.size() >= 3 && next.code[0] != '-') {
        m.code = next.code;
        continue;
      }
    }
    if (m.kind == ActorKind::kPerson) {
      if (int role = RoleBeforeName(i); role >= 0) {
        m.code = a_.actors[role].code;
        continue;
      }
    }
    // "the secretary-general said" after "UN Secretary-General Ban
    // Ki-moon", "the monarch" after "Jordan's King Abdullah II": the person
    // introduced with the role.
    if (m.kind == ActorKind::kAgent) {
      if (int holder = RoleHolderBefore(i); holder >= 0) {
        const ActorMention& h = a_.actors[holder];
        m.code = h.code;
        m.name = h.name;
        m.written_name = h.written_name;
        m.entity = h.entity >= 0 ? h.entity : holder;
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
  }
  for (size_t k = nobody.size(); k-- > 0;) a_.actors.erase(a_.actors.begin() + nobody[k]);
}

}  // namespace

std::string DominantCountry(const Article& a, const ActorDictionary& dict,
                            std::string_view except) {
  std::unordered_map<std::string, int> counts;
  std::string best;
  int best_count = 0;
  auto count = [&](const std::string& c) {
    if (c.size() != 3 || c == except) return;
    if (c == "IGO" || c == "IMG" || c == "NGO" || c == "MNC") return;
    int n = ++counts[c];
    if (n > best_count) {
      best_count = n;
      best = c;
    }
  };
  for (const ActorMention& m : a.actors) {
    if (m.code.size() < 3 || m.kind == ActorKind::kPronoun || m.code[0] == '-') continue;
    // The news agency reporting the story says nothing of where it is.
    if (m.code.ends_with("MED")) continue;
    count(m.code.substr(0, 3));
  }
  // Towns and regions named say where the story is ("in Nairobi").
  for (const PlaceMention& pl : a.places) {
    if (pl.kind != "country" && !pl.country.empty()) count(dict.Iso3(pl.country));
  }
  return best;
}

void FindActors(Article& article, const ActorDictionary& dict, const AgentRules& rules) {
  article.actors.clear();
  Finder(article, dict, rules).Run();
}

uint32_t DatelineEnd(const Article& article, uint32_t sentence) {
  return static_cast<uint32_t>(SkipDateline(article, article.sentences[sentence], true));
}

}  // namespace dyad
