// Readers for the two validation-suite formats.
//
// TABARI's Validate.text: a record opens with "YYMMDD  ID" in column 0, its
// text runs to a line starting "/*", and the lines after that (to the next
// record) hold the expectations in braces: "{ SRC / TGT / CODE }" must be
// coded, "-{...}" must not, "{---}" nothing, "{###}" discarded, "{+++}" a
// comment, "{ OPTION: ... }" an option change. PETRARCH's XML keeps the same
// content in <Sentence> elements with <EventCoding> children; it is read by
// a small scanner because the file is regular and the reader must not need
// more than the standard library.
#include "compat/validation_suite.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "compat/peer_dictionaries.h"
#include "compat/peer_text.h"
#include "lexicon/dict_reader.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string IsoFromPeerDate(std::string_view digits) {
  CivilDate d = ParsePeerDate(digits);
  if (!d.valid()) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

// The length of the date opening a record header ("950101  ID", or with
// SET: YYYY "20150607 ID"; a bad date like "186010029" still opens a
// record); 0 if `line` is no header.
size_t RecordHeaderDate(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && std::isdigit(static_cast<unsigned char>(line[n]))) ++n;
  if (n < 6 || n > 9 || n + 1 >= line.size()) return 0;
  return line[n] == ' ' || line[n] == '\t' ? n : 0;
}

// One "{...}" of a TABARI record, `negated` when written "-{...}".
void AddTabariExpectation(std::string_view body, bool negated, std::string_view after,
                          ValidationRecord* r, std::vector<std::string>* warnings) {
  std::string_view b = Trim(body);
  if (b == "+++") return;
  if (b == "---") {
    r->no_events = true;
    return;
  }
  if (b == "###") {
    r->discard = true;
    return;
  }
  if (b.starts_with("OPTION:")) {
    r->options.emplace_back(Trim(b.substr(7)));
    return;
  }
  std::vector<std::string_view> parts = SplitOn(b, '/');
  if (parts.size() != 3) {
    if (warnings)
      warnings->push_back(r->origin + ": unreadable expectation {" + std::string(b) + "}");
    return;
  }
  // "{ A / B / 031 } 950111": the event dated by the coder's time shift.
  std::string_view rest = Trim(after);
  std::string date = IsoFromPeerDate(rest.substr(0, rest.find_first_of(" \t*")));
  ExpectedCoding c{std::string(Trim(parts[0])), std::string(Trim(parts[1])),
                   std::string(Trim(parts[2])), date};
  (negated ? r->forbidden : r->expected).push_back(std::move(c));
}

void ReadTabariExpectations(std::string_view line, ValidationRecord* r,
                            std::vector<std::string>* warnings) {
  size_t open = line.find('{');
  while (open != std::string_view::npos) {
    size_t close = line.find('}', open);
    if (close == std::string_view::npos) {
      // "{ OPTION: SET: MINIMUM WORDS = 4  */": the suite forgets the brace.
      std::string_view body = line.substr(open + 1);
      body = body.substr(0, body.find("*/"));
      if (Trim(body).starts_with("OPTION:")) AddTabariExpectation(body, false, "", r, warnings);
      return;
    }
    bool negated = open > 0 && line[open - 1] == '-';
    AddTabariExpectation(line.substr(open + 1, close - open - 1), negated, line.substr(close + 1),
                         r, warnings);
    open = line.find('{', close);
  }
}

ValidationSuite ReadTabari(const std::string& path, std::string_view text,
                           std::vector<std::string>* warnings) {
  ValidationSuite suite;
  suite.format = "tabari";
  std::string shown = ShownName(path);
  ValidationRecord* cur = nullptr;
  bool in_text = false, done = false;
  std::string body;
  ForEachPeerLine(text, [&](int n, std::string_view line) {
    if (done || line.starts_with("#")) return;
    if (size_t digits = RecordHeaderDate(line); digits > 0) {
      if (cur) cur->text = CollapseSpaces(body);
      std::string id(Trim(line.substr(digits + 1)));
      if (id.starts_with("FINAL")) {
        done = true;
        cur = nullptr;
        return;
      }
      suite.records.emplace_back();
      cur = &suite.records.back();
      cur->id = id;
      cur->category = id.substr(0, id.find('-'));
      cur->date = IsoFromPeerDate(line.substr(0, digits));
      cur->origin = shown + ":" + std::to_string(n);
      body.clear();
      in_text = true;
      return;
    }
    if (!cur) return;
    if (in_text && Trim(line).starts_with("/*")) in_text = false;
    if (in_text) {
      body += std::string(line) + " ";
    } else {
      ReadTabariExpectations(line, cur, warnings);
    }
  });
  if (cur) cur->text = CollapseSpaces(body);
  return suite;
}

// The .project beside a TABARI suite that names it as its text file names
// the dictionaries too.
void FindTabariProject(const std::string& path, ValidationSuite* suite) {
  std::string shown = ShownName(path);
  fs::path dir = fs::path(path).parent_path();
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir.empty() ? "." : dir, ec)) {
    if (e.path().extension() != ".project") continue;
    Result<std::string> project = ReadFileToString(e.path().string());
    if (project.ok() && project->find("<textfile>") != std::string::npos &&
        project->find(shown) != std::string::npos) {
      suite->dictionaries.push_back("tabari:" + e.path().string());
    }
  }
}

// XML: the start tag opening at `at`, up to its '>' or the end of the text.
std::string_view StartTag(std::string_view xml, size_t at) {
  size_t close = xml.find('>', at);
  return xml.substr(at, close == std::string_view::npos ? close : close - at);
}

// XML: the value of attribute `name` in the start tag `tag`; "" if absent.
std::string Attribute(std::string_view tag, std::string_view name) {
  size_t at = 0;
  while ((at = tag.find(name, at)) != std::string_view::npos) {
    size_t i = at + name.size();
    bool word_start = at > 0 && (tag[at - 1] == ' ' || tag[at - 1] == '\t' || tag[at - 1] == '\n');
    while (i < tag.size() && tag[i] == ' ') ++i;
    if (!word_start || i >= tag.size() || tag[i] != '=') {
      at += name.size();
      continue;
    }
    ++i;
    while (i < tag.size() && tag[i] == ' ') ++i;
    if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\'')) return "";
    size_t end = tag.find(tag[i], i + 1);
    std::string v(tag.substr(i + 1, end == std::string_view::npos ? end : end - i - 1));
    std::erase(v, '"');
    return v;
  }
  return "";
}

std::string DecodeEntities(std::string_view s) {
  static const std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    bool replaced = false;
    for (const auto& [ent, c] : kEntities) {
      if (s.substr(i, ent.size()) == ent) {
        out += c;
        i += ent.size() - 1;
        replaced = true;
        break;
      }
    }
    if (!replaced) out += s[i];
  }
  return out;
}

std::string ElementText(std::string_view xml, std::string_view name, size_t from = 0) {
  std::string open = "<" + std::string(name) + ">", close = "</" + std::string(name) + ">";
  size_t a = xml.find(open, from);
  if (a == std::string_view::npos) return "";
  size_t b = xml.find(close, a);
  if (b == std::string_view::npos) return "";
  return std::string(Trim(xml.substr(a + open.size(), b - a - open.size())));
}

std::string StripComments(std::string_view xml) {
  std::string out;
  size_t i = 0;
  while (i < xml.size()) {
    size_t c = xml.find("<!--", i);
    if (c == std::string_view::npos) c = xml.size();
    // Keep line breaks so that line numbers in messages stay right.
    out.append(xml.substr(i, c - i));
    if (c == xml.size()) break;
    size_t e = xml.find("-->", c);
    if (e == std::string_view::npos) e = xml.size();
    for (size_t k = c; k < e; ++k) {
      if (xml[k] == '\n') out += '\n';
    }
    i = e == xml.size() ? e : e + 3;
  }
  return out;
}

void ReadPetrarchSentence(std::string_view xml, size_t at, size_t end, ValidationRecord* r) {
  std::string_view tag = StartTag(xml, at);
  r->id = Attribute(tag, "id");
  r->category = Attribute(tag, "category");
  r->date = IsoFromPeerDate(Attribute(tag, "date"));
  std::string_view body = xml.substr(at, end - at);
  size_t ec = 0;
  while ((ec = body.find("<EventCoding", ec)) != std::string_view::npos) {
    std::string_view t = StartTag(body, ec);
    if (t.find("noevents") != std::string_view::npos) {
      r->no_events = true;
    } else if (t.find("error") != std::string_view::npos) {
      r->error = true;
    } else {
      r->expected.push_back(
          {Attribute(t, "sourcecode"), Attribute(t, "targetcode"), Attribute(t, "eventcode"), ""});
    }
    ec += 12;
  }
  r->text = CollapseSpaces(DecodeEntities(ElementText(body, "Text")));
  // The Treebank parse is input too: PETRARCH rejects a record whose
  // brackets do not balance, and so does dyad.
  std::string parse = ElementText(body, "Parse");
  int depth = 0;
  for (char c : parse) {
    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    if (depth < 0) break;
  }
  r->bad_parse = depth != 0;
}

ValidationSuite ReadPetrarch(const std::string& path, std::string_view raw) {
  ValidationSuite suite;
  suite.format = "petrarch";
  std::string xml = StripComments(raw);
  fs::path parent = fs::path(path).parent_path();
  std::string dir = parent.empty() ? std::string(".") : parent.string();
  static const std::pair<const char*, const char*> kFiles[] = {{"Verbfile", "petrarch-verbs"},
                                                               {"Actorfile", "petrarch-actors"},
                                                               {"Agentfile", "petrarch-agents"},
                                                               {"Discardfile", "discards"}};
  for (const auto& [element, kind] : kFiles) {
    std::string name = ElementText(xml, element);
    if (!name.empty()) suite.dictionaries.push_back(std::string(kind) + ":" + dir + "/" + name);
  }
  std::string shown = ShownName(path);
  std::vector<std::string> pending_options;
  size_t pos = xml.find("<Sentences>");
  while (pos != std::string::npos) {
    size_t s = xml.find("<Sentence ", pos), c = xml.find("<Config", pos);
    if (c < s) {
      std::string_view tag = StartTag(xml, c);
      pending_options.push_back(Attribute(tag, "option") + " = " + Attribute(tag, "value"));
      pos = c + 7;
      continue;
    }
    if (s == std::string::npos) break;
    size_t e = xml.find("</Sentence>", s);
    if (e == std::string::npos) e = xml.size();
    ValidationRecord r;
    r.origin = shown + ":" + std::to_string(1 + std::count(xml.begin(), xml.begin() + s, '\n'));
    ReadPetrarchSentence(xml, s, e, &r);
    r.options = std::move(pending_options);
    pending_options.clear();
    suite.records.push_back(std::move(r));
    pos = e;
  }
  return suite;
}

}  // namespace

ValidationSuite ParseValidationSuite(std::string_view text, const std::string& path,
                                     std::vector<std::string>* warnings) {
  return text.find("<Sentences>") != std::string_view::npos ? ReadPetrarch(path, text)
                                                            : ReadTabari(path, text, warnings);
}

Result<ValidationSuite> ReadValidationSuite(const std::string& path,
                                            std::vector<std::string>* warnings) {
  Result<std::string> text = ReadFileToString(path);
  if (!text.ok()) return text.status();
  ValidationSuite suite = ParseValidationSuite(*text, path, warnings);
  if (suite.records.empty()) return ParseError(path + ": no validation records found");
  if (suite.format == "tabari") FindTabariProject(path, &suite);
  return suite;
}

}  // namespace dyad
