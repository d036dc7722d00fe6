// Readers for the peers' actor, agent, discard and options files.
//
// Design note: the files are line-oriented but not regular. An actor starts
// at a line in column 0; "+NAME" lines add synonyms; "[CODE dates]" blocks
// follow the name or stand on indented lines of their own. TABARI comments
// start with ';', PETRARCH's with '#' (and '<!--' lines); TABARI marks
// parts of speech in <NOUN>...</NOUN> sections, which carry no actors. Each
// line is classified on its own, so one malformed line costs only itself.
#include <algorithm>
#include <cctype>

#include "compat/peer_dictionaries.h"
#include "compat/peer_text.h"
#include "lexicon/dict_reader.h"

namespace dyad {

CivilDate ParsePeerDate(std::string_view d) {
  if (!std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; })) return {};
  auto num = [&](size_t pos, size_t len) { return std::stoi(std::string(d.substr(pos, len))); };
  CivilDate c;
  if (d.size() == 6) {
    int yy = num(0, 2);
    c = {yy < 30 ? 2000 + yy : 1900 + yy, num(2, 2), num(4, 2)};
  } else if (d.size() == 8) {
    c = {num(0, 4), num(4, 2), num(6, 2)};
  } else {
    return {};
  }
  if (c.month < 1 || c.month > 12 || c.day < 1 || c.day > 31) return {};
  return c;
}

bool ParsePeerRole(std::string_view block, PeerRole* role, std::string* why) {
  std::string_view b = Trim(block);
  size_t sp = b.find_first_of(" \t");
  role->code = std::string(b.substr(0, sp));
  if (role->code.empty()) {
    *why = "empty code block";
    return false;
  }
  if (sp == std::string_view::npos) return true;
  std::string_view dates = Trim(b.substr(sp));
  auto date = [&](std::string_view d, CivilDate* out) {
    if (Trim(d).empty()) return true;  // "990101-": open end.
    *out = ParsePeerDate(Trim(d));
    if (!out->valid()) *why = "unreadable date '" + std::string(Trim(d)) + "'";
    return out->valid();
  };
  if (dates.front() == '<') return date(dates.substr(1), &role->to);
  if (dates.front() == '>') return date(dates.substr(1), &role->from);
  size_t dash = dates.find('-');
  if (dash == std::string_view::npos) return date(dates, &role->from) && date(dates, &role->to);
  bool from_ok = date(dates.substr(0, dash), &role->from);  // Both are read, even if
  bool to_ok = date(dates.substr(dash + 1), &role->to);     // one is bad.
  return from_ok && to_ok;
}

std::string PeerPhrase(std::string_view written, PeerDialect dialect, bool actor_name) {
  std::string out;
  size_t i = 0;
  while (i < written.size()) {
    size_t end = written.find_first_of("_ ", i);
    if (end == std::string_view::npos) end = written.size();
    std::string word = Lower(written.substr(i, end - i));
    // A '_' or a space ends the word, as does TABARI's '=' ("MOUSE=").
    bool closed = end < written.size() || word.ends_with('=');
    std::erase(word, '=');
    if (!word.empty()) {
      // TABARI joins words written with a space loosely: other words may
      // come between them ("PRINCE DOL_AMROTH", "Prince of Dol Amroth").
      bool loose =
          (dialect == PeerDialect::kTabari || actor_name) && i > 0 && written[i - 1] == ' ';
      if (!out.empty()) out += loose ? " ~ " : " ";
      out += word;
      if (dialect == PeerDialect::kTabari && !closed && word.size() >= 3) out += '*';
    }
    i = end + 1;
  }
  return out;
}

namespace {

// Splits "NAME [A] [B 990101-]" into the name and the insides of its blocks.
void SplitBlocks(std::string_view line, std::string_view* name, std::vector<std::string>* blocks,
                 bool* unclosed) {
  size_t open = line.find('[');
  *name = Trim(line.substr(0, open));
  while (open != std::string_view::npos) {
    size_t close = line.find(']', open);
    if (close == std::string_view::npos) {
      *unclosed = true;
      return;
    }
    blocks->emplace_back(line.substr(open + 1, close - open - 1));
    open = line.find('[', close);
  }
}

struct ActorReader {
  PeerDialect dialect;
  std::string shown;
  std::vector<std::string>* warnings;
  std::vector<PeerActor> actors;
  bool in_pos_section = false;  // TABARI <NOUN>, <ADJECTIVE>

  void Warn(int line, const std::string& what) {
    if (warnings) warnings->push_back(shown + ":" + std::to_string(line) + ": " + what);
  }

  void AddRoles(int line, const std::vector<std::string>& blocks) {
    for (const std::string& b : blocks) {
      PeerRole role;
      std::string why;
      if (!ParsePeerRole(b, &role, &why)) Warn(line, why + " in [" + b + "]");
      if (!role.code.empty()) actors.back().roles.push_back(std::move(role));
    }
  }

  void Line(int n, std::string_view raw) {
    if (raw.starts_with("<")) {
      if (raw.starts_with("</"))
        in_pos_section = false;
      else if (!raw.starts_with("<!"))
        in_pos_section = true;
      return;
    }
    std::string_view line = StripPeerComment(raw);
    if (Trim(line).empty() || in_pos_section) return;
    std::string_view name;
    std::vector<std::string> blocks;
    bool unclosed = false;
    bool indented = line.front() == ' ' || line.front() == '\t';
    SplitBlocks(Trim(line), &name, &blocks, &unclosed);
    if (unclosed) Warn(n, "unclosed '['");
    if (name.starts_with("+")) name.remove_prefix(1);
    bool synonym = Trim(line).starts_with("+");
    if ((indented || synonym || name.empty()) && actors.empty()) {
      Warn(n, "synonym or code with no actor before it");
      return;
    }
    // Names in column 0 with no codes yet between them share the codes
    // that follow (PETRARCH writes synonyms both ways).
    bool open_actor = !actors.empty() && actors.back().roles.empty();
    if (!indented && !synonym && !name.empty() && !open_actor) {
      actors.emplace_back();
      actors.back().origin = shown + ":" + std::to_string(n);
    }
    if (!name.empty()) {
      std::string phrase = PeerPhrase(name, dialect, /*actor_name=*/true);
      if (phrase.empty()) {
        Warn(n, "no words in '" + std::string(name) + "'");
      } else {
        // TABARI's regular noun endings: a closed last word also takes an
        // "s" ("LIBYA_" matches "Libyas"; "'s" is a token of its own).
        bool closed_last = !phrase.ends_with('*') && !name.ends_with('=');
        actors.back().phrases.push_back(phrase);
        if (dialect == PeerDialect::kTabari && closed_last) {
          actors.back().phrases.push_back(phrase + "s");
        }
      }
    }
    AddRoles(n, blocks);
  }
};

}  // namespace

std::vector<PeerActor> ParsePeerActors(std::string_view text, const std::string& shown,
                                       PeerDialect dialect, std::vector<std::string>* warnings) {
  ActorReader r{dialect, shown, warnings, {}};
  ForEachPeerLine(text, [&](int n, std::string_view line) { r.Line(n, line); });
  std::erase_if(r.actors, [&](const PeerActor& a) {
    if (a.roles.empty() && !a.phrases.empty()) {
      r.Warn(std::stoi(a.origin.substr(a.origin.rfind(':') + 1)),
             "actor '" + a.phrases[0] + "' has no code");
    }
    return a.roles.empty() || a.phrases.empty();
  });
  return std::move(r.actors);
}

namespace {

// "!PERSON! = MAN, MEN" definitions, applied to later phrases.
using Substitutions = std::vector<std::pair<std::string, std::vector<std::string>>>;

// The substitution whose !NAME! starts at written[i]; nullptr if none.
const Substitutions::value_type* SubstitutionAt(const std::string& written, size_t i,
                                                const Substitutions& subs) {
  if (written[i] != '!') return nullptr;
  for (const auto& s : subs) {
    if (written.compare(i, s.first.size(), s.first) == 0) return &s;
  }
  return nullptr;
}

// Every spelling of `written` with its !NAME!s replaced, left to right. The
// values put in are not searched again, and the spellings are capped, so a
// value naming its own set, or many sets in one phrase, cannot blow up.
std::vector<std::string> Substitute(const std::string& written, const Substitutions& subs) {
  constexpr size_t kMaxSpellings = 256;
  std::vector<std::string> out{""};
  size_t i = 0;
  while (i < written.size()) {
    const Substitutions::value_type* found = SubstitutionAt(written, i, subs);
    if (!found) {
      for (std::string& o : out) o += written[i];
      ++i;
      continue;
    }
    std::vector<std::string> next;
    for (const std::string& o : out) {
      for (const std::string& v : found->second) {
        if (next.size() < kMaxSpellings) next.push_back(o + v);
      }
    }
    out = std::move(next);
    i += found->first.size();
  }
  return out;
}

// English plural of a phrase's last word, as the peers form it.
std::string PluralOf(const std::string& phrase) {
  std::string p = phrase;
  bool stem = !p.empty() && p.back() == '*';
  if (stem) p.pop_back();
  auto ends = [&](std::string_view s) { return p.ends_with(s); };
  if (ends("man")) return p.substr(0, p.size() - 3) + "men";
  if (ends("y") && p.size() > 1 &&
      std::string_view("aeiou").find(p[p.size() - 2]) == std::string_view::npos) {
    return p.substr(0, p.size() - 1) + "ies";
  }
  if (ends("s") || ends("sh") || ends("ch") || ends("x") || ends("z")) return p + "es";
  return p + "s";
}

}  // namespace

std::vector<PeerAgent> ParsePeerAgents(std::string_view text, const std::string& shown,
                                       PeerDialect dialect, std::vector<std::string>* warnings) {
  Substitutions subs;
  std::vector<PeerAgent> out;
  ForEachPeerLine(text, [&](int n, std::string_view raw) {
    auto warn = [&](const std::string& w) {
      if (warnings) warnings->push_back(shown + ":" + std::to_string(n) + ": " + w);
    };
    std::string_view line = Trim(StripPeerComment(raw));
    if (line.empty() || line.starts_with("<")) return;
    size_t eq = line.find('=');
    if (line.starts_with("!") && eq != std::string_view::npos && eq < line.find('[')) {
      std::vector<std::string> values;
      for (std::string_view v : SplitOn(line.substr(eq + 1), ',')) {
        if (!Trim(v).empty()) values.emplace_back(Trim(v));
      }
      subs.emplace_back(std::string(Trim(line.substr(0, eq))), std::move(values));
      return;
    }
    size_t open = line.find('['), close = line.rfind(']');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
      return warn("agent without a [~CODE] block");
    }
    std::string code(Trim(line.substr(open + 1, close - open - 1)));
    bool code_first = !code.empty() && code.back() == '~';
    if (code.find('~') == std::string::npos) warn("agent code '" + code + "' has no '~'");
    std::erase(code, '~');
    if (code.empty()) return warn("empty agent code");
    std::string_view head = Trim(line.substr(0, open));
    std::string_view written = head, plural_list;
    bool listed = false;
    if (size_t b = head.find('{'); b != std::string_view::npos) {
      size_t e = head.find('}', b);
      if (e == std::string_view::npos) return warn("unclosed '{'");
      written = Trim(head.substr(0, b));
      plural_list = head.substr(b + 1, e - b - 1);
      listed = true;
    }
    for (const std::string& w : Substitute(std::string(written), subs)) {
      PeerAgent a;
      a.phrase = PeerPhrase(w, dialect);
      if (a.phrase.empty()) continue;
      a.code = code;
      a.code_first = code_first;
      a.origin = shown + ":" + std::to_string(n);
      if (!listed) a.plurals.push_back(PluralOf(a.phrase));
      for (std::string_view p : SplitOn(plural_list, ' ')) {
        if (!Trim(p).empty()) a.plurals.push_back(PeerPhrase(Trim(p), dialect));
      }
      out.push_back(std::move(a));
    }
    if (written.find('!') != std::string_view::npos && out.empty()) warn("unknown substitution");
  });
  return out;
}

std::vector<PeerDiscard> ParsePeerDiscards(std::string_view text, const std::string& shown,
                                           std::vector<std::string>* warnings) {
  std::vector<PeerDiscard> out;
  ForEachPeerLine(text, [&](int n, std::string_view raw) {
    std::string_view line = Trim(StripPeerComment(raw));
    if (line.empty() || line.starts_with("<")) return;
    PeerDiscard d;
    d.whole_story = line.front() == '+';
    if (d.whole_story) line.remove_prefix(1);
    d.phrase = PeerPhrase(Trim(line), PeerDialect::kPetrarch);
    d.origin = shown + ":" + std::to_string(n);
    if (d.phrase.empty()) {
      if (warnings) warnings->push_back(d.origin + ": empty discard");
      return;
    }
    out.push_back(std::move(d));
  });
  return out;
}

PeerOptions ParsePeerOptions(std::string_view text, const std::string& shown,
                             std::vector<std::string>* warnings) {
  PeerOptions out;
  ForEachPeerLine(text, [&](int n, std::string_view raw) {
    std::string_view line = Trim(raw);
    if (line.empty() || line.starts_with("//") || line.starts_with("#")) return;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      if (warnings)
        warnings->push_back(shown + ":" + std::to_string(n) + ": expected 'KEY: value'");
      return;
    }
    out.settings.emplace_back(std::string(Trim(line.substr(0, colon))),
                              std::string(Trim(line.substr(colon + 1))));
  });
  return out;
}

Result<std::vector<PeerActor>> ReadPeerActors(const std::string& path, PeerDialect dialect,
                                              std::vector<std::string>* warnings) {
  Result<std::string> text = ReadFileToString(path);
  if (!text.ok()) return text.status();
  return ParsePeerActors(*text, ShownName(path), dialect, warnings);
}

Result<std::vector<PeerAgent>> ReadPeerAgents(const std::string& path, PeerDialect dialect,
                                              std::vector<std::string>* warnings) {
  Result<std::string> text = ReadFileToString(path);
  if (!text.ok()) return text.status();
  return ParsePeerAgents(*text, ShownName(path), dialect, warnings);
}

Result<std::vector<PeerDiscard>> ReadPeerDiscards(const std::string& path,
                                                  std::vector<std::string>* warnings) {
  Result<std::string> text = ReadFileToString(path);
  if (!text.ok()) return text.status();
  return ParsePeerDiscards(*text, ShownName(path), warnings);
}

Result<PeerOptions> ReadPeerOptions(const std::string& path, std::vector<std::string>* warnings) {
  Result<std::string> text = ReadFileToString(path);
  if (!text.ok()) return text.status();
  return ParsePeerOptions(*text, ShownName(path), warnings);
}

}  // namespace dyad
