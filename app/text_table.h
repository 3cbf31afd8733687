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

class TextTable {
 public:
  // `max_widths[i]` caps column i (0: no cap); the last column is never padded.
  TextTable(std::vector<std::string> headers, std::vector<size_t> max_widths);
  void AddRow(std::vector<std::string> cells);
  void Print(std::ostream& out) const;
  bool empty() const { return rows_.empty(); }

 private:
  std::vector<std::string> headers_;
  std::vector<size_t> max_widths_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace vanban::app

#endif  // VANBAN_APP_TEXT_TABLE_H_
