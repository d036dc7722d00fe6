// The store's schema, created and migrated on open (docs/store.md).
#ifndef DYAD_STORE_SCHEMA_H_
#define DYAD_STORE_SCHEMA_H_

#include <string>

#include "store/sql.h"

namespace dyad {
namespace store {

// Brings the schema up to `target_version` (on SQLite also sets WAL and
// foreign keys). A database newer than this build is refused, not touched.
[[nodiscard]] Status Migrate(Connection& db, int target_version);
// The PostgreSQL half of Migrate (postgres_schema.cc).
[[nodiscard]] Status MigratePostgres(Connection& db, int target_version);
// The number of schema versions this build knows, and the SQL that takes a
// database of `from_version` (0 to KnownVersions() - 1) one version up on
// `dialect`.
int KnownVersions();
std::string MigrationSql(Dialect dialect, int from_version);
// The error for a database of a newer schema than `known`.
Status TooNew(int version, int known);

}  // namespace store
}  // namespace dyad

#endif  // DYAD_STORE_SCHEMA_H_
