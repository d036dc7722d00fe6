// The store's schema, created and migrated on open (docs/store.md).
#ifndef DYAD_STORE_SCHEMA_H_
#define DYAD_STORE_SCHEMA_H_

#include "store/sqlite_db.h"

namespace dyad {
namespace store {

// Sets WAL and foreign keys, and brings the schema up to `target_version`.
// A database newer than this build is refused, not touched.
[[nodiscard]] Status Migrate(Db& db, int target_version);

}  // namespace store
}  // namespace dyad

#endif  // DYAD_STORE_SCHEMA_H_
