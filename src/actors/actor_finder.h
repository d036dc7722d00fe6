// The actors stage: finds actor mentions in an analysed article and gives each
// a CAMEO code, then resolves pronouns, surnames and descriptions ("both
// leaders") to the actors already introduced.
#ifndef DYAD_ACTORS_ACTOR_FINDER_H_
#define DYAD_ACTORS_ACTOR_FINDER_H_

#include <string_view>
#include <vector>

#include "actors/actor_dictionary.h"
#include "dyad/article.h"

namespace dyad {

// Fills article.actors in text order. Requires tokens and sentences.
// The peers' ways with agents (PeerSwitches); dyad's own coding leaves them
// at their defaults.
struct AgentRules {
  // Non-empty: an agent no actor owns is coded this prefix + its code
  // instead of taking the country of its context.
  std::string_view unowned_agent_prefix;
  // "Lawmakers in Fornost" are Fornost's (PETRARCH); dyad does not read
  // "in" so, as "forces in Yemen" may be anyone's.
  bool agent_in_country = false;
  // "The ambassadors of A, B and C": the role goes to each country of the
  // list (dyad, PETRARCH); TABARI gives it to the first only.
  bool roles_over_lists = true;
  // Names match in any case ("ithilen"), as the peers upper-case all text;
  // dyad needs a capital ("Chad", not "chad").
  bool any_case = false;
  // A role word used as an adjective is an agent too ("the official news
  // agency"), as the peers tag it; dyad reads it as an adjective.
  bool role_adjectives = false;
  // "Deputy Prime Minister Telemar", where a peer's dictionary lists the
  // person among a country's names: a role holder of that country (dyad,
  // PETRARCH); TABARI codes him by the name alone.
  bool roles_name_listed_people = true;
};
void FindActors(Article& article, const ActorDictionary& dict, const AgentRules& rules = {});

// Adds the mentions that refer back to actors in `sentence`: pronouns,
// groups ("both leaders") and definite descriptions ("the organisation"),
// replacing role-noun mentions they cover. Called by FindActors.
void AddReferringMentions(Article& article, uint32_t sentence);

// A connective that may open a sentence before its subject ("But Padrino
// said", "However, she added"), lower case: no word of a name, and a
// pronoun after it still opens the sentence.
bool IsOpeningConnective(std::string_view norm);

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

// The first token of `sentence` after a dateline opening it ("SYDNEY -",
// "KIGALI, Rwanda (AA) -"); the sentence's first token if it has none.
uint32_t DatelineEnd(const Article& article, uint32_t sentence);

}  // namespace dyad

#endif  // DYAD_ACTORS_ACTOR_FINDER_H_
