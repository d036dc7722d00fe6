// Speakers of the trailing form "CLAUSE, ROLE, NAME, told AFP.": wire copy
// often ends a report with the speaker's role and name set off by commas
// ("..., the high commissioner of the province, Omar Sy, told AFP by
// phone"). The comma right before the verb then closes the name, not the
// reported clause.
#include <string>

#include "quotes/quote_finding.h"

namespace dyad::quote_finding {

namespace {

// The comma before token `from` (exclusive) and after `lo`, at most
// `reach` tokens back; 0 if none.
uint32_t CommaBefore(const Article& a, uint32_t from, uint32_t lo, uint32_t reach) {
  for (uint32_t k = from; k-- > lo && from - k <= reach;) {
    if (a.tokens[k].norm == ",") return k;
  }
  return 0;
}

}  // namespace

Speaker QuoteFinder::RoleAndNameBefore(uint32_t comma, uint32_t lo, uint32_t* clause_end) const {
  Speaker sp;
  uint32_t name_comma = CommaBefore(a_, comma, lo, 5);
  if (name_comma <= lo + 3 || name_comma + 1 >= comma) return sp;
  for (uint32_t k = name_comma + 1; k < comma; ++k) {
    const Token& t = a_.tokens[k];
    if (t.kind != TokenKind::kWord || !t.capitalized || quoted_[k]) return sp;
  }
  // The role before the name, set off by its own comma: "the governor of
  // the province". Without one the name alone follows the clause.
  uint32_t role_comma = CommaBefore(a_, name_comma, lo, 10);
  const Token& opener = a_.tokens[role_comma + 1];
  // ("Mali's army chief": a possessed role.)
  bool possessed = a_.tokens[role_comma + 2].kind == TokenKind::kPossessive;
  bool role = role_comma > lo + 3 && (opener.norm == "the" || opener.norm == "a" || possessed ||
                                      (opener.kind == TokenKind::kWord && !opener.capitalized));
  for (uint32_t k = role ? role_comma + 1 : name_comma; role && k < name_comma; ++k) {
    if (quoted_[k] || Speech(k) || a_.tokens[k].norm == "and") role = false;
  }
  *clause_end = role ? role_comma : name_comma;
  int m = mention_ending_[comma - 1];
  if (m >= 0 && a_.actors[m].first_token > name_comma) return FromMention(m);
  sp.name = std::string(a_.Span(a_.tokens[name_comma + 1].begin, a_.tokens[comma - 1].end));
  // The role's actor gives the code: "the governor of Soum province" is a
  // Burkinabe official.
  for (uint32_t k = name_comma; role && k > role_comma; --k) {
    int r = mention_ending_[k - 1];
    if (r >= 0 && a_.actors[r].first_token > role_comma) {
      sp.code = a_.actors[r].code;
      break;
    }
  }
  return sp;
}

}  // namespace dyad::quote_finding
