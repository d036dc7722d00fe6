#include "events/cameo_codes.h"

#include <cstdlib>
#include <utility>
#include <vector>

#include "lexicon/dict_reader.h"

namespace dyad {
namespace {

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.emplace_back(Trim(line.substr(start, tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

}  // namespace

Result<std::unique_ptr<CameoCodes>> CameoCodes::Load(const std::string& path) {
  Result<std::string> content = ReadFileToString(path);
  if (!content.ok()) return content.status();
  auto table = std::make_unique<CameoCodes>();
  std::string_view text = *content;
  int number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitTabs(line);
    if (f.size() < 4 || f[0].empty()) {
      return ParseError(path + ":" + std::to_string(number) +
                        ": expected code, label, goldstein, quad class");
    }
    CameoCode c;
    c.code = f[0];
    c.label = f[1];
    c.goldstein = std::atof(f[2].c_str());
    c.quad_class = std::atoi(f[3].c_str());
    if (f.size() > 4) c.plover_type = f[4];
    if (f.size() > 5) c.plover_mode = f[5];
    table->codes_[c.code] = std::move(c);
  }
  if (table->codes_.empty()) return ParseError(path + ": no codes");
  return table;
}

const CameoCode* CameoCodes::Find(std::string_view code) const {
  auto it = codes_.find(std::string(code));
  return it == codes_.end() ? nullptr : &it->second;
}

void SetCode(const CameoCodes& codes, std::string code, Event& e) {
  e.code = std::move(code);
  if (const CameoCode* c = codes.Find(e.code)) {
    e.goldstein = c->goldstein;
    e.quad_class = c->quad_class;
    e.plover_type = c->plover_type;
    e.plover_mode = c->plover_mode;
  }
}

std::string IntentCode(std::string_view code) {
  // Exact codes first, then the root's default. Facts from the CAMEO
  // codebook (03 "Express intent to cooperate", 13 "Threaten").
  static const std::pair<std::string_view, std::string_view> kExact[] = {
      {"045", "039"},
      {"061", "0311"},
      {"062", "0312"},
      {"063", "0313"},
      {"064", "0314"},
      {"071", "0331"},
      {"072", "0332"},
      {"073", "0333"},
      {"074", "0334"},
      {"081", "0351"},
      {"082", "0352"},
      {"083", "034"},
      {"084", "0353"},
      {"085", "0354"},
      {"086", "0355"},
      {"087", "0356"},
      // A sanction announced for later is a threat of it ("would impose
      // tariffs on"), as a promised delivery is an intention to give.
      {"162", "1311"},
      {"163", "1312"},
      {"191", "1381"},
      {"192", "1382"},
      // An offer of asylum is the grant itself ("would offer asylum to"), and
      // a signing set for a date is told as the signing ("will sign
      // agreements with"); other diplomatic acts to come are intentions of
      // diplomatic cooperation (05 -> 032: "will restore relations").
      {"075", "075"},
      {"057", "057"}};
  static const std::pair<std::string_view, std::string_view> kRoots[] = {
      {"04", "036"}, {"05", "032"}, {"06", "031"}, {"07", "033"},
      {"08", "035"}, {"18", "138"}, {"19", "138"}, {"20", "138"}};
  for (const auto& [from, to] : kExact) {
    if (code.substr(0, 3) == from) return std::string(to);
  }
  for (const auto& [from, to] : kRoots) {
    if (code.substr(0, 2) == from) return std::string(to);
  }
  return "";
}

std::string ThreatCode(std::string_view code) {
  // A threatened act of force is a threat of force (138); a threatened
  // sanction or cut is a threat of it (131x, as IntentCode maps it); a
  // threatened crackdown is a threat of repression (137); anything else,
  // even a threatened "sending" of missiles, is a threat (130).
  if (code.starts_with("18") || code.starts_with("19") || code.starts_with("20")) return "138";
  if (code.starts_with("16")) {
    std::string intent = IntentCode(code);
    return intent.empty() ? "131" : intent;
  }
  if (code.starts_with("17")) return "137";
  if (code.starts_with("13")) return std::string(code);
  return "130";
}

}  // namespace dyad
