#include "store/sqlite_db.h"

namespace dyad {
namespace store {

Status SqliteError(sqlite3* db, std::string_view what) {
  std::string message = std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory");
  int code = db ? sqlite3_errcode(db) : SQLITE_NOMEM;
  bool io = code == SQLITE_IOERR || code == SQLITE_CANTOPEN || code == SQLITE_FULL ||
            code == SQLITE_READONLY || code == SQLITE_BUSY || code == SQLITE_LOCKED;
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
    return Status(StatusCode::kDataLoss, message);
  }
  return Status(io ? StatusCode::kIoError : StatusCode::kInternal, message);
}

Statement& Statement::Bind(int i, std::string_view text) {
  sqlite3_bind_text(stmt_.get(), i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::BindBlob(int i, std::string_view bytes) {
  sqlite3_bind_blob(stmt_.get(), i, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::Bind(int i, int64_t value) {
  sqlite3_bind_int64(stmt_.get(), i, value);
  return *this;
}

Statement& Statement::Bind(int i, double value) {
  sqlite3_bind_double(stmt_.get(), i, value);
  return *this;
}

Statement& Statement::BindNull(int i) {
  sqlite3_bind_null(stmt_.get(), i);
  return *this;
}

bool Statement::Step(Status* status) {
  int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE && status) *status = SqliteError(db_, "step");
  return false;
}

Status Statement::Run() {
  Status s;
  Step(&s);
  Reset();
  return s;
}

void Statement::Reset() {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
}

std::string Statement::Text(int column) const {
  const unsigned char* t = sqlite3_column_text(stmt_.get(), column);
  int n = sqlite3_column_bytes(stmt_.get(), column);
  return t ? std::string(reinterpret_cast<const char*>(t), static_cast<size_t>(n)) : "";
}

std::string Statement::Blob(int column) const {
  const void* b = sqlite3_column_blob(stmt_.get(), column);
  int n = sqlite3_column_bytes(stmt_.get(), column);
  return b ? std::string(static_cast<const char*>(b), static_cast<size_t>(n)) : "";
}

Result<Db> Db::Open(const std::string& path) {
  sqlite3* raw = nullptr;
  int rc =
      sqlite3_open_v2(path.c_str(), &raw,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  Db db;
  db.db_.reset(raw);
  if (rc != SQLITE_OK) return SqliteError(raw, "cannot open " + path);
  sqlite3_busy_timeout(raw, 5000);
  return db;
}

Status Db::Exec(std::string_view sql) {
  char* error = nullptr;
  std::string text(sql);
  if (sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, &error) == SQLITE_OK) {
    return Status::Ok();
  }
  Status s = SqliteError(db_.get(), "sql");
  sqlite3_free(error);
  return s;
}

Result<Statement> Db::Prepare(std::string_view sql) {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db_.get(), sql.data(), static_cast<int>(sql.size()), &s, nullptr) !=
      SQLITE_OK) {
    return SqliteError(db_.get(), "prepare");
  }
  return Statement(db_.get(), s);
}

}  // namespace store
}  // namespace dyad
