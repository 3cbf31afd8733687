// Tables: one task table in every rendering the converters make of it gives
// the same tasks; group rows, rows spanning sub-rows, repeated headers and
// budget tables. The fixtures are small tables written for these tests.
#include <gtest/gtest.h>

#include "test_util.h"
#include "vanban/extractor.h"

namespace vanban::extractor {
namespace {

const Extractor& TheExtractor() {
  static const std::unique_ptr<Extractor> e = std::move(Extractor::Create()).value();
  return *e;
}

DocumentRecord Extract(std::string_view text) {
  return TheExtractor().Extract(vanban::testing::Normalize(text), "test.txt");
}

using Names = std::vector<std::string>;

// What every rendering of the table below must give.
struct Expected {
  const char* text_prefix;
  Names lead;
  Names coordinate;
  const char* deadline_kind;
  const char* due;
};

const Expected kExpected[] = {
    {"Xây dựng cơ sở dữ liệu dùng chung",
     {"Sở Khoa học và Công nghệ"},
     {"Các sở, ban, ngành, địa phương"},
     "year",
     "2026-12-31"},
    {"Rà soát, sửa đổi quy định",
     {"Sở Tư pháp"},
     {"Sở Nội vụ", "Sở Tài chính"},
     "quarter",
     "2026-06-30"},
    {"Phát triển hạ tầng số", {"Sở Khoa học và Công nghệ"}, {}, "ongoing", ""},
};

void ExpectTasks(const DocumentRecord& r, const std::string& rendering) {
  SCOPED_TRACE(rendering);
  ASSERT_EQ(r.tasks.size(), std::size(kExpected));
  for (size_t i = 0; i < std::size(kExpected); ++i) {
    const Task& t = r.tasks[i];
    const Expected& e = kExpected[i];
    EXPECT_EQ(t.text.rfind(e.text_prefix, 0), 0u) << t.text;
    EXPECT_EQ(t.lead, e.lead) << t.text;
    EXPECT_EQ(t.coordinate, e.coordinate) << t.text;
    EXPECT_EQ(t.deadline.kind, e.deadline_kind) << t.text;
    EXPECT_EQ(t.deadline.due.Iso(), e.due) << t.text;
  }
}

constexpr std::string_view kHead = "KẾ HOẠCH\nPHỤ LỤC I\n";

// LibreOffice text export: one cell per line, a blank line per empty cell.
constexpr std::string_view kCellLines =
    "STT\nNhiệm vụ, giải pháp\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian thực hiện\n"
    "Sản phẩm đầu ra\n"
    "I\nNHÓM NHIỆM VỤ VỀ THỂ CHẾ\n\n\n\n\n"
    "1\nXây dựng cơ sở dữ liệu dùng chung của tỉnh\nSở Khoa học và Công nghệ\n"
    "Các sở, ban, ngành, địa phương\nNăm 2026\nCơ sở dữ liệu\n"
    "2\nRà soát, sửa đổi quy định\nSở Tư pháp\nSở Nội vụ; Sở Tài chính\nQuý II/2026\n"
    "Quyết định\n"
    "\nII\nNHÓM NHIỆM VỤ VỀ HẠ TẦNG\n\n\n\n\n"
    "Nội dung\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian thực hiện\nSản phẩm đầu ra\n\n\n"
    "1\nPhát triển hạ tầng số\nSở Khoa học và Công nghệ\n\nThường xuyên\n\n";

TEST(TablesTest, OneCellPerLineWithBlankCells) {
  ExpectTasks(Extract(std::string(kHead) + std::string(kCellLines)), "libreoffice");
}

}  // namespace
}  // namespace vanban::extractor
