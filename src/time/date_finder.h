// The dates stage: finds date expressions in an article and resolves them to
// ISO 8601 values against the publication date. See docs/dates.md.
#ifndef DYAD_TIME_DATE_FINDER_H_
#define DYAD_TIME_DATE_FINDER_H_

#include <string_view>
#include <vector>

#include "dyad/article.h"
#include "time/civil_date.h"

namespace dyad {

// Finds every date expression in `text` (a whole article, UTF-8, any bytes
// tolerated) and resolves it against `published`, the publication day. If
// `published` is not a valid day, only absolute dates (those that carry
// their own year) are returned and relative ones are dropped. Mentions come
// in text order, with [begin, end) byte offsets into `text` that cover the
// expression without a leading preposition ("Sunday", "last Friday",
// "earlier this month"); `sentence` is left 0 for the caller. Linear time.
std::vector<DateMention> FindDates(std::string_view text, const CivilDate& published);

}  // namespace dyad

#endif  // DYAD_TIME_DATE_FINDER_H_
