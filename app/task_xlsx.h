// The follow-up table as an Excel workbook (libxlsxwriter): one sheet
// "Nhiệm vụ" with the header row bold, frozen and filtered, column widths
// fitted to the content, text wrapped, STT as numbers. Cells are written as
// strings, never as formulas, so a text starting with '=' stays text.
#ifndef VANBAN_APP_TASK_XLSX_H_
#define VANBAN_APP_TASK_XLSX_H_

#include <string>

#include "task_csv.h"
#include "vanban/status.h"

namespace vanban::app {

// Writes `table` to the file `path` (replaced if it exists); the error
// names the file and libxlsxwriter's reason.
Status WriteTasksXlsx(const FollowUpTable& table, const std::string& path);

}  // namespace vanban::app

#endif  // VANBAN_APP_TASK_XLSX_H_
