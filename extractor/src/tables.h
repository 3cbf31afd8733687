// Flattened tables: a table that arrives one cell per line, read back into
// rows. Cells go to columns by what they are (an agency list, a deadline, a
// result), not by counting alone, because real rows miss cells, split a
// lead over two lines, or give a deadline that is only a year. Internal to
// extractor/.
#ifndef VANBAN_EXTRACTOR_TABLES_H_
#define VANBAN_EXTRACTOR_TABLES_H_

#include <string>
#include <vector>

#include "agencies.h"
#include "layout.h"

namespace vanban::extractor::internal {

enum class Column {
  kNumber,
  kTitle,
  kLead,
  kCoordinate,
  kResult,
  kDeadline,
  kCentral,
  kValue,
  kMonitor
};

struct TableRow {
  std::string number;              // "30"
  std::string section;             // "II." heading row it sits under, as written
  std::vector<std::string> cells;  // by column index of Table::columns
  Span span;                       // the row's lines in the normalized text
};

struct Table {
  int appendix = 0;
  std::vector<Column> columns;       // without kNumber
  std::vector<std::string> headers;  // as written, same order
  size_t header_block = 0;           // the "TT" line
  std::vector<TableRow> rows;
  bool has(Column c) const;
  int index(Column c) const;
};

std::vector<Table> ReadTables(const std::vector<Block>& blocks, const Gazetteer& gazetteer);

}  // namespace vanban::extractor::internal

#endif  // VANBAN_EXTRACTOR_TABLES_H_
