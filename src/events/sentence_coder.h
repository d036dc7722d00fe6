// Internal to the events stage: the coder of one sentence. Its work is
// split by concern: event_coder.cc finds and ranks pattern matches and emits
// events; clause_syntax.cc finds source and target from shallow syntax;
// trigger_use.cc tells how the trigger is used (a noun or modifier, negated,
// passive, appealed for or announced); implied_roles.cc gives state codes and
// the roles the text leaves implicit; peer_roles.cc codes by the peers'
// conventions (for their validation suites).
#ifndef DYAD_EVENTS_SENTENCE_CODER_H_
#define DYAD_EVENTS_SENTENCE_CODER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actor_dictionary.h"
#include "dyad/article.h"
#include "events/cameo_codes.h"
#include "events/event_coder.h"
#include "events/pattern_match.h"
#include "events/syntax.h"
#include "events/verb_dictionary.h"

namespace dyad {
namespace event_coding {

uint32_t FirstLiteral(const PatternMatch& m);

// "hundreds of Serbs", "some of the rebels": the quantity before "of" (at
// token `of`) is the head, not a preposition governing the actor.
bool QuantityOf(const Article& a, uint32_t of, uint32_t sentence_first);

bool AfterPreposition(const SentenceView& v, uint32_t first);

// A verb in the past tense, as far as spelling tells: "called", "met".
bool IsPastVerb(const Token& t);

// A word that may stand between a conjunction and the actor it joins:
// "and the evil Gondor", "and good Gondor". Lower-case, uninflected, and
// not a function word.
bool IsLooseModifier(const Token& t);

ActorRef MakeRef(const Article& a, int mention);

// The CAMEO code for refusing an act of cooperation of code `code`
// ("refused to receive the envoy": 125; "refused to release them": 1243);
// "" when refusing it has no code of its own.
std::string RefusalCode(std::string_view code);

// The explanation given to a target that is only the country of a place
// named after the trigger ("attacked a camp outside Goma").
inline constexpr std::string_view kPlaceTargetWhy = "; target: the country of the place";
// Sentences back an act may be that a "similar" one repeats.
inline constexpr uint32_t kFollowReach = 2;

// States act through their governments: a bare country in an event is
// coded as its government ("Russia expelled" = RUSGOV, "accused Azerbaijan" =
// AZEGOV), as hand coders do. Two exceptions: the source of a use or show of
// force is the armed forces ("Israel launched airstrikes" = ISRMIL), while
// whom force strikes stays the bare country; and a country (or its capital)
// visited is the country, not its government.
void AdjustStateCodes(const Article& a, const std::string& event_code, ActorRef& source,
                      ActorRef& target, bool state_as_government);

bool EndsInLocative(const VerbPattern& p);

// An actor does not act on itself: same mention, or the same country in the
// same role (a country named bare counts as its government; a person with no
// known role does not).
bool SameActor(const Article& art, const ActorRef& a, const ActorRef& b);

// Civilians, businesses and other private groups of a country (CAMEO
// roles that are neither state nor armed nor organised opposition).
bool IsPrivateRole(std::string_view code);

bool IsStateRole(const Article& a, const ActorRef& r);

// A state using force on its own state ("Indian warplanes struck ... New
// Delhi") is a misreading of the sentence, not an event.
bool ImplausibleForce(const Article& a, std::string_view code, const ActorRef& s,
                      const ActorRef& t);

// The press reports events; it rarely takes part in them. A news outlet or
// reporter as source ("Reuters ... agreed"), or as target of anything but
// repression or violence, is a misreading of an attribution; a state's own
// outlet voicing a verdict (roots 11-13) is not.
bool ReporterOnly(const Article& a, std::string_view code, const ActorRef& source,
                  const ActorRef& target);
// "urged people to stay home", "called on citizens to vote": an appeal to
// the source's own public at large is a public statement, no act toward an
// actor (hand coders leave it uncoded).
bool AppealToOwnPublic(std::string_view code, const ActorRef& source, const ActorRef& target);

bool IsViolent(std::string_view code);

// "Washington has targeted civilian officials": force coded from "target"
// is a sanction (163) where the sentence speaks of sanctions or the
// source's country imposes sanctions elsewhere in the article
// (article_readings.cc).
void ReadTargetingAsSanctions(Article& a, const CameoCodes& codes);

// Reactions to other events: comments, praise, denials, investigations,
// demands, criticism, rejection, threats.
// CAMEO's code for force used by a country's protesters on its police or
// army (145) or the other way round (175); `code` otherwise.
// 190 and 193 by a non-state actor (gang, rebels, militants, crowd)
// against civilians become 180; other codes are returned unchanged.
std::string NonStateViolenceCode(const std::string& code, std::string_view source,
                                 std::string_view target);
std::string StreetViolenceCode(const std::string& code, std::string_view source,
                               std::string_view target);
// 181 for people seized (171 with a civilian, opposition, media, school or
// NGO target); `code` otherwise.
std::string SeizedPeopleCode(const std::string& code, std::string_view target);

bool ReactsToEvent(std::string_view code);

class SentenceCoder {
 public:
  SentenceCoder(Article& a, uint32_t s, const VerbDictionary& verbs, const CameoCodes& codes,
                const ActorDictionary& actors, const EventOptions& options,
                const std::vector<uint8_t>& quoted)
      : a_(a),
        s_(s),
        verbs_(verbs),
        codes_(codes),
        actors_(actors),
        options_(options),
        quoted_(quoted),
        view_(MakeSentenceView(a, s, &verbs)) {}

  void Run() {
    std::vector<PatternMatch> matches = FindMatches();
    std::vector<PatternMatch> chosen = SelectMatches(std::move(matches));
    for (const PatternMatch& m : chosen) {
      const VerbPattern& p = verbs_.pattern(m.pattern);
      if (!p.void_sentence) continue;
      a_.diagnostics.push_back({"discarded by the pattern '" + p.text + "' (" + p.origin +
                                    "): sentence " + std::to_string(s_) + " not coded",
                                false});
      return;
    }
    for (const PatternMatch& m : chosen) {
      if (!verbs_.pattern(m.pattern).null_event) Emit(m);
    }
  }

 private:
  std::vector<PatternMatch> FindMatches() const;
  void TryPatterns(const std::vector<uint32_t>& ids, uint32_t i,
                   std::vector<PatternMatch>* out) const;
  std::vector<PatternMatch> SelectMatches(std::vector<PatternMatch> all) const;
  // The roles of one match as Emit works them out: mention indices (-1 if
  // none), or actors implied by the context when no mention names them.
  struct Roles {
    int src = -1, tgt = -1;
    ActorRef implied, implied_target;
    std::string why;       // How the roles were found, for --explain.
    bool passive = false;  // The trigger is in the passive voice.
    bool joint = false;    // A joint act of cooperation, one event per pair.
  };
  void Emit(const PatternMatch& m);
  bool EmitCode(const PatternMatch& m, std::string* code, bool* negated);
  void PassiveRoles(const PatternMatch& m, Roles& r) const;
  bool ActiveSource(const PatternMatch& m, Roles& r) const;
  void ActiveTarget(const PatternMatch& m, Roles& r, bool modifier_source) const;
  bool EmitReciprocal(const PatternMatch& m, const Roles& r, bool negated, std::string& code);
  void ReactionTarget(const PatternMatch& m, Roles& r) const;
  bool ContextTarget(const PatternMatch& m, Roles& r) const;
  bool LastResortRoles(const PatternMatch& m, Roles& r, bool negated, std::string& code);
  void EmitEach(const PatternMatch& m, const Roles& r, bool negated, std::string& code);
  void EmitFollowing(const PatternMatch& m);
  void EmitWithinCompound(const PatternMatch& m, const std::vector<int>& members, bool negated,
                          const std::string& why);
  ActorRef PhraseActor(uint32_t at, bool before) const;
  int FirstMentionIn(uint32_t from, uint32_t to, int other) const;
  void PositionalRoles(const PatternMatch& m, bool no_implied_source, bool no_implied_target,
                       int& src, int& tgt, std::string& why) const;
  bool InSubordinateClause(uint32_t at) const;
  void EmitAppealedAct(const PatternMatch& m, uint32_t appeal, bool negated);
  bool IsPassive(const PatternMatch& m) const;
  // The word up to four before token `v`, in its clause, that negates it
  // ("not", "never", or a verb of refusal or failure: "refused to"); -1 if
  // none.
  int NegatingWord(uint32_t v) const;
  bool IsNegated(const PatternMatch& m) const;
  // Whether the trigger is refused ("refused to", "declined to"), not only
  // negated.
  bool Refused(const PatternMatch& m) const;
  bool IsModifierUse(uint32_t i) const;
  bool ModifiesPlural(uint32_t i) const;
  bool PluralAfterDemonym(uint32_t i) const;
  int RoleBefore(uint32_t end) const;
  bool Appositive(int x, int y) const;
  int ModifierOfEventNoun(uint32_t noun) const;
  bool EachOther(uint32_t from) const;
  bool NaturalCause(uint32_t trigger) const;
  // kIntended: a modal future ("will visit"); kWanted: an infinitive under a
  // verb of intention ("plans to visit").
  // kThreatened: an act threatened ("threatened to send", "threaten
  // sending"), coded as a threat of it.
  enum class Mood : uint8_t { kDone, kAppealed, kIntended, kWanted, kThreatened };
  // With kAppealed, `*appeal` is set to the appealing verb's token.
  // Whether the event noun at v is the object of a verb of wanting.
  bool SoughtNoun(uint32_t v) const;
  Mood TriggerMood(const PatternMatch& m, uint32_t* appeal = nullptr) const;
  bool OrdersOwnForces(uint32_t k) const;
  std::string_view ModalBefore(uint32_t v) const;
  bool ApprovedPlan(uint32_t k) const;
  bool PlannedEventNoun(uint32_t v) const;
  // The demanding verb whose "that" clause holds token `v`, if any.
  std::optional<uint32_t> DemandedThat(uint32_t v) const;
  // Whether token `v` is in the "that" clause of an allegation
  // ("allegations that", "alleged that").
  bool AllegedThat(uint32_t v) const;
  // Whether token `v` is a gerund an accusation governs ("accused X of
  // allying with").
  bool AccusedOf(uint32_t v) const;
  bool DeniedPart(uint32_t v) const;
  bool DisputedRole(uint32_t role) const;
  bool ToldClashKills(uint32_t v) const;
  bool InsideMention(uint32_t k) const;
  bool JudgedDecision(uint32_t v) const;
  int Subject(uint32_t before) const;
  int HeadOfRelativeClause(uint32_t before) const;
  bool OpensOnActor(const PatternMatch& m) const;
  bool NamesEventNoun(const PatternMatch& m) const;
  // The speaker of the direct quote holding token `at`, by a speech verb
  // next to a mention outside the quote in the sentence; -1 if none.
  int QuoteSpeaker(uint32_t at) const;
  // The X of "according to X" in the sentence; -1 if none.
  int AccordingTo() const;
  // Whether mention `k` is the possessor of the noun at token `noun`.
  bool PossessorOf(int k, uint32_t noun) const;
  bool GerundAfterPreposition(uint32_t i) const;
  bool AfterLocative(uint32_t first) const;
  bool TownAfterLocative(uint32_t first) const;
  bool AimOfMeasures(uint32_t v) const;
  bool TollOfConflict(uint32_t v) const;
  bool AfterInfinitiveMarker(uint32_t v) const;
  bool ThingBeforeParticiple(uint32_t v) const;
  bool Hypothetical(uint32_t trigger) const;
  int NameBeforeApposition(uint32_t rel) const;
  bool PrepositionBetween(uint32_t from, uint32_t to) const;
  ActorRef ListedVerbTarget(const PatternMatch& m, int src) const;
  void ForeignCaptives(const std::string& code, const ActorRef& source, int t,
                       ActorRef& target) const;
  bool IsObjectOfVerb(int mention) const;
  uint32_t Governor(uint32_t first) const;
  bool AgentOfNominal(uint32_t first) const;
  bool ParticipleObject(uint32_t first) const;
  int MainClauseSubject(uint32_t before) const;
  int InvertedSpeaker(uint32_t comma) const;
  bool AlliesWords(uint32_t k) const;
  int SubjectAfterOpeningPhrase(uint32_t trigger) const;
  int SubjectOfVerbBefore(uint32_t comma) const;
  bool PlainSubjectAfter(uint32_t from, uint32_t verb) const;
  int SubjectOfClauseBefore(uint32_t at) const;
  int WithPhraseSubject(uint32_t before) const;
  int CausedActor(uint32_t before) const;
  bool RescuedCaptives(const PatternMatch& m) const;
  bool Retaliates(const PatternMatch& m) const;
  bool ProtestDemands(uint32_t trigger) const;
  bool NewClauseBetween(uint32_t from, uint32_t to) const;
  int QuotedFirstPerson(uint32_t before) const;
  bool ThreatensAThing(const PatternMatch& m) const;
  bool PersonRightAfter(const PatternMatch& m) const;
  bool AerialSentence(uint32_t s) const;
  bool SentenceHasMission() const;
  bool PartylessNominal(const PatternMatch& m) const;
  void EmitBetweenMainPair(const PatternMatch& m, bool negated, const std::string& code);
  bool TargetIsPlace(const ActorRef& target) const;
  std::string CodeForRoles(const std::string& code, const ActorRef& source_ref,
                           const ActorRef& target_ref) const;
  ActorRef PlaceTarget(const PatternMatch& m, int src, std::string* why) const;
  ActorRef ProtestersOfPlace(const PatternMatch& m) const;
  ActorRef CiviliansOfSiteAfter(uint32_t after, std::string_view source) const;
  ActorRef ArmedFoeOf(const std::string& captive_code) const;
  ActorRef AuthorOfDocument(uint32_t noun, const std::string& source_code) const;
  bool InDrills(const PatternMatch& m) const;
  ActorRef EarlierAerialAttacker(const std::string& target_code) const;
  bool BackgroundRelative(uint32_t trigger, const DateMention* d) const;
  bool SubjectlessThatClause(uint32_t verb) const;
  int ClauseSubject(uint32_t before) const;
  int FirstSubjectFrom(uint32_t from, uint32_t before) const;
  // `through_that`: a "that" clause does not end the search (the peers read
  // on past it: "allowed that Mordor isn't" is aimed at Mordor).
  int ObjectAfter(uint32_t after, bool posture = false, bool through_that = false) const;
  // The actor a protest ending before `after` was held to denounce ("rallied
  // to denounce the French government"); -1 if none.
  int ProtestAim(uint32_t after) const;
  int ByAgent(uint32_t after) const;
  int ObjectWithin(const PatternMatch& m, int source, bool posture) const;
  ActorRef PlaceCountryAfter(uint32_t after, bool locative_only = false) const;
  int AgentOfEventNoun(uint32_t from) const;
  // `claim`: the event referred to is claimed ("claimed responsibility for
  // the attack"); its target is returned instead of its source.
  ActorRef PerpetratorOfEventNoun(uint32_t from, uint32_t end, const std::string& source_code,
                                  bool claim = false) const;
  ActorRef CodedPerpetrator(std::string_view roots, bool pronoun, const std::string& source_code,
                            bool claim) const;
  ActorRef SubjectOfVerbFor(uint32_t noun, const std::string& source_code) const;
  // `partners`: mentions acting with the source ("The US and Saudi Arabia
  // announced"), never its counterpart.
  ActorRef SalientCounterpart(const std::string& source_code, bool domestic = false,
                              const std::vector<int>& partners = {}) const;
  // Whether a "hand over" match hands over relief ("the goods were handed
  // over", "handed over food parcels to"), named in its clause up to its end.
  bool HandsOverRelief(const PatternMatch& m) const;
  // `code` adjusted to who acts on whom: a crowd storming a building
  // protests (145); killing civilians is an assault (180) unless strikes or
  // shelling did it; security forces killing protesters repress (175).
  std::string CodeForParties(const std::string& code, const PatternMatch& m, int src,
                             int tgt) const;
  // The implied target of a domestic act with none named: the opposition
  // an official resigning (0831) yields to, or the people a curfew or state
  // of emergency (1723, 1724) is imposed on, the government whose power is
  // seized (172), the opposition whose rallies are banned (1721). Appends the reason to *why;
  // none if the story names no such party.
  ActorRef DomesticTarget(const std::string& code, const PatternMatch& m, int src,
                          std::string* why) const;
  // The first opposition or protest actor (OPP, or another `role` such as
  // REB) of the country of `source_code` the article names anywhere; none
  // if it names none.
  ActorRef DomesticOpposition(const std::string& source_code, std::string_view role = "OPP") const;
  // Whether the matched words ban gatherings or political activity
  // ("banned demonstrations") rather than the press or the internet.
  bool BansAssembly(const PatternMatch& m) const;
  // Who held people of the captive's country: the source of the latest
  // arrest or abduction of them coded so far; none if there is none.
  ActorRef CaptorOf(const std::string& captive_code) const;
  // Who did `code` to mention `tgt` when a passive names no agent; none if
  // the act is not one a state does by default. Appends the reason to *why.
  int HeldBy(int captives, uint32_t trigger_end) const;
  ActorRef UnnamedAgent(const std::string& code, int tgt, uint32_t trigger_end,
                        std::string* why) const;
  void MediateBetweenMainPair(const PatternMatch& m, int src, bool negated, const std::string& why,
                              const std::string& code);
  std::vector<int> Conjuncts(int mention) const;
  bool CompoundBefore(uint32_t pos) const;
  std::vector<int> Expand(int mention) const;
  // `code` overrides the pattern's (the second event of a paired pattern).
  void AddEvent(const PatternMatch& m, const ActorRef& source, const ActorRef& target, bool negated,
                const std::string& why, const std::string* code = nullptr);

  Article& a_;
  uint32_t s_;
  const VerbDictionary& verbs_;
  const CameoCodes& codes_;
  const ActorDictionary& actors_;
  const EventOptions& options_;
  const std::vector<uint8_t>& quoted_;
  SentenceView view_;
};

}  // namespace event_coding
}  // namespace dyad

#endif  // DYAD_EVENTS_SENTENCE_CODER_H_
