#include "quotes/quote_spans.h"

namespace dyad {

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
        if (!open) {  // Closing mark only: quote from the paragraph start.
          cur =
              QuoteSpan{paragraph_start, paragraph_start, paragraph_start, paragraph_start, false};
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
