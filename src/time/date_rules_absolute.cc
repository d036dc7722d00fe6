// Absolute date rules: month-first and day-first dates, month-year, month
// alone after a preposition, years in year context, year ranges, ISO and
// unambiguous numeric dates. A missing year is chosen by ResolveMonthDay /
// ResolveMonth from the publication date and the tense of the sentence.
#include <array>

#include "time/civil_date.h"
#include "time/date_resolve.h"
#include "time/date_rules.h"

namespace dyad {
namespace {

// Words after which a bare month or year reads as a time expression.
bool IsTimePreposition(std::string_view w) {
  static constexpr std::array<std::string_view, 20> kWords = {
      "in",     "since",  "until", "till",    "by",         "from",  "of",
      "during", "before", "after", "through", "throughout", "early", "late",
      "mid",    "around", "end",   "between", "to",         "circa"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

bool IsRangeWord(const ScanToken* t) {
  if (t == nullptr) return false;
  if (t->kind == ScanKind::kPunct) return t->lower == "-";
  return t->lower == "to" || t->lower == "through" || t->lower == "until" || t->lower == "till" ||
         t->lower == "and";
}

// The month named at token i (capitalized, abbreviations need a period or a
// number after them). Sets *after to the index past the name and its period.
int MonthAt(const DateContext& ctx, size_t i, size_t* after) {
  const ScanToken* t = TokenAt(ctx, i);
  if (t == nullptr || t->kind != ScanKind::kWord || !t->capitalized) return 0;
  bool abbreviated = false;
  const int m = MonthFromWord(t->lower, &abbreviated);
  if (m == 0) return 0;
  size_t j = i + 1;
  const ScanToken* dot = TokenAt(ctx, j);
  if (abbreviated && dot != nullptr && dot->lower == "." && dot->begin == t->end) ++j;
  if (abbreviated && j == i + 1) {
    const ScanToken* n = TokenAt(ctx, j);
    if (n == nullptr || n->kind != ScanKind::kNumber) return 0;
  }
  *after = j;
  return m;
}

// A year after a day: "14, 2025" or "14 2025". Returns the year or 0 and
// advances *j past it.
int TrailingYear(const DateContext& ctx, size_t* j) {
  size_t k = *j;
  const ScanToken* comma = TokenAt(ctx, k);
  if (comma != nullptr && comma->lower == ",") ++k;
  const int y = YearNumber(TokenAt(ctx, k), 1000, 2999);
  if (y == 0) return 0;
  const ScanToken* after = TokenAt(ctx, k + 1);
  if (after != nullptr && IsCountNoun(after->lower)) return 0;
  *j = k + 1;
  return y;
}

// "August 5 last year", "in April next year": the year named relative to
// publication after a date without one. Returns the year or 0 and advances
// *j past the two words.
int RelativeYearAfter(const DateContext& ctx, size_t* j) {
  const ScanToken* which = TokenAt(ctx, *j);
  const ScanToken* year = TokenAt(ctx, *j + 1);
  if (which == nullptr || year == nullptr || year->lower != "year" || !ctx.published.valid()) {
    return 0;
  }
  int dir = which->lower == "last" ? -1 : which->lower == "next" ? 1 : 0;
  if (dir == 0 && which->lower != "this") return 0;
  *j += 2;
  return ctx.published.year + dir;
}

// "gave the militia until April 2 to disarm": a date right after "until"
// or "till" ends a period still running, so it is read as ahead (which
// still picks a date less than 46 days back: "fought until March 30").
Tense DeadlineOrSentenceTense(const DateContext& ctx, size_t first) {
  const ScanToken* before = first > 0 ? TokenAt(ctx, first - 1) : nullptr;
  if (before != nullptr && (before->lower == "until" || before->lower == "till")) {
    return Tense::kFuture;
  }
  return SentenceTense(*ctx.tokens, first);
}

// Emits a day or a day range from parsed parts; year 0 means "resolve".
bool EmitDays(const DateContext& ctx, size_t first, size_t next, int year, int m1, int d1, int m2,
              int d2, RuleMatch* out) {
  CivilDate a{year, m1, d1};
  if (year == 0) {
    if (!ctx.published.valid()) return false;
    a = ResolveMonthDay(ctx.published, m1, d1, DeadlineOrSentenceTense(ctx, first));
  }
  if (!IsValidDay(a)) return false;
  if (d2 == 0) {
    SetDay(ctx, first, next, a, out);
    return true;
  }
  CivilDate b{a.year, m2, d2};
  if (m2 < m1) ++b.year;       // Dec 30 - Jan 2.
  if (year != 0 && m2 < m1) {  // The written year belongs to the end.
    b.year = year;
    a.year = year - 1;
  }
  if (!IsValidDay(b) || !IsValidDay(a) || DaysBetween(a, b) <= 0) return false;
  SetRange(ctx, first, next, a, b, out);
  return true;
}

// Year ranges starting at token i (year y): 2014-2016, 2014-16, between
// 2014 and 2016, from 2014 to 2016.
bool MatchYearRange(const DateContext& ctx, size_t i, int y, RuleMatch* out) {
  const ScanToken* next = TokenAt(ctx, i + 1);
  const ScanToken* second = TokenAt(ctx, i + 2);
  if (next == nullptr || second == nullptr || second->kind != ScanKind::kNumber ||
      !second->lower.empty() || second->has_sep) {
    return false;
  }
  int y2 = 0;
  if (next->lower == "-" && second->digits == 2) y2 = y / 100 * 100 + second->value;
  if (next->lower == "-" || (next->lower == "and" && WordIs(ctx, i - 1, "between")) ||
      ((next->lower == "to" || next->lower == "until" || next->lower == "through") &&
       WordIs(ctx, i - 1, "from"))) {
    if (second->digits == 4) y2 = second->value;
  }
  if (y2 <= y || y2 > 2100) return false;
  SetRange(ctx, i, i + 3, CivilDate{y, 0, 0}, CivilDate{y2, 0, 0}, out);
  return true;
}

}  // namespace

bool MatchMonthFirst(const DateContext& ctx, size_t i, RuleMatch* out) {
  size_t j = 0;
  const int m = MonthAt(ctx, i, &j);
  if (m == 0) return false;
  const int d1 = DayNumber(TokenAt(ctx, j));
  if (d1 > 0) {
    size_t k = j + 1;
    int m2 = 0, d2 = 0;
    if (IsRangeWord(TokenAt(ctx, k))) {
      size_t after_month = 0;
      const int next_month = MonthAt(ctx, k + 1, &after_month);
      const int n = DayNumber(TokenAt(ctx, next_month ? after_month : k + 1));
      const ScanToken* tail = TokenAt(ctx, (next_month ? after_month : k + 1) + 1);
      const bool count = tail != nullptr && IsCountNoun(tail->lower);
      if (n > 0 && !count && (next_month != 0 || n > d1)) {
        m2 = next_month ? next_month : m;
        d2 = n;
        k = (next_month ? after_month : k + 1) + 1;
      }
    }
    int year = TrailingYear(ctx, &k);
    if (year == 0) year = RelativeYearAfter(ctx, &k);
    return EmitDays(ctx, i, k, year, m, d1, m2, d2, out);
  }
  const int year = YearNumber(TokenAt(ctx, j), 1800, 2200);
  if (year > 0) {
    const ScanToken* after = TokenAt(ctx, j + 1);
    if (after == nullptr || !IsCountNoun(after->lower)) {
      SetPartial(ctx, i, j + 1, CivilDate{year, m, 0}, out);
      return true;
    }
  }
  // A month alone needs a time preposition before it (in May, mid-March).
  if (i == 0 || !ctx.published.valid()) return false;
  const ScanToken* prev = TokenAt(ctx, i - 1);
  bool ok = prev->kind == ScanKind::kWord && IsTimePreposition(prev->lower);
  if (prev->lower == "-" && i >= 2) ok = WordIs(ctx, i - 2, "mid");
  if (!ok) return false;
  size_t k = j;
  if (int relative = RelativeYearAfter(ctx, &k); relative != 0) {
    SetPartial(ctx, i, k, CivilDate{relative, m, 0}, out);
    return true;
  }
  // "in July and August 2024": the year written after the second month.
  const ScanToken* link = TokenAt(ctx, j);
  size_t after_second = 0;
  if (link != nullptr && (link->lower == "and" || link->lower == "or") &&
      MonthAt(ctx, j + 1, &after_second) != 0) {
    const int shared = YearNumber(TokenAt(ctx, after_second), 1800, 2200);
    if (shared > 0) {
      SetPartial(ctx, i, j, CivilDate{shared, m, 0}, out);
      return true;
    }
  }
  const bool future = IsFutureContext(*ctx.tokens, i);
  SetPartial(ctx, i, j, ResolveMonth(ctx.published, m, future, false), out);
  return true;
}

bool MatchDayFirst(const DateContext& ctx, size_t i, RuleMatch* out) {
  const ScanToken* t = TokenAt(ctx, i);
  const int d1 = DayNumber(t);
  if (d1 == 0 || t->glued) return false;
  size_t j = i + 1;
  int d2 = 0;
  if (IsRangeWord(TokenAt(ctx, j))) {
    const int n = DayNumber(TokenAt(ctx, j + 1));
    size_t probe = 0;
    if (n > d1 && MonthAt(ctx, j + 2, &probe) != 0) {
      d2 = n;
      j += 2;
    }
  }
  if (WordIs(ctx, j, "of")) ++j;
  size_t k = 0;
  const int m = MonthAt(ctx, j, &k);
  if (m == 0) return false;
  const int year = TrailingYear(ctx, &k);
  return EmitDays(ctx, i, k, year, m, d1, d2 ? m : 0, d2, out);
}

// "the 1960s", "the late 1990s", "the early 1980s": a decade, or its
// first, middle or last years, as a range of years.
bool MatchDecade(const DateContext& ctx, size_t i, RuleMatch* out) {
  const ScanToken* t = TokenAt(ctx, i);
  if (t == nullptr || t->kind != ScanKind::kNumber || t->digits != 4 || t->has_sep || t->glued ||
      t->lower != "s" || t->value < 1900 || t->value > 2090 || t->value % 10 != 0) {
    return false;
  }
  size_t first = i;
  int from = 0, to = 9;
  size_t k = i;
  if (k >= 1 && TokenAt(ctx, k - 1)->lower == "-") --k;  // "mid-1990s"
  if (k >= 1) {
    const std::string& w = TokenAt(ctx, k - 1)->lower;
    if (w == "early") from = 0, to = 3;
    if (w == "mid" || w == "middle") from = 4, to = 6;
    if (w == "late") from = 7, to = 9;
    if (w == "early" || w == "mid" || w == "middle" || w == "late") first = k - 1;
  }
  SetRange(ctx, first, i + 1, CivilDate{t->value + from, 0, 0}, CivilDate{t->value + to, 0, 0},
           out);
  return true;
}

bool MatchYear(const DateContext& ctx, size_t i, RuleMatch* out) {
  if (MatchDecade(ctx, i, out)) return true;
  const ScanToken* t = TokenAt(ctx, i);
  const int y = YearNumber(t, 1900, 2100);
  if (y == 0 || t->glued) return false;
  const ScanToken* next = TokenAt(ctx, i + 1);
  if (next != nullptr && (IsCountNoun(next->lower) || next->lower == "%")) return false;
  if (MatchYearRange(ctx, i, y, out)) return true;
  if (i == 0) return false;
  const ScanToken* prev = TokenAt(ctx, i - 1);
  bool ok =
      prev->kind == ScanKind::kWord && (IsTimePreposition(prev->lower) || prev->lower == "year");
  if (prev->lower == "-" && i >= 2) ok = WordIs(ctx, i - 2, "mid");
  static constexpr std::array<std::string_view, 8> kDeterminers = {"a",   "an",  "the",   "its",
                                                                   "his", "her", "their", "our"};
  for (std::string_view d : kDeterminers) {
    if (prev->lower == d && next != nullptr && next->kind == ScanKind::kWord &&
        !next->capitalized) {
      ok = true;
    }
  }
  // A second year in a list: "in 2008 and 2012".
  if ((prev->lower == "and" || prev->lower == "or" || prev->lower == ",") && i >= 2 &&
      YearNumber(TokenAt(ctx, i - 2), 1900, 2100) > 0) {
    ok = true;
  }
  if (!ok) return false;
  SetPartial(ctx, i, i + 1, CivilDate{y, 0, 0}, out);
  return true;
}

bool MatchNumeric(const DateContext& ctx, size_t i, RuleMatch* out) {
  const ScanToken* p[5];
  for (size_t k = 0; k < 5; ++k) {
    p[k] = TokenAt(ctx, i + k);
    if (p[k] == nullptr) return false;
    if (k > 0 && p[k]->space_before) return false;  // Must be written solid.
  }
  const bool numbers = p[0]->kind == ScanKind::kNumber && p[2]->kind == ScanKind::kNumber &&
                       p[4]->kind == ScanKind::kNumber && !p[0]->has_sep && !p[2]->has_sep &&
                       !p[4]->has_sep && p[0]->lower.empty() && p[2]->lower.empty();
  if (!numbers || p[0]->glued) return false;
  CivilDate d;
  if (p[1]->lower == "-" && p[3]->lower == "-" && p[0]->digits == 4 && p[2]->digits == 2 &&
      p[4]->digits == 2 && (p[4]->lower.empty() || p[4]->lower[0] == 't')) {
    d = CivilDate{p[0]->value, p[2]->value, p[4]->value};
  } else if (p[1]->lower == "/" && p[3]->lower == "/" && p[4]->digits == 4 && p[4]->lower.empty() &&
             p[0]->digits <= 2 && p[2]->digits <= 2) {
    const int a = p[0]->value, b = p[2]->value;
    if (a > 12 && b <= 12) d = CivilDate{p[4]->value, b, a};
    if (b > 12 && a <= 12) d = CivilDate{p[4]->value, a, b};
    if (a == b) d = CivilDate{p[4]->value, a, a};
  }
  if (!IsValidDay(d) || d.year < 1800 || d.year > 2200) return false;
  SetDay(ctx, i, i + 5, d, out);
  out->end = p[4]->begin + static_cast<uint32_t>(p[4]->digits);
  return true;
}

}  // namespace dyad
