#include "quotes/quote_spans.h"

#include <algorithm>

namespace dyad {

namespace {

// The token after the last left single quotation mark (U+2018) in
// [from, to) that opens a word; `to` if none.
uint32_t SingleOpeningMark(const Article& a, uint32_t from, uint32_t to) {
  for (uint32_t k = to; k-- > from;) {
    const Token& t = a.tokens[k];
    if (a.text.compare(t.begin, t.end - t.begin, "\u2018") == 0 && k + 1 < to &&
        a.tokens[k + 1].kind == TokenKind::kWord && a.tokens[k + 1].begin == t.end) {
      return k + 1;
    }
  }
  return to;
}

}  // namespace

std::vector<QuoteSpan> FindQuoteSpans(const Article& a) {
  std::vector<QuoteSpan> spans;
  bool open = false;
  QuoteSpan cur;
  uint32_t paragraph_start = 0;  // First token of the paragraph, or past the last quote.
  for (const Sentence& s : a.sentences) {
    bool paragraph_begins = (&s == &a.sentences.front()) || (&s - 1)->paragraph != s.paragraph;
    if (paragraph_begins) paragraph_start = s.first_token;
    uint32_t end = s.first_token + s.token_count;
    bool paragraph_ends = (&s == &a.sentences.back()) || (&s + 1)->paragraph != s.paragraph;
    for (uint32_t i = s.first_token; i < end; ++i) {
      TokenKind k = a.tokens[i].kind;
      if (k == TokenKind::kOpenQuote) {
        if (open && i > cur.first_token) {  // Reopened without closing.
          cur.end_token = cur.close_mark = i;
          spans.push_back(cur);
        }
        open = true;
        cur = QuoteSpan{i + 1, i + 1, i, i, false};
      } else if (k == TokenKind::kCloseQuote) {
        if (!open) {  // Closing mark only: quote from the paragraph start,
          // or from a single opening mark typed for the double one
          // ("insisting the troops 'defended" the base").
          uint32_t from = SingleOpeningMark(a, std::max(paragraph_start, s.first_token), i);
          if (from == i) from = paragraph_start;
          cur = QuoteSpan{from, from, from, from, false};
          if (from != paragraph_start) cur.open_mark = from - 1;
        }
        cur.end_token = cur.close_mark = i;
        cur.closed = true;
        if (cur.end_token > cur.first_token) spans.push_back(cur);
        open = false;
        paragraph_start = i + 1;
      }
    }
    if (open && paragraph_ends) {
      cur.end_token = cur.close_mark = end;
      if (cur.end_token > cur.first_token) spans.push_back(cur);
      open = false;
    }
  }
  return spans;
}

std::vector<uint8_t> QuoteMask(const Article& a, const std::vector<QuoteSpan>& spans) {
  std::vector<uint8_t> mask(a.tokens.size(), 0);
  for (const QuoteSpan& q : spans) {
    for (uint32_t i = q.first_token; i < q.end_token && i < mask.size(); ++i) {
      mask[i] = 1;
    }
  }
  return mask;
}

}  // namespace dyad
