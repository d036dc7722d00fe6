// Word lists for the places stage (see place_words.h).
#include "geo/place_words.h"

#include <string_view>
#include <unordered_set>

namespace dyad::place_words {
namespace {

bool InSet(const std::unordered_set<std::string_view>& set, std::string_view w) {
  return set.count(w) > 0;
}

}  // namespace

// Lower-case words allowed inside a multi-word place name.
bool IsConnector(std::string_view norm) {
  static const std::unordered_set<std::string_view> kWords = {
      "of", "the", "al",  "el",  "es",   "de", "del", "da",  "do",  "dos", "du",  "la",
      "le", "les", "and", "on",  "upon", "an", "ad",  "as",  "ash", "at",  "bin", "ibn",
      "di", "des", "van", "von", "der",  "y",  "'s",  "sur", "am",  "im"};
  return InSet(kWords, norm);
}

// Words before a person's name.
bool IsTitle(std::string_view norm) {
  static const std::unordered_set<std::string_view> kWords = {"president",
                                                              "minister",
                                                              "mr",
                                                              "mrs",
                                                              "ms",
                                                              "miss",
                                                              "dr",
                                                              "gen",
                                                              "general",
                                                              "sen",
                                                              "senator",
                                                              "rep",
                                                              "representative",
                                                              "king",
                                                              "queen",
                                                              "prince",
                                                              "princess",
                                                              "sheikh",
                                                              "pope",
                                                              "judge",
                                                              "lt",
                                                              "col",
                                                              "colonel",
                                                              "capt",
                                                              "captain",
                                                              "sgt",
                                                              "sergeant",
                                                              "maj",
                                                              "major",
                                                              "secretary",
                                                              "chancellor",
                                                              "premier",
                                                              "governor",
                                                              "gov",
                                                              "mayor",
                                                              "ambassador",
                                                              "envoy",
                                                              "commander",
                                                              "adm",
                                                              "admiral",
                                                              "justice",
                                                              "lord",
                                                              "lady",
                                                              "sir",
                                                              "rev",
                                                              "father",
                                                              "brother",
                                                              "sister",
                                                              "emir",
                                                              "sultan",
                                                              "ayatollah",
                                                              "cardinal",
                                                              "bishop",
                                                              "coach",
                                                              "chairman",
                                                              "chief",
                                                              "officer",
                                                              "spokesman",
                                                              "spokeswoman",
                                                              "spokesperson",
                                                              "director",
                                                              "professor",
                                                              "prof",
                                                              "leader",
                                                              "speaker"};
  return InSet(kWords, norm);
}

bool IsMonthOrWeekday(std::string_view norm) {
  static const std::unordered_set<std::string_view> kWords = {
      "january",   "february", "march",     "april",    "may",    "june",     "july",  "august",
      "september", "october",  "november",  "december", "jan",    "feb",      "mar",   "apr",
      "jun",       "jul",      "aug",       "sep",      "sept",   "oct",      "nov",   "dec",
      "monday",    "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday"};
  return InSet(kWords, norm);
}

// Common English words that are also names of small places somewhere; alone
// and capitalised they are sentence starts or parts of names, not places.
bool IsCommonWord(std::string_view norm) {
  static const std::unordered_set<std::string_view> kWords = {
      "a",          "an",           "as",         "at",         "be",        "by",
      "do",         "go",           "he",         "if",         "in",        "is",
      "it",         "me",           "my",         "no",         "of",        "on",
      "or",         "so",           "to",         "up",         "us",        "we",
      "all",        "and",          "are",        "but",        "can",       "for",
      "had",        "has",          "her",        "his",        "its",       "may",
      "new",        "not",          "now",        "one",        "our",       "out",
      "she",        "the",          "two",        "was",        "who",       "why",
      "yet",        "you",          "also",       "back",       "best",      "both",
      "come",       "even",         "ever",       "from",       "good",      "have",
      "here",       "home",         "hope",       "into",       "just",      "last",
      "like",       "long",         "made",       "many",       "more",      "most",
      "much",       "must",         "next",       "once",       "only",      "over",
      "said",       "same",         "some",       "such",       "than",      "that",
      "them",       "then",         "they",       "this",       "time",      "very",
      "what",       "when",         "will",       "with",       "year",      "about",
      "after",      "again",        "along",      "among",      "army",      "before",
      "being",      "border",       "central",    "chief",      "city",      "civil",
      "council",    "court",        "early",      "east",       "every",     "first",
      "force",      "free",         "friday",     "global",     "great",     "health",
      "however",    "independence", "justice",    "later",      "liberty",   "mobile",
      "nice",       "north",        "northern",   "other",      "peace",     "people",
      "police",     "power",        "prime",      "reading",    "republic",  "security",
      "south",      "southern",     "split",      "state",      "still",     "there",
      "these",      "those",        "today",      "under",      "union",     "unity",
      "victoria",   "victory",      "west",       "western",    "eastern",   "where",
      "which",      "while",        "world",      "bath",       "deal",      "said",
      "says",       "during",       "since",      "until",      "three",     "four",
      "five",       "six",          "seven",      "eight",      "nine",      "ten",
      "hundreds",   "dozens",       "government", "parliament", "president", "minister",
      "military",   "national",     "federal",    "royal",      "supreme",   "university",
      "college",    "airport",      "station",    "gateway",    "agency",    "office",
      "press",      "times",        "post",       "news",       "media",     "union",
      "alliance",   "coalition",    "defense",    "defence",    "foreign",   "interior",
      "ministry",   "trade",        "energy",     "corona",     "mission",   "commerce",
      "industry",   "labor",        "labour",     "god",        "fleet",     "code",
      "white house"};
  return InSet(kWords, norm);
}

// Adjectives and demonyms that are also the names of some place.
bool IsAdjective(std::string_view norm) {
  static const std::unordered_set<std::string_view> kWords = {
      "english",  "somali",    "canadian", "togolese", "thai",    "balkan",  "arab",
      "kurdish",  "african",   "european", "asian",    "latin",   "nordic",  "caucasian",
      "american", "british",   "french",   "german",   "russian", "chinese", "indian",
      "turkish",  "persian",   "syrian",   "iraqi",    "iranian", "israeli", "jewish",
      "muslim",   "christian", "western",  "eastern",  "pacific", "atlantic"};
  return InSet(kWords, norm);
}

// Directions and similar words that may stand before a place name.
bool IsDirection(std::string_view norm) {
  static const std::unordered_set<std::string_view> kWords = {
      "north",        "south",        "east",      "west",      "northern",     "southern",
      "eastern",      "western",      "central",   "upper",     "lower",        "greater",
      "northeast",    "northwest",    "southeast", "southwest", "northeastern", "northwestern",
      "southeastern", "southwestern", "occupied",  "downtown",  "in",           "the"};
  return InSet(kWords, norm);
}

// Words naming the kind of place after its name ("Davao City").
bool IsPlaceTypeWord(std::string_view norm) {
  static const std::unordered_set<std::string_view> kWords = {
      "city",    "province", "region",     "state",   "governorate", "district",
      "oblast",  "county",   "prefecture", "strip",   "valley",      "island",
      "islands", "states",   "provinces",  "regions", "districts"};
  return InSet(kWords, norm);
}

// True for verb forms and adverbs that start sentences ("Simmering tension").
bool LooksLikeVerbOrAdverb(std::string_view norm) {
  auto ends = [&](std::string_view suffix) {
    return norm.size() > suffix.size() + 2 && norm.substr(norm.size() - suffix.size()) == suffix;
  };
  return ends("ing") || ends("ed") || ends("ly");
}

}  // namespace dyad::place_words
