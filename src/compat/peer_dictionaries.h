// Readers for the dictionaries of dyad's peers, as their users wrote them:
// PETRARCH-2 (CAMEO.2.0.txt verbs, Phoenix actors, agents and discards),
// PETRARCH-1 / TABARI verb patterns, and TABARI .actors, .agents and .options
// (formats: docs/peer_dictionaries.md).
//
// The readers only parse; compat/peer_convert.h turns the result into dyad's
// own dictionary entries. A reader never stops at a bad line: the peers'
// files carry known errors (ten-digit dates, stray characters), and each one
// becomes a warning naming the file and line while the rest still loads.
#ifndef DYAD_COMPAT_PEER_DICTIONARIES_H_
#define DYAD_COMPAT_PEER_DICTIONARIES_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/article.h"
#include "dyad/status.h"

namespace dyad {

// TABARI reads a word written without a closing '_' as a stem ("ARGENTIN"
// matches Argentina, Argentine); PETRARCH-2 matches whole words.
enum class PeerDialect : uint8_t { kPetrarch, kTabari };

// One "[CODE dates]" block. Invalid dates are open ends.
struct PeerRole {
  std::string code;  // "---" and "###" mean: recognised, not coded.
  CivilDate from;
  CivilDate to;
};

struct PeerActor {
  std::vector<std::string> phrases;  // Written form: lower case, words spaced,
                                     // a stem marked with a final '*'.
  std::vector<PeerRole> roles;
  std::string origin;  // file:line of the first phrase.
};

struct PeerAgent {
  std::string phrase;                // As PeerActor::phrases.
  std::vector<std::string> plurals;  // Generated unless listed in {}.
  std::string code;                  // "GOV" for [~GOV], "NGO" for [NGO~].
  bool code_first = false;           // [NGO~]: the code comes before the country.
  std::string origin;
};

struct PeerDiscard {
  std::string phrase;
  bool whole_story = false;  // '+': the article is not coded at all.
  std::string origin;
};

// A verb pattern rewritten in dyad's syntax (docs/dictionaries.md).
struct PeerPattern {
  std::string code;     // "042", or "---" (no event).
  std::string text;     // dyad pattern text.
  std::string written;  // The line as the peer wrote it.
  bool mutual = false;  // A '%' compound slot: the event runs both ways.
  bool reverse = false;
  std::string paired;             // [032:033]: the code of the event back, 033.
  bool compound_subject = false;  // "% * ...": only after "A and B".
  // TABARI: the members of the '%' compound act on each other, whatever
  // else the sentence names: after the verb ("HAS * WITH %": "exchanged
  // prisoners with A and B" is A-B and B-A), or before it when the pattern
  // has no '+' ("% *": "A with B and C welcomed ..." is B-C and C-B).
  bool within_compound = false;
  // TABARI: a pattern without '+' takes its target after all its words.
  bool target_after = false;
  // PETRARCH's "[+++]": the phrase makes the sentence complex (a hint for a
  // human coder); TABARI's "[+++]" claims the words and codes nothing.
  bool complex_hint = false;
  std::string origin;
};

struct PeerVerbs {
  std::vector<PeerPattern> patterns;
  // Inflected forms written in the file ("SPED" of SPEED): form -> base.
  std::vector<std::pair<std::string, std::string>> forms;
  int verbs = 0;            // Verbs (and multi-word verbs) read.
  int synsets = 0;          // '&' sets read.
  int transformations = 0;  // PETRARCH-2 '~' lines: read, not applied.
  int time_shifts = 0;      // TABARI <TIME> entries: read, not applied.
  // TABARI <TIME> entries coded "[###]" ("KAN_WA_MA_KAN"): phrases that
  // mark a story as not datable; their sentence is not coded.
  std::vector<PeerDiscard> discards;
};

// Each reader fails only when the file cannot be read at all.
Result<std::vector<PeerActor>> ReadPeerActors(const std::string& path, PeerDialect dialect,
                                              std::vector<std::string>* warnings);
Result<std::vector<PeerAgent>> ReadPeerAgents(const std::string& path, PeerDialect dialect,
                                              std::vector<std::string>* warnings);
Result<std::vector<PeerDiscard>> ReadPeerDiscards(const std::string& path,
                                                  std::vector<std::string>* warnings);
// Reads CAMEO.2.0.txt (verb blocks opened by "---"), PETRARCH-1 verb
// patterns and TABARI .verbs alike; the layout is recognised line by line.
Result<PeerVerbs> ReadPeerVerbs(const std::string& path, PeerDialect dialect,
                                std::vector<std::string>* warnings);

// TABARI .options: "KEY: value" lines. Unknown keys are kept, not errors.
struct PeerOptions {
  std::vector<std::pair<std::string, std::string>> settings;
};
Result<PeerOptions> ReadPeerOptions(const std::string& path, std::vector<std::string>* warnings);

// The same readers on text in memory; `shown` names it in warnings. Any
// bytes are accepted (the fuzz targets feed them arbitrary input).
std::vector<PeerActor> ParsePeerActors(std::string_view text, const std::string& shown,
                                       PeerDialect dialect, std::vector<std::string>* warnings);
std::vector<PeerAgent> ParsePeerAgents(std::string_view text, const std::string& shown,
                                       PeerDialect dialect, std::vector<std::string>* warnings);
std::vector<PeerDiscard> ParsePeerDiscards(std::string_view text, const std::string& shown,
                                           std::vector<std::string>* warnings);
PeerVerbs ParsePeerVerbs(std::string_view text, const std::string& shown, PeerDialect dialect,
                         std::vector<std::string>* warnings);
PeerOptions ParsePeerOptions(std::string_view text, const std::string& shown,
                             std::vector<std::string>* warnings);

// Helpers shared by the readers, exposed for tests.
//
// "011222" (YYMMDD, years before 30 are 20xx), "20011222"; else invalid.
CivilDate ParsePeerDate(std::string_view digits);
// Parses the inside of one code block: "AFGGOV 011113-011222", "USAGOV <011214",
// "AFGGOV >011222", "ARN". Returns false (and says why) on a bad block.
bool ParsePeerRole(std::string_view block, PeerRole* role, std::string* why);
// "AL_GORE_" -> "al gore"; "ARGENTIN" -> "argentin*" in the TABARI dialect.
// Words joined by a space are joined loosely (up to four other tokens may
// come between them in the text) in TABARI, and in PETRARCH's actor names
// (`actor_name`); its agents and discards join them tightly.
std::string PeerPhrase(std::string_view written, PeerDialect dialect, bool actor_name = false);

}  // namespace dyad

#endif  // DYAD_COMPAT_PEER_DICTIONARIES_H_
