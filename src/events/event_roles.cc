// The roles of a match (SentenceCoder::Emit): the source and target in the
// passive and the active voice, and, when the sentence names no target,
// the one its context gives (whoever did what a reaction answers, the
// story's other party, a place struck) or the peers' conventions.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "actors/actor_finder.h"
#include "events/sentence_coder.h"
#include "quotes/quote_spans.h"

namespace dyad {
namespace event_coding {

// Roles in the passive voice: the by-phrase acts on the subject ("was
// received by X"); a slot after a preposition stays the target.
void SentenceCoder::PassiveRoles(const PatternMatch& m, Roles& r) const {
  const VerbPattern& p = verbs_.pattern(m.pattern);
  int subject = SubjectlessThatClause(FirstLiteral(m)) || ThingBeforeParticiple(FirstLiteral(m))
                    ? -1
                    : Subject(FirstLiteral(m));
  int by = ByAgent(m.literal_tokens.back());
  if (r.tgt >= 0 && a_.actors[r.tgt].first_token > 0 &&
      a_.tokens[a_.actors[r.tgt].first_token - 1].norm == "by") {
    by = r.tgt;
  }
  bool prepositional =
      r.tgt >= 0 && by != r.tgt && AfterPreposition(view_, a_.actors[r.tgt].first_token);
  r.src = by;
  r.why = "passive: source the by-phrase";
  if (prepositional) {
    // "was handed over to the Dutch court": the slot stays the target,
    // and without a by-phrase the state holding the subject acted.
    if (r.src < 0 && subject >= 0 &&
        a_.actors[subject].code.compare(0, 3, a_.actors[r.tgt].code, 0, 3) != 0) {
      r.implied.code = a_.actors[subject].code.substr(0, 3) + "GOV";
      r.implied.name = actors_.CountryName(r.implied.code);
      r.why += " (none: the state of the subject)";
    }
  } else {
    r.tgt = subject;
    r.why += "; target the subject";
    if (r.src < 0 && IsViolent(p.code)) {
      r.src = AgentOfEventNoun(m.literal_tokens.back() + 1);
      if (r.src >= 0) r.why += " (source: the actor named with the weapon)";
    }
    if (r.src < 0 && r.tgt >= 0) r.implied = UnnamedAgent(p.code, r.tgt, m.end, &r.why);
  }
}

// "documents released by the WikiLeaks website", "footage released by
// Hamas": a participle right after a noun of information acts on that
// thing; the sentence's subject is no party to it.
bool SentenceCoder::ThingBeforeParticiple(uint32_t v) const {
  if (v <= view_.first || options_.peer_conventions) return false;
  static const std::unordered_set<std::string_view> kInformation = {
      "document", "documents", "report",   "reports",  "footage",   "video",      "videos",
      "image",    "images",    "photo",    "photos",   "data",      "figures",    "statement",
      "letter",   "letters",   "cables",   "emails",   "files",     "records",    "list",
      "details",  "results",   "findings", "evidence", "recording", "recordings", "transcript"};
  return kInformation.count(a_.tokens[v - 1].norm) > 0;
}

// The source in the active voice: the $ slot, else an actor right before an
// event noun, the speaker of a threat whose target comes first, the clause
// subject; for a verdict, the judge. True if the source was the actor
// before the event noun.
bool SentenceCoder::ActiveSource(const PatternMatch& m, Roles& r) const {
  const VerbPattern& p = verbs_.pattern(m.pattern);
  // "an Israeli airstrike on ...", "a Russian missile attack": an actor
  // right before an event noun did it.
  bool modifier_source = false;
  if (r.src < 0 && !EventNounRoots(a_.tokens[FirstLiteral(m)].norm).empty()) {
    r.src = ModifierOfEventNoun(FirstLiteral(m));
    modifier_source = r.src >= 0;
  }
  // "said the rulers in Riyadh would face revenge": a target slot
  // before the verb; the speaker threatens.
  bool target_first = !p.elements.empty() && p.elements[0].kind == PatternElement::Kind::kTarget &&
                      r.tgt >= 0 && !options_.peer_conventions;
  if (r.src < 0 && target_first) {
    uint32_t at = a_.actors[r.tgt].first_token;
    r.src = quoted_[at] ? -1 : Subject(at);
    if (r.src < 0) r.src = QuoteSpeaker(at);
    if (r.src < 0) r.src = AccordingTo();
    r.why += " (source: the speaker)";
  }
  if (r.src < 0 && !target_first) r.src = Subject(FirstLiteral(m));
  // "A suicide bomber killed 15 people" matched as "suicide bomber kill":
  // the actor the trigger opens on is its doer.
  if (r.src < 0 && !options_.peer_conventions) {
    int named = view_.mention_starting[FirstLiteral(m) - view_.first];
    if (named >= 0 && named != r.tgt && a_.actors[named].end_token < m.end) {
      r.src = named;
      r.why += " (source: the actor the trigger names)";
    }
  }
  if (r.src < 0 && p.code.starts_with("04") && !options_.peer_conventions) {
    r.src = SubjectAfterOpeningPhrase(FirstLiteral(m));
    if (r.src >= 0) r.why += " (source: the subject after the opening phrase)";
  }
  if (r.src < 0 && p.code.starts_with("14") && !options_.peer_conventions) {
    r.implied = ProtestersOfPlace(m);
    if (!r.implied.code.empty()) r.why += " (source: the opposition where the protest is)";
  }
  // "Qatar said Riyadh's decision was illegal": the owner of the act
  // judged is the target; the judge is the subject before it.
  bool verdict = p.predicate && ReactsToEvent(p.code);
  if (verdict && r.src >= 0 && PossessorOf(r.src, FirstLiteral(m))) {
    r.tgt = r.src;
    r.src = Subject(a_.actors[r.tgt].first_token);
  }
  // A verdict inside a quote is its speaker's; "the closure was unlawful,
  // according to Oslo" is Oslo's.
  if (verdict && r.src < 0 && quoted_[FirstLiteral(m)]) r.src = QuoteSpeaker(FirstLiteral(m));
  if (verdict && r.src < 0) r.src = AccordingTo();
  return modifier_source;
}

// The target in the active voice: the + slot, else the first actor after
// the trigger that is no part of the source's own side, no place of talks
// and no office left.
void SentenceCoder::ActiveTarget(const PatternMatch& m, Roles& r, bool modifier_source) const {
  const VerbPattern& p = verbs_.pattern(m.pattern);
  bool verdict = p.predicate && ReactsToEvent(p.code);
  if (p.subject_is_target && r.tgt < 0) r.tgt = Subject(FirstLiteral(m));
  // A protest "in" or "outside" somewhere names a place, not a target.
  bool protest_place = p.code.starts_with("14") && EndsInLocative(p);
  // "called the voyage a provocation": the object is an event, and the
  // reaction is aimed at whoever did it (found below), not at an actor
  // named after it.
  bool event_object = ReactsToEvent(p.code) && (NamesEventNoun(m) || verdict);
  if (r.tgt < 0 && !p.has_target && !protest_place && !event_object) {
    r.tgt = ObjectWithin(m, r.src, p.code.starts_with("15"));
    // "The UN opened an inquiry into raids on its own
    // peacekeepers": the source's own people are not its target; the
    // target is looked for as if none were named.
    // Nor is its own country named bare ("Beijing denied that China had
    // any part in the hacking").
    if (r.tgt >= 0 && r.src >= 0 && !options_.peer_conventions &&
        (a_.actors[r.tgt].code == a_.actors[r.src].code ||
         (a_.actors[r.tgt].kind == ActorKind::kCountry &&
          a_.actors[r.tgt].code.compare(0, 3, a_.actors[r.src].code, 0, 3) == 0))) {
      r.tgt = -1;
    }
    // "serving as mediators on behalf of CARICOM": whom one acts for is no
    // target.
    uint32_t at = r.tgt >= 0 ? a_.actors[r.tgt].first_token : 0;
    for (uint32_t k = at; r.tgt >= 0 && k > m.end && k + 5 > at; --k) {
      if (a_.tokens[k - 1].norm == "behalf") r.tgt = -1;
    }
    // "mediated talks opened in the Kenyan capital Nairobi": where
    // mediated talks are held is no party to them.
    if (r.tgt >= 0 && (p.code.starts_with("045") || p.code.starts_with("039")) &&
        TownAfterLocative(a_.actors[r.tgt].first_token)) {
      r.tgt = -1;
    }
    // "quit as Ghana's head of state", "resigned from the
    // cabinet": the office left, not someone acted on.
    std::string_view last = a_.tokens[m.literal_tokens.back()].norm;
    if (p.code == "0831" && (last == "as" || last == "from")) r.tgt = -1;
  }
  r.why = p.has_source      ? "source: $ slot"
          : modifier_source ? "source: the actor before the event noun"
                            : "source: subject before the trigger";
  r.why += p.has_target ? "; target: + slot" : "; target: first actor after the trigger";
  if (p.reverse) {
    std::swap(r.src, r.tgt);
    r.why += " (reversed: the slot gives, the subject receives)";
  }
  if (r.src < 0 && r.tgt >= 0 && options_.source_after_verb) {
    // TABARI with no PRIOR source default: the actors after the verb.
    std::vector<int> after = Expand(r.tgt);
    r.src = after[0];
    r.tgt = after.size() >= 2 ? after[1] : -1;
    r.why += " (source: the first actor after the verb, as TABARI reads it)";
  }
}

// The target of a reaction, a protest or a rejection with no one named:
// whoever did what it reacts to, what a protest denounces, the government
// of those who protest.
void SentenceCoder::ReactionTarget(const PatternMatch& m, Roles& r) const {
  const VerbPattern& p = verbs_.pattern(m.pattern);
  uint32_t first = FirstLiteral(m);
  if (r.tgt < 0 && r.src >= 0 && ReactsToEvent(p.code)) {
    // "condemned the attack", "rejected the demand": the target is whoever
    // did what the object noun names, coded earlier in the article.
    // The object noun, or the trigger's own first word ("the decision was
    // dangerous").
    uint32_t noun =
        EventNounRoots(a_.tokens[first].norm).empty() && !p.predicate ? first + 1 : first;
    r.implied_target = PerpetratorOfEventNoun(noun, m.end, a_.actors[r.src].code, p.code == "015");
    if (!r.implied_target.code.empty()) {
      r.why += "; target: the actor of the event referred to";
    } else if (int object = !p.has_target && (NamesEventNoun(m) || p.predicate)
                                ? ObjectWithin(m, r.src, false)
                                : -1;
               object >= 0 &&
               a_.actors[object].code.compare(0, 3, a_.actors[r.src].code, 0, 3) != 0) {
      r.tgt = object;
      // "no comment on the arrest of the Ugandan activist": no such event
      // coded, so the actor named with it.
      r.why += "; target: first actor after the trigger";
    } else if (p.code.starts_with("01")) {
      // "concern about the fighting in Sudan": the country it happens in.
      r.implied_target = PlaceCountryAfter(m.end);
      if (!r.implied_target.code.empty()) r.why += "; target: the country concerned";
    }
  }
  // "rallied in Kigali to denounce the French government": what a protest
  // is held to denounce is its target.
  if (r.implied_target.code.empty() && r.tgt < 0 && r.src >= 0 && p.code.starts_with("14") &&
      !options_.peer_conventions) {
    if (int aim = ProtestAim(m.end); aim >= 0) {
      r.tgt = aim;
      r.why += "; target: what the protest was held to denounce";
    }
  }
  // Protest, and threats of protest (133).
  bool dissent = p.code.starts_with("14") || p.code.starts_with("133");
  // "will not accept the result", "said the polls had been rigged".
  if ((p.code.starts_with("12") || p.code.starts_with("112")) && r.src >= 0) {
    const std::string& code = a_.actors[r.src].code;
    dissent = code.ends_with("OPP") || code.ends_with("REB") || code.ends_with("CVL");
  }
  if (r.implied_target.code.empty() && r.tgt < 0 && (r.src >= 0 || !r.implied.code.empty()) &&
      dissent) {
    // Protest or rejection without a named target: aimed at the
    // government of those who protest or reject.
    const std::string& code = r.src >= 0 ? a_.actors[r.src].code : r.implied.code;
    if (code.size() >= 3 && code.compare(3, 3, "GOV") != 0 && !code.starts_with("IGO")) {
      r.implied_target.code = code.substr(0, 3) + "GOV";
      r.implied_target.name = actors_.CountryName(r.implied_target.code);
      r.why += "; target: the protesters' government";
    }
  }
}

// The target the story gives an act with no one named: whoever did the
// violence it answers, the object of a verb before it in a list, the
// country aid goes to, the actor the article is about, the other side of a
// truce, the domestic counterpart. False if the act is not coded.
bool SentenceCoder::ContextTarget(const PatternMatch& m, Roles& r) const {
  const VerbPattern& p = verbs_.pattern(m.pattern);
  // "actions that threaten peace and stability": a threat whose object is
  // a thing and no actor threatens no one.
  if (r.tgt < 0 && p.code.starts_with("13") && ThreatensAThing(m)) return false;
  // Reactions, aid ("pledged $2 million in humanitarian aid") and sanctions
  // with no one named answer or go to the article's other party.
  // So do shows of force of no stated aim ("fired a ballistic missile",
  // 150): at the rival (a deployment, 154, stays where it is), and denials
  // ("which denied involvement"): to the accuser; and appeals for a
  // release ("called for his release"): to whoever holds the captive.
  // "vowed a harsh response", "promised to avenge the killing": a threat
  // of retaliation is aimed at whoever did the violence told before.
  // ("The army retaliated", "repelled the attack": force answering force
  // is aimed at whoever used it.)
  if (r.implied_target.code.empty() && r.tgt < 0 && r.src >= 0 &&
      (p.code.starts_with("13") || p.code.starts_with("19")) && !options_.peer_conventions &&
      Retaliates(m)) {
    r.implied_target = CodedPerpetrator("18 19 20", false, a_.actors[r.src].code, false);
    if (!r.implied_target.code.empty()) r.why += "; target: who did the violence answered";
  }
  // "The army sent more soldiers into the capital" in a story of
  // protests: a show of force against the opposition.
  if (r.implied_target.code.empty() && r.tgt < 0 && r.src >= 0 && p.code == "154" &&
      !options_.peer_conventions && IsStateRole(a_, MakeRef(a_, r.src))) {
    r.implied_target = DomesticOpposition(a_.actors[r.src].code);
    if (!r.implied_target.code.empty()) r.why += "; target: the opposition the deployment faces";
  }
  // "The group claimed responsibility": for the violence told before, so
  // against whoever it struck.
  if (r.implied_target.code.empty() && r.tgt < 0 && r.src >= 0 && p.code == "015" &&
      !options_.peer_conventions) {
    r.implied_target = CodedPerpetrator("18 19 20", false, a_.actors[r.src].code, true);
    if (!r.implied_target.code.empty()) r.why += "; target: whoever the violence claimed struck";
  }
  // "ordered a mobilisation of its reservists": the forces a show of force
  // or alert moves are its own, not whom it is aimed at.
  if (p.code.starts_with("15") && !p.has_target && r.src >= 0 && r.tgt >= 0 &&
      !options_.peer_conventions) {
    std::string_view src = a_.actors[r.src].code, tgt = a_.actors[r.tgt].code;
    std::string_view role = tgt.size() >= 6 ? tgt.substr(3, 3) : "";
    bool own_forces = role.empty() || role == "MIL" || role == "COP" || role == "GOV";
    if (tgt.substr(0, 3) == src.substr(0, 3) && own_forces) r.tgt = -1;
  }
  bool answers = (ReactsToEvent(p.code) && !p.code.starts_with("01")) || p.code.starts_with("07") ||
                 p.code.starts_with("033") || p.code == "150" || p.code == "152" ||
                 p.code == "154" || p.code == "016" || p.code == "0253" ||
                 p.code.starts_with("16") ||
                 // "The leaders confirmed their desire to continue
                 // cooperation": intent toward the story's other party
                 // (an offer to mediate is between both: LastResortRoles).
                 (p.code.starts_with("03") && !p.code.starts_with("039"));
  bool aid = p.code.starts_with("07") || p.code.starts_with("033") || p.code == "018";
  if (r.implied_target.code.empty() && r.tgt < 0 && r.src >= 0 && !p.has_target &&
      !options_.peer_conventions) {
    r.implied_target = ListedVerbTarget(m, r.src);
    if (!r.implied_target.code.empty())
      r.why += "; target: the object of the verb before it in a list";
  }
  if (r.implied_target.code.empty() && r.tgt < 0 && r.src >= 0 && aid &&
      !options_.peer_conventions) {
    // Aid and condolences with no one named go where the story is: the
    // country whose towns and people it is about ("sent relief materials"
    // after a quake).
    std::string where = DominantCountry(a_, actors_, a_.actors[r.src].code.substr(0, 3));
    if (!where.empty()) {
      r.implied_target.code = where + "GOV";
      r.implied_target.name = actors_.CountryName(r.implied_target.code);
      r.why += "; target: the country the story is about";
    }
  }
  if (r.implied_target.code.empty() && r.tgt < 0 && r.src >= 0 && answers &&
      !options_.peer_conventions) {
    // Those who cut ties or make demands together ("The US and Saudi Arabia
    // suspended the talks") do so to a third party; accusers may accuse
    // each other.
    bool together = p.code.starts_with("16") || p.code.starts_with("10");
    r.implied_target = SalientCounterpart(a_.actors[r.src].code, false,
                                          together ? Expand(r.src) : std::vector<int>{});
    // A story of one country: its other side ("the government rejected the
    // figure" in a story about the opposition).
    if (r.implied_target.code.empty()) {
      r.implied_target = SalientCounterpart(a_.actors[r.src].code, /*domestic=*/true);
    }
    if (!r.implied_target.code.empty()) r.why += "; target: the actor the article is about";
  }
  if (r.implied_target.code.empty() && r.tgt < 0 && r.src >= 0 &&
      (p.code.starts_with("0871") || p.code == "0874" || p.code == "196") &&
      !options_.peer_conventions) {
    // "The rebels agreed to a ceasefire": a truce is made with the other
    // side, the actor the article names most besides the source; so is a
    // retreat ("pulled out of the city"), before that side, and a truce
    // is broken against it.
    r.implied_target = SalientCounterpart(a_.actors[r.src].code, /*domestic=*/true);
    if (!r.implied_target.code.empty()) r.why += "; target: the other side the article names most";
  }
  if (r.implied_target.code.empty() && r.tgt < 0 && r.src >= 0 && !options_.peer_conventions &&
      (p.code == "0831" || p.code == "1231" || p.code == "172" || p.code == "1721" ||
       p.code == "1723" || p.code == "1724" || p.code == "0813" || p.code == "0814")) {
    r.implied_target = DomesticTarget(p.code, m, r.src, &r.why);
    // An official resigning in a story of no opposition: no event.
    if (r.implied_target.code.empty() && p.code == "0831" && IsStateRole(a_, MakeRef(a_, r.src))) {
      return false;
    }
  }
  return true;
}

// The roles of last resort: a place struck or visited, the parties a
// mediation is between, the peers' conventions (words next to the verb,
// the suite's defaults), an air strike's earlier attacker, a compound's
// members, the story's pair for a partyless noun. False once the match is
// coded here or not at all.
bool SentenceCoder::LastResortRoles(const PatternMatch& m, Roles& r, bool negated,
                                    std::string& code) {
  const VerbPattern& p = verbs_.pattern(m.pattern);
  bool mediation = p.code.starts_with("039") || p.code.starts_with("045");
  if (!r.implied_target.code.empty()) {
    // Found above.
  } else if (r.tgt < 0 && r.src >= 0 && (IsViolent(p.code) || p.code == "042")) {
    // Force used against a place, or a visit to one ("arrived in Bali").
    r.implied_target = PlaceTarget(m, r.src, &r.why);
    if (r.implied_target.code.empty()) return false;
  } else if (r.tgt < 0 && r.src >= 0 && (mediation || p.code.starts_with("0256")) &&
             r.implied_target.code.empty()) {
    // "The deal, mediated by the US and Qatar", "the UN called for
    // restraint": between the story's parties, or to each of them.
    MediateBetweenMainPair(m, r.src, negated, r.why, code);
    return false;
  } else if (r.tgt < 0 && options_.new_actor_length > 0 &&
             !(r.implied_target = PhraseActor(m.end, false)).code.empty()) {
    r.why += "; target: the words after the verb";
  } else if (r.tgt < 0 && !options_.default_target.empty()) {
    r.implied_target.code = options_.default_target;
    r.why += "; target: the suite's default";
  }
  if (r.src < 0 && r.implied.code.empty() && options_.new_actor_length > 0) {
    r.implied = PhraseActor(FirstLiteral(m), true);
    if (!r.implied.code.empty()) r.why += "; source: the words before the verb";
  }
  // "the air raid hit their convoy": an air strike with no one named is
  // by whoever carried out the air strikes told before.
  if (r.src < 0 && r.implied.code.empty() && IsViolent(p.code) && !options_.peer_conventions &&
      AerialSentence(s_)) {
    r.implied = EarlierAerialAttacker(r.tgt >= 0 ? a_.actors[r.tgt].code : r.implied_target.code);
    if (!r.implied.code.empty()) r.why += "; source: who carried out the air strikes told before";
  }
  if (r.src < 0 && r.implied.code.empty() && !options_.default_source.empty()) {
    r.implied.code = options_.default_source;
    r.why += "; source: the suite's default";
  }
  if (int c = p.compound_subject ? r.src : r.tgt;
      p.within_compound && c >= 0 && Expand(c).size() >= 2) {
    EmitWithinCompound(m, Expand(c), negated, r.why);
    return false;
  }
  if (options_.positional_roles) {
    PositionalRoles(m, r.implied.code.empty(), r.implied_target.code.empty(), r.src, r.tgt, r.why);
  }
  if (p.partyless) {
    // "Clashes continued on Monday", "after the talks held in Oslo last week": between
    // the two parties the story is about, and only where no one is named.
    if (r.src < 0 && r.tgt < 0 && r.implied.code.empty() && r.implied_target.code.empty()) {
      EmitBetweenMainPair(m, negated, code);
    }
    return false;
  }
  return true;
}

}  // namespace event_coding
}  // namespace dyad
