// Tasks as CSV for spreadsheets: RFC 4180 quoting and a UTF-8 byte order
// mark, without which Excel reads Vietnamese as Windows-1252.
#ifndef VANBAN_APP_TASK_CSV_H_
#define VANBAN_APP_TASK_CSV_H_

#include <ostream>
#include <vector>

#include "vanban/queries.h"

namespace vanban::app {

void WriteTasksCsv(const std::vector<store::TaskRow>& tasks, std::ostream& out);

}  // namespace vanban::app

#endif  // VANBAN_APP_TASK_CSV_H_
