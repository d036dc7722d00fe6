// The actors stage: finds actor mentions in an analysed article and gives each
// a CAMEO code, then resolves pronouns, surnames and descriptions ("both
// leaders") to the actors already introduced.
#ifndef DYAD_ACTORS_ACTOR_FINDER_H_
#define DYAD_ACTORS_ACTOR_FINDER_H_

#include <vector>

#include "actors/actor_dictionary.h"
#include "dyad/article.h"

namespace dyad {

// Fills article.actors in text order. Requires tokens and sentences.
// A non-empty `unowned_agent_prefix` (PeerSwitches) codes an agent no actor
// owns as that prefix + its code instead of giving it the country of its
// context.
void FindActors(Article& article, const ActorDictionary& dict,
                std::string_view unowned_agent_prefix = "");

// Adds the mentions that refer back to actors in `sentence`: pronouns,
// groups ("both leaders") and definite descriptions ("the organisation"),
// replacing role-noun mentions they cover. Called by FindActors.
void AddReferringMentions(Article& article, uint32_t sentence);

// Resolves pronoun and description mentions (called by FindActors).
void ResolveCoreference(Article& article);

// The two parties a story is about, as of mention `before`: the coordinated
// pair of actors ("Congo and Rwanda") the article names most, with no member
// in the party of any of `outsiders` (mention indices; the mediators, say).
// Mention indices, empty if there is no such pair.
std::vector<int> MainPair(const Article& article, size_t before, const std::vector<int>& outsiders);

// The country that dominates the article (most country-bearing mentions and
// towns or regions named, ties to the first mentioned; news media left out),
// other than `except`; "" if none.
std::string DominantCountry(const Article& article, const ActorDictionary& dict,
                            std::string_view except = "");

}  // namespace dyad

#endif  // DYAD_ACTORS_ACTOR_FINDER_H_
