// The parts of a zip held in memory, read by name (Poco::Zip). Internal.
#ifndef VANBAN_CORPUS_ZIP_PARTS_H_
#define VANBAN_CORPUS_ZIP_PARTS_H_

#include <Poco/Zip/ZipArchive.h>

#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include "vanban/status.h"

namespace vanban::corpus::internal {

class ZipParts {
 public:
  // Fails with "truncated .docx" when the end-of-directory record is
  // missing (a download cut short), or the zip library's reason.
  static Result<std::unique_ptr<ZipParts>> Open(std::string_view bytes);
  bool Has(const std::string& name) const;
  // The part's bytes; nullopt when absent. Fails when it is damaged or
  // inflates past `limit` (a zip bomb must not fill memory).
  Result<std::optional<std::string>> Read(const std::string& name, size_t limit) const;

 private:
  explicit ZipParts(std::string bytes) : in_(std::move(bytes)) {}
  mutable std::istringstream in_;
  std::optional<Poco::Zip::ZipArchive> archive_;
};

}  // namespace vanban::corpus::internal

#endif  // VANBAN_CORPUS_ZIP_PARTS_H_
