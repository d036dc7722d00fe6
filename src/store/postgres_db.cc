// PostgreSQL through libpqxx 6.
//
// Design: the store's SQL is written with SQLite's ?N placeholders. A
// statement is prepared on the server at its first run, once the types of
// its bound values are known: each ?N becomes $N cast to that type, so that
// the server never has to guess a parameter's type (length($1) would be
// ambiguous). Each distinct SQL text and type signature is prepared once
// per connection. Values travel as text; bytea as \x hex. libpqxx throws;
// nothing here lets an exception out.
#include "store/postgres_db.h"

#include <cstdio>
#include <map>
#include <optional>
#include <pqxx/pqxx>
#include <vector>

namespace dyad {
namespace store {
namespace {

Status PgError(const std::exception& e) {
  std::string m = e.what();
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  if (dynamic_cast<const pqxx::broken_connection*>(&e)) return IoError("postgresql: " + m);
  return Status(StatusCode::kInternal, "postgresql: " + m);
}

std::string Hex(std::string_view bytes) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out = "\\x";
  for (unsigned char c : bytes) {
    out += kDigits[c >> 4];
    out += kDigits[c & 15];
  }
  return out;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c >= 'A' && c <= 'F' ? c - 'A' + 10 : 0;
}

class PgConnection;

class PgStatement final : public Statement {
 public:
  PgStatement(PgConnection& conn, std::string sql) : conn_(conn), sql_(std::move(sql)) {}

  Statement& Bind(int i, std::string_view text) override {
    return Set(i, std::string(text), "text");
  }
  Statement& Bind(int i, int64_t value) override { return Set(i, std::to_string(value), "bigint"); }
  Statement& Bind(int i, double value) override {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", value);
    return Set(i, buf, "float8");
  }
  Statement& BindNull(int i) override { return Set(i, std::nullopt, ""); }
  Statement& BindBlob(int i, std::string_view bytes) override {
    return Set(i, Hex(bytes), "bytea");
  }
  bool Step(Status* status) override;
  void Reset() override {
    values_.clear();
    types_.clear();
    result_ = pqxx::result();
    row_ = -1;
    ran_ = false;
  }
  std::string Text(int column) const override {
    const pqxx::field f = result_[row_][column];
    return f.is_null() ? "" : std::string(f.c_str(), f.size());
  }
  std::string Blob(int column) const override {
    std::string hex = Text(column), out;
    for (size_t i = 2; i + 1 < hex.size(); i += 2) {
      out += static_cast<char>(HexValue(hex[i]) * 16 + HexValue(hex[i + 1]));
    }
    return out;
  }
  int64_t Int(int column) const override { return std::strtoll(Field(column), nullptr, 10); }
  double Real(int column) const override { return std::strtod(Field(column), nullptr); }
  bool IsNull(int column) const override { return result_[row_][column].is_null(); }

 private:
  Statement& Set(int i, std::optional<std::string> value, const char* type) {
    if (static_cast<size_t>(i) > values_.size()) {
      values_.resize(i);
      types_.resize(i);
    }
    values_[i - 1] = std::move(value);
    types_[i - 1] = type;
    return *this;
  }
  const char* Field(int column) const {
    const pqxx::field f = result_[row_][column];
    return f.is_null() ? "0" : f.c_str();
  }

  PgConnection& conn_;
  std::string sql_;
  std::vector<std::optional<std::string>> values_;
  std::vector<std::string> types_;
  pqxx::result result_;
  int row_ = -1;
  bool ran_ = false;
};

class PgConnection final : public Connection {
 public:
  explicit PgConnection(const std::string& uri) : conn_(uri), work_(conn_) {}
  Dialect dialect() const override { return Dialect::kPostgres; }

  Status Exec(std::string_view sql) override {
    try {
      work_.exec(std::string(sql));
    } catch (const std::exception& e) {
      return PgError(e);
    }
    if (sql.starts_with("BEGIN")) in_transaction_ = true;
    if (sql.starts_with("COMMIT") || sql.starts_with("ROLLBACK")) in_transaction_ = false;
    return Status::Ok();
  }

  Result<std::unique_ptr<Statement>> Prepare(std::string_view sql) override {
    return std::unique_ptr<Statement>(new PgStatement(*this, std::string(sql)));
  }

  bool InTransaction() const override { return in_transaction_; }

  // Runs `sql` with `values`, preparing it for this type signature first.
  pqxx::result Run(const std::string& sql, const std::vector<std::string>& types,
                   const std::vector<std::optional<std::string>>& values) {
    std::string key = sql;
    for (const std::string& t : types) key += "\x1f" + t;
    auto it = prepared_.find(key);
    if (it == prepared_.end()) {
      std::string name = "dyad_" + std::to_string(prepared_.size());
      conn_.prepare(name, PostgresSql(sql, types));
      it = prepared_.emplace(key, name).first;
    }
    std::vector<const char*> params;
    params.reserve(values.size());
    for (const auto& v : values) params.push_back(v ? v->c_str() : nullptr);
    return work_.exec_prepared(it->second, pqxx::prepare::make_dynamic_params(params));
  }

 private:
  pqxx::connection conn_;
  // Statements run one by one, in autocommit unless the store has sent
  // BEGIN; the store's own transactions are plain SQL.
  pqxx::nontransaction work_;
  std::map<std::string, std::string> prepared_;
  bool in_transaction_ = false;
};

bool PgStatement::Step(Status* status) {
  if (!ran_) {
    ran_ = true;
    try {
      result_ = conn_.Run(sql_, types_, values_);
    } catch (const std::exception& e) {
      if (status) *status = PgError(e);
      return false;
    }
  }
  return ++row_ < static_cast<int>(result_.size());
}

}  // namespace

std::string PostgresSql(std::string_view sql, const std::vector<std::string>& types) {
  std::string out;
  char quote = 0;
  for (size_t i = 0; i < sql.size(); ++i) {
    char c = sql[i];
    if (quote) {
      quote = c == quote ? 0 : quote;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '?' && i + 1 < sql.size() &&
               std::isdigit(static_cast<unsigned char>(sql[i + 1]))) {
      size_t j = i + 1;
      int n = 0;
      while (j < sql.size() && std::isdigit(static_cast<unsigned char>(sql[j])))
        n = n * 10 + (sql[j++] - '0');
      out += "$" + std::to_string(n);
      if (n >= 1 && static_cast<size_t>(n) <= types.size() && !types[n - 1].empty()) {
        out += "::" + types[n - 1];
      }
      i = j - 1;
      continue;
    }
    out += c;
  }
  return out;
}

// The URI without its password, for messages.
std::string Redacted(const std::string& uri) {
  size_t scheme = uri.find("://"), at = uri.find('@');
  if (scheme == std::string::npos || at == std::string::npos) return uri;
  size_t colon = uri.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return uri;
  return uri.substr(0, colon + 1) + "***" + uri.substr(at);
}

Result<std::unique_ptr<Connection>> OpenPostgres(const std::string& uri) {
  try {
    auto conn = std::make_unique<PgConnection>(uri);
    if (Status s = conn->Exec("SET client_min_messages = warning"); !s.ok()) return s;
    return std::unique_ptr<Connection>(std::move(conn));
  } catch (const std::exception& e) {
    std::string m = e.what();
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    return IoError("cannot connect to " + Redacted(uri) + ": " + m);
  }
}

}  // namespace store
}  // namespace dyad
