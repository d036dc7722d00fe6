// Closed word classes that shallow syntax relies on. Kept as small sorted
// lists of function words: they describe English, not any article.
#include "events/syntax.h"

namespace dyad {

bool IsPreposition(std::string_view w) {
  static const std::string_view kPreps[] = {
      "in", "at", "on", "with", "to", "from", "by", "for", "of", "against",
      "between", "among", "over", "about", "near", "into",
      "toward", "towards", "under", "via", "within", "across", "through",
      "amid", "despite", "including", "like", "than", "during",
      "regarding", "behind", "upon", "inside", "outside", "around", "without"};
  for (std::string_view p : kPreps) {
    if (w == p) return true;
  }
  return false;
}

bool IsLocative(std::string_view w) {
  return w == "in" || w == "at" || w == "near" || w == "from" ||
         w == "inside" || w == "across" || w == "around" || w == "outside";
}

bool IsClauseBreak(const Token& t) {
  if (t.kind == TokenKind::kPunct) {
    return t.norm == ";" || t.norm == ":" || t.norm == "(" || t.norm == ")";
  }
  return false;
}

bool IsBeForm(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" ||
         w == "been" || w == "being" || w == "get" || w == "got" || w == "gets";
}


bool IsSubordinator(std::string_view w) {
  static const std::string_view kWords[] = {
      "after", "before", "because", "while", "when", "since", "until",
      "although", "though", "if", "unless", "where", "which", "who", "that",
      "whereas", "as", "saying", "amid"};
  for (std::string_view s : kWords) {
    if (w == s) return true;
  }
  return false;
}

bool IsNegator(std::string_view w) {
  return w == "not" || w == "never" || w == "no";
}

bool IsAdverb(std::string_view w) {
  return w == "also" || w == "reportedly" || w == "already" || w == "later" ||
         w == "allegedly" || w == "being" || w == "not" || w == "just" ||
         w == "been" || w == "recently" || w == "finally" || w == "then";
}

}  // namespace dyad
