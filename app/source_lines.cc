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

namespace {

// The lines of `view` holding `span`, `context` lines around, numbered, the
// span between ⟦ and ⟧, under "HEADING:FIRST-LAST (bytes B-E)".
Status PrintSpan(std::string_view view, const std::string& heading, const Span& span,
                 size_t context, std::ostream& out) {
  if (span.begin > span.end || span.end > view.size()) {
    return Status::InvalidInput(heading + " is " + std::to_string(view.size()) +
                                " bytes, shorter than the span " + std::to_string(span.begin) +
                                "-" + std::to_string(span.end) +
                                ": it changed since it was stored");
  }
  std::vector<size_t> starts = {0};
  for (size_t i = 0; i < view.size(); ++i) {
    if (view[i] == '\n') starts.push_back(i + 1);
  }
  const auto line_of = [&](size_t offset) {
    return static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), offset) -
                               starts.begin());
  };
  const size_t first = line_of(span.begin);
  const size_t last = span.end > span.begin ? line_of(span.end - 1) : first;
  const size_t from = first > context ? first - context : 1;
  const size_t to = std::min(last + context, starts.size());
  const size_t begin = starts[from - 1];
  const size_t end = to < starts.size() ? starts[to] : view.size();
  std::string text(view.substr(begin, end - begin));
  text.insert(span.end - begin, "⟧");
  text.insert(span.begin - begin, "⟦");
  out << heading << ":" << first << (last != first ? "-" + std::to_string(last) : "") << " (bytes "
      << span.begin << "-" << span.end << ")\n";
  size_t line = from;
  for (size_t at = 0; at < text.size(); ++line) {
    const size_t stop = std::min(text.find('\n', at), text.size());
    const std::string number = std::to_string(line);
    out << std::string(number.size() < 6 ? 6 - number.size() : 0, ' ') << number << " | "
        << text.substr(at, stop - at) << "\n";
    at = stop + 1;
  }
  return Status::Ok();
}

}  // namespace

Status SourceLines::PrintExcerpt(const std::string& path, const std::string& name, const Span& span,
                                 size_t context, std::ostream& out) {
  const File& file = Load(path);
  if (file.converted) {
    // a .docx or .pdf: its spans index the rendering, which says where
    // ("paragraph 12") and whose lines are shown
    const std::string where = file.converted->Where(span.begin);
    return PrintSpan(file.converted->source_view(),
                     name + (where.empty() ? "" : " (" + where + ")"), span, context, out);
  }
  if (!file.readable) return Status::IoError(path + ": cannot read it");
  std::ifstream in(path, std::ios::binary);
  std::string bytes(file.size, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (static_cast<size_t>(in.gcount()) != bytes.size()) {
    return Status::IoError(path + ": changed while it was read");
  }
  return PrintSpan(bytes, name, span, context, out);
}

}  // namespace vanban::app
