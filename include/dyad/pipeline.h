// The coding pipeline: text -> actors -> dates -> places -> events -> quotes.
// A Pipeline holds the compiled dictionaries (immutable) and may be used from
// many threads at once; each call codes one Article in place.
#ifndef DYAD_PIPELINE_H_
#define DYAD_PIPELINE_H_

#include <memory>
#include <string>
#include <vector>

#include "dyad/article.h"
#include "dyad/status.h"

namespace dyad {

struct PipelineOptions {
  // dyad's dictionaries: the data/ directory of the source tree.
  std::string data_dir;
  // The GeoNames gazetteer built at set-up (tools/build_gazetteer.mjs); ""
  // means countries and data/geo/places.txt only.
  std::string gazetteer_path;
  bool keep_negated = false;  // Report negated events, flagged.
  // Code events inside direct quotations too: a spokesman's "we will send
  // troops" or "X urges both parties" is often the story's event.
  bool code_inside_quotes = true;
  bool trace_matches = false;  // Add every pattern match to diagnostics.
  // Other projects' dictionaries, as written ("petrarch:DIR", "tabari:FILE";
  // docs/peer_dictionaries.md), and their place beside dyad's own.
  std::vector<std::string> peer_dictionaries;
  enum class PeerOrder : uint8_t { kOursFirst, kTheirsFirst, kTheirsOnly };
  PeerOrder peer_order = PeerOrder::kOursFirst;
  // Code as TABARI and PETRARCH do (their validation suites expect it): a
  // bare country acting keeps its code ("Russia expelled" is RUS, not
  // dyad's RUSGOV), and the first actor after the verb is its target even
  // after "in" or "from", which dyad otherwise reads as a place.
  bool peer_conventions = false;
};

// What a peer's validation suite switches between records (TABARI's
// "OPTION:" lines, docs/peer_dictionaries.md). dyad's own coding never sets
// them; `dyad validate` does.
struct PeerSwitches {
  // DEFAULT: SOURCE [X] PRIOR: the source coded when no actor comes before
  // the verb. DEFAULT: TARGET [Y]: the target when none comes after it.
  std::string default_source;
  std::string default_target;
  // TABARI's DEFAULT: TARGET [Y] AFTER: the default target is coded even
  // when the subject is a compound whose members could act on each other
  // ("A and B are to restore ties with <unknown>" is A-Y and B-Y).
  bool default_target_first = false;
  // TABARI's DEFAULT: SOURCE [X] without PRIOR: with no actor before the
  // verb, the first actor after it is the source and the next the target.
  bool source_after_verb = false;
  // PETRARCH's new_actor_length: a subject or object no dictionary codes,
  // of at most this many words, is coded by its own words in capitals
  // ("GRYFFINDOR HEAD MINERVA MCGONAGALL"); 0 is off.
  int new_actor_length = 0;
  // An agent no actor owns ("Guerrillas", "the Muslims") is coded this
  // prefix + its code instead of taking the country of its context: "~"
  // under TABARI's SET: CONVERT AGENT = TRUE ("~REB"), "---" in PETRARCH
  // ("---GOV"); "" (dyad) gives it the context's country.
  std::string unowned_agent_prefix;
  // Coordinated subjects of a cooperative verb act on a role named after it
  // ("The ambassadors of A, B and C presented credentials to Ithilen's
  // president"), as PETRARCH codes; dyad and TABARI read such subjects as
  // acting on each other when the object is only a role.
  bool role_object_is_target = false;
  // "Lawmakers in Fornost" belong to Fornost (PETRARCH does so; dyad does
  // not, as "forces in Yemen" may be anyone's).
  bool agent_in_country = false;
  // "The ambassadors of A, B and C" are each country's (dyad, PETRARCH);
  // TABARI gives the role to A only.
  bool roles_over_lists = true;
  // Names match in any case, as the peers upper-case all text.
  bool any_case = false;
  // A role word used as an adjective ("the official news agency") is an
  // agent, as the peers tag it.
  bool role_adjectives = false;
  // An act appealed for ("urged Bree to assist", "requested that Elrond
  // assist") is coded as the appealer's act on the one appealed to, as
  // TABARI codes every verb of a clause; dyad codes only the appeal.
  bool appealed_acts = false;
  // TABARI's positional roles where dyad's syntax finds none: the source is
  // the sentence's first actor before the verb; the target the first actor
  // after it, else the first between the source and the verb.
  bool positional_roles = false;
  // "Deputy Prime Minister Telemar", where the dictionary lists the person
  // among a country's names, is a role holder of that country (dyad,
  // PETRARCH: DAGGOV); TABARI codes him by the name alone (DAG).
  bool roles_name_listed_people = true;
};

class Pipeline {
 public:
  // Loads and compiles every dictionary. Fails if a required file is missing
  // or unreadable; recoverable problems (a bad line) become warnings().
  static Result<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options);
  ~Pipeline();

  // Codes `article` in place. Damaged input is repaired and noted in
  // article.diagnostics. Returns non-ok only when the article cannot be
  // coded at all (e.g. empty text); the article then carries a fatal
  // diagnostic.
  Status Code(Article& article) const;
  // The same with a peer suite's switches on.
  Status Code(Article& article, const PeerSwitches& switches) const;

  const std::vector<std::string>& warnings() const;

  // Duplicates, conflicts and unreachable patterns in the loaded
  // dictionaries (`dyad dict lint`), one finding a line, then a summary.
  std::vector<std::string> Lint() const;

 private:
  struct Resources;
  explicit Pipeline(std::unique_ptr<Resources> r);
  std::unique_ptr<Resources> r_;
};

}  // namespace dyad

#endif  // DYAD_PIPELINE_H_
