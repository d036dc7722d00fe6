// Reported words that accuse or criticise.
//
// Design: a speaker's quoted or reported words that name another actor
// together with a word of wrongdoing ("said Pakistan had violated the
// ceasefire", "the polls had been rigged by the ruling party") accuse that
// actor (CAMEO 112); with a word of disapproval ("its unfriendly actions
// towards Russia are counterproductive") they criticise it (111). No verb
// pattern names these acts: the verdict is in the content, not in the
// speech verb. This runs after the quotes stage; it adds at most one event
// per speaker, target and sentence, and none where the sentence already
// codes an accusation or criticism by the speaker.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "events/event_coder.h"

namespace dyad {
namespace {

// Words of wrongdoing: the speaker says the actor did something wrong.
bool IsWrongdoing(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "violated",    "violating",   "violation",    "violations",  "rigged",      "rigging",
      "fraud",       "fraudulent",  "falsified",    "crimes",      "massacre",    "genocide",
      "atrocities",  "aggression",  "interference", "interfering", "provocation", "provocations",
      "lies",        "lying",       "sabotage",     "repression",  "repressing",  "persecution",
      "terrorising", "terrorizing", "smuggling",    "trafficking", "occupation"};
  return kWords.count(w) > 0;
}

// Words of disapproval: the speaker judges the actor or its acts.
bool IsDisapproval(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "unacceptable",  "unfriendly",    "counterproductive", "crazy",
      "abuse",         "regrettable",   "deplorable",        "shameful",
      "irresponsible", "reckless",      "hostile",           "unjust",
      "absurd",        "disgraceful",   "outrageous",        "illegitimate",
      "illegal",       "unlawful",      "unjustified",       "mistake",
      "provocative",   "destabilising", "destabilizing",     "hypocritical",
      "baseless"};
  return kWords.count(w) > 0;
}

std::string_view Country(std::string_view code) {
  bool body = code.starts_with("IGO") || code.starts_with("NGO") || code.starts_with("IMG");
  return code.substr(0, body ? 6 : 3);
}

bool IsState(std::string_view role) {
  return role == "GOV" || role == "MIL" || role == "COP" || role == "JUD" || role == "LEG";
}

// Whether the speaker may accuse or criticise the target: actors of two
// countries or bodies, or within one country the opposition, rebels or
// citizens and the state.
bool Opposed(std::string_view speaker, std::string_view target) {
  if (Country(speaker) != Country(target)) return true;
  if (speaker.size() < 6 || target.size() < 6) return false;
  return IsState(speaker.substr(3, 3)) != IsState(target.substr(3, 3));
}

// The verdict a quotation carries: the actor it judges (or, for fraud an
// opposition alleges with no one named, its government) and whether the
// words speak of wrongdoing (112) or disapproval (111).
struct Verdict {
  ActorRef target;
  bool wrong = false;
};

// The first word of wrongdoing or disapproval in `q` with an actor as its
// subject: named at most six words before it, not after a preposition
// ("said Pakistan had violated", not "the truce negotiated by IGAD was
// violated"), and not denied ("not interfering"). `ending` maps a token to
// the mention ending there.
Verdict JudgedActor(const Article& a, const Quote& q, const std::vector<int>& ending) {
  Verdict v;
  for (uint32_t p = 0; p < a.tokens.size(); ++p) {
    const Token& t = a.tokens[p];
    if (t.begin < q.begin || t.end > q.end) continue;
    bool wrong = IsWrongdoing(t.norm);
    if (!wrong && !IsDisapproval(t.norm)) continue;
    if (p > 0 && (a.tokens[p - 1].norm == "not" || a.tokens[p - 1].norm == "no")) continue;
    for (uint32_t k = p; k-- > 0 && k + 7 > p && a.tokens[k].begin >= q.begin;) {
      int m = ending[k];
      if (m < 0) continue;
      const ActorMention& am = a.actors[m];
      std::string_view before =
          am.first_token > 0 ? std::string_view(a.tokens[am.first_token - 1].norm) : "";
      bool governed = before == "by" || before == "of" || before == "to" || before == "with" ||
                      before == "from" || before == "against" || before == "on";
      if (governed || am.code.size() < 3 || am.code[0] == '-' || am.code.ends_with("MED") ||
          !Opposed(q.speaker_code, am.code)) {
        break;
      }
      v.target = ActorRef{am.code, am.name, std::string(a.Span(am.begin, am.end)), m};
      v.wrong = wrong;
      return v;
    }
  }
  // "the opposition said the polls had been rigged": election fraud an
  // opposition alleges with no one named is the government's.
  if (q.speaker_code.size() != 6 || !q.speaker_code.ends_with("OPP")) return v;
  for (const Token& t : a.tokens) {
    bool in = t.begin >= q.begin && t.end <= q.end;
    if (in && (t.norm == "rigged" || t.norm == "rigging" || t.norm == "fraud" ||
               t.norm == "fraudulent" || t.norm == "falsified")) {
      v.target.code = q.speaker_code.substr(0, 3) + "GOV";
      v.target.name = v.target.code;
      v.wrong = true;
      return v;
    }
  }
  return v;
}

// The event for verdict `v` of quote `q`.
Event VerdictEvent(const Article& a, const Quote& q, Verdict v, const CameoCodes& codes) {
  Event e;
  e.sentence = q.sentence;
  e.source =
      ActorRef{q.speaker_code, q.speaker_canonical.empty() ? q.speaker_name : q.speaker_canonical,
               q.speaker_name, q.speaker_mention};
  e.target = std::move(v.target);
  // A state named bare ("said Pakistan had violated") is its government.
  if (e.target.code.size() == 3) e.target.code += "GOV";
  e.code = v.wrong ? "112" : "111";
  if (const CameoCode* c = codes.Find(e.code)) {
    e.goldstein = c->goldstein;
    e.quad_class = c->quad_class;
    e.plover_type = c->plover_type;
    e.plover_mode = c->plover_mode;
  }
  e.date = a.published;
  for (const DateMention& d : a.dates) {
    if (d.sentence == q.sentence) {
      e.date = d.value;
      break;
    }
  }
  e.trigger_begin = q.begin;
  e.trigger_end = q.end;
  e.pattern = v.wrong ? "(reported words of wrongdoing)" : "(reported words of disapproval)";
  e.explanation = "source: the speaker; target: the actor the words are about";
  return e;
}

}  // namespace

void AddReportedVerdicts(Article& article, const CameoCodes& codes) {
  std::vector<int> ending(article.tokens.size(), -1);
  for (size_t k = 0; k < article.actors.size(); ++k) {
    ending[article.actors[k].end_token - 1] = static_cast<int>(k);
  }
  std::vector<Event> added;
  for (const Quote& q : article.quotes) {
    if (q.speaker_code.size() < 3 || q.speaker_code[0] == '-') continue;
    Verdict v = JudgedActor(article, q, ending);
    if (v.target.code.empty()) continue;
    bool told = std::any_of(article.events.begin(), article.events.end(), [&](const Event& e) {
      return e.sentence == q.sentence && Country(e.source.code) == Country(q.speaker_code) &&
             e.code.starts_with("11");
    });
    if (!told) added.push_back(VerdictEvent(article, q, std::move(v), codes));
  }
  for (Event& e : added) article.events.push_back(std::move(e));
  std::stable_sort(article.events.begin(), article.events.end(),
                   [](const Event& x, const Event& y) { return x.sentence < y.sentence; });
}

}  // namespace dyad
