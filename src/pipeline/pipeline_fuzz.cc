// Fuzz target: the whole coding pipeline (normalisation, sentences, tokens,
// actors, dates, places, events, quotes) on arbitrary bytes as an article's
// text, and the JSON Lines record parser on the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "dyad/pipeline.h"
#include "io/article_reader.h"

namespace {
std::unique_ptr<dyad::Pipeline> g_pipeline;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  dyad::PipelineOptions o;
  o.data_dir = DYAD_SOURCE_DATA_DIR;
  auto p = dyad::Pipeline::Create(o);
  if (!p.ok()) {
    std::fprintf(stderr, "pipeline_fuzz: %s\n", p.status().ToString().c_str());
    std::abort();
  }
  g_pipeline = std::move(*p);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dyad::Article a;
  a.id = "fuzz";
  a.published = "2025-03-16";
  a.text.assign(bytes);
  (void)g_pipeline->Code(a);
  dyad::Article parsed;
  (void)dyad::ParseJsonArticle(bytes, parsed);
  return 0;
}
