// Word-class tests for the shallow syntax of the event coder: prepositions,
// clause openers, auxiliaries. Arguments are match keys (Token::norm).
#ifndef DYAD_EVENTS_SYNTAX_H_
#define DYAD_EVENTS_SYNTAX_H_

#include <string_view>

#include "dyad/article.h"

namespace dyad {

// A preposition that makes the following noun its object.
bool IsPreposition(std::string_view w);
// A preposition of place: what follows is a location, not a participant.
bool IsLocative(std::string_view w);
// ; : ( ) - punctuation that ends a clause for role search.
bool IsClauseBreak(const Token& t);
// A form of "be" or "get" (passive auxiliaries).
bool IsBeForm(std::string_view w);
// A word that opens a new clause: an object is never found past it.
bool IsSubordinator(std::string_view w);
bool IsNegator(std::string_view w);
// An article, demonstrative or possessive pronoun that opens a noun phrase.
bool IsDeterminer(std::string_view w);
// For a noun naming an event ("attack", "sanctions", "accusation"), the CAMEO
// roots such an event has, space-separated ("18 19 20"); "" otherwise. Lets
// "condemned the attack" point at whoever attacked.
std::string_view EventNounRoots(std::string_view norm);
// The roots of a noun that may name any event ("decision", "move").
inline constexpr std::string_view kAnyRoot =
    "01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20";
// Whether tokens [from, end) describe the actor before them by its
// relation to another ("Azerbaijan's closest ally", "Russia's main backer in
// the region"): a possessive, then a noun of relation. The possessor is
// neither a subject nor an item of a list.
bool RelationalApposition(const Article& a, uint32_t from, uint32_t end);

// If a relative clause, an apposition or a participle phrase set off by
// commas stands right before token `verb` ("Pashinyan, who chairs the
// alliance, said"; "the NUG, formed by ousted lawmakers, accused"), the
// token where it begins (its first comma); else `verb`. Subjects are searched before that point.
uint32_t SkipAppositiveClause(const Article& a, uint32_t verb, uint32_t first);
// Adverbs that may stand between an auxiliary and its verb.
bool IsAdverb(std::string_view w);
// A manner adverb in -ly ("urgently", "firmly"), or "earlier", "later",
// "again"; lower case.
bool IsMannerAdverb(const Token& t);
// A participle that names an actor's part in what it modifies: "brokered",
// "mediated", "backed", "led", "sponsored", "proposed", "drafted".
bool IsAgentParticiple(std::string_view w);
// If the actor mention ending before token `mention_end` is joined by a
// hyphen to such a participle ("US-brokered", "Saudi-backed": the hyphen a
// token of its own where the tokeniser split the compound), the token after
// the participle; else 0. Tokens at or past `end` are not looked at.
uint32_t AgentCompoundEnd(const Article& a, uint32_t mention_end, uint32_t end);

}  // namespace dyad

#endif  // DYAD_EVENTS_SYNTAX_H_
