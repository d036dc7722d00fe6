// Acts read from reported speech, after the quotes stage, whose speakers
// say who reported what.
//
// Design: the report of an act is sometimes an act of its own, one no verb
// pattern names because it lies in the content, not in the speech verb.
// Force reported by a world body or rights group ("the UN said M23
// fighters were pillaging") is the speaker's accusation of the attacker
// (CAMEO 112); the force stays coded as told. Force reported by its
// target's side ("five were killed in Israeli strikes, according to
// Lebanon's health ministry") is not: hand coders read such reports as
// casualty news and code the force alone (in the development batches half
// of those accusations matched nothing, most others only arguable events).
// Words that make another actor the subject of wrongdoing ("said Pakistan
// had violated the ceasefire") accuse it (112); words of disapproval ("its
// unfriendly actions are counterproductive") criticise it (111); what an
// actor must do is demanded of it (100), what it should do is asked of it
// (020); words of consequences to come ("such incidents can have very bad
// consequences") threaten it (130). Each adds at most one event per
// speaker, target and sentence, and none where the sentence already codes
// the speaker's act of that root.
#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_set>
#include <utility>
#include <vector>

#include "actors/actor_finder.h"
#include "events/event_coder.h"
#include "events/syntax.h"

namespace dyad {
namespace {

// The key an actor code is compared by: the country, or the whole
// organisation code (IGOUNO, NGOHRI).
std::string_view Side(std::string_view code) {
  bool body = code.starts_with("IGO") || code.starts_with("NGO") || code.starts_with("IMG");
  return code.substr(0, body ? 6 : 3);
}

// The speaker of quote `q` as an event's actor.
ActorRef SpeakerOf(const Quote& q) {
  return ActorRef{q.speaker_code,
                  q.speaker_canonical.empty() ? q.speaker_name : q.speaker_canonical,
                  q.speaker_name, q.speaker_mention};
}

void SortBySentence(std::vector<Event>& events) {
  std::stable_sort(events.begin(), events.end(),
                   [](const Event& x, const Event& y) { return x.sentence < y.sentence; });
}

bool IsForce(std::string_view code) {
  return code.starts_with("17") || code.starts_with("18") || code.starts_with("19") ||
         code.starts_with("20");
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

// The quotation's tokens, [first, end): tokens are in text order.
std::pair<uint32_t, uint32_t> QuoteTokens(const Article& a, const Quote& q) {
  auto first = std::lower_bound(a.tokens.begin(), a.tokens.end(), q.begin,
                                [](const Token& t, uint32_t at) { return t.begin < at; });
  uint32_t from = static_cast<uint32_t>(first - a.tokens.begin());
  uint32_t to = from;
  while (to < a.tokens.size() && a.tokens[to].end <= q.end) ++to;
  return {from, to};
}

bool IsState(std::string_view role) {
  return role == "GOV" || role == "MIL" || role == "COP" || role == "JUD" || role == "LEG";
}

// Whether the speaker may accuse or criticise the target: actors of two
// countries or bodies, or within one country the opposition, rebels or
// citizens and the state.
bool Opposed(std::string_view speaker, std::string_view target) {
  if (Side(speaker) != Side(target)) return true;
  if (speaker.size() < 6 || target.size() < 6) return false;
  return IsState(speaker.substr(3, 3)) != IsState(target.substr(3, 3));
}

// The verdict a quotation carries: the actor it judges (or, for fraud an
// opposition alleges with no one named, its government) and whether the
// words speak of wrongdoing (112) or disapproval (111).
struct Verdict {
  ActorRef target;
  bool wrong = false;
  bool demand = false;  // "Poland must answer": a demand (100).
  bool appeal = false;  // "Kenya should rein in its police": an appeal (020).
  bool threat = false;  // "such acts will have consequences": a threat (130).
};

// The other party of the two the story is about, when the speaker of `q`
// is one of them and opposes it; -1 otherwise.
int OtherParty(const Article& a, const Quote& q) {
  // The mentions before the quotation's sentence ends.
  size_t before = 0;
  while (before < a.actors.size() && a.actors[before].sentence <= q.sentence) ++before;
  std::vector<int> pair = MainPair(a, before, {});
  if (pair.size() != 2) return -1;
  std::string_view speaker = Side(q.speaker_code);
  for (int i = 0; i < 2; ++i) {
    if (Side(a.actors[pair[i]].code) == speaker &&
        Opposed(q.speaker_code, a.actors[pair[1 - i]].code)) {
      return pair[1 - i];
    }
  }
  return -1;
}

// The first word of wrongdoing or disapproval in `q` with an opposed actor
// in the words before it: its subject ("said Pakistan had violated") or
// the owner of the act judged ("Budapest's attempts ... are unacceptable",
// "the intrusion of vessels belonging to China's coastguard is a breach"),
// named at most eleven words before it and not as an agent or partner ("the
// truce negotiated by IGAD was violated"); civilians are the harmed, not
// the judged. Denied words ("not interfering") judge no one. `ending` maps
// a token to the mention ending there.
Verdict JudgedActor(const Article& a, const Quote& q, const std::vector<int>& ending,
                    const std::vector<int>& starting, const WordClasses& words) {
  Verdict v;
  auto [from, to] = QuoteTokens(a, q);
  bool judged = false, judged_wrong = false;
  for (uint32_t p = from; p < to; ++p) {
    const Token& t = a.tokens[p];
    // "the army is responsible for these deaths": blame.
    bool blamed = t.norm == "responsible" && p + 1 < to && a.tokens[p + 1].norm == "for";
    bool wrong = words.Has("wrongdoing", t.norm) || blamed;
    bool motivated = t.norm == "motivated" && p > from && a.tokens[p - 1].norm == "politically";
    if (!wrong && !motivated && !words.Has("disapproval", t.norm)) continue;
    if (p > 0 && (a.tokens[p - 1].norm == "not" || a.tokens[p - 1].norm == "no")) continue;
    judged = true;
    judged_wrong |= wrong;
    // "destroyed in a hostile action by the Algerian regime": the agent
    // named right after the judged act owns it.
    for (uint32_t k = p + 1; k + 2 < to && k < p + 4; ++k) {
      if (a.tokens[k].norm != "by") continue;
      uint32_t agent = a.tokens[k + 1].norm == "the" ? k + 2 : k + 1;
      if (int m = starting[agent]; m >= 0) {
        const ActorMention& am = a.actors[m];
        if (am.code.size() >= 3 && am.code[0] != '-' && Opposed(q.speaker_code, am.code)) {
          v.target = ActorRef{am.code, am.name, std::string(a.Span(am.begin, am.end)), m};
          v.wrong = wrong;
          return v;
        }
      }
      break;
    }
    for (uint32_t k = p; k-- > 0 && k + 12 > p && a.tokens[k].begin >= q.begin;) {
      int m = ending[k];
      if (m < 0) continue;
      const ActorMention& am = a.actors[m];
      std::string_view before =
          am.first_token > 0 ? std::string_view(a.tokens[am.first_token - 1].norm) : "";
      bool governed = before == "by" || before == "with" || before == "from" ||
                      before == "against" || before == "on";
      if (governed || am.code.size() < 3 || am.code[0] == '-' || am.code.ends_with("MED") ||
          am.code.ends_with("CVL") || !Opposed(q.speaker_code, am.code)) {
        continue;
      }
      v.target = ActorRef{am.code, am.name, std::string(a.Span(am.begin, am.end)), m};
      v.wrong = wrong;
      return v;
    }
  }
  // "the opposition said the polls had been rigged", "said his arrest was
  // politically motivated": wrongdoing or disapproval an opposition states
  // with no opponent named is aimed at its government.
  if (q.speaker_code.size() != 6 || !q.speaker_code.ends_with("OPP")) return v;
  for (uint32_t p = from; p < to; ++p) {
    std::string_view w = a.tokens[p].norm;
    if (w == "rigged" || w == "rigging" || w == "fraud" || w == "fraudulent" || w == "falsified") {
      judged = true;
      judged_wrong = true;
    }
  }
  if (judged) {
    v.target.code = q.speaker_code.substr(0, 3) + "GOV";
    v.target.name = v.target.code;
    v.wrong = judged_wrong;
  }
  return v;
}

// "Poland must answer our questions": an actor the speaker opposes,
// named right before "must" (or "has to", "have to") in the quotation, is
// told what to do: a demand.
Verdict DemandedActor(const Article& a, const Quote& q, const std::vector<int>& ending) {
  Verdict v;
  for (size_t k = 0; k < a.tokens.size(); ++k) {
    const Token& t = a.tokens[k];
    if (t.begin < q.begin || k == 0) continue;
    if (t.end > q.end) break;
    bool must = t.norm == "must" || ((t.norm == "has" || t.norm == "have") &&
                                     k + 1 < a.tokens.size() && a.tokens[k + 1].norm == "to");
    // "said Kenya should rein in its police": advice to act, an appeal (not
    // "should be punished", a verdict on the actor).
    bool should = t.norm == "should" && k + 1 < a.tokens.size() && a.tokens[k + 1].norm != "be" &&
                  a.tokens[k + 1].norm != "not" && a.tokens[k + 1].norm != "have";
    if (!must && !should) continue;
    if (ending[k - 1] < 0) {
      // "The vote must be cancelled," the opposition
      // said: what must be done is asked of its government.
      bool passive = false;
      for (size_t j = k + 1; j < a.tokens.size() && j < k + 5 && a.tokens[j].end <= q.end; ++j) {
        if (a.tokens[j].norm == "be") {
          passive = j + 1 < a.tokens.size() && a.tokens[j + 1].norm.ends_with("ed");
          break;
        }
      }
      if (passive && q.speaker_code.size() == 6 && q.speaker_code.ends_with("OPP")) {
        v.target.code = q.speaker_code.substr(0, 3) + "GOV";
        v.target.name = v.target.code;
        v.demand = true;
        return v;
      }
      continue;
    }
    const ActorMention& am = a.actors[ending[k - 1]];
    // ("both countries must": a description is no one told.)
    if (am.begin < q.begin || am.code.size() < 3 || am.code[0] == '-' ||
        am.kind == ActorKind::kDescription || am.kind == ActorKind::kPronoun ||
        !Opposed(q.speaker_code, am.code)) {
      continue;
    }
    v.target = ActorRef{am.code, am.name, std::string(a.Span(am.begin, am.end)), ending[k - 1]};
    v.demand = must;
    v.appeal = !must;
    return v;
  }
  return v;
}

// Whether the quotation's token `p` threatens: consequences borne or
// faced ("acts that have consequences", "will face grave consequences"), a
// price to pay, or retaliation or punishment to come ("will not go
// unanswered", "will retaliate").
bool ThreatWord(const Article& a, uint32_t from, uint32_t p) {
  std::string_view w = a.tokens[p].norm;
  auto before = [&](std::initializer_list<std::string_view> words, uint32_t reach) {
    for (uint32_t k = p; k-- > from && k + reach >= p;) {
      for (std::string_view x : words) {
        if (a.tokens[k].norm == x) return true;
      }
    }
    return false;
  };
  if (w == "consequences" || w == "consequence" || w == "repercussions") {
    if (before({"no", "without", "not"}, 3)) return false;
    return before({"have", "has", "face", "faces", "bear", "serious", "grave", "severe", "dire",
                   "bad", "catastrophic", "unpredictable", "dangerous", "disastrous"},
                  3);
  }
  if (w == "price") return before({"pay", "pays"}, 3) && !before({"not"}, 4);
  if (w == "dearly" || w == "unanswered") return true;
  if (w == "retaliate" || w == "punish" || w == "punished" || w == "avenge") {
    return before({"will", "would", "shall", "ll"}, 3) && !before({"not"}, 2);
  }
  // "we will respond", "the right to respond" (not "will respond to the
  // letter", an answer).
  if (w == "respond") {
    bool answers = p + 1 < a.tokens.size() && a.tokens[p + 1].norm == "to";
    if (before({"right"}, 3)) return true;
    return !answers && before({"will", "would", "shall", "ll"}, 3) && !before({"not"}, 2);
  }
  return false;
}

// "Such incidents can have very bad consequences": the speaker threatens
// the opposed actor the words name, else, when the speaker is one of the
// story's two parties, the other one.
Verdict ThreatenedActor(const Article& a, const Quote& q, const std::vector<int>& ending) {
  Verdict v;
  auto [from, to] = QuoteTokens(a, q);
  uint32_t cue = to;
  for (uint32_t p = from; p < to && cue == to; ++p) {
    if (ThreatWord(a, from, p)) cue = p;
  }
  if (cue == to) return v;
  int target = -1;
  for (uint32_t k = from; k < to; ++k) {
    int m = ending[k];
    if (m < 0) continue;
    const ActorMention& am = a.actors[m];
    if (am.code.size() < 3 || am.code[0] == '-' || am.code.ends_with("CVL") ||
        am.code.ends_with("MED") || !Opposed(q.speaker_code, am.code)) {
      continue;
    }
    target = m;
    if (k > cue) break;
  }
  if (target < 0) target = OtherParty(a, q);
  if (target < 0) return v;
  const ActorMention& am = a.actors[target];
  v.target = ActorRef{am.code, am.name, std::string(a.Span(am.begin, am.end)), target};
  v.threat = true;
  return v;
}

// "Athens alleged the sailors were armed": the actor a reported clause
// opens on (over a determiner and two words), when the speech verb before
// the clause is "allege" or "claim" and the speaker opposes it, is accused.
Verdict AllegedActor(const Article& a, const Quote& q, const std::vector<int>& starting) {
  Verdict v;
  if (q.kind != QuoteKind::kIndirect) return v;
  uint32_t from = QuoteTokens(a, q).first;
  uint32_t verb = from;
  if (verb > 0 && a.tokens[verb - 1].norm == "that") --verb;
  if (verb == 0) return v;
  std::string_view said = a.tokens[verb - 1].lemma;
  if (said != "allege" && said != "claim") return v;
  for (uint32_t k = from; k < from + 4 && k < a.tokens.size(); ++k) {
    int m = starting[k];
    if (m < 0) continue;
    const ActorMention& am = a.actors[m];
    if (am.code.size() < 3 || am.code[0] == '-' || !Opposed(q.speaker_code, am.code)) break;
    // ("alleges the men were tortured": civilians are the ones wronged;
    // "claims its offensive in Lebanon aims": a place, no subject.)
    bool governed = am.first_token > from && IsPreposition(a.tokens[am.first_token - 1].norm);
    if (am.code.ends_with("CVL") || governed) break;
    v.target = ActorRef{am.code, am.name, std::string(a.Span(am.begin, am.end)), m};
    v.wrong = true;
    break;
  }
  return v;
}

// The event for verdict `v` of quote `q`.
Event VerdictEvent(const Article& a, const Quote& q, Verdict v, const CameoCodes& codes) {
  Event e;
  e.sentence = q.sentence;
  e.source = SpeakerOf(q);
  e.target = std::move(v.target);
  // A state named bare ("said Pakistan had violated") is its government.
  if (e.target.code.size() == 3) e.target.code += "GOV";
  SetCode(codes,
          v.demand   ? "100"
          : v.appeal ? "020"
          : v.threat ? "130"
          : v.wrong  ? "112"
                     : "111",
          e);
  e.date = a.published;
  for (const DateMention& d : a.dates) {
    if (d.sentence == q.sentence) {
      e.date = d.value;
      break;
    }
  }
  e.trigger_begin = q.begin;
  e.trigger_end = q.end;
  e.pattern = v.demand   ? "(reported words of demand)"
              : v.appeal ? "(reported words of appeal)"
              : v.threat ? "(reported words of threat)"
              : v.wrong  ? "(reported words of wrongdoing)"
                         : "(reported words of disapproval)";
  e.explanation = v.demand || v.appeal
                      ? "source: the speaker; target: the actor told what it must or should do"
                  : v.threat ? "source: the speaker; target: the actor warned"
                             : "source: the speaker; target: the actor the words are about";
  return e;
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
    if (!IsInternationalBody(q->speaker_code)) continue;
    if (Side(q->speaker_code) == Side(e.source.code)) continue;  // The body's own force.
    auto key = std::make_tuple(e.sentence, q->speaker_code, e.source.code);
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(key);
    Event acc = e;
    acc.source = SpeakerOf(*q);
    acc.target = e.source;
    SetCode(codes, "112", acc);
    acc.pattern = "(force reported by a world body)";
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
  SortBySentence(article.events);
}

void AddReportedVerdicts(Article& article, const CameoCodes& codes, const WordClasses& words) {
  std::vector<int> ending(article.tokens.size(), -1), starting(article.tokens.size(), -1);
  for (size_t k = 0; k < article.actors.size(); ++k) {
    ending[article.actors[k].end_token - 1] = static_cast<int>(k);
    if (starting[article.actors[k].first_token] < 0) {
      starting[article.actors[k].first_token] = static_cast<int>(k);
    }
  }
  std::vector<Event> added;
  for (const Quote& q : article.quotes) {
    if (q.speaker_code.size() < 3 || q.speaker_code[0] == '-') continue;
    // "..., according to the BBC": the press reports, it does not judge
    // (state media speaking for a government do).
    if (q.speaker_code.ends_with("MED") && q.speaker_name.find("state") == std::string::npos) {
      continue;
    }
    Verdict v = JudgedActor(article, q, ending, starting, words);
    if (v.target.code.empty()) v = AllegedActor(article, q, starting);
    if (v.target.code.empty()) v = DemandedActor(article, q, ending);
    if (v.target.code.empty()) v = ThreatenedActor(article, q, ending);
    if (v.target.code.empty()) continue;
    std::string_view root = v.demand ? "10" : v.appeal ? "02" : v.threat ? "13" : "11";
    bool told = std::any_of(article.events.begin(), article.events.end(), [&](const Event& e) {
      return e.sentence == q.sentence && Side(e.source.code) == Side(q.speaker_code) &&
             e.code.starts_with(root);
    });
    if (!told) added.push_back(VerdictEvent(article, q, std::move(v), codes));
  }
  for (Event& e : added) article.events.push_back(std::move(e));
  SortBySentence(article.events);
}

}  // namespace dyad
