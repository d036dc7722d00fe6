// Quotation spans: which tokens are inside quotation marks.
//
// Design: one linear pass with a single open/closed state (no stack, so ten
// thousand nested marks cost nothing special). A paragraph that ends inside
// a quotation closes it there: news style reopens a quotation that runs over
// paragraphs with a fresh mark. A closing mark with no opening one quotes
// from a left single mark typed in its place earlier in the sentence, else
// from the start of its paragraph (common typos in wire copy).
#ifndef DYAD_QUOTES_QUOTE_SPANS_H_
#define DYAD_QUOTES_QUOTE_SPANS_H_

#include <cstdint>
#include <vector>

#include "dyad/article.h"

namespace dyad {

struct QuoteSpan {
  uint32_t first_token = 0;  // First quoted token (after the opening mark).
  uint32_t end_token = 0;    // One past the last quoted token.
  uint32_t open_mark = 0;    // Token index of the opening mark (or first_token).
  uint32_t close_mark = 0;   // Token index of the closing mark (or end_token).
  bool closed = false;       // A closing mark was found.
};

std::vector<QuoteSpan> FindQuoteSpans(const Article& article);

// Per token: 1 if inside a quotation span.
std::vector<uint8_t> QuoteMask(const Article& article, const std::vector<QuoteSpan>& spans);

}  // namespace dyad

#endif  // DYAD_QUOTES_QUOTE_SPANS_H_
