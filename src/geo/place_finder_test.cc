#include "geo/place_finder.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "text/tokenizer.h"

namespace dyad {
namespace {

constexpr char kTsv[] =
    "Iraq\tcountry\tIQ\t33\t44\t30000000\tPCLI\n"
    "Libya\tcountry\tLY\t25\t17\t5000000\tPCLI\n"
    "Lebanon\tcountry\tLB\t33.83\t35.83\t4000000\tPCLI\n"
    "Georgia\tcountry\tGE\t42\t43.5\t2382172\tPCLI\n"
    "Jordan\tcountry\tJO\t31\t36\t8000000\tPCLI\n"
    "Nepal\tcountry\tNP\t28\t84\t20000000\tPCLI\n"
    "United States\tcountry\tUS\t38\t-97\t300000000\tPCLI\n"
    "US\tcountry\tUS\t38\t-97\t300000000\tPCLI\tUnited States\n"
    "Georgia\tregion\tUS\t33.749\t-84.388\t4636667\tADM1\n"
    "Baghdad\tcity\tIQ\t33.3406\t44.4009\t7216000\tPPLC\n"
    "Tbilisi\tcity\tGE\t41.6941\t44.8337\t1049498\tPPLC\n"
    "Atlanta\tcity\tUS\t33.749\t-84.388\t463878\tPPLA\n"
    "Tripoli\tcity\tLY\t32.8874\t13.1873\t1150989\tPPLC\n"
    "Tripoli\tcity\tLB\t34.4335\t35.8442\t229398\tPPLA\n"
    "Kathmandu\tcity\tNP\t27.7017\t85.3206\t1442271\tPPLC\n"
    "Paris\tcity\tFR\t48.8534\t2.3488\t2138551\tPPLC\n"
    "Paris\tcity\tUS\t33.6609\t-95.5555\t24782\tPPL\n"
    "Geneva\tcity\tCH\t46.2022\t6.1457\t183981\tPPLA\n"
    "Geneva\tcity\tUS\t41.8875\t-88.3053\t21806\tPPLA2\n"
    "La Paz\tcity\tBO\t-16.5\t-68.15\t812799\tPPLG\n"
    "La Paz\tcity\tMX\t24.1444\t-110.3005\t215178\tPPLA\n"
    "Smallton\tcity\tIQ\t34\t44\t3000\tPPL\n"
    "Moore\tcity\tUS\t35.34\t-97.49\t62000\tPPL\n"
    "Police\tcity\tPL\t53.55\t14.57\t33000\tPPL\n"
    "March\tcity\tGB\t52.55\t0.09\t22000\tPPL\n"
    "Moscow\tcity\tRU\t55.75\t37.62\t10381222\tPPLC\n"
    "Saint Petersburg\tcity\tRU\t59.94\t30.31\t5351935\tPPLA\n"
    "St Petersburg\tcity\tRU\t59.94\t30.31\t5351935\tPPLA\tSaint Petersburg\n"
    "Petersburg\tcity\tUS\t37.23\t-77.4\t32420\tPPL\n"
    "Aki\tcity\tJP\t33.5\t133.9\t19000\tPPL\n"
    "Cote d'Ivoire\tcountry\tCI\t8\t-5\t8431368\tPCLI\tIvory Coast\n";

constexpr char kPlaces[] =
    "Red Sea | water | | 20.0 | 38.5 |\n"
    "Gulf of Aden | water | | 12.5 | 48.0 |\n"
    "Strait of Hormuz | water | | 26.57 | 56.25 | Hormuz\n";

class PlaceFinderTest : public ::testing::Test {
 protected:
  void SetUp() override { gazetteer_ = Gazetteer::FromText(kTsv, kPlaces); }

  Article Find(const std::string& text) {
    Article a;
    a.text = text;
    EXPECT_TRUE(AnalyzeText(a).ok());
    FindPlaces(a, *gazetteer_);
    return a;
  }

  // The mention whose text is `surface`, or nullptr.
  static const PlaceMention* Mention(const Article& a, std::string_view surface) {
    for (const PlaceMention& m : a.places) {
      if (a.Span(m.begin, m.end) == surface) return &m;
    }
    return nullptr;
  }

  std::unique_ptr<Gazetteer> gazetteer_;
};

TEST_F(PlaceFinderTest, FindsCityWithCoordinatesAndOffsets) {
  Article a = Find("Protesters gathered in Baghdad on Friday.");
  ASSERT_EQ(a.places.size(), 1u);
  const PlaceMention& m = a.places[0];
  EXPECT_EQ(m.name, "Baghdad");
  EXPECT_EQ(m.country, "IQ");
  EXPECT_EQ(m.kind, "city");
  EXPECT_NEAR(m.lat, 33.3, 0.1);
  EXPECT_NEAR(m.lon, 44.4, 0.1);
  EXPECT_TRUE(m.has_coordinates);
  EXPECT_EQ(a.Span(m.begin, m.end), "Baghdad");
  EXPECT_EQ(m.sentence, 0u);
  EXPECT_EQ(m.end_token, m.first_token + 1);
}

TEST_F(PlaceFinderTest, MultiWordWaterNames) {
  Article a = Find("Ships in the Red Sea and the Gulf of Aden were attacked.");
  const PlaceMention* red = Mention(a, "Red Sea");
  ASSERT_NE(red, nullptr);
  EXPECT_EQ(red->kind, "water");
  EXPECT_EQ(red->country, "");
  const PlaceMention* aden = Mention(a, "Gulf of Aden");
  ASSERT_NE(aden, nullptr);
  EXPECT_EQ(aden->end_token - aden->first_token, 3u);
  EXPECT_NE(Find("Tankers crossed the Strait of Hormuz.").places.size(), 0u);
}

TEST_F(PlaceFinderTest, ContextPicksTheCountry) {
  Article ge = Find("Thousands marched in Tbilisi. Georgia has been in turmoil.");
  const PlaceMention* g = Mention(ge, "Georgia");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->country, "GE");
  EXPECT_EQ(g->kind, "country");
  Article us = Find("Storms hit Atlanta. Georgia declared an emergency.");
  g = Mention(us, "Georgia");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->country, "US");
}

TEST_F(PlaceFinderTest, TripoliFollowsTheArticle) {
  Article ly = Find("Fighting resumed in Tripoli. Libya's government called for calm.");
  ASSERT_NE(Mention(ly, "Tripoli"), nullptr);
  EXPECT_EQ(Mention(ly, "Tripoli")->country, "LY");
  Article lb = Find("Clashes broke out in Tripoli, the second city of Lebanon.");
  ASSERT_NE(Mention(lb, "Tripoli"), nullptr);
  EXPECT_EQ(Mention(lb, "Tripoli")->country, "LB");
}

TEST_F(PlaceFinderTest, PossessiveAndDateline) {
  Article a = Find("Nepal's new prime minister spoke.");
  ASSERT_NE(Mention(a, "Nepal"), nullptr);
  EXPECT_EQ(Mention(a, "Nepal")->kind, "country");
  Article d = Find("BAGHDAD (Reuters) - Talks continued.");
  ASSERT_NE(Mention(d, "BAGHDAD"), nullptr);
  EXPECT_EQ(Mention(d, "BAGHDAD")->country, "IQ");
}

TEST_F(PlaceFinderTest, DemonymsAndCompoundsAreNotPlaces) {
  EXPECT_TRUE(Find("Iraqi forces advanced.").places.empty());
  EXPECT_TRUE(Find("The Iraq-led coalition met.").places.empty());
}

TEST_F(PlaceFinderTest, PersonNamesAfterTitlesAreNotPlaces) {
  Article a = Find("The talks were led by President Jordan and Mr. Paris.");
  EXPECT_EQ(Mention(a, "Jordan"), nullptr);
  EXPECT_EQ(Mention(a, "Paris"), nullptr);
  Article b = Find("The envoy Natalie Paris arrived.");
  EXPECT_EQ(Mention(b, "Paris"), nullptr);
  EXPECT_NE(Mention(Find("Jordan closed its border."), "Jordan"), nullptr);
}

TEST_F(PlaceFinderTest, CommonWordsMonthsAndSmallPlaces) {
  EXPECT_TRUE(Find("Police said the march began in March.").places.empty());
  EXPECT_TRUE(Find("They met in Smallton.").places.empty());
  Article a = Find("Iraq said gunmen raided Smallton.");
  ASSERT_NE(Mention(a, "Smallton"), nullptr);  // Its country is named.
  EXPECT_EQ(Mention(a, "Smallton")->country, "IQ");
}

TEST_F(PlaceFinderTest, BigCityBeatsSmallNamesakeInContextCountry) {
  Article a = Find("The US envoy flew to Paris.");
  ASSERT_NE(Mention(a, "Paris"), nullptr);
  EXPECT_EQ(Mention(a, "Paris")->country, "FR");
  EXPECT_EQ(Mention(a, "US"), nullptr);  // "US envoy": an adjective, not a place.
  Article b = Find("The envoy flew from Paris to the US.");
  ASSERT_NE(Mention(b, "US"), nullptr);
  EXPECT_EQ(Mention(b, "US")->name, "United States");
}

TEST_F(PlaceFinderTest, EmptyArticle) { EXPECT_TRUE(Find("").places.empty()); }

// Regression: "Obama" was a town in Japan. A place inside a known person's
// name is dropped; a country inside a composed mention stays.
TEST(DropPlacesInsideNamesTest, KnownNamesOnly) {
  Article a;
  a.text = "Obama met Nepal's prime minister in Paris.";
  a.places.push_back({0, 0, 5, 0, 1, "Obama", "JP", "city", 35.5, 135.7, true});
  a.places.push_back({0, 10, 15, 2, 3, "Nepal", "NP", "country", 28, 84, true});
  a.places.push_back({0, 36, 41, 8, 9, "Paris", "FR", "city", 48.85, 2.35, true});
  ActorMention obama;
  obama.kind = ActorKind::kPerson;
  obama.begin = 0;
  obama.end = 5;
  obama.code = "USAGOV";
  obama.name = "Barack Obama";
  ActorMention minister = obama;
  minister.begin = 10;
  minister.end = 32;
  minister.code = "NPLGOV";
  minister.name = "Nepal's prime minister";
  a.actors = {obama, minister};
  DropPlacesInsideNames(a);
  ASSERT_EQ(a.places.size(), 2u);
  EXPECT_EQ(a.places[0].name, "Nepal");
  EXPECT_EQ(a.places[1].name, "Paris");
}

// Regression: Geneva in a story naming the United States was put in
// Illinois, a namesake a ninth its size.
TEST_F(PlaceFinderTest, SmallNamesakeInContextDoesNotBeatAMajorCity) {
  Article a = Find("The United States told the council in Geneva it would act.");
  ASSERT_NE(Mention(a, "Geneva"), nullptr);
  EXPECT_EQ(Mention(a, "Geneva")->country, "CH");
}

// Regression: La Paz, Bolivia's seat of government (GeoNames PPLG, not
// PPLC), lost to a Mexican state capital.
TEST_F(PlaceFinderTest, SeatOfGovernmentCountsAsACapital) {
  Article a = Find("The president met opposition leaders in La Paz.");
  ASSERT_NE(Mention(a, "La Paz"), nullptr);
  EXPECT_EQ(Mention(a, "La Paz")->country, "BO");
}

// Regression: "MOSCOW (AP) - A Moscow judge" took "A Moscow" for a
// person's name and struck "Moscow" from the rest of the article; "St.
// Petersburg" was read as Petersburg, Virginia.
TEST_F(PlaceFinderTest, ArticleBeforeACityAndAbbreviatedSaint) {
  Article a = Find(
      "MOSCOW (AP) - A Moscow judge fined her. Riot police held 300 marchers in Moscow and in St. "
      "Petersburg.");
  int moscow = 0;
  for (const PlaceMention& m : a.places) moscow += m.name == "Moscow";
  EXPECT_EQ(moscow, 3);
  const PlaceMention* spb = Mention(a, "St. Petersburg");
  ASSERT_NE(spb, nullptr);
  EXPECT_EQ(spb->country, "RU");
}

// Regression: "Côte d'Ivoire" was not found, the elided article before
// "Ivoire" ending the name; accents and curly apostrophes do not matter.
TEST_F(PlaceFinderTest, NameGoesOnAfterAnElidedArticle) {
  Article a = Find("Côte d'Ivoire voted on Saturday, and Cote d\u2019Ivoire's neighbours watched.");
  ASSERT_EQ(a.places.size(), 2u);
  EXPECT_EQ(a.places[0].country, "CI");
  EXPECT_EQ(a.places[1].country, "CI");
}

// Regression: the agency credit "(IANS/AKI)" was read as the Japanese town
// of Aki, which then lent its country to the story's actors.
TEST_F(PlaceFinderTest, AgencyCreditInCapitalsIsNoPlace) {
  Article a = Find("Tripoli, May 2 (IANS/AKI) Two armed groups in Tripoli signed a truce.");
  for (const PlaceMention& m : a.places) EXPECT_NE(m.country, "JP") << m.name;
  EXPECT_NE(Mention(a, "Tripoli"), nullptr);
}

// Regression: "the town of Palma in northern Mozambique" took the larger
// Palma of Spain, which the gazetteer knows, though the text says where the
// town lies; a city of another country is not meant, and with none in the
// country named no place is given for the name.
TEST_F(PlaceFinderTest, CityLocatedInANamedCountry) {
  Article a = Find("Gunmen stormed the town of Paris in northern Libya.");
  EXPECT_EQ(Mention(a, "Paris"), nullptr);
  ASSERT_NE(Mention(a, "Libya"), nullptr);
  Article b = Find("Protesters marched in Tripoli in northern Lebanon.");
  ASSERT_NE(Mention(b, "Tripoli"), nullptr);
  EXPECT_EQ(Mention(b, "Tripoli")->country, "LB");
  // A country that modifies a noun locates nothing.
  Article c = Find("The talks were held in Paris in the United States embassy.");
  ASSERT_NE(Mention(c, "Paris"), nullptr);
  EXPECT_EQ(Mention(c, "Paris")->country, "FR");
}

// Regression: a surname alone ("Moore told reporters") was placed in a town
// of 62,000 in the United States, a country the story never named.
TEST_F(PlaceFinderTest, SmallTownOfACountryNeverNamedIsNoPlace) {
  Article a = Find("Aid reached Tripoli on Monday. Later, Moore told reporters the road was open.");
  EXPECT_EQ(Mention(a, "Moore"), nullptr);
  Article b = Find("Storms hit Moore in the United States.");
  EXPECT_NE(Mention(b, "Moore"), nullptr);
}

}  // namespace
}  // namespace dyad
