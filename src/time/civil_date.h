// Calendar arithmetic on dyad::CivilDate (proleptic Gregorian calendar).
// Day counts use the days-from-civil algorithm (era of 400 years), so every
// operation is O(1) and exact for years 1..9999.
#ifndef DYAD_TIME_CIVIL_DATE_H_
#define DYAD_TIME_CIVIL_DATE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/article.h"

namespace dyad {

// True for leap years (divisible by 4, except centuries not divisible by 400).
bool IsLeapYear(int year);

// Days in `month` (1..12) of `year`; 0 for a month out of range.
int DaysInMonth(int year, int month);

// True when `d` names a real day: year 1..9999, month 1..12, day in range.
bool IsValidDay(const CivilDate& d);

// Days since 1970-01-01 for a valid day; negative before it.
int64_t DaysFromCivil(const CivilDate& d);

// Inverse of DaysFromCivil.
CivilDate CivilFromDays(int64_t days);

// ISO weekday of a valid day: 1 = Monday ... 7 = Sunday.
int IsoWeekday(const CivilDate& d);

// `d` moved by `days` (may be negative). `d` must be a valid day.
CivilDate AddDays(const CivilDate& d, int64_t days);

// `d` moved by `months`; the day is clamped to the new month's length
// (Jan 31 + 1 month = Feb 28/29). Works at month precision (day 0) too.
CivilDate AddMonths(const CivilDate& d, int months);

// Signed number of days from `a` to `b` (b - a); both must be valid days.
int64_t DaysBetween(const CivilDate& a, const CivilDate& b);

// Parses "YYYY-MM-DD", ignoring a time part after 'T' or ' '; also accepts
// "YYYY-MM" and "YYYY" (day / month left 0). Surrounding spaces are ignored.
// Anything invalid (bad digits, 2025-02-30) yields CivilDate{} (year 0).
CivilDate ParseIsoDate(std::string_view s);

// Formats `d` at its precision: "2025-03-14", "2025-03" or "2025";
// "" for an invalid date.
std::string FormatIsoDate(const CivilDate& d);

}  // namespace dyad

#endif  // DYAD_TIME_CIVIL_DATE_H_
