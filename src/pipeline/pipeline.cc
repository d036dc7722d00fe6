#include "dyad/pipeline.h"

#include <algorithm>
#include <filesystem>
#include <future>

#include "actors/actor_dictionary.h"
#include "actors/actor_finder.h"
#include "compat/peer_convert.h"
#include "events/cameo_codes.h"
#include "events/event_coder.h"
#include "events/verb_dictionary.h"
#include "geo/gazetteer.h"
#include "geo/place_finder.h"
#include "lexicon/dict_reader.h"
#include "lexicon/lemmatizer.h"
#include "lexicon/word_classes.h"
#include "pipeline/dict_lint.h"
#include "quotes/quote_finder.h"
#include "text/tokenizer.h"
#include "text/utf8.h"
#include "time/civil_date.h"
#include "time/date_finder.h"

namespace dyad {

struct Pipeline::Resources {
  PipelineOptions options;
  std::vector<std::string> warnings;
  Lemmatizer lemmatizer;
  std::unique_ptr<CameoCodes> codes;
  std::unique_ptr<VerbDictionary> verbs;
  std::unique_ptr<ActorDictionary> actors;
  std::unique_ptr<Gazetteer> gazetteer;
  std::unique_ptr<WordClasses> judgement_words;
  PeerDictionaries peers;
  PhraseMatcher discards;
};

Pipeline::Pipeline(std::unique_ptr<Resources> r) : r_(std::move(r)) {}
Pipeline::~Pipeline() = default;

const std::vector<std::string>& Pipeline::warnings() const { return r_->warnings; }

std::vector<std::string> Pipeline::Lint() const {
  LintReport r = LintDictionaries(*r_->actors, *r_->verbs);
  r.findings.push_back("checked " + std::to_string(r_->actors->variant_count()) +
                       " actor names and " + std::to_string(r_->verbs->size()) + " verb patterns");
  r.findings.push_back(std::to_string(r.duplicates) + " duplicates, " +
                       std::to_string(r.conflicts) + " conflicts, " +
                       std::to_string(r.unreachable) + " unreachable");
  return std::move(r.findings);
}

namespace {

using PeerOrder = PipelineOptions::PeerOrder;

Result<std::unique_ptr<VerbDictionary>> LoadVerbs(const PipelineOptions& options,
                                                  const PeerDictionaries& peers,
                                                  const CameoCodes& codes, Lemmatizer& lemmatizer,
                                                  const WordClasses& classes,
                                                  std::vector<std::string>* warnings);

}  // namespace

Result<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  auto r = std::make_unique<Resources>();
  r->options = options;
  const std::string& dir = options.data_dir;
  for (const std::string& spec : options.peer_dictionaries) {
    if (Status s = LoadPeerDictionaries(spec, &r->peers, &r->warnings); !s.ok()) return s;
  }
  r->discards = PeerDiscardMatcher(r->peers);
  // The gazetteer and the actors load on their own threads while the verb
  // patterns load here: they share nothing, and start-up is most of a short
  // run. Their warnings are appended afterwards, in a fixed order.
  auto gazetteer = std::async(std::launch::async, [&options, &dir] {
    return Gazetteer::Load(options.gazetteer_path, dir + "/geo/places.txt");
  });
  std::vector<std::string> actor_warnings;
  auto actors = std::async(std::launch::async, [&options, &dir, &r, &actor_warnings] {
    ActorExtras extras;
    if (!options.peer_dictionaries.empty()) {
      extras.add = [&r](ActorDictionary& d) { AddPeerActors(r->peers, d); };
      extras.order = options.peer_order == PeerOrder::kOursFirst    ? ActorExtras::Order::kAfter
                     : options.peer_order == PeerOrder::kTheirsOnly ? ActorExtras::Order::kOnly
                                                                    : ActorExtras::Order::kBefore;
    }
    return ActorDictionary::Load(dir + "/actors", &actor_warnings, extras);
  });
  Status s = r->lemmatizer.LoadIrregular(dir + "/lexicon/irregular_verbs.txt", &r->warnings);
  if (!s.ok()) r->warnings.push_back(s.ToString());
  Result<std::unique_ptr<WordClasses>> judgement =
      WordClasses::Load(dir + "/lexicon/judgement_words.txt", &r->warnings);
  if (!judgement.ok()) return judgement.status();
  r->judgement_words = std::move(*judgement);
  Result<std::unique_ptr<CameoCodes>> codes = CameoCodes::Load(dir + "/events/cameo.tsv");
  if (!codes.ok()) return codes.status();
  r->codes = std::move(*codes);
  Result<std::unique_ptr<VerbDictionary>> verbs =
      LoadVerbs(options, r->peers, *r->codes, r->lemmatizer, *r->judgement_words, &r->warnings);
  if (!verbs.ok()) return verbs.status();
  r->verbs = std::move(*verbs);
  Result<std::unique_ptr<ActorDictionary>> loaded_actors = actors.get();
  r->warnings.insert(r->warnings.end(), actor_warnings.begin(), actor_warnings.end());
  if (!loaded_actors.ok()) return loaded_actors.status();
  r->actors = std::move(*loaded_actors);
  Result<std::unique_ptr<Gazetteer>> gaz = gazetteer.get();
  if (!gaz.ok()) return gaz.status();
  r->gazetteer = std::move(*gaz);
  if (!r->gazetteer->load_status().ok()) {
    r->warnings.push_back(r->gazetteer->load_status().ToString());
  }
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(r)));
}

namespace {

// dyad's patterns and the peers', in the order the options ask for.
Result<std::unique_ptr<VerbDictionary>> LoadVerbs(const PipelineOptions& options,
                                                  const PeerDictionaries& peers,
                                                  const CameoCodes& codes, Lemmatizer& lemmatizer,
                                                  const WordClasses& classes,
                                                  std::vector<std::string>* warnings) {
  const std::string& dir = options.data_dir;
  std::vector<std::string> verb_files;
  if (options.peer_order != PeerOrder::kTheirsOnly || options.peer_dictionaries.empty()) {
    for (const char* f : {"events/verbs.txt", "events/verbs_01_09.txt", "events/verbs_10_20.txt"}) {
      if (std::filesystem::exists(dir + "/" + f)) verb_files.push_back(f);
    }
    if (verb_files.empty()) return NotFound(dir + "/events: no verb dictionary");
  }
  std::vector<VerbPattern> theirs = PeerVerbPatterns(peers, lemmatizer, warnings);
  return VerbDictionary::Load(dir, verb_files, codes, lemmatizer, warnings, std::move(theirs),
                              options.peer_order != PeerOrder::kOursFirst, &classes);
}

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; });
}

// The peers' discards: "+" phrases void the story, other phrases and actors
// coded "###" (TABARI) their sentence.
void ApplyDiscards(Article& a, const PeerDictionaries& peers, const PhraseMatcher& discards) {
  for (const ActorMention& m : a.actors) {
    if (m.code != "###") continue;
    a.diagnostics.push_back({"discarded by the actor '" + m.name + "'", false});
    std::erase_if(a.events, [&](const Event& e) { return e.sentence == m.sentence; });
  }
  for (uint32_t s = 0; s < a.sentences.size(); ++s) {
    const Sentence& sent = a.sentences[s];
    std::span<const Token> toks(a.tokens.data(), sent.first_token + sent.token_count);
    for (uint32_t i = sent.first_token; i < toks.size(); ++i) {
      PhraseMatcher::Match m = discards.LongestAt(toks, i);
      if (m.length == 0) continue;
      const PeerDiscard& d = peers.discards[m.values.front()];
      a.diagnostics.push_back({"discarded by '" + d.phrase + "' (" + d.origin + ")", false});
      if (d.whole_story) {
        a.events.clear();
        return;
      }
      std::erase_if(a.events, [s](const Event& e) { return e.sentence == s; });
      break;
    }
  }
}

void AssignDateSentences(Article& a) {
  for (DateMention& d : a.dates) {
    auto it = std::upper_bound(a.sentences.begin(), a.sentences.end(), d.begin,
                               [](uint32_t pos, const Sentence& s) { return pos < s.begin; });
    d.sentence =
        it == a.sentences.begin() ? 0 : static_cast<uint32_t>(it - a.sentences.begin() - 1);
  }
}

}  // namespace

Status Pipeline::Code(Article& a) const { return Code(a, PeerSwitches{}); }

Status Pipeline::Code(Article& a, const PeerSwitches& switches) const {
  size_t repairs = RepairUtf8(a.text);
  if (repairs > 0) {
    a.diagnostics.push_back(
        {"invalid UTF-8 repaired (" + std::to_string(repairs) + " bytes replaced)", false});
  }
  if (IsBlank(a.text)) {
    a.diagnostics.push_back({"empty text", true});
    return InvalidArgument("empty text");
  }
  if (!a.published_date.valid() && !a.published.empty()) {
    a.published_date = ParseIsoDate(a.published);
    if (!a.published_date.valid()) {
      a.diagnostics.push_back({"unreadable publication date '" + a.published + "'", false});
      a.published.clear();
    }
  }
  if (Status s = AnalyzeText(a); !s.ok()) {
    a.diagnostics.push_back({s.ToString(), true});
    return s;
  }
  for (Token& t : a.tokens) {
    t.lemma = t.kind == TokenKind::kWord ? r_->lemmatizer.Lemma(t.norm) : t.norm;
  }
  a.dates = FindDates(a.text, a.published_date);
  AssignDateSentences(a);
  // Places first: role nouns with no country take the country they are in.
  FindPlaces(a, *r_->gazetteer);
  FindActors(a, *r_->actors,
             AgentRules{switches.unowned_agent_prefix, switches.agent_in_country,
                        switches.roles_over_lists, switches.any_case, switches.role_adjectives,
                        switches.roles_name_listed_people});
  DropPlacesInsideNames(a);
  EventOptions eo;
  eo.keep_negated = r_->options.keep_negated;
  eo.code_inside_quotes = r_->options.code_inside_quotes;
  eo.trace_matches = r_->options.trace_matches;
  eo.peer_conventions = r_->options.peer_conventions;
  eo.default_source = switches.default_source;
  eo.default_target = switches.default_target;
  eo.default_target_first = switches.default_target_first;
  eo.source_after_verb = switches.source_after_verb;
  eo.new_actor_length = switches.new_actor_length;
  eo.role_object_is_target = switches.role_object_is_target;
  eo.appealed_acts = switches.appealed_acts;
  eo.positional_roles = switches.positional_roles;
  CodeEvents(a, *r_->verbs, *r_->codes, *r_->actors, eo);
  if (!r_->options.peer_dictionaries.empty()) ApplyDiscards(a, r_->peers, r_->discards);
  FindQuotes(a);
  if (!r_->options.peer_conventions) {
    AddReportedAccusations(a, *r_->codes);
    AddReportedVerdicts(a, *r_->codes, *r_->judgement_words);
  }
  return Status::Ok();
}

}  // namespace dyad
