// Tables: a table is one value whatever the converter made of it. Word and
// HTML tables reach us as one cell per line (LibreOffice text export, with
// blank lines for empty cells, or the seeds' flattened cells without them),
// as cells between lines holding only '|', as Markdown pipe tables, as pandoc
// simple/multiline/grid tables and as column-aligned text (w3m, pdftotext
// -layout). One reader per family turns the lines into a grid of cells; the
// interpreter names the columns from the header and reads the rows (row
// numbers, group rows, rows spanning sub-rows). Internal to extractor/.
#ifndef VANBAN_EXTRACTOR_TABLES_H_
#define VANBAN_EXTRACTOR_TABLES_H_

#include <string>
#include <vector>

#include "agencies.h"
#include "layout.h"
#include "vanban/normalizer.h"

namespace vanban::extractor::internal {

enum class Column {
  kNumber,
  kTitle,
  kGroup,  // "Thuộc nhóm nhiệm vụ": the group a row belongs to
  kLead,
  kCoordinate,
  kResult,
  kDeadline,
  kCentral,
  kValue,
  kMonitor,
  kOther
};

struct TableRow {
  std::string number;              // "30", "1.1", "a" as written, without the final '.'/')'
  std::string section;             // the group row it sits under, as written
  std::string path;                // the labels of the group rows it sits under, "A.I"
  int repeat = 0;                  // 1, 2 ... for the sub-rows of a row spanning several
  std::vector<std::string> cells;  // by column index of Table::columns
  Span span;                       // the row's lines in the normalized text
};

struct Table {
  int appendix = 0;
  std::vector<Column> columns;       // without kNumber
  std::vector<std::string> headers;  // as written, same order
  size_t header_block = 0;           // the block of the header's first line
  size_t end_block = 0;              // one past the table's last block
  std::vector<TableRow> rows;
  bool has(Column c) const;
  int index(Column c) const;
  // Rows are tasks: the table assigns agencies or deadlines (a budget or
  // indicator table does not).
  bool IsTaskTable() const;
};

std::vector<Table> ReadTables(const normalizer::NormalizedText& text,
                              const std::vector<Block>& blocks, const Gazetteer& gazetteer);

}  // namespace vanban::extractor::internal

#endif  // VANBAN_EXTRACTOR_TABLES_H_
