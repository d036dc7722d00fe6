#include "dyad/pipeline.h"

#include <algorithm>

#include "actors/actor_dictionary.h"
#include "actors/actor_finder.h"
#include "events/cameo_codes.h"
#include "events/event_coder.h"
#include "events/verb_dictionary.h"
#include "geo/gazetteer.h"
#include "geo/place_finder.h"
#include "lexicon/dict_reader.h"
#include "lexicon/lemmatizer.h"
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
};

Pipeline::Pipeline(std::unique_ptr<Resources> r) : r_(std::move(r)) {}
Pipeline::~Pipeline() = default;

const std::vector<std::string>& Pipeline::warnings() const { return r_->warnings; }

Result<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  auto r = std::make_unique<Resources>();
  r->options = options;
  const std::string& dir = options.data_dir;
  Status s = r->lemmatizer.LoadIrregular(dir + "/lexicon/irregular_verbs.txt", &r->warnings);
  if (!s.ok()) r->warnings.push_back(s.ToString());
  Result<std::unique_ptr<CameoCodes>> codes = CameoCodes::Load(dir + "/events/cameo.tsv");
  if (!codes.ok()) return codes.status();
  r->codes = std::move(*codes);
  std::vector<std::string> verb_files;
  for (const char* f : {"events/verbs.txt", "events/verbs_01_09.txt", "events/verbs_10_20.txt"}) {
    if (ReadFileToString(dir + "/" + f).ok()) verb_files.push_back(f);
  }
  if (verb_files.empty()) return NotFound(dir + "/events: no verb dictionary");
  Result<std::unique_ptr<VerbDictionary>> verbs =
      VerbDictionary::Load(dir, verb_files, *r->codes, r->lemmatizer, &r->warnings);
  if (!verbs.ok()) return verbs.status();
  r->verbs = std::move(*verbs);
  Result<std::unique_ptr<ActorDictionary>> actors =
      ActorDictionary::Load(dir + "/actors", &r->warnings);
  if (!actors.ok()) return actors.status();
  r->actors = std::move(*actors);
  Result<std::unique_ptr<Gazetteer>> gaz =
      Gazetteer::Load(options.gazetteer_path, dir + "/geo/places.txt");
  if (!gaz.ok()) return gaz.status();
  r->gazetteer = std::move(*gaz);
  if (!r->gazetteer->load_status().ok()) {
    r->warnings.push_back(r->gazetteer->load_status().ToString());
  }
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(r)));
}

namespace {

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; });
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

Status Pipeline::Code(Article& a) const {
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
  FindActors(a, *r_->actors);
  a.dates = FindDates(a.text, a.published_date);
  AssignDateSentences(a);
  FindPlaces(a, *r_->gazetteer);
  EventOptions eo;
  eo.keep_negated = r_->options.keep_negated;
  eo.code_inside_quotes = r_->options.code_inside_quotes;
  eo.trace_matches = r_->options.trace_matches;
  CodeEvents(a, *r_->verbs, *r_->codes, *r_->actors, eo);
  FindQuotes(a);
  return Status::Ok();
}

}  // namespace dyad
