// Reading verb pattern files: word classes named in patterns.
#include "events/verb_dictionary.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace dyad {
namespace {

const CameoCodes& Codes() {
  static std::unique_ptr<CameoCodes> codes =
      CameoCodes::Load(std::string(DYAD_SOURCE_DATA_DIR) + "/events/cameo.tsv").value();
  return *codes;
}

std::string WriteTemp(const std::string& name, const std::string& text) {
  std::string path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path) << text;
  return path;
}

// "@name" stands for the words of a class; a pattern naming a class the
// lexicon lacks is skipped with a warning naming the file and line.
TEST(VerbDictionaryTest, WordClassesExpandInPatterns) {
  std::vector<std::string> warnings;
  auto classes = WordClasses::FromText("blame | absurd; baseless\n", "test.txt", &warnings);
  std::string path =
      WriteTemp("dyad_verb_classes.txt", "111 | describe * as @blame\n111 | call + @missing\n");
  Result<std::vector<VerbPattern>> ps =
      VerbDictionary::ReadFile(path, "classes.txt", Codes(), &warnings, classes.get());
  ASSERT_TRUE(ps.ok());
  ASSERT_EQ(ps->size(), 1u);
  const PatternElement& last = ps->front().elements.back();
  ASSERT_EQ(last.words.size(), 2u);
  EXPECT_EQ(last.words[0].key, "absurd");
  EXPECT_EQ(last.words[1].key, "baseless");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("classes.txt:2"), std::string::npos) << warnings[0];
  EXPECT_NE(warnings[0].find("@missing"), std::string::npos) << warnings[0];
  std::filesystem::remove(path);
}

// The flags "together" and "infinitive" are read; an unknown flag warns.
TEST(VerbDictionaryTest, FlagsTogetherAndInfinitive) {
  std::vector<std::string> warnings;
  std::string path = WriteTemp("dyad_verb_flags.txt",
                               "040 | discuss | together\n071 | =finance + | infinitive\n"
                               "040 | confer | sideways\n");
  Result<std::vector<VerbPattern>> ps =
      VerbDictionary::ReadFile(path, "flags.txt", Codes(), &warnings);
  ASSERT_TRUE(ps.ok());
  ASSERT_EQ(ps->size(), 3u);
  EXPECT_TRUE((*ps)[0].together);
  EXPECT_FALSE((*ps)[0].infinitive);
  EXPECT_TRUE((*ps)[1].infinitive);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("sideways"), std::string::npos) << warnings[0];
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace dyad
