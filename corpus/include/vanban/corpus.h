// corpus: finding documents and turning their bytes into UTF-8 text.
//
// Contract: LoadFile never throws and never crashes on any input. Text in
// any supported encoding comes back as UTF-8 with an OffsetMap to the file's
// bytes; undecodable bytes become U+FFFD with a warning naming the file and
// the offset; only a file that cannot be text at all (NUL bytes, unreadable)
// is an error.
//
// A .docx is read natively (Poco Zip + XML): its text is a rendering (one
// paragraph a line, each table a Markdown pipe table, notes at the end) and
// its map's source offsets are offsets in that rendering, since the zip's
// bytes are compressed; `origins` then say which paragraph or table row a
// range came from ("paragraph 12", "table 2 row 3"). Other formats that are
// not text (Word 97-2003 .doc, PDF, a zip that is not a .docx, a truncated
// .docx) are errors naming the reason, never an empty document. An .html
// page is rendered the same way (tables as pipe tables, scripts, styles and
// the site's menus and footers dropped), its map to the file's bytes kept.
#ifndef VANBAN_CORPUS_CORPUS_H_
#define VANBAN_CORPUS_CORPUS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vanban/offset_map.h"
#include "vanban/status.h"

namespace vanban::corpus {

enum class Encoding {
  kUtf8,
  kUtf8Bom,
  kUtf16Le,  // with BOM
  kUtf16Be,  // with BOM
  kWindows1258,
  kTcvn3,       // TCVN 5712:1993 "ABC" font encoding
  kVniWindows,  // VNI font encoding: base letter + diacritic byte
};
std::string_view EncodingName(Encoding encoding);

enum class Format { kText, kDocx, kHtml, kPdf };

// Where a range of a converted document's source came from.
struct Origin {
  Span source;        // in the map's source coordinates
  std::string label;  // "paragraph 12", "table 2 row 3", "footnote 1"
};

struct SourceText {
  std::string path;
  std::string sha256;  // lower-case hex of `bytes`
  std::string bytes;   // the file exactly as read
  Encoding encoding = Encoding::kUtf8;
  std::string text;  // decoded UTF-8 (not yet normalized)
  OffsetMap map;     // offsets in `text` -> offsets in `bytes`
  std::vector<std::string> warnings;
  Format format = Format::kText;
  std::vector<Origin> origins;  // empty for text files (their lines say where)

  // The bytes the map's source offsets index: the file for text and
  // .html, the rendering for a .docx.
  std::string_view source_view() const {
    return format == Format::kDocx || format == Format::kPdf ? text : bytes;
  }
  // The origin label of a source offset ("paragraph 12"); empty for text.
  std::string Where(size_t source_offset) const;
};

// Documents found under `paths`: files are taken as given, directories are
// walked recursively for *.txt, *.md, *.docx, *.html and *.htm (and *.doc, *.pdf, so
// that loading says why they are refused), hidden entries skipped. The list is
// sorted so every run sees the same order. Paths that do not exist are
// reported in `errors` ("<path>: no such file or directory").
struct Discovery {
  std::vector<std::string> files;
  std::vector<Status> errors;  // each about one PATH argument (Status::path())
};
Discovery DiscoverFiles(const std::vector<std::string>& paths);

// The largest document LoadFile reads: far above any administrative
// document (the longest national plans are a few MB), low enough that a
// mistaken argument (a disk image, /dev/zero) fails at once instead of
// filling memory.
inline constexpr size_t kMaxDocumentBytes = 64u << 20;

// Reads and decodes one file. Only a regular file (or a symlink to one) is
// opened: a FIFO, device or socket is refused by its type before it is
// opened, so it can never block or stream forever; so is a file larger than
// kMaxDocumentBytes.
Result<SourceText> LoadFile(const std::string& path);

// Decodes bytes already in memory; `path` is only used in messages. UTF-16
// is read with a byte order mark, or without one when its zero bytes fall on
// one side of the pairs (Utf16ByteOrderWithoutBom); other bytes holding NUL
// are a binary file.
Result<SourceText> DecodeBytes(std::string path, std::string bytes);

// true (big-endian) or false (little-endian) when `bytes`, without a byte
// order mark, read as UTF-16 text: zeros on one side of the pairs in at least
// 30% of them, on the other in at most 2%. nullopt otherwise.
std::optional<bool> Utf16ByteOrderWithoutBom(std::string_view bytes);

// Whether this build reads .pdf (poppler-cpp found at build time); without
// it a PDF is refused with "PDF: not supported in this build".
bool PdfSupported();

// Lower-case hex SHA-256.
std::string Sha256Hex(std::string_view bytes);

}  // namespace vanban::corpus

#endif  // VANBAN_CORPUS_CORPUS_H_
