// The events stage: verb patterns matched in each sentence become CAMEO
// events with source, target, date and place.
#ifndef DYAD_EVENTS_EVENT_CODER_H_
#define DYAD_EVENTS_EVENT_CODER_H_

#include "actors/actor_dictionary.h"
#include "dyad/article.h"
#include "events/cameo_codes.h"
#include "events/verb_dictionary.h"
#include "lexicon/word_classes.h"

namespace dyad {

struct EventOptions {
  bool keep_negated = false;       // Report negated events (flagged).
  bool code_inside_quotes = true;  // Code events inside direct quotations.
  bool trace_matches = false;      // Report every pattern match as a diagnostic.
  // See PipelineOptions::peer_conventions.
  bool peer_conventions = false;
  // See PeerSwitches (dyad/pipeline.h): codes used when a pattern finds no
  // source or no target; "" (dyad's coding) drops such a match.
  std::string default_source;
  std::string default_target;
  // See PeerSwitches::default_target_first and source_after_verb.
  bool default_target_first = false;
  bool source_after_verb = false;
  int new_actor_length = 0;  // See PeerSwitches::new_actor_length.
  // See PeerSwitches::role_object_is_target.
  bool role_object_is_target = false;
  // See PeerSwitches::appealed_acts.
  bool appealed_acts = false;
  bool positional_roles = false;  // See PeerSwitches::positional_roles.
};

// Fills article.events. Requires tokens (with lemmas), sentences, actors,
// and, for dates and places, article.dates and article.places.
void CodeEvents(Article& article, const VerbDictionary& verbs, const CameoCodes& codes,
                const ActorDictionary& actors, const EventOptions& options);

// Adds, for force reported by its target's side or by a world body ("the
// army said soldiers were killed in a raid by militias linked to X"), the
// speaker's accusation of the attacker (112). Requires events and quotes.
void AddReportedAccusations(Article& article, const CameoCodes& codes);

// Adds, for a speaker's words that name another actor with a word of
// wrongdoing ("said Pakistan had violated the ceasefire") or disapproval
// ("its unfriendly actions are counterproductive"), the speaker's
// accusation (112) or criticism (111) of that actor, unless the sentence
// already codes one. The words are the classes "wrongdoing" and
// "disapproval" of `words` (data/lexicon/judgement_words.txt). Requires
// events and quotes.
void AddReportedVerdicts(Article& article, const CameoCodes& codes, const WordClasses& words);

}  // namespace dyad

#endif  // DYAD_EVENTS_EVENT_CODER_H_
