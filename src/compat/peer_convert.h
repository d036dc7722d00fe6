// Loads a set of the peers' dictionaries named by a specification and turns
// them into dyad's own entries: actors and agents into ActorDictionary
// entries, verb patterns into VerbPatterns, discards into a matcher.
//
// Specifications (`dyad code --dictionaries SPEC`, repeatable):
//   petrarch:DIR   the PETRARCH-2 set in DIR: CAMEO.2.0.txt (else the one
//                  *verbs* file), Phoenix.*actors*, *agents*, *discards*
//   tabari:FILE    a TABARI .project file: the files it names
//   tabari:DIR     every .verbs, .actors, .agents and .options in DIR
//   KIND:FILE      one file; KIND is petrarch-verbs, petrarch-actors,
//                  petrarch-agents, discards, tabari-verbs, tabari-actors,
//                  tabari-agents or tabari-options
#ifndef DYAD_COMPAT_PEER_CONVERT_H_
#define DYAD_COMPAT_PEER_CONVERT_H_

#include <string>
#include <vector>

#include "actors/actor_dictionary.h"
#include "compat/peer_dictionaries.h"
#include "dyad/status.h"
#include "events/verb_dictionary.h"
#include "lexicon/lemmatizer.h"
#include "lexicon/phrase_matcher.h"

namespace dyad {

struct PeerDictionaries {
  std::vector<PeerActor> actors;
  std::vector<PeerAgent> agents;
  PeerVerbs verbs;
  std::vector<PeerDiscard> discards;
  PeerOptions options;
  std::vector<std::string> files;  // What was read, in order.
};

// Reads the files `spec` names into `into` (which may already hold others).
// Fails on a malformed spec or an unreadable file; bad lines are warnings.
[[nodiscard]] Status LoadPeerDictionaries(const std::string& spec, PeerDictionaries* into,
                                          std::vector<std::string>* warnings);

// Adds the actors and agents to `dict`. A one-code actor with a
// three-letter code is a country; an actor with several or dated
// codes is a person; others are organisations. Codes "---" are dropped.
void AddPeerActors(const PeerDictionaries& peers, ActorDictionary& dict);

// The verb patterns as dyad patterns; inflected forms the files list become
// irregular forms of `lemmatizer`.
std::vector<VerbPattern> PeerVerbPatterns(const PeerDictionaries& peers, Lemmatizer& lemmatizer,
                                          std::vector<std::string>* warnings);

// Discard phrases compiled for matching; value = index into peers.discards.
PhraseMatcher PeerDiscardMatcher(const PeerDictionaries& peers);

}  // namespace dyad

#endif  // DYAD_COMPAT_PEER_CONVERT_H_
