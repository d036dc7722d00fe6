// Bodies known only by their proper names: "Special Deterrence Force",
// "National Electoral Council", "444 Brigade". English names institutions
// with a head noun that says what they are, so the head gives the CAMEO role
// even when the body is in no dictionary.
#ifndef DYAD_ACTORS_NAMED_BODY_H_
#define DYAD_ACTORS_NAMED_BODY_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dyad/article.h"

namespace dyad {

struct NamedBody {
  uint32_t length = 0;  // Tokens; 0 when there is none.
  // CAMEO role of the head noun ("MIL", "GOV", ...), or the whole code
  // "NGOHRI" for a private body named for human rights.
  std::string_view role;
};

// A capitalised name of two or more words (numbers and "of", "for", "and"
// allowed inside) that starts at token `i` and ends with an institutional
// head noun, within tokens [i, end).
NamedBody FindNamedBody(const Article& article, size_t i, size_t end);

// The role for an institutional head noun ("ministry" -> "GOV"); "" if the
// word is not one.
std::string_view InstitutionRole(std::string_view norm);

}  // namespace dyad

#endif  // DYAD_ACTORS_NAMED_BODY_H_
