// Helpers shared by the coreference files of the actors stage
// (referring_mentions.cc, group_mentions.cc, coreference.cc). Not part of
// the library's API.
#ifndef DYAD_ACTORS_COREFERENCE_PARTS_H_
#define DYAD_ACTORS_COREFERENCE_PARTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/article.h"

namespace dyad::coref {

constexpr uint32_t kReach = 3;  // Sentences an antecedent stays available.

// Words (referring_mentions.cc).
int GroupSize(std::string_view norm);            // "both", "two" -> 2; 0 if none.
bool IsDemonstrative(std::string_view norm);     // "these", "those".
bool IsOrganisationNoun(std::string_view norm);  // "group", "bloc", "agency".
bool IsCountryNoun(std::string_view norm);       // "nation", "kingdom".
bool IsGoverningPreposition(std::string_view w);
// A lower-case "-ing" or "-ed" form the lemmatizer reduces ("accusing").
bool IsVerbForm(const Token& t);

// Resolution (coreference.cc).
bool IsPluralLike(const ActorMention& m, const Article& a);
// Mention `m` takes the code and name of mention `from` (index `index`).
void CopyFrom(ActorMention& m, const ActorMention& from, int index);
// Group mention `i` stands for `members` (latest first).
void ResolveGroup(Article& a, size_t i, const std::vector<int>& members);

// Groups (group_mentions.cc): "both leaders", "the three countries".
void ResolveGroupDescription(Article& a, size_t i);

}  // namespace dyad::coref

#endif  // DYAD_ACTORS_COREFERENCE_PARTS_H_
