// The .xlsx follow-up table read back as Excel would: the parts of the zip,
// the sheet's frozen header, its autofilter over every row, the strings of
// the header and the cells, STT as numbers and text starting with '=' as
// text, never as a formula.
#include "task_xlsx.h"

#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "store_test_util.h"

namespace vanban::app {
namespace {

// The text of one part of the zip at `path`, "" when it is missing.
std::string ReadPart(const std::string& path, const std::string& part) {
  std::ifstream in(path, std::ios::binary);
  Poco::Zip::ZipArchive archive(in);
  const auto header = archive.findHeader(part);
  if (header == archive.headerEnd()) return "";
  std::ifstream again(path, std::ios::binary);
  Poco::Zip::ZipInputStream zip(again, header->second);
  std::ostringstream text;
  text << zip.rdbuf();
  return text.str();
}

FollowUpTable SmallTable() {
  FollowUpTable table;
  table.header = {"STT", "Nhiệm vụ", "Cơ quan chủ trì", "Tình trạng"};
  table.rows = {{"1", "Xây dựng cơ sở dữ liệu giá đất", "Sở Tài chính", "quá hạn"},
                {"2", "=HYPERLINK(\"http://x\")", "Sở Y tế", ""},
                {"3", std::string(40000, 'a'), "Sở Nội vụ", "hoàn thành"}};
  return table;
}

TEST(TaskXlsxTest, WorkbookReadsBackAsWritten) {
  vanban::testing::TempDir dir;
  const std::string path = dir.path() + "/tasks.xlsx";
  ASSERT_TRUE(WriteTasksXlsx(SmallTable(), path).ok());

  const std::string workbook = ReadPart(path, "xl/workbook.xml");
  EXPECT_NE(workbook.find("name=\"Nhiệm vụ\""), std::string::npos) << workbook;
  EXPECT_NE(workbook.find("_xlnm._FilterDatabase"), std::string::npos);

  const std::string sheet = ReadPart(path, "xl/worksheets/sheet1.xml");
  EXPECT_NE(sheet.find("<autoFilter ref=\"A1:D4\"/>"), std::string::npos) << sheet;
  EXPECT_NE(sheet.find("ySplit=\"1\""), std::string::npos);
  EXPECT_NE(sheet.find("state=\"frozen\""), std::string::npos);
  EXPECT_EQ(sheet.find("<f>"), std::string::npos) << "a cell became a formula";
  const size_t stt = sheet.find("<c r=\"A2\"");
  ASSERT_NE(stt, std::string::npos);
  const std::string cell = sheet.substr(stt, sheet.find("</c>", stt) - stt);
  EXPECT_EQ(cell.find("t=\"s\""), std::string::npos) << "STT is a number: " << cell;
  EXPECT_NE(cell.find("<v>1</v>"), std::string::npos) << cell;

  const std::string strings = ReadPart(path, "xl/sharedStrings.xml");
  for (const char* text :
       {"STT", "Cơ quan chủ trì", "Xây dựng cơ sở dữ liệu giá đất", "quá hạn", "=HYPERLINK("}) {
    EXPECT_NE(strings.find(text), std::string::npos) << text;
  }
  EXPECT_EQ(strings.find(std::string(32768, 'a')), std::string::npos)
      << "a cell over Excel's limit";
  EXPECT_NE(strings.find(std::string(32767, 'a')), std::string::npos);
}

TEST(TaskXlsxTest, UnwritablePathIsAnErrorNamingIt) {
  const Status s = WriteTasksXlsx(SmallTable(), "/nonexistent-dir/tasks.xlsx");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent-dir/tasks.xlsx"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace vanban::app
