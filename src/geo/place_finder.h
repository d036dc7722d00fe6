// The places stage: finds place names in an article and resolves each to one
// gazetteer entry (country, coordinates).
#ifndef DYAD_GEO_PLACE_FINDER_H_
#define DYAD_GEO_PLACE_FINDER_H_

#include "dyad/article.h"
#include "geo/gazetteer.h"

namespace dyad {

// Fills article.places from article.tokens and article.sentences (the text
// stage must have run). Replaces any places already there. Never fails: text
// that names no known place yields no mentions.
void FindPlaces(Article& article, const Gazetteer& gazetteer);

// Drops places that lie inside the name of a person or an organisation
// found by the actors stage ("Obama" is no town in Japan here, "Kuwait News
// Agency" no place). Call after both stages.
void DropPlacesInsideNames(Article& article);

}  // namespace dyad

#endif  // DYAD_GEO_PLACE_FINDER_H_
