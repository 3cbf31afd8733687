#include <algorithm>
#include <filesystem>
#include <system_error>

#include "system_reason.h"
#include "vanban/corpus.h"

namespace vanban::corpus {

namespace fs = std::filesystem;

namespace {

bool IsHidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.' && name != "." && name != "..";
}

bool HasDocumentExtension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  // .doc and .pdf are taken so that each gets its reason, not silence
  return ext == ".txt" || ext == ".md" || ext == ".docx" || ext == ".html" || ext == ".htm" ||
         ext == ".doc" || ext == ".pdf";
}

void WalkDirectory(const fs::path& root, Discovery* out) {
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    out->errors.push_back(Status::IoError(SystemReason(ec)).WithPath(root.string()));
    return;
  }
  for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      out->errors.push_back(Status::IoError(SystemReason(ec)).WithPath(root.string()));
      break;
    }
    const fs::path& p = it->path();
    if (IsHidden(p)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && HasDocumentExtension(p)) out->files.push_back(p.string());
  }
}

}  // namespace

Discovery DiscoverFiles(const std::vector<std::string>& paths) {
  Discovery out;
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      // the system's reason: a symlink loop or a forbidden directory is not
      // a missing file
      out.errors.push_back(
          Status::NotFound(ec ? SystemReason(ec) : "no such file or directory").WithPath(path));
    } else if (fs::is_directory(status)) {
      WalkDirectory(path, &out);
    } else {
      out.files.push_back(path);  // named explicitly: taken whatever its extension
    }
  }
  std::sort(out.files.begin(), out.files.end());
  out.files.erase(std::unique(out.files.begin(), out.files.end()), out.files.end());
  return out;
}

}  // namespace vanban::corpus
