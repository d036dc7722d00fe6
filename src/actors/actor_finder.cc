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
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/finder.h"
#include "actors/named_body.h"
#include "lexicon/phrase_matcher.h"
#include "text/normalize.h"
#include "time/date_scan.h"

namespace dyad::actor_finding {

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

// A dateline opening a paragraph ("BAGHDAD, March 3 -", "DUBAI:", "Beirut:",
// "Kabul, Aug. 5 -") names where the story was filed, not an actor.
size_t SkipDateline(const Article& a, const Sentence& sent, bool two_towns) {
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

}  // namespace dyad::actor_finding

namespace dyad {

using actor_finding::Finder;
using actor_finding::SkipDateline;

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
