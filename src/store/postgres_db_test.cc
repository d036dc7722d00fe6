#include "store/postgres_db.h"

#include <gtest/gtest.h>

#include "store/sql.h"

namespace dyad {
namespace store {
namespace {

TEST(PostgresSqlTest, PlaceholdersBecomeTypedParameters) {
  EXPECT_EQ(PostgresSql("SELECT 1 WHERE a = ?1 AND length(?2) > ?3", {"text", "text", "bigint"}),
            "SELECT 1 WHERE a = $1::text AND length($2::text) > $3::bigint");
}

TEST(PostgresSqlTest, NullsStayUntypedAndRepeatsShareTheirType) {
  EXPECT_EQ(PostgresSql("INSERT INTO t VALUES (?1, ?2, ?1)", {"float8", ""}),
            "INSERT INTO t VALUES ($1::float8, $2, $1::float8)");
}

TEST(PostgresSqlTest, QuotedQuestionMarksAreLeftAlone) {
  EXPECT_EQ(PostgresSql("SELECT '?1', \"?2\" WHERE x = ?1", {"text"}),
            "SELECT '?1', \"?2\" WHERE x = $1::text");
  EXPECT_EQ(PostgresSql("SELECT ? FROM t", {}), "SELECT ? FROM t");  // Not numbered: kept.
}

TEST(PostgresSqlTest, TwoDigitPlaceholders) {
  std::vector<std::string> types(12, "text");
  types[11] = "bytea";
  EXPECT_EQ(PostgresSql("(?11, ?12)", types), "($11::text, $12::bytea)");
}

TEST(PostgresUriTest, PasswordsAreRedacted) {
  EXPECT_EQ(Redacted("postgresql://ann:secret@db.example.org:5432/events"),
            "postgresql://ann:***@db.example.org:5432/events");
  EXPECT_EQ(Redacted("postgresql://ann@localhost/events"), "postgresql://ann@localhost/events");
  EXPECT_EQ(Redacted("postgresql:///events"), "postgresql:///events");
}

TEST(PostgresUriTest, OnlyPostgresSchemesSelectPostgres) {
  EXPECT_TRUE(IsPostgresUri("postgresql://localhost/db"));
  EXPECT_TRUE(IsPostgresUri("postgres://localhost/db"));
  EXPECT_FALSE(IsPostgresUri("dyad.db"));
  EXPECT_FALSE(IsPostgresUri("/data/postgresql://x"));
}

// A server that is not there is an I/O error naming the target, without
// its password, and nothing is thrown.
TEST(PostgresConnectTest, NoServerIsAClearError) {
  auto c = Connect("postgresql://ann:secret@127.0.0.1:9/none?connect_timeout=2");
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), StatusCode::kIoError);
  EXPECT_NE(c.status().message().find("ann:***@127.0.0.1:9"), std::string::npos)
      << c.status().message();
  EXPECT_EQ(c.status().message().find("secret"), std::string::npos);
}

}  // namespace
}  // namespace store
}  // namespace dyad
