// Event coding.
//
// Design: in each sentence, every token whose lemma anchors a pattern tries
// those patterns; the matches found are ranked by specificity (required
// words), then length, and taken greedily where their words do not overlap.
// Roles come from shallow syntax, not a parser:
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

std::vector<PatternMatch> SentenceCoder::FindMatches() const {
  std::vector<PatternMatch> out;
  std::vector<uint32_t> prefixed;  // Reused: TABARI stems, when loaded.
  for (uint32_t i = view_.first; i < view_.end; ++i) {
    if (quoted_[i] && !options_.code_inside_quotes) continue;
    if (view_.transparent[i - view_.first]) continue;  // "in March", "(US)".
    const Token& t = a_.tokens[i];
    uint32_t lemma = view_.lemma_ids[i - view_.first], norm = view_.norm_ids[i - view_.first];
    if (const std::vector<uint32_t>* ids = verbs_.Anchored(lemma)) TryPatterns(*ids, i, &out);
    if (norm != lemma) {
      if (const std::vector<uint32_t>* ids = verbs_.Anchored(norm)) TryPatterns(*ids, i, &out);
    }
    if (verbs_.has_prefix_anchors()) {
      prefixed.clear();
      verbs_.PrefixAnchored(t.norm, &prefixed);
      TryPatterns(prefixed, i, &out);
    }
  }
  return out;
}

void SentenceCoder::TryPatterns(const std::vector<uint32_t>& ids, uint32_t i,
                                std::vector<PatternMatch>* out) const {
  PatternMatch m;  // Reused: its token list keeps its memory between tries.
  for (uint32_t id : ids) {
    const VerbPattern& p = verbs_.pattern(id);
    if (!MayMatch(p, view_)) continue;
    // A noun written as such ("=meeting with +") is used as a noun.
    bool exact_noun = false;
    for (const PatternWord& w : p.elements[p.anchor].words) {
      exact_noun |=
          w.exact && w.key == a_.tokens[i].norm && a_.tokens[i].norm != a_.tokens[i].lemma;
    }
    if (p.anchor == 0 && !p.has_source && !p.predicate && !exact_noun && IsModifierUse(i)) continue;
    // The subject noun of a verdict, not a verb ("ruled that ... has no basis").
    if (p.predicate && a_.tokens[i].norm.ends_with("ed")) continue;
    if (p.anchor == 0 && !p.has_source && GerundAfterPreposition(i)) continue;
    // "Congolese forces chased the rebels": after a demonym a plural is a
    // noun, so a verb taking its object ("force + into") does not apply;
    // a noun pattern ("drone strike") still does.
    bool verb_object = p.elements.size() > 1 && p.elements[1].kind == PatternElement::Kind::kTarget;
    if (p.anchor == 0 && verb_object && PluralAfterDemonym(i)) continue;
    if (MatchPattern(p, view_, i, &m) && (!p.compound_subject || CompoundBefore(m.begin))) {
      m.pattern = id;
      out->push_back(m);
    }
  }
}

// "years of fighting jihadist groups", "support in battling
// insurgents", "accused him of threatening the stability": a gerund after
// a preposition names an activity told about, not an event done here.
bool SentenceCoder::GerundAfterPreposition(uint32_t i) const {
  const Token& t = a_.tokens[i];
  if (i == view_.first || !t.norm.ends_with("ing") || t.lemma == t.norm) return false;
  // ("after accusing India of ...", "before meeting Xi": a time clause of
  // the subject's own acts, which stays.)
  static const std::string_view kPrepositions[] = {"of",      "in",   "for",   "from",
                                                   "despite", "amid", "about", "against"};
  std::string_view prev = a_.tokens[i - 1].norm;
  if (std::find(std::begin(kPrepositions), std::end(kPrepositions), prev) ==
      std::end(kPrepositions)) {
    return false;
  }
  // A noun ("two days of fighting between rival groups") stays an event.
  if (i + 1 >= view_.end) return false;
  // "played a key role in brokering", "instrumental in facilitating": the
  // subject's own part in the act.
  for (uint32_t k = i - 1; k > view_.first && k + 4 > i; --k) {
    std::string_view w = a_.tokens[k - 1].norm;
    if (w == "role" || w == "part" || w == "instrumental" || w == "succeeded" || w == "helped") {
      return false;
    }
  }
  const Token& next = a_.tokens[i + 1];
  return next.kind == TokenKind::kWord && !IsPreposition(next.norm);
}

// The actor's words follow a place preposition (IsLocative, or "on",
// "along", "off"), over "the".
bool SentenceCoder::AfterLocative(uint32_t first) const {
  uint32_t k = first;
  if (k > view_.first && a_.tokens[k - 1].norm == "the") --k;
  if (k <= view_.first) return false;
  std::string_view w = a_.tokens[k - 1].norm;
  return IsLocative(w) || w == "on" || w == "along" || w == "off";
}

// Whether a word of the match after its first is an event noun ("called
// the ruling perverse").
bool SentenceCoder::NamesEventNoun(const PatternMatch& m) const {
  for (size_t k = 1; k < m.literal_tokens.size(); ++k) {
    if (!EventNounRoots(a_.tokens[m.literal_tokens[k]].norm).empty()) return true;
  }
  return false;
}

// Whether mention `k` owns the noun at `noun`: "Riyadh's decision",
// "Britain's latest move" (a possessive and up to two modifiers between).
bool SentenceCoder::PossessorOf(int k, uint32_t noun) const {
  uint32_t end = a_.actors[k].end_token;
  if (end >= noun || a_.tokens[end].kind != TokenKind::kPossessive) return false;
  return noun - end <= 3;
}

// Whether the match's first word ends an actor mention ("protesters
// gathered", "Iraqi troops entered"): a pattern anchored on its subject.
bool SentenceCoder::OpensOnActor(const PatternMatch& m) const {
  if (m.literal_tokens.empty()) return false;
  uint32_t t = m.literal_tokens.front();
  return t >= view_.first && t < view_.end && view_.mention_ending[t - view_.first] >= 0;
}

std::vector<PatternMatch> SentenceCoder::SelectMatches(std::vector<PatternMatch> all) const {
  // A partyless pattern only stands where it codes: in a clause naming no
  // actor, where it goes before an equally long ordinary one.
  std::erase_if(all, [&](const PatternMatch& m) {
    return verbs_.pattern(m.pattern).partyless && !PartylessNominal(m);
  });
  std::stable_sort(all.begin(), all.end(), [&](const PatternMatch& x, const PatternMatch& y) {
    int lx = verbs_.pattern(x.pattern).literal_count;
    int ly = verbs_.pattern(y.pattern).literal_count;
    if (lx != ly) return lx > ly;
    bool px = verbs_.pattern(x.pattern).partyless, py = verbs_.pattern(y.pattern).partyless;
    if (px != py) return px;
    // Equally specific: over a pattern opening on its subject's noun
    // ("protesters gathered"), one that names its target ("gathered outside
    // an embassy"); else the one that starts first (the verb governing the
    // other's words: "mediated talks between"), then the longer.
    if ((x.target >= 0) != (y.target >= 0) && (OpensOnActor(x) || OpensOnActor(y))) {
      return x.target >= 0;
    }
    if (x.begin != y.begin) return x.begin < y.begin;
    return x.end - x.begin > y.end - y.begin;
  });
  std::vector<uint8_t> used(view_.end - view_.first, 0);
  std::vector<PatternMatch> chosen;
  for (PatternMatch& m : all) {
    if (options_.trace_matches) {
      const VerbPattern& p = verbs_.pattern(m.pattern);
      a_.diagnostics.push_back({"match s" + std::to_string(s_) + " [" + std::to_string(m.begin) +
                                    "," + std::to_string(m.end) + ") " + p.code + " | " + p.text,
                                false});
    }
    bool overlap = false;
    for (uint32_t t : m.literal_tokens) overlap |= used[t - view_.first] != 0;
    if (overlap) continue;
    for (uint32_t t : m.literal_tokens) used[t - view_.first] = 1;
    chosen.push_back(std::move(m));
  }
  std::sort(chosen.begin(), chosen.end(),
            [](const PatternMatch& x, const PatternMatch& y) { return x.begin < y.begin; });
  return chosen;
}

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
  bool negated = IsNegated(m);
  // "said he would not resign": an official refusing to step down rejects
  // the demand that he go (1231), aimed at the opposition below.
  bool kept_office = negated && p.code == "0831" && !options_.peer_conventions;
  if (kept_office) negated = false;
  if (negated && !options_.keep_negated) return;
  if (IsViolent(p.code) && NaturalCause(FirstLiteral(m))) return;
  if (IsViolent(p.code) && AimOfMeasures(FirstLiteral(m))) return;
  if (!options_.peer_conventions && AllegedThat(FirstLiteral(m))) return;
  uint32_t appeal = 0;
  Mood mood = TriggerMood(m, &appeal);
  if (mood == Mood::kAppealed) {
    if (options_.appealed_acts) EmitAppealedAct(m, appeal, negated);
    return;
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
    if ((intent.empty() || intent == p.code) && mood == Mood::kWanted) return;
    if (!intent.empty()) code = intent;
  }
  if (kept_office) code = "1231";
  int src = m.source, tgt = m.target;
  std::string why;
  ActorRef implied, implied_target;
  bool passive = !p.has_source && IsPassive(m);
  // "released a report on Iran" is no release; "released Cheng Lei",
  // a person named right after the verb, is.
  if (p.passive_only && !passive && !PersonRightAfter(m)) return;
  if (passive) {
    int subject = SubjectlessThatClause(FirstLiteral(m)) ? -1 : Subject(FirstLiteral(m));
    int by = ByAgent(m.literal_tokens.back());
    if (tgt >= 0 && a_.actors[tgt].first_token > 0 &&
        a_.tokens[a_.actors[tgt].first_token - 1].norm == "by") {
      by = tgt;
    }
    bool prepositional =
        tgt >= 0 && by != tgt && AfterPreposition(view_, a_.actors[tgt].first_token);
    src = by;
    why = "passive: source the by-phrase";
    if (prepositional) {
      // "was extradited to the United States": the slot stays the target,
      // and without a by-phrase the state holding the subject acted.
      if (src < 0 && subject >= 0 &&
          a_.actors[subject].code.compare(0, 3, a_.actors[tgt].code, 0, 3) != 0) {
        implied.code = a_.actors[subject].code.substr(0, 3) + "GOV";
        implied.name = actors_.CountryName(implied.code);
        why += " (none: the state of the subject)";
      }
    } else {
      tgt = subject;
      why += "; target the subject";
      if (src < 0 && IsViolent(p.code)) {
        src = AgentOfEventNoun(m.literal_tokens.back() + 1);
        if (src >= 0) why += " (source: the actor named with the weapon)";
      }
      if (src < 0 && tgt >= 0) implied = UnnamedAgent(p.code, tgt, m.end, &why);
    }
  } else {
    // "an Israeli airstrike on ...", "a Russian missile attack": an actor
    // right before an event noun did it.
    bool modifier_source = false;
    if (src < 0 && !EventNounRoots(a_.tokens[FirstLiteral(m)].norm).empty()) {
      src = ModifierOfEventNoun(FirstLiteral(m));
      modifier_source = src >= 0;
    }
    // "said the rulers in Riyadh would face revenge": a target slot
    // before the verb; the speaker threatens.
    bool target_first = !p.elements.empty() &&
                        p.elements[0].kind == PatternElement::Kind::kTarget && tgt >= 0 &&
                        !options_.peer_conventions;
    if (src < 0 && target_first) {
      uint32_t at = a_.actors[tgt].first_token;
      src = quoted_[at] ? -1 : Subject(at);
      if (src < 0) src = QuoteSpeaker(at);
      if (src < 0) src = AccordingTo();
      why += " (source: the speaker)";
    }
    if (src < 0 && !target_first) src = Subject(FirstLiteral(m));
    if (src < 0 && p.code.starts_with("04") && !options_.peer_conventions) {
      src = SubjectAfterOpeningPhrase(FirstLiteral(m));
      if (src >= 0) why += " (source: the subject after the opening phrase)";
    }
    if (src < 0 && p.code.starts_with("14") && !options_.peer_conventions) {
      implied = ProtestersOfPlace(m);
      if (!implied.code.empty()) why += " (source: the opposition where the protest is)";
    }
    // "Qatar said Riyadh's decision was illegal": the owner of the act
    // judged is the target; the judge is the subject before it.
    bool verdict = p.predicate && ReactsToEvent(p.code);
    if (verdict && src >= 0 && PossessorOf(src, FirstLiteral(m))) {
      tgt = src;
      src = Subject(a_.actors[tgt].first_token);
    }
    // A verdict inside a quote is its speaker's; "the closure was unlawful,
    // according to Oslo" is Oslo's.
    if (verdict && src < 0 && quoted_[FirstLiteral(m)]) src = QuoteSpeaker(FirstLiteral(m));
    if (verdict && src < 0) src = AccordingTo();
    if (p.subject_is_target && tgt < 0) tgt = Subject(FirstLiteral(m));
    // A protest "in" or "outside" somewhere names a place, not a target.
    bool protest_place = p.code.starts_with("14") && EndsInLocative(p);
    // "called the voyage a provocation": the object is an event, and the
    // reaction is aimed at whoever did it (found below), not at an actor
    // named after it.
    bool event_object = ReactsToEvent(p.code) && (NamesEventNoun(m) || verdict);
    if (tgt < 0 && !p.has_target && !protest_place && !event_object) {
      tgt = ObjectWithin(m, src, p.code.starts_with("15"));
      // "The UN opened an inquiry into raids on its own
      // peacekeepers": the source's own people are not its target; the
      // target is looked for as if none were named.
      // Nor is its own country named bare ("Beijing denied that China had
      // any part in the hacking").
      if (tgt >= 0 && src >= 0 && !options_.peer_conventions &&
          (a_.actors[tgt].code == a_.actors[src].code ||
           (a_.actors[tgt].kind == ActorKind::kCountry &&
            a_.actors[tgt].code.compare(0, 3, a_.actors[src].code, 0, 3) == 0))) {
        tgt = -1;
      }
      // "serving as mediators on behalf of CARICOM": whom one acts for is no
      // target.
      uint32_t at = tgt >= 0 ? a_.actors[tgt].first_token : 0;
      for (uint32_t k = at; tgt >= 0 && k > m.end && k + 5 > at; --k) {
        if (a_.tokens[k - 1].norm == "behalf") tgt = -1;
      }
      // "mediated talks opened in the Kenyan capital Nairobi": where
      // mediated talks are held is no party to them.
      if (tgt >= 0 && (p.code.starts_with("045") || p.code.starts_with("039")) &&
          TownAfterLocative(a_.actors[tgt].first_token)) {
        tgt = -1;
      }
      // "quit as Ghana's head of state", "resigned from the
      // cabinet": the office left, not someone acted on.
      std::string_view last = a_.tokens[m.literal_tokens.back()].norm;
      if (p.code == "0831" && (last == "as" || last == "from")) tgt = -1;
    }
    why = p.has_source      ? "source: $ slot"
          : modifier_source ? "source: the actor before the event noun"
                            : "source: subject before the trigger";
    why += p.has_target ? "; target: + slot" : "; target: first actor after the trigger";
    if (p.reverse) {
      std::swap(src, tgt);
      why += " (reversed: the slot gives, the subject receives)";
    }
    if (src < 0 && tgt >= 0 && options_.source_after_verb) {
      // TABARI with no PRIOR source default: the actors after the verb.
      std::vector<int> after = Expand(tgt);
      src = after[0];
      tgt = after.size() >= 2 ? after[1] : -1;
      why += " (source: the first actor after the verb, as TABARI reads it)";
    }
  }
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
                     !mediation && !praise_of_event && !passive;
  bool slot_target = m.target >= 0;
  // "Russia and Belarus began joint exercises on NATO's eastern flank": an
  // actor after a place preposition is where, not with whom.
  bool located = tgt >= 0 && !slot_target && !options_.peer_conventions &&
                 AfterLocative(a_.actors[tgt].first_token);
  // "Armenia and Azerbaijan agreed on a plan for Georgia's border": an
  // owner inside the object is no party to it.
  bool owner = tgt >= 0 && !slot_target && !options_.peer_conventions &&
               a_.actors[tgt].end_token < view_.end &&
               a_.tokens[a_.actors[tgt].end_token].kind == TokenKind::kPossessive;
  // "Chad and Sudan signed a memorandum ... on the return of Sudanese
  // refugees": after a preposition, an actor is what the joint act
  // is about, not a party to it.
  bool about = tgt >= 0 && !slot_target && !options_.peer_conventions && code >= "03" &&
               code < "07" && src >= 0 && Expand(src).size() >= 2 &&
               PrepositionBetween(m.end, a_.actors[tgt].first_token);
  bool weak_target =
      (tgt >= 0 && a_.actors[tgt].kind == ActorKind::kAgent && !options_.role_object_is_target) ||
      located || owner || about;
  bool default_first = tgt < 0 && options_.default_target_first && !options_.default_target.empty();
  // A joint act of cooperation (03-06: "A and B signed a treaty", "talks
  // between Russia and NATO") is one event per pair, first named to second,
  // as hand coders code it; other reciprocal acts (a truce, clashes, a
  // swap) are coded each way.
  bool joint = !options_.peer_conventions && code >= "03" && code < "07";
  std::vector<int> parties =
      src >= 0 && mutual_code && !default_first && (tgt < 0 || (!slot_target && weak_target))
          ? Expand(src)
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
          AddEvent(m, source, target, negated, why + " (reciprocal)", &code);
      }
    }
    return;
  }
  if (!options_.peer_conventions) code = CodeForParties(code, m, src, tgt);
  if (tgt < 0 && src >= 0 && ReactsToEvent(p.code)) {
    // "condemned the attack", "rejected the demand": the target is whoever
    // did what the object noun names, coded earlier in the article.
    // The object noun, or the trigger's own first word ("the decision was
    // dangerous").
    uint32_t noun =
        EventNounRoots(a_.tokens[first].norm).empty() && !p.predicate ? first + 1 : first;
    implied_target = PerpetratorOfEventNoun(noun, m.end, a_.actors[src].code, p.code == "015");
    if (!implied_target.code.empty()) {
      why += "; target: the actor of the event referred to";
    } else if (int object = !p.has_target && (NamesEventNoun(m) || p.predicate)
                                ? ObjectWithin(m, src, false)
                                : -1;
               object >= 0 &&
               a_.actors[object].code.compare(0, 3, a_.actors[src].code, 0, 3) != 0) {
      tgt = object;
      // "no comment on the arrest of the Ugandan activist": no such event
      // coded, so the actor named with it.
      why += "; target: first actor after the trigger";
    } else if (p.code.starts_with("01")) {
      // "concern about the fighting in Sudan": the country it happens in.
      implied_target = PlaceCountryAfter(m.end);
      if (!implied_target.code.empty()) why += "; target: the country concerned";
    }
  }
  // "rallied in Kigali to denounce the French government": what a protest
  // is held to denounce is its target.
  if (implied_target.code.empty() && tgt < 0 && src >= 0 && p.code.starts_with("14") &&
      !options_.peer_conventions) {
    if (int aim = ProtestAim(m.end); aim >= 0) {
      tgt = aim;
      why += "; target: what the protest was held to denounce";
    }
  }
  // Protest, and threats of protest (133).
  bool dissent = p.code.starts_with("14") || p.code.starts_with("133");
  // "will not accept the result", "said the polls had been rigged".
  if ((p.code.starts_with("12") || p.code.starts_with("112")) && src >= 0) {
    const std::string& code = a_.actors[src].code;
    dissent = code.ends_with("OPP") || code.ends_with("REB") || code.ends_with("CVL");
  }
  if (implied_target.code.empty() && tgt < 0 && (src >= 0 || !implied.code.empty()) && dissent) {
    // Protest or rejection without a named target: aimed at the
    // government of those who protest or reject.
    const std::string& code = src >= 0 ? a_.actors[src].code : implied.code;
    if (code.size() >= 3 && code.compare(3, 3, "GOV") != 0 && !code.starts_with("IGO")) {
      implied_target.code = code.substr(0, 3) + "GOV";
      implied_target.name = actors_.CountryName(implied_target.code);
      why += "; target: the protesters' government";
    }
  }
  // "actions that threaten peace and stability": a threat whose object is
  // a thing and no actor threatens no one.
  if (tgt < 0 && p.code.starts_with("13") && ThreatensAThing(m)) return;
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
  if (implied_target.code.empty() && tgt < 0 && src >= 0 &&
      (p.code.starts_with("13") || p.code.starts_with("19")) && !options_.peer_conventions &&
      Retaliates(m)) {
    implied_target = CodedPerpetrator("18 19 20", false, a_.actors[src].code, false);
    if (!implied_target.code.empty()) why += "; target: who did the violence answered";
  }
  bool answers = (ReactsToEvent(p.code) && !p.code.starts_with("01")) || p.code.starts_with("07") ||
                 p.code.starts_with("033") || p.code == "150" || p.code == "016" ||
                 p.code == "0253" || p.code.starts_with("16");
  bool aid = p.code.starts_with("07") || p.code.starts_with("033") || p.code == "018";
  if (implied_target.code.empty() && tgt < 0 && src >= 0 && !p.has_target &&
      !options_.peer_conventions) {
    implied_target = ListedVerbTarget(m, src);
    if (!implied_target.code.empty()) why += "; target: the object of the verb before it in a list";
  }
  if (implied_target.code.empty() && tgt < 0 && src >= 0 && aid && !options_.peer_conventions) {
    // Aid and condolences with no one named go where the story is: the
    // country whose towns and people it is about ("sent relief materials"
    // after a quake).
    std::string where = DominantCountry(a_, actors_, a_.actors[src].code.substr(0, 3));
    if (!where.empty()) {
      implied_target.code = where + "GOV";
      implied_target.name = actors_.CountryName(implied_target.code);
      why += "; target: the country the story is about";
    }
  }
  if (implied_target.code.empty() && tgt < 0 && src >= 0 && answers && !options_.peer_conventions) {
    implied_target = SalientCounterpart(a_.actors[src].code);
    // A story of one country: its other side ("the government rejected the
    // figure" in a story about the opposition).
    if (implied_target.code.empty()) {
      implied_target = SalientCounterpart(a_.actors[src].code, /*domestic=*/true);
    }
    if (!implied_target.code.empty()) why += "; target: the actor the article is about";
  }
  if (implied_target.code.empty() && tgt < 0 && src >= 0 &&
      (p.code.starts_with("0871") || p.code == "0874" || p.code == "196") &&
      !options_.peer_conventions) {
    // "The rebels agreed to a ceasefire": a truce is made with the other
    // side, the actor the article names most besides the source; so is a
    // retreat ("pulled out of the city"), before that side, and a truce
    // is broken against it.
    implied_target = SalientCounterpart(a_.actors[src].code, /*domestic=*/true);
    if (!implied_target.code.empty()) why += "; target: the other side the article names most";
  }
  if (implied_target.code.empty() && tgt < 0 && src >= 0 && !options_.peer_conventions &&
      (p.code == "0831" || p.code == "1231" || p.code == "172" || p.code == "1721" ||
       p.code == "1723" || p.code == "1724")) {
    implied_target = DomesticTarget(p.code, m, src, &why);
    // An official resigning in a story of no opposition: no event.
    if (implied_target.code.empty() && p.code == "0831" && IsStateRole(a_, MakeRef(a_, src))) {
      return;
    }
  }
  if (!implied_target.code.empty()) {
    // Found above.
  } else if (tgt < 0 && src >= 0 && (IsViolent(p.code) || p.code == "042")) {
    // Force used against a place, or a visit to one ("arrived in Bali").
    implied_target = PlaceTarget(m, src, &why);
    if (implied_target.code.empty()) return;
  } else if (tgt < 0 && src >= 0 && (mediation || p.code.starts_with("0256")) &&
             implied_target.code.empty()) {
    // "The deal, mediated by the US and Qatar", "the UN called for
    // restraint": between the story's parties, or to each of them.
    MediateBetweenMainPair(m, src, negated, why, code);
    return;
  } else if (tgt < 0 && options_.new_actor_length > 0 &&
             !(implied_target = PhraseActor(m.end, false)).code.empty()) {
    why += "; target: the words after the verb";
  } else if (tgt < 0 && !options_.default_target.empty()) {
    implied_target.code = options_.default_target;
    why += "; target: the suite's default";
  }
  if (src < 0 && implied.code.empty() && options_.new_actor_length > 0) {
    implied = PhraseActor(FirstLiteral(m), true);
    if (!implied.code.empty()) why += "; source: the words before the verb";
  }
  // "the air raid hit their convoy": an air strike with no one named is
  // by whoever carried out the air strikes told before.
  if (src < 0 && implied.code.empty() && IsViolent(p.code) && !options_.peer_conventions &&
      AerialSentence(s_)) {
    implied = EarlierAerialAttacker(tgt >= 0 ? a_.actors[tgt].code : implied_target.code);
    if (!implied.code.empty()) why += "; source: who carried out the air strikes told before";
  }
  if (src < 0 && implied.code.empty() && !options_.default_source.empty()) {
    implied.code = options_.default_source;
    why += "; source: the suite's default";
  }
  if (int c = p.compound_subject ? src : tgt;
      p.within_compound && c >= 0 && Expand(c).size() >= 2) {
    return EmitWithinCompound(m, Expand(c), negated, why);
  }
  if (options_.positional_roles) {
    PositionalRoles(m, implied.code.empty(), implied_target.code.empty(), src, tgt, why);
  }
  if (p.partyless) {
    // "Clashes continued on Monday", "after the talks held in Doha": between
    // the two parties the story is about, and only where no one is named.
    if (src < 0 && tgt < 0 && implied.code.empty() && implied_target.code.empty()) {
      EmitBetweenMainPair(m, negated, code);
    }
    return;
  }
  if ((tgt < 0 && implied_target.code.empty()) || (src < 0 && implied.code.empty())) return;
  std::vector<int> sources = src >= 0 ? Expand(src) : std::vector<int>{-1};
  // "talks between Russia and NATO": both slots in one coordination; a
  // joint act is coded once per pair.
  std::vector<std::pair<int, int>> pairs;  // Joint pairs coded so far.
  for (int s : sources) {
    std::vector<int> targets = tgt >= 0 ? Expand(tgt) : std::vector<int>{-1};
    std::vector<std::string> private_targets;  // Countries of private targets so far.
    for (int t : targets) {
      if (joint && s >= 0 && t >= 0) {
        if (std::find(pairs.begin(), pairs.end(), std::make_pair(t, s)) != pairs.end()) continue;
        pairs.emplace_back(s, t);
      }
      ActorRef source = s >= 0 ? MakeRef(a_, s) : implied;
      ActorRef target = t >= 0 ? MakeRef(a_, t) : implied_target;
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
      AddEvent(m, source, target, negated, why, &code);
      if (p.mutual && !joint && !target.code.empty()) {
        AddEvent(m, target, source, negated, why + " (mutual)", &code);
      }
      if (!p.paired_code.empty() && !target.code.empty() && code == p.code) {
        AddEvent(m, target, source, negated, why + " (paired)", &p.paired_code);
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
  if (!options.peer_conventions) MergePlaceTargetsNamedOtherwise(article);
}

}  // namespace dyad
