#include "text_table.h"

#include <algorithm>

#include "vanban/utf8.h"

namespace vanban::app {

size_t Columns(std::string_view text) {
  size_t columns = 0;
  for (size_t i = 0, len = 0; i < text.size(); i += len) {
    utf8::Decode(text, i, &len);
    ++columns;
  }
  return columns;
}

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

std::string Shorten(std::string_view text, size_t width) {
  if (Columns(text) <= width) return std::string(text);
  const size_t keep = width > 3 ? width - 3 : 0;
  size_t i = 0, len = 0;
  for (size_t columns = 0; columns < keep && i < text.size(); ++columns, i += len) {
    utf8::Decode(text, i, &len);
  }
  return std::string(text.substr(0, i)) + "...";
}

TextTable::TextTable(std::vector<std::string> headers, std::vector<size_t> max_widths)
    : headers_(std::move(headers)), max_widths_(std::move(max_widths)) {
  max_widths_.resize(headers_.size(), 0);
}

void TextTable::AddRow(std::vector<std::string> cells) {
  cells.resize(headers_.size());
  for (size_t i = 0; i < cells.size(); ++i) {
    // A cell is one line: newlines inside task texts would break the table.
    std::replace(cells[i].begin(), cells[i].end(), '\n', ' ');
    cells[i].erase(0, cells[i].find_first_not_of(' '));
    cells[i].erase(cells[i].find_last_not_of(' ') + 1);
    if (max_widths_[i] > 0) cells[i] = Shorten(cells[i], max_widths_[i]);
  }
  rows_.push_back(std::move(cells));
}

void TextTable::Print(std::ostream& out) const {
  std::vector<size_t> widths(headers_.size());
  for (size_t i = 0; i < headers_.size(); ++i) widths[i] = Columns(headers_[i]);
  for (const auto& row : rows_) {
    for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], Columns(row[i]));
  }
  auto print_row = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (size_t i = 0; i < cells.size(); ++i) {
      line += cells[i];
      if (i + 1 < cells.size()) line += std::string(widths[i] - Columns(cells[i]) + 2, ' ');
    }
    line.erase(line.find_last_not_of(' ') + 1);
    out << line << "\n";
  };
  print_row(headers_);
  for (const auto& row : rows_) print_row(row);
}

}  // namespace vanban::app
