// Output formats for coded articles (docs/output.md): JSON Lines, a readable
// table, and GDELT-ordered TSV event rows.
#ifndef DYAD_IO_WRITERS_H_
#define DYAD_IO_WRITERS_H_

#include <string>

#include "dyad/article.h"

namespace dyad {

// Appends `s` as a JSON string literal (quotes included) to `out`.
void AppendJsonString(std::string_view s, std::string& out);

// One JSON object on one line (no trailing newline).
std::string ArticleToJson(const Article& a);

// "country", "person", "organization", "agent", "pronoun", "description".
const char* ActorKindName(ActorKind k);

// A readable listing; `explain` adds why each event was coded.
std::string ArticleToTable(const Article& a, bool explain);

// Event rows in GDELT 2.0 event column order (header from TsvHeader()).
std::string ArticleToTsv(const Article& a);
std::string TsvHeader();

}  // namespace dyad

#endif  // DYAD_IO_WRITERS_H_
