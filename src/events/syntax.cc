// Closed word classes that shallow syntax relies on. Kept as small sorted
// lists of function words: they describe English, not any article.
#include "events/syntax.h"

#include <unordered_set>

namespace dyad {

bool IsPreposition(std::string_view w) {
  static const std::string_view kPreps[] = {
      "in",      "at",        "on",      "with",   "to",     "from",      "by",      "for",
      "of",      "against",   "between", "among",  "over",   "about",     "near",    "into",
      "toward",  "towards",   "under",   "via",    "within", "across",    "through", "amid",
      "despite", "including", "like",    "than",   "during", "regarding", "behind",  "upon",
      "inside",  "outside",   "around",  "without"};
  for (std::string_view p : kPreps) {
    if (w == p) return true;
  }
  return false;
}

bool IsDeterminer(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "their" || w == "its" || w == "his" ||
         w == "her" || w == "our" || w == "this" || w == "these" || w == "those" || w == "that";
}

bool IsLocative(std::string_view w) {
  return w == "in" || w == "at" || w == "near" || w == "from" || w == "inside" || w == "across" ||
         w == "around" || w == "outside";
}

bool IsClauseBreak(const Token& t) {
  if (t.kind == TokenKind::kPunct) {
    return t.norm == ";" || t.norm == ":" || t.norm == "(" || t.norm == ")";
  }
  return false;
}

bool IsBeForm(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" ||
         w == "being" || w == "get" || w == "got" || w == "gets";
}

bool IsSubordinator(std::string_view w) {
  static const std::string_view kWords[] = {"after",   "before", "because",  "while",  "when",
                                            "since",   "until",  "although", "though", "if",
                                            "unless",  "where",  "which",    "who",    "that",
                                            "whereas", "as",     "saying",   "amid"};
  for (std::string_view s : kWords) {
    if (w == s) return true;
  }
  return false;
}

bool IsNegator(std::string_view w) {
  return w == "not" || w == "never" || w == "no" || w == "neither" || w == "nor";
}

bool IsAdverb(std::string_view w) {
  if (w == "also" || w == "already" || w == "later" || w == "being" || w == "not" || w == "just" ||
      w == "been" || w == "then" || w == "never" || w == "again" || w == "still") {
    return true;
  }
  // Manner adverbs in -ly: "was fiercely opposed", "will strongly oppose".
  static const std::unordered_set<std::string_view> kNotAdverbs = {
      "family", "italy", "july", "rally", "assembly", "supply", "anomaly", "monopoly", "ally"};
  return w.size() >= 5 && w.ends_with("ly") && !kNotAdverbs.count(w);
}

}  // namespace dyad

namespace dyad {

// Nouns that can name any kind of act ("the decision", "the move").

std::string_view EventNounRoots(std::string_view norm) {
  struct Entry {
    std::string_view noun;
    std::string_view roots;
  };
  static const Entry kNouns[] = {
      {"attack", "18 19 20"},    {"attacks", "18 19 20"},  {"strike", "18 19 20"},
      {"strikes", "18 19 20"},   {"airstrike", "19 20"},   {"airstrikes", "19 20"},
      {"bombing", "18 19 20"},   {"bombings", "18 19 20"}, {"shelling", "19 20"},
      {"killing", "18 19 20"},   {"killings", "18 19 20"}, {"massacre", "18 19 20"},
      {"massacres", "18 19 20"}, {"raid", "17 18 19"},     {"raids", "17 18 19"},
      {"assault", "18 19"},      {"offensive", "19"},      {"violence", "14 17 18 19 20"},
      {"invasion", "19"},        {"incursion", "19"},      {"assassination", "18"},
      {"abduction", "18"},       {"abductions", "18"},     {"kidnapping", "18"},
      {"exercise", "06 15"},     {"exercises", "06 15"},   {"drill", "06 15"},
      {"drills", "06 15"},       {"deployment", "15"},     {"buildup", "15"},
      {"sanction", "16"},        {"sanctions", "16"},      {"listing", "16"},
      {"listings", "16"},        {"expulsion", "16 17"},   {"expulsions", "16 17"},
      {"embargo", "16"},         {"arrest", "17"},         {"arrests", "17"},
      {"warrant", "17"},         {"warrants", "17"},       {"indictment", "17"},
      {"detention", "17"},       {"crackdown", "17"},      {"seizure", "17"},
      {"accusation", "11"},      {"accusations", "11"},    {"allegation", "11"},
      {"allegations", "11"},     {"claim", "11"},          {"claims", "11"},
      {"criticism", "11"},       {"demand", "10"},         {"demands", "10"},
      {"ultimatum", "13"},       {"threat", "13"},         {"threats", "13"},
      {"protest", "14"},         {"protests", "14"},       {"disturbances", "14"},
      {"unrest", "14"},          {"uprising", "14 19"},    {"mutiny", "14 19"},
      {"rebellion", "14 19"},    {"revolt", "14 19"},      {"riot", "14"},
      {"riots", "14"},           {"rioting", "14"},        {"clashes", "14 19"},
      {"fighting", "19"},        {"shooting", "18 19"},    {"explosion", "18 19"},
      {"blast", "18"},           {"deaths", "18 19 20"},   {"fire", "18 19"},
      {"gunfire", "18 19"},      {"rocket", "19"},         {"rockets", "19"},
      {"missile", "19"},         {"missiles", "19"},       {"shell", "19"},
      {"shells", "19"},          {"release", "08"},        {"releases", "08"},
      {"ceasefire", "08"},       {"truce", "08"},          {"agreement", "03 05 06"},
      {"deal", "03 05 06"},      {"accord", "03 05 06"},   {"ruling", "11 17"},
      {"verdict", "11 17"},      {"visit", "04"},          {"voyage", "04 15"},
      {"launch", "15 19"},       {"test", "15"},           {"decision", kAnyRoot},
      {"move", kAnyRoot},        {"step", kAnyRoot},       {"announcement", kAnyRoot},
      {"initiative", kAnyRoot}};
  for (const Entry& e : kNouns) {
    if (e.noun == norm) return e.roots;
  }
  return {};
}

}  // namespace dyad

namespace dyad {

bool RelationalApposition(const Article& a, uint32_t from, uint32_t end) {
  static const std::unordered_set<std::string_view> kRelations = {
      "ally",    "allies",     "neighbour", "neighbor", "partner", "partners", "rival",
      "backer",  "backers",    "patron",    "foe",      "enemy",   "friend",   "supporter",
      "sponsor", "benefactor", "creditor",  "client",   "proxy"};
  bool possessive = false;
  for (uint32_t k = from; k < end && k < from + 8; ++k) {
    const Token& t = a.tokens[k];
    if (t.kind == TokenKind::kPossessive) possessive = true;
    if (possessive && kRelations.count(t.norm) > 0) return true;
  }
  return false;
}

uint32_t SkipAppositiveClause(const Article& a, uint32_t verb, uint32_t first) {
  // "Petro, Colombia's president, had said": over an auxiliary.
  uint32_t end = verb;
  for (int n = 0; n < 2 && end > first + 2; ++n) {
    std::string_view w = a.tokens[end - 1].norm;
    if (w != "had" && w != "has" && w != "have" && w != "also" && w != "later") break;
    --end;
  }
  if (end <= first + 1 || a.tokens[end - 1].norm != ",") return verb;
  for (uint32_t k = end - 1; k > first + 1 && end - k < 20;) {
    --k;
    const Token& t = a.tokens[k];
    if (t.norm == ";" || t.norm == ":" || t.kind == TokenKind::kOpenQuote ||
        t.kind == TokenKind::kCloseQuote) {
      return verb;
    }
    if (t.norm != ",") continue;
    // The opening comma: what follows it must open a relative clause, an
    // apposition or a participle phrase.
    const std::string& w = a.tokens[k + 1].norm;
    // A bare role before its organisation: ", president of the X,".
    const Token& role = a.tokens[k + 1];
    std::string_view link = k + 2 < end ? std::string_view(a.tokens[k + 2].norm) : "";
    // (", deputy UN high commissioner for human rights,": a title's
    // modifier opens it too.)
    bool title_modifier = role.norm == "deputy" || role.norm == "acting" || role.norm == "senior" ||
                          role.norm == "chief" || role.norm == "former";
    // (", inspector general of the police,": a role of two words.)
    std::string_view link2 = k + 3 < end ? std::string_view(a.tokens[k + 3].norm) : "";
    bool conjunction = role.norm == "and" || role.norm == "or" || role.norm == "but";
    bool linked =
        link == "of" || link == "for" || link == "at" ||
        (!a.tokens[k + 2].capitalized && !conjunction && (link2 == "of" || link2 == "for"));
    bool bare_role = role.kind == TokenKind::kWord && !role.capitalized &&
                     ((role.lemma == role.norm && linked) || title_modifier);
    // ", Colombia's first left-wing president,": a possessed role.
    bool possessed =
        role.capitalized && k + 2 < end && a.tokens[k + 2].kind == TokenKind::kPossessive;
    bool opens = w == "who" || w == "which" || w == "whose" || w == "whom" || w == "a" ||
                 w == "an" || w == "the" || w == "one" || w == "also" || bare_role || possessed ||
                 (w.size() > 4 && w.ends_with("ed")) || RelationalApposition(a, k + 1, end - 1);
    // An adverbial set off by commas: "X, in 2015, before Modi's visit to
    // the island, had indicated".
    bool adverbial = w == "in" || w == "on" || w == "at" || w == "before" || w == "after" ||
                     w == "during" || w == "while" || w == "following" || w == "despite" ||
                     w == "since" || w == "earlier" || w == "later" ||
                     role.kind == TokenKind::kNumber;
    return opens || adverbial ? k : verb;
  }
  return verb;
}

bool IsMannerAdverb(const Token& t) {
  if (t.kind != TokenKind::kWord || t.capitalized) return false;
  // "held a meeting later on Friday with": a time adverb stands where
  // a manner adverb does.
  if (t.norm == "earlier" || t.norm == "later" || t.norm == "again") return true;
  // "agreed to further develop relations", "vowed to jointly fight".
  if (t.norm == "further" || t.norm == "jointly") return true;
  return t.norm.ends_with("ly") && IsAdverb(t.norm);
}

bool IsAgentParticiple(std::string_view w) {
  return w == "brokered" || w == "mediated" || w == "backed" || w == "led" || w == "sponsored" ||
         w == "proposed" || w == "drafted";
}

uint32_t AgentCompoundEnd(const Article& a, uint32_t mention_end, uint32_t end) {
  uint32_t e = mention_end;
  if (e + 1 >= end || a.tokens[e].norm != "-" || a.tokens[e + 1].begin != a.tokens[e].end) return 0;
  return IsAgentParticiple(a.tokens[e + 1].norm) ? e + 2 : 0;
}

}  // namespace dyad
