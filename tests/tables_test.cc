// Tables: one task table in every rendering the converters make of it gives
// the same tasks; group rows, rows spanning sub-rows, repeated headers and
// budget tables. The fixtures are small tables written for these tests (the
// column-aligned ones as pandoc, pdftotext and w3m laid out such a table).
#include <gtest/gtest.h>

#include <string>

#include "extractor_test_util.h"
#include "test_util.h"
#include "vanban/extractor.h"

namespace vanban::extractor {
namespace {

using vanban::testing::TheExtractor;

DocumentRecord Extract(std::string_view table) {
  const std::string text = "KẾ HOẠCH\nPHỤ LỤC I\n" + std::string(table) + "\nNơi nhận:\n";
  return TheExtractor().Extract(vanban::testing::Normalize(text), "test.txt");
}

using Names = std::vector<std::string>;

// What every rendering of the fixture table must give.
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

void ExpectTasks(std::string_view table, const char* rendering) {
  SCOPED_TRACE(rendering);
  const DocumentRecord r = Extract(table);
  ASSERT_EQ(r.tasks.size(), std::size(kExpected));
  for (size_t i = 0; i < std::size(kExpected); ++i) {
    const Task& t = r.tasks[i];
    const Expected& e = kExpected[i];
    EXPECT_EQ(t.text.rfind(e.text_prefix, 0), 0u) << t.text;
    EXPECT_EQ(vanban::extractor::Names(t.lead), e.lead) << t.text;
    EXPECT_EQ(vanban::extractor::Names(t.coordinate), e.coordinate) << t.text;
    EXPECT_EQ(t.deadline.kind, e.deadline_kind) << t.text;
    EXPECT_EQ(t.deadline.due.Iso(), e.due) << t.text;
  }
}

// LibreOffice text export: one cell per line, a blank line per empty cell;
// the second part of the table opens with group rows and its own header
// whose first cell spans the number column.
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
  ExpectTasks(kCellLines, "libreoffice");
}

// pdftotext puts a form feed between pages; in a row of cell lines it is no
// empty cell: the cells after it keep their columns.
TEST(TablesTest, OneCellPerLineWithAPageBreakInARow) {
  std::string table(kCellLines);
  const std::string row = "Sở Tư pháp\n";
  table.replace(table.find(row), row.size(), row + "\f");
  ExpectTasks(table, "libreoffice, a page break in a row");
}

// HTML converted cell by cell: each cell after a line holding only '|', a
// row ended by two of them; bold marks around a space are empty cells.
constexpr std::string_view kPipeLines =
    "|\n**STT**\n|\n**Nhiệm vụ, giải\npháp**\n|\n**Đơn vị chủ trì**\n|\n**Đơn vị phối hợp**\n|\n"
    "**Thời gian thực\nhiện**\n|\n**Sản phẩm đầu ra**\n|\n"
    "|\n**I**\n|\n**NHÓM NHIỆM VỤ VỀ THỂ CHẾ**\n|\n** **\n|\n"
    "|\n1\n|\nXây dựng cơ sở dữ liệu dùng chung của tỉnh phục vụ quản lý\nnhà nước\n|\n"
    "Sở Khoa học và Công nghệ\n|\nCác sở, ban, ngành, địa phương\n|\nNăm 2026\n|\n"
    "Cơ sở dữ liệu\n|\n"
    "|\n2\n|\nRà soát, sửa đổi quy định\n|\nSở Tư pháp\n|\n- Sở Nội vụ;\n- Sở Tài chính.\n|\n"
    "Quý II/2026\n|\nQuyết định\n|\n"
    "|\n**II**\n|\n**NHÓM NHIỆM VỤ VỀ HẠ TẦNG**\n|\n"
    "|\n1\n|\nPhát triển hạ tầng số\n|\nSở Khoa học và Công nghệ\n|\n** **\n|\nThường "
    "xuyên\n|\n|\n|\n";

TEST(TablesTest, CellsBetweenPipeLines) {
  ExpectTasks(kPipeLines, "pipe lines");
}

// pandoc gfm: a pipe table.
constexpr std::string_view kPipeTable =
    "| STT | Nhiệm vụ, giải pháp                                                               | "
    "Đơn vị chủ trì           | Đơn vị phối hợp                | Thời gian thực hiện | Sản phẩm "
    "đầu ra |\n"
    "|-----|-----------------------------------------------------------------------------------|---"
    "-----------------------|--------------------------------|---------------------|---------------"
    "--|\n"
    "| I   | NHÓM NHIỆM VỤ VỀ THỂ CHẾ                                                          |   "
    "                       |                                |                     |               "
    "  |\n"
    "| 1   | Xây dựng cơ sở dữ liệu dùng chung của tỉnh phục vụ quản lý nhà nước về kinh tế số | "
    "Sở Khoa học và Công nghệ | Các sở, ban, ngành, địa phương | Năm 2026            | Cơ sở dữ "
    "liệu   |\n"
    "| 2   | Rà soát, sửa đổi quy định                                                         | "
    "Sở Tư pháp               | Sở Nội vụ; Sở Tài chính        | Quý II/2026         | Quyết định  "
    "    |\n"
    "| II  | NHÓM NHIỆM VỤ VỀ HẠ TẦNG                                                          |   "
    "                       |                                |                     |               "
    "  |\n"
    "| 1   | Phát triển hạ tầng số                                                             | "
    "Sở Khoa học và Công nghệ |                                | Thường xuyên        |             "
    "    |\n";

TEST(TablesTest, PipeTable) {
  ExpectTasks(kPipeTable, "pandoc gfm");
}

// Escaped pipes and <br> inside cells; the header after the group row that
// pandoc took for the header.
constexpr std::string_view kPipeTableEscapes =
    "| **I** | **NHÓM NHIỆM VỤ VỀ THỂ CHẾ** | | | | |\n"
    "|---|---|---|---|---|---|\n"
    "| Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện | Sản phẩm đầu ra | |\n"
    "| 1 | Xây dựng cơ sở dữ liệu dùng chung \\| kho dữ liệu | Sở Khoa học và Công nghệ | "
    "Các sở, ban, ngành, địa phương | Năm 2026 | Cơ sở dữ liệu |\n"
    "| 2 | Rà soát, sửa đổi quy định | Sở Tư pháp | Sở Nội vụ;<br>Sở Tài chính | Quý II/2026 | "
    "Quyết định |\n"
    "| **II** | **NHÓM NHIỆM VỤ VỀ HẠ TẦNG** | | | | |\n"
    "| 1 | Phát triển hạ tầng số | Sở Khoa học và Công nghệ | | Thường xuyên | |\n";

TEST(TablesTest, PipeTableWithEscapesAndAHeaderAfterGroupRows) {
  ExpectTasks(kPipeTableEscapes, "pipe table, escapes");
}

// pandoc plain: a multiline table under a dashed ruler.
constexpr std::string_view kPandocPlain =
    "\n"
    "  -----------------------------------------------------------------------\n"
    "  STT         Nhiệm vụ,   Đơn vị chủ  Đơn vị phối Thời gian   Sản phẩm\n"
    "              giải pháp   trì         hợp         thực hiện   đầu ra\n"
    "  ----------- ----------- ----------- ----------- ----------- -----------\n"
    "  I           NHÓM NHIỆM                                      \n"
    "              VỤ VỀ THỂ                                       \n"
    "              CHẾ                                             \n"
    "\n"
    "  1           Xây dựng cơ Sở Khoa học Các sở,     Năm 2026    Cơ sở dữ\n"
    "              sở dữ liệu  và Công     ban, ngành,             liệu\n"
    "              dùng chung  nghệ        địa phương              \n"
    "              của tỉnh                                        \n"
    "              phục vụ                                         \n"
    "              quản lý nhà                                     \n"
    "              nước về                                         \n"
    "              kinh tế số                                      \n"
    "\n"
    "  2           Rà soát,    Sở Tư pháp  Sở Nội vụ;  Quý II/2026 Quyết định\n"
    "              sửa đổi quy             Sở Tài                  \n"
    "              định                    chính                   \n"
    "\n"
    "  II          NHÓM NHIỆM                                      \n"
    "              VỤ VỀ HẠ                                        \n"
    "              TẦNG                                            \n"
    "\n"
    "  1           Phát triển  Sở Khoa học             Thường      \n"
    "              hạ tầng số  và Công                 xuyên       \n"
    "                          nghệ                                \n"
    "  -----------------------------------------------------------------------\n";

TEST(TablesTest, PandocMultilineTable) {
  ExpectTasks(kPandocPlain, "pandoc plain");
}

// pdftotext -layout: cells wrapped in narrow columns, top-aligned.
constexpr std::string_view kLayout =
    "                                       Thời\n"
    "       Nhiệm                           gian      Sản\n"
    "       vụ, giải   Đơn vị    Đơn vị     thực      phẩm\n"
    "STT    pháp       chủ trì   phối hợp   hiện      đầu ra\n"
    "I      NHÓM\n"
    "       NHIỆM\n"
    "       VỤ VỀ\n"
    "       THỂ\n"
    "       CHẾ\n"
    "1      Xây        Sở Khoa   Các sở,    Năm       Cơ sở dữ\n"
    "       dựng cơ    học và    ban,       2026      liệu\n"
    "       sở dữ      Công      ngành,\n"
    "       liệu       nghệ      địa\n"
    "       dùng                 phương\n"
    "       chung\n"
    "       của tỉnh\n"
    "       phục vụ\n"
    "       quản lý\n"
    "       nhà\n"
    "       nước về\n"
    "       kinh tế\n"
    "       số\n"
    "2      Rà soát,   Sở Tư     Sở Nội     Quý       Quyết\n"
    "       sửa đổi    pháp      vụ; Sở     II/2026   định\n"
    "       quy định             Tài\n"
    "                            chính\n"
    "II     NHÓM\n"
    "       NHIỆM\n"
    "       VỤ VỀ\n"
    "       HẠ\n"
    "       TẦNG\n"
    "1      Phát       Sở Khoa              Thường\n"
    "       triển hạ   học và               xuyên\n"
    "       tầng số    Công\n"
    "                  nghệ\n";

TEST(TablesTest, PdftotextLayout) {
  ExpectTasks(kLayout, "pdftotext -layout");
}

// w3m of pandoc's HTML: a row on one line each.
constexpr std::string_view kW3m =
    "STT                                Nhiệm vụ, giải pháp                                     "
    "Đơn vị chủ trì             Đơn vị phối hợp         Thời gian thực hiện Sản phẩm đầu ra\n"
    "I   NHÓM NHIỆM VỤ VỀ THỂ CHẾ\n"
    "1   Xây dựng cơ sở dữ liệu dùng chung của tỉnh phục vụ quản lý nhà nước về kinh tế số Sở Khoa "
    "học và Công nghệ Các sở, ban, ngành, địa phương Năm 2026            Cơ sở dữ liệu\n"
    "2   Rà soát, sửa đổi quy định                                                         Sở Tư "
    "pháp               Sở Nội vụ; Sở Tài chính        Quý II/2026         Quyết định\n"
    "II  NHÓM NHIỆM VỤ VỀ HẠ TẦNG\n"
    "1   Phát triển hạ tầng số                                                             Sở Khoa "
    "học và Công nghệ                                Thường xuyên\n";

TEST(TablesTest, W3mOneLineRows) {
  ExpectTasks(kW3m, "w3m");
}

// w3m with wrapped cells: every cell centred in its row, the number on the
// row's middle line.
constexpr std::string_view kW3mCentred =
    "STT               Nhiệm vụ, giải pháp               Đơn vị chủ trì   Đơn vị phối hợp    Thời "
    "gian thực hiện Sản phẩm đầu ra\n"
    "I   NHÓM NHIỆM VỤ VỀ THỂ CHẾ\n"
    "    Xây dựng cơ sở dữ liệu dùng chung của tỉnh    Sở Khoa học và   Các sở, ban, ngành,\n"
    "1   phục vụ quản lý nhà nước về kinh tế số và     Công nghệ        địa phương          Năm "
    "2026            Cơ sở dữ liệu\n"
    "    chuyển đổi số\n"
    "    Rà soát, sửa đổi quy định về quản lý\n"
    "2   nhà nước trong lĩnh vực kinh tế số            Sở Tư pháp       Sở Nội vụ; Sở Tài   Quý "
    "II/2026         Quyết định\n"
    "    và xã hội số                                                   chính\n"
    "II  NHÓM NHIỆM VỤ VỀ HẠ TẦNG\n"
    "1   Phát triển hạ tầng số                         Sở Khoa học và                       Thường "
    "xuyên\n"
    "                                                  Công nghệ\n";

TEST(TablesTest, W3mCentredRows) {
  ExpectTasks(kW3mCentred, "w3m, centred");
}

// w3m of a header a cell short: its names set from the left, the first over
// the row numbers, none over the last column; a product cell too wide for
// its column writes into one row right of the table.
constexpr std::string_view kW3mShortHeader =
    "Nội   Đơn vị chủ trì                                Đơn vị phối hợp     Thời gian thực        "
    "Sản phẩm đầu ra\n"
    "dung                                                                    hiện\n"
    "I     NHÓM NHIỆM VỤ VỀ THỂ CHẾ\n"
    "1     Xây dựng cơ sở dữ liệu dùng chung của tỉnh    Sở Khoa học và      Các sở, ban, ngành,   "
    "Năm 2026        Cơ sở dữ liệu dùng chung\n"
    "                                                    Công nghệ           địa phương            "
    "                              của tỉnh\n"
    "2     Rà soát, sửa đổi quy định                     Sở Tư pháp          Sở Nội vụ; Sở Tài     "
    "Quý II/2026     Quyết định\n"
    "                                                                        chính\n"
    "II    NHÓM NHIỆM VỤ VỀ HẠ TẦNG\n"
    "1     Phát triển hạ tầng số                         Sở Khoa học và                            "
    "Thường xuyên    Hạ tầng số\n"
    "                                                    Công nghệ\n";

TEST(TablesTest, W3mHeaderACellShortAndACellOverflowing) {
  ExpectTasks(kW3mShortHeader, "w3m, header a cell short");
}

// w3m of two tables in a row: the second's header has a piece above its
// "STT" line ("Sản" of "Sản phẩm"), which is not a line of the group row
// that closes the first table.
constexpr std::string_view kW3mTwoTables =
    "STT   Nhiệm vụ, giải pháp                           Đơn vị chủ trì      Đơn vị phối hợp       "
    "Thời gian       Sản phẩm\n"
    "                                                                                              "
    "thực hiện       đầu ra\n"
    "I     NHÓM NHIỆM VỤ VỀ THỂ CHẾ\n"
    "1     Xây dựng cơ sở dữ liệu dùng chung của tỉnh    Sở Khoa học và      Các sở, ban, ngành,   "
    "Năm 2026        Cơ sở dữ liệu\n"
    "                                                    Công nghệ           địa phương\n"
    "2     Rà soát, sửa đổi quy định                     Sở Tư pháp          Sở Nội vụ; Sở Tài     "
    "Quý II/2026     Quyết định\n"
    "                                                                        chính\n"
    "II    NHÓM NHIỆM VỤ VỀ HẠ TẦNG\n"
    "                                                                                              "
    "                Sản\n"
    "STT   Nhiệm vụ, giải pháp                           Đơn vị chủ trì      Đơn vị phối hợp       "
    "Thời gian       phẩm\n"
    "                                                                                              "
    "thực hiện       đầu ra\n"
    "1     Phát triển hạ tầng số                         Sở Khoa học và                            "
    "Thường xuyên    Hạ tầng số\n"
    "                                                    Công nghệ\n";

TEST(TablesTest, W3mNextHeaderIsNoRowOfThePreviousTable) {
  ExpectTasks(kW3mTwoTables, "w3m, two tables");
}

// pandoc grid tables: rows between rules, a cell's lines between pipes.
constexpr std::string_view kGridTable =
    "+-----+---------------------+-------------------+--------------------+-------------+----------"
    "+\n"
    "| STT | Nhiệm vụ, giải pháp | Đơn vị chủ trì    | Đơn vị phối hợp    | Thời gian   | Sản phẩm "
    "|\n"
    "|     |                     |                   |                    | thực hiện   | đầu ra   "
    "|\n"
    "+=====+=====================+===================+====================+=============+=========="
    "+\n"
    "| I   | NHÓM NHIỆM VỤ VỀ    |                   |                    |             |          "
    "|\n"
    "|     | THỂ CHẾ             |                   |                    |             |          "
    "|\n"
    "+-----+---------------------+-------------------+--------------------+-------------+----------"
    "+\n"
    "| 1   | Xây dựng cơ sở dữ   | Sở Khoa học và    | Các sở, ban, ngành,| Năm 2026    | Cơ sở dữ "
    "|\n"
    "|     | liệu dùng chung     | Công nghệ         | địa phương         |             | liệu     "
    "|\n"
    "+-----+---------------------+-------------------+--------------------+-------------+----------"
    "+\n"
    "| 2   | Rà soát, sửa đổi    | Sở Tư pháp        | - Sở Nội vụ;       | Quý II/2026 | Quyết    "
    "|\n"
    "|     | quy định            |                   | - Sở Tài chính     |             | định     "
    "|\n"
    "+-----+---------------------+-------------------+--------------------+-------------+----------"
    "+\n"
    "| II  | NHÓM NHIỆM VỤ VỀ    |                   |                    |             |          "
    "|\n"
    "|     | HẠ TẦNG             |                   |                    |             |          "
    "|\n"
    "+-----+---------------------+-------------------+--------------------+-------------+----------"
    "+\n"
    "| 1   | Phát triển hạ tầng  | Sở Khoa học và    |                    | Thường      |          "
    "|\n"
    "|     | số                  | Công nghệ         |                    | xuyên       |          "
    "|\n"
    "+-----+---------------------+-------------------+--------------------+-------------+----------"
    "+\n";

TEST(TablesTest, PandocGridTable) {
  ExpectTasks(kGridTable, "pandoc grid");
}

// An HTML table left in the text.
constexpr std::string_view kHtmlTable =
    "<table>\n<thead><tr><th>STT</th><th>Nhiệm vụ, giải pháp</th><th>Đơn vị chủ trì</th>"
    "<th>Đơn vị phối hợp</th><th>Thời gian thực hiện</th><th>Sản phẩm đầu ra</th></tr></thead>\n"
    "<tbody>\n"
    "<tr><td>I</td><td colspan=\"5\">NHÓM NHIỆM VỤ VỀ THỂ CHẾ</td></tr>\n"
    "<tr><td>1</td><td>Xây dựng cơ sở dữ liệu dùng chung</td><td>Sở Khoa học và Công nghệ</td>"
    "<td>Các sở, ban, ngành, địa phương</td><td>Năm 2026</td><td>Cơ sở dữ liệu</td></tr>\n"
    "<tr><td>2</td><td>Rà soát, sửa đổi quy định</td><td>Sở Tư pháp</td>"
    "<td>Sở Nội vụ;<br>Sở Tài chính</td><td>Quý II/2026</td><td>Quyết định</td></tr>\n"
    "<tr><td>II</td><td colspan=\"5\">NHÓM NHIỆM VỤ VỀ HẠ TẦNG</td></tr>\n"
    "<tr><td>1</td><td>Phát triển hạ tầng số</td><td>Sở Khoa học và Công nghệ</td><td></td>"
    "<td>Thường xuyên</td><td></td></tr>\n</tbody>\n</table>\n";

TEST(TablesTest, HtmlTable) {
  ExpectTasks(kHtmlTable, "html");
}

// Rows spanned by the cells on their left (rowspan): each sub-row is a
// task of the agencies it sits beside; footnote marks in the header.
TEST(TablesTest, SubRowsUnderSpanningCells) {
  constexpr std::string_view table =
      "|\nSTT\n|\nCơ quan chủ trì\n|\nCơ quan phối hợp\n|\nThuộc nhóm nhiệm vụ[1]\n|\n"
      "Nội dung nhiệm vụ\n|\nChỉ tiêu đạt được\n|\nThời hạn hoàn thành\n|\n"
      "|\nA.\n|\nBỘ TÀI CHÍNH\n|\n"
      "|\n1\n|\nBộ Tài chính\n|\n- Bộ Công an;\n- Bộ Công Thương.\n|\nHoàn thiện chính sách\n|\n"
      "- Sửa đổi Nghị định về phí\n|\n- Nghị định được ban hành\n|\nQuý I năm 2026\n|\n"
      "|\n- Hướng dẫn thực hiện thuế\n|\n- Thông tư được ban hành\n|\nNăm 2027\n|\n";
  const DocumentRecord r = Extract(table);
  ASSERT_EQ(r.tasks.size(), 2u);
  EXPECT_EQ(r.tasks[0].text, "Sửa đổi Nghị định về phí");
  EXPECT_EQ(vanban::extractor::Names(r.tasks[0].lead), Names{"Bộ Tài chính"});
  EXPECT_EQ(vanban::extractor::Names(r.tasks[0].coordinate),
            (Names{"Bộ Công an", "Bộ Công Thương"}));
  EXPECT_EQ(r.tasks[0].deadline.due.Iso(), "2026-03-31");
  EXPECT_EQ(r.tasks[1].text, "Hướng dẫn thực hiện thuế");
  EXPECT_EQ(vanban::extractor::Names(r.tasks[1].lead), Names{"Bộ Tài chính"});
  EXPECT_EQ(vanban::extractor::Names(r.tasks[1].coordinate),
            (Names{"Bộ Công an", "Bộ Công Thương"}));
  EXPECT_EQ(r.tasks[1].deadline.due.Iso(), "2027-12-31");
  EXPECT_TRUE(r.tasks[1].id.ends_with(".A.1#2")) << r.tasks[1].id;
}

// A budget table names no agency or deadline column: no tasks.
TEST(TablesTest, BudgetTableGivesNoTasks) {
  constexpr std::string_view table =
      "| STT | Danh mục dự án | Tổng mức đầu tư | Kế hoạch vốn năm 2026 | Ghi chú |\n"
      "|---|---|---|---|---|\n"
      "| 1 | Đường giao thông liên xã | 12.500 | 3.000 | |\n"
      "| 2 | Trường tiểu học xã | 8.200 | 2.100 | |\n";
  EXPECT_TRUE(Extract(table).tasks.empty());
}

// Row numbers in every form, and the group rows' labels in the ids.
TEST(TablesTest, RowNumbersInEveryForm) {
  constexpr std::string_view table =
      "| TT | Tên nhiệm vụ | Cơ quan chủ trì | Thời hạn |\n|---|---|---|---|\n"
      "| I. | NHÓM THỂ CHẾ | | |\n"
      "| 01 | Ban hành quy chế | Sở Nội vụ | Năm 2026 |\n"
      "| 1.2 | Sửa đổi quy định | Sở Tư pháp | Năm 2026 |\n"
      "| a) | Rà soát văn bản | Sở Tư pháp | Năm 2026 |\n"
      "| II.1 | Đầu tư hạ tầng | Sở Xây dựng | Năm 2027 |\n";
  const DocumentRecord r = Extract(table);
  ASSERT_EQ(r.tasks.size(), 4u);
  EXPECT_TRUE(r.tasks[0].id.ends_with(".I.01")) << r.tasks[0].id;
  EXPECT_TRUE(r.tasks[1].id.ends_with(".I.1.2")) << r.tasks[1].id;
  EXPECT_TRUE(r.tasks[2].id.ends_with(".I.a")) << r.tasks[2].id;
  EXPECT_TRUE(r.tasks[3].id.ends_with(".I.II.1")) << r.tasks[3].id;
  EXPECT_EQ(vanban::extractor::Names(r.tasks[3].lead), Names{"Sở Xây dựng"});
}

}  // namespace
}  // namespace vanban::extractor
