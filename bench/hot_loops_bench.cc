// Google Benchmark for the pipeline's hot loops, each on our 44 golden
// articles (tests/golden/articles, our own words), run from the source tree:
//   build/dyad_bench [--benchmark_filter=Tokenize]
// Every benchmark reports items/s in sentences (or names, for the gazetteer)
// so the figures compare with bench/code_throughput.sh. Stages are timed on
// copies of fully coded articles with only their own output cleared, so each
// sees the input it sees in the pipeline.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "actors/actor_dictionary.h"
#include "actors/actor_finder.h"
#include "dyad/pipeline.h"
#include "events/cameo_codes.h"
#include "events/event_coder.h"
#include "events/pattern_match.h"
#include "events/verb_dictionary.h"
#include "geo/gazetteer.h"
#include "geo/place_finder.h"
#include "lexicon/lemmatizer.h"
#include "text/tokenizer.h"
#include "time/date_finder.h"

namespace dyad {
namespace {

const std::string kData = DYAD_SOURCE_DATA_DIR;

// The dictionaries, loaded once as the pipeline loads them.
struct Dictionaries {
  Lemmatizer lemmatizer;
  std::unique_ptr<CameoCodes> codes;
  std::unique_ptr<VerbDictionary> verbs;
  std::unique_ptr<ActorDictionary> actors;
  std::unique_ptr<Gazetteer> gazetteer;
  std::unique_ptr<Pipeline> pipeline;
};

std::string GazetteerPath() {
  std::string built = std::filesystem::path(kData).parent_path() / "build/data/gazetteer.tsv";
  return std::filesystem::exists(built) ? built : "";
}

const Dictionaries& Dicts() {
  static const Dictionaries* d = [] {
    auto* d = new Dictionaries;
    std::vector<std::string> warnings;
    (void)d->lemmatizer.LoadIrregular(kData + "/lexicon/irregular_verbs.txt", &warnings);
    d->codes = CameoCodes::Load(kData + "/events/cameo.tsv").value();
    d->verbs = VerbDictionary::Load(kData, {"events/verbs_01_09.txt", "events/verbs_10_20.txt"},
                                    *d->codes, d->lemmatizer, &warnings)
                   .value();
    d->actors = ActorDictionary::Load(kData + "/actors", &warnings).value();
    d->gazetteer = Gazetteer::Load(GazetteerPath(), kData + "/geo/places.txt").value();
    PipelineOptions o;
    o.data_dir = kData;
    o.gazetteer_path = GazetteerPath();
    d->pipeline = Pipeline::Create(o).value();
    return d;
  }();
  return *d;
}

// Our golden articles, coded by the whole pipeline.
const std::vector<Article>& Coded() {
  static const std::vector<Article>* articles = [] {
    auto* out = new std::vector<Article>;
    std::vector<std::filesystem::path> paths;
    for (const auto& e : std::filesystem::directory_iterator("tests/golden/articles")) {
      if (e.path().extension() == ".txt") paths.push_back(e.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) {
      std::ifstream in(path);
      std::stringstream text;
      text << in.rdbuf();
      Article a;
      a.id = path.stem();
      a.text = text.str();
      a.published = "2025-03-16";
      (void)Dicts().pipeline->Code(a);
      out->push_back(std::move(a));
    }
    return out;
  }();
  return *articles;
}

int64_t SentenceCount() {
  int64_t n = 0;
  for (const Article& a : Coded()) n += static_cast<int64_t>(a.sentences.size());
  return n;
}

void BM_Tokenize(benchmark::State& state) {
  (void)Coded();  // Loading and coding the articles is not timed.
  for (auto _ : state) {
    for (const Article& a : Coded()) benchmark::DoNotOptimize(Tokenize(a.text));
  }
  state.SetItemsProcessed(state.iterations() * SentenceCount());
}
BENCHMARK(BM_Tokenize);

void BM_TokenizeAndSplit(benchmark::State& state) {
  for (auto _ : state) {
    for (const Article& coded : Coded()) {
      Article a;
      a.text = coded.text;
      benchmark::DoNotOptimize(AnalyzeText(a));
    }
  }
  state.SetItemsProcessed(state.iterations() * SentenceCount());
}
BENCHMARK(BM_TokenizeAndSplit);

// Actor dictionary match (the phrase matcher) and coreference.
void BM_FindActors(benchmark::State& state) {
  for (auto _ : state) {
    for (const Article& coded : Coded()) {
      Article a = coded;
      a.actors.clear();
      FindActors(a, *Dicts().actors);
      benchmark::DoNotOptimize(a.actors.data());
    }
  }
  state.SetItemsProcessed(state.iterations() * SentenceCount());
}
BENCHMARK(BM_FindActors);

// Verb patterns: every pattern anchored at every token, as the event coder
// tries them (the required-word filter first).
void BM_PatternMatch(benchmark::State& state) {
  const VerbDictionary& verbs = *Dicts().verbs;
  int64_t matches = 0;
  for (auto _ : state) {
    for (const Article& a : Coded()) {
      for (uint32_t s = 0; s < a.sentences.size(); ++s) {
        SentenceView v = MakeSentenceView(a, s, &verbs);
        for (uint32_t i = v.first; i < v.end; ++i) {
          const std::vector<uint32_t>* ids = verbs.Anchored(v.lemma_ids[i - v.first]);
          if (ids == nullptr) continue;
          PatternMatch m;
          for (uint32_t id : *ids) {
            const VerbPattern& p = verbs.pattern(id);
            matches += MayMatch(p, v) && MatchPattern(p, v, i, &m);
          }
        }
      }
    }
  }
  benchmark::DoNotOptimize(matches);
  state.SetItemsProcessed(state.iterations() * SentenceCount());
}
BENCHMARK(BM_PatternMatch);

void BM_CodeEvents(benchmark::State& state) {
  EventOptions options;
  for (auto _ : state) {
    for (const Article& coded : Coded()) {
      Article a = coded;
      a.events.clear();
      CodeEvents(a, *Dicts().verbs, *Dicts().codes, *Dicts().actors, options);
      benchmark::DoNotOptimize(a.events.data());
    }
  }
  state.SetItemsProcessed(state.iterations() * SentenceCount());
}
BENCHMARK(BM_CodeEvents);

void BM_FindDates(benchmark::State& state) {
  for (auto _ : state) {
    for (const Article& a : Coded()) {
      benchmark::DoNotOptimize(FindDates(a.text, CivilDate{2025, 3, 16}));
    }
  }
  state.SetItemsProcessed(state.iterations() * SentenceCount());
}
BENCHMARK(BM_FindDates);

void BM_FindPlaces(benchmark::State& state) {
  for (auto _ : state) {
    for (const Article& coded : Coded()) {
      Article a = coded;
      a.places.clear();
      FindPlaces(a, *Dicts().gazetteer);
      benchmark::DoNotOptimize(a.places.data());
    }
  }
  state.SetItemsProcessed(state.iterations() * SentenceCount());
}
BENCHMARK(BM_FindPlaces);

// Gazetteer lookup of every place name the articles mention.
void BM_GazetteerLookup(benchmark::State& state) {
  std::vector<std::string> keys;
  for (const Article& a : Coded()) {
    for (const PlaceMention& p : a.places) {
      keys.push_back(Gazetteer::Key(a.text.substr(p.begin, p.end - p.begin)));
    }
  }
  for (auto _ : state) {
    for (const std::string& k : keys) benchmark::DoNotOptimize(Dicts().gazetteer->Lookup(k));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(keys.size()));
}
BENCHMARK(BM_GazetteerLookup);

// The whole pipeline, for scale.
void BM_Pipeline(benchmark::State& state) {
  for (auto _ : state) {
    for (const Article& coded : Coded()) {
      Article a;
      a.id = coded.id;
      a.text = coded.text;
      a.published = coded.published;
      benchmark::DoNotOptimize(Dicts().pipeline->Code(a));
    }
  }
  state.SetItemsProcessed(state.iterations() * SentenceCount());
}
BENCHMARK(BM_Pipeline);

}  // namespace
}  // namespace dyad

BENCHMARK_MAIN();
