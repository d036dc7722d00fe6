// The peers' validation suites: TABARI's Validate.text and PETRARCH's
// PETR.UnitTest.records.xml, read into one record model, and a runner that
// codes each record with dyad and compares the codings with the suite's
// expectations (format notes: docs/peer_dictionaries.md).
#ifndef DYAD_COMPAT_VALIDATION_SUITE_H_
#define DYAD_COMPAT_VALIDATION_SUITE_H_

#include <map>
#include <string>
#include <vector>

#include "dyad/pipeline.h"
#include "dyad/status.h"

namespace dyad {

struct ExpectedCoding {
  std::string source;
  std::string target;
  std::string code;
  std::string date;  // YYYY-MM-DD when the suite dates the event; else "".
};

struct ValidationRecord {
  std::string id;
  std::string category;  // PETRARCH's category; TABARI's id before the '-'.
  std::string date;      // YYYY-MM-DD.
  std::string text;
  std::vector<ExpectedCoding> expected;   // Must be coded.
  std::vector<ExpectedCoding> forbidden;  // TABARI "-{...}": must not be coded.
  bool no_events = false;                 // TABARI {---}, PETRARCH noevents: nothing coded.
  bool discard = false;                   // TABARI {###}: a discard phrase voids it.
  bool error = false;                     // PETRARCH error="...": the coder should reject it.
  bool bad_parse = false;                 // PETRARCH: the <Parse>'s brackets do not balance.
  std::vector<std::string> options;       // Option changes before this record.
  std::string origin;                     // file:line
};

struct ValidationSuite {
  std::string format;  // "tabari" or "petrarch"
  // The dictionaries the suite names, as --dictionaries specs.
  std::vector<std::string> dictionaries;
  std::vector<ValidationRecord> records;
};

// Reads a suite; the format is recognised from the content. Records after
// TABARI's FINAL record (kept for debugging other options) are not read.
// Fails only when the file cannot be read or holds no records.
Result<ValidationSuite> ReadValidationSuite(const std::string& path,
                                            std::vector<std::string>* warnings);

// The same on text in memory, without looking for the suite's project file.
// Any bytes are accepted (for the fuzz targets).
ValidationSuite ParseValidationSuite(std::string_view text, const std::string& path,
                                     std::vector<std::string>* warnings);

struct CategoryCount {
  int passed = 0;
  int failed = 0;
};

struct ValidationReport {
  std::map<std::string, CategoryCount> categories;
  std::vector<std::string> failures;  // One line each: expected and coded.
  int passed = 0;                     // Expected codings (and "nothing" expectations) met.
  int failed = 0;
  int forbidden_violations = 0;  // Must-not-code codings that were coded.
  int option_records = 0;        // Records changing options dyad does not have.
};

// Codes each record with `pipeline` and compares. Each expected coding, each
// "no event" or discard expectation and each must-not-code line counts once.
ValidationReport RunValidation(const ValidationSuite& suite, const Pipeline& pipeline);

// The report as printed by `dyad validate`; the last line is
// "N passed, M failed".
std::string FormatValidationReport(const ValidationReport& report, bool list_failures);

}  // namespace dyad

#endif  // DYAD_COMPAT_VALIDATION_SUITE_H_
