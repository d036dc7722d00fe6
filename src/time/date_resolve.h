// Internal to the dates stage: turning partial dates (a weekday, a month and
// day without year, a month alone) into full dates around the publication
// date. News is mostly past tense, so the past reading wins unless the
// sentence is about the future or the past reading is implausibly far away.
#ifndef DYAD_TIME_DATE_RESOLVE_H_
#define DYAD_TIME_DATE_RESOLVE_H_

#include <string>

#include "dyad/article.h"
#include "time/date_scan.h"

namespace dyad {

enum class WeekdayMode {
  kPastInclusive,    // Most recent on or before the reference ("Friday").
  kPastStrict,       // Strictly before ("last Friday").
  kFutureInclusive,  // On or after ("will meet on Friday").
  kFutureStrict,     // Strictly after ("next Friday").
};

// The day with ISO weekday `weekday` (1..7) relative to the valid day `ref`.
CivilDate ResolveWeekday(const CivilDate& ref, int weekday, WeekdayMode mode);

// Picks the year for `month`/`day` around the valid day `pub`. Past tense:
// the latest such day on or before pub, unless it is more than 300 days back
// while the next one is at most 14 days ahead. No tense: the same, unless it is
// more than 270 days back while the next one is at most 90 days ahead.
// Future: the next one on or after pub, unless the previous one is within
// 45 days. Returns CivilDate{} when no nearby year has that day (Feb 30).
CivilDate ResolveMonthDay(const CivilDate& pub, int month, int day, Tense tense);

// Picks the year for `month` (day 0) around `pub`: the latest on or before
// pub's month, or with `future` the next on or after it. `strict` excludes
// pub's own month ("last March", "next March").
CivilDate ResolveMonth(const CivilDate& pub, int month, bool future, bool strict);

// "a/b" formatted with FormatIsoDate for ranges; "" if either is invalid.
std::string RangeValue(const CivilDate& a, const CivilDate& b);

}  // namespace dyad

#endif  // DYAD_TIME_DATE_RESOLVE_H_
