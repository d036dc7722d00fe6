#include "store/sqlite_db.h"

#include <cmath>

namespace dyad {
namespace store {
namespace {

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StatementFinalizer {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};

class SqliteStatement final : public Statement {
 public:
  SqliteStatement(sqlite3* db, sqlite3_stmt* s) : db_(db), stmt_(s) {}

  Statement& Bind(int i, std::string_view text) override {
    sqlite3_bind_text(stmt_.get(), i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& Bind(int i, int64_t value) override {
    sqlite3_bind_int64(stmt_.get(), i, value);
    return *this;
  }
  Statement& Bind(int i, double value) override {
    sqlite3_bind_double(stmt_.get(), i, value);
    return *this;
  }
  Statement& BindNull(int i) override {
    sqlite3_bind_null(stmt_.get(), i);
    return *this;
  }
  Statement& BindBlob(int i, std::string_view bytes) override {
    sqlite3_bind_blob(stmt_.get(), i, bytes.data(), static_cast<int>(bytes.size()),
                      SQLITE_TRANSIENT);
    return *this;
  }
  bool Step(Status* status) override {
    int rc = sqlite3_step(stmt_.get());
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE && status) *status = SqliteError(db_, "step");
    return false;
  }
  void Reset() override {
    sqlite3_reset(stmt_.get());
    sqlite3_clear_bindings(stmt_.get());
  }
  std::string Text(int column) const override {
    const unsigned char* t = sqlite3_column_text(stmt_.get(), column);
    int n = sqlite3_column_bytes(stmt_.get(), column);
    return t ? std::string(reinterpret_cast<const char*>(t), static_cast<size_t>(n)) : "";
  }
  std::string Blob(int column) const override {
    const void* b = sqlite3_column_blob(stmt_.get(), column);
    int n = sqlite3_column_bytes(stmt_.get(), column);
    return b ? std::string(static_cast<const char*>(b), static_cast<size_t>(n)) : "";
  }
  int64_t Int(int column) const override { return sqlite3_column_int64(stmt_.get(), column); }
  double Real(int column) const override { return sqlite3_column_double(stmt_.get(), column); }
  bool IsNull(int column) const override {
    return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL;
  }

 private:
  sqlite3* db_;
  std::unique_ptr<sqlite3_stmt, StatementFinalizer> stmt_;
};

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  Dialect dialect() const override { return Dialect::kSqlite; }

  Status Exec(std::string_view sql) override {
    char* error = nullptr;
    std::string text(sql);
    if (sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, &error) == SQLITE_OK) {
      return Status::Ok();
    }
    Status s = SqliteError(db_.get(), "sql");
    sqlite3_free(error);
    return s;
  }

  Result<std::unique_ptr<Statement>> Prepare(std::string_view sql) override {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db_.get(), sql.data(), static_cast<int>(sql.size()), &s, nullptr) !=
        SQLITE_OK) {
      return SqliteError(db_.get(), "prepare");
    }
    return std::unique_ptr<Statement>(new SqliteStatement(db_.get(), s));
  }

  bool InTransaction() const override { return sqlite3_get_autocommit(db_.get()) == 0; }

 private:
  std::unique_ptr<sqlite3, DbCloser> db_;
};

// Great-circle distance in km between two points in degrees; NULL if any
// argument is.
void KmFunction(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  for (int i = 0; i < argc; ++i) {
    if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
      sqlite3_result_null(ctx);
      return;
    }
  }
  constexpr double kRad = M_PI / 180.0, kEarthKm = 6371.0;
  double lat1 = sqlite3_value_double(argv[0]) * kRad, lon1 = sqlite3_value_double(argv[1]) * kRad;
  double lat2 = sqlite3_value_double(argv[2]) * kRad, lon2 = sqlite3_value_double(argv[3]) * kRad;
  double h = std::pow(std::sin((lat2 - lat1) / 2), 2) +
             std::cos(lat1) * std::cos(lat2) * std::pow(std::sin((lon2 - lon1) / 2), 2);
  sqlite3_result_double(ctx, 2 * kEarthKm * std::asin(std::sqrt(std::min(1.0, h))));
}

}  // namespace

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

Result<std::unique_ptr<Connection>> OpenSqlite(const std::string& path) {
  sqlite3* raw = nullptr;
  int rc =
      sqlite3_open_v2(path.c_str(), &raw,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  auto db = std::make_unique<SqliteConnection>(raw);
  if (rc != SQLITE_OK) return SqliteError(raw, "cannot open " + path);
  sqlite3_busy_timeout(raw, 5000);
  if (sqlite3_create_function_v2(raw, "dyad_km", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                 KmFunction, nullptr, nullptr, nullptr) != SQLITE_OK) {
    return SqliteError(raw, "register dyad_km");
  }
  return std::unique_ptr<Connection>(std::move(db));
}

}  // namespace store
}  // namespace dyad
