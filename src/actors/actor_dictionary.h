// ActorDictionary: countries, organisations, people and role nouns (agents),
// compiled from data/actors/*.txt into one PhraseMatcher. Immutable after
// Load(); shared by all threads.
#ifndef DYAD_ACTORS_ACTOR_DICTIONARY_H_
#define DYAD_ACTORS_ACTOR_DICTIONARY_H_

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "dyad/article.h"
#include "dyad/status.h"
#include "lexicon/phrase_matcher.h"

namespace dyad {

// A role held between two dates (either may be invalid = open).
struct RoleSpan {
  std::string code;
  CivilDate from;
  CivilDate to;
};

enum class CountryForm : uint8_t { kName, kAdjective, kCapital };

struct ActorEntry {
  ActorKind kind = ActorKind::kCountry;
  // Country: ISO3 code. Organisation: its code. Agent: the role ("GOV").
  // Person: the most recent role's code.
  std::string code;
  std::string name;                       // Canonical name.
  std::string iso2;                       // Countries only.
  CountryForm form = CountryForm::kName;  // Countries only.
  bool plural = false;                    // Agents: the plural form matched.
  std::vector<RoleSpan> roles;            // People only.
  std::string origin;                     // file:line
  // From another coder's dictionary, whose country entries may list people
  // as synonyms ("+TELEMAR" under DAGOLATH).
  bool peer = false;
  // A peer's code-first agent ("MSF [NGO~]", "HUMAN_RIGHTS_ACTIVISTS
  // [NGM~]"): its code goes before the code of the actor it is joined to.
  bool code_first = false;
};

// One way of writing an entry; several variants share an entry.
struct ActorVariant {
  uint32_t entry = 0;
  bool acronym = false;  // Written in capitals ("US", "UN"): text must be too.
  std::string key;       // The match key (for `dyad dict lint`).
};

class ActorDictionary;

// Entries from elsewhere (another project's dictionaries) and where they go
// relative to dyad's own: names of the same kind found first win.
struct ActorExtras {
  enum class Order : uint8_t { kAfter, kBefore, kOnly };
  std::function<void(ActorDictionary&)> add;
  Order order = Order::kAfter;
};

class ActorDictionary {
 public:
  // Loads countries.txt, organizations.txt, people*.txt and agents.txt from
  // `dir`, and `extras`. With Order::kOnly, countries.txt gives only the
  // country table (codes and names), no names to match. Missing files are
  // errors; malformed lines become `warnings`.
  static Result<std::unique_ptr<ActorDictionary>> Load(const std::string& dir,
                                                       std::vector<std::string>* warnings,
                                                       const ActorExtras& extras = {});

  const PhraseMatcher& matcher() const { return matcher_; }
  const ActorVariant& variant(uint32_t id) const { return variants_[id]; }
  size_t variant_count() const { return variants_.size(); }
  const ActorEntry& entry(uint32_t id) const { return entries_[id]; }
  size_t entry_count() const { return entries_.size(); }

  // The code of a person on `date` (see docs/dictionaries.md).
  std::string PersonCode(const ActorEntry& person, const CivilDate& date) const;

  // ISO2 for a CAMEO country code ("IRQ" -> "IQ"); "" if unknown.
  std::string Iso2(std::string_view iso3) const;
  // CAMEO country code for an ISO2 code ("IQ" -> "IRQ"); "" if unknown.
  std::string Iso3(std::string_view iso2) const;
  // The country's canonical name; "" if unknown.
  std::string CountryName(std::string_view iso3) const;

  // Adds one entry with its written variants (used by Load and by tests).
  uint32_t AddEntry(ActorEntry entry, const std::vector<std::string>& variants);

 private:
  void AddVariant(uint32_t entry, const std::string& written);
  // One line of countries.txt: its fields and file:line.
  struct CountryRow {
    std::vector<std::string> fields;
    std::string where;
  };
  // Fills the country table and returns the rows, whose names
  // AddCountryNames makes matchable (later, when other entries go first).
  std::vector<CountryRow> LoadCountries(const std::string& path, const std::string& shown,
                                        std::vector<std::string>* w);
  void AddCountryNames(const std::vector<CountryRow>& rows);
  void LoadOrganizations(const std::string& path, const std::string& shown,
                         std::vector<std::string>* w);
  void LoadPeople(const std::string& path, const std::string& shown, std::vector<std::string>* w);
  void LoadAgents(const std::string& path, const std::string& shown, std::vector<std::string>* w);

  PhraseMatcher matcher_;
  std::vector<ActorEntry> entries_;
  std::vector<ActorVariant> variants_;
  std::unordered_map<std::string, std::pair<std::string, std::string>>
      countries_;  // iso3 -> (iso2, name)
  std::unordered_map<std::string, std::string> iso3_by_iso2_;
};

// The match key of a written name, tokenised as text is ("Iraq's" -> "iraq
// 's"); a word ending in '*' stays a stem ("argentin*").
std::string PhraseKey(std::string_view written);

// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; invalid -> CivilDate{}.
CivilDate ParseLooseDate(std::string_view s);

// Compares dates at the precision both have; missing parts compare equal.
int CompareDates(const CivilDate& a, const CivilDate& b);

}  // namespace dyad

#endif  // DYAD_ACTORS_ACTOR_DICTIONARY_H_
