// Calendar arithmetic. DaysFromCivil / CivilFromDays follow the well-known
// era decomposition (400-year eras of 146097 days, March-based years so the
// leap day falls at the end of the year).
#include "time/civil_date.h"

#include <cstdio>

namespace dyad {
namespace {

// Reads exactly `n` ASCII digits at `pos`; -1 if any is not a digit.
int ReadDigits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

}  // namespace

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

bool IsValidDay(const CivilDate& d) {
  return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= DaysInMonth(d.year, d.month);
}

int64_t DaysFromCivil(const CivilDate& d) {
  const int64_t y = static_cast<int64_t>(d.year) - (d.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (d.month + 9) % 12;  // March = 0.
  const int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t doe = days - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  CivilDate out;
  out.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  out.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  out.year = static_cast<int>(yoe + era * 400 + (out.month <= 2 ? 1 : 0));
  return out;
}

int IsoWeekday(const CivilDate& d) {
  // 1970-01-01 was a Thursday (4).
  const int64_t days = DaysFromCivil(d);
  const int64_t mod = ((days % 7) + 7) % 7;  // 0 = Thursday.
  return static_cast<int>((mod + 3) % 7) + 1;
}

CivilDate AddDays(const CivilDate& d, int64_t days) {
  return CivilFromDays(DaysFromCivil(d) + days);
}

CivilDate AddMonths(const CivilDate& d, int months) {
  const int64_t index = static_cast<int64_t>(d.year) * 12 + (d.month - 1) + months;
  CivilDate out;
  out.year = static_cast<int>(index / 12);
  out.month = static_cast<int>(index % 12) + 1;
  out.day = d.day;
  if (out.day > 0) {
    const int limit = DaysInMonth(out.year, out.month);
    if (out.day > limit) out.day = limit;
  }
  return out;
}

int64_t DaysBetween(const CivilDate& a, const CivilDate& b) {
  return DaysFromCivil(b) - DaysFromCivil(a);
}

CivilDate ParseIsoDate(std::string_view s) {
  s = Trim(s);
  const int year = ReadDigits(s, 0, 4);
  if (year < 1) return CivilDate{};
  if (s.size() == 4) return CivilDate{year, 0, 0};
  if (s[4] != '-') return CivilDate{};
  const int month = ReadDigits(s, 5, 2);
  if (month < 1 || month > 12) return CivilDate{};
  if (s.size() == 7) return CivilDate{year, month, 0};
  if (s[7] != '-') return CivilDate{};
  const CivilDate d{year, month, ReadDigits(s, 8, 2)};
  if (!IsValidDay(d)) return CivilDate{};
  if (s.size() > 10 && s[10] != 'T' && s[10] != 't' && s[10] != ' ') {
    return CivilDate{};
  }
  return d;
}

std::string FormatIsoDate(const CivilDate& d) {
  if (d.year < 1 || d.year > 9999) return "";
  char buf[16];
  if (d.month < 1 || d.month > 12) {
    std::snprintf(buf, sizeof(buf), "%04d", d.year);
  } else if (d.day < 1 || d.day > 31) {
    std::snprintf(buf, sizeof(buf), "%04d-%02d", d.year, d.month);
  } else {
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", d.year, d.month, d.day);
  }
  return buf;
}

}  // namespace dyad
