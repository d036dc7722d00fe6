#include "io/html_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "io/article_reader.h"

namespace dyad {
namespace {

// A news page of our own, with the usual furniture around the story.
constexpr const char* kPage = R"(<!DOCTYPE html>
<html><head>
<title>Ministers meet in Baghdad | The Tigris Courier</title>
<meta property="og:title" content="Syrian minister visits Baghdad">
<meta property="og:site_name" content="The Tigris Courier">
<meta property="article:published_time" content="2025-03-15T08:30:00Z">
<link rel="canonical" href="https://courier.example/2025/03/15/visit">
<script>var tracking = "Syria";</script>
</head><body>
<header><nav><ul><li>Home</li><li>World</li></ul></nav></header>
<article>
<h1>Syrian minister visits Baghdad</h1>
<p>Syria's foreign minister visited   Baghdad on Friday.</p>
<aside><p>Read more: markets slide.</p></aside>
<p>He met Iraq's prime minister, the <b>ministry</b> said.</p>
</article>
<footer><p>Copyright The Tigris Courier.</p></footer>
</body></html>)";

TEST(HtmlReaderTest, TakesTheStoryAndTheMetadataWithoutBoilerplate) {
  Result<PageMeta> page = ExtractHtmlArticle(kPage);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->title, "Syrian minister visits Baghdad");
  EXPECT_EQ(page->published, "2025-03-15");
  EXPECT_EQ(page->url, "https://courier.example/2025/03/15/visit");
  EXPECT_EQ(page->source, "The Tigris Courier");
  EXPECT_EQ(page->text,
            "Syria's foreign minister visited Baghdad on Friday.\n\n"
            "He met Iraq's prime minister, the ministry said.");
}

TEST(HtmlReaderTest, PageWithoutTextIsAnError) {
  EXPECT_FALSE(ExtractHtmlArticle("<html><body><nav><p>Menu</p></nav></body></html>").ok());
  EXPECT_TRUE(LooksLikeHtml("  <!doctype HTML><html>"));
  EXPECT_FALSE(LooksLikeHtml("Syria's minister visited Baghdad."));
}

std::string Gzip(const std::string& data) {
  std::string out(compressBound(data.size()) + 64, '\0');
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

TEST(GunzipTest, RoundTripTruncationAndLimit) {
  std::string text(100000, 'x');
  std::string gz = Gzip(text);
  Result<std::string> back = Gunzip(gz, 1 << 20);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, text);
  EXPECT_EQ(Gunzip(gz.substr(0, gz.size() / 2), 1 << 20).status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(Gunzip(gz, 1000).status().code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(Gunzip("not gzip at all", 1000).status().code(), StatusCode::kDataLoss);
}

// Pages, gzip files of JSON Lines and of a page, a truncated gzip: each
// good article is read, each bad file reported.
TEST(HtmlReaderTest, ReaderTakesPagesAndGzipFiles) {
  std::string dir = testing::TempDir() + "/dyad_html_reader";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/a_page.html") << kPage;
  std::ofstream(dir + "/b_batch.jsonl.gz", std::ios::binary) << Gzip(
      "{\"id\": \"j1\", \"text\": \"Chad thanked Niger.\"}\n"
      "{\"id\": \"j2\", \"text\": \"Egypt praised Jordan.\"}\n");
  std::ofstream(dir + "/c_page.html.gz", std::ios::binary) << Gzip(kPage);
  std::string cut = Gzip(std::string(5000, 'y'));
  std::ofstream(dir + "/d_cut.txt.gz", std::ios::binary) << cut.substr(0, cut.size() / 2);
  std::vector<Article> got;
  std::vector<std::string> errors;
  Status s = ReadArticles(
      dir, {}, [&](Article&& a) { got.push_back(std::move(a)); },
      [&](const std::string& where, const Status& e) {
        errors.push_back(where + ": " + e.ToString());
      });
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[0].id, "a_page");
  EXPECT_EQ(got[0].published, "2025-03-15");
  EXPECT_EQ(got[1].id, "j1");
  EXPECT_EQ(got[3].id, "c_page");
  EXPECT_EQ(got[3].title, "Syrian minister visits Baghdad");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("d_cut.txt.gz: data_loss"), std::string::npos) << errors[0];
}

}  // namespace
}  // namespace dyad
