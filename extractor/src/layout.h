// Layout: the main text as numbered blocks in a section tree. Every task
// extractor reads this one structure. Internal to extractor/.
#ifndef VANBAN_EXTRACTOR_LAYOUT_H_
#define VANBAN_EXTRACTOR_LAYOUT_H_

#include <string>
#include <string_view>
#include <vector>

#include "vanban/normalizer.h"

namespace vanban::extractor::internal {

// The numbering schemes of Vietnamese administrative documents.
enum class Marker {
  kNone,
  kRoman,   // "II. MỤC TIÊU"
  kArabic,  // "1.", "1.1.", "3.1.3."
  kLetter,  // "a)", "đ)"
  kParen,   // "(1)." "(1)"
  kDash,    // "- "
  kPlus,    // "+ "
};

struct Block {
  Span span;                 // the line in the normalized text
  std::string_view text;     // the line, trimmed
  std::string_view content;  // the text after the marker
  Marker marker = Marker::kNone;
  std::string label;          // "II", "3.1.3", "a", "(1)", "" for bullets
  int level = 0;              // depth of the marker kind; 0 without one
  bool bold = false;          // a bold line (or bold start): headings and task titles
  bool upper = false;         // all capitals
  int appendix = 0;           // n inside "PHỤ LỤC n", else 0
  bool closing = false;       // recipients and signature ("Nơi nhận:" up to an appendix)
  int parent = -1;            // the enclosing numbered block
  int section = -1;           // the enclosing roman section heading
  std::string path;           // "III.1.a", unique within the document
  bool has_children = false;  // another numbered block lies under it
};

// Reads the main text's non-empty lines as blocks with their section paths.
// Inconsistent numbering (two "4." in a row, bullets continuing after a
// page break) never drops a line: duplicates get "#2" in their path.
std::vector<Block> ReadBlocks(const normalizer::NormalizedText& text);

// The text of block `i` with the unnumbered lines that continue it.
std::string BlockText(const std::vector<Block>& blocks, size_t i, size_t* last = nullptr);

}  // namespace vanban::extractor::internal

#endif  // VANBAN_EXTRACTOR_LAYOUT_H_
