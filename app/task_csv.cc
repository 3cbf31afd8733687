#include "task_csv.h"

#include "text_table.h"
#include "vanban/utf8.h"

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

void WriteTasksCsv(const std::vector<store::TaskRow>& tasks, std::ostream& out) {
  out << "\xEF\xBB\xBF";
  WriteRow({"document", "source", "task", "number", "text", "lead", "coordinate", "director",
            "deadline", "kind", "due", "central_deadline", "central_due", "targets"},
           out);
  for (const store::TaskRow& row : tasks) {
    const extractor::Task& t = row.task;
    std::string targets;
    for (const int n : t.targets) targets += (targets.empty() ? "" : " ") + std::to_string(n);
    const extractor::Deadline central = t.central_deadline.value_or(extractor::Deadline{});
    WriteRow({row.document.code, row.document.source_name, t.id, t.number, t.text,
              Join(extractor::Names(t.lead), "; "), Join(extractor::Names(t.coordinate), "; "),
              t.director ? t.director->name : "", t.deadline.text, t.deadline.kind,
              t.deadline.due.Iso(), central.text, central.due.Iso(), targets},
             out);
  }
}

}  // namespace vanban::app
