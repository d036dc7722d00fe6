// Internal to the dates stage: the pattern rules. Each rule looks at the
// token at index i and, if a date expression starts there, fills a
// RuleMatch and returns true. Rules never include a leading preposition
// (on, in) in the span but may read it as context.
#ifndef DYAD_TIME_DATE_RULES_H_
#define DYAD_TIME_DATE_RULES_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/article.h"
#include "time/date_scan.h"

namespace dyad {

struct DateContext {
  std::string_view text;
  const std::vector<ScanToken>* tokens = nullptr;
  CivilDate published;            // May be invalid: relative rules then do nothing.
  CivilDate anchor;               // Last day mentioned (starts as `published`).
  bool anchor_from_text = false;  // `anchor` came from a mention.
};

struct RuleMatch {
  size_t next = 0;  // Index of the first token after the expression.
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string value;
  DatePrecision precision = DatePrecision::kDay;
  CivilDate day;  // The resolved day when precision is kDay.
};

// yesterday, today, last week, this month, two days ago, the following day,
// last/next/this + weekday or month name, the past N days, the weekend.
bool MatchRelative(const DateContext& ctx, size_t i, RuleMatch* out);

// A bare weekday ("said Sunday", "on Friday"), or "Tuesday and Wednesday".
bool MatchWeekday(const DateContext& ctx, size_t i, RuleMatch* out);

// Month first: March 14, March 14, 2025, Sept. 9, June 27-28, May 2007,
// "in February", "between December 21 and 27".
bool MatchMonthFirst(const DateContext& ctx, size_t i, RuleMatch* out);

// Day first: 14 March, 14th March 2025, 27-28 June.
bool MatchDayFirst(const DateContext& ctx, size_t i, RuleMatch* out);

// Years: in 2017, since 2014, a 2015 deal, 2014-2016, between 2014 and 2016.
bool MatchYear(const DateContext& ctx, size_t i, RuleMatch* out);

// Numeric dates: 2025-03-14, 14/03/2025 (only when unambiguous).
bool MatchNumeric(const DateContext& ctx, size_t i, RuleMatch* out);

// Shared helpers for the rule files.
const ScanToken* TokenAt(const DateContext& ctx, size_t i);
bool WordIs(const DateContext& ctx, size_t i, std::string_view lower);
// A token usable as a day of month: 1..31, plain or with st/nd/rd/th.
int DayNumber(const ScanToken* t);
// A token usable as a year: four plain digits in [lo, hi].
int YearNumber(const ScanToken* t, int lo, int hi);
// Fills `out` for a single day or a day range ending before token `next`.
void SetDay(const DateContext& ctx, size_t first, size_t next, const CivilDate& d, RuleMatch* out);
void SetRange(const DateContext& ctx, size_t first, size_t next, const CivilDate& a,
              const CivilDate& b, RuleMatch* out);
void SetPartial(const DateContext& ctx, size_t first, size_t next, const CivilDate& d,
                RuleMatch* out);  // Month or year precision by d's zero fields.

}  // namespace dyad

#endif  // DYAD_TIME_DATE_RULES_H_
