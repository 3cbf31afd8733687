#include "tables.h"

#include <algorithm>

#include "deadlines.h"
#include "table_grid.h"
#include "text_util.h"
#include "vanban/normalizer.h"
#include "vanban/utf8.h"

namespace vanban::extractor::internal {

namespace {

struct HeaderName {
  std::string_view folded_prefix;
  Column column;
};

// Header cells as the documents write them (folded), most specific first.
constexpr HeaderName kHeaders[] = {
    {"tien do trung uong", Column::kCentral},
    {"co quan chu tri theo doi", Column::kMonitor},
    {"co quan theo doi", Column::kMonitor},
    {"co quan chu tri", Column::kLead},
    {"don vi chu tri", Column::kLead},
    {"co quan thuc hien", Column::kLead},
    {"don vi thuc hien", Column::kLead},
    {"co quan, don vi chu tri", Column::kLead},
    {"co quan don vi chu tri", Column::kLead},
    {"chu tri", Column::kLead},
    {"trach nhiem thuc hien", Column::kLead},
    {"co quan phoi hop", Column::kCoordinate},
    {"don vi phoi hop", Column::kCoordinate},
    {"phoi hop", Column::kCoordinate},
    {"thuoc nhom", Column::kGroup},
    {"nhom nhiem vu", Column::kGroup},
    {"ten nhiem vu", Column::kTitle},
    {"noi dung nhiem vu", Column::kTitle},
    {"noi dung cong viec", Column::kTitle},
    {"nhiem vu", Column::kTitle},
    {"ten du an", Column::kTitle},
    {"du an", Column::kTitle},
    {"ten chi tieu", Column::kTitle},
    {"chi tieu cu the", Column::kTitle},
    {"chi tieu", Column::kTitle},
    {"noi dung", Column::kTitle},
    {"cong viec", Column::kTitle},
    {"ket qua", Column::kResult},
    {"san pham", Column::kResult},
    {"thoi gian hoan thanh", Column::kDeadline},
    {"thoi han hoan thanh", Column::kDeadline},
    {"thoi gian thuc hien", Column::kDeadline},
    {"thoi gian", Column::kDeadline},
    {"thoi han", Column::kDeadline},
    {"tien do", Column::kDeadline},
    {"den het nam", Column::kValue},
    {"den nam", Column::kValue},
    {"nam 20", Column::kValue},
    {"ghi chu", Column::kOther},
};

bool IsRomanNumeral(std::string_view s) {
  if (s.empty() || s.size() > 5) return false;
  return s.find_first_not_of("IVX") == std::string_view::npos;
}

bool IsDigits(std::string_view s) {
  return !s.empty() && s.size() <= 4 && s.find_first_not_of("0123456789") == std::string_view::npos;
}

std::string Folded(std::string_view s) {
  return normalizer::FoldKey(s);
}

}  // namespace

bool HeaderColumn(std::string_view cell, Column* column) {
  const std::string folded = Folded(cell.substr(0, 120));
  if (folded.empty() || folded.size() > 80) return false;
  for (const HeaderName& h : kHeaders) {
    if (folded.rfind(h.folded_prefix, 0) == 0) {
      *column = h.column;
      return true;
    }
  }
  return false;
}

bool IsNumberHeader(std::string_view cell) {
  const std::string f = Folded(cell.substr(0, 16));
  return f == "tt" || f == "stt" || f == "so tt" || f == "so thu tu";
}

bool ParseRowNumber(std::string_view cell, std::string* label) {
  std::string_view s = Trim(cell);
  if (s.empty() || s.size() > 12) return false;
  if (s.back() == '.' || s.back() == ')') s.remove_suffix(1);
  if (s.empty()) return false;
  // a single letter: "a)", "A", "đ)"
  if (s == "đ" || s == "Đ" || (s.size() == 1 && std::isalpha(static_cast<unsigned char>(s[0])))) {
    if (std::islower(static_cast<unsigned char>(s[0])) && cell.back() != ')' && cell.back() != '.')
      return false;
    *label = std::string(s);
    return true;
  }
  // "II", "II.1", "1.1.2", "01"
  size_t b = 0;
  int parts = 0;
  while (b <= s.size()) {
    size_t e = s.find('.', b);
    if (e == std::string_view::npos) e = s.size();
    const std::string_view part = s.substr(b, e - b);
    const bool roman = parts == 0 && IsRomanNumeral(part);
    if (!roman) {
      if (!IsDigits(part)) return false;
      if (DigitsValue(part) >= 1900 || part.size() > 4) return false;  // a year, not a row
    }
    ++parts;
    b = e + 1;
  }
  *label = std::string(s);
  return true;
}

bool Table::has(Column c) const {
  return index(c) >= 0;
}

int Table::index(Column c) const {
  const auto it = std::find(columns.begin(), columns.end(), c);
  return it == columns.end() ? -1 : static_cast<int>(it - columns.begin());
}

bool Table::IsTaskTable() const {
  if (!has(Column::kTitle)) return false;
  if (has(Column::kLead) || has(Column::kCoordinate)) return true;
  if (!has(Column::kDeadline)) return false;
  // a deadline column alone: its cells must read as deadlines
  const int d = index(Column::kDeadline);
  int dated = 0, filled = 0;
  for (const TableRow& r : rows) {
    if (r.cells[d].empty()) continue;
    ++filled;
    dated += ParseDeadline(r.cells[d], 0).kind != "none";
  }
  return filled > 0 && dated * 2 >= filled;
}

namespace {

// --- the interpreter: a grid's header names the columns, its rows become
// numbered rows under their group rows --------------------------------------

// A cell's lines as one text: list items ("- Bộ A;" "- Bộ B.") separated by
// "; " so that agency lists split, other lines joined by a space.
std::string CellText(std::string_view cell, bool list) {
  std::string out;
  size_t b = 0;
  while (b <= cell.size()) {
    size_t e = cell.find('\n', b);
    if (e == std::string_view::npos) e = cell.size();
    std::string_view line = Trim(cell.substr(b, e - b));
    b = e + 1;
    if (line.empty()) continue;
    const bool item = line.starts_with("- ") || line.starts_with("+ ") || line.starts_with("• ");
    if (item && (list || out.empty())) line = Trim(line.substr(line.starts_with("• ") ? 4 : 2));
    if (!out.empty()) {
      if (item && list) {
        while (!out.empty() && (out.back() == ';' || out.back() == '.' || out.back() == ','))
          out.pop_back();
        out += "; ";
      } else {
        out += ' ';
      }
    }
    out += line;
  }
  return out;
}

class Interpreter {
 public:
  Interpreter(const Grid& grid, Table* table) : grid_(grid), table_(table) {}

  bool Run() {
    if (!Name(AlignedHeader())) return false;
    for (const GridRow& r : grid_.rows) Row(r);
    return !table_->rows.empty();
  }

 private:
  // A header cell spanning the number and title columns ("Nội dung" over
  // "STT" and the task) leaves the header a cell short: its cells belong
  // to the right-hand columns, as the cells of a row under a rowspan do.
  std::vector<std::string> AlignedHeader() const {
    std::vector<std::string> header = grid_.header;
    while (!header.empty() && Folded(header.back()).empty()) header.pop_back();
    size_t numbered = 0, rows = 0, full = 0;
    std::string label;
    std::vector<size_t> filled;  // rows with a cell in each column
    for (const GridRow& r : grid_.rows) {
      filled.resize(std::max(filled.size(), r.cells.size()));
      size_t cells = 0;
      for (size_t c = 0; c < r.cells.size(); ++c) {
        const bool cell = !Folded(r.cells[c]).empty();
        filled[c] += cell;
        cells += cell;
      }
      full += cells > 2;  // a task's row, not a group row
      if (r.cells.empty()) continue;
      ++rows;
      numbered += ParseRowNumber(r.cells[0], &label);
    }
    // the columns the task rows write in; a column few of them reach is a
    // wide cell's overflow, not a column the header lacks
    size_t width = filled.size();
    while (width > header.size() && filled[width - 1] * 2 < full) --width;
    const bool number_first = !header.empty() && IsNumberHeader(header[0]);
    if (!number_first && header.size() < width && numbered * 2 > rows) {
      header.insert(header.begin(), width - header.size(), "");
    }
    return header;
  }

  // Column names from the header; the row-number column is the first one
  // when it is "STT"/"TT" or holds no name.
  bool Name(const std::vector<std::string>& header) {
    std::vector<Column> cols;
    int named = 0;
    for (const std::string& h : header) {
      Column c = Column::kOther;
      if (IsNumberHeader(h)) {
        c = Column::kNumber;
      } else if (HeaderColumn(h, &c)) {
        ++named;
      }
      cols.push_back(c);
    }
    if (named < 2) return false;
    // two title columns: "Nội dung" beside "Nhiệm vụ"/"Chỉ tiêu": the first
    // names the task, the others are its details
    bool title = false;
    for (Column& c : cols) {
      if (c == Column::kTitle && title) c = Column::kResult;
      if (c == Column::kTitle) title = true;
    }
    const bool unnamed_first = !header.empty() && header[0].empty();
    number_col_ = !cols.empty() && (cols[0] == Column::kNumber || unnamed_first) ? 0 : -1;
    map_.clear();
    table_->columns.clear();
    table_->headers.clear();
    for (size_t i = 0; i < cols.size(); ++i) {
      if (static_cast<int>(i) == number_col_) {
        map_.push_back(-1);
        continue;
      }
      map_.push_back(static_cast<int>(table_->columns.size()));
      table_->columns.push_back(cols[i]);
      table_->headers.push_back(CellText(header[i], false));
    }
    return true;
  }

  // A header repeated after a page break, or the header of a part of the
  // table that starts after a group row ("Nội dung | Đơn vị thực hiện").
  static bool IsHeaderAgain(const std::vector<std::string>& cells) {
    std::string label;
    if (cells.empty() || ParseRowNumber(cells[0], &label)) return false;
    int named = 0;
    for (const std::string& c : cells) {
      Column col;
      named += IsNumberHeader(c) || HeaderColumn(c, &col);
    }
    return named >= 2;
  }

  void Row(const GridRow& grid_row) {
    std::vector<std::string> given = grid_row.cells;
    // a cell of marks alone ("** **" left from bold around a space) is empty
    for (std::string& c : given) {
      if (Folded(c).empty()) c.clear();
    }
    if (IsHeaderAgain(given)) return;
    size_t shift = 0;
    const std::vector<std::string> cells = Aligned(given, &shift);
    const size_t width = cells.size();
    int filled = 0;
    for (size_t i = 0; i < width; ++i)
      filled += static_cast<int>(i) != number_col_ && !cells[i].empty();
    std::string label;
    bool numbered =
        number_col_ >= 0 && !given.empty() && shift == 0 && ParseRowNumber(given[0], &label);
    // a group row: a number and one text ("I | NHÓM NHIỆM VỤ ...")
    if (numbered && filled <= 1 && width > 3 && !HasAssignment(cells)) return Group(label);
    if (numbered && given.size() >= 2 && filled == 1 && IsUpperCaseLine(FirstText(cells))) {
      return Group(label);
    }
    if (!numbered && filled == 1 && width > 3 && shift == 0 && number_col_ >= 0 &&
        cells[0].empty() && !HasAssignment(cells) && open_) {
      return Continue(cells, grid_row.span);  // the rest of a row cut by a page break
    }
    if (!numbered && !open_) {
      // the first row of a group without its number: a row of its own
      if (!HasAssignment(cells)) return;
      numbered = true;
      label = std::to_string(++unnumbered_);
    }
    TableRow row;
    row.cells.assign(table_->columns.size(), "");
    for (size_t i = 0; i < width; ++i) {
      if (map_[i] >= 0) row.cells[map_[i]] = cells[i];
    }
    if (numbered) {
      row.number = label;
      row.section = section_;
      row.path = section_;
    } else {
      SpannedFromAbove(&row);
    }
    row.span = grid_row.span;
    table_->rows.push_back(std::move(row));
    open_ = true;
  }

  // The cells by grid column. Fewer cells than columns: the left ones span
  // from the row above (*shift gets how many), unless the row is numbered
  // (a group row over the whole width).
  std::vector<std::string> Aligned(const std::vector<std::string>& given, size_t* shift) const {
    const size_t width = map_.size();
    std::vector<std::string> cells(width);
    std::string label;
    const bool starts_numbered = !given.empty() && ParseRowNumber(given[0], &label);
    *shift = given.size() < width && !starts_numbered ? width - given.size() : 0;
    for (size_t i = 0; i < given.size() && i + *shift < width; ++i) cells[i + *shift] = given[i];
    return cells;
  }

  // A sub-row under a row that spans it: the same number, the spanned
  // cells (all but its own text and result).
  void SpannedFromAbove(TableRow* row) const {
    const TableRow& above = table_->rows.back();
    row->number = above.number;
    row->section = above.section;
    row->path = above.path;
    row->repeat = above.repeat == 0 ? 2 : above.repeat + 1;
    for (size_t c = 0; c < row->cells.size(); ++c) {
      const Column col = table_->columns[c];
      if (row->cells[c].empty() && col != Column::kTitle && col != Column::kResult)
        row->cells[c] = above.cells[c];
    }
  }

  static std::string FirstText(const std::vector<std::string>& cells) {
    for (size_t i = 1; i < cells.size(); ++i) {
      if (!cells[i].empty()) return cells[i];
    }
    return "";
  }

  bool HasAssignment(const std::vector<std::string>& cells) const {
    for (size_t i = 0; i < cells.size(); ++i) {
      if (map_[i] < 0 || cells[i].empty()) continue;
      const Column c = table_->columns[map_[i]];
      if (c == Column::kLead || c == Column::kCoordinate || c == Column::kDeadline) return true;
    }
    return false;
  }

  // "A" then "I": a letter group holds roman groups, a roman group the rows.
  void Group(const std::string& label) {
    const bool letter = label.size() == 1 && !IsRomanNumeral(label);
    if (letter || section_.empty()) {
      section_ = label;
      letter_ = letter;
    } else if (letter_) {
      section_ = section_.substr(0, section_.find('.')) + "." + label;
    } else {
      section_ = label;
    }
    open_ = false;
  }

  void Continue(const std::vector<std::string>& cells, Span span) {
    TableRow& above = table_->rows.back();
    for (size_t i = 0; i < cells.size(); ++i) {
      if (map_[i] < 0 || cells[i].empty()) continue;
      std::string& c = above.cells[map_[i]];
      if (!c.empty()) c += '\n';
      c += cells[i];
    }
    above.span.end = span.end;
  }

  const Grid& grid_;
  Table* table_;
  std::vector<int> map_;  // grid column -> table column, -1 for the number
  int number_col_ = -1;
  std::string section_;
  bool letter_ = false;
  bool open_ = false;
  int unnumbered_ = 0;  // rows that open a group without a number
};

// Finished cell texts: joined lines, list items split for agencies.
void FinishCells(Table* table) {
  for (TableRow& r : table->rows) {
    for (size_t c = 0; c < r.cells.size(); ++c) {
      const Column col = table->columns[c];
      r.cells[c] = CellText(r.cells[c], col == Column::kLead || col == Column::kCoordinate);
    }
  }
}

// --- the flattened family (the seeds): one cell per line, empty cells left
// out, so cells go to columns by what they are ---------------------------

bool StartsLower(std::string_view s) {
  size_t len;
  const char32_t cp = utf8::Decode(s, 0, &len);
  return ToUpperCodePoint(cp) != cp;
}

bool IsNumberCell(std::string_view line, int* value) {
  if (!IsDigits(line)) return false;
  *value = DigitsValue(line);
  return *value > 0 || line.find_first_not_of('0') == std::string_view::npos;
}

// Builds the rows of one table from the lines after its header.
class RowReader {
 public:
  RowReader(const std::vector<Block>& blocks, const Gazetteer& gazetteer, Table* table)
      : blocks_(blocks), gazetteer_(gazetteer), table_(table) {}

  size_t Read(size_t from) {
    size_t i = from;
    for (; i < blocks_.size(); ++i) {
      const Block& b = blocks_[i];
      if (b.appendix != table_->appendix || IsEnd(b)) break;
      Line(b);
    }
    Finish();
    return i;
  }

 private:
  bool IsEnd(const Block& b) const {
    const std::string folded = normalizer::FoldKey(b.text.substr(0, 20));
    return folded.rfind("noi nhan", 0) == 0 || folded == "tt" || folded == "stt";
  }

  void Line(const Block& b) {
    int value = 0;
    if (pending_section_) {
      section_ += " " + std::string(b.text);
      pending_section_ = false;
      return;
    }
    if (b.marker == Marker::kRoman) {
      Finish();
      section_ = b.label + ".";
      pending_section_ = b.content.empty();
      return;
    }
    if (IsNumberCell(b.text, &value) && value < 1900 && (!open_ || Filled() >= 2)) {
      Finish();
      StartRow(b, value);
      return;
    }
    if (!open_) return;  // text between the header and the first row
    row_.span.end = b.span.end;
    Cell(std::string(b.text));
  }

  void StartRow(const Block& b, int value) {
    open_ = true;
    row_ = TableRow();
    row_.number = std::to_string(value);
    row_.section = section_;
    row_.cells.assign(table_->columns.size(), "");
    row_.span = b.span;
    cursor_ = -1;
  }

  int Filled() const {
    int n = 0;
    for (const std::string& c : row_.cells) n += !c.empty();
    return n;
  }

  // The first empty column at or after the cursor that takes `want`.
  int NextColumn(std::initializer_list<Column> want) const {
    for (int c = std::max(cursor_, 0); c < static_cast<int>(table_->columns.size()); ++c) {
      if (!row_.cells[c].empty()) continue;
      if (std::find(want.begin(), want.end(), table_->columns[c]) != want.end()) return c;
    }
    return -1;
  }

  void Put(int column, const std::string& text) {
    row_.cells[column] = text;
    cursor_ = column;
  }

  void Cell(const std::string& text) {
    const int title = table_->index(Column::kTitle);
    if (cursor_ < 0 && title >= 0) return Put(title, text);
    if (cursor_ < 0) cursor_ = 0;
    const Column current = table_->columns[cursor_];
    std::string& last = row_.cells[cursor_];
    // a lower-case line continues the cell above, unless it is a group of
    // agencies of its own ("các sở, ban, ngành, địa phương" as the next cell)
    const bool own_group = text.rfind("các ", 0) == 0 && gazetteer_.IsAgencyList(text);
    const bool lower = StartsLower(text) && !own_group;
    // a title over several lines, with its own "- " items
    if (current == Column::kTitle &&
        (lower || text.rfind("- ", 0) == 0 || text.rfind("+ ", 0) == 0 || last.ends_with(":"))) {
      last += " " + text;
      return;
    }
    if (IsDeadlineCell(text)) {
      if (const int c = NextColumn({Column::kDeadline, Column::kCentral, Column::kValue}); c >= 0) {
        return Put(c, text);
      }
    }
    const bool agency_cell = current == Column::kLead || current == Column::kCoordinate;
    if (agency_cell && (lower || last.ends_with(",") || last.ends_with(";"))) {
      last += " " + text;  // a lead split over two lines
      return;
    }
    if (gazetteer_.IsAgencyList(text)) {
      if (const int c = NextColumn({Column::kLead, Column::kCoordinate, Column::kMonitor});
          c >= 0) {
        return Put(c, text);
      }
      if (MoveStarredCoordinateToLead(text)) return;
    }
    if (const int c = NextColumn({Column::kResult, Column::kValue}); c >= 0) return Put(c, text);
    last += " " + text;  // nowhere else: never drop text
  }

  // A third agency cell after lead and coordinate: the "coordinate" was the
  // rest of the lead, written on its own line with the primary mark
  // ("Công an tỉnh" / "Sở Tài chính*" / "Các sở, ban, ngành, địa phương").
  bool MoveStarredCoordinateToLead(const std::string& text) {
    const int lead = table_->index(Column::kLead), coordinate = table_->index(Column::kCoordinate);
    if (lead < 0 || coordinate < 0 || cursor_ != coordinate) return false;
    if (row_.cells[coordinate].find('*') == std::string::npos) return false;
    row_.cells[lead] += "; " + row_.cells[coordinate];
    row_.cells[coordinate] = text;
    return true;
  }

  void Finish() {
    if (open_) table_->rows.push_back(row_);
    open_ = false;
  }

  const std::vector<Block>& blocks_;
  const Gazetteer& gazetteer_;
  Table* table_;
  TableRow row_;
  bool open_ = false;
  int cursor_ = -1;
  std::string section_;
  bool pending_section_ = false;
};

// The flattened family at block `i` ("TT" then one header cell per line).
bool ReadFlattened(const std::vector<Block>& blocks, const Gazetteer& gazetteer, size_t i,
                   Table* table) {
  table->appendix = blocks[i].appendix;
  table->header_block = i;
  size_t j = i + 1;
  Column column;
  while (j < blocks.size() && HeaderColumn(blocks[j].text, &column)) {
    table->columns.push_back(column);
    table->headers.emplace_back(blocks[j].text);
    ++j;
  }
  if (table->columns.size() < 2) return false;
  table->end_block = RowReader(blocks, gazetteer, table).Read(j);
  return true;
}

// --- the dispatcher ------------------------------------------------------

std::vector<TextLine> Lines(const normalizer::NormalizedText& text,
                            const std::vector<Block>& blocks) {
  std::vector<TextLine> lines;
  size_t b = 0;
  for (const Span& s : SplitLines(text.text)) {
    TextLine l;
    l.text = Trim(std::string_view(text.text).substr(s.begin, s.end - s.begin));
    l.span = s;
    while (b < blocks.size() && blocks[b].span.end < s.begin) ++b;
    const bool own = b < blocks.size() && blocks[b].span.begin <= s.end && !l.text.empty();
    l.block = own ? b : (b == 0 ? 0 : b - 1);
    l.page_break = IsPageBreak(text.text, text.map, s);
    lines.push_back(l);
  }
  return lines;
}

// The reader whose family the lines at `i` belong to.
bool ReadGrid(const normalizer::NormalizedText& text, const std::vector<TextLine>& lines, size_t i,
              Grid* grid) {
  const std::string_view t = lines[i].text;
  if (t == "|") return ReadPipeLines(lines, i, grid);
  if (t.starts_with("+-") || t.starts_with("+=")) return ReadGridTable(lines, i, grid);
  if (t.find("<table") != std::string_view::npos || t.find("<TABLE") != std::string_view::npos)
    return ReadHtmlTable(lines, i, grid);
  if (t.starts_with("|")) return ReadPipeTable(lines, i, grid);
  if (IsNumberHeader(t)) return ReadCellLines(lines, i, grid);
  return ReadAligned(text, lines, i, grid);
}

// Lines where a table may start: a number header, a pipe, a line starting
// with "STT", a dashed ruler.
bool MayStart(std::string_view t) {
  if (t.empty()) return false;
  if (t == "|" || t.starts_with("| ") || t.starts_with("|*")) return true;
  if (t.starts_with("--") || t.starts_with("+-") || t.starts_with("+=")) return true;
  if (t.find("<table") != std::string_view::npos || t.find("<TABLE") != std::string_view::npos)
    return true;
  return IsNumberHeader(t) || MayStartAligned(t);
}

// One past the block of the table's last line.
size_t EndBlock(const std::vector<TextLine>& lines, size_t end_line) {
  return end_line == 0 ? 0 : lines[std::min(end_line, lines.size()) - 1].block + 1;
}

}  // namespace

std::vector<Table> ReadTables(const normalizer::NormalizedText& text,
                              const std::vector<Block>& blocks, const Gazetteer& gazetteer) {
  std::vector<Table> tables;
  if (blocks.empty()) return tables;
  const std::vector<TextLine> lines = Lines(text, blocks);
  size_t i = 0;
  while (i < lines.size()) {
    if (!MayStart(lines[i].text)) {
      ++i;
      continue;
    }
    Grid grid;
    Table table;
    if (ReadGrid(text, lines, i, &grid) && grid.end_line > i) {
      table.appendix = blocks[lines[grid.first_line].block].appendix;
      table.header_block = lines[grid.first_line].block;
      table.end_block = EndBlock(lines, grid.end_line);
      if (Interpreter(grid, &table).Run()) {
        FinishCells(&table);
        tables.push_back(std::move(table));
        i = grid.end_line;
        continue;
      }
      table = Table();
    }
    const size_t b = lines[i].block;
    if (IsNumberHeader(lines[i].text) && blocks[b].text == lines[i].text &&
        ReadFlattened(blocks, gazetteer, b, &table)) {
      const size_t end = table.end_block;
      tables.push_back(std::move(table));
      while (i < lines.size() && lines[i].block < end) ++i;
      continue;
    }
    ++i;
  }
  return tables;
}

}  // namespace vanban::extractor::internal
