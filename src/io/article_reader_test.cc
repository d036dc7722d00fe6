#include "io/article_reader.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace dyad {
namespace {

TEST(ArticleReaderTest, ParsesJsonArticle) {
  Article a;
  ASSERT_TRUE(
      ParseJsonArticle(
          R"({"id": 7, "text": "Iraq said.", "published": "2025-03-16T10:00:00Z", "title": "T"})",
          a)
          .ok());
  EXPECT_EQ(a.id, "7");
  EXPECT_EQ(a.text, "Iraq said.");
  EXPECT_EQ(a.published, "2025-03-16");
  EXPECT_EQ(a.title, "T");
}

TEST(ArticleReaderTest, ClearErrorsForBadRecords) {
  Article a;
  EXPECT_EQ(ParseJsonArticle("{\"id\": 1", a).code(), StatusCode::kParseError);
  EXPECT_EQ(ParseJsonArticle("{\"id\": \"x\"}", a).code(), StatusCode::kNotFound);
  EXPECT_EQ(ParseJsonArticle("[1, 2]", a).code(), StatusCode::kParseError);
  EXPECT_EQ(ParseJsonArticle("{\"text\": 5}", a).code(), StatusCode::kOk);
}

TEST(ArticleReaderTest, BadLinesAreReportedAndTheBatchGoesOn) {
  std::string path = testing::TempDir() + "/batch.jsonl";
  {
    std::ofstream out(path);
    out << R"({"id": "a", "text": "One."})"
        << "\n"
        << "not json\n"
        << R"({"id": "b"})"
        << "\n"
        << R"({"id": "c", "text": "Three."})"
        << "\n";
  }
  std::vector<std::string> ids, errors;
  Status s = ReadArticles(
      path, ReadOptions{}, [&](Article&& a) { ids.push_back(a.id); },
      [&](const std::string& where, const Status&) { errors.push_back(where); });
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "c"}));
  EXPECT_EQ(errors, (std::vector<std::string>{path + ":2", path + ":3"}));
  std::remove(path.c_str());
}

// Lines are read in 64 KB pieces and an over-long one is kept only up to
// the limit: its length is still reported, and the lines around it, of
// lengths at and near the piece size, are read whole.
TEST(ArticleReaderTest, LongLinesAreMeasuredNotKept) {
  std::string path = testing::TempDir() + "/long.jsonl";
  auto record = [](const std::string& id, size_t size) {
    std::string head = R"({"id": ")" + id + R"(", "text": ")";
    return head + std::string(size - head.size() - 2, 'a') + "\"}";
  };
  {
    std::ofstream out(path);
    out << record("a", 65535) << "\n"
        << std::string(300000, 'x') << "\n"
        << record("b", 65536) << "\n"
        << record("c", 131071);  // No final newline.
  }
  ReadOptions options;
  options.max_article_bytes = 200000;
  std::vector<std::string> ids;
  std::vector<size_t> sizes;
  std::vector<std::string> errors;
  Status s = ReadArticles(
      path, options,
      [&](Article&& a) {
        ids.push_back(a.id);
        sizes.push_back(a.text.size());
      },
      [&](const std::string& where, const Status& st) {
        errors.push_back(where + " " + st.message());
      });
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(sizes,
            (std::vector<size_t>{65535 - 23, 65536 - 23, 131071 - 23}));  // 23: the JSON around.
  EXPECT_EQ(errors, (std::vector<std::string>{path + ":2 line of 300000 bytes exceeds the limit"}));
  std::remove(path.c_str());
}

TEST(ArticleReaderTest, BinaryFileIsRejected) {
  std::string path = testing::TempDir() + "/blob.bin";
  {
    std::ofstream out(path, std::ios::binary);
    for (int i = 0; i < 4096; ++i) out.put(static_cast<char>(i % 32));
  }
  int errors = 0, articles = 0;
  EXPECT_TRUE(ReadArticles(
                  path, ReadOptions{}, [&](Article&&) { ++articles; },
                  [&](const std::string&, const Status&) { ++errors; })
                  .ok());
  EXPECT_EQ(articles, 0);
  EXPECT_EQ(errors, 1);
  std::remove(path.c_str());
}

TEST(ArticleReaderTest, MissingPathIsAnError) {
  EXPECT_EQ(ReadArticles(
                "/no/such/file.txt", ReadOptions{}, [](Article&&) {},
                [](const std::string&, const Status&) {})
                .code(),
            StatusCode::kNotFound);
}

}  // namespace
}  // namespace dyad
