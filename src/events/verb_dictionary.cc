#include "events/verb_dictionary.h"

#include "events/syntax.h"
#include "lexicon/dict_reader.h"
#include "text/normalize.h"

namespace dyad {
namespace {

bool IsDeterminer(std::string_view key) {
  static const std::string_view kDeterminers[] = {"a",     "an",    "the",  "its",   "his",   "her",
                                                  "their", "this",  "that", "these", "those", "our",
                                                  "new",   "fresh", "some", "any"};
  for (std::string_view d : kDeterminers) {
    if (key == d) return true;
  }
  return false;
}

// Words that are never the head of a phrase: a pattern element made of them
// takes no modifiers before it.
bool IsFunctionWord(std::string_view key) {
  static const std::string_view kParticles[] = {
      "after", "before", "as",   "that", "and", "or",   "not",  "no",    "nt",     "'s",
      "be",    "up",     "down", "out",  "off", "back", "away", "aside", "forward"};
  for (std::string_view w : kParticles) {
    if (key == w) return true;
  }
  return IsPreposition(key) || IsDeterminer(key);
}

bool IsNegation(std::string_view key) {
  return key == "not" || key == "never" || key == "no" || key == "nt";
}

// Parses one written word: "=met" exact, "advanc*" a prefix, else a lemma.
Status ParseWord(std::string_view tok, PatternWord& w) {
  w.exact = tok[0] == '=';
  if (w.exact) tok.remove_prefix(1);
  w.prefix = tok.size() > 1 && tok.back() == '*';
  if (w.prefix) tok.remove_suffix(1);
  w.key = tok == "'s" ? "'s" : NormalizeKey(tok);
  if (w.key.empty()) return ParseError("empty word");
  return Status::Ok();
}

// Parses "{a|b|}" (without braces) into an element.
Status ParseAlternatives(std::string_view body, PatternElement& e) {
  e.kind = PatternElement::Kind::kWords;
  size_t start = 0;
  while (start <= body.size()) {
    size_t bar = body.find('|', start);
    if (bar == std::string_view::npos) bar = body.size();
    std::string_view alt = Trim(body.substr(start, bar - start));
    if (alt.empty()) {
      e.optional = true;
    } else {
      PatternWord w;
      if (Status s = ParseWord(alt, w); !s.ok()) return s;
      e.words.push_back(std::move(w));
    }
    start = bar + 1;
  }
  if (e.words.empty()) return ParseError("no alternatives in {}");
  e.noun_phrase = e.optional;
  for (const PatternWord& w : e.words) e.noun_phrase &= IsDeterminer(w.key);
  return Status::Ok();
}

Status ParseElement(std::string_view tok, PatternElement& e) {
  if (tok == "*") {
    e.kind = PatternElement::Kind::kGap;
  } else if (tok == "^") {
    e.kind = PatternElement::Kind::kSkip;
  } else if (tok == "+") {
    e.kind = PatternElement::Kind::kTarget;
  } else if (tok == "$") {
    e.kind = PatternElement::Kind::kSource;
  } else if (tok.front() == '{') {
    if (tok.back() != '}') return ParseError("unclosed { in '" + std::string(tok) + "'");
    return ParseAlternatives(tok.substr(1, tok.size() - 2), e);
  } else {
    PatternWord w;
    if (Status s = ParseWord(tok, w); !s.ok()) return s;
    e.words.push_back(std::move(w));
  }
  return Status::Ok();
}

// dyad's patterns name the head of a phrase and let its modifiers be
// ("pledge aid" matches "pledged additional humanitarian aid"); the peers'
// patterns are matched word for word, as their coders do.
void AllowHeadModifiers(VerbPattern& p) {
  for (size_t k = p.anchor + 1; k < p.elements.size(); ++k) {
    PatternElement& e = p.elements[k];
    if (e.kind != PatternElement::Kind::kWords || e.optional ||
        p.elements[k - 1].kind != PatternElement::Kind::kWords) {
      continue;
    }
    e.takes_modifiers = true;
    for (const PatternWord& w : e.words) e.takes_modifiers &= !IsFunctionWord(w.key) && !w.exact;
  }
}

}  // namespace

Result<VerbPattern> VerbDictionary::ParsePattern(std::string_view code, std::string_view text) {
  VerbPattern p;
  p.code = std::string(Trim(code));
  p.text = std::string(Trim(text));
  if (p.code.size() < 2 || p.code.size() > 4) return ParseError("bad code '" + p.code + "'");
  // The peers' codes for "no event" and, for "###", "do not code this
  // sentence at all".
  p.null_event = p.code == "---" || p.code == "+++" || p.code == "###";
  p.void_sentence = p.code == "###";
  size_t i = 0;
  std::string_view t = p.text;
  while (i < t.size()) {
    while (i < t.size() && t[i] == ' ') ++i;
    if (i >= t.size()) break;
    size_t start = i;
    if (t[i] == '{') {
      size_t close = t.find('}', i);
      if (close == std::string_view::npos) return ParseError("unclosed {");
      i = close + 1;
    } else {
      while (i < t.size() && t[i] != ' ') ++i;
    }
    PatternElement e;
    Status s = ParseElement(t.substr(start, i - start), e);
    if (!s.ok()) return s;
    p.elements.push_back(std::move(e));
  }
  // Matching recurses once per element: a bound keeps a pathological entry
  // from exhausting the stack (ours have at most 11).
  constexpr size_t kMaxElements = 64;
  if (p.elements.size() > kMaxElements) {
    return ParseError("pattern of " + std::to_string(p.elements.size()) + " elements; at most " +
                      std::to_string(kMaxElements));
  }
  bool anchored = false;
  for (size_t k = 0; k < p.elements.size(); ++k) {
    const PatternElement& e = p.elements[k];
    p.has_target |= e.kind == PatternElement::Kind::kTarget;
    p.has_source |= e.kind == PatternElement::Kind::kSource;
    if (e.kind != PatternElement::Kind::kWords) continue;
    for (const PatternWord& w : e.words) p.negative |= IsNegation(w.key);
    if (e.optional) continue;
    ++p.literal_count;
    if (!anchored) {
      p.anchor = k;
      anchored = true;
    }
  }
  if (!anchored) return ParseError("pattern has no required word");
  for (size_t k = p.anchor + 1; k < p.elements.size(); ++k) {
    const PatternElement& e = p.elements[k];
    if (e.kind == PatternElement::Kind::kWords && !e.optional && e.words.size() == 1 &&
        (e.words[0].key == "be" || e.words[0].key == "have") && !e.words[0].exact &&
        p.anchor == 0) {
      p.predicate = true;
    }
  }
  return p;
}

void VerbDictionary::Index(uint32_t id) {
  const VerbPattern& p = patterns_[id];
  for (const PatternWord& w : p.elements[p.anchor].words) {
    auto& list = (w.prefix ? prefix_anchors_ : anchors_)[w.key];
    if (list.empty() || list.back() != id) list.push_back(id);
  }
}

uint32_t VerbDictionary::WordId(std::string_view key) const {
  auto it = word_ids_.find(key);
  return it == word_ids_.end() ? 0 : it->second;
}

// Numbers every non-prefix pattern word (ids from 1) and records, per
// pattern, the ids a sentence must hold for it to match.
void VerbDictionary::NumberWords() {
  for (VerbPattern& p : patterns_) {
    p.required_ids.clear();
    for (PatternElement& e : p.elements) {
      bool filter = e.kind == PatternElement::Kind::kWords && !e.optional;
      std::vector<uint32_t> group;
      for (PatternWord& w : e.words) {
        if (w.prefix) {
          filter = false;
          continue;
        }
        w.id =
            word_ids_.try_emplace(w.key, static_cast<uint32_t>(word_ids_.size() + 1)).first->second;
        group.push_back(w.id);
      }
      if (filter) p.required_ids.push_back(std::move(group));
    }
  }
  anchors_by_id_.assign(word_ids_.size() + 1, {});
  for (const auto& [key, ids] : anchors_) {
    if (uint32_t id = WordId(key); id != 0) anchors_by_id_[id] = ids;
  }
}

const std::vector<uint32_t>* VerbDictionary::Anchored(std::string_view key) const {
  auto it = anchors_.find(key);
  return it == anchors_.end() ? nullptr : &it->second;
}

void VerbDictionary::PrefixAnchored(std::string_view norm, std::vector<uint32_t>* out) const {
  for (size_t n = norm.size(); n > 0; --n) {
    auto it = prefix_anchors_.find(norm.substr(0, n));
    if (it != prefix_anchors_.end()) out->insert(out->end(), it->second.begin(), it->second.end());
  }
}

// `text` with each word "@name" replaced by the alternation of the words
// of class `name` ("{absurd|baseless|...}"); false (with `missing` set) if
// `classes` has no such class.
static bool ExpandClasses(std::string_view text, const WordClasses* classes, std::string* out,
                          std::string* missing) {
  out->clear();
  size_t i = 0;
  while (i < text.size()) {
    size_t at = text.find('@', i);
    if (at == std::string_view::npos) at = text.size();
    out->append(text.substr(i, at - i));
    if (at == text.size()) break;
    size_t end = text.find(' ', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view name = text.substr(at + 1, end - at - 1);
    std::vector<std::string> words = classes ? classes->Words(name) : std::vector<std::string>{};
    if (words.empty()) {
      *missing = std::string(name);
      return false;
    }
    out->push_back('{');
    for (size_t w = 0; w < words.size(); ++w) out->append(w ? "|" : "").append(words[w]);
    out->push_back('}');
    i = end;
  }
  return true;
}

Result<std::vector<VerbPattern>> VerbDictionary::ReadFile(const std::string& path,
                                                          const std::string& shown,
                                                          const CameoCodes& codes,
                                                          std::vector<std::string>* warnings,
                                                          const WordClasses* classes) {
  Result<std::vector<DictLine>> lines = ReadDictFile(path);
  if (!lines.ok()) return lines.status();
  std::vector<VerbPattern> out;
  for (const DictLine& line : *lines) {
    std::string where = shown + ":" + std::to_string(line.line);
    if (line.fields.size() < 2) {
      if (warnings) warnings->push_back(where + ": expected 'CODE | pattern'");
      continue;
    }
    std::string text, missing;
    if (!ExpandClasses(line.fields[1], classes, &text, &missing)) {
      if (warnings) warnings->push_back(where + ": unknown word class '@" + missing + "'");
      continue;
    }
    Result<VerbPattern> p = ParsePattern(line.fields[0], text);
    if (p.ok() && !codes.Find(p->code)) {
      p = ParseError("unknown CAMEO code '" + p->code + "'");
    }
    if (!p.ok()) {
      if (warnings) warnings->push_back(where + ": " + p.status().message());
      continue;
    }
    p->origin = where;
    AllowHeadModifiers(*p);
    for (size_t f = 2; f < line.fields.size(); ++f) {
      if (line.fields[f] == "mutual") {
        p->mutual = true;
      } else if (line.fields[f] == "reverse") {
        p->reverse = true;
      } else if (line.fields[f] == "passive") {
        p->passive_only = true;
      } else if (line.fields[f] == "follows") {
        p->follows = true;
      } else if (line.fields[f] == "partyless") {
        p->partyless = true;
      } else if (line.fields[f] == "together") {
        p->together = true;
      } else if (line.fields[f] == "infinitive") {
        p->infinitive = true;
      } else if (!line.fields[f].empty() && warnings) {
        warnings->push_back(where + ": unknown flag '" + line.fields[f] + "'");
      }
    }
    out.push_back(std::move(*p));
  }
  return out;
}

Result<std::unique_ptr<VerbDictionary>> VerbDictionary::Load(
    const std::string& dir, const std::vector<std::string>& files, const CameoCodes& codes,
    Lemmatizer& lemmatizer, std::vector<std::string>* warnings, std::vector<VerbPattern> extra,
    bool extra_first, const WordClasses* classes) {
  auto dict = std::make_unique<VerbDictionary>();
  std::vector<VerbPattern> own;
  for (const std::string& file : files) {
    Result<std::vector<VerbPattern>> ps =
        ReadFile(dir + "/" + file, file, codes, warnings, classes);
    if (!ps.ok()) return ps.status();
    for (VerbPattern& p : *ps) own.push_back(std::move(p));
  }
  std::vector<VerbPattern>& first = extra_first ? extra : own;
  std::vector<VerbPattern>& second = extra_first ? own : extra;
  dict->patterns_ = std::move(first);
  for (VerbPattern& p : second) dict->patterns_.push_back(std::move(p));
  // Every lemma word is a known lemma; then reduce pattern words alike.
  for (const VerbPattern& p : dict->patterns_) {
    for (const PatternElement& e : p.elements) {
      for (const PatternWord& w : e.words) {
        if (!w.exact && !w.prefix) lemmatizer.AddKnown(w.key);
      }
    }
  }
  for (uint32_t id = 0; id < dict->patterns_.size(); ++id) {
    for (PatternElement& e : dict->patterns_[id].elements) {
      for (PatternWord& w : e.words) {
        if (!w.exact && !w.prefix && w.key != "'s") w.key = lemmatizer.Lemma(w.key);
      }
    }
    dict->Index(id);
  }
  dict->NumberWords();
  return dict;
}

}  // namespace dyad
