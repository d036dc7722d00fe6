// The shared data model. An Article owns its text; every later stage adds
// annotations that point into that text by byte offset ([begin, end)).
// Stages run in order: text (tokens, sentences) -> actors -> events, quotes,
// dates, places. Each annotation vector is filled by exactly one stage.
#ifndef DYAD_ARTICLE_H_
#define DYAD_ARTICLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// A calendar date; a zero month or day means "not known to that precision".
struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;
  bool valid() const { return year > 0; }
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

enum class TokenKind : uint8_t {
  kWord,        // Letters, maybe with digits, hyphens or inner periods (U.S.).
  kNumber,      // Digits, maybe with , . separators (1,000 2.5).
  kPunct,       // Any other single character or run (. , ; : ! ? ...).
  kOpenQuote,   // A quotation mark that opens a quotation.
  kCloseQuote,  // A quotation mark that closes a quotation.
  kPossessive,  // 's or ' after a noun.
};

struct Token {
  uint32_t begin = 0;  // Byte offsets into Article::text.
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool capitalized = false;  // First letter is upper case.
  bool all_caps = false;     // Two or more letters, all upper case.
  // Match key: NFKC, case-folded, hyphens, periods inside abbreviations and
  // apostrophes removed ("U.S." -> "us", "cease-fire" -> "ceasefire").
  std::string norm;
  // Lemma of `norm` (verbs and plural nouns reduced: "met" -> "meet").
  std::string lemma;
};

struct Sentence {
  uint32_t begin = 0;  // Byte offsets into Article::text.
  uint32_t end = 0;
  uint32_t first_token = 0;  // Index into Article::tokens.
  uint32_t token_count = 0;
  uint32_t paragraph = 0;
};

enum class ActorKind : uint8_t {
  kCountry,       // A country name, demonym or capital.
  kPerson,        // A named person from the dictionary.
  kOrganization,  // An IGO, NGO, party or armed group.
  kAgent,         // A role noun, alone or with a country ("Iraqi police").
  kPronoun,       // Resolved by coreference.
  kDescription,   // "both leaders", "the group": resolved by coreference.
};

// An actor mentioned in the text, with its resolved CAMEO code.
struct ActorMention {
  uint32_t sentence = 0;
  uint32_t first_token = 0;  // [first_token, end_token) into Article::tokens.
  uint32_t end_token = 0;
  uint32_t begin = 0;  // Byte offsets into Article::text.
  uint32_t end = 0;
  ActorKind kind = ActorKind::kCountry;
  std::string code;  // CAMEO actor code, e.g. "IRQGOV".
  std::string name;  // Canonical name, e.g. "Mohammed Shia al-Sudani".
  // For people: the name as the article first wrote it ("Mohammed Shia
  // Al-Sudani", "Volker Türk"); "" for other actors.
  std::string written_name;
  int entity = -1;  // Coreference cluster; mentions of one actor share it.
  // The words join a role noun to a name ("WFP spokeswoman", "Iraq's
  // foreign minister").
  bool with_role = false;
  // For a group mention ("both leaders") the entities it stands for.
  std::vector<int> members;
};

struct ActorRef {
  std::string code;
  std::string name;
  std::string text;  // The words in this sentence that named the actor.
  int mention = -1;  // Index into Article::actors, -1 if none.
};

struct Event {
  uint32_t sentence = 0;
  ActorRef source;
  ActorRef target;
  std::string code;  // CAMEO event code, 2-4 digits.
  double goldstein = 0;
  int quad_class = 0;  // 1 verbal coop, 2 material coop, 3 verbal, 4 material conflict.
  std::string plover_type;
  std::string plover_mode;
  std::string date;           // ISO 8601 at its precision.
  std::string place;          // Name of the place the event happened, "" if none.
  std::string place_country;  // ISO 3166 alpha-2 of that place.
  bool negated = false;
  uint32_t trigger_begin = 0;  // Byte offsets of the matched trigger words.
  uint32_t trigger_end = 0;
  std::string pattern;         // The dictionary pattern that matched, as written.
  std::string pattern_source;  // "file:line" of the pattern.
  std::string explanation;     // Why source and target were chosen.
};

enum class QuoteKind : uint8_t { kDirect, kIndirect };

struct Quote {
  uint32_t sentence = 0;
  uint32_t begin = 0;  // Byte offsets of the quoted words (without marks).
  uint32_t end = 0;
  QuoteKind kind = QuoteKind::kDirect;
  std::string speaker_name;
  std::string speaker_code;
  // The speaker as the text names them ("the Defense Department") is
  // speaker_name; this is the dictionary's name ("Pentagon"), "" if none.
  std::string speaker_canonical;
  int speaker_mention = -1;  // Index into Article::actors, -1 if unknown.
};

struct PlaceMention {
  uint32_t sentence = 0;
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  std::string name;     // Gazetteer name.
  std::string country;  // ISO 3166 alpha-2; "" for multi-country areas.
  std::string kind;     // country, city, region, water, site.
  double lat = 0;
  double lon = 0;
  bool has_coordinates = false;
};

enum class DatePrecision : uint8_t { kDay, kMonth, kYear, kRange };

struct DateMention {
  uint32_t sentence = 0;
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string value;  // 2025-03-14, 2024-10, 2025 or 2004-06-27/2004-06-28.
  DatePrecision precision = DatePrecision::kDay;
};

// A problem found in one article: the article is still coded where possible.
struct Diagnostic {
  std::string message;
  bool fatal = false;  // The article could not be coded at all.
};

struct Article {
  // Input.
  std::string id;
  std::string text;       // Valid UTF-8 (repaired on input if need be).
  std::string published;  // As given: YYYY-MM-DD, or "".
  CivilDate published_date;
  std::string title;
  std::string url;
  std::string source;
  std::string origin;  // "file:line" the article was read from.

  // Annotations, filled by the pipeline.
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<ActorMention> actors;
  std::vector<Event> events;
  std::vector<Quote> quotes;
  std::vector<PlaceMention> places;
  std::vector<DateMention> dates;
  std::vector<Diagnostic> diagnostics;

  std::string_view TokenText(const Token& t) const {
    return std::string_view(text).substr(t.begin, t.end - t.begin);
  }
  std::string_view Span(uint32_t begin, uint32_t end) const {
    return std::string_view(text).substr(begin, end - begin);
  }
};

}  // namespace dyad

#endif  // DYAD_ARTICLE_H_
