// Gazetteer loading and lookup. See gazetteer.h for the design.
#include "geo/gazetteer.h"

#include <array>
#include <charconv>
#include <cmath>
#include <span>
#include <utility>

#include "lexicon/dict_reader.h"
#include "text/tokenizer.h"

namespace dyad {
namespace {

constexpr uint8_t kCapital = 1;
constexpr uint8_t kAdminSeat = 2;
constexpr uint8_t kCurated = 4;

bool ParseKind(std::string_view s, PlaceKind& kind) {
  static constexpr std::pair<std::string_view, PlaceKind> kKinds[] = {
      {"country", PlaceKind::kCountry},
      {"city", PlaceKind::kCity},
      {"region", PlaceKind::kRegion},
      {"water", PlaceKind::kWater},
      {"site", PlaceKind::kSite}};
  for (const auto& [name, k] : kKinds) {
    if (s == name) {
      kind = k;
      return true;
    }
  }
  return false;
}

// "33.3406", "-84.388": the plain decimals the generated TSV holds, read
// without from_chars (a third of the gazetteer's loading time went there).
// False if `s` is not of that form.
bool ParsePlainDecimal(std::string_view s, double& out) {
  size_t i = 0;
  bool negative = !s.empty() && s[0] == '-';
  if (negative) ++i;
  uint64_t whole = 0, fraction = 0, scale = 1;
  size_t digits = 0;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9' && digits < 4; ++i, ++digits) {
    whole = whole * 10 + static_cast<uint64_t>(s[i] - '0');
  }
  if (digits == 0) return false;
  if (i < s.size() && s[i] == '.') {
    ++i;
    for (size_t n = 0; i < s.size() && s[i] >= '0' && s[i] <= '9' && n < 12; ++i, ++n) {
      fraction = fraction * 10 + static_cast<uint64_t>(s[i] - '0');
      scale *= 10;
    }
  }
  if (i != s.size()) return false;
  out = static_cast<double>(whole) + static_cast<double>(fraction) / static_cast<double>(scale);
  if (negative) out = -out;
  return true;
}

bool ParseDouble(std::string_view s, double& out) {
  if (s.empty()) return false;
  if (ParsePlainDecimal(s, out)) return true;
  const char* b = s.data();
  if (*b == '+') ++b;
  auto [p, ec] = std::from_chars(b, s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size() && std::isfinite(out);
}

bool ParseCount(std::string_view s, uint64_t& out) {
  out = 0;
  if (s.empty()) return true;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// Splits on `sep`; fields are trimmed when `trim`.
std::vector<std::string_view> Split(std::string_view line, char sep, bool trim) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t p = line.find(sep, start);
    std::string_view f = line.substr(start, p == std::string_view::npos ? p : p - start);
    out.push_back(trim ? TrimSpaces(f) : f);
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return out;
}

bool IsKeyAscii(std::string_view name) {
  for (unsigned char c : name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == ' ' || c == '-' || c == '.';
    if (!ok) return false;
  }
  return true;
}

// FNV-1a with a final mix so that the low bits (the slot) spread well.
uint32_t HashKey(std::string_view key) {
  uint32_t h = 2166136261u;
  for (unsigned char c : key) h = (h ^ c) * 16777619u;
  h ^= h >> 16;
  h *= 0x7feb352du;
  h ^= h >> 15;
  return h;
}

int CountTokens(std::string_view key) {
  int n = key.empty() ? 0 : 1;
  for (char c : key) n += c == ' ';
  return n;
}

bool StartsWithArticle(std::string_view name) {
  return name.size() > 3 &&
         (name[0] == 'A' || name[0] == 'a' || name[0] == 'E' || name[0] == 'e') &&
         (name[1] == 'l' || name[1] == 'L') && (name[2] == '-' || name[2] == ' ');
}

// Appends to `forms` the key forms a name is indexed under: its key, plus
// forms with and without a leading Arabic article. `forms` is cleared first.
void KeyForms(std::string_view name, std::vector<std::string>& forms) {
  forms.resize(1);
  forms[0].clear();
  Gazetteer::AppendKey(name, forms[0]);
  const std::string& key = forms[0];
  if (key.empty()) {
    forms.clear();
    return;
  }
  if (!StartsWithArticle(name) || key.size() < 4) return;
  bool spaced = key[2] == ' ';
  std::string rest = key.substr(spaced ? 3 : 2);
  forms.push_back(spaced ? key.substr(0, 2) + rest : key.substr(0, 2) + " " + rest);
  forms.push_back(std::move(rest));
}

}  // namespace

std::string_view PlaceKindName(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kCountry:
      return "country";
    case PlaceKind::kCity:
      return "city";
    case PlaceKind::kRegion:
      return "region";
    case PlaceKind::kWater:
      return "water";
    case PlaceKind::kSite:
      return "site";
  }
  return "city";
}

std::string Gazetteer::Key(std::string_view name) {
  std::string key;
  AppendKey(name, key);
  return key;
}

void Gazetteer::AppendKey(std::string_view name, std::string& key) {
  size_t start = key.size();
  if (IsKeyAscii(name)) {
    bool pending_space = false;
    for (char c : name) {
      if (c == ' ') {
        pending_space = key.size() > start;
        continue;
      }
      if (c == '-' || c == '.') continue;
      if (pending_space) key.push_back(' ');
      pending_space = false;
      key.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
    }
    return;
  }
  for (const Token& t : Tokenize(name)) {
    if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kOpenQuote ||
        t.kind == TokenKind::kCloseQuote || t.norm.empty())
      continue;
    if (key.size() > start) key.push_back(' ');
    key += t.norm;
  }
}

// Collects entries and keys, then freezes them into a Gazetteer.
class Gazetteer::Builder {
 public:
  explicit Builder(Gazetteer& g) : g_(g) {}

  void ParseTsv(std::string_view text);
  void ParsePlaces(std::string_view text);
  void Finish();

 private:
  void TsvLine(std::string_view line, int number);
  void PlacesLine(std::string_view line, int number);
  // Kind, country and coordinates, fields 1-4 of both formats; false if
  // any is malformed.
  static bool ParsePlaceFields(std::span<const std::string_view> f, Entry& e);
  uint32_t AddEntry(std::string_view canonical, Entry e);
  void AddName(std::string_view name, uint32_t entry);
  void Warn(std::string_view file, int line, std::string_view what) {
    g_.warnings_.push_back(std::string(file) + ":" + std::to_string(line) + ": " +
                           std::string(what));
  }

  std::string_view InternKey(std::string_view key);

  Gazetteer& g_;
  // While building, index_ maps each key to Range{key id, 0}.
  std::vector<std::pair<uint32_t, uint32_t>> pairs_;  // (key id, entry id)
  std::vector<std::string> forms_;                    // Scratch for KeyForms.
};

uint32_t Gazetteer::Builder::AddEntry(std::string_view canonical, Entry e) {
  e.name_offset = static_cast<uint32_t>(g_.names_.size());
  e.name_length = static_cast<uint16_t>(std::min<size_t>(canonical.size(), 0xFFFF));
  g_.names_.append(canonical.substr(0, e.name_length));
  g_.entries_.push_back(e);
  return static_cast<uint32_t>(g_.entries_.size() - 1);
}

std::string_view Gazetteer::Builder::InternKey(std::string_view key) {
  constexpr size_t kChunk = 1 << 20;
  if (g_.key_chunks_.empty() ||
      g_.key_chunks_.back().size() + key.size() > g_.key_chunks_.back().capacity()) {
    g_.key_chunks_.emplace_back();
    g_.key_chunks_.back().reserve(std::max(kChunk, key.size()));
  }
  std::string& chunk = g_.key_chunks_.back();  // Never grows past capacity.
  size_t offset = chunk.size();
  chunk.append(key);
  return std::string_view(chunk.data() + offset, key.size());
}

void Gazetteer::Builder::AddName(std::string_view name, uint32_t entry) {
  KeyForms(name, forms_);
  for (const std::string& form : forms_) {
    if ((g_.key_count_ + 1) * 2 > g_.slots_.size()) g_.Rehash(g_.slots_.size() * 2);
    uint32_t hash = HashKey(form);
    Slot& slot = const_cast<Slot&>(g_.FindSlot(form, hash));
    if (slot.key == nullptr) {
      std::string_view stored = InternKey(form);
      slot.key = stored.data();
      slot.length = static_cast<uint32_t>(stored.size());
      slot.hash = hash;
      slot.range = Range{static_cast<uint32_t>(g_.key_count_++), 0};
    }
    uint32_t key_id = slot.range.begin;
    if (!pairs_.empty() && pairs_.back() == std::make_pair(key_id, entry)) continue;
    pairs_.emplace_back(key_id, entry);
  }
}

void Gazetteer::Builder::ParseTsv(std::string_view text) {
  int number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    ++number;
    std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && line[0] != '#') TsvLine(line, number);
    pos = nl + 1;
  }
}

void Gazetteer::Builder::TsvLine(std::string_view line, int number) {
  // Fields without a vector per line: 64,000 lines are read at each start.
  std::array<std::string_view, 9> fields;
  size_t count = 0, start = 0;
  while (count < fields.size()) {
    size_t tab = line.find('\t', start);
    fields[count++] = line.substr(start, tab == std::string_view::npos ? tab : tab - start);
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  std::span<const std::string_view> f(fields.data(), count);
  Entry e;
  uint64_t pop = 0;
  if (f.size() < 7 || f.size() > 8 || f[0].empty() || !ParsePlaceFields(f, e) ||
      !ParseCount(f[5], pop)) {
    Warn("gazetteer.tsv", number, "malformed line skipped");
    return;
  }
  e.population = static_cast<uint32_t>(std::min<uint64_t>(pop, 0xFFFFFFFFu));
  if (f[6] == "PPLC" || f[6] == "PPLG") e.flags |= kCapital;  // PPLG: seat of government.
  if (f[6] == "PPLA") e.flags |= kAdminSeat;
  std::string_view canonical = f.size() == 8 && !f[7].empty() ? f[7] : f[0];
  AddName(f[0], AddEntry(canonical, e));
}

bool Gazetteer::Builder::ParsePlaceFields(std::span<const std::string_view> f, Entry& e) {
  double lat = 0, lon = 0;
  if (!ParseKind(f[1], e.kind) || (f[2].size() != 2 && !f[2].empty()) || !ParseDouble(f[3], lat) ||
      !ParseDouble(f[4], lon) || std::abs(lat) > 90 || std::abs(lon) > 180) {
    return false;
  }
  if (f[2].size() == 2) {
    e.country[0] = f[2][0];
    e.country[1] = f[2][1];
  }
  e.lat = static_cast<float>(lat);
  e.lon = static_cast<float>(lon);
  return true;
}

void Gazetteer::Builder::ParsePlaces(std::string_view text) {
  int number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    ++number;
    std::string_view line = text.substr(pos, nl - pos);
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
        line = line.substr(0, i);
        break;
      }
    }
    line = TrimSpaces(line);
    if (!line.empty()) PlacesLine(line, number);
    pos = nl + 1;
  }
}

void Gazetteer::Builder::PlacesLine(std::string_view line, int number) {
  std::vector<std::string_view> f = Split(line, '|', true);
  Entry e;
  if (f.size() < 5 || f.size() > 6 || f[0].empty() || !ParsePlaceFields(f, e)) {
    Warn("places.txt", number, "malformed line skipped");
    return;
  }
  e.flags = kCurated;
  uint32_t id = AddEntry(f[0], e);
  AddName(f[0], id);
  if (f.size() == 6) {
    for (std::string_view alt : Split(f[5], ';', true)) {
      if (!alt.empty()) AddName(alt, id);
    }
  }
}

void Gazetteer::Builder::Finish() {
  // Counting sort of (key, entry) pairs into postings grouped by key.
  size_t keys = g_.key_count_;
  std::vector<uint32_t> start(keys + 1, 0);
  for (const auto& [key, entry] : pairs_) ++start[key + 1];
  for (size_t k = 1; k < start.size(); ++k) start[k] += start[k - 1];
  g_.postings_.assign(pairs_.size(), 0);
  std::vector<uint32_t> fill(start.begin(), start.end() - 1);
  for (const auto& [key, entry] : pairs_) g_.postings_[fill[key]++] = entry;
  for (Slot& slot : g_.slots_) {
    if (slot.key == nullptr) continue;
    uint32_t id = slot.range.begin;
    slot.range = Range{start[id], start[id + 1] - start[id]};
    g_.max_key_tokens_ =
        std::max(g_.max_key_tokens_, CountTokens(std::string_view(slot.key, slot.length)));
  }
  g_.names_.shrink_to_fit();
  g_.entries_.shrink_to_fit();
  std::vector<std::pair<uint32_t, uint32_t>>().swap(pairs_);
}

std::unique_ptr<Gazetteer> Gazetteer::FromText(std::string_view tsv, std::string_view places_txt) {
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  g->entries_.reserve(tsv.size() / 40 + places_txt.size() / 30);
  g->names_.reserve(tsv.size() / 4 + places_txt.size());
  size_t capacity = 64;
  while (capacity < (tsv.size() / 45 + places_txt.size() / 20) * 2) capacity *= 2;
  g->slots_.resize(capacity);
  Builder b(*g);
  b.ParseTsv(tsv);
  b.ParsePlaces(places_txt);
  b.Finish();
  return g;
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::Load(const std::string& tsv_path,
                                                   const std::string& places_txt_path) {
  std::string tsv, places, missing;
  auto read = [&missing](const std::string& path, std::string& out) {
    if (path.empty()) return false;
    Result<std::string> r = ReadFileToString(path);
    if (!r.ok()) {
      missing += (missing.empty() ? "" : "; ") + r.status().message();
      return false;
    }
    out = std::move(r).value();
    return true;
  };
  bool have_tsv = read(tsv_path, tsv);
  bool have_places = read(places_txt_path, places);
  if (!have_tsv && !have_places) {
    return NotFound("no gazetteer file could be read" +
                    (missing.empty() ? std::string() : ": " + missing));
  }
  std::unique_ptr<Gazetteer> g = FromText(tsv, places);
  if (!missing.empty()) g->load_status_ = NotFound("gazetteer incomplete: " + missing);
  return g;
}

PlaceCandidate Gazetteer::Candidate(uint32_t id) const {
  const Entry& e = entries_[id];
  PlaceCandidate c;
  c.name = std::string_view(names_).substr(e.name_offset, e.name_length);
  c.country = e.country[0] ? std::string_view(e.country, 2) : std::string_view();
  c.kind = e.kind;
  c.lat = e.lat;
  c.lon = e.lon;
  c.population = e.population;
  c.capital = e.flags & kCapital;
  c.admin_seat = e.flags & kAdminSeat;
  c.curated = e.flags & kCurated;
  return c;
}

const Gazetteer::Slot& Gazetteer::FindSlot(std::string_view key, uint32_t hash) const {
  size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.key == nullptr) return s;
    if (s.hash == hash && std::string_view(s.key, s.length) == key) return s;
  }
}

void Gazetteer::Rehash(size_t capacity) {
  std::vector<Slot> old(capacity);
  old.swap(slots_);
  for (const Slot& s : old) {
    if (s.key == nullptr) continue;
    size_t mask = slots_.size() - 1;
    size_t i = s.hash & mask;
    while (slots_[i].key != nullptr) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

std::vector<PlaceCandidate> Gazetteer::Lookup(std::string_view key) const {
  std::vector<PlaceCandidate> out;
  if (slots_.empty()) return out;
  const Slot& slot = FindSlot(key, HashKey(key));
  if (slot.key == nullptr) return out;
  out.reserve(slot.range.count);
  for (uint32_t i = 0; i < slot.range.count; ++i) {
    out.push_back(Candidate(postings_[slot.range.begin + i]));
  }
  return out;
}

bool Gazetteer::Contains(std::string_view key) const {
  return !slots_.empty() && FindSlot(key, HashKey(key)).key != nullptr;
}

size_t Gazetteer::MemoryBytes() const {
  size_t keys = 0;
  for (const std::string& chunk : key_chunks_) keys += chunk.capacity();
  return names_.capacity() + keys + entries_.capacity() * sizeof(Entry) +
         postings_.capacity() * sizeof(uint32_t) + slots_.capacity() * sizeof(Slot);
}

}  // namespace dyad
