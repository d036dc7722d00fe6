// Small text helpers shared by the readers of the peers' files.
#ifndef DYAD_COMPAT_PEER_TEXT_H_
#define DYAD_COMPAT_PEER_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// Calls fn(line_number, line) for each line, without its '\r\n'.
template <typename Fn>
void ForEachPeerLine(std::string_view text, Fn fn) {
  int n = 0;
  size_t i = 0;
  while (i < text.size()) {
    size_t end = text.find('\n', i);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(i, end - i);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(++n, line);
    i = end + 1;
  }
}

// The line without its comment: '#' or ';' at the start or after a space.
std::string_view StripPeerComment(std::string_view line);

// The file name without its directories, for warnings.
std::string ShownName(const std::string& path);

// ASCII lower case.
std::string Lower(std::string_view s);

// Splits on `sep`; empty pieces are kept.
std::vector<std::string_view> SplitOn(std::string_view s, char sep);

}  // namespace dyad

#endif  // DYAD_COMPAT_PEER_TEXT_H_
