// Status and Result<T>: dyad's error model. The library never throws across its
// API and never exits; every fallible call returns one of these.
#ifndef DYAD_STATUS_H_
#define DYAD_STATUS_H_

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace dyad {

// What went wrong. Codes are stable: tools and tests compare them.
enum class StatusCode {
  kOk = 0,
  kInvalidArgument = 1,    // The caller passed something malformed.
  kNotFound = 2,           // A file, field or entry does not exist.
  kDataLoss = 3,           // Input was damaged (bad UTF-8, truncated); maybe repaired.
  kParseError = 4,         // A file or record does not follow its format.
  kIoError = 5,            // The operating system refused a read or write.
  kResourceExhausted = 6,  // Input exceeds a size limit.
  kInternal = 7,           // A bug in dyad.
};

// Returns a short stable name for `code`, e.g. "parse_error".
std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "parse_error: message" or "ok".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgument(std::string m) {
  return Status(StatusCode::kInvalidArgument, std::move(m));
}
inline Status NotFound(std::string m) { return Status(StatusCode::kNotFound, std::move(m)); }
inline Status ParseError(std::string m) { return Status(StatusCode::kParseError, std::move(m)); }
inline Status IoError(std::string m) { return Status(StatusCode::kIoError, std::move(m)); }
inline Status DataLoss(std::string m) { return Status(StatusCode::kDataLoss, std::move(m)); }
inline Status ResourceExhausted(std::string m) {
  return Status(StatusCode::kResourceExhausted, std::move(m));
}

// Either a value or a non-ok Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}         // NOLINT: implicit on purpose
  Result(Status status) : v_(std::move(status)) {}  // NOLINT: implicit on purpose

  bool ok() const { return std::holds_alternative<T>(v_); }
  // The error; Status::Ok() when a value is held.
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(v_); }
  // Precondition: ok().
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace dyad

#endif  // DYAD_STATUS_H_
