// The operating system's reason for a failed file operation, as the rest of
// a "<path>: <reason>" message writes it (lower case). Internal to corpus/.
#ifndef VANBAN_CORPUS_SYSTEM_REASON_H_
#define VANBAN_CORPUS_SYSTEM_REASON_H_

#include <cctype>
#include <string>
#include <system_error>

namespace vanban::corpus {

inline std::string SystemReason(const std::error_code& ec) {
  std::string reason = ec.message();
  if (!reason.empty())
    reason[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(reason[0])));
  return reason;
}

}  // namespace vanban::corpus

#endif  // VANBAN_CORPUS_SYSTEM_REASON_H_
