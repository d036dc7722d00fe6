// Migrating a PostgreSQL store. The schema itself, for both engines, is in
// schema.cc; here the version lives in the table dyad_schema, and
// migrations take an advisory lock so that two dyads opening a new database
// do not both migrate it.
#include <string>

#include "store/schema.h"

namespace dyad {
namespace store {
namespace {

Result<int> Version(Connection& db) {
  auto s = db.Prepare("SELECT coalesce(max(version), 0) FROM dyad_schema");
  if (!s.ok()) return s.status();
  Status status;
  if (!(*s)->Step(&status))
    return status.ok() ? Status(StatusCode::kInternal, "no version") : status;
  return static_cast<int>((*s)->Int(0));
}

Status MigrateLocked(Connection& db, int target_version) {
  const int known = KnownVersions();
  if (Status s = db.Exec("SELECT pg_advisory_xact_lock(7220401);"
                         "CREATE TABLE IF NOT EXISTS dyad_schema (version INTEGER NOT NULL)");
      !s.ok())
    return s;
  Result<int> version = Version(db);
  if (!version.ok()) return version.status();
  if (*version > known) return TooNew(*version, known);
  int v = *version;
  for (; v < target_version && v < known; ++v) {
    if (Status s = db.Exec(MigrationSql(Dialect::kPostgres, v)); !s.ok()) return s;
  }
  if (v == *version) return Status::Ok();
  return db.Exec("DELETE FROM dyad_schema; INSERT INTO dyad_schema VALUES (" + std::to_string(v) +
                 ")");
}

}  // namespace

Status MigratePostgres(Connection& db, int target_version) {
  if (Status s = db.Exec("BEGIN"); !s.ok()) return s;
  Status s = MigrateLocked(db, target_version);
  if (!s.ok()) {
    (void)db.Exec("ROLLBACK");
    return s;
  }
  return db.Exec("COMMIT");
}

}  // namespace store
}  // namespace dyad
