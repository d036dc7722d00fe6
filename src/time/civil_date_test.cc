#include "time/civil_date.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(CivilDateTest, LeapYears) {
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_FALSE(IsLeapYear(2025));
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
  EXPECT_EQ(DaysInMonth(2023, 13), 0);
}

TEST(CivilDateTest, DaysRoundTrip) {
  EXPECT_EQ(DaysFromCivil(CivilDate{1970, 1, 1}), 0);
  EXPECT_EQ(DaysFromCivil(CivilDate{2000, 3, 1}), 11017);
  for (int64_t d = -800000; d < 800000; d += 997) {
    EXPECT_EQ(DaysFromCivil(CivilFromDays(d)), d);
  }
  EXPECT_EQ(CivilFromDays(DaysFromCivil(CivilDate{2024, 2, 29})), (CivilDate{2024, 2, 29}));
}

TEST(CivilDateTest, Weekdays) {
  EXPECT_EQ(IsoWeekday(CivilDate{2025, 3, 16}), 7);  // Sunday.
  EXPECT_EQ(IsoWeekday(CivilDate{2025, 3, 14}), 5);  // Friday.
  EXPECT_EQ(IsoWeekday(CivilDate{1970, 1, 1}), 4);   // Thursday.
  EXPECT_EQ(IsoWeekday(CivilDate{1900, 1, 1}), 1);   // Monday.
}

TEST(CivilDateTest, AddDaysAndMonths) {
  EXPECT_EQ(AddDays(CivilDate{2024, 12, 31}, 1), (CivilDate{2025, 1, 1}));
  EXPECT_EQ(AddDays(CivilDate{2024, 3, 1}, -1), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(AddDays(CivilDate{2023, 3, 1}, -1), (CivilDate{2023, 2, 28}));
  EXPECT_EQ(AddMonths(CivilDate{2025, 1, 31}, 1), (CivilDate{2025, 2, 28}));
  EXPECT_EQ(AddMonths(CivilDate{2025, 1, 0}, -1), (CivilDate{2024, 12, 0}));
  EXPECT_EQ(AddMonths(CivilDate{2024, 11, 15}, 14), (CivilDate{2026, 1, 15}));
  EXPECT_EQ(DaysBetween(CivilDate{2025, 1, 1}, CivilDate{2025, 3, 1}), 59);
}

TEST(CivilDateTest, ParseIso) {
  EXPECT_EQ(ParseIsoDate("2025-03-14"), (CivilDate{2025, 3, 14}));
  EXPECT_EQ(ParseIsoDate("2025-03-14T10:22:00Z"), (CivilDate{2025, 3, 14}));
  EXPECT_EQ(ParseIsoDate(" 2024-02-29 "), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(ParseIsoDate("2025-03"), (CivilDate{2025, 3, 0}));
  EXPECT_EQ(ParseIsoDate("2025"), (CivilDate{2025, 0, 0}));
  EXPECT_FALSE(ParseIsoDate("2023-02-29").valid());
  EXPECT_FALSE(ParseIsoDate("2025-13-01").valid());
  EXPECT_FALSE(ParseIsoDate("2025/03/14").valid());
  EXPECT_FALSE(ParseIsoDate("").valid());
  EXPECT_FALSE(ParseIsoDate("20x5-03-14").valid());
  EXPECT_FALSE(ParseIsoDate("2025-03-14junk").valid());
  EXPECT_FALSE(ParseIsoDate(std::string_view("2025-03-\0"
                                             "4",
                                             10))
                   .valid());
}

TEST(CivilDateTest, Format) {
  EXPECT_EQ(FormatIsoDate(CivilDate{2025, 3, 14}), "2025-03-14");
  EXPECT_EQ(FormatIsoDate(CivilDate{2025, 3, 0}), "2025-03");
  EXPECT_EQ(FormatIsoDate(CivilDate{2025, 0, 0}), "2025");
  EXPECT_EQ(FormatIsoDate(CivilDate{987, 1, 2}), "0987-01-02");
  EXPECT_EQ(FormatIsoDate(CivilDate{}), "");
}

}  // namespace
}  // namespace dyad
