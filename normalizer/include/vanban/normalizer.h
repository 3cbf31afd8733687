// normalizer: Vietnamese text normalization that never loses track of the
// source.
//
// Input: decoded UTF-8 and its map to the file's bytes (corpus::SourceText).
// Output: NormalizedText, whose every byte maps back to the bytes of the file
// it came from, plus what the markup said about each line and the footnotes
// taken out of the text flow. The rules, in order:
//   1. Unicode NFC (ICU; already-NFC text takes a quick-check fast path).
//   2. Line ends to LF, spaces/tabs/NBSP collapsed, zero-width characters
//      dropped, dashes/quotes/ellipsis to ASCII, Cyrillic and Greek look-alike
//      letters inside Latin tokens to Latin.
//   3. Markdown and LaTeX residue removed and kept as LineHints.
//   4. Tone marks in the traditional position (hoà -> hòa, thuỵ -> thụy) and
//      syllables split by a stray space rejoined (đ ầu -> đầu).
//   5. Footnote bodies taken out of the flow, their markers removed and
//      recorded; paragraphs cut by a page break rejoined.
// Normalizing normalized text changes nothing (idempotence is tested).
#ifndef VANBAN_NORMALIZER_NORMALIZER_H_
#define VANBAN_NORMALIZER_NORMALIZER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vanban/offset_map.h"
#include "vanban/status.h"

namespace vanban::normalizer {

// What the markup said about one line of the normalized text.
struct LineHint {
  size_t begin = 0;           // offset of the line in NormalizedText::text
  size_t end = 0;             // offset of its '\n' (or of the text end)
  uint8_t heading_level = 0;  // 1..6 for Markdown '#'..'######', else 0
  bool bold = false;          // the whole line was **bold**
  bool italic = false;        // the whole line was *italic*
  bool starts_bold = false;   // a bold span opened the line (**1.** Căn cứ ...)
  bool after_rule = false;    // a '---' rule line stood just above
};

// A footnote body taken out of the text, with the marker that points to it.
struct Footnote {
  int number = 0;
  std::string body;  // normalized text of the footnote line, marker removed
  OffsetMap map;     // offsets in `body` -> byte offsets in the source file
  Span source;       // the footnote line in the file's bytes
  // Where its marker stood in NormalizedText::text (the offset just after
  // the word or number it was glued to); npos when no marker was found.
  size_t anchor = std::string::npos;
};

// A footnote marker removed from the text (¹¹ in "01¹¹ nhiệm vụ").
struct FootnoteMarker {
  int number = 0;
  size_t anchor = 0;  // offset in NormalizedText::text where it stood
  Span source;        // the marker's bytes in the file
};

// How often each rule changed something: a report, and a test hook.
struct NormalizeStats {
  size_t nfc_changes = 0;
  size_t lookalikes = 0;
  size_t tone_moves = 0;
  size_t joined_words = 0;
  size_t joined_paragraphs = 0;
  size_t markup_removed = 0;
};

struct NormalizedText {
  std::string text;
  OffsetMap map;  // offsets in `text` -> byte offsets in the source file
  std::vector<LineHint> lines;
  std::vector<Footnote> footnotes;
  std::vector<FootnoteMarker> markers;
  NormalizeStats stats;
};

class Normalizer {
 public:
  // Fails only when ICU's NFC data cannot be loaded.
  static Result<std::unique_ptr<Normalizer>> Create();
  ~Normalizer();
  Normalizer(const Normalizer&) = delete;
  Normalizer& operator=(const Normalizer&) = delete;

  // `to_source` maps offsets of `text` to the file's bytes (Identity for a
  // UTF-8 file). Thread-safe: one Normalizer serves every worker.
  NormalizedText Normalize(std::string_view text, const OffsetMap& to_source) const;
  NormalizedText Normalize(std::string_view text) const;

 private:
  struct Impl;
  explicit Normalizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Lower-case, diacritic-free key for matching and search: NFC letters with
// their marks removed, đ -> d, look-alikes mapped, every run of characters
// that are not letters or digits collapsed to one space, trimmed.
// "Sở Khoa học và Công nghệ" -> "so khoa hoc va cong nghe".
std::string FoldKey(std::string_view text);

}  // namespace vanban::normalizer

#endif  // VANBAN_NORMALIZER_NORMALIZER_H_
