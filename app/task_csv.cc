#include "task_csv.h"

#include "source_lines.h"
#include "text_table.h"
#include "vanban/utf8.h"

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace vanban::app {

namespace {

// A cell that starts like a formula is run by Excel when the file is opened
// (CSV injection); OWASP's remedy is a leading apostrophe, which Excel hides.
std::string Neutralised(const std::string& raw) {
  std::string cell = utf8::Scrub(raw);
  if (!cell.empty() && std::string_view("=+-@\t\r").find(cell[0]) != std::string_view::npos) {
    cell.insert(0, 1, '\'');
  }
  return cell;
}

void WriteRow(const std::vector<std::string>& cells, std::ostream& out) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) out << ',';
    const std::string cell = Neutralised(cells[i]);
    if (cell.find_first_of(",\"\r\n") == std::string::npos) {
      out << cell;
      continue;
    }
    out << '"';
    for (const char c : cell) out << (c == '"' ? "\"\"" : std::string(1, c));
    out << '"';
  }
  out << "\r\n";
}

}  // namespace

std::string VietnameseDate(std::string_view iso) {
  if (iso.size() == 10) {
    return std::string(iso.substr(8, 2)) + "/" + std::string(iso.substr(5, 2)) + "/" +
           std::string(iso.substr(0, 4));
  }
  if (iso.size() == 7) return std::string(iso.substr(5, 2)) + "/" + std::string(iso.substr(0, 4));
  return std::string(iso);
}

namespace {

// "215/KH-UBND, 18/06/2025, Ủy ban nhân dân tỉnh Thái Nguyên".
std::string DocumentCell(const store::DocumentSummary& d) {
  std::string cell = d.code.empty() ? d.Label() : d.code;
  if (!d.issued.empty()) cell += ", " + VietnameseDate(d.issued);
  if (!d.issuer.empty()) cell += ", " + d.issuer;
  return cell;
}

}  // namespace

FollowUpTable MakeFollowUpTable(const std::vector<store::TaskRow>& tasks, std::string_view as_of) {
  FollowUpTable table;
  table.header = {"STT",
                  "Văn bản (số, ngày, cơ quan)",
                  "Trích yếu",
                  "Mục",
                  "Nhiệm vụ",
                  "Cơ quan chủ trì",
                  "Cơ quan phối hợp",
                  "Chủ trì suy ra",
                  "Thời hạn",
                  "Hạn cuối",
                  "Tình trạng",
                  "Nguồn"};
  SourceLines lines;
  size_t n = 0;
  for (const store::TaskRow& row : tasks) {
    const extractor::Task& t = row.task;
    std::string lead = Join(extractor::Names(t.lead), "; ");
    if (!row.inherited_from.empty()) lead += " (kế thừa từ " + row.inherited_from + ")";
    table.rows.push_back(
        {std::to_string(++n), DocumentCell(row.document), row.document.title, t.id, t.text, lead,
         Join(extractor::Names(t.coordinate), "; "), t.lead_inferred ? "có" : "", t.deadline.text,
         VietnameseDate(t.deadline.due.Iso()),
         store::TaskStateLabel(store::DeriveTaskState(row.progress, t.deadline, as_of)),
         lines.Locate(row.document.source_path, row.document.source_name, t.source)});
  }
  return table;
}

void WriteTasksCsv(const FollowUpTable& table, std::ostream& out) {
  out << "\xEF\xBB\xBF";
  WriteRow(table.header, out);
  for (const std::vector<std::string>& row : table.rows) WriteRow(row, out);
}

}  // namespace vanban::app
