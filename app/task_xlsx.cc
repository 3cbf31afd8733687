#include "task_xlsx.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdlib>

#include "vanban/utf8.h"

namespace vanban::app {

namespace {

// Excel's limit for one cell; longer text is cut at a character boundary.
constexpr size_t kMaxCellBytes = 32767;
// Widths in characters: wide enough for a short cell, no wider than a
// readable column (longer text wraps).
constexpr double kMinWidth = 6, kMaxWidth = 60;

std::string Cell(const std::string& raw) {
  std::string cell = utf8::Scrub(raw);
  if (cell.size() > kMaxCellBytes) cell.resize(utf8::ValidPrefix(cell.substr(0, kMaxCellBytes)));
  return cell;
}

// Characters, not bytes: Vietnamese letters take two or three bytes.
double DisplayWidth(const std::string& text) {
  size_t chars = 0;
  for (const char c : text) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return static_cast<double>(chars);
}

std::vector<double> ColumnWidths(const FollowUpTable& table) {
  std::vector<double> widths(table.header.size(), kMinWidth);
  const auto fit = [&](const std::vector<std::string>& row) {
    for (size_t c = 0; c < row.size() && c < widths.size(); ++c) {
      widths[c] = std::clamp(DisplayWidth(row[c]) + 2, widths[c], kMaxWidth);
    }
  };
  fit(table.header);
  for (const auto& row : table.rows) fit(row);
  return widths;
}

Status Failed(const std::string& path, lxw_error error) {
  return Status::IoError(path + ": cannot write the workbook: " + lxw_strerror(error));
}

}  // namespace

Status WriteTasksXlsx(const FollowUpTable& table, const std::string& path) {
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (!workbook) return Status::IoError(path + ": cannot create the workbook");
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Nhiệm vụ");
  lxw_format* header = workbook_add_format(workbook);
  format_set_bold(header);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* wrapped = workbook_add_format(workbook);
  format_set_text_wrap(wrapped);
  format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);

  const std::vector<double> widths = ColumnWidths(table);
  for (size_t c = 0; c < widths.size(); ++c) {
    worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c],
                         wrapped);
  }
  for (size_t c = 0; c < table.header.size(); ++c) {
    worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), Cell(table.header[c]).c_str(),
                           header);
  }
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const auto row = static_cast<lxw_row_t>(r + 1);
    for (size_t c = 0; c < table.rows[r].size(); ++c) {
      const std::string& text = table.rows[r][c];
      const auto col = static_cast<lxw_col_t>(c);
      if (c == 0 && !text.empty() && text.find_first_not_of("0123456789") == std::string::npos) {
        worksheet_write_number(sheet, row, col, std::strtod(text.c_str(), nullptr), wrapped);
      } else {
        worksheet_write_string(sheet, row, col, Cell(text).c_str(), wrapped);
      }
    }
  }
  worksheet_freeze_panes(sheet, 1, 0);
  if (!table.header.empty()) {
    worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                         static_cast<lxw_col_t>(table.header.size() - 1));
  }
  const lxw_error error = workbook_close(workbook);
  return error == LXW_NO_ERROR ? Status::Ok() : Failed(path, error);
}

}  // namespace vanban::app
