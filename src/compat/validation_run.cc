// Runs a validation suite through the pipeline and compares codings.
#include <set>
#include <sstream>
#include <tuple>

#include "compat/validation_suite.h"

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

}  // namespace

ValidationReport RunValidation(const ValidationSuite& suite, const Pipeline& pipeline) {
  ValidationReport report;
  for (const ValidationRecord& r : suite.records) {
    if (!r.options.empty()) ++report.option_records;
    bool nothing = r.no_events || r.discard || r.error;
    if (r.expected.empty() && r.forbidden.empty() && !nothing) continue;
    Article a;
    a.id = r.id;
    a.text = r.text;
    a.published = r.date;
    a.origin = r.origin;
    std::set<Coding> coded;
    std::set<std::pair<Coding, std::string>> dated;
    if (pipeline.Code(a).ok()) {
      for (const Event& e : a.events) {
        coded.insert({e.source.code, e.target.code, e.code});
        dated.insert({{e.source.code, e.target.code, e.code}, e.date});
      }
    }
    // A date other than the record's tests TABARI's time shifts ("tomorrow"
    // moves the event): the event must carry it. The record's own date is
    // not compared: dyad dates events by the text ("on Saturday"), TABARI
    // by the record.
    auto found = [&](const ExpectedCoding& x) {
      Coding c{x.source, x.target, x.code};
      bool shifted = !x.date.empty() && x.date != r.date;
      return shifted ? dated.count({c, x.date}) > 0 : coded.count(c) > 0;
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
