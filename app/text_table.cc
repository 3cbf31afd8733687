#include "text_table.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>

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

namespace {

// The bytes of the first `columns` code points of `text`.
size_t PrefixBytes(std::string_view text, size_t columns) {
  size_t i = 0, len = 0;
  for (size_t c = 0; c < columns && i < text.size(); ++c, i += len) utf8::Decode(text, i, &len);
  return i;
}

}  // namespace

std::string Shorten(std::string_view text, size_t width) {
  if (Columns(text) <= width) return std::string(text);
  return std::string(text.substr(0, PrefixBytes(text, width > 3 ? width - 3 : 0))) + "...";
}

std::vector<std::string> Wrap(std::string_view text, size_t width) {
  std::vector<std::string> lines(1);
  width = std::max<size_t>(width, 1);
  size_t at = 0;
  while (at < text.size()) {
    const size_t end = std::min(text.find(' ', at), text.size());
    std::string word(text.substr(at, end - at));
    at = end + 1;
    if (word.empty()) continue;
    while (Columns(word) > width) {  // longer than a line: a line of its own, cut
      if (!lines.back().empty()) lines.emplace_back();
      const size_t head = PrefixBytes(word, width);
      lines.back() = word.substr(0, head);
      lines.emplace_back();
      word.erase(0, head);
    }
    const size_t used = Columns(lines.back());
    if (used > 0 && used + 1 + Columns(word) > width) lines.emplace_back();
    if (!lines.back().empty()) lines.back() += ' ';
    lines.back() += word;
  }
  if (lines.size() > 1 && lines.back().empty()) lines.pop_back();
  return lines;
}

size_t TerminalWidth() {
  if (const char* columns = std::getenv("COLUMNS")) {
    size_t value = 0;
    const std::string_view text(columns);
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc() && end == text.data() + text.size() && value >= 20 && value <= 10000) {
      return value;
    }
  }
  winsize size{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 20) {
    return size.ws_col;
  }
  return 0;
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
  }
  rows_.push_back(std::move(cells));
}

std::string TextTable::Cell(const std::vector<std::string>& row, size_t i, size_t width) const {
  const bool last = i + 1 == headers_.size();
  if (max_widths_[i] == 0 || (last && width > 0)) return row[i];
  return Shorten(row[i], max_widths_[i]);
}

void TextTable::Print(std::ostream& out, size_t width) const {
  const size_t n = headers_.size();
  std::vector<std::vector<std::string>> shown;
  for (const auto& row : rows_) {
    std::vector<std::string> cells(n);
    for (size_t i = 0; i < n; ++i) cells[i] = Cell(row, i, width);
    shown.push_back(std::move(cells));
  }
  std::vector<size_t> widths(n);
  for (size_t i = 0; i < n; ++i) widths[i] = Columns(headers_[i]);
  for (const auto& row : shown) {
    for (size_t i = 0; i < n; ++i) widths[i] = std::max(widths[i], Columns(row[i]));
  }
  size_t last_start = 0;  // the column the last cell starts at
  for (size_t i = 0; i + 1 < n; ++i) last_start += widths[i] + 2;
  // The last column gets what is left of the line; when that is under 20
  // columns, it goes under the row instead, indented by 4, so no line is
  // longer than `width`.
  const bool below = width > 0 && last_start + 20 > width;
  const size_t indent = below ? 4 : last_start;
  const size_t last_width = width > indent ? width - indent : 1;
  auto print_row = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (size_t i = 0; i + 1 < n; ++i) {
      line += cells[i] + std::string(widths[i] - Columns(cells[i]) + 2, ' ');
    }
    const std::vector<std::string> last =
        width > 0 ? Wrap(cells[n - 1], last_width) : std::vector<std::string>{cells[n - 1]};
    if (below) {
      line.erase(line.find_last_not_of(' ') + 1);
      out << line << "\n";
    }
    for (size_t k = 0; k < last.size(); ++k) {
      std::string text = (k == 0 && !below ? line : std::string(indent, ' ')) + last[k];
      text.erase(text.find_last_not_of(' ') + 1);
      out << text << "\n";
    }
  };
  print_row(headers_);
  for (const auto& row : shown) print_row(row);
}

}  // namespace vanban::app
