#include "zip_parts.h"

#include <Poco/Exception.h>
#include <Poco/Zip/ZipStream.h>

namespace vanban::corpus::internal {

namespace {

// The end-of-central-directory record sits in the last 22 bytes plus at
// most a 64 KB comment; without it the file was cut short.
bool HasEndOfDirectory(std::string_view bytes) {
  const size_t window = 22 + 0xFFFF;
  const size_t from = bytes.size() > window ? bytes.size() - window : 0;
  return bytes.substr(from).rfind(std::string_view("PK\x05\x06", 4)) != std::string_view::npos;
}

}  // namespace

Result<std::unique_ptr<ZipParts>> ZipParts::Open(std::string_view bytes) {
  if (!HasEndOfDirectory(bytes)) {
    return Status::InvalidInput("truncated .docx (the zip's directory at its end is missing)");
  }
  std::unique_ptr<ZipParts> parts(new ZipParts(std::string(bytes)));
  try {
    parts->archive_.emplace(parts->in_);
  } catch (const Poco::Exception& e) {
    return Status::InvalidInput("damaged .docx: " + e.displayText());
  } catch (const std::exception& e) {
    return Status::InvalidInput(std::string("damaged .docx: ") + e.what());
  }
  return parts;
}

bool ZipParts::Has(const std::string& name) const {
  return archive_->findHeader(name) != archive_->headerEnd();
}

Result<std::optional<std::string>> ZipParts::Read(const std::string& name, size_t limit) const {
  const auto header = archive_->findHeader(name);
  if (header == archive_->headerEnd()) return std::optional<std::string>();
  try {
    in_.clear();
    Poco::Zip::ZipInputStream part(in_, header->second, true);
    std::string out;
    char buffer[1 << 15];
    while (part) {
      part.read(buffer, sizeof buffer);
      out.append(buffer, static_cast<size_t>(part.gcount()));
      if (out.size() > limit) {
        return Status::InvalidInput(name + " inflates past " + std::to_string(limit >> 20) +
                                    " MB; not read");
      }
    }
    if (!part.crcValid()) return Status::InvalidInput("damaged .docx: " + name + " fails its CRC");
    return std::optional<std::string>(std::move(out));
  } catch (const Poco::Exception& e) {
    return Status::InvalidInput("damaged .docx: " + name + ": " + e.displayText());
  } catch (const std::exception& e) {
    return Status::InvalidInput("damaged .docx: " + name + ": " + e.what());
  }
}

}  // namespace vanban::corpus::internal
