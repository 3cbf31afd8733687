// Where a byte span of a stored file is, in the words of a person checking
// it: "ke-hoach.txt:42" (the line its first byte is on), "ke-hoach.docx,
// paragraph 12" for a .docx, "report.pdf, page 3" for a PDF. Files are read once
// and their line starts kept; a file that is gone or changed since it was
// stored gives the byte span instead.
#ifndef VANBAN_APP_SOURCE_LINES_H_
#define VANBAN_APP_SOURCE_LINES_H_

#include <cstddef>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "vanban/corpus.h"
#include "vanban/offset_map.h"
#include "vanban/status.h"

namespace vanban::app {

class SourceLines {
 public:
  // "NAME:LINE" for the span's first byte in the file at `path`, or
  // "NAME, bytes B-E" when the file cannot be read or is shorter than the span.
  std::string Locate(const std::string& path, const std::string& name, const Span& span);

  // The 1-based line of byte `offset` in the file, nullopt when it cannot be read.
  std::optional<size_t> LineOf(const std::string& path, size_t offset);

  // The lines of the file at `path` holding `span`, with `context` lines
  // around, numbered, the span between ⟦ and ⟧, under a heading
  // "NAME:FIRST-LAST (bytes B-E)". The file as it is now: an error when it
  // cannot be read or is shorter than the span (changed since it was stored).
  Status PrintExcerpt(const std::string& path, const std::string& name, const Span& span,
                      size_t context, std::ostream& out);

 private:
  struct File {
    bool readable = false;
    size_t size = 0;
    std::vector<size_t> line_starts;  // byte offset of each line's first byte
    // A .docx or .pdf has no lines in its bytes: its rendering says where
    std::optional<corpus::SourceText> converted;
  };
  const File& Load(const std::string& path);

  std::map<std::string, File> files_;
};

}  // namespace vanban::app

#endif  // VANBAN_APP_SOURCE_LINES_H_
