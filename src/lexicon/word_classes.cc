#include "lexicon/word_classes.h"

#include <algorithm>
#include <filesystem>
#include <utility>

#include "lexicon/dict_reader.h"

namespace dyad {

namespace {

// A word as tokens' norms spell it: lower case, no spaces.
bool IsPlainWord(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (c == ' ' || c == '\t' || (c >= 'A' && c <= 'Z')) return false;
  }
  return true;
}

}  // namespace

std::unique_ptr<WordClasses> WordClasses::FromText(std::string_view text,
                                                   std::string_view file_name,
                                                   std::vector<std::string>* warnings) {
  auto out = std::make_unique<WordClasses>();
  for (const DictLine& line : ParseDictText(text)) {
    std::string where = std::string(file_name) + ":" + std::to_string(line.line) + ": ";
    if (line.fields.size() != 2 || line.fields[0].empty()) {
      if (warnings) warnings->push_back(where + "expected 'class | word; word'");
      continue;
    }
    auto& words = out->classes_[line.fields[0]];
    for (std::string& w : SplitList(line.fields[1])) {
      if (!IsPlainWord(w)) {
        if (warnings) warnings->push_back(where + "not a lower-case word: '" + w + "'");
        continue;
      }
      words.insert(std::move(w));
    }
  }
  return out;
}

Result<std::unique_ptr<WordClasses>> WordClasses::Load(const std::string& path,
                                                       std::vector<std::string>* warnings) {
  if (!std::filesystem::exists(path)) return NotFound(path + ": no such file");
  Result<std::string> text = ReadFileToString(path);
  if (!text.ok()) return text.status();
  return FromText(*text, path, warnings);
}

bool WordClasses::Has(std::string_view cls, std::string_view word) const {
  auto it = classes_.find(cls);
  return it != classes_.end() && it->second.find(word) != it->second.end();
}

size_t WordClasses::Size(std::string_view cls) const {
  auto it = classes_.find(cls);
  return it == classes_.end() ? 0 : it->second.size();
}

std::vector<std::string> WordClasses::Words(std::string_view cls) const {
  auto it = classes_.find(cls);
  if (it == classes_.end()) return {};
  std::vector<std::string> out(it->second.begin(), it->second.end());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace dyad
