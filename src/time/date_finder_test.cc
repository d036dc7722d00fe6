#include "time/date_finder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

struct Found {
  std::string text;
  std::string value;
  DatePrecision precision;
};

std::vector<Found> Find(std::string_view text, std::string_view published) {
  std::vector<Found> out;
  for (const DateMention& m : FindDates(text, ParseIsoDate(published))) {
    EXPECT_LE(m.begin, m.end);
    EXPECT_LE(m.end, text.size());
    out.push_back({std::string(text.substr(m.begin, m.end - m.begin)), m.value, m.precision});
  }
  return out;
}

// The single mention in `text`, or an empty Found.
Found One(std::string_view text, std::string_view published) {
  std::vector<Found> all = Find(text, published);
  EXPECT_EQ(all.size(), 1u) << text;
  return all.empty() ? Found{} : all[0];
}

std::string Value(std::string_view text, std::string_view published) {
  return One(text, published).value;
}

// 2025-03-16 is a Sunday; 2025-03-14 a Friday; 2025-03-12 a Wednesday.
TEST(DateFinderTest, WeekdayPastReading) {
  Found f = One("On Sunday the council voted to dissolve itself.", "2025-03-16");
  EXPECT_EQ(f.text, "Sunday");
  EXPECT_EQ(f.value, "2025-03-16");
  EXPECT_EQ(f.precision, DatePrecision::kDay);
  EXPECT_EQ(Value("The mayor said Friday that roads were closed.", "2025-03-16"), "2025-03-14");
  EXPECT_EQ(Value("Rebels shelled the port on Wednesday.", "2025-03-16"), "2025-03-12");
  EXPECT_EQ(Value("Sunday's runoff drew few voters.", "2025-03-18"), "2025-03-16");
}

TEST(DateFinderTest, LastWeekdayIsStrictlyBefore) {
  Found f = One("Talks collapsed last Friday in the capital.", "2025-03-16");
  EXPECT_EQ(f.text, "last Friday");
  EXPECT_EQ(f.value, "2025-03-14");
  EXPECT_EQ(Value("Talks collapsed last Friday.", "2025-03-14"), "2025-03-07");
  EXPECT_EQ(Value("Talks collapsed on Friday.", "2025-03-14"), "2025-03-14");
}

TEST(DateFinderTest, WeekdayFutureReading) {
  EXPECT_EQ(Value("The envoy will travel to the region on Friday.", "2025-03-12"), "2025-03-14");
  EXPECT_EQ(Value("Parliament is due to vote on Monday.", "2025-03-12"), "2025-03-17");
  EXPECT_EQ(Value("The summit is to be hosted by Kenya on Thursday.", "2025-03-12"), "2025-03-13");
  EXPECT_EQ(Value("Ministers meet next Wednesday.", "2025-03-12"), "2025-03-19");
  // The speech verb is nearer than the future verb: past reading.
  EXPECT_EQ(Value("Troops will stay, the minister said on Monday.", "2025-03-12"), "2025-03-10");
  EXPECT_EQ(Value("He vowed to continue, saying he will not accept Sunday's result.", "2025-03-18"),
            "2025-03-16");
}

TEST(DateFinderTest, WeekdayPairIsRange) {
  Found f = One("Protests continued on Tuesday and Wednesday in the city.", "2020-10-30");
  EXPECT_EQ(f.value, "2020-10-27/2020-10-28");
  EXPECT_EQ(f.precision, DatePrecision::kRange);
}

TEST(DateFinderTest, WeekdayWithExplicitDate) {
  Found f = One("The vote was held on Friday, March 7, 2025.", "2025-03-16");
  EXPECT_EQ(f.text, "Friday, March 7, 2025");
  EXPECT_EQ(f.value, "2025-03-07");
  EXPECT_EQ(Value("Polls open Sunday 23 March.", "2025-03-16"), "2025-03-23");
}

TEST(DateFinderTest, PastVerbOutranksDistantFutureMarker) {
  EXPECT_EQ(Value("He said the army would respond after protesters stormed the "
                  "parliament on Tuesday.",
                  "2025-03-12"),
            "2025-03-11");
}

// The part of the day belongs to the weekday's span.
TEST(DateFinderTest, WeekdayWithPartOfTheDay) {
  Found f = One("Gunmen opened fire on Friday night at a bar.", "2025-03-16");
  EXPECT_EQ(f.text, "Friday night");
  EXPECT_EQ(f.value, "2025-03-14");
}

// A year named relative to publication after a date without one, and a
// year written after the second of two months.
TEST(DateFinderTest, RelativeAndSharedYears) {
  Found f = One("He was arrested on August 5 last year.", "2025-11-17");
  EXPECT_EQ(f.text, "August 5 last year");
  EXPECT_EQ(f.value, "2024-08-05");
  EXPECT_EQ(Value("Talks were held in April last year.", "2025-11-17"), "2024-04");
  EXPECT_EQ(Value("A vote is due in March next year.", "2025-11-17"), "2026-03");
  std::vector<Found> two = Find("Protests erupted in July and August 2024.", "2025-11-17");
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0].value, "2024-07");
  EXPECT_EQ(two[1].value, "2024-08");
}

// "later in the evening" is the day of the last date told, like "later in
// the day".
TEST(DateFinderTest, LaterInTheEvening) {
  std::vector<Found> all = Find(
      "Police raided the camp on Friday. Later in the evening a crowd "
      "marched.",
      "2025-03-16");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].text, "Later in the evening");
  EXPECT_EQ(all[1].value, "2025-03-14");
}

TEST(DateFinderTest, HolidayNamesAreNotWeekdays) {
  EXPECT_TRUE(Find("Marchers recalled Bloody Sunday.", "2025-03-12").empty());
}

TEST(DateFinderTest, DeicticDays) {
  EXPECT_EQ(Value("Shelling resumed yesterday.", "2025-03-01"), "2025-02-28");
  EXPECT_EQ(Value("Shelling resumed yesterday.", "2024-03-01"), "2024-02-29");
  EXPECT_EQ(Value("Crowds gathered again today.", "2025-03-01"), "2025-03-01");
  EXPECT_EQ(Value("The vote is tomorrow.", "2024-12-31"), "2025-01-01");
  EXPECT_EQ(Value("Gunfire was heard last night.", "2025-03-01"), "2025-02-28");
  EXPECT_EQ(Value("Officials met this morning.", "2025-03-01"), "2025-03-01");
}

TEST(DateFinderTest, RelativePeriods) {
  // The Monday-Sunday week before publication (a Wednesday).
  EXPECT_EQ(Value("Fighting flared last week.", "2025-03-12"), "2025-03-03/2025-03-09");
  EXPECT_EQ(Value("Talks resume next week.", "2025-03-12"), "2025-03-17/2025-03-23");
  // Monday to publication, as hand coders end it.
  EXPECT_EQ(Value("Earlier this week, rebels struck.", "2025-03-12"), "2025-03-10/2025-03-12");
  // A past verb near the month outranks a future one further back.
  EXPECT_EQ(
      Value("Sanctions would follow because Moscow used a nerve agent in March.", "2018-08-10"),
      "2018-03");
  EXPECT_EQ(Value("The ceasefire takes effect in August.", "2023-06-09"), "2023-08");
  // 2014-07-14 is a Monday.
  EXPECT_EQ(Value("The cabinet was to meet on Tuesday.", "2014-07-14"), "2014-07-15");
  // Durations of months and years of what the story is about.
  EXPECT_EQ(Value("It follows eight years of conflict.", "2019-12-07"), "2011/2019");
  EXPECT_EQ(Value("Talks resumed after 20 months of war.", "2025-01-07"), "2023-05/2025-01");
  EXPECT_EQ(Value("Over the past nine months, 40 died.", "2013-01-13"), "2012-04/2013-01");
  EXPECT_TRUE(Find("He was sentenced to three years of prison.", "2019-12-07").empty());
  Found week = One("Drills run this week near the strait.", "2022-12-21");
  EXPECT_EQ(week.value, "2022-12-19/2022-12-25");
  Found month = One("The ship was seized earlier this month.", "2025-03-12");
  EXPECT_EQ(month.text, "earlier this month");
  EXPECT_EQ(month.value, "2025-03");
  EXPECT_EQ(month.precision, DatePrecision::kMonth);
  EXPECT_EQ(Value("Aid was cut last month.", "2025-01-10"), "2024-12");
  Found year = One("Elections were held last year.", "2025-01-10");
  EXPECT_EQ(year.value, "2024");
  EXPECT_EQ(year.precision, DatePrecision::kYear);
  EXPECT_EQ(Value("Growth slowed this year.", "2025-01-10"), "2025");
  EXPECT_EQ(Value("A census is planned next year.", "2025-01-10"), "2026");
  EXPECT_EQ(Value("Envoys arrived over the weekend.", "2014-11-17"), "2014-11-15/2014-11-16");
  EXPECT_EQ(Value("Nine died in the past two days.", "2023-12-23"), "2023-12-22/2023-12-23");
}

TEST(DateFinderTest, CountsAgo) {
  Found f = One("The minister resigned 10 days ago.", "2025-09-21");
  EXPECT_EQ(f.text, "10 days ago");
  EXPECT_EQ(f.value, "2025-09-11");
  EXPECT_EQ(Value("The siege began three weeks ago.", "2025-09-21"), "2025-08-31");
  EXPECT_EQ(Value("The pact was signed a year ago.", "2025-09-21"), "2024");
  EXPECT_EQ(Value("The port reopened two months ago.", "2025-01-21"), "2024-11");
  EXPECT_EQ(Value("It lasted two days earlier this month.", "2025-09-21"), "2025-09");
}

TEST(DateFinderTest, Anaphora) {
  std::vector<Found> f = Find(
      "Clashes began on Sept. 8 and spread that afternoon. The following day, "
      "troops withdrew.",
      "2025-09-21");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].value, "2025-09-08");
  EXPECT_EQ(f[1].value, "2025-09-08");
  EXPECT_EQ(f[2].value, "2025-09-09");
}

TEST(DateFinderTest, MonthDayForms) {
  EXPECT_EQ(Value("The blast on March 14 killed nine.", "2025-03-20"), "2025-03-14");
  EXPECT_EQ(Value("It was signed on March 14, 2019 in Doha.", "2025-03-20"), "2019-03-14");
  EXPECT_EQ(Value("It was signed on 14 March 2019.", "2025-03-20"), "2019-03-14");
  EXPECT_EQ(Value("The raid on 14th March was condemned.", "2025-03-20"), "2025-03-14");
  EXPECT_EQ(Value("Voters went to the polls Mar. 2 in the north.", "2025-03-20"), "2025-03-02");
  Found f = One("Fighting erupted on Sept. 9 near the border.", "2025-09-21");
  EXPECT_EQ(f.text, "Sept. 9");
  EXPECT_EQ(Value("The deal runs until 14 February.", "2024-02-13"), "2024-02-14");
}

TEST(DateFinderTest, YearBoundaries) {
  EXPECT_EQ(Value("Talks stalled on December 30.", "2025-01-02"), "2024-12-30");
  EXPECT_EQ(Value("A truce was agreed in December.", "2025-01-02"), "2024-12");
  EXPECT_EQ(Value("The inquiry will look at the Dec. 7 raid.", "2018-01-05"), "2017-12-07");
  EXPECT_EQ(Value("The president's term ends Jan. 10.", "2024-11-27"), "2025-01-10");
  EXPECT_EQ(Value("The country will hold elections in March.", "2025-09-21"), "2026-03");
  EXPECT_EQ(Value("The rebels fled in February.", "2025-09-21"), "2025-02");
}

TEST(DateFinderTest, PastTenseKeepsDistantPastYear) {
  EXPECT_EQ(Value("Attacks on 5 May killed dozens.", "2025-03-12"), "2024-05-05");
  EXPECT_EQ(Value("The operation is set until 14 February.", "2024-02-13"), "2024-02-14");
}

// A date after "until" ends a period still running: a deadline ahead even
// in a past-tense sentence, unless it lies just behind.
TEST(DateFinderTest, UntilPointsAhead) {
  EXPECT_EQ(Value("The summit gave the militia until April 2 to disarm.", "2023-02-27"),
            "2023-04-02");
  EXPECT_EQ(Value("The siege lasted until March 30.", "2023-04-10"), "2023-03-30");
}

TEST(DateFinderTest, LeapDays) {
  EXPECT_EQ(Value("The accord of Feb. 29 holds.", "2024-03-05"), "2024-02-29");
  EXPECT_EQ(Value("The accord of Feb. 29 holds.", "2025-03-05"), "2024-02-29");
  EXPECT_EQ(Value("Signed on February 29, 2024 in Rome.", "2025-03-05"), "2024-02-29");
  EXPECT_TRUE(Find("Signed on February 29, 2023 in Rome.", "2025-03-05").empty());
}

TEST(DateFinderTest, MonthYearAndYears) {
  Found f = One("The commission was set up in May 2007 by decree.", "2018-07-05");
  EXPECT_EQ(f.value, "2007-05");
  EXPECT_EQ(f.precision, DatePrecision::kMonth);
  EXPECT_EQ(Value("Civil war broke out in 2013.", "2018-01-01"), "2013");
  EXPECT_EQ(Value("The group has fought since 2014.", "2018-01-01"), "2014");
  EXPECT_EQ(Value("It revives a 2015 peace deal.", "2018-01-01"), "2015");
  EXPECT_TRUE(Find("The fund paid $2,017 to each family.", "2018-01-01").empty());
  EXPECT_TRUE(Find("Police counted 2017 people at the rally.", "2018-01-01").empty());
  EXPECT_TRUE(Find("The agency hired 2017 staff.", "2018-01-01").empty());
  std::vector<Found> two = Find("He was arrested in 2008 and 2012.", "2018-01-01");
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[1].value, "2012");
}

TEST(DateFinderTest, Ranges) {
  Found f = One("The summit was held on June 27-28, 2004 in Istanbul.", "2004-07-01");
  EXPECT_EQ(f.value, "2004-06-27/2004-06-28");
  EXPECT_EQ(f.precision, DatePrecision::kRange);
  EXPECT_EQ(Value("Talks ran 27-28 June in Geneva.", "2004-07-01"), "2004-06-27/2004-06-28");
  EXPECT_EQ(Value("Talks ran from June 27 to 28.", "2004-07-01"), "2004-06-27/2004-06-28");
  EXPECT_EQ(Value("Drills will take place between December 21 and 27.", "2022-12-19"),
            "2022-12-21/2022-12-27");
  EXPECT_EQ(Value("Prices rose between 2014 and 2016.", "2018-01-01"), "2014/2016");
  EXPECT_EQ(Value("The 2014-16 drought hurt farmers.", "2018-01-01"), "2014/2016");
  EXPECT_EQ(Value("Rallies ran Dec. 30-Jan. 2.", "2025-01-05"), "2024-12-30/2025-01-02");
}

TEST(DateFinderTest, NumericDates) {
  EXPECT_EQ(Value("The decree (dated 2025-03-14) was leaked.", "2025-03-20"), "2025-03-14");
  EXPECT_EQ(Value("Filed on 14/03/2025 in court.", "2025-03-20"), "2025-03-14");
  EXPECT_EQ(Value("Filed on 03/14/2025 in court.", "2025-03-20"), "2025-03-14");
  EXPECT_TRUE(Find("Filed on 03/04/2025 in court.", "2025-03-20").empty());
  EXPECT_TRUE(Find("Code 99/99/9999 and 2025-13-45 are junk.", "2025-03-20").empty());
}

TEST(DateFinderTest, InvalidPublicationKeepsOnlyAbsoluteDates) {
  std::vector<Found> f =
      Find("On Friday officials recalled the March 14, 2019 attack of last year.", "");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value, "2019-03-14");
}

TEST(DateFinderTest, MentionsAreInTextOrderWithoutPrepositions) {
  std::vector<Found> f =
      Find("In 2007, Iran held sailors. On Monday it freed them, in May 2020 too.", "2025-03-12");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].text, "2007");
  EXPECT_EQ(f[1].text, "Monday");
  EXPECT_EQ(f[2].text, "May 2020");
}

TEST(DateFinderTest, QuotedTodayFollowsTheSpeechDay) {
  std::vector<Found> f =
      Find("Talks failed Thursday.\n\"We did not agree today,\" the envoy said.", "2022-08-19");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].value, "2022-08-18");
}

TEST(DateFinderTest, QuotedTodayUsesTheAttributionDay) {
  std::vector<Found> f =
      Find("\"We will not surrender today,\" the commander said on Monday.", "2025-03-12");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].value, "2025-03-10");
  EXPECT_EQ(f[1].value, "2025-03-10");
}

TEST(DateFinderTest, AnaphoraNeedsAnAntecedent) {
  EXPECT_TRUE(Find("The following day, troops withdrew.", "2025-03-12").empty());
  EXPECT_EQ(Value("Two days later, on March 4, the envoy left.", "2025-03-12"), "2025-03-04");
  std::vector<Found> f = Find(
      "China said on Tuesday it fired water cannon. It comes a week after a "
      "collision.",
      "2025-09-16");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].text, "a week after");
  EXPECT_EQ(f[1].value, "2025-09-09");
}

// Regression: decades were no dates ("the 1960s", "the late 1990s").
TEST(DateFinderTest, DecadesAndTheirParts) {
  EXPECT_EQ(One("The rebellion began in the 1960s.", "2023-05-02").value, "1960/1969");
  EXPECT_EQ(One("It grew in the late 1990s.", "2023-05-02").value, "1997/1999");
  EXPECT_EQ(One("Talks in the early 1980s failed.", "2023-05-02").value, "1980/1983");
  EXPECT_EQ(One("It peaked in the mid-1970s.", "2023-05-02").value, "1974/1976");
}

// Regression: "this February" written in January was the February before.
TEST(DateFinderTest, ThisMonthIsInThePublicationYear) {
  EXPECT_EQ(One("Elections are due this February.", "2022-01-10").value, "2022-02");
  EXPECT_EQ(One("The talks opened this February.", "2022-11-10").value, "2022-02");
}

TEST(DateFinderTest, NonDatesAreIgnored) {
  EXPECT_TRUE(Find("Theresa May met the march organisers.", "2025-03-12").empty());
  EXPECT_TRUE(Find("He may resign. Numbers: 1,000 and 2.5 and 14.", "2025-03-12").empty());
}

TEST(DateFinderTest, BadInputNeverCrashes) {
  static constexpr char kNul[] = "On Friday\0 in 2017\0\xff\xfe March";
  std::string nul(kNul, sizeof(kNul) - 1);
  EXPECT_EQ(Find(nul, "2025-03-12").size(), 2u);  // Friday, 2017.
  std::string digits(1 << 20, '7');
  EXPECT_TRUE(FindDates(digits, ParseIsoDate("2025-03-12")).empty());
  std::string junk;
  for (int i = 0; i < 200000; ++i) junk.push_back(static_cast<char>(i * 131 % 256));
  EXPECT_NO_FATAL_FAILURE(FindDates(junk, ParseIsoDate("2025-03-12")));
  std::string many;
  for (int i = 0; i < 50000; ++i) many += "on Friday, March 3-4, 2020 and in 2019 / ";
  // "Friday, March 3-4, 2020" is one mention; "2019" another.
  EXPECT_EQ(FindDates(many, ParseIsoDate("2025-03-12")).size(), 100000u);
  EXPECT_TRUE(FindDates("", CivilDate{}).empty());
  EXPECT_TRUE(FindDates("\xe2\x80", ParseIsoDate("2025-03-12")).empty());
}

}  // namespace
}  // namespace dyad
