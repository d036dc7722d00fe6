// Reported force as an accusation.
//
// Design: when a speaker reports force used against its own side ("the
// army said guards died in a raid by gunmen tied to
// Ethiopia") or an international body or rights group reports force ("the
// UN said M23 fighters were pillaging"), the report is itself an act: the
// speaker accuses the attacker (CAMEO 112), as hand coders code it. The
// force stays coded as told. This runs after the quotes stage, whose
// speakers say who reported what; it adds one accusation per speaker,
// attacker and sentence.
#include <algorithm>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "events/event_coder.h"

namespace dyad {
namespace {

bool IsForce(std::string_view code) {
  return code.starts_with("17") || code.starts_with("18") || code.starts_with("19") ||
         code.starts_with("20");
}

// The key an actor code is compared by: the country, or the whole
// organisation code (IGOUNO, NGOHRI).
std::string_view Side(std::string_view code) {
  bool body = code.starts_with("IGO") || code.starts_with("NGO") || code.starts_with("IMG");
  return code.substr(0, body ? 6 : 3);
}

bool IsInternationalBody(std::string_view code) {
  return code.starts_with("IGO") || code.starts_with("NGO");
}

// The quotation (direct or reported) holding the event's trigger, or
// nullptr.
const Quote* QuoteHolding(const Article& a, const Event& e) {
  for (const Quote& q : a.quotes) {
    if (q.sentence == e.sentence && q.begin <= e.trigger_begin && e.trigger_end <= q.end) return &q;
  }
  return nullptr;
}

}  // namespace

void AddReportedAccusations(Article& article, const CameoCodes& codes) {
  std::vector<Event> added;
  std::vector<std::tuple<uint32_t, std::string, std::string>> seen;
  for (const Event& e : article.events) {
    if (e.negated || !IsForce(e.code) || e.source.code.size() < 3 || e.target.code.size() < 3) {
      continue;
    }
    const Quote* q = QuoteHolding(article, e);
    if (q == nullptr || q->speaker_code.size() < 3 || q->speaker_code[0] == '-') continue;
    std::string_view speaker = Side(q->speaker_code), attacker = Side(e.source.code);
    if (speaker == attacker) continue;  // A claim, or a report of one's own side's acts.
    bool victim = speaker == Side(e.target.code);
    if (!victim && !IsInternationalBody(q->speaker_code)) continue;
    auto key = std::make_tuple(e.sentence, q->speaker_code, e.source.code);
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(key);
    Event acc = e;
    acc.source = ActorRef{q->speaker_code,
                          q->speaker_canonical.empty() ? q->speaker_name : q->speaker_canonical,
                          q->speaker_name, q->speaker_mention};
    acc.target = e.source;
    acc.code = "112";
    if (const CameoCode* c = codes.Find(acc.code)) {
      acc.goldstein = c->goldstein;
      acc.quad_class = c->quad_class;
      acc.plover_type = c->plover_type;
      acc.plover_mode = c->plover_mode;
    }
    acc.pattern = "(force reported by " + std::string(victim ? "its target" : "a world body") + ")";
    acc.pattern_source.clear();
    acc.explanation = "source: the speaker reporting the act; target: who used force";
    added.push_back(std::move(acc));
  }
  for (Event& acc : added) {
    // Told already ("accused Ethiopia of the raid"): no second accusation.
    bool told = std::any_of(article.events.begin(), article.events.end(), [&](const Event& x) {
      return x.sentence == acc.sentence && x.code.starts_with("11") &&
             Side(x.source.code) == Side(acc.source.code) &&
             Side(x.target.code) == Side(acc.target.code);
    });
    if (!told) article.events.push_back(std::move(acc));
  }
  std::stable_sort(article.events.begin(), article.events.end(),
                   [](const Event& x, const Event& y) { return x.sentence < y.sentence; });
}

}  // namespace dyad
