// Tasks as CSV for the office's spreadsheet: the columns a follow-up table
// has, in Vietnamese (STT, Văn bản, Trích yếu, Mục, Nhiệm vụ, Cơ quan chủ
// trì, Cơ quan phối hợp, Chủ trì suy ra, Thời hạn, Hạn cuối, Tình trạng,
// Nguồn); RFC 4180 quoting and a UTF-8 byte order mark, without which Excel
// reads Vietnamese as Windows-1252.
#ifndef VANBAN_APP_TASK_CSV_H_
#define VANBAN_APP_TASK_CSV_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "vanban/queries.h"

namespace vanban::app {

// "2025-06-30" -> "30/06/2025"; a month or year alone as written ("2025-06"
// -> "06/2025").
std::string VietnameseDate(std::string_view iso);

// The follow-up table of `tasks` at `as_of`: one header, one row per task,
// every cell text (STT as digits), whatever file format writes it.
struct FollowUpTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};
FollowUpTable MakeFollowUpTable(const std::vector<store::TaskRow>& tasks, std::string_view as_of);

void WriteTasksCsv(const FollowUpTable& table, std::ostream& out);

}  // namespace vanban::app

#endif  // VANBAN_APP_TASK_CSV_H_
