#include "store/sql.h"

#include <cctype>

#include "store/postgres_db.h"
#include "store/sqlite_db.h"

namespace dyad {
namespace store {

bool IsPostgresUri(std::string_view target) {
  return target.starts_with("postgresql://") || target.starts_with("postgres://");
}

Result<std::unique_ptr<Connection>> Connect(const std::string& target) {
  return IsPostgresUri(target) ? OpenPostgres(target) : OpenSqlite(target);
}

}  // namespace store
}  // namespace dyad
