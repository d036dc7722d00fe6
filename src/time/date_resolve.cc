// Year and week resolution for partial dates; see date_resolve.h.
#include "time/date_resolve.h"

#include "time/civil_date.h"

namespace dyad {

CivilDate ResolveWeekday(const CivilDate& ref, int weekday, WeekdayMode mode) {
  const int today = IsoWeekday(ref);
  int back = (today - weekday + 7) % 7;   // Days back to the weekday.
  int ahead = (weekday - today + 7) % 7;  // Days ahead to the weekday.
  switch (mode) {
    case WeekdayMode::kPastInclusive:
      return AddDays(ref, -back);
    case WeekdayMode::kPastStrict:
      return AddDays(ref, -(back == 0 ? 7 : back));
    case WeekdayMode::kFutureInclusive:
      return AddDays(ref, ahead);
    case WeekdayMode::kFutureStrict:
      return AddDays(ref, ahead == 0 ? 7 : ahead);
  }
  return ref;
}

CivilDate ResolveMonthDay(const CivilDate& pub, int month, int day, Tense tense) {
  constexpr int kSpan = 4;  // Enough to reach a leap year for Feb 29.
  CivilDate past, next;
  for (int y = pub.year - kSpan; y <= pub.year + kSpan; ++y) {
    const CivilDate c{y, month, day};
    if (!IsValidDay(c)) continue;
    const int64_t delta = DaysBetween(c, pub);  // > 0 when c is before pub.
    if (delta >= 0) past = c;
    if (delta <= 0 && !next.valid()) next = c;
  }
  if (!past.valid()) return next;
  if (!next.valid()) return past;
  const int64_t back = DaysBetween(past, pub);
  const int64_t ahead = DaysBetween(pub, next);
  if (tense == Tense::kFuture) return back <= 45 ? past : next;
  // Tense markers are noisy: a day two weeks ahead still beats one almost
  // a year back ("the operation is set until 14 February").
  if (tense == Tense::kPast) return (back > 300 && ahead <= 14) ? next : past;
  return (back > 270 && ahead <= 90) ? next : past;
}

CivilDate ResolveMonth(const CivilDate& pub, int month, bool future, bool strict) {
  CivilDate out{pub.year, month, 0};
  if (future) {
    if (month < pub.month || (strict && month == pub.month)) ++out.year;
  } else {
    if (month > pub.month || (strict && month == pub.month)) --out.year;
  }
  return out;
}

std::string RangeValue(const CivilDate& a, const CivilDate& b) {
  const std::string first = FormatIsoDate(a), last = FormatIsoDate(b);
  return first.empty() || last.empty() ? "" : first + "/" + last;
}

}  // namespace dyad
