// Speakers named as the story identifies them ("a trader who would give
// only his first name, Musa").
#ifndef DYAD_QUOTES_IDENTIFIED_SPEAKERS_H_
#define DYAD_QUOTES_IDENTIFIED_SPEAKERS_H_

#include "dyad/article.h"

namespace dyad {

// Gives a quote attributed to a common noun ("the resident", "one man")
// the name its sentence identifies the speaker by ("who wished to be
// identified only as Musa", "who gave his name as Ali"), and later quotes
// attributed to that name alone ("Musa said") the same speaker. Requires
// article.quotes.
void NameIdentifiedSpeakers(Article& article);

// Gives a quote attributed to a surname alone ("Jourova said") that no
// dictionary knows the code of the earlier quote's speaker named in full
// ("EU Commissioner Vera Jourova"). Requires article.quotes.
void CodeSpeakersBySurname(Article& article);

}  // namespace dyad

#endif  // DYAD_QUOTES_IDENTIFIED_SPEAKERS_H_
