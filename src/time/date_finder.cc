// Driver of the dates stage. The text is scanned once into tokens; then a
// left-to-right pass tries the rules at each token in a fixed order
// (numeric, relative, weekday, month-first, day-first, year). A match
// consumes its tokens, so expressions never overlap. Every day-precision
// match becomes the anchor for anaphoric phrases ("the following day").
#include "time/date_finder.h"

#include "time/date_resolve.h"
#include "time/date_rules.h"
#include "time/date_scan.h"

namespace dyad {

const ScanToken* TokenAt(const DateContext& ctx, size_t i) {
  return i < ctx.tokens->size() ? &(*ctx.tokens)[i] : nullptr;
}

bool WordIs(const DateContext& ctx, size_t i, std::string_view lower) {
  const ScanToken* t = TokenAt(ctx, i);
  return t != nullptr && t->kind == ScanKind::kWord && t->lower == lower;
}

int DayNumber(const ScanToken* t) {
  if (t == nullptr || t->kind != ScanKind::kNumber || t->has_sep || t->digits > 2) {
    return 0;
  }
  const std::string& s = t->lower;
  if (!s.empty() && s != "st" && s != "nd" && s != "rd" && s != "th") return 0;
  return (t->value >= 1 && t->value <= 31) ? t->value : 0;
}

int YearNumber(const ScanToken* t, int lo, int hi) {
  if (t == nullptr || t->kind != ScanKind::kNumber || t->has_sep || t->digits != 4 ||
      !t->lower.empty()) {
    return 0;
  }
  return (t->value >= lo && t->value <= hi) ? t->value : 0;
}

namespace {

void SetSpan(const DateContext& ctx, size_t first, size_t next, RuleMatch* out) {
  out->next = next;
  out->begin = TokenAt(ctx, first)->begin;
  out->end = TokenAt(ctx, next - 1)->end;
}

bool TryRules(const DateContext& ctx, size_t i, RuleMatch* out) {
  return MatchNumeric(ctx, i, out) || MatchRelative(ctx, i, out) || MatchWeekday(ctx, i, out) ||
         MatchMonthFirst(ctx, i, out) || MatchDayFirst(ctx, i, out) || MatchYear(ctx, i, out);
}

}  // namespace

void SetDay(const DateContext& ctx, size_t first, size_t next, const CivilDate& d, RuleMatch* out) {
  SetSpan(ctx, first, next, out);
  out->value = FormatIsoDate(d);
  out->precision = DatePrecision::kDay;
  out->day = d;
}

void SetRange(const DateContext& ctx, size_t first, size_t next, const CivilDate& a,
              const CivilDate& b, RuleMatch* out) {
  SetSpan(ctx, first, next, out);
  out->value = RangeValue(a, b);  // Empty (so dropped) outside years 1..9999.
  out->precision = DatePrecision::kRange;
  out->day = CivilDate{};
}

void SetPartial(const DateContext& ctx, size_t first, size_t next, const CivilDate& d,
                RuleMatch* out) {
  SetSpan(ctx, first, next, out);
  out->value = FormatIsoDate(d);
  out->precision = d.month == 0 ? DatePrecision::kYear : DatePrecision::kMonth;
  out->day = CivilDate{};
}

std::vector<DateMention> FindDates(std::string_view text, const CivilDate& published) {
  const std::vector<ScanToken> tokens = ScanDateTokens(text);
  DateContext ctx;
  ctx.text = text;
  ctx.tokens = &tokens;
  if (IsValidDay(published)) ctx.published = published;
  ctx.anchor = ctx.published;
  std::vector<DateMention> out;
  size_t i = 0;
  while (i < tokens.size()) {
    RuleMatch m;
    if (!TryRules(ctx, i, &m) || m.value.empty() || m.next <= i) {
      ++i;
      continue;
    }
    DateMention mention;
    mention.begin = m.begin;
    mention.end = m.end;
    mention.value = std::move(m.value);
    mention.precision = m.precision;
    out.push_back(std::move(mention));
    if (m.precision == DatePrecision::kDay && m.day.valid()) {
      ctx.anchor = m.day;
      ctx.anchor_from_text = true;
    }
    i = m.next;
  }
  return out;
}

}  // namespace dyad
