// gzip decompression (zlib), bounded in size: a small file that inflates to
// gigabytes is refused, not read.
#include <zlib.h>

#include <string>

#include "io/html_reader.h"

namespace dyad {

Result<std::string> Gunzip(std::string_view compressed, size_t limit) {
  z_stream z{};
  if (inflateInit2(&z, 15 + 32) != Z_OK) return Status(StatusCode::kInternal, "zlib init");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  z.avail_in = static_cast<uInt>(compressed.size());
  std::string out;
  char buf[1 << 16];
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) break;
    out.append(buf, sizeof buf - z.avail_out);
    if (out.size() > limit) {
      inflateEnd(&z);
      return ResourceExhausted("gzip content exceeds " + std::to_string(limit) + " bytes");
    }
    if (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0) break;  // Input ended early.
  }
  inflateEnd(&z);
  if (rc != Z_STREAM_END) return DataLoss("truncated or damaged gzip data");
  return out;
}

}  // namespace dyad
