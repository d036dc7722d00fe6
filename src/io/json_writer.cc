#include <cstdio>

#include "io/writers.h"

namespace dyad {

void AppendJsonString(std::string_view s, std::string& out) {
  out.push_back('"');
  // Runs of characters that need no escape are copied whole: most text is.
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out += buf;
      }
    }
  }
  out.append(s.data() + run, s.size() - run);
  out.push_back('"');
}

namespace {

class JsonOut {
 public:
  explicit JsonOut(std::string& out) : out_(out) {}
  JsonOut& Key(std::string_view k) {
    Comma();
    AppendJsonString(k, out_);
    out_ += ':';
    fresh_ = true;
    return *this;
  }
  JsonOut& Str(std::string_view v) {
    Comma();
    AppendJsonString(v, out_);
    return *this;
  }
  JsonOut& StrOrNull(std::string_view v) {
    if (v.empty()) return Raw("null");
    return Str(v);
  }
  JsonOut& Num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return Raw(buf);
  }
  JsonOut& Int(long long v) { return Raw(std::to_string(v)); }
  JsonOut& Bool(bool v) { return Raw(v ? "true" : "false"); }
  JsonOut& Raw(std::string_view v) {
    Comma();
    out_ += v;
    return *this;
  }
  JsonOut& Open(char c) {
    Comma();
    out_ += c;
    fresh_ = true;
    return *this;
  }
  JsonOut& Close(char c) {
    out_ += c;
    fresh_ = false;
    return *this;
  }

 private:
  void Comma() {
    if (!fresh_) out_ += ',';
    fresh_ = false;
  }
  std::string& out_;
  bool fresh_ = true;
};

void WriteActorRef(JsonOut& j, const ActorRef& r) {
  j.Open('{');
  j.Key("code").StrOrNull(r.code);
  j.Key("name").StrOrNull(r.name);
  j.Key("text").StrOrNull(r.text);
  j.Close('}');
}

void WriteEvents(JsonOut& j, const Article& a) {
  j.Key("events").Open('[');
  for (const Event& e : a.events) {
    j.Open('{');
    j.Key("sentence").Int(e.sentence);
    j.Key("source");
    WriteActorRef(j, e.source);
    j.Key("target");
    WriteActorRef(j, e.target);
    j.Key("code").Str(e.code);
    j.Key("root").Str(e.code.substr(0, 2));
    j.Key("goldstein").Num(e.goldstein);
    j.Key("quad_class").Int(e.quad_class);
    j.Key("plover").Open('{');
    j.Key("type").StrOrNull(e.plover_type);
    j.Key("mode").StrOrNull(e.plover_mode);
    j.Close('}');
    j.Key("date").StrOrNull(e.date);
    j.Key("place").StrOrNull(e.place);
    j.Key("place_country").StrOrNull(e.place_country);
    j.Key("negated").Bool(e.negated);
    j.Key("trigger").Str(a.Span(e.trigger_begin, e.trigger_end));
    j.Key("trigger_begin").Int(e.trigger_begin);
    j.Key("trigger_end").Int(e.trigger_end);
    j.Key("pattern").Str(e.pattern);
    j.Key("pattern_source").Str(e.pattern_source);
    j.Close('}');
  }
  j.Close(']');
}

void WriteQuotes(JsonOut& j, const Article& a) {
  j.Key("quotes").Open('[');
  for (const Quote& q : a.quotes) {
    j.Open('{');
    j.Key("text").Str(a.Span(q.begin, q.end));
    j.Key("kind").Str(q.kind == QuoteKind::kDirect ? "direct" : "indirect");
    j.Key("speaker").Open('{');
    j.Key("name").StrOrNull(q.speaker_name);
    j.Key("code").StrOrNull(q.speaker_code);
    j.Key("canonical").StrOrNull(q.speaker_canonical);
    j.Close('}');
    j.Key("sentence").Int(q.sentence);
    j.Key("begin").Int(q.begin);
    j.Key("end").Int(q.end);
    j.Close('}');
  }
  j.Close(']');
}

void WritePlacesAndDates(JsonOut& j, const Article& a) {
  j.Key("places").Open('[');
  for (const PlaceMention& p : a.places) {
    j.Open('{');
    j.Key("text").Str(a.Span(p.begin, p.end));
    j.Key("name").Str(p.name);
    j.Key("country").StrOrNull(p.country);
    j.Key("kind").Str(p.kind);
    if (p.has_coordinates) {
      j.Key("lat").Num(p.lat);
      j.Key("lon").Num(p.lon);
    }
    j.Key("sentence").Int(p.sentence);
    j.Key("begin").Int(p.begin);
    j.Key("end").Int(p.end);
    j.Close('}');
  }
  j.Close(']');
  j.Key("dates").Open('[');
  for (const DateMention& d : a.dates) {
    j.Open('{');
    j.Key("text").Str(a.Span(d.begin, d.end));
    j.Key("value").Str(d.value);
    j.Key("sentence").Int(d.sentence);
    j.Key("begin").Int(d.begin);
    j.Key("end").Int(d.end);
    j.Close('}');
  }
  j.Close(']');
}

void WriteActors(JsonOut& j, const Article& a) {
  j.Key("actors").Open('[');
  for (const ActorMention& m : a.actors) {
    if (m.code.empty()) continue;
    j.Open('{');
    j.Key("text").Str(a.Span(m.begin, m.end));
    j.Key("code").Str(m.code);
    j.Key("name").StrOrNull(m.name);
    j.Key("kind").Str(ActorKindName(m.kind));
    j.Key("sentence").Int(m.sentence);
    j.Key("begin").Int(m.begin);
    j.Key("end").Int(m.end);
    j.Close('}');
  }
  j.Close(']');
}

}  // namespace

const char* ActorKindName(ActorKind k) {
  switch (k) {
    case ActorKind::kCountry:
      return "country";
    case ActorKind::kPerson:
      return "person";
    case ActorKind::kOrganization:
      return "organization";
    case ActorKind::kAgent:
      return "agent";
    case ActorKind::kPronoun:
      return "pronoun";
    case ActorKind::kDescription:
      return "description";
  }
  return "unknown";
}

std::string ArticleToJson(const Article& a) {
  std::string out;
  out.reserve(1024 + a.events.size() * 400);
  JsonOut j(out);
  j.Open('{');
  j.Key("id").Str(a.id);
  j.Key("published").StrOrNull(a.published);
  if (!a.title.empty()) j.Key("title").Str(a.title);
  WriteEvents(j, a);
  WriteQuotes(j, a);
  WritePlacesAndDates(j, a);
  WriteActors(j, a);
  j.Key("diagnostics").Open('[');
  for (const Diagnostic& d : a.diagnostics) j.Str(d.message);
  j.Close(']');
  j.Close('}');
  return out;
}

}  // namespace dyad
