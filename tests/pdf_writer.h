// A small PDF writer for the tests: the fixtures' text as a real PDF, so
// the .pdf reader is checked on Vietnamese and on column layout without a
// converter on the machine.
#ifndef VANBAN_TESTS_PDF_WRITER_H_
#define VANBAN_TESTS_PDF_WRITER_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace vanban::testing {

struct PdfLayout {
  size_t lines_per_page = 50;
  double font_size = 10;  // points; a line is 1.2 times as high
};

// A PDF drawing `text` (UTF-8) a line per text line, `lines_per_page` to a
// page, in one monospace font: a Type0 font with Identity-H encoding whose
// CIDs number the text's distinct code points, a ToUnicode CMap mapping them
// back, and no embedded font program (a text layer needs none). Every glyph
// is one column wide, so text drawn in columns reads back in columns
// (poppler lays them out again: a run of spaces comes back as wide as the
// alignment needs, not as written). An empty line is a line's height of
// white, as on a typeset page; the pages are as wide as the longest line.
std::string PdfOf(std::string_view text, const PdfLayout& layout = {});

}  // namespace vanban::testing

#endif  // VANBAN_TESTS_PDF_WRITER_H_
