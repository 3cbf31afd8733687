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
  if (const std::optional<size_t> line = LineOf(path, span.begin)) {
    return name + ":" + std::to_string(*line);
  }
  return name + ", bytes " + std::to_string(span.begin) + "-" + std::to_string(span.end);
}

Status SourceLines::PrintExcerpt(const std::string& path, const std::string& name, const Span& span,
                                 size_t context, std::ostream& out) {
  const File& file = Load(path);
  if (!file.readable) return Status::IoError(path + ": cannot read it");
  if (span.begin > span.end || span.end > file.size) {
    return Status::InvalidInput(path + " is " + std::to_string(file.size) +
                                " bytes, shorter than the span " + std::to_string(span.begin) +
                                "-" + std::to_string(span.end) +
                                ": it changed since it was stored");
  }
  const size_t first = *LineOf(path, span.begin);
  const size_t last = span.end > span.begin ? *LineOf(path, span.end - 1) : first;
  const size_t from = first > context ? first - context : 1;
  const size_t to = std::min(last + context, file.line_starts.size());
  std::ifstream in(path, std::ios::binary);
  const size_t begin = file.line_starts[from - 1];
  const size_t end = to < file.line_starts.size() ? file.line_starts[to] : file.size;
  std::string text(end - begin, '\0');
  in.seekg(static_cast<std::streamoff>(begin));
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.insert(span.end - begin, "⟧");
  text.insert(span.begin - begin, "⟦");
  out << name << ":" << first << (last != first ? "-" + std::to_string(last) : "") << " (bytes "
      << span.begin << "-" << span.end << ")\n";
  size_t line = from;
  for (size_t at = 0; at < text.size(); ++line) {
    const size_t stop = std::min(text.find('\n', at), text.size());
    std::string number = std::to_string(line);
    out << std::string(number.size() < 6 ? 6 - number.size() : 0, ' ') << number << " | "
        << text.substr(at, stop - at) << "\n";
    at = stop + 1;
  }
  return Status::Ok();
}

}  // namespace vanban::app
