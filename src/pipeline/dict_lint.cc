#include "pipeline/dict_lint.h"

#include <unordered_map>

#include "text/tokenizer.h"

namespace dyad {
namespace {

// The compiled form of a pattern, so that spellings that match alike
// ("meet with +" and "met with +") compare equal.
std::string Canonical(const VerbPattern& p) {
  std::string out;
  for (const PatternElement& e : p.elements) {
    if (!out.empty()) out += ' ';
    switch (e.kind) {
      case PatternElement::Kind::kGap:
        out += '*';
        break;
      case PatternElement::Kind::kSkip:
        out += '^';
        break;
      case PatternElement::Kind::kTarget:
        out += '+';
        break;
      case PatternElement::Kind::kSource:
        out += '$';
        break;
      case PatternElement::Kind::kWords:
        out += '{';
        for (const PatternWord& w : e.words) {
          out += (w.exact ? "=" : "") + w.key + (w.prefix ? "*" : "") + "|";
        }
        out += e.optional ? "}" : "!}";
    }
  }
  return out;
}

// A word the tokenizer would never produce as one token.
bool Unmatchable(const PatternWord& w) {
  if (w.key == "'s" || w.prefix) return false;
  std::vector<Token> toks = Tokenize(w.key);
  return toks.size() != 1 || toks[0].norm != w.key;
}

void LintVerbs(const VerbDictionary& verbs, LintReport& r) {
  std::unordered_map<std::string, uint32_t> first;
  for (uint32_t id = 0; id < verbs.size(); ++id) {
    const VerbPattern& p = verbs.pattern(id);
    for (const PatternElement& e : p.elements) {
      for (const PatternWord& w : e.words) {
        if (!Unmatchable(w)) continue;
        ++r.unreachable;
        r.findings.push_back("unreachable: " + p.origin + ": '" + p.text + "': the word '" + w.key +
                             "' is never one token");
      }
    }
    auto [it, added] = first.emplace(Canonical(p), id);
    if (added) continue;
    const VerbPattern& q = verbs.pattern(it->second);
    // "accuse each other of" twice, once without "mutual": the first
    // copy matches, so the second one's flags never apply.
    if (q.code == p.code && (q.mutual != p.mutual || q.reverse != p.reverse ||
                             q.follows != p.follows || q.passive_only != p.passive_only)) {
      ++r.conflicts;
      ++r.unreachable;
      r.findings.push_back("conflict: " + p.origin + ": " + p.code + " | " + p.text +
                           " never fires with its flags: " + q.origin + " has the same words");
    } else if (q.code == p.code) {
      ++r.duplicates;
      r.findings.push_back("duplicate: " + p.origin + ": " + p.code + " | " + p.text + " (as " +
                           q.origin + ")");
    } else {
      ++r.conflicts;
      ++r.unreachable;
      r.findings.push_back("conflict: " + p.origin + ": " + p.code + " | " + p.text +
                           " never fires: " + q.origin + " codes it " + q.code);
    }
  }
}

// The code an entry gives, with its kind, for comparing entries.
std::string EntryCode(const ActorEntry& e) {
  std::string code = e.code;
  for (const RoleSpan& role : e.roles) code += " " + role.code;
  return std::to_string(static_cast<int>(e.kind)) + ":" + code + (e.plural ? " pl" : "");
}

std::string Roles(const ActorEntry& e) {
  if (e.roles.empty()) return e.code;
  std::string out;
  auto date = [](const CivilDate& d) {
    return d.valid() ? std::to_string(d.year) + (d.month ? "-" + std::to_string(d.month) : "")
                     : std::string();
  };
  for (const RoleSpan& r : e.roles) {
    out += (out.empty() ? "" : "; ") + r.code;
    if (r.from.valid() || r.to.valid()) out += " " + date(r.from) + ".." + date(r.to);
  }
  return out;
}

void LintActors(const ActorDictionary& actors, LintReport& r) {
  std::unordered_map<std::string, uint32_t> first;  // key + kind -> variant
  for (uint32_t v = 0; v < actors.variant_count(); ++v) {
    const ActorVariant& var = actors.variant(v);
    const ActorEntry& e = actors.entry(var.entry);
    std::string key = var.key + "#" + std::to_string(static_cast<int>(e.kind));
    auto [it, added] = first.emplace(key, v);
    if (added) continue;
    const ActorEntry& f = actors.entry(actors.variant(it->second).entry);
    // One entry written twice alike ("al-X", "Al-X"), or one line's singular
    // and plural ("police").
    if (&f == &e || f.origin == e.origin) continue;
    if (EntryCode(f) == EntryCode(e)) {
      ++r.duplicates;
      r.findings.push_back("duplicate: " + e.origin + ": '" + var.key + "' " + e.code + " (as " +
                           f.origin + ")");
    } else {
      ++r.conflicts;
      r.findings.push_back("conflict: " + e.origin + ": '" + var.key + "' is " + Roles(e) +
                           " here and " + Roles(f) + " at " + f.origin + ", which wins");
    }
  }
}

}  // namespace

LintReport LintDictionaries(const ActorDictionary& actors, const VerbDictionary& verbs) {
  LintReport r;
  LintActors(actors, r);
  LintVerbs(verbs, r);
  return r;
}

}  // namespace dyad
