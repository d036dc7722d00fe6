// Relative date rules, resolved against the publication date: deictic words
// (yesterday, today, last week, this month, two days ago), weekdays, and
// anaphoric phrases (that day, the following day) resolved against the
// anchor, the last day the article mentioned. Inside a quotation, "today"
// and "yesterday" are read from the anchor when it lies within a week of
// publication: a speaker's "today" is the day the article says they spoke.
#include <array>

#include "time/civil_date.h"
#include "time/date_resolve.h"
#include "time/date_rules.h"

namespace dyad {
namespace {

enum class Unit { kNone, kHour, kDay, kWeek, kMonth, kYear };

Unit UnitOf(const ScanToken* t) {
  if (t == nullptr || t->kind != ScanKind::kWord) return Unit::kNone;
  const std::string& w = t->lower;
  if (w == "hour" || w == "hours") return Unit::kHour;
  if (w == "day" || w == "days") return Unit::kDay;
  if (w == "week" || w == "weeks") return Unit::kWeek;
  if (w == "month" || w == "months") return Unit::kMonth;
  if (w == "year" || w == "years") return Unit::kYear;
  return Unit::kNone;
}

int WeekdayAt(const DateContext& ctx, size_t i);

// The reference day for speaker-relative words at token i. Outside quotes:
// publication. Inside: the weekday of the attribution later in the same
// sentence ("...today," he said on Monday), else the anchor when it lies
// within a week of publication.
CivilDate SpeechDay(const DateContext& ctx, size_t i) {
  constexpr size_t kAttributionWindow = 40;
  const ScanToken* t = TokenAt(ctx, i);
  if (!t->in_quote) return ctx.published;
  for (size_t j = i + 1; j <= i + kAttributionWindow; ++j) {
    const ScanToken* u = TokenAt(ctx, j);
    if (u == nullptr || u->sentence != t->sentence) break;
    const int wd = u->in_quote ? 0 : WeekdayAt(ctx, j);
    if (wd != 0 && !WordIs(ctx, j - 1, "last") && !WordIs(ctx, j - 1, "next")) {
      return ResolveWeekday(ctx.published, wd, WeekdayMode::kPastInclusive);
    }
  }
  if (ctx.anchor.valid()) {
    const int64_t gap = DaysBetween(ctx.anchor, ctx.published);
    if (gap >= -7 && gap <= 7) return ctx.anchor;
  }
  return ctx.published;
}

CivilDate WeekStart(const CivilDate& d) { return AddDays(d, 1 - IsoWeekday(d)); }

int WeekdayAt(const DateContext& ctx, size_t i) {
  const ScanToken* t = TokenAt(ctx, i);
  if (t == nullptr || t->kind != ScanKind::kWord || !t->capitalized) return 0;
  return WeekdayFromWord(t->lower);
}

int MonthNameAt(const DateContext& ctx, size_t i) {
  const ScanToken* t = TokenAt(ctx, i);
  bool abbreviated = false;
  if (t == nullptr || t->kind != ScanKind::kWord || !t->capitalized) return 0;
  const int m = MonthFromWord(t->lower, &abbreviated);
  return abbreviated ? 0 : m;
}

// "last|this|next" + week/month/year/weekend/night/weekday/month name.
// `dir` is -1, 0 or +1.
bool MatchDeictic(const DateContext& ctx, size_t i, int dir, RuleMatch* out) {
  const CivilDate& pub = ctx.published;
  const ScanToken* n = TokenAt(ctx, i + 1);
  if (n == nullptr || n->kind != ScanKind::kWord) return false;
  const std::string& w = n->lower;
  const bool the_before = WordIs(ctx, i - 1, "the");
  if (w == "week" && dir != 0 && the_before) {  // "in the last week".
    if (dir > 0) return false;
    SetRange(ctx, i, i + 2, AddDays(pub, -6), pub, out);
  } else if (w == "week" && dir != 0) {
    // The Monday-Sunday week before or after the publication week.
    const CivilDate start = AddDays(WeekStart(pub), int64_t{7} * dir);
    SetRange(ctx, i, i + 2, start, AddDays(start, 6), out);
  } else if (w == "week") {
    // "earlier this week": Monday to publication (a story filed on
    // Wednesday about "earlier this week" may mean that morning, and hand
    // coders end the range there); "later this week": the day after
    // publication to Sunday.
    CivilDate start = WeekStart(pub), end = AddDays(WeekStart(pub), 6);
    if (WordIs(ctx, i - 1, "earlier") && !(start == pub)) end = pub;
    if (WordIs(ctx, i - 1, "later") && !(end == pub)) start = AddDays(pub, 1);
    SetRange(ctx, i, i + 2, start, end, out);
  } else if (w == "weekend") {
    CivilDate sat = AddDays(WeekStart(pub), 5);
    if (dir < 0) sat = AddDays(ResolveWeekday(pub, 7, WeekdayMode::kPastStrict), -1);
    if (dir > 0) sat = AddDays(sat, 7);
    SetRange(ctx, i, i + 2, sat, AddDays(sat, 1), out);
  } else if (w == "month") {
    SetPartial(ctx, i, i + 2, AddMonths(CivilDate{pub.year, pub.month, 0}, dir), out);
  } else if (w == "year") {
    SetPartial(ctx, i, i + 2, CivilDate{pub.year + dir, 0, 0}, out);
  } else if (w == "night" && dir < 0) {
    SetDay(ctx, i, i + 2, AddDays(SpeechDay(ctx, i), -1), out);
  } else if (dir == 0 && (w == "morning" || w == "afternoon" || w == "evening")) {
    SetDay(ctx, i, i + 2, SpeechDay(ctx, i), out);
  } else if (const int wd = WeekdayAt(ctx, i + 1); wd != 0) {
    WeekdayMode mode = dir < 0 ? WeekdayMode::kPastStrict : WeekdayMode::kFutureStrict;
    if (dir == 0) {
      mode = IsFutureContext(*ctx.tokens, i) ? WeekdayMode::kFutureInclusive
                                             : WeekdayMode::kPastInclusive;
    }
    SetDay(ctx, i, i + 2, ResolveWeekday(pub, wd, mode), out);
  } else if (const int m = MonthNameAt(ctx, i + 1); m != 0) {
    // "this February": the month of the publication's year, ahead or past.
    const bool future = dir > 0;
    SetPartial(ctx, i, i + 2,
               dir == 0 ? CivilDate{pub.year, m, 0} : ResolveMonth(pub, m, future, true), out);
  } else {
    return false;
  }
  return true;
}

// "N days ago", "a week later", "two days after", "the past two days".
bool MatchCount(const DateContext& ctx, size_t i, RuleMatch* out) {
  const int n = CountValue(*TokenAt(ctx, i));
  const Unit unit = UnitOf(TokenAt(ctx, i + 1));
  const ScanToken* tail = TokenAt(ctx, i + 2);
  if (n == 0 || unit == Unit::kNone || unit == Unit::kHour || tail == nullptr) return false;
  if (n > 1 && TokenAt(ctx, i + 1)->lower.back() != 's') return false;
  const int days = unit == Unit::kWeek ? 7 * n : n;
  const bool short_unit = unit == Unit::kDay || unit == Unit::kWeek;
  const CivilDate& pub = ctx.published;
  if (tail->lower == "ago") {
    if (short_unit) SetDay(ctx, i, i + 3, AddDays(pub, -days), out);
    if (unit == Unit::kMonth) {
      SetPartial(ctx, i, i + 3, AddMonths(CivilDate{pub.year, pub.month, 0}, -n), out);
    }
    if (unit == Unit::kYear) SetPartial(ctx, i, i + 3, CivilDate{pub.year - n, 0, 0}, out);
    return true;
  }
  if (!short_unit || !ctx.anchor_from_text) return false;
  // "two days earlier this month": the count belongs to a duration.
  const ScanToken* after = TokenAt(ctx, i + 3);
  if (after != nullptr && (after->lower == "this" || after->lower == "last" ||
                           after->lower == "in" || after->lower == "that")) {
    return false;
  }
  if (tail->lower == "later") {
    SetDay(ctx, i, i + 3, AddDays(ctx.anchor, days), out);
  } else if (tail->lower == "earlier") {
    SetDay(ctx, i, i + 3, AddDays(ctx.anchor, -days), out);
  } else if (tail->lower == "after") {
    // "comes a week after X": X happened that long before the anchor.
    SetDay(ctx, i, i + 3, AddDays(ctx.anchor, -days), out);
  } else {
    return false;
  }
  return true;
}

// The range a duration of `n` units covers, ending on publication (back) or
// starting on it (ahead), at the precision of the unit: "the past two days"
// 2023-12-22/2023-12-23, "for three years" 2016/2019, "over the past nine
// months" 2012-04/2013-01, "within two months" 2017-11-23/2018-01-23.
bool SetDuration(const DateContext& ctx, size_t first, size_t next, int n, Unit unit, bool ahead,
                 RuleMatch* out) {
  const CivilDate& pub = ctx.published;
  const int sign = ahead ? 1 : -1;
  if (n < 1 || n > 400 || unit == Unit::kNone) return false;
  if (unit == Unit::kYear) {
    CivilDate other{pub.year + sign * n, 0, 0}, now{pub.year, 0, 0};
    SetRange(ctx, first, next, ahead ? now : other, ahead ? other : now, out);
  } else if (unit == Unit::kMonth && !ahead) {
    CivilDate now{pub.year, pub.month, 0};
    SetRange(ctx, first, next, AddMonths(now, -n), now, out);
  } else if (unit == Unit::kMonth) {
    SetRange(ctx, first, next, pub, AddMonths(pub, n), out);
  } else {
    int days = unit == Unit::kWeek ? 7 * n : unit == Unit::kHour ? (n + 23) / 24 : n;
    // n days back include publication day; n weeks back are 7n days before it.
    if (!ahead && unit == Unit::kDay) days -= 1;
    if (days < 1 && !ahead) return false;
    CivilDate other = AddDays(pub, int64_t{sign} * days);
    SetRange(ctx, first, next, ahead ? pub : other, ahead ? other : pub, out);
  }
  return true;
}

// A hedge before a count: "nearly three weeks", "more than two years".
size_t SkipHedge(const DateContext& ctx, size_t i) {
  static constexpr std::array<std::string_view, 7> kHedges = {
      "nearly", "almost", "about", "around", "some", "roughly", "over"};
  const ScanToken* t = TokenAt(ctx, i);
  if (t == nullptr) return i;
  if (t->lower == "more" && WordIs(ctx, i + 1, "than")) return i + 2;
  for (std::string_view h : kHedges) {
    if (t->lower == h) return i + 1;
  }
  return i;
}

// "past two days", "last 3 days", "past nine months": a range ending on
// publication.
bool MatchPastWindow(const DateContext& ctx, size_t i, RuleMatch* out) {
  const ScanToken* c = TokenAt(ctx, i + 1);
  if (c == nullptr) return false;
  const int n = CountValue(*c);
  const Unit unit = UnitOf(TokenAt(ctx, i + 2));
  if (unit == Unit::kHour) return false;
  return SetDuration(ctx, i, i + 3, n, unit, false, out);
}

// Durations of what the story is about: "after 20 months of war", "eight
// years of conflict". Not a prison term or a ban ("a three years of prison
// term"), which is no date of the story.
bool MatchDuration(const DateContext& ctx, size_t i, RuleMatch* out) {
  const std::string& w = TokenAt(ctx, i)->lower;
  // "for N days" and "within N days" are left out: hand coders seldom take
  // them as dates of the story.
  const bool lead = w == "after";
  size_t at = lead ? SkipHedge(ctx, i + 1) : i;
  const ScanToken* c = TokenAt(ctx, at);
  if (c == nullptr) return false;
  const int n = CountValue(*c);
  const Unit unit = UnitOf(TokenAt(ctx, at + 1));
  if (n == 0 || unit == Unit::kNone || (n > 1 && TokenAt(ctx, at + 1)->lower.back() != 's')) {
    return false;
  }
  // "eight years of conflict"; "three days of drills" is left out (often
  // ahead, and seldom taken as a date).
  const bool of = WordIs(ctx, at + 2, "of") && (unit == Unit::kMonth || unit == Unit::kYear);
  if (!lead && !of) return false;
  if (w == "after" && !of) return false;  // "after two days" is anaphoric.
  for (size_t k = i; k > 0 && i - k < 5; --k) {
    const ScanToken* b = TokenAt(ctx, k - 1);
    if (b == nullptr || b->sentence != c->sentence) break;
    for (std::string_view stem : {"sentenc", "jail", "prison", "ban", "term", "old"}) {
      if (b->lower.rfind(stem, 0) == 0) return false;
    }
  }
  const bool ahead = w == "within";
  if (unit == Unit::kHour && !ahead) return false;
  return SetDuration(ctx, i, at + 2, n, unit, ahead, out);
}

bool MatchAnaphoricWords(const DateContext& ctx, size_t i, RuleMatch* out);

// "that day", "the following day", "the day before", "the same day", "the
// weekend". Dropped when no day was mentioned before (no antecedent).
bool MatchAnaphoric(const DateContext& ctx, size_t i, RuleMatch* out) {
  if (!MatchAnaphoricWords(ctx, i, out)) return false;
  // "the weekend" needs no antecedent; the others do.
  return out->precision == DatePrecision::kRange || ctx.anchor_from_text;
}

bool MatchAnaphoricWords(const DateContext& ctx, size_t i, RuleMatch* out) {
  const ScanToken* a = TokenAt(ctx, i + 1);
  const ScanToken* b = TokenAt(ctx, i + 2);
  if (a == nullptr) return false;
  const std::string& w0 = TokenAt(ctx, i)->lower;
  const std::string& w1 = a->lower;
  const std::string w2 = b ? b->lower : "";
  if (w0 == "that" &&
      (w1 == "day" || w1 == "morning" || w1 == "afternoon" || w1 == "evening" || w1 == "night")) {
    SetDay(ctx, i, i + 2, ctx.anchor, out);
  } else if (w0 != "the") {
    return false;
  } else if ((w1 == "following" || w1 == "next") && w2 == "day") {
    SetDay(ctx, i, i + 3, AddDays(ctx.anchor, 1), out);
  } else if ((w1 == "previous" && w2 == "day") || (w1 == "day" && w2 == "before")) {
    SetDay(ctx, i, i + 3, AddDays(ctx.anchor, -1), out);
  } else if (w1 == "same" && w2 == "day") {
    SetDay(ctx, i, i + 3, ctx.anchor, out);
  } else if (w1 == "weekend") {
    const bool future = IsFutureContext(*ctx.tokens, i);
    const CivilDate sat =
        future ? ResolveWeekday(ctx.published, 6, WeekdayMode::kFutureInclusive)
               : AddDays(ResolveWeekday(ctx.published, 7, WeekdayMode::kPastInclusive), -1);
    SetRange(ctx, i, i + 2, sat, AddDays(sat, 1), out);
  } else {
    return false;
  }
  return true;
}

// yesterday / today / tonight / tomorrow.
bool MatchDayWord(const DateContext& ctx, size_t i, RuleMatch* out) {
  const std::string& w = TokenAt(ctx, i)->lower;
  int offset = 0;
  if (w == "yesterday") {
    offset = -1;
  } else if (w == "tomorrow") {
    offset = 1;
  } else if (w != "today" && w != "tonight") {
    return false;
  }
  SetDay(ctx, i, i + 1, AddDays(SpeechDay(ctx, i), offset), out);
  return true;
}

// "Sunday's election": the weekday names an event.
bool IsPossessive(const DateContext& ctx, size_t i) {
  const ScanToken* a = TokenAt(ctx, i + 1);
  const ScanToken* s = TokenAt(ctx, i + 2);
  return a != nullptr && s != nullptr && a->lower == "'" && s->lower == "s" &&
         a->begin == TokenAt(ctx, i)->end;
}

// An event name is in the future only when introduced as such ("ahead of
// Sunday's vote"); a "will" elsewhere in the sentence is about another verb.
bool AheadOf(const DateContext& ctx, size_t i) {
  for (size_t k = 1; k <= 3 && k <= i; ++k) {
    const std::string& w = TokenAt(ctx, i - k)->lower;
    if (w == "ahead" || w == "before" || w == "upcoming" || w == "until" || w == "next") {
      return true;
    }
  }
  return false;
}

bool MatchCore(const DateContext& ctx, size_t i, RuleMatch* out) {
  const std::string& w = TokenAt(ctx, i)->lower;
  if (w == "last") return MatchDeictic(ctx, i, -1, out);
  if (w == "this") return MatchDeictic(ctx, i, 0, out);
  if (w == "next") return MatchDeictic(ctx, i, 1, out);
  if (w == "past") return MatchPastWindow(ctx, i, out);
  if (w == "the" || w == "that") return MatchAnaphoric(ctx, i, out);
  return MatchDayWord(ctx, i, out) || MatchCount(ctx, i, out) || MatchDuration(ctx, i, out);
}

}  // namespace

bool MatchRelative(const DateContext& ctx, size_t i, RuleMatch* out) {
  const ScanToken* t = TokenAt(ctx, i);
  if (!ctx.published.valid() || t == nullptr) return false;
  const std::string& w = t->lower;
  const bool prefix = w == "earlier" || w == "later" || w == "early" || w == "late" || w == "mid";
  if (!prefix) {
    if (w == "last" && MatchPastWindow(ctx, i, out)) return true;
    return MatchCore(ctx, i, out);
  }
  // "earlier in the day", "later in the day".
  if ((w == "earlier" || w == "later") && WordIs(ctx, i + 1, "in") && WordIs(ctx, i + 2, "the") &&
      (WordIs(ctx, i + 3, "day") || WordIs(ctx, i + 3, "morning") ||
       WordIs(ctx, i + 3, "afternoon") || WordIs(ctx, i + 3, "evening")) &&
      ctx.anchor_from_text) {
    SetDay(ctx, i, i + 4, ctx.anchor, out);
    return true;
  }
  size_t core = i + 1;
  const ScanToken* dash = TokenAt(ctx, core);
  if (dash != nullptr && dash->lower == "-") ++core;
  const ScanToken* c = TokenAt(ctx, core);
  if (c == nullptr || c->kind != ScanKind::kWord) return false;
  if (c->lower != "this" && c->lower != "last" && c->lower != "next" && c->lower != "today" &&
      c->lower != "that") {
    return false;
  }
  if (!MatchCore(ctx, core, out)) return false;
  out->begin = t->begin;
  return true;
}

bool MatchWeekday(const DateContext& ctx, size_t i, RuleMatch* out) {
  static constexpr std::array<std::string_view, 9> kHolidayWords = {
      "good", "black", "bloody", "super", "ash", "palm", "easter", "holy", "cyber"};
  const int wd = WeekdayAt(ctx, i);
  if (wd == 0) return false;
  // "Friday, March 14": the explicit date decides; the weekday joins its span.
  const ScanToken* comma = TokenAt(ctx, i + 1);
  const size_t date_at = (comma != nullptr && comma->lower == ",") ? i + 2 : i + 1;
  if (MatchMonthFirst(ctx, date_at, out) || MatchDayFirst(ctx, date_at, out)) {
    if (out->precision == DatePrecision::kDay || out->precision == DatePrecision::kRange) {
      out->begin = TokenAt(ctx, i)->begin;
      return true;
    }
  }
  if (!ctx.published.valid()) return false;
  const ScanToken* prev = TokenAt(ctx, i - 1);
  if (prev != nullptr && prev->capitalized) {
    for (std::string_view h : kHolidayWords) {
      if (prev->lower == h) return false;
    }
  }
  const bool future = IsPossessive(ctx, i) ? AheadOf(ctx, i) : IsFutureContext(*ctx.tokens, i);
  const WeekdayMode mode = future ? WeekdayMode::kFutureInclusive : WeekdayMode::kPastInclusive;
  // "Tuesday and Wednesday", "Monday to Friday": one range.
  const ScanToken* link = TokenAt(ctx, i + 1);
  const int wd2 = WeekdayAt(ctx, i + 2);
  if (link != nullptr && wd2 > wd &&
      ((link->lower == "and" && wd2 == wd + 1) || link->lower == "to" || link->lower == "through" ||
       link->lower == "-")) {
    const int span = wd2 - wd;
    const CivilDate end = future ? AddDays(ResolveWeekday(ctx.published, wd, mode), span)
                                 : ResolveWeekday(ctx.published, wd2, mode);
    SetRange(ctx, i, i + 3, AddDays(end, -span), end, out);
    return true;
  }
  // "Wednesday night": the part of the day joins the span, so that the
  // whole phrase is one date to the rest of the pipeline.
  const ScanToken* part = TokenAt(ctx, i + 1);
  const bool day_part =
      part != nullptr && (part->lower == "morning" || part->lower == "afternoon" ||
                          part->lower == "evening" || part->lower == "night");
  SetDay(ctx, i, day_part ? i + 2 : i + 1, ResolveWeekday(ctx.published, wd, mode), out);
  return true;
}

}  // namespace dyad
