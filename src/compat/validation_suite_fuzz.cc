// Fuzz target: the validation-suite readers (TABARI text, PETRARCH XML) on
// arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compat/validation_suite.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> warnings;
  dyad::ParseValidationSuite(text, "fuzz/suite.text", &warnings);
  return 0;
}
