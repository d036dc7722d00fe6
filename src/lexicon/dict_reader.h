// Reader for dyad's plain-text dictionary files (docs/dictionaries.md): one
// entry a line, fields separated by " | ", '#' comments, blank lines ignored.
#ifndef DYAD_LEXICON_DICT_READER_H_
#define DYAD_LEXICON_DICT_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

struct DictLine {
  int line = 0;                     // 1-based line number in the file.
  std::vector<std::string> fields;  // Trimmed fields.
};

// Splits `content` (the text of `file_name`) into entry lines.
std::vector<DictLine> ParseDictText(std::string_view content);

// Reads and parses a dictionary file.
Result<std::vector<DictLine>> ReadDictFile(const std::string& path);

// Reads a whole file into memory.
Result<std::string> ReadFileToString(const std::string& path);

// Splits a list field on ';' into trimmed, non-empty items.
std::vector<std::string> SplitList(std::string_view field);

// Trims ASCII spaces and tabs.
std::string_view Trim(std::string_view s);

}  // namespace dyad

#endif  // DYAD_LEXICON_DICT_READER_H_
