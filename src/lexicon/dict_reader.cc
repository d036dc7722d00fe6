#include "lexicon/dict_reader.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace dyad {

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return s.substr(b, e - b);
}

namespace {

// Drops a '#' comment: at line start or after a space or tab.
std::string_view StripComment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
      return line.substr(0, i);
    }
  }
  return line;
}

// Splits on '|' outside braces ({a|b} is a pattern's alternatives).
std::vector<std::string> SplitFields(std::string_view line) {
  std::vector<std::string> fields;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    char ch = i < line.size() ? line[i] : '|';
    if (ch == '{') ++depth;
    if (ch == '}' && depth > 0) --depth;
    if (ch == '|' && (depth == 0 || i == line.size())) {
      fields.emplace_back(Trim(line.substr(start, i - start)));
      start = i + 1;
    }
  }
  return fields;
}

}  // namespace

std::vector<DictLine> ParseDictText(std::string_view content) {
  std::vector<DictLine> out;
  int number = 0;
  size_t pos = 0;
  while (pos <= content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    ++number;
    std::string_view line = Trim(StripComment(content.substr(pos, nl - pos)));
    if (!line.empty()) out.push_back(DictLine{number, SplitFields(line)});
    pos = nl + 1;
  }
  return out;
}

Result<std::string> ReadFileToString(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(path + ": " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return IoError(path + ": read failed");
  return ss.str();
}

Result<std::vector<DictLine>> ReadDictFile(const std::string& path) {
  Result<std::string> content = ReadFileToString(path);
  if (!content.ok()) return content.status();
  return ParseDictText(*content);
}

std::vector<std::string> SplitList(std::string_view field) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= field.size()) {
    size_t semi = field.find(';', start);
    if (semi == std::string_view::npos) semi = field.size();
    std::string_view item = Trim(field.substr(start, semi - start));
    if (!item.empty()) out.emplace_back(item);
    start = semi + 1;
  }
  return out;
}

}  // namespace dyad
