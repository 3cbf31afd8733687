#include "source_lines.h"

#include <algorithm>
#include <fstream>

namespace vanban::app {

namespace {

// Larger files than the corpus reads are not read for a line number either.
constexpr size_t kMaxFileBytes = 64u << 20;

}  // namespace

const SourceLines::File& SourceLines::Load(const std::string& path) {
  auto it = files_.find(path);
  if (it != files_.end()) return it->second;
  File file;
  std::ifstream in(path, std::ios::binary);
  char magic[4] = {};
  const bool converted =
      in.read(magic, 4) && (std::string_view(magic, 4) == std::string_view("PK\x03\x04", 4) ||
                            std::string_view(magic, 4) == "%PDF");
  if (converted) {
    if (auto source = corpus::LoadFile(path);
        source.ok() && source->format != corpus::Format::kText) {
      file.converted = std::move(source).value();
    }
    return files_.emplace(path, std::move(file)).first->second;
  }
  in.clear();
  in.seekg(0);
  if (in) {
    file.line_starts.push_back(0);
    char buffer[1 << 16];
    while (in && file.size <= kMaxFileBytes) {
      in.read(buffer, sizeof buffer);
      const size_t got = static_cast<size_t>(in.gcount());
      for (size_t i = 0; i < got; ++i) {
        if (buffer[i] == '\n') file.line_starts.push_back(file.size + i + 1);
      }
      file.size += got;
    }
    file.readable = file.size <= kMaxFileBytes;
  }
  return files_.emplace(path, std::move(file)).first->second;
}

std::optional<size_t> SourceLines::LineOf(const std::string& path, size_t offset) {
  const File& file = Load(path);
  if (!file.readable || offset >= file.size) return std::nullopt;
  const auto after = std::upper_bound(file.line_starts.begin(), file.line_starts.end(), offset);
  return static_cast<size_t>(after - file.line_starts.begin());
}

std::string SourceLines::Locate(const std::string& path, const std::string& name,
                                const Span& span) {
  if (const File& file = Load(path); file.converted) {
    const std::string where = file.converted->Where(span.begin);
    if (!where.empty()) return name + ", " + where;
  }
  if (const std::optional<size_t> line = LineOf(path, span.begin)) {
    return name + ":" + std::to_string(*line);
  }
  return name + ", bytes " + std::to_string(span.begin) + "-" + std::to_string(span.end);
}

}  // namespace vanban::app
