#include "io/feed_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "io/article_reader.h"

namespace dyad {
namespace {

// Feeds of our own: an RSS channel with HTML in its descriptions, and Atom.
constexpr const char* kRss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>The Tigris Courier</title>
<item>
  <title>Syrian minister visits Baghdad</title>
  <link>https://courier.example/visit</link>
  <guid>courier-1001</guid>
  <pubDate>Sat, 15 Mar 2025 08:30:00 GMT</pubDate>
  <description>Short: a visit.</description>
  <content:encoded><![CDATA[<p>Syria's foreign minister visited Baghdad on Friday.</p>
  <p>He met Iraq's prime minister.</p>]]></content:encoded>
</item>
<item><title>Photo gallery</title><link>https://courier.example/photos</link></item>
</channel></rss>)";

constexpr const char* kAtom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Gulf Wire</title>
<entry>
  <title>Oman hosts talks</title>
  <link rel="alternate" href="https://wire.example/oman"/>
  <id>tag:wire.example,2025:42</id>
  <published>2025-04-12T10:00:00Z</published>
  <summary type="html">&lt;p&gt;Oman hosted talks between Iran and the United States.&lt;/p&gt;</summary>
</entry>
</feed>)";

TEST(FeedReaderTest, RssItemsWithTheirLongestText) {
  Result<std::vector<FeedItem>> items = ParseFeed(kRss);
  ASSERT_TRUE(items.ok()) << items.status().ToString();
  ASSERT_EQ(items->size(), 2u);
  const FeedItem& f = (*items)[0];
  EXPECT_EQ(f.guid, "courier-1001");
  EXPECT_EQ(f.url, "https://courier.example/visit");
  EXPECT_EQ(f.published, "2025-03-15");
  EXPECT_EQ(f.source, "The Tigris Courier");
  EXPECT_EQ(f.text,
            "Syria's foreign minister visited Baghdad on Friday.\n\nHe met Iraq's prime minister.");
  EXPECT_TRUE((*items)[1].text.empty());
}

TEST(FeedReaderTest, AtomEntries) {
  Result<std::vector<FeedItem>> items = ParseFeed(kAtom);
  ASSERT_TRUE(items.ok());
  ASSERT_EQ(items->size(), 1u);
  EXPECT_EQ((*items)[0].guid, "tag:wire.example,2025:42");
  EXPECT_EQ((*items)[0].url, "https://wire.example/oman");
  EXPECT_EQ((*items)[0].published, "2025-04-12");
  EXPECT_EQ((*items)[0].text, "Oman hosted talks between Iran and the United States.");
  EXPECT_FALSE(ParseFeed("<html><body>no feed</body></html>").ok());
  EXPECT_FALSE(ParseFeed("not xml at all").ok());
}

// Through the article reader: an item without text is reported, the rest read.
TEST(FeedReaderTest, ReaderTakesFeedFiles) {
  std::string dir = testing::TempDir() + "/dyad_feed_reader";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/a.rss") << kRss;
  std::ofstream(dir + "/b.xml") << kAtom;  // Recognised by its content.
  std::vector<Article> got;
  std::vector<std::string> errors;
  ASSERT_TRUE(ReadArticles(
                  dir, {}, [&](Article&& a) { got.push_back(std::move(a)); },
                  [&](const std::string& where, const Status&) { errors.push_back(where); })
                  .ok());
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].id, "courier-1001");
  EXPECT_EQ(got[0].title, "Syrian minister visits Baghdad");
  EXPECT_EQ(got[1].source, "Gulf Wire");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("a.rss: item 2"), std::string::npos);
}

}  // namespace
}  // namespace dyad
