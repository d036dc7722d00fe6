// Named classes of single words read from a dictionary file: the
// vocabulary a stage recognises by meaning rather than by pattern ("words
// of wrongdoing", "words of disapproval"). Immutable once loaded; shared
// across threads. Format in docs/dictionaries.md.
#ifndef DYAD_LEXICON_WORD_CLASSES_H_
#define DYAD_LEXICON_WORD_CLASSES_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/status.h"

namespace dyad {

class WordClasses {
 public:
  // Reads `path`: lines "class | word; word; ...". A line with another
  // number of fields, or a word with a space or upper-case letters, is
  // skipped with a warning naming the file and line. A missing file is
  // kNotFound.
  [[nodiscard]] static Result<std::unique_ptr<WordClasses>> Load(
      const std::string& path, std::vector<std::string>* warnings);
  // The same from `text`, named `file_name` in warnings.
  static std::unique_ptr<WordClasses> FromText(std::string_view text, std::string_view file_name,
                                               std::vector<std::string>* warnings);

  // Whether `word` (a token's norm: lower case) is in class `cls`.
  bool Has(std::string_view cls, std::string_view word) const;
  // Number of words in class `cls`.
  size_t Size(std::string_view cls) const;
  // The words of class `cls` in alphabetical order; empty if there is no
  // such class.
  std::vector<std::string> Words(std::string_view cls) const;

 private:
  // Transparent hashing: lookups by string_view allocate nothing.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Set = std::unordered_set<std::string, Hash, std::equal_to<>>;
  std::unordered_map<std::string, Set, Hash, std::equal_to<>> classes_;
};

}  // namespace dyad

#endif  // DYAD_LEXICON_WORD_CLASSES_H_
