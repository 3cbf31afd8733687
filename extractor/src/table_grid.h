// The readers of the table families and the grid they share. Each reader
// recognises its family's lines at a table's first line and returns the
// cells as written (a cell's lines joined by '\n'); naming the columns and
// reading the rows is the interpreter's job (tables.cc). Internal to
// extractor/.
#ifndef VANBAN_EXTRACTOR_TABLE_GRID_H_
#define VANBAN_EXTRACTOR_TABLE_GRID_H_

#include <string>
#include <string_view>
#include <vector>

#include "tables.h"
#include "vanban/normalizer.h"

namespace vanban::extractor::internal {

// One line of the normalized text (empty lines included: they are empty
// cells in some renderings and row separators in others).
struct TextLine {
  std::string_view text;  // trimmed
  Span span;
  size_t block = 0;         // the block of this line, or of the last non-empty line before it
  bool page_break = false;  // a blank line that holds a page break (IsPageBreak)
};

struct GridRow {
  std::vector<std::string> cells;  // left to right; fewer than the header under a rowspan
  Span span;
  size_t first_line = 0;
};

struct Grid {
  std::vector<std::string> header;  // one name per column
  std::vector<GridRow> rows;        // rows after the header (repeated headers included)
  size_t first_line = 0;            // the header's first line
  size_t end_line = 0;              // one past the table's last line
};

// The column a header cell names ("Đơn vị chủ trì" -> kLead), if any.
bool HeaderColumn(std::string_view cell, Column* column);
// "STT", "TT", "Số TT": the header of the row-number column.
bool IsNumberHeader(std::string_view cell);
// "1", "1.", "01", "I.", "II.1", "1.1", "a)", "A": a row number; *label gets
// it without the final '.' or ')'.
bool ParseRowNumber(std::string_view cell, std::string* label);

// Cells between lines holding only '|' (HTML converted line by line).
bool ReadPipeLines(const std::vector<TextLine>& lines, size_t at, Grid* grid);
// Markdown pipe tables: "| a | b |", escaped "\|", "<br>" inside cells.
bool ReadPipeTable(const std::vector<TextLine>& lines, size_t at, Grid* grid);
// pandoc grid tables: rows between "+----+----+" rules, cells between '|'.
bool ReadGridTable(const std::vector<TextLine>& lines, size_t at, Grid* grid);
// HTML <table> left in the text: <tr> rows of <td>/<th> cells.
bool ReadHtmlTable(const std::vector<TextLine>& lines, size_t at, Grid* grid);
// One cell per line with a blank line for each empty cell (LibreOffice).
bool ReadCellLines(const std::vector<TextLine>& lines, size_t at, Grid* grid);
// Column-aligned text: pandoc simple/multiline tables, w3m, pdftotext
// -layout; cells wrapped over several lines go by the columns' positions.
bool MayStartAligned(std::string_view line);
bool ReadAligned(const normalizer::NormalizedText& text, const std::vector<TextLine>& lines,
                 size_t at, Grid* grid);

}  // namespace vanban::extractor::internal

#endif  // VANBAN_EXTRACTOR_TABLE_GRID_H_
