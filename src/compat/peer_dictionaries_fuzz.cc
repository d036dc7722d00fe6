// Fuzz target: every reader of the peers' dictionary formats on arbitrary
// bytes. The first byte picks the reader and dialect, the rest is the file.
// A reader may warn about anything but must not crash, hang or leak.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compat/peer_dictionaries.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  dyad::PeerDialect dialect =
      (data[0] & 1) ? dyad::PeerDialect::kTabari : dyad::PeerDialect::kPetrarch;
  std::vector<std::string> warnings;
  switch ((data[0] >> 1) % 5) {
    case 0:
      dyad::ParsePeerActors(text, "fuzz", dialect, &warnings);
      break;
    case 1:
      dyad::ParsePeerAgents(text, "fuzz", dialect, &warnings);
      break;
    case 2:
      dyad::ParsePeerVerbs(text, "fuzz", dialect, &warnings);
      break;
    case 3:
      dyad::ParsePeerDiscards(text, "fuzz", &warnings);
      break;
    default:
      dyad::ParsePeerOptions(text, "fuzz", &warnings);
      break;
  }
  return 0;
}
