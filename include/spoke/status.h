// Status and Result<T>: how every Spoke function reports success or failure.
//
// No exception crosses Spoke's API. A function that can fail returns a Status
// (or a Result<T>, which holds either a T or a non-OK Status). An OK Status
// costs one null pointer: success allocates nothing.
//
// Thread safety: a Status is a value; distinct objects may be used from
// distinct threads freely, one object needs external synchronisation.

#ifndef SPOKE_STATUS_H_
#define SPOKE_STATUS_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace spoke {

// A place in a query or data file. Line and column are 1-based; column counts
// Unicode code points. length is the width of the offending token (0 if
// unknown).
struct SourceSpan {
  uint32_t line = 0;
  uint32_t column = 0;
  uint32_t length = 0;
};

class [[nodiscard]] Status {
 public:
  enum class Code : uint8_t {
    kOk = 0,
    kSyntaxError,        // a query or data file does not parse
    kSemanticError,      // parses, but means nothing (unknown prefix, ...)
    kNotSupported,       // valid SPARQL outside Spoke's subset
    kInvalidArgument,    // a caller passed something unusable
    kNotFound,           // a named thing (dataset, file, ...) does not exist
    kIOError,            // the operating system or RocksDB failed
    kCorruption,         // stored data is damaged or of an unknown format
    kBusy,               // the database is locked by another process
    kCancelled,          // the caller cancelled the operation
    kTimedOut,           // the operation ran past its time limit
    kResourceExhausted,  // a configured memory or size limit was reached
    kInternal,           // a bug in Spoke
  };

  // Creates an OK status.
  Status() noexcept = default;
  Status(const Status& other);
  Status& operator=(const Status& other);
  Status(Status&&) noexcept = default;
  Status& operator=(Status&&) noexcept = default;
  ~Status() = default;

  static Status OK() { return Status(); }
  static Status SyntaxError(std::string msg, SourceSpan span = {}) {
    return Status(Code::kSyntaxError, std::move(msg), span);
  }
  static Status SemanticError(std::string msg, SourceSpan span = {}) {
    return Status(Code::kSemanticError, std::move(msg), span);
  }
  static Status NotSupported(std::string msg, SourceSpan span = {}) {
    return Status(Code::kNotSupported, std::move(msg), span);
  }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  static Status NotFound(std::string msg) {
    return Status(Code::kNotFound, std::move(msg));
  }
  static Status IOError(std::string msg) {
    return Status(Code::kIOError, std::move(msg));
  }
  static Status Corruption(std::string msg) {
    return Status(Code::kCorruption, std::move(msg));
  }
  static Status Busy(std::string msg) {
    return Status(Code::kBusy, std::move(msg));
  }
  static Status Cancelled(std::string msg) {
    return Status(Code::kCancelled, std::move(msg));
  }
  static Status TimedOut(std::string msg) {
    return Status(Code::kTimedOut, std::move(msg));
  }
  static Status ResourceExhausted(std::string msg) {
    return Status(Code::kResourceExhausted, std::move(msg));
  }
  static Status Internal(std::string msg) {
    return Status(Code::kInternal, std::move(msg));
  }

  bool ok() const { return state_ == nullptr; }
  Code code() const { return state_ ? state_->code : Code::kOk; }
  bool IsSyntaxError() const { return code() == Code::kSyntaxError; }
  bool IsNotFound() const { return code() == Code::kNotFound; }
  bool IsCorruption() const { return code() == Code::kCorruption; }
  bool IsNotSupported() const { return code() == Code::kNotSupported; }

  // The one-line message, e.g. "syntax error at 1:30 near '}': expected a
  // term". Empty for OK.
  const std::string& message() const;
  // Where in the query or file the problem is, if known.
  std::optional<SourceSpan> span() const;
  // Extra lines shown under the message: for query errors the query line
  // and a caret under the problem. Empty if none.
  const std::string& context() const;

  // Returns a copy of this status with `context` attached.
  Status WithContext(std::string context) const;
  // Returns a copy with `prefix` put in front of the message
  // (e.g. a file name).
  Status WithPrefix(std::string_view prefix) const;

  // "OK", or the message followed by the context lines.
  std::string ToString() const;
  // A short lowercase name of the code ("syntax error", "io error", ...).
  static const char* CodeName(Code code);

  // Marks a status as deliberately ignored; grep for it.
  void IgnoreError() const {}

 private:
  struct State {
    Code code;
    std::string message;
    std::optional<SourceSpan> span;
    std::string context;
  };
  Status(Code code, std::string msg, SourceSpan span = {});

  std::unique_ptr<State> state_;
};

// Holds either a value of type T or a non-OK Status.
// REQUIRES: value access (operator*, operator->, value()) only when ok().
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit on purpose
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    if (status_.ok()) status_ = Status::Internal("Result built from OK status");
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }
  T&& operator*() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace spoke

// Returns from the current function if `expr` (a Status) is not OK.
#define SPOKE_RETURN_IF_ERROR(expr)         \
  do {                                      \
    ::spoke::Status _spoke_s = (expr);      \
    if (!_spoke_s.ok()) return _spoke_s;    \
  } while (0)

#endif  // SPOKE_STATUS_H_
