// The two SQL engines behind the store (SQLite, PostgreSQL) seen through
// one narrow interface, so that the store's logic and queries are written
// once. Statements use numbered placeholders (?1, ?2, ...) on both; values
// are bound, never spliced into SQL text.
#ifndef DYAD_STORE_SQL_H_
#define DYAD_STORE_SQL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {
namespace store {

enum class Dialect { kSqlite, kPostgres };

// One prepared statement. Bind values by 1-based index, then Step() until
// it returns false; Reset() to run it again with new values.
class Statement {
 public:
  virtual ~Statement() = default;
  virtual Statement& Bind(int i, std::string_view text) = 0;
  virtual Statement& Bind(int i, int64_t value) = 0;
  virtual Statement& Bind(int i, double value) = 0;
  virtual Statement& BindNull(int i) = 0;
  virtual Statement& BindBlob(int i, std::string_view bytes) = 0;
  // True while a row is available; false when done. Errors go to *status.
  virtual bool Step(Status* status) = 0;
  // Clears the bindings and the result.
  virtual void Reset() = 0;
  // Runs a statement that returns no rows.
  [[nodiscard]] Status Run() {
    Status s;
    Step(&s);
    Reset();
    return s;
  }

  // Columns of the current row, 0-based; NULL reads as "" or 0.
  virtual std::string Text(int column) const = 0;
  virtual std::string Blob(int column) const = 0;
  virtual int64_t Int(int column) const = 0;
  virtual double Real(int column) const = 0;
  virtual bool IsNull(int column) const = 0;
};

// One open connection.
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;
  // Runs one or more statements without results.
  [[nodiscard]] virtual Status Exec(std::string_view sql) = 0;
  virtual Result<std::unique_ptr<Statement>> Prepare(std::string_view sql) = 0;
  // True between BEGIN and COMMIT or ROLLBACK.
  virtual bool InTransaction() const = 0;
};

// Opens `target`: a postgresql:// or postgres:// URI, else an SQLite file
// path (created when missing).
Result<std::unique_ptr<Connection>> Connect(const std::string& target);

// True for a PostgreSQL connection URI.
bool IsPostgresUri(std::string_view target);

}  // namespace store
}  // namespace dyad

#endif  // DYAD_STORE_SQL_H_
