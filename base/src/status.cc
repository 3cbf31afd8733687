#include "vanban/status.h"

namespace vanban {

std::string Status::ToString() const {
  switch (code_) {
    case Code::kOk:
      return "OK";
    case Code::kNotFound:
      return "not found: " + message_;
    case Code::kInvalidInput:
      return "invalid input: " + message_;
    case Code::kUnsupported:
      return "unsupported: " + message_;
    case Code::kIoError:
      return "I/O error: " + message_;
    case Code::kInternal:
      return "internal error: " + message_;
  }
  return message_;
}

}  // namespace vanban
