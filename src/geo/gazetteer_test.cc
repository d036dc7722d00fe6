#include "geo/gazetteer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>

namespace dyad {
namespace {

// A tiny gazetteer in the generated TSV format (see tools/build_gazetteer.mjs).
constexpr char kTsv[] =
    "Iraq\tcountry\tIQ\t33\t44\t30000000\tPCLI\n"
    "Republic of Iraq\tcountry\tIQ\t33\t44\t30000000\tPCLI\tIraq\n"
    "Baghdad\tcity\tIQ\t33.3406\t44.4009\t7216000\tPPLC\n"
    "Al Ḩudaydah\tcity\tYE\t14.7978\t42.9545\t617871\tPPLA\n"
    "Kiev\tcity\tUA\t50.4547\t30.5238\t2797553\tPPLC\tKyiv\n"
    "Washington, D.C.\tcity\tUS\t38.8951\t-77.0364\t601723\tPPLC\n"
    "broken line without tabs\n"
    "Nowhere\tcity\tXX\tnot-a-number\t0\t0\tPPL\n"
    "Mosul\tcity\tIQ\t36.335\t43.1189\t1739800\tPPLA\n";

constexpr char kPlaces[] =
    "# comment line\n"
    "Red Sea | water | | 20.0 | 38.5 |\n"
    "Gaza Strip | region | PS | 31.42 | 34.36 | Gaza  # a comment\n"
    "Bad | lake | | 1 | 2 |\n";

TEST(GazetteerTest, KeyFoldsCaseDiacriticsAndPunctuation) {
  EXPECT_EQ(Gazetteer::Key("Gulf of Aden"), "gulf of aden");
  EXPECT_EQ(Gazetteer::Key("Erdoğan"), "erdogan");
  EXPECT_EQ(Gazetteer::Key("Nagorno-Karabakh"), "nagornokarabakh");
  EXPECT_EQ(Gazetteer::Key("Washington, D.C."), "washington dc");
  EXPECT_EQ(Gazetteer::Key("  Red   Sea "), "red sea");
}

TEST(GazetteerTest, LooksUpCitiesWithCoordinates) {
  auto g = Gazetteer::FromText(kTsv, kPlaces);
  std::vector<PlaceCandidate> c = g->Lookup("baghdad");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].country, "IQ");
  EXPECT_EQ(c[0].kind, PlaceKind::kCity);
  EXPECT_NEAR(c[0].lat, 33.3, 0.1);
  EXPECT_NEAR(c[0].lon, 44.4, 0.1);
  EXPECT_TRUE(c[0].capital);
  EXPECT_EQ(c[0].population, 7216000u);
}

TEST(GazetteerTest, AlternateNamesPointToCanonicalName) {
  auto g = Gazetteer::FromText(kTsv, kPlaces);
  std::vector<PlaceCandidate> c = g->Lookup("kiev");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Kyiv");
  ASSERT_EQ(g->Lookup("republic of iraq").size(), 1u);
  EXPECT_EQ(g->Lookup("republic of iraq")[0].name, "Iraq");
}

TEST(GazetteerTest, ArabicArticleVariants) {
  auto g = Gazetteer::FromText(kTsv, kPlaces);
  EXPECT_TRUE(g->Contains("al hudaydah"));
  EXPECT_TRUE(g->Contains("alhudaydah"));  // "al-Hudaydah" as one token.
  EXPECT_TRUE(g->Contains("hudaydah"));
}

TEST(GazetteerTest, CuratedPlaces) {
  auto g = Gazetteer::FromText(kTsv, kPlaces);
  std::vector<PlaceCandidate> red = g->Lookup("red sea");
  ASSERT_EQ(red.size(), 1u);
  EXPECT_EQ(red[0].kind, PlaceKind::kWater);
  EXPECT_EQ(red[0].country, "");
  EXPECT_TRUE(red[0].curated);
  std::vector<PlaceCandidate> gaza = g->Lookup("gaza");
  ASSERT_EQ(gaza.size(), 1u);
  EXPECT_EQ(gaza[0].name, "Gaza Strip");
  EXPECT_EQ(gaza[0].country, "PS");
}

TEST(GazetteerTest, MalformedLinesAreSkippedWithWarnings) {
  auto g = Gazetteer::FromText(kTsv, kPlaces);
  EXPECT_EQ(g->warnings().size(), 3u);
  EXPECT_FALSE(g->Contains("nowhere"));
  EXPECT_FALSE(g->Contains("bad"));
  EXPECT_TRUE(g->Contains("mosul"));  // The line after a bad one still loads.
}

TEST(GazetteerTest, LoadToleratesOneMissingFile) {
  std::string path = ::testing::TempDir() + "gazetteer_test_places.txt";
  {
    std::ofstream out(path);
    out << kPlaces;
  }
  auto g = Gazetteer::Load("/nonexistent/gazetteer.tsv", path);
  ASSERT_TRUE(g.ok());
  EXPECT_FALSE((*g)->load_status().ok());
  EXPECT_TRUE((*g)->Contains("red sea"));
  EXPECT_FALSE((*g)->Contains("baghdad"));
  std::remove(path.c_str());
}

TEST(GazetteerTest, LoadFailsWhenNothingCanBeRead) {
  auto g = Gazetteer::Load("/nonexistent/a.tsv", "/nonexistent/b.txt");
  EXPECT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), StatusCode::kNotFound);
}

TEST(GazetteerTest, UnknownKeyAndEmptyGazetteer) {
  auto g = Gazetteer::FromText("", "");
  EXPECT_TRUE(g->Lookup("baghdad").empty());
  EXPECT_FALSE(g->Contains(""));
  EXPECT_EQ(g->key_count(), 0u);
}

// Coordinates are read by a fast path for plain decimals and by from_chars
// for anything else; both give the same values, and junk is refused.
TEST(GazetteerTest, CoordinatesInEveryNumberForm) {
  auto g = Gazetteer::FromText(
      "Alpha\tcity\tBO\t-16.5\t-68.15\t812799\tPPLG\n"
      "Beta\tcity\tIQ\t3.3e1\t+44.40\t1000\tPPL\n"
      "Gamma\tcity\tIQ\t33.\t44\t1000\tPPL\n"
      "Delta\tcity\tIQ\t33.1x\t44\t1000\tPPL\n",
      "");
  std::vector<PlaceCandidate> a = g->Lookup("alpha");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_NEAR(a[0].lat, -16.5, 1e-5);
  EXPECT_NEAR(a[0].lon, -68.15, 1e-5);
  std::vector<PlaceCandidate> b = g->Lookup("beta");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_NEAR(b[0].lat, 33.0, 1e-5);
  EXPECT_NEAR(b[0].lon, 44.4, 1e-5);
  std::vector<PlaceCandidate> c = g->Lookup("gamma");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_NEAR(c[0].lat, 33.0, 1e-5);
  EXPECT_TRUE(g->Lookup("delta").empty());
  EXPECT_EQ(g->warnings().size(), 1u);
}

}  // namespace
}  // namespace dyad
