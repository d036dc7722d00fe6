#include "actors/actor_dictionary.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "lexicon/dict_reader.h"
#include "text/normalize.h"
#include "text/tokenizer.h"

namespace dyad {
namespace {

std::string Where(const std::string& path, int line) { return path + ":" + std::to_string(line); }

bool IsAcronym(std::string_view written) {
  if (written.size() < 2 || written.size() > 6) return false;
  for (char ch : written) {
    if (!(ch >= 'A' && ch <= 'Z')) return false;
  }
  return true;
}

// "al-Sudani" -> {"al Sudani", "Sudani"}: the Arabic article is written
// joined, apart or not at all.
std::vector<std::string> ArticleVariants(const std::string& written) {
  std::vector<std::string> out;
  static const char* kPrefixes[] = {"al-", "Al-", "el-", "El-", "AL-"};
  for (const char* prefix : kPrefixes) {
    size_t pos = written.find(prefix);
    while (pos != std::string::npos) {
      if (pos == 0 || written[pos - 1] == ' ') {
        std::string apart = written;
        apart[pos + 2] = ' ';
        out.push_back(apart);
        std::string without = written;
        without.erase(pos, 3);
        out.push_back(without);
      }
      pos = written.find(prefix, pos + 3);
    }
  }
  return out;
}

}  // namespace

CivilDate ParseLooseDate(std::string_view s) {
  CivilDate d;
  s = Trim(s);
  if (s.size() < 4) return d;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!((s[i] >= '0' && s[i] <= '9') || s[i] == '-')) return CivilDate{};
  }
  d.year = std::atoi(std::string(s.substr(0, 4)).c_str());
  if (s.size() >= 7 && s[4] == '-') {
    d.month = std::atoi(std::string(s.substr(5, 2)).c_str());
  }
  if (s.size() >= 10 && s[7] == '-') {
    d.day = std::atoi(std::string(s.substr(8, 2)).c_str());
  }
  if (d.month < 0 || d.month > 12 || d.day < 0 || d.day > 31) return CivilDate{};
  return d;
}

int CompareDates(const CivilDate& a, const CivilDate& b) {
  if (a.year != b.year) return a.year < b.year ? -1 : 1;
  if (a.month == 0 || b.month == 0) return 0;
  if (a.month != b.month) return a.month < b.month ? -1 : 1;
  if (a.day == 0 || b.day == 0) return 0;
  if (a.day != b.day) return a.day < b.day ? -1 : 1;
  return 0;
}

uint32_t ActorDictionary::AddEntry(ActorEntry entry, const std::vector<std::string>& variants) {
  uint32_t id = static_cast<uint32_t>(entries_.size());
  bool is_named = entry.kind == ActorKind::kPerson || entry.kind == ActorKind::kOrganization;
  entries_.push_back(std::move(entry));
  for (const std::string& v : variants) {
    AddVariant(id, v);
    if (is_named) {
      for (const std::string& extra : ArticleVariants(v)) AddVariant(id, extra);
    }
  }
  return id;
}

namespace {

// The match key of a written name, tokenised exactly as text is, so that
// "Kurdistan Workers' Party" and "Iraq's" split the same way in both.
std::string PlainPhraseKey(std::string_view written) {
  std::string key;
  for (const Token& t : Tokenize(written)) {
    if (t.norm.empty()) continue;
    if (!key.empty()) key += ' ';
    key += t.norm;
  }
  return key;
}

// Like PhraseKey, but a word ending in '*' stays a stem ("argentin*").
std::string StemmedPhraseKey(std::string_view written) {
  std::string key;
  size_t i = 0;
  while (i < written.size()) {
    size_t sp = std::min(written.find(' ', i), written.size());
    std::string_view word = written.substr(i, sp - i);
    bool stem = word.size() > 1 && word.back() == '*';
    std::string part = PlainPhraseKey(stem ? word.substr(0, word.size() - 1) : word);
    if (!part.empty()) {
      if (!key.empty()) key += ' ';
      key += part;
      if (stem) key += '*';
    }
    i = sp + 1;
  }
  return key;
}

}  // namespace

std::string PhraseKey(std::string_view written) {
  return written.find('*') == std::string_view::npos ? PlainPhraseKey(written)
                                                     : StemmedPhraseKey(written);
}

void ActorDictionary::AddVariant(uint32_t entry, const std::string& written) {
  std::string key = PhraseKey(written);
  if (key.empty()) return;
  uint32_t vid = static_cast<uint32_t>(variants_.size());
  matcher_.Add(key, vid);
  variants_.push_back(ActorVariant{entry, IsAcronym(written), std::move(key)});
}

namespace {

// Calls `fn(line, where)` for each entry of `path` with at least
// `min_fields` non-empty leading fields; other lines become warnings.
template <typename Fn>
void ForEachEntry(const std::string& path, const std::string& shown, size_t min_fields,
                  const char* usage, std::vector<std::string>* w, Fn fn) {
  Result<std::vector<DictLine>> lines = ReadDictFile(path);
  if (!lines.ok()) {
    w->push_back(lines.status().ToString());
    return;
  }
  for (const DictLine& line : *lines) {
    std::string where = Where(shown, line.line);
    bool ok = line.fields.size() >= min_fields && !line.fields[0].empty();
    if (!ok) {
      w->push_back(where + ": expected '" + usage + "'");
      continue;
    }
    std::string error = fn(line.fields, where);
    if (!error.empty()) w->push_back(where + ": " + error);
  }
}

std::vector<std::string> NameAndVariants(const std::vector<std::string>& f, size_t name,
                                         size_t variants) {
  std::vector<std::string> names = {f[name]};
  if (f.size() > variants) {
    for (auto& n : SplitList(f[variants])) names.push_back(n);
  }
  return names;
}

// "IRQGOV 2022-10-27.." -> a role; an empty code if malformed.
RoleSpan ParseRole(const std::string& role) {
  RoleSpan span;
  size_t sp = role.find(' ');
  span.code = role.substr(0, sp);
  if (sp != std::string::npos) {
    std::string_view range = Trim(std::string_view(role).substr(sp + 1));
    size_t dots = range.find("..");
    if (dots == std::string_view::npos) {
      span.from = span.to = ParseLooseDate(range);
    } else {
      span.from = ParseLooseDate(range.substr(0, dots));
      span.to = ParseLooseDate(range.substr(dots + 2));
    }
  }
  if (span.code.size() < 3) span.code.clear();
  return span;
}

}  // namespace

std::vector<ActorDictionary::CountryRow> ActorDictionary::LoadCountries(
    const std::string& path, const std::string& shown, std::vector<std::string>* w) {
  std::vector<CountryRow> rows;
  ForEachEntry(path, shown, 3, "ISO3 | ISO2 | Name | ...", w,
               [&](const std::vector<std::string>& f, const std::string& where) {
                 if (f[0].size() != 3) return std::string("ISO3 code must have 3 letters");
                 countries_[f[0]] = {f[1], f[2]};
                 if (!f[1].empty()) iso3_by_iso2_.emplace(f[1], f[0]);
                 rows.push_back({f, where});
                 return std::string();
               });
  return rows;
}

void ActorDictionary::AddCountryNames(const std::vector<CountryRow>& rows) {
  for (const CountryRow& row : rows) {
    const std::vector<std::string>& f = row.fields;
    auto add = [&](CountryForm form, const std::vector<std::string>& names) {
      if (names.empty()) return;
      ActorEntry e;
      e.kind = ActorKind::kCountry;
      e.code = f[0];
      e.name = f[2];
      e.iso2 = f[1];
      e.form = form;
      e.origin = row.where;
      AddEntry(std::move(e), names);
    };
    add(CountryForm::kName, NameAndVariants(f, 2, 3));
    if (f.size() > 4) add(CountryForm::kAdjective, SplitList(f[4]));
    if (f.size() > 5) add(CountryForm::kCapital, SplitList(f[5]));
  }
}

void ActorDictionary::LoadOrganizations(const std::string& path, const std::string& shown,
                                        std::vector<std::string>* w) {
  ForEachEntry(path, shown, 2, "CODE | Name | ...", w,
               [&](const std::vector<std::string>& f, const std::string& where) {
                 if (f[1].empty()) return std::string("organisation without a name");
                 ActorEntry e;
                 e.kind = ActorKind::kOrganization;
                 e.code = f[0];
                 e.name = f[1];
                 e.origin = where;
                 AddEntry(std::move(e), NameAndVariants(f, 1, 2));
                 return std::string();
               });
}

void ActorDictionary::LoadPeople(const std::string& path, const std::string& shown,
                                 std::vector<std::string>* w) {
  ForEachEntry(path, shown, 3, "Name | variants | roles", w,
               [&](const std::vector<std::string>& f, const std::string& where) {
                 ActorEntry e;
                 e.kind = ActorKind::kPerson;
                 e.name = f[0];
                 e.origin = where;
                 for (const std::string& role : SplitList(f[2])) {
                   RoleSpan span = ParseRole(role);
                   if (!span.code.empty()) e.roles.push_back(span);
                 }
                 if (e.roles.empty()) return std::string("person without a role");
                 e.code = e.roles.front().code;
                 AddEntry(std::move(e), NameAndVariants(f, 0, 1));
                 return std::string();
               });
}

void ActorDictionary::LoadAgents(const std::string& path, const std::string& shown,
                                 std::vector<std::string>* w) {
  ForEachEntry(path, shown, 2, "phrase | ROLE | plural", w,
               [&](const std::vector<std::string>& f, const std::string& where) {
                 if (f[1].empty()) return std::string("role noun without a role");
                 ActorEntry e;
                 e.kind = ActorKind::kAgent;
                 e.code = f[1];
                 e.name = f[0];
                 e.origin = where;
                 AddEntry(e, {f[0]});
                 std::vector<std::string> plurals;
                 if (f.size() > 2) plurals = SplitList(f[2]);
                 if (plurals.empty()) plurals.push_back(f[0] + "s");
                 e.plural = true;
                 AddEntry(std::move(e), plurals);
                 return std::string();
               });
}

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::Load(const std::string& dir,
                                                               std::vector<std::string>* warnings,
                                                               const ActorExtras& extras) {
  auto dict = std::make_unique<ActorDictionary>();
  std::vector<std::string> local;
  std::vector<std::string>* w = warnings ? warnings : &local;
  const std::string countries = dir + "/countries.txt";
  std::vector<CountryRow> rows = dict->LoadCountries(countries, "actors/countries.txt", w);
  if (dict->countries_.empty()) return NotFound(countries + ": no countries loaded");
  bool first = extras.add && extras.order != ActorExtras::Order::kAfter;
  if (first) {
    extras.add(*dict);
    if (extras.order == ActorExtras::Order::kOnly) return dict;
  }
  dict->AddCountryNames(rows);
  dict->LoadOrganizations(dir + "/organizations.txt", "actors/organizations.txt", w);
  for (const char* file : {"people.txt", "people_a.txt", "people_b.txt"}) {
    std::string path = dir + "/" + file;
    if (std::filesystem::exists(path)) dict->LoadPeople(path, std::string("actors/") + file, w);
  }
  dict->LoadAgents(dir + "/agents.txt", "actors/agents.txt", w);
  if (extras.add && !first) extras.add(*dict);
  return dict;
}

std::string ActorDictionary::PersonCode(const ActorEntry& person, const CivilDate& date) const {
  if (person.roles.empty()) return person.code;
  if (!date.valid()) return person.roles.front().code;
  const RoleSpan* nearest = &person.roles.front();
  int nearest_gap = 1 << 30;
  for (const RoleSpan& r : person.roles) {
    bool after_start = !r.from.valid() || CompareDates(r.from, date) <= 0;
    bool before_end = !r.to.valid() || CompareDates(date, r.to) <= 0;
    if (after_start && before_end) return r.code;
    int gap = !after_start ? r.from.year - date.year : date.year - r.to.year;
    if (gap < nearest_gap) {
      nearest_gap = gap;
      nearest = &r;
    }
  }
  std::string_view code = nearest->code;
  if (code.starts_with("IGO") || code.starts_with("IMG") || code.starts_with("NGO")) {
    return std::string(code);
  }
  return std::string(code.substr(0, 3)) + "ELI";
}

std::string ActorDictionary::Iso2(std::string_view iso3) const {
  auto it = countries_.find(std::string(iso3.substr(0, 3)));
  return it == countries_.end() ? "" : it->second.first;
}

std::string ActorDictionary::Iso3(std::string_view iso2) const {
  auto it = iso3_by_iso2_.find(std::string(iso2));
  return it == iso3_by_iso2_.end() ? "" : it->second;
}

std::string ActorDictionary::CountryName(std::string_view iso3) const {
  auto it = countries_.find(std::string(iso3.substr(0, 3)));
  return it == countries_.end() ? "" : it->second.second;
}

}  // namespace dyad
