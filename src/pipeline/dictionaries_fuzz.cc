// Fuzz target: every reader of dyad's own dictionary formats on arbitrary
// bytes (docs/dictionaries.md): the four actor files, the gazetteer's TSV
// and places.txt, the CAMEO table, the irregular verbs and the word
// classes. The first byte
// picks the file; the rest replaces it in a small dictionary directory whose
// other files are valid, then the dictionary is loaded. Bad lines may warn;
// nothing may crash, hang or leak.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actor_dictionary.h"
#include "events/cameo_codes.h"
#include "geo/gazetteer.h"
#include "lexicon/lemmatizer.h"
#include "lexicon/word_classes.h"

namespace {

std::string dir;  // The dictionary directory, made once.

void Write(const std::string& name, std::string_view text) {
  std::ofstream out(dir + "/" + name, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

// Small valid files, one or two entries each, in our own words.
void WriteValid() {
  Write("countries.txt", "KEN | KE | Kenya | Republic of Kenya | Kenyan; Kenyans | Nairobi\n");
  Write("organizations.txt", "IGOAFR | African Union | AU\n");
  Write("people.txt", "Jane Roe | Roe | KENGOV 2020-01-01..2024-01-01\n");
  Write("agents.txt", "president | GOV |\nsoldier | MIL |\n");
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  char pattern[] = "/tmp/dyad_dict_fuzz_XXXXXX";
  dir = mkdtemp(pattern);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::vector<std::string> warnings;
  int pick = data[0] % 9;
  if (pick < 4) {
    WriteValid();
    static const char* kFiles[] = {"countries.txt", "organizations.txt", "people.txt",
                                   "agents.txt"};
    Write(kFiles[pick], text);
    (void)dyad::ActorDictionary::Load(dir, &warnings);
  } else if (pick == 4) {
    (void)dyad::Gazetteer::FromText(text, "Red Sea | water | | 20.0 | 38.5 |\n");
  } else if (pick == 5) {
    (void)dyad::Gazetteer::FromText("", text);
  } else if (pick == 6) {
    Write("cameo.tsv", text);
    (void)dyad::CameoCodes::Load(dir + "/cameo.tsv");
  } else if (pick == 7) {
    (void)dyad::WordClasses::FromText(text, "judgement_words.txt", &warnings);
  } else {
    Write("irregular_verbs.txt", text);
    dyad::Lemmatizer lemmatizer;
    (void)lemmatizer.LoadIrregular(dir + "/irregular_verbs.txt", &warnings);
  }
  return 0;
}
