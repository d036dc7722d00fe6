// The quotes stage: direct quotations (with their speakers) and indirect
// speech ("X stressed that ...").
#ifndef DYAD_QUOTES_QUOTE_FINDER_H_
#define DYAD_QUOTES_QUOTE_FINDER_H_

#include "dyad/article.h"

namespace dyad {

// Fills article.quotes in text order. Requires tokens (with lemmas),
// sentences and resolved actors.
void FindQuotes(Article& article);

// True if `lemma` is a verb of saying ("say", "stress", "warn", ...).
bool IsSpeechVerb(std::string_view lemma);

}  // namespace dyad

#endif  // DYAD_QUOTES_QUOTE_FINDER_H_
