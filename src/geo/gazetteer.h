// The gazetteer: every place name dyad can recognise, keyed by match key.
//
// Sources: the TSV written by tools/build_gazetteer.mjs from GeoNames-derived
// npm packages (countries, cities, first-level regions) and our own
// data/geo/places.txt (seas, straits, disputed areas, sites). Immutable after
// Load, so one instance is shared by all threads.
//
// Design: all names live in one string arena; entries are fixed-size records
// pointing into it; a hash map from match key (the token norms of a name
// joined by single spaces, see text/normalize.h) to a contiguous range of
// entry ids. Names beginning with an Arabic article are also indexed without
// it and in the joined form ("Al Hudaydah" = "al-Hudaydah" = "Hudaydah").
#ifndef DYAD_GEO_GAZETTEER_H_
#define DYAD_GEO_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

enum class PlaceKind : uint8_t { kCountry, kCity, kRegion, kWater, kSite };

// "country", "city", "region", "water" or "site".
std::string_view PlaceKindName(PlaceKind kind);

// One place a name may stand for. Views point into the gazetteer.
struct PlaceCandidate {
  std::string_view name;     // Canonical name, e.g. "Kyiv" for "Kiev".
  std::string_view country;  // ISO 3166 alpha-2, "" for multi-country areas.
  PlaceKind kind = PlaceKind::kCity;
  double lat = 0;
  double lon = 0;
  uint64_t population = 0;
  bool capital = false;     // GeoNames PPLC.
  bool admin_seat = false;  // GeoNames PPLA: seat of a first-level region.
  bool curated = false;     // From data/geo/places.txt.
};

class Gazetteer {
 public:
  // Loads the generated TSV and our places.txt. Either file may be missing or
  // empty path: the gazetteer then holds what exists and load_status() says
  // what was missing. Malformed lines are skipped and listed in warnings().
  // Fails (kNotFound) only when neither file could be read.
  static Result<std::unique_ptr<Gazetteer>> Load(const std::string& tsv_path,
                                                 const std::string& places_txt_path);

  // Same, from file contents already in memory (used by tests).
  static std::unique_ptr<Gazetteer> FromText(std::string_view tsv, std::string_view places_txt);

  // The match key of a place name: token norms joined by single spaces.
  static std::string Key(std::string_view name);
  // Key(name) appended to `key`, which keeps its memory between calls.
  static void AppendKey(std::string_view name, std::string& key);

  // Candidates for a match key (see Key); empty when unknown.
  std::vector<PlaceCandidate> Lookup(std::string_view key) const;
  bool Contains(std::string_view key) const;

  // Longest key in tokens, to bound phrase matching.
  int max_key_tokens() const { return max_key_tokens_; }
  size_t entry_count() const { return entries_.size(); }
  size_t key_count() const { return key_count_; }
  // Approximate heap bytes held.
  size_t MemoryBytes() const;

  const Status& load_status() const { return load_status_; }
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  struct Entry {
    uint32_t name_offset = 0;
    uint16_t name_length = 0;
    char country[2] = {0, 0};
    float lat = 0;
    float lon = 0;
    uint32_t population = 0;
    PlaceKind kind = PlaceKind::kCity;
    uint8_t flags = 0;
  };
  struct Range {
    uint32_t begin = 0;
    uint32_t count = 0;
  };
  // Open-addressing hash table from key to Range (linear probing).
  struct Slot {
    const char* key = nullptr;  // Into key_chunks_; nullptr when empty.
    uint32_t length = 0;
    uint32_t hash = 0;
    Range range;
  };
  class Builder;

  Gazetteer() = default;
  PlaceCandidate Candidate(uint32_t id) const;
  // The slot holding `key`, or the empty slot where it would go.
  const Slot& FindSlot(std::string_view key, uint32_t hash) const;
  void Rehash(size_t capacity);

  std::string names_;                    // Canonical names, back to back.
  std::vector<std::string> key_chunks_;  // Match keys; chunks never grow.
  std::vector<Entry> entries_;
  std::vector<uint32_t> postings_;  // Entry ids grouped by key.
  std::vector<Slot> slots_;         // Size is a power of two.
  size_t key_count_ = 0;
  int max_key_tokens_ = 0;
  Status load_status_;
  std::vector<std::string> warnings_;
};

}  // namespace dyad

#endif  // DYAD_GEO_GAZETTEER_H_
