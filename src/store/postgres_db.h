// The PostgreSQL engine of the store (libpqxx), for teams sharing one
// database: `--db postgresql://user@host/dbname`.
#ifndef DYAD_STORE_POSTGRES_DB_H_
#define DYAD_STORE_POSTGRES_DB_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "store/sql.h"

namespace dyad {
namespace store {

// Connects to the database at a postgresql:// URI. Notices below warnings
// are silenced.
Result<std::unique_ptr<Connection>> OpenPostgres(const std::string& uri);

// "?3" placeholders as "$3", each cast to the type of the value bound to it
// ("text", "bigint", "float8", "bytea"; none for NULL), skipping quoted
// literals. `types[i]` is the type of ?(i+1). Exposed for tests.
std::string PostgresSql(std::string_view sql, const std::vector<std::string>& types);

// `uri` with its password, if any, as "***".
std::string Redacted(const std::string& uri);

}  // namespace store
}  // namespace dyad

#endif  // DYAD_STORE_POSTGRES_DB_H_
