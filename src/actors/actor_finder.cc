// Actor recognition.
//
// Design: a greedy longest match of dictionary phrases over each sentence
// (case rules keep "us" and "turkey" from matching), then a composition pass
// (compose_mentions.cc) that merges adjacent pieces into one mention the way
// English names actors:
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
  // Ranks written short ("Col. Xerxes Trinidad", "Gen. Mohamed Wali") are
  // titles too: the name follows them.
  static const std::unordered_set<std::string_view> kTitles = {
      "mr",  "mrs", "ms",  "dr",   "sir",  "madam", "sheikh", "lady", "gen",
      "col", "lt",  "maj", "capt", "brig", "sgt",   "adm",    "cmdr", "cpl"};
  return kTitles.count(norm) > 0;
}

// Words that are capitalised but never part of a person's name.
bool IsNonNameWord(std::string_view norm) {
  static const std::unordered_set<std::string_view> kWords = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "the", "on", "in", "said", "says", "and", "of", "for", "to", "at",
      // Words that end an office's name: "the Prime Minister Office".
      "office", "ministry", "department", "palace", "house", "council", "secretariat", "cabinet",
      "government",
      // Subordinators and prepositions capitalised at a sentence's start:
      // "Since Padrino said" names Padrino, not "Since Padrino".
      "later", "earlier", "while", "when", "after", "before", "as", "if", "with", "by", "from",
      "although", "though", "because", "since", "until"};
  return kWords.count(norm) > 0 || IsOpeningConnective(norm);
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
      "chief",      "head",      "leader",      "spokesman",  "spokeswoman", "spokesperson",
      "director",   "commander", "chairman",    "chairwoman", "chair",       "secretary",
      "governor",   "mayor",     "ambassador",  "envoy",      "president",   "minister",
      "deputy",     "founder",   "coordinator", "adviser",    "advisor",     "commissioner",
      "rapporteur", "mediator"};
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
  // (", Nepal's joint secretary": a possessed role opens one too.)
  bool possessed = next + 2 < end && a.tokens[next + 1].capitalized &&
                   a.tokens[next + 2].kind == TokenKind::kPossessive;
  bool apposition = next + 1 < end && a.tokens[next].norm == "," &&
                    (a.tokens[next + 1].norm == "a" || a.tokens[next + 1].norm == "an" ||
                     a.tokens[next + 1].norm == "the" || IsSpeechWord(a.tokens[next + 1].norm) ||
                     IsAppositiveTitle(a.tokens[next + 1].norm) || possessed);
  // "the UN envoy, Martin Kobler, arrived": a name set off by commas right
  // after a title.
  bool after_title = i >= 2 && a.tokens[i - 1].norm == "," && next < end &&
                     a.tokens[next].norm == "," && IsAppositiveTitle(a.tokens[i - 2].norm);
  return after_verb || before_verb || apposition || after_title ? len : 0;
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
      // ("SEOUL, Oct. 14 (Yonhap) -": an abbreviation's period.)
      bool period = t.norm == "." && k > i && t.begin == a.tokens[k - 1].end;
      bool part = t.norm == "," || (t.norm == "/" && two_towns) || t.kind == TokenKind::kNumber ||
                  period || (t.kind == TokenKind::kWord && (t.capitalized || t.norm == "of"));
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
    } else if (IsTitleWord(t.norm) && i + 1 < end) {
      // ("Col. Xerxes": over the abbreviation's period; "Brig. Gen. Yehia
      // Rasool": over stacked ranks.)
      size_t at = i + 1 < end - 1 && a_.tokens[i + 1].norm == "." ? i + 2 : i + 1;
      while (at + 1 < end && IsTitleWord(a_.tokens[at].norm)) {
        at = at + 2 < end && a_.tokens[at + 1].norm == "." ? at + 2 : at + 1;
      }
      uint32_t len = a_.tokens[at].capitalized ? UnknownNameLength(a_, at, end) : 0;
      if (len > 0) {
        Piece np;
        np.first = static_cast<uint32_t>(i);
        np.end = static_cast<uint32_t>(at + len);
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
  DropCapitalsNamedAsPlaces(first_mention);
  AddReferringMentions(a_, s);
}

// "the Libyan capital Tripoli", "in the capital, Nairobi": a capital named
// as the city it is, after the word "capital", is a place, not the
// government it stands for elsewhere ("Tripoli agreed").
void Finder::DropCapitalsNamedAsPlaces(size_t from) {
  auto named_as_city = [&](const ActorMention& m) {
    if (m.kind != ActorKind::kCountry || !m.code.ends_with("GOV") || m.first_token == 0) {
      return false;
    }
    uint32_t k = m.first_token - 1;
    if (a_.tokens[k].norm == "," && k > 0) --k;
    return a_.tokens[k].norm == "capital";
  };
  a_.actors.erase(std::remove_if(a_.actors.begin() + static_cast<std::ptrdiff_t>(from),
                                 a_.actors.end(), named_as_city),
                  a_.actors.end());
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

}  // namespace dyad::actor_finding

namespace dyad {

bool IsOpeningConnective(std::string_view norm) {
  static const std::unordered_set<std::string_view> kWords = {
      "but",  "and",  "yet", "so",    "however", "meanwhile",
      "also", "then", "now", "still", "instead", "separately"};
  return kWords.count(norm) > 0;
}

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
