// Pipe-table lines of the fixtures ("| a | b<br>c |"), read by the tests
// that write a fixture in another format: a .docx or HTML table, columns.
#ifndef VANBAN_TESTS_PIPE_TABLE_TEST_UTIL_H_
#define VANBAN_TESTS_PIPE_TABLE_TEST_UTIL_H_

#include <string>
#include <vector>

namespace vanban::testing {

// The cells of a pipe-table line, "\|" unescaped, "<br>" splitting a cell's
// paragraphs.
inline std::vector<std::vector<std::string>> PipeCells(const std::string& line) {
  std::vector<std::vector<std::string>> cells;
  std::string cell;
  auto close = [&] {
    std::vector<std::string> paragraphs;
    size_t from = 0;
    for (size_t br; (br = cell.find("<br>", from)) != std::string::npos; from = br + 4) {
      paragraphs.push_back(cell.substr(from, br - from));
    }
    paragraphs.push_back(cell.substr(from));
    for (std::string& p : paragraphs) {
      p.erase(0, p.find_first_not_of(' '));
      p.erase(p.find_last_not_of(' ') + 1);
    }
    cells.push_back(paragraphs);
    cell.clear();
  };
  for (size_t i = 1; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
      cell += '|';
      ++i;
    } else if (line[i] == '|') {
      close();
    } else {
      cell += line[i];
    }
  }
  return cells;
}

// The line under a pipe table's header: "| --- | --- |".
inline bool IsPipeRule(const std::string& line) {
  return line.find_first_not_of("|-: ") == std::string::npos;
}

}  // namespace vanban::testing

#endif  // VANBAN_TESTS_PIPE_TABLE_TEST_UTIL_H_
