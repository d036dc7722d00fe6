// A thin RAII layer over the SQLite C API that reports errors as Status.
#ifndef DYAD_STORE_SQLITE_DB_H_
#define DYAD_STORE_SQLITE_DB_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {
namespace store {

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StatementFinalizer {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};

// One prepared statement. Bind values by 1-based index, then Step() until it
// returns false; Reset() to run it again with new values.
class Statement {
 public:
  Statement() = default;
  Statement(sqlite3* db, sqlite3_stmt* s) : db_(db), stmt_(s) {}

  Statement& Bind(int i, std::string_view text);
  Statement& Bind(int i, int64_t value);
  Statement& Bind(int i, double value);
  Statement& BindNull(int i);
  Statement& BindBlob(int i, std::string_view bytes);
  // True while a row is available; false when done. Errors go to *status.
  bool Step(Status* status);
  // Runs a statement that returns no rows.
  [[nodiscard]] Status Run();
  void Reset();

  std::string Text(int column) const;
  std::string Blob(int column) const;
  int64_t Int(int column) const { return sqlite3_column_int64(stmt_.get(), column); }
  double Real(int column) const { return sqlite3_column_double(stmt_.get(), column); }
  bool IsNull(int column) const { return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL; }

 private:
  sqlite3* db_ = nullptr;
  std::unique_ptr<sqlite3_stmt, StatementFinalizer> stmt_;
};

// One open database connection.
class Db {
 public:
  // Opens (creating if need be) the database file at `path`.
  static Result<Db> Open(const std::string& path);

  [[nodiscard]] Status Exec(std::string_view sql);
  Result<Statement> Prepare(std::string_view sql);
  int64_t LastInsertId() const { return sqlite3_last_insert_rowid(db_.get()); }
  sqlite3* raw() const { return db_.get(); }

 private:
  std::unique_ptr<sqlite3, DbCloser> db_;
};

// The error of the last call on `db`, as a Status naming `what`.
Status SqliteError(sqlite3* db, std::string_view what);

}  // namespace store
}  // namespace dyad

#endif  // DYAD_STORE_SQLITE_DB_H_
