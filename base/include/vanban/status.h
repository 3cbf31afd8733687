// Status and Result<T>: how errors cross module boundaries.
//
// Modules never throw across their public API. A function that can fail
// returns a Status (nothing else to return) or a Result<T> (a value or the
// Status that explains why there is none). The message always names the
// thing that failed (a file, an offset) so a user can act on it. A failure
// about one file carries the file as a field (`path()`, with the reason
// alone in `reason()`), so no caller parses messages to find it.
#ifndef VANBAN_BASE_STATUS_H_
#define VANBAN_BASE_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace vanban {

class Status {
 public:
  enum class Code { kOk, kNotFound, kInvalidInput, kUnsupported, kIoError, kInternal };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status InvalidInput(std::string msg) {
    return Status(Code::kInvalidInput, std::move(msg));
  }
  static Status Unsupported(std::string msg) { return Status(Code::kUnsupported, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  // The same failure, about the file `path`: message() becomes
  // "<path>: <reason>".
  Status WithPath(std::string path) const {
    Status s = *this;
    s.message_ = path + ": " + reason_;
    s.path_ = std::move(path);
    return s;
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::string& path() const { return path_; }      // "" when not about one file
  const std::string& reason() const { return reason_; }  // the message without the path
  std::string ToString() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(msg), reason_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
  std::string path_;
  std::string reason_;
};

// A value or the Status explaining its absence.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace vanban

// Early returns for Status and Result<T> across functions, as absl's macros
// do: one pair for every module.
#define VANBAN_RETURN_IF_ERROR(expr)                \
  do {                                              \
    if (::vanban::Status _st = (expr); !_st.ok()) { \
      return _st;                                   \
    }                                               \
  } while (0)

#define VANBAN_CONCAT_INNER(a, b) a##b
#define VANBAN_CONCAT(a, b) VANBAN_CONCAT_INNER(a, b)
#define VANBAN_ASSIGN_OR_RETURN(lhs, expr) \
  VANBAN_ASSIGN_OR_RETURN_IMPL(VANBAN_CONCAT(_result_, __LINE__), lhs, expr)
#define VANBAN_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                                 \
  if (!tmp.ok()) return tmp.status();                \
  lhs = std::move(tmp).value()

#endif  // VANBAN_BASE_STATUS_H_
