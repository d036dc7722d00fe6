// Runs a validation suite through the pipeline and compares codings.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>
#include <sstream>
#include <tuple>

#include "compat/peer_text.h"
#include "compat/validation_suite.h"
#include "lexicon/dict_reader.h"

namespace dyad {
namespace {

using Coding = std::tuple<std::string, std::string, std::string>;

std::string Show(const Coding& c) {
  return std::get<0>(c) + "/" + std::get<1>(c) + "/" + std::get<2>(c);
}

std::string ShowAll(const std::set<Coding>& coded) {
  if (coded.empty()) return "nothing";
  std::string out;
  for (const Coding& c : coded) out += (out.empty() ? "" : ", ") + Show(c);
  return out;
}

// Tallies one expectation of record `r`.
void Count(ValidationReport& report, const ValidationRecord& r, bool ok, const std::string& what,
           const std::set<Coding>& coded) {
  CategoryCount& cat = report.categories[r.category];
  if (ok) {
    ++report.passed;
    ++cat.passed;
    return;
  }
  ++report.failed;
  ++cat.failed;
  report.failures.push_back(r.id + " (" + r.origin + "): expected " + what + "; dyad coded " +
                            ShowAll(coded) + "\n    " + r.text);
}

// The option state a TABARI suite carries from record to record.
struct SuiteState {
  PeerSwitches switches;
  // SET: MINIMUM WORDS: records with fewer words are not coded. The suite's
  // options file suggests 5 (a commented "SET: MINIMUM WORDS = 5").
  int minimum_words = 5;
  // COMMA: comma-delimited clauses TABARI drops before coding, by length in
  // words: internal ones of [min, max], the terminal one of [emin, emax],
  // the initial one of [bmin, bmax]. TABARI's defaults; "COMMA: OFF" ends it.
  struct CommaRule {
    bool on = true;
    int min = 2, max = 10, emin = 2, emax = 10, bmin = 255, bmax = 0;
  } comma;
  bool tabari = false;   // The COMMA rule applies to TABARI's suite only.
  bool forward = false;  // FORWARD: records of one story share context.
  std::string story;     // The story of the last record coded with FORWARD.
  std::string story_text;
};

// "[DEFSRC]" after `key` in a DEFAULT option; "" if absent.
std::string Bracketed(std::string_view option, std::string_view key) {
  size_t at = option.find(key);
  if (at == std::string_view::npos) return "";
  size_t open = option.find('[', at), close = option.find(']', at);
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) return "";
  return std::string(Trim(option.substr(open + 1, close - open - 1)));
}

// Applies one "OPTION:" line; false when dyad has no such option.
bool ApplyOption(std::string_view option, SuiteState& st) {
  std::string o(option);
  for (char& c : o) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auto value = [&](std::string_view key) -> std::string_view {
    size_t eq = o.find('=', o.find(key));
    return eq == std::string::npos ? "" : Trim(std::string_view(o).substr(eq + 1));
  };
  if (o.starts_with("DEFAULT:")) {
    bool off = o.find("OFF") != std::string::npos;
    // A source default applies with PRIOR (no actor before the verb);
    // without it TABARI reads the source after the verb.
    bool prior = o.find("PRIOR") != std::string::npos;
    st.switches.default_source = off || !prior ? "" : Bracketed(o, "SOURCE");
    st.switches.source_after_verb = !off && !prior && !Bracketed(o, "SOURCE").empty();
    st.switches.default_target = off ? "" : Bracketed(o, "TARGET");
    st.switches.default_target_first =
        !st.switches.default_target.empty() && o.find("AFTER") != std::string::npos;
    return true;
  }
  if (o.find("CONVERT AGENT") != std::string::npos) {
    st.switches.unowned_agent_prefix = value("CONVERT AGENT").starts_with("TRUE") ? "~" : "";
    return true;
  }
  if (o.starts_with("REQUIRE_DYAD")) {
    // PETRARCH without a dyad required codes a missing side as "---".
    bool required = !value("REQUIRE_DYAD").starts_with("FALSE");
    st.switches.default_source = st.switches.default_target = required ? "" : "---";
    return true;
  }
  if (o.starts_with("COMMA:")) {
    SuiteState::CommaRule& c = st.comma;
    c.on = o.find("OFF") == std::string::npos;
    auto number = [&](std::string_view key, int& out) {
      // " MIN = 4": the key as a word of its own.
      for (size_t at = o.find(key); at != std::string::npos; at = o.find(key, at + 1)) {
        if (at > 0 && std::isalpha(static_cast<unsigned char>(o[at - 1]))) continue;
        size_t eq = o.find('=', at);
        if (eq != std::string::npos) out = std::atoi(o.c_str() + eq + 1);
        return;
      }
    };
    number("MIN", c.min);
    number("MAX", c.max);
    number("EMIN", c.emin);
    number("EMAX", c.emax);
    number("BMIN", c.bmin);
    number("BMAX", c.bmax);
    return true;
  }
  if (o.starts_with("NEW_ACTOR_LENGTH")) {
    st.switches.new_actor_length = std::atoi(std::string(value("NEW_ACTOR_LENGTH")).c_str());
    return true;
  }
  if (o.find("MINIMUM WORDS") != std::string::npos) {
    st.minimum_words = std::atoi(std::string(value("MINIMUM WORDS")).c_str());
    return true;
  }
  if (o.starts_with("FORWARD:")) {
    st.forward = o.find("OFF") == std::string::npos;
    st.story.clear();
    return true;
  }
  return o.find("YYYY") != std::string::npos;  // Read from the record's date.
}

int WordCount(std::string_view text) {
  int n = 0;
  bool in_word = false;
  for (char c : text) {
    bool w = std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || c == '-' || c < 0;
    n += w && !in_word;
    in_word = w;
  }
  return n;
}

// TABARI's COMMA option: a sentence without the comma-delimited clauses
// whose length in words falls in the rule's ranges ("Arnor is about, to
// restore ties with, Gondor ..., a senior official said." is "Arnor is
// about.").
std::string DropCommaClauses(std::string_view sentence, const SuiteState::CommaRule& c) {
  std::string_view body = sentence;
  std::string_view end;
  while (!body.empty() && (body.back() == '.' || body.back() == ' ' || body.back() == '\n')) {
    end = sentence.substr(body.size() - 1);
    body.remove_suffix(1);
  }
  std::vector<std::string_view> parts = SplitOn(body, ',');
  if (!c.on || parts.size() < 2) return std::string(sentence);
  std::string out;
  bool joined = true;       // The piece before was kept: its comma stays.
  bool after_item = false;  // The piece before was an item of a list.
  for (size_t i = 0; i < parts.size(); ++i) {
    int words = WordCount(parts[i]);
    bool first = i == 0, last = i + 1 == parts.size();
    // An internal piece ending in a name is an item of a list ("Mordor,
    // the Shire, Fornost and Bree"), which TABARI reads as a compound.
    std::string_view item = Trim(parts[i]);
    size_t space = item.rfind(' ');
    std::string_view tail = space == std::string_view::npos ? item : item.substr(space + 1);
    bool list_item = !tail.empty() && std::isupper(static_cast<unsigned char>(tail[0]));
    // The piece after an item continues the list's clause ("Kaldoria, the
    // Marchlands and Vellmar will renew ties").
    bool drop = !after_item && (first  ? words >= c.bmin && words <= c.bmax
                                : last ? words >= c.emin && words <= c.emax
                                       : words >= c.min && words <= c.max && !list_item);
    after_item = list_item && words <= 3;
    if (drop) {
      joined = false;
      continue;
    }
    if (!out.empty()) out += joined ? "," : "";
    out += parts[i];
    joined = true;
  }
  return out + std::string(end.empty() ? "" : ".");
}

// TABARI looks for discard phrases before it drops comma clauses: a record
// whose full text has one is not coded ("..., kan wa ma kan, ...").
bool Discarded(const ValidationRecord& r, const Pipeline& pipeline, const SuiteState& st) {
  Article a;
  a.id = r.id;
  a.published = r.date;
  a.text = r.text;
  std::replace(a.text.begin(), a.text.end(), '_', ' ');
  if (!pipeline.Code(a, st.switches).ok()) return false;
  return std::any_of(a.diagnostics.begin(), a.diagnostics.end(),
                     [](const Diagnostic& d) { return d.message.starts_with("discarded by"); });
}

// "FRWD-001-002" is sentence 002 of story "FRWD-001".
std::string StoryOf(const std::string& id) { return id.substr(0, id.rfind('-')); }

// Codes record `r` under the suite's state: with FORWARD, after the earlier
// records of its story, keeping only the events of its own text; a pronoun
// forwarded that way takes only its antecedent's actor code, as TABARI's does.
std::vector<Event> CodeRecord(const ValidationRecord& r, const Pipeline& pipeline, SuiteState& st) {
  if (WordCount(r.text) < st.minimum_words || r.bad_parse) return {};  // Rejected input.
  Article a;
  a.id = r.id;
  a.published = r.date;
  a.origin = r.origin;
  bool continues = st.forward && !st.story.empty() && StoryOf(r.id) == st.story;
  size_t own = continues ? st.story_text.size() + 1 : 0;
  std::string text = r.text;
  if (st.tabari) {  // Sentence by sentence.
    text.clear();
    std::string_view rest = r.text;
    while (!rest.empty()) {
      size_t stop = rest.find(". ");
      size_t n = stop == std::string_view::npos ? rest.size() : stop + 1;
      text += (text.empty() ? "" : " ") + DropCommaClauses(rest.substr(0, n), st.comma);
      rest.remove_prefix(std::min(rest.size(), n + 1));
    }
  }
  if (text != r.text && Discarded(r, pipeline, st)) return {};
  a.text = continues ? st.story_text + " " + text : text;
  // The suites join the words of a name with '_' ("Dol_Amroth"), as their
  // dictionaries do; in both dyad reads words in sequence.
  std::replace(a.text.begin(), a.text.end(), '_', ' ');
  st.story = st.forward ? StoryOf(r.id) : "";
  st.story_text = a.text;
  if (!pipeline.Code(a, st.switches).ok()) return {};
  std::vector<Event> events;
  for (Event& e : a.events) {
    if (e.trigger_begin < own) continue;
    for (ActorRef* side : {&e.source, &e.target}) {
      if (st.forward && side->mention >= 0 && a.actors[side->mention].kind == ActorKind::kPronoun &&
          side->code.size() > 3) {
        side->code.resize(3);
      }
    }
    events.push_back(std::move(e));
  }
  return events;
}

}  // namespace

ValidationReport RunValidation(const ValidationSuite& suite, const Pipeline& pipeline) {
  ValidationReport report;
  SuiteState st;
  st.switches.roles_over_lists = suite.format != "tabari";
  st.switches.any_case = true;
  st.switches.role_adjectives = true;
  st.switches.appealed_acts = suite.format == "tabari";
  st.switches.positional_roles = suite.format == "tabari";
  st.tabari = suite.format == "tabari";
  st.switches.roles_name_listed_people = suite.format != "tabari";
  if (suite.format == "petrarch") {
    st.minimum_words = 0;
    st.switches.unowned_agent_prefix = "---";  // PETRARCH's anonymous agent.
    st.switches.agent_in_country = true;
    st.switches.role_object_is_target = true;
  }
  for (const ValidationRecord& r : suite.records) {
    bool unknown = false;
    for (const std::string& o : r.options) unknown |= !ApplyOption(o, st);
    report.option_records += unknown;
    bool nothing = r.no_events || r.discard || r.error;
    if (r.expected.empty() && r.forbidden.empty() && !nothing) continue;
    std::set<Coding> coded;
    std::set<std::pair<Coding, std::string>> dated;
    for (const Event& e : CodeRecord(r, pipeline, st)) {
      coded.insert({e.source.code, e.target.code, e.code});
      dated.insert({{e.source.code, e.target.code, e.code}, e.date});
    }
    // A date other than the record's tests TABARI's time shifts ("tomorrow"
    // moves the event): the event must carry it, at its own precision
    // ("next month" is 1995-02 to dyad, 1995-02-06 to TABARI). The record's
    // own date is not compared: dyad dates events by the text ("on
    // Saturday"), TABARI by the record.
    auto found = [&](const ExpectedCoding& x) {
      Coding c{x.source, x.target, x.code};
      bool shifted = !x.date.empty() && x.date != r.date;
      if (!shifted) return coded.count(c) > 0;
      for (auto it = dated.lower_bound({c, ""}); it != dated.end() && it->first == c; ++it) {
        const std::string& d = it->second;
        if (d.size() >= 7 && x.date.starts_with(d)) return true;
      }
      return false;
    };
    auto shown = [](const ExpectedCoding& x) {
      return Show({x.source, x.target, x.code}) + (x.date.empty() ? "" : " on " + x.date);
    };
    for (const ExpectedCoding& x : r.expected) Count(report, r, found(x), shown(x), coded);
    if (nothing && r.expected.empty()) {
      Count(report, r, coded.empty(), r.discard ? "a discard (no event)" : "no event", coded);
    }
    for (const ExpectedCoding& x : r.forbidden) {
      bool violated = found(x);
      report.forbidden_violations += violated;
      Count(report, r, !violated, "not " + shown(x), coded);
    }
  }
  return report;
}

std::string FormatValidationReport(const ValidationReport& report, bool list_failures) {
  std::ostringstream out;
  if (list_failures) {
    for (const std::string& f : report.failures) out << "FAIL " << f << "\n";
    if (!report.failures.empty()) out << "\n";
  }
  out << "category        passed  failed\n";
  for (const auto& [name, c] : report.categories) {
    char line[96];
    std::snprintf(line, sizeof line, "%-14s %7d %7d\n", name.c_str(), c.passed, c.failed);
    out << line;
  }
  out << "must-not-code violations: " << report.forbidden_violations << "\n";
  if (report.option_records > 0) {
    out << "records changing options dyad does not have (coded with its defaults): "
        << report.option_records << "\n";
  }
  out << report.passed << " passed, " << report.failed << " failed\n";
  return out.str();
}

}  // namespace dyad
