// Word lists the places stage reads context by: words inside place names,
// titles before a person's name, months, common words and adjectives that
// are also place names, directions and place-type words. Internal to geo/.
#ifndef DYAD_GEO_PLACE_WORDS_H_
#define DYAD_GEO_PLACE_WORDS_H_

#include <string_view>

namespace dyad::place_words {

// Lower-case words allowed inside a multi-word place name ("Gulf of Aden").
bool IsConnector(std::string_view norm);
// Words before a person's name ("President", "Gen").
bool IsTitle(std::string_view norm);
bool IsMonthOrWeekday(std::string_view norm);
// Common English words that are also names of small places somewhere.
bool IsCommonWord(std::string_view norm);
// Adjectives and demonyms that are also the names of some place.
bool IsAdjective(std::string_view norm);
// Directions and similar words that may stand before a place name.
bool IsDirection(std::string_view norm);
// Words naming the kind of place after its name ("Davao City").
bool IsPlaceTypeWord(std::string_view norm);
// Verb forms and adverbs that start sentences ("Simmering tension").
bool LooksLikeVerbOrAdverb(std::string_view norm);

}  // namespace dyad::place_words

#endif  // DYAD_GEO_PLACE_WORDS_H_
