#include "lexicon/lemmatizer.h"

#include "lexicon/dict_reader.h"
#include "text/normalize.h"

namespace dyad {

Status Lemmatizer::LoadIrregular(const std::string& path, std::vector<std::string>* warnings) {
  Result<std::vector<DictLine>> lines = ReadDictFile(path);
  if (!lines.ok()) return lines.status();
  for (const DictLine& line : *lines) {
    if (line.fields.size() < 2 || line.fields[0].empty()) {
      if (warnings) {
        warnings->push_back(path + ":" + std::to_string(line.line) + ": expected 'base | forms'");
      }
      continue;
    }
    std::string base = NormalizeKey(line.fields[0]);
    for (const std::string& form : SplitList(line.fields[1])) {
      for (const std::string& f : SplitList(NormalizePhrase(form))) {
        AddIrregular(f, base);
      }
    }
  }
  return Status::Ok();
}

void Lemmatizer::AddIrregular(std::string_view form, std::string_view base) {
  if (form.empty() || form == base) return;
  irregular_.emplace(std::string(form), std::string(base));
}

void Lemmatizer::AddKnown(std::string_view lemma) { known_.emplace(std::string(lemma)); }

bool Lemmatizer::TryStem(std::string_view stem, std::string& out) const {
  if (stem.size() < 2) return false;
  if (known_.find(stem) != known_.end()) {
    out.assign(stem);
    return true;
  }
  return false;
}

std::string Lemmatizer::Lemma(std::string_view w) const {
  auto irr = irregular_.find(w);
  if (irr != irregular_.end()) return irr->second;
  std::string out;
  size_t n = w.size();
  auto ends = [&](std::string_view suffix) {
    return n > suffix.size() && w.substr(n - suffix.size()) == suffix;
  };
  auto cut = [&](size_t k) { return w.substr(0, n - k); };
  if (ends("ies") && TryStem(std::string(cut(3)) + "y", out)) return out;
  // "lives" -> "life", "thieves" -> "thief" (before "lives" -> "live").
  if (ends("ves") &&
      (TryStem(std::string(cut(3)) + "fe", out) || TryStem(std::string(cut(3)) + "f", out))) {
    return out;
  }
  if (ends("ied") && TryStem(std::string(cut(3)) + "y", out)) return out;
  // "fishermen" -> "fisherman", "gunmen" -> "gunman".
  if (ends("men") && TryStem(std::string(cut(3)) + "man", out)) return out;
  // "-es" follows a sibilant or an "o" ("pushes", "taxes", "goes"):
  // "departes" is no form of "depart".
  bool es_stem =
      ends("ses") || ends("xes") || ends("zes") || ends("ches") || ends("shes") || ends("oes");
  if (es_stem && TryStem(cut(2), out)) return out;
  if (ends("s") && !ends("ss")) {
    // A plural of an irregular verb form: "shots" -> "shot" -> "shoot".
    auto plural_of = irregular_.find(cut(1));
    if (plural_of != irregular_.end()) return plural_of->second;
    if (TryStem(cut(1), out)) return out;
  }
  if (ends("ed")) {
    if (TryStem(cut(2), out) || TryStem(cut(1), out)) return out;
    // Doubled consonant: "stopped" -> "stop".
    if (n > 4 && w[n - 3] == w[n - 4] && TryStem(cut(3), out)) return out;
  }
  if (ends("ing")) {
    if (TryStem(cut(3), out) || TryStem(std::string(cut(3)) + "e", out)) {
      return out;
    }
    if (n > 5 && w[n - 4] == w[n - 5] && TryStem(cut(4), out)) return out;
  }
  return std::string(w);
}

}  // namespace dyad
