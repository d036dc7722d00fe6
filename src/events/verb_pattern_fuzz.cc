// Fuzz target: the plain-text dictionary reader and the verb-pattern parser
// (docs/dictionaries.md) on arbitrary bytes: every line as a pattern.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "events/verb_dictionary.h"
#include "lexicon/dict_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const dyad::DictLine& line : dyad::ParseDictText(bytes)) {
    if (line.fields.size() < 2) continue;
    (void)dyad::VerbDictionary::ParsePattern(line.fields[0], line.fields[1]);
    (void)dyad::VerbDictionary::ParsePattern("190", line.fields[1]);
  }
  (void)dyad::VerbDictionary::ParsePattern("0256", bytes);
  return 0;
}
