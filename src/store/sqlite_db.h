// The SQLite engine of the store: a thin RAII layer over the C API that
// reports errors as Status.
#ifndef DYAD_STORE_SQLITE_DB_H_
#define DYAD_STORE_SQLITE_DB_H_

#include <sqlite3.h>

#include <memory>
#include <string>

#include "store/sql.h"

namespace dyad {
namespace store {

// Opens (creating if need be) the database file at `path`, with the SQL
// function dyad_km(lat1, lon1, lat2, lon2): great-circle kilometres.
Result<std::unique_ptr<Connection>> OpenSqlite(const std::string& path);

// The error of the last call on `db`, as a Status naming `what`.
Status SqliteError(sqlite3* db, std::string_view what);

}  // namespace store
}  // namespace dyad

#endif  // DYAD_STORE_SQLITE_DB_H_
