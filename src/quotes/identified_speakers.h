// Speakers named as the story identifies them ("a resident who asked to be
// identified as Rabe").
#ifndef DYAD_QUOTES_IDENTIFIED_SPEAKERS_H_
#define DYAD_QUOTES_IDENTIFIED_SPEAKERS_H_

#include "dyad/article.h"

namespace dyad {

// Gives a quote attributed to a common noun ("the resident", "one man")
// the name its sentence identifies the speaker by ("who asked to be
// identified as Rabe", "who gave his name as Ali"), and later quotes
// attributed to that name alone ("Rabe said") the same speaker. Requires
// article.quotes.
void NameIdentifiedSpeakers(Article& article);

}  // namespace dyad

#endif  // DYAD_QUOTES_IDENTIFIED_SPEAKERS_H_
