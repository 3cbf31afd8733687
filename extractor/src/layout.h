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
  kRoman,    // "II. MỤC TIÊU"
  kArabic,   // "1.", "1.1.", "3.1.3."
  kLetter,   // "a)", "đ)"
  kParen,    // "(1)." "(1)"
  kDash,     // "- "
  kPlus,     // "+ "
  kArticle,  // "Điều 2." of a decision (paragraphs only)
};

// Where an item sits in the numbering tree of its document.
struct Numbering {
  Marker marker = Marker::kNone;
  std::string label;          // "II", "3.1.3", "a", "(1)", "" for bullets
  int level = 0;              // depth of the marker kind; 0 without one
  int appendix = 0;           // n inside "PHỤ LỤC n", else 0
  int parent = -1;            // the enclosing numbered item
  int section = -1;           // the enclosing roman section heading
  std::string path;           // "III.1.a", unique within the document
  bool has_children = false;  // another numbered item lies under it
};

// One line of the main text.
struct Block : Numbering {
  Span span;                 // the line in the normalized text
  std::string_view text;     // the line, trimmed
  std::string_view content;  // the text after the marker
  bool bold = false;         // a bold line (or bold start): headings and task titles
  bool bold_line = false;    // the whole line was bold
  bool upper = false;        // all capitals
  bool closing = false;      // recipients and signature ("Nơi nhận:" up to an appendix)
  bool after_blank = false;  // an empty line stood just above
};

// What a paragraph is, read once for every reader.
enum class ParagraphKind {
  kBody,            // running text: a task, a purpose, background ...
  kHeading,         // a title in capitals or bold, without a sentence
  kAgencyHeading,   // a numbered line that only names agencies ("1. Sở Tài chính:")
  kClosingFormula,  // "Trên đây là ...", "Trong quá trình thực hiện ..."
  kSignature,       // "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", the signer's name
  kRecipients,      // "Nơi nhận:", "Kính gửi:" and the lists under them
  kAppendix,        // "PHỤ LỤC 2" and the title lines of an appendix
  kPreamble,        // page chrome before the document ("Số hiệu:", news summaries)
  kTableCell,       // a cell between the lone '|' lines of a flattened table
  kRemark,          // a paragraph wholly in parentheses ("(Chi tiết tại Phụ lục 6)")
};

// Lines read back into the paragraphs they were hard-wrapped from
// ("1." alone on a line, a sentence broken over five lines), numbered
// again on the joined text. Table cells stay lines (Block); prose readers
// read paragraphs.
struct Paragraph : Numbering {
  size_t first = 0, last = 0;  // the blocks it joins
  Span span;                   // in the normalized text
  std::string text;            // the lines joined with spaces, markup residue removed
  size_t content_at = 0;       // where the text after the marker starts
  std::string folded;          // FoldKey(text), computed once
  ParagraphKind kind = ParagraphKind::kBody;
  bool bold = false, upper = false, closing = false;
  std::string agency;  // the agencies an agency heading names
  std::string_view content() const { return std::string_view(text).substr(content_at); }
};

class Gazetteer;

// Reads the main text's non-empty lines as blocks with their section paths.
// Inconsistent numbering (two "4." in a row, bullets continuing after a
// page break) never drops a line: duplicates get "#2" in their path.
std::vector<Block> ReadBlocks(const normalizer::NormalizedText& text);

// The agencies a numbered heading names ("Sở Tài chính:", "Trách nhiệm của
// các sở, ngành", "Các cơ quan đăng ký đầu tư (Sở Tài chính, ...)"), or ""
// when the heading says more than who.
std::string AgencyOfHeading(std::string_view content, const Gazetteer& gazetteer);

// Joins the blocks into paragraphs and tells their kinds; the gazetteer
// recognises agency headings.
std::vector<Paragraph> ReadParagraphs(const std::vector<Block>& blocks, const Gazetteer& gazetteer);

// The text of paragraph `i` with the unnumbered paragraphs that continue
// it, up to the next numbered one.
std::string ParagraphText(const std::vector<Paragraph>& paragraphs, size_t i,
                          size_t* last = nullptr);

// The text of block `i` with the unnumbered lines that continue it.
std::string BlockText(const std::vector<Block>& blocks, size_t i, size_t* last = nullptr);

}  // namespace vanban::extractor::internal

#endif  // VANBAN_EXTRACTOR_LAYOUT_H_
