// Plain-text tables and line shortening for terminal output, measuring
// text in code points (NFC Vietnamese: one column per letter).
#ifndef VANBAN_APP_TEXT_TABLE_H_
#define VANBAN_APP_TEXT_TABLE_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::app {

size_t Columns(std::string_view text);

// "a; b; c" for Join({"a", "b", "c"}, "; ").
std::string Join(const std::vector<std::string>& parts, std::string_view separator);

// `text` cut to at most `width` columns, ending in "..." when cut.
std::string Shorten(std::string_view text, size_t width);

// `text` in lines of at most `width` columns, broken at spaces (a word longer
// than a line is cut); at least one line.
std::vector<std::string> Wrap(std::string_view text, size_t width);

// The terminal's width: $COLUMNS when it is a number, else the width of the
// terminal on standard output, else 0 (not a terminal: nothing wraps).
size_t TerminalWidth();

class TextTable {
 public:
  // `max_widths[i]` caps column i (0: no cap); the last column is never padded.
  TextTable(std::vector<std::string> headers, std::vector<size_t> max_widths);
  void AddRow(std::vector<std::string> cells);
  // With `width` (terminal columns, 0: unknown), the last column is not cut
  // but wrapped at spaces onto lines of its own, indented under it, so every
  // line fits; the other columns keep their caps.
  void Print(std::ostream& out, size_t width = 0) const;
  bool empty() const { return rows_.empty(); }

 private:
  // Cell i of `row` as shown: cut to its cap, except a last column that wraps.
  std::string Cell(const std::vector<std::string>& row, size_t i, size_t width) const;

  std::vector<std::string> headers_;
  std::vector<size_t> max_widths_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace vanban::app

#endif  // VANBAN_APP_TEXT_TABLE_H_
