// Event coding.
//
// Design: in each sentence, every token whose lemma anchors a pattern tries
// those patterns; the matches found are ranked by specificity (required
// words), then length, and taken greedily where their words do not overlap
// (match_selection.cc). Roles come from shallow syntax, not a parser
// (event_roles.cc, clause_syntax.cc, clause_objects.cc):
//  - source: the $ slot, else the clause subject: the nearest actor before
//    the trigger that is not the object of a preposition (pronouns resolved);
//  - target: the + slot, else the first actor after the trigger in the clause
//    that is not a place after a locative preposition;
//  - passive voice ("was received by X") swaps them: the subject becomes the
//    target and the by-phrase the source;
//  - coordination ("met A and B", "A and B signed") multiplies events;
//  - group mentions ("both leaders") stand for each member.
// A negation before the trigger ("did not meet") flags the event.
#include "events/event_coder.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "actors/actor_finder.h"
#include "events/sentence_coder.h"
#include "quotes/quote_spans.h"

namespace dyad {
namespace event_coding {

bool SentenceCoder::HandsOverRelief(const PatternMatch& m) const {
  uint32_t first = FirstLiteral(m);
  if (a_.tokens[first].lemma != "hand") return false;
  static const std::unordered_set<std::string_view> kRelief = {
      "good",     "supply", "item",        "relief",  "aid",     "food",   "medicine",
      "donation", "tent",   "consignment", "package", "blanket", "ration", "assistance"};
  for (uint32_t k = view_.first; k < m.end; ++k) {
    if (kRelief.count(a_.tokens[k].lemma) > 0) return true;
  }
  return false;
}

// "Canada and Britain announced similar measures": each subject repeats
// the latest act of the sentences before by another actor, against its
// target.
void SentenceCoder::EmitFollowing(const PatternMatch& m) {
  int src = m.source >= 0 ? m.source : Subject(FirstLiteral(m));
  if (src < 0) return;
  const Event* before = nullptr;
  for (const Event& e : a_.events) {
    if (e.sentence < s_ && e.sentence + kFollowReach >= s_ && !e.target.code.empty()) before = &e;
  }
  if (before == nullptr) return;
  Event act = *before;  // Copied: AddEvent below grows a_.events.
  for (int s : Expand(src)) {
    ActorRef source = MakeRef(a_, s);
    ActorRef target = act.target;
    if (source.code.compare(0, 3, act.source.code, 0, 3) == 0 ||
        source.code.compare(0, 3, target.code, 0, 3) == 0) {
      continue;
    }
    AdjustStateCodes(a_, act.code, source, target, /*state_as_government=*/true);
    AddEvent(m, source, target, false,
             "source: subject before the trigger; code and target: the act it follows (sentence " +
                 std::to_string(act.sentence) + ")",
             &act.code);
  }
}

void SentenceCoder::Emit(const PatternMatch& m) {
  const VerbPattern& p = verbs_.pattern(m.pattern);
  if (p.follows && !options_.peer_conventions) return EmitFollowing(m);
  std::string code;
  bool negated = false;
  if (!EmitCode(m, &code, &negated)) return;
  Roles r;
  r.src = m.source;
  r.tgt = m.target;
  r.passive = !p.has_source && IsPassive(m);
  // "released a report on Iran" is no release; "released Cheng Lei",
  // a person named right after the verb, is.
  if (p.passive_only && !r.passive && !PersonRightAfter(m)) return;
  if (p.infinitive && !AfterInfinitiveMarker(FirstLiteral(m))) return;
  if (r.passive) {
    PassiveRoles(m, r);
  } else {
    ActiveTarget(m, r, ActiveSource(m, r));
  }
  // A joint act of cooperation (03-06: "A and B signed a treaty", "talks
  // between Russia and NATO") is one event per pair, first named to second,
  // as hand coders code it; other reciprocal acts (a truce, clashes, a
  // swap) are coded each way.
  r.joint = !options_.peer_conventions && code >= "03" && code < "07";
  if (EmitReciprocal(m, r, negated, code) || p.together) return;
  if (!options_.peer_conventions) code = CodeForParties(code, m, r.src, r.tgt);
  ReactionTarget(m, r);
  if (!ContextTarget(m, r) || !LastResortRoles(m, r, negated, code)) return;
  if ((r.tgt < 0 && r.implied_target.code.empty()) || (r.src < 0 && r.implied.code.empty())) {
    return;
  }
  EmitEach(m, r, negated, code);
}

// The code the match stands for, once its mood is read (an act threatened,
// intended or appealed for takes CAMEO's code for that); false if nothing is
// coded.
bool SentenceCoder::EmitCode(const PatternMatch& m, std::string* code_out, bool* negated_out) {
  const VerbPattern& p = verbs_.pattern(m.pattern);
  bool negated = IsNegated(m);
  // "said he would not resign": an official refusing to step down rejects
  // the demand that he go (1231), aimed at the opposition below.
  bool kept_office = negated && p.code == "0831" && !options_.peer_conventions;
  if (kept_office) negated = false;
  // "refused to receive a delegation": refusing cooperation is an act of
  // rejection (12x), not no act.
  std::string refusal = negated && !kept_office && !options_.peer_conventions && Refused(m)
                            ? RefusalCode(p.code)
                            : "";
  if (negated && refusal.empty() && !options_.keep_negated) return false;
  if (IsViolent(p.code) && NaturalCause(FirstLiteral(m))) return false;
  if (IsViolent(p.code) && AimOfMeasures(FirstLiteral(m))) return false;
  if (IsViolent(p.code) && !options_.peer_conventions && Hypothetical(FirstLiteral(m))) {
    return false;
  }
  if (IsViolent(p.code) && !options_.peer_conventions && TollOfConflict(FirstLiteral(m))) {
    return false;
  }
  if (!options_.peer_conventions && AllegedThat(FirstLiteral(m))) return false;
  if (!refusal.empty()) {
    *code_out = std::move(refusal);
    *negated_out = false;
    return true;
  }
  uint32_t appeal = 0;
  Mood mood = TriggerMood(m, &appeal);
  if (mood == Mood::kAppealed) {
    if (options_.appealed_acts) EmitAppealedAct(m, appeal, negated);
    return false;
  }
  // An announced action takes CAMEO's code for the intention or threat.
  std::string code = p.code;
  // "the relief items were passed to the army": a handover of relief is aid,
  // not the judicial handover (063) of a suspect.
  if (code == "063" && !options_.peer_conventions && HandsOverRelief(m)) code = "073";
  // "both armies will cease fire at midnight": a truce is declared
  // for a moment to come; announcing it is the act.
  uint32_t first = FirstLiteral(m);
  bool declared_truce = p.code.starts_with("0871") && ModalBefore(first) == "will";
  if (mood == Mood::kThreatened && !options_.peer_conventions) {
    code = ThreatCode(p.code);
  } else if (mood != Mood::kDone && !declared_truce) {
    std::string intent = options_.peer_conventions ? "" : IntentCode(p.code);
    // Without an intention code a wanted act is not coded ("hopes to
    // criticise"); a future one keeps its code ("will not accept").
    // (A code that stays itself when intended, such as a signing set for a
    // date, is not coded when only wanted: "ways to reach an agreement".)
    // An intention wanted is the intention ("is keen to resolve the
    // dispute").
    bool intention = p.code.starts_with("03");
    if ((intent.empty() || intent == p.code) && mood == Mood::kWanted && !intention) return false;
    if (!intent.empty()) code = intent;
  }
  if (kept_office) code = "1231";
  *code_out = std::move(code);
  *negated_out = negated;
  return true;
}

// A reciprocal act of coordinated parties ("A and B agreed on a ceasefire"):
// coded between each pair; true if so.
bool SentenceCoder::EmitReciprocal(const PatternMatch& m, const Roles& r, bool negated,
                                   std::string& code) {
  const VerbPattern& p = verbs_.pattern(m.pattern);
  bool joint = r.joint;
  // Cooperation, agreements and exchanges between coordinated parties are
  // mutual: "Russia and Ukraine exchanged prisoners", "A and B signed".
  // Conflict between coordinated parties is mutual only when the pattern
  // says so ("clashed"); "Iraq and Syria were targeted" is not.
  // Mediation is done together, not to each other ("China and the US offered
  // to mediate"); so is anything done by a coordinated by-phrase ("a
  // statement released by the US, Armenian and Azerbaijani governments").
  bool mediation = p.code.starts_with("039") || p.code.starts_with("045");
  // Praise of an event ("A and B welcomed the agreement") is each one's
  // reaction to whoever made it, not an act between A and B.
  bool praise_of_event = p.code.starts_with("051") && NamesEventNoun(m);
  bool mutual_code = ((p.code >= "03" && p.code < "07") || p.code.starts_with("0871") ||
                      p.code.starts_with("0841") || p.mutual || EachOther(m.end)) &&
                     !mediation && !praise_of_event && !r.passive;
  bool slot_target = m.target >= 0;
  // "Russia and Belarus began joint exercises on NATO's eastern flank": an
  // actor after a place preposition is where, not with whom.
  bool located = r.tgt >= 0 && !slot_target && !options_.peer_conventions &&
                 AfterLocative(a_.actors[r.tgt].first_token);
  // "Armenia and Azerbaijan agreed on a plan for Georgia's border": an
  // owner inside the object is no party to it.
  bool owner = r.tgt >= 0 && !slot_target && !options_.peer_conventions &&
               a_.actors[r.tgt].end_token < view_.end &&
               a_.tokens[a_.actors[r.tgt].end_token].kind == TokenKind::kPossessive;
  // "Chad and Sudan signed a memorandum ... on the return of Sudanese
  // refugees": after a preposition, an actor is what the joint act
  // is about, not a party to it.
  bool about = r.tgt >= 0 && !slot_target && !options_.peer_conventions && code >= "03" &&
               code < "07" && r.src >= 0 && Expand(r.src).size() >= 2 &&
               PrepositionBetween(m.end, a_.actors[r.tgt].first_token);
  bool weak_target = (r.tgt >= 0 && a_.actors[r.tgt].kind == ActorKind::kAgent &&
                      !options_.role_object_is_target) ||
                     located || owner || about;
  bool default_first =
      r.tgt < 0 && options_.default_target_first && !options_.default_target.empty();
  // A joint act of cooperation (03-06: "A and B signed a treaty", "talks
  // between Russia and NATO") is one event per pair, first named to second,
  // as hand coders code it; other reciprocal acts (a truce, clashes, a
  // swap) are coded each way.
  std::vector<int> parties =
      r.src >= 0 && mutual_code && !default_first && (r.tgt < 0 || (!slot_target && weak_target))
          ? Expand(r.src)
          : std::vector<int>{};
  if (parties.size() >= 2) {
    // "A and B agreed on a ceasefire", "both sides signed": reciprocal.
    for (size_t i = 0; i < parties.size(); ++i) {
      for (size_t j = joint ? i + 1 : 0; j < parties.size(); ++j) {
        int x = parties[i], y = parties[j];
        if (x == y) continue;
        ActorRef source = MakeRef(a_, x), target = MakeRef(a_, y);
        AdjustStateCodes(a_, p.code, source, target, !options_.peer_conventions);
        ActorRef mirror = target, unused;
        AdjustStateCodes(a_, p.code, mirror, unused,
                         !options_.peer_conventions);  // Both sides act.
        target.code = mirror.code;
        if (!SameActor(a_, source, target))
          AddEvent(m, source, target, negated, r.why + " (reciprocal)", &code);
      }
    }
    return true;
  }
  return false;
}

// One event per source and target of the coordinations the roles name.
void SentenceCoder::EmitEach(const PatternMatch& m, const Roles& r, bool negated,
                             std::string& code) {
  const VerbPattern& p = verbs_.pattern(m.pattern);
  bool joint = r.joint;
  std::vector<int> sources = r.src >= 0 ? Expand(r.src) : std::vector<int>{-1};
  // "talks between Russia and NATO": both slots in one coordination; a
  // joint act is coded once per pair.
  std::vector<std::pair<int, int>> pairs;  // Joint pairs coded so far.
  for (int s : sources) {
    std::vector<int> targets = r.tgt >= 0 ? Expand(r.tgt) : std::vector<int>{-1};
    std::vector<std::string> private_targets;  // Countries of private targets so far.
    for (int t : targets) {
      if (joint && s >= 0 && t >= 0) {
        if (std::find(pairs.begin(), pairs.end(), std::make_pair(t, s)) != pairs.end()) continue;
        pairs.emplace_back(s, t);
      }
      ActorRef source = s >= 0 ? MakeRef(a_, s) : r.implied;
      ActorRef target = t >= 0 ? MakeRef(a_, t) : r.implied_target;
      AdjustStateCodes(a_, p.code, source, target, !options_.peer_conventions);
      if (!options_.peer_conventions && t >= 0) ForeignCaptives(p.code, source, t, target);
      if (SameActor(a_, source, target) || source.code.empty()) continue;
      // "sanctions on six people and three companies" of one country is one
      // act against that country's private sector, not one per group.
      if (IsPrivateRole(target.code)) {
        std::string country = target.code.substr(0, 3);
        if (std::find(private_targets.begin(), private_targets.end(), country) !=
            private_targets.end()) {
          continue;
        }
        private_targets.push_back(country);
      }
      if (!options_.peer_conventions &&
          (ReporterOnly(a_, p.code, source, target) || AppealToOwnPublic(code, source, target))) {
        continue;
      }
      if (ImplausibleForce(a_, p.code, source, target)) {
        // The words after the verb named the state itself; the place struck
        // may still say where the force went.
        target = PlaceCountryAfter(m.end);
        if (target.code.empty() || SameActor(a_, source, target) ||
            ImplausibleForce(a_, p.code, source, target)) {
          continue;
        }
      }
      AddEvent(m, source, target, negated, r.why, &code);
      if (p.mutual && !joint && !target.code.empty()) {
        AddEvent(m, target, source, negated, r.why + " (mutual)", &code);
      }
      if (!p.paired_code.empty() && !target.code.empty() && code == p.code) {
        AddEvent(m, target, source, negated, r.why + " (paired)", &p.paired_code);
      }
    }
  }
}

namespace {

// The mention of sentence `s` (a DateMention or PlaceMention) nearest to
// byte `at`; nullptr if none.
template <typename Mention>
const Mention* Nearest(const std::vector<Mention>& mentions, uint32_t s, uint32_t at,
                       std::string_view text = "") {
  const Mention* best = nullptr;
  uint32_t best_distance = 0;
  for (const Mention& m : mentions) {
    if (m.sentence != s) continue;
    // "last month's killing": a date in the possessive names another event
    // (unless the trigger is right after it).
    bool trigger_after = at >= m.end && at <= m.end + 4;
    if (!text.empty() && m.end + 2 <= text.size() && !trigger_after &&
        (text.substr(m.end, 2) == "'s" || text.substr(m.end, 4) == "\xE2\x80\x99s")) {
      continue;
    }
    uint32_t distance = m.begin > at ? m.begin - at : at - m.begin;
    if (!best || distance < best_distance) {
      best = &m;
      best_distance = distance;
    }
  }
  return best;
}

// Expelling people (174) or ordering them out (166) is a diplomatic
// expulsion (161) when the people are diplomats, or officials of another
// state's government ("decided to expel 12 French officials").
std::string RefineCode(const std::string& code, const ActorRef& source, const ActorRef& target) {
  if (code != "174" && code != "166" && code != "1663") return code;
  // ("ordered French troops to leave": another state's forces sent out
  // are expelled (166), not deported.)
  if (code == "174" && target.code.size() == 6 && target.code.ends_with("MIL") &&
      source.code.size() >= 3 && target.code.compare(0, 3, source.code, 0, 3) != 0) {
    return "166";
  }
  std::string_view target_text = target.text;
  if (target.code.size() == 6 && target.code.ends_with("GOV") && source.code.size() >= 3 &&
      target.code.compare(0, 3, source.code, 0, 3) != 0) {
    return "161";
  }
  static const std::string_view kDiplomatic[] = {"diplomat", "ambassador", "envoy",
                                                 "consul",   "embassy",    "attach",
                                                 "spy",      "spies",      "intelligence officer"};
  for (std::string_view w : kDiplomatic) {
    for (size_t i = 0; i + w.size() <= target_text.size(); ++i) {
      if (std::equal(w.begin(), w.end(), target_text.begin() + i, [](char x, char y) {
            return x == std::tolower(static_cast<unsigned char>(y));
          })) {
        return "161";
      }
    }
  }
  return code;
}

}  // namespace

void SentenceCoder::AddEvent(const PatternMatch& m, const ActorRef& source, const ActorRef& target,
                             bool negated, const std::string& why, const std::string* code) {
  // A compound actor ("[FRO/BIL/SAM]" in PETRARCH's dictionaries) is an
  // event for each of its members.
  for (const ActorRef* side : {&source, &target}) {
    size_t slash = side->code.find('/');
    if (slash == std::string::npos) continue;
    ActorRef first = *side, rest = *side;
    first.code.resize(slash);
    rest.code.erase(0, slash + 1);
    bool is_source = side == &source;
    AddEvent(m, is_source ? first : source, is_source ? target : first, negated, why, code);
    AddEvent(m, is_source ? rest : source, is_source ? target : rest, negated, why, code);
    return;
  }
  const VerbPattern& p = verbs_.pattern(m.pattern);
  const std::string& pcode = code ? *code : p.code;
  // Arriving in one's own country ("freed prisoners arrived in Ramallah")
  // is no visit.
  if (pcode == "042" && target.code.size() == 3 && source.code.size() >= 3 &&
      source.code.compare(0, 3, target.code) == 0 && !options_.peer_conventions) {
    return;
  }
  for (const Event& e : a_.events) {
    if (e.sentence == s_ && e.code == pcode && e.source.code == source.code &&
        e.target.code == target.code) {
      return;
    }
  }
  // "each army moved hundreds of villagers out": a state moving its
  // own people out of harm's way acts toward no one; nor is police
  // rescuing kidnapped citizens aid.
  std::string_view lemma = a_.tokens[FirstLiteral(m)].lemma;
  if (pcode == "073" && (lemma == "evacuate" || lemma == "rescue") && source.code.size() >= 3 &&
      target.code.compare(0, 3, source.code, 0, 3) == 0 && !options_.peer_conventions) {
    return;
  }
  Event e;
  e.sentence = s_;
  e.source = source;
  e.target = target;
  e.code = RefineCode(pcode, source, target);
  if (!options_.peer_conventions) {
    e.code = CodeForRoles(e.code, source, target);
    // "protests demanding the departure of the president": a demand made
    // by demonstrating is a demonstration for it (104x -> 141x).
    if (e.code.size() == 4 && e.code.starts_with("104") && ProtestDemands(FirstLiteral(m))) {
      e.code = "141" + e.code.substr(3);
    }
    // "Security forces freed 18 hostages": a rescue from captors is no
    // release by them (0841).
    if (e.code == "0841" && source.code.size() >= 6 &&
        (source.code.compare(3, 3, "COP") == 0 || source.code.compare(3, 3, "MIL") == 0) &&
        RescuedCaptives(m)) {
      return;
    }
  }
  // "announced it was leaving ECOWAS", "withdrew from the bloc":
  // leaving an organisation cuts relations (161); it is no retreat.
  if (e.code == "0874" && target.code.starts_with("IGO") && !options_.peer_conventions) {
    e.code = "161";
  }
  SetCode(codes_, e.code, e);
  uint32_t lo = *std::min_element(m.literal_tokens.begin(), m.literal_tokens.end());
  uint32_t hi = *std::max_element(m.literal_tokens.begin(), m.literal_tokens.end());
  e.trigger_begin = a_.tokens[lo].begin;
  e.trigger_end = a_.tokens[hi].end;
  e.negated = negated;
  e.pattern = p.text;
  e.pattern_source = p.origin;
  e.explanation = why;
  const DateMention* d = Nearest(a_.dates, s_, e.trigger_begin, a_.text);
  e.date = d ? d->value : a_.published;
  if (BackgroundRelative(lo, d) && !options_.peer_conventions) return;
  if (const PlaceMention* pl = Nearest(a_.places, s_, e.trigger_begin)) {
    e.place = pl->name;
    e.place_country = pl->country;
  } else {
    const std::string& code = target.code.size() >= 3 ? target.code : source.code;
    e.place = actors_.CountryName(code);
    e.place_country = actors_.Iso2(code);
  }
  a_.events.push_back(std::move(e));
}

}  // namespace event_coding

namespace {

// "the raid that left 12 guards dead at a camp outside Goma": when
// a sentence codes one source's act of a root against an actor, a twin aimed
// only at the country of a place it names is where, not whom. The two become
// one event against the actor, with the more specific code ("shelled
// Sake, killing two civilians" is shelling of civilians, 194).
void MergePlaceTargetsNamedOtherwise(Article& a) {
  auto from_place = [](const Event& e) {
    return e.explanation.find(event_coding::kPlaceTargetWhy) != std::string::npos;
  };
  std::vector<bool> drop(a.events.size(), false);
  for (size_t i = 0; i < a.events.size(); ++i) {
    // (Force only: a visit to a country and talks held there with its
    // minister are two acts.)
    if (!from_place(a.events[i]) || !event_coding::IsViolent(a.events[i].code)) continue;
    for (size_t j = 0; j < a.events.size(); ++j) {
      Event& twin = a.events[j];
      const Event& e = a.events[i];
      if (j == i || drop[j] || twin.sentence != e.sentence || from_place(twin) ||
          twin.source.code != e.source.code || twin.code.compare(0, 2, e.code, 0, 2) != 0) {
        continue;
      }
      bool generic = twin.code.size() == 3 && twin.code[2] == '0';
      if (generic && e.code != twin.code) {
        twin.code = e.code;
        twin.goldstein = e.goldstein;
        twin.quad_class = e.quad_class;
        twin.plover_type = e.plover_type;
        twin.plover_mode = e.plover_mode;
        // The evidence goes with the code: the trigger and pattern that gave it.
        twin.trigger_begin = e.trigger_begin;
        twin.trigger_end = e.trigger_end;
        twin.pattern = e.pattern;
        twin.pattern_source = e.pattern_source;
        twin.explanation += "; code: the act that named the place";
      }
      drop[i] = true;
      break;
    }
  }
  size_t k = 0;
  std::erase_if(a.events, [&](const Event&) { return drop[k++]; });
}

}  // namespace

void CodeEvents(Article& article, const VerbDictionary& verbs, const CameoCodes& codes,
                const ActorDictionary& actors, const EventOptions& options) {
  article.events.clear();
  // Scare quotes ("crisis management talks") are part of the sentence;
  // only real quotations (five tokens or more) are someone's words.
  std::vector<QuoteSpan> spans = FindQuoteSpans(article);
  std::erase_if(spans, [](const QuoteSpan& q) { return q.end_token - q.first_token < 5; });
  std::vector<uint8_t> quoted = QuoteMask(article, spans);
  for (uint32_t s = 0; s < article.sentences.size(); ++s) {
    event_coding::SentenceCoder(article, s, verbs, codes, actors, options, quoted).Run();
  }
  if (!options.peer_conventions) {
    MergePlaceTargetsNamedOtherwise(article);
    event_coding::ReadTargetingAsSanctions(article, codes);
  }
}

}  // namespace dyad
