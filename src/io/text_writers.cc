#include <cstdio>
#include <string>

#include "io/writers.h"

namespace dyad {
namespace {

std::string Fixed(double v, int digits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

std::string Clean(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

}  // namespace

std::string ArticleToTable(const Article& a, bool explain) {
  std::string out = "== " + a.id + (a.published.empty() ? "" : " (" + a.published + ")") + "\n";
  for (const Diagnostic& d : a.diagnostics) out += "  ! " + d.message + "\n";
  for (const Event& e : a.events) {
    out += "  " + e.date + "  " + e.source.code + " -> " + e.target.code + "  " + e.code + " (" +
           Fixed(e.goldstein, 1) + ")  \"" + std::string(a.Span(e.trigger_begin, e.trigger_end)) +
           "\"";
    if (!e.place.empty()) out += "  @ " + e.place;
    if (e.negated) out += "  [negated]";
    out += "\n";
    if (explain) {
      out += "      source: " + e.source.text + " = " + e.source.name + "\n";
      out += "      target: " + e.target.text + " = " + e.target.name + "\n";
      out += "      pattern: " + e.pattern + "  (" + e.pattern_source + ")\n";
      out += "      roles: " + e.explanation + "\n";
    }
  }
  for (const Quote& q : a.quotes) {
    std::string text(a.Span(q.begin, q.end));
    if (text.size() > 70) text = text.substr(0, 67) + "...";
    out += "  " + std::string(q.kind == QuoteKind::kDirect ? "quote " : "said  ") +
           (q.speaker_name.empty() ? "?" : q.speaker_name) + ": " + Clean(text) + "\n";
  }
  return out;
}

std::string TsvHeader() {
  return "GLOBALEVENTID\tSQLDATE\tActor1Code\tActor1Name\tActor1CountryCode\t"
         "Actor2Code\tActor2Name\tActor2CountryCode\tIsRootEvent\tEventCode\t"
         "EventBaseCode\tEventRootCode\tQuadClass\tGoldsteinScale\t"
         "ActionGeo_FullName\tActionGeo_CountryCode\tSOURCEURL";
}

std::string ArticleToTsv(const Article& a) {
  std::string out;
  int n = 0;
  for (const Event& e : a.events) {
    std::string date = e.date.substr(0, 10);
    std::string sqldate;
    for (char c : date) {
      if (c != '-') sqldate += c;
    }
    out += a.id + "-" + std::to_string(n++) + "\t" + sqldate + "\t" + e.source.code + "\t" +
           Clean(e.source.name) + "\t" + e.source.code.substr(0, 3) + "\t" + e.target.code + "\t" +
           Clean(e.target.name) + "\t" + e.target.code.substr(0, 3) + "\t" +
           (e.sentence == 0 ? "1" : "0") + "\t" + e.code + "\t" + e.code.substr(0, 3) + "\t" +
           e.code.substr(0, 2) + "\t" + std::to_string(e.quad_class) + "\t" +
           Fixed(e.goldstein, 1) + "\t" + Clean(e.place) + "\t" + e.place_country + "\t" +
           Clean(a.url) + "\n";
  }
  return out;
}

}  // namespace dyad
