#include "quotes/quote_spans.h"

#include <gtest/gtest.h>

#include "testing/test_pipeline.h"

namespace dyad {
namespace {

// Regression: a left single mark typed for the opening double one made the
// closing mark quote the whole sentence before it, speaker included.
TEST(QuoteSpansTest, SingleOpeningMarkBeforeADoubleClosingOne) {
  Article a = CodeText(
      "A spokesman said the militants attacked \u201cin large numbers.\u201d Hassan said the "
      "fighting lasted 40 minutes, insisting the troops \u2018defended\u201d the base.");
  std::vector<QuoteSpan> spans = FindQuoteSpans(a);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(a.tokens[spans[0].first_token].norm, "in");
  EXPECT_EQ(a.tokens[spans[1].first_token].norm, "defended");
  EXPECT_EQ(spans[1].end_token, spans[1].first_token + 1);
}

// With no opening mark of any kind the quote still runs from the
// paragraph's start.
TEST(QuoteSpansTest, ClosingMarkAloneQuotesFromTheParagraphStart) {
  Article a = CodeText("We will not give up the city,\u201d the mayor said.");
  std::vector<QuoteSpan> spans = FindQuoteSpans(a);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].first_token, 0u);
}

}  // namespace
}  // namespace dyad
