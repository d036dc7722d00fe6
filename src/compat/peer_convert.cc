#include "compat/peer_convert.h"

#include <algorithm>
#include <filesystem>
#include <unordered_set>

#include "compat/peer_text.h"
#include "lexicon/dict_reader.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

enum class FileKind : uint8_t { kVerbs, kActors, kAgents, kDiscards, kOptions };

Status LoadFile(FileKind kind, PeerDialect dialect, const std::string& path, PeerDictionaries* into,
                std::vector<std::string>* warnings) {
  into->files.push_back(path);
  auto append = [](auto& to, auto&& from) {
    for (auto& x : from) to.push_back(std::move(x));
  };
  switch (kind) {
    case FileKind::kVerbs: {
      Result<PeerVerbs> v = ReadPeerVerbs(path, dialect, warnings);
      if (!v.ok()) return v.status();
      append(into->verbs.patterns, v->patterns);
      append(into->verbs.forms, v->forms);
      into->verbs.verbs += v->verbs;
      into->verbs.synsets += v->synsets;
      into->verbs.transformations += v->transformations;
      into->verbs.time_shifts += v->time_shifts;
      append(into->discards, v->discards);
      return Status::Ok();
    }
    case FileKind::kActors: {
      Result<std::vector<PeerActor>> a = ReadPeerActors(path, dialect, warnings);
      if (!a.ok()) return a.status();
      append(into->actors, *a);
      return Status::Ok();
    }
    case FileKind::kAgents: {
      Result<std::vector<PeerAgent>> a = ReadPeerAgents(path, dialect, warnings);
      if (!a.ok()) return a.status();
      append(into->agents, *a);
      return Status::Ok();
    }
    case FileKind::kDiscards: {
      Result<std::vector<PeerDiscard>> d = ReadPeerDiscards(path, warnings);
      if (!d.ok()) return d.status();
      append(into->discards, *d);
      return Status::Ok();
    }
    case FileKind::kOptions: {
      Result<PeerOptions> o = ReadPeerOptions(path, warnings);
      if (!o.ok()) return o.status();
      append(into->options.settings, o->settings);
      return Status::Ok();
    }
  }
  return Status::Ok();
}

std::vector<std::string> SortedFiles(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file()) out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// PETRARCH-2's set in a directory, as its default configuration loads it.
Status LoadPetrarchDir(const std::string& dir, PeerDictionaries* into,
                       std::vector<std::string>* warnings) {
  std::vector<std::string> files = SortedFiles(dir);
  if (files.empty()) return NotFound(dir + ": no such directory or no files");
  std::vector<std::string> verbs;
  for (const std::string& f : files) {
    std::string name = ShownName(f);
    if (name.starts_with("PETR.Validate.")) continue;  // The unit tests' own set.
    if (!name.ends_with(".txt")) continue;
    if (name.find("verb") != std::string::npos || name.starts_with("CAMEO.2")) {
      verbs.push_back(f);
      continue;
    }
    static const std::pair<const char*, FileKind> kParts[] = {{"actors", FileKind::kActors},
                                                              {"agents", FileKind::kAgents},
                                                              {"discards", FileKind::kDiscards}};
    for (const auto& [part, kind] : kParts) {
      if (name.find(part) == std::string::npos) continue;
      if (Status s = LoadFile(kind, PeerDialect::kPetrarch, f, into, warnings); !s.ok()) return s;
      break;
    }
  }
  // CAMEO.2.0.txt supersedes the older verb patterns kept beside it.
  auto v2 = std::find_if(verbs.begin(), verbs.end(),
                         [](const std::string& f) { return ShownName(f) == "CAMEO.2.0.txt"; });
  if (v2 != verbs.end()) verbs = {*v2};
  for (const std::string& f : verbs) {
    if (Status s = LoadFile(FileKind::kVerbs, PeerDialect::kPetrarch, f, into, warnings); !s.ok())
      return s;
  }
  return Status::Ok();
}

// A TABARI .project names its files as "<verbsfile> NAME".
Status LoadTabariProject(const std::string& path, PeerDictionaries* into,
                         std::vector<std::string>* warnings) {
  Result<std::string> text = ReadFileToString(path);
  if (!text.ok()) return text.status();
  fs::path parent = fs::path(path).parent_path();
  std::string dir = parent.empty() ? std::string(".") : parent.string();
  static const std::pair<const char*, FileKind> kTags[] = {{"<verbsfile>", FileKind::kVerbs},
                                                           {"<actorsfile>", FileKind::kActors},
                                                           {"<agentsfile>", FileKind::kAgents},
                                                           {"<optionsfile>", FileKind::kOptions}};
  Status result = Status::Ok();
  ForEachPeerLine(*text, [&](int, std::string_view line) {
    for (const auto& [tag, kind] : kTags) {
      if (!line.starts_with(tag) || !result.ok()) continue;
      std::string name(Trim(line.substr(std::string_view(tag).size())));
      result = LoadFile(kind, PeerDialect::kTabari, dir + "/" + name, into, warnings);
    }
  });
  return result;
}

Status LoadTabariDir(const std::string& dir, PeerDictionaries* into,
                     std::vector<std::string>* warnings) {
  std::vector<std::string> files = SortedFiles(dir);
  if (files.empty()) return NotFound(dir + ": no such directory or no files");
  static const std::pair<const char*, FileKind> kExt[] = {{".verbs", FileKind::kVerbs},
                                                          {".actors", FileKind::kActors},
                                                          {".agents", FileKind::kAgents},
                                                          {".options", FileKind::kOptions}};
  for (const std::string& f : files) {
    for (const auto& [ext, kind] : kExt) {
      if (!f.ends_with(ext)) continue;
      if (Status s = LoadFile(kind, PeerDialect::kTabari, f, into, warnings); !s.ok()) return s;
    }
  }
  return Status::Ok();
}

}  // namespace

Status LoadPeerDictionaries(const std::string& spec, PeerDictionaries* into,
                            std::vector<std::string>* warnings) {
  size_t colon = spec.find(':');
  if (colon == std::string::npos || colon + 1 == spec.size()) {
    return InvalidArgument("dictionary spec '" + spec + "': expected KIND:PATH");
  }
  std::string kind = spec.substr(0, colon), path = spec.substr(colon + 1);
  if (kind == "petrarch") return LoadPetrarchDir(path, into, warnings);
  if (kind == "tabari") {
    return fs::is_directory(path) ? LoadTabariDir(path, into, warnings)
                                  : LoadTabariProject(path, into, warnings);
  }
  static const struct {
    const char* name;
    FileKind kind;
    PeerDialect dialect;
  } kKinds[] = {{"petrarch-verbs", FileKind::kVerbs, PeerDialect::kPetrarch},
                {"petrarch-actors", FileKind::kActors, PeerDialect::kPetrarch},
                {"petrarch-agents", FileKind::kAgents, PeerDialect::kPetrarch},
                {"discards", FileKind::kDiscards, PeerDialect::kPetrarch},
                {"tabari-verbs", FileKind::kVerbs, PeerDialect::kTabari},
                {"tabari-actors", FileKind::kActors, PeerDialect::kTabari},
                {"tabari-agents", FileKind::kAgents, PeerDialect::kTabari},
                {"tabari-options", FileKind::kOptions, PeerDialect::kTabari}};
  for (const auto& k : kKinds) {
    if (kind == k.name) return LoadFile(k.kind, k.dialect, path, into, warnings);
  }
  return InvalidArgument("dictionary spec '" + spec + "': unknown kind '" + kind + "'");
}

void AddPeerActors(const PeerDictionaries& peers, ActorDictionary& dict) {
  for (const PeerActor& a : peers.actors) {
    ActorEntry e;
    e.origin = a.origin;
    e.peer = true;
    e.name = a.phrases.front();
    for (const PeerRole& r : a.roles) {
      // "###" stays: an actor coded so voids its sentence (TABARI's discard).
      // A dated "---" stays too: in its time the words name no actor
      // ("PRINCE DOL_AMROTH [--- <950630] [DOL]").
      bool dated = r.from.valid() || r.to.valid();
      if ((r.code == "---" && !dated) || r.code == "+++") continue;
      e.roles.push_back({r.code, r.from, r.to});
    }
    if (e.roles.empty()) continue;
    // Dated roles first: an undated one is the default when none applies.
    std::stable_partition(e.roles.begin(), e.roles.end(),
                          [](const RoleSpan& r) { return r.from.valid() || r.to.valid(); });
    e.code = e.roles.front().code;
    bool dated = e.roles.front().from.valid() || e.roles.front().to.valid();
    if (e.roles.size() == 1 && !dated && e.code.size() == 3) {
      // CAMEO's state codes have three letters; the suites' invented states
      // ("ARN" for Arnor) are states too.
      e.kind = ActorKind::kCountry;
      e.iso2 = dict.Iso2(e.code);
      if (!e.iso2.empty()) e.name = dict.CountryName(e.code);
      e.roles.clear();
    } else if (e.roles.size() == 1 && !dated) {
      e.kind = ActorKind::kOrganization;
      e.roles.clear();
    } else {
      e.kind = ActorKind::kPerson;
    }
    dict.AddEntry(std::move(e), a.phrases);
  }
  for (const PeerAgent& g : peers.agents) {
    ActorEntry e;
    e.kind = g.code_first ? ActorKind::kOrganization : ActorKind::kAgent;
    e.code_first = g.code_first;
    e.peer = true;
    e.code = g.code;
    e.name = g.phrase;
    e.origin = g.origin;
    dict.AddEntry(e, {g.phrase});
    if (g.plurals.empty() || g.code_first) continue;
    e.plural = true;
    dict.AddEntry(std::move(e), g.plurals);
  }
}

std::vector<VerbPattern> PeerVerbPatterns(const PeerDictionaries& peers, Lemmatizer& lemmatizer,
                                          std::vector<std::string>* warnings) {
  for (const auto& [form, base] : peers.verbs.forms) lemmatizer.AddIrregular(form, base);
  // A verb with a block of its own that is also a form of another block's
  // verb ("LEFT [032:033]" beside "LEAVE [012]") is matched as written, or
  // dyad's lemmas would merge the two.
  std::unordered_set<std::string> heads;
  for (const PeerPattern& pp : peers.verbs.patterns) {
    if (pp.text.find(' ') == std::string::npos) heads.insert(pp.text);
  }
  auto as_written = [&](const std::string& w) {
    std::string lemma = lemmatizer.Lemma(w);
    return lemma != w && heads.count(w) > 0 && heads.count(lemma) > 0;
  };
  std::vector<VerbPattern> out;
  out.reserve(peers.verbs.patterns.size());
  for (const PeerPattern& pp : peers.verbs.patterns) {
    if (pp.complex_hint) continue;  // Codes nothing and claims no words.
    Result<VerbPattern> p = VerbDictionary::ParsePattern(pp.code, pp.text);
    if (p.ok()) {
      bool exact = false;
      for (PatternElement& e : p->elements) {
        for (PatternWord& w : e.words) {
          if (w.prefix || !as_written(w.key)) continue;
          w.exact = exact = true;
        }
      }
      p->literal_count += exact;  // "left" before "leave" where both match.
    }
    if (!p.ok()) {
      if (warnings) {
        warnings->push_back(pp.origin + ": " + p.status().message() + " in '" + pp.written + "'");
      }
      continue;
    }
    if (pp.target_after && p->elements.size() > 1 &&
        p->elements.front().kind == PatternElement::Kind::kSource && p->anchor > 0) {
      // TABARI's leading "$" ("- $ * [095]" under CALLED_ON) asks only that
      // a source come before the verb, near or far: the subject, as dyad
      // finds it. The pattern stays ahead of the verb's own default.
      p->elements.erase(p->elements.begin());
      --p->anchor;
      p->has_source = false;
      ++p->literal_count;
    }
    if (p->elements.size() > 1 && p->elements.front().kind == PatternElement::Kind::kTarget &&
        p->anchor > 0 && p->has_source) {
      // "+ * MONEY $": the leading '+' asks for the subject as target.
      p->elements.erase(p->elements.begin());
      --p->anchor;
      p->has_target = false;
      p->subject_is_target = true;
      ++p->literal_count;
    }
    p->origin = pp.origin;
    p->mutual = pp.mutual;
    p->reverse = pp.reverse;
    p->paired_code = pp.paired;
    p->target_after = pp.target_after;
    p->within_compound = pp.within_compound;
    p->peer = true;
    if (pp.compound_subject) {
      p->compound_subject = true;
      ++p->literal_count;  // Ahead of the verb's own default.
    }
    out.push_back(std::move(*p));
  }
  return out;
}

PhraseMatcher PeerDiscardMatcher(const PeerDictionaries& peers) {
  PhraseMatcher m;
  for (uint32_t i = 0; i < peers.discards.size(); ++i) {
    m.Add(PhraseKey(peers.discards[i].phrase), i);
  }
  return m;
}

}  // namespace dyad
