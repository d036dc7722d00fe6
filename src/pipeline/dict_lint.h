// `dyad dict lint`: problems in the compiled dictionaries, dyad's own and
// loaded ones alike. Reports
//   duplicate    the same phrase or pattern with the same code twice;
//   conflict     the same phrase or pattern with different codes, or with
//                the same code and different flags: the later one never
//                fires (ties go to the first loaded);
//   unreachable  a pattern word no token can ever have (it holds spaces or
//                punctuation the tokenizer splits off), or a pattern that a
//                conflict shadows.
#ifndef DYAD_PIPELINE_DICT_LINT_H_
#define DYAD_PIPELINE_DICT_LINT_H_

#include <string>
#include <vector>

#include "actors/actor_dictionary.h"
#include "events/verb_dictionary.h"

namespace dyad {

struct LintReport {
  std::vector<std::string> findings;  // "kind: where: what", one a line.
  int duplicates = 0;
  int conflicts = 0;
  int unreachable = 0;
};

LintReport LintDictionaries(const ActorDictionary& actors, const VerbDictionary& verbs);

}  // namespace dyad

#endif  // DYAD_PIPELINE_DICT_LINT_H_
