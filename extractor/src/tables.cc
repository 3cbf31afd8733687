#include "tables.h"

#include <algorithm>

#include "deadlines.h"
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
    {"co quan phoi hop", Column::kCoordinate},
    {"don vi phoi hop", Column::kCoordinate},
    {"ten nhiem vu", Column::kTitle},
    {"noi dung nhiem vu", Column::kTitle},
    {"nhiem vu", Column::kTitle},
    {"ten du an", Column::kTitle},
    {"du an", Column::kTitle},
    {"chi tieu", Column::kTitle},
    {"ten chi tieu", Column::kTitle},
    {"noi dung", Column::kTitle},
    {"ket qua", Column::kResult},
    {"san pham", Column::kResult},
    {"thoi gian hoan thanh", Column::kDeadline},
    {"thoi han hoan thanh", Column::kDeadline},
    {"thoi gian thuc hien", Column::kDeadline},
    {"thoi han", Column::kDeadline},
    {"tien do", Column::kDeadline},
    {"den het nam", Column::kValue},
    {"den nam", Column::kValue},
    {"nam 20", Column::kValue},
};

bool HeaderColumn(std::string_view line, Column* column) {
  const std::string folded = normalizer::FoldKey(line);
  if (folded.size() > 60) return false;
  for (const HeaderName& h : kHeaders) {
    if (folded.rfind(h.folded_prefix, 0) == 0) {
      *column = h.column;
      return true;
    }
  }
  return false;
}

bool IsNumberCell(std::string_view line, int* value) {
  if (line.empty() || line.size() > 4) return false;
  for (char c : line) {
    if (c < '0' || c > '9') return false;
  }
  *value = DigitsValue(line);
  return true;
}

bool StartsLower(std::string_view s) {
  size_t len;
  const char32_t cp = utf8::Decode(s, 0, &len);
  return ToUpperCodePoint(cp) != cp;
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

}  // namespace

bool Table::has(Column c) const {
  return index(c) >= 0;
}

int Table::index(Column c) const {
  const auto it = std::find(columns.begin(), columns.end(), c);
  return it == columns.end() ? -1 : static_cast<int>(it - columns.begin());
}

std::vector<Table> ReadTables(const std::vector<Block>& blocks, const Gazetteer& gazetteer) {
  std::vector<Table> tables;
  size_t i = 0;
  while (i < blocks.size()) {
    const std::string_view t = blocks[i].text;
    if (t.size() > 4 || (t != "TT" && t != "STT" && t != "tt" && t != "Stt")) {
      ++i;
      continue;
    }
    Table table;
    table.appendix = blocks[i].appendix;
    table.header_block = i;
    size_t j = i + 1;
    Column column;
    while (j < blocks.size() && HeaderColumn(blocks[j].text, &column)) {
      table.columns.push_back(column);
      table.headers.emplace_back(blocks[j].text);
      ++j;
    }
    if (table.columns.size() < 2) {
      i = j;
      continue;
    }
    i = RowReader(blocks, gazetteer, &table).Read(j);
    tables.push_back(std::move(table));
  }
  return tables;
}

}  // namespace vanban::extractor::internal
