// Tasks, agencies, deadlines and targets on small documents modelled on the
// seeds: every layout, the table irregularities, list splitting, typo
// repair and every deadline form.
#include <gtest/gtest.h>

#include <algorithm>

#include "agencies.h"
#include "deadlines.h"
#include "extractor_test_util.h"
#include "layout.h"
#include "test_util.h"
#include "vanban/extractor.h"

namespace vanban::extractor {
namespace {

using internal::Gazetteer;

using vanban::testing::TheExtractor;

DocumentRecord Extract(std::string_view text) {
  return TheExtractor().Extract(vanban::testing::Normalize(text), "test.txt");
}

const Task* FindTask(const DocumentRecord& r, std::string_view text_prefix) {
  for (const Task& t : r.tasks) {
    if (t.text.rfind(text_prefix, 0) == 0) return &t;
  }
  return nullptr;
}

using Names = std::vector<std::string>;

// --- deadlines -------------------------------------------------------------

struct DeadlineCase {
  const char* text;
  const char* kind;
  const char* due;
};

TEST(DeadlineTest, EveryForm) {
  const DeadlineCase cases[] = {
      {"Tháng 5/2025", "month", "2025-05-31"},
      {"Tháng 02/2024", "month", "2024-02-29"},
      {"Trước ngày 05/5/2026", "date", "2026-05-05"},
      {"30/04/2026", "date", "2026-04-30"},
      {"Năm 2026", "year", "2026-12-31"},
      {"2027", "year", "2027-12-31"},
      {"Quý II/2026", "quarter", "2026-06-30"},
      {"quý IV năm 2025", "quarter", "2025-12-31"},
      {"6 tháng đầu năm 2026", "range", "2026-06-30"},
      {"2028-2030", "range", "2030-12-31"},
      {"2026 - 2030", "range", "2030-12-31"},
      {"Thường xuyên", "ongoing", ""},
      {"Thường xuyên năm 2026", "ongoing", "2026-12-31"},
      {"Nhiệm vụ thường xuyên", "ongoing", ""},
      {"2025 và những năm tiếp theo", "ongoing", ""},
      {"Hằng năm", "recurring", ""},
      {"Hàng năm", "recurring", ""},
      {"trước ngày 15 hằng tháng", "recurring", ""},
      {"Định kỳ", "recurring", ""},
      {"Theo hướng dẫn, lộ trình của Bộ, ngành TW", "conditional", ""},
      {"Khi sân bay đi vào hoạt động", "conditional", ""},
      {"sau khi Bộ Nội vụ giao chỉ tiêu biên chế về tỉnh", "conditional", ""},
      {"Tháng 9/2025 xong thí điểm; phát triển 2025 và những năm tiếp theo", "month", "2025-09-30"},
      {"", "none", ""},
      {"không rõ", "none", ""},
  };
  for (const DeadlineCase& c : cases) {
    SCOPED_TRACE(c.text);
    const Deadline d = internal::ParseDeadline(c.text, 2026);
    EXPECT_EQ(d.kind, c.kind);
    EXPECT_EQ(d.due.Iso(), c.due);
  }
}

TEST(DeadlineTest, DayWithoutYearTakesTheDocumentsYear) {
  EXPECT_EQ(internal::ParseDeadline("trước ngày 15/11", 2025).due.Iso(), "2025-11-15");
}

TEST(DeadlineTest, ImpossibleDatesAreNotDeadlines) {
  EXPECT_EQ(internal::ParseDeadline("31/02/2026", 2026).kind, "none");
  EXPECT_EQ(internal::ParseDeadline("Tháng 13/2026", 2026).kind, "none");
}

TEST(DeadlineTest, InsideAssignmentSentences) {
  auto d = internal::DeadlineInSentence("báo cáo kết quả về UBND tỉnh trước ngày 10/6/2025.", 2025);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->due.Iso(), "2025-06-10");
  d = internal::DeadlineInSentence("bảo đảm nguồn kinh phí thực hiện hằng năm để thực hiện.", 2025);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->kind, "recurring");
  EXPECT_FALSE(internal::DeadlineInSentence("tổ chức thực hiện Kế hoạch.", 2025).has_value());
}

// --- agencies --------------------------------------------------------------

const Gazetteer& TheGazetteer() {
  static const Gazetteer g = Gazetteer::BuiltIn();
  return g;
}

Names Split(std::string_view list) {
  std::vector<Repair> repairs;
  Names out;
  for (const internal::AgencyName& a : TheGazetteer().Split(list, &repairs)) out.push_back(a.name);
  return out;
}

TEST(AgencyTest, NamesWithCommasAreNotCut) {
  EXPECT_EQ(Split("Sở Văn hóa, Thể thao và Du lịch, các Sở, ban, ngành và địa phương"),
            (Names{"Sở Văn hóa, Thể thao và Du lịch", "Các sở, ban, ngành, địa phương"}));
  EXPECT_EQ(Split("Phòng Kinh tế, Hạ tầng và Đô thị; Công an phường"),
            (Names{"Phòng Kinh tế, Hạ tầng và Đô thị", "Công an phường"}));
  EXPECT_EQ(Split("Sở Tài chính, Sở Khoa học, Công nghệ"),
            (Names{"Sở Tài chính", "Sở Khoa học và Công nghệ"}));
}

TEST(AgencyTest, CollectiveIsOneAgencyInAllItsSpellings) {
  for (const char* spelling :
       {"Các sở, ban, ngành, địa phương", "các sở, ban, ngành và địa phương",
        "Sở, ngành, địa phương", "Các Sở, ngành, địa phương", "các địa phương",
        "các sở, ban, ngành, cơ quan thuộc UBND tỉnh, UBND các huyện, thị xã"}) {
    EXPECT_EQ(Split(spelling), (Names{"Các sở, ban, ngành, địa phương"})) << spelling;
  }
}

TEST(AgencyTest, CollectiveSplitsOffAfterVa) {
  EXPECT_EQ(Split("Sở Tài chính và các sở, ban, ngành liên quan"),
            (Names{"Sở Tài chính", "Các sở, ban, ngành, địa phương"}));
}

TEST(AgencyTest, PrimaryLeadComesFirstWithoutItsStar) {
  EXPECT_EQ(
      Split("Đài Phát thanh và Truyền hình Bắc Ninh; Sở Khoa học và Công nghệ*; Báo Bắc Ninh"),
      (Names{"Sở Khoa học và Công nghệ", "Đài Phát thanh và Truyền hình Bắc Ninh",
             "Báo Bắc Ninh"}));
}

TEST(AgencyTest, TyposRepairedAndReported) {
  std::vector<Repair> repairs;
  EXPECT_EQ(TheGazetteer().Canonical("Sỏ Nội vụ", &repairs), "Sở Nội vụ");
  EXPECT_EQ(TheGazetteer().Canonical("Phòng Chuyên đổi số", &repairs), "Phòng Chuyển đổi số");
  EXPECT_EQ(repairs.size(), 2u);
  EXPECT_EQ(repairs[0].kind, "agency-typo");
  // a known name is never "repaired" into another known one
  repairs.clear();
  EXPECT_EQ(TheGazetteer().Canonical("Sở Tư pháp", &repairs), "Sở Tư pháp");
  EXPECT_TRUE(repairs.empty());
}

TEST(AgencyTest, AbbreviationsExpanded) {
  std::vector<Repair> repairs;
  EXPECT_EQ(TheGazetteer().Canonical("Sở KH&CN", &repairs), "Sở Khoa học và Công nghệ");
  EXPECT_EQ(TheGazetteer().Canonical("UBND tỉnh", &repairs), "Ủy ban nhân dân tỉnh");
  EXPECT_EQ(TheGazetteer().Canonical("Ban quản lý các KCN tỉnh", &repairs),
            "Ban Quản lý các khu công nghiệp tỉnh");
  EXPECT_EQ(TheGazetteer().Canonical("Phòng Quản lý công nghệ và ĐMST", &repairs),
            "Phòng Quản lý công nghệ và Đổi mới sáng tạo");
}

TEST(AgencyTest, NotesAfterNamesAreDropped) {
  std::vector<Repair> repairs;
  EXPECT_EQ(
      TheGazetteer().Canonical("Phòng Bưu chính viễn thông theo chức năng, nhiệm vụ.", &repairs),
      "Phòng Bưu chính viễn thông");
  EXPECT_EQ(
      TheGazetteer().Canonical("Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)", &repairs),
      "Văn phòng Ủy ban nhân dân tỉnh");
}

TEST(AgencyTest, AgencyListOrNot) {
  EXPECT_TRUE(TheGazetteer().IsAgencyList("Sở Tài chính; Các sở, ban, ngành, địa phương"));
  EXPECT_FALSE(TheGazetteer().IsAgencyList("Quyết định của UBND tỉnh"));
  EXPECT_FALSE(TheGazetteer().IsAgencyList("Công tác lãnh đạo, chỉ đạo"));
  EXPECT_FALSE(TheGazetteer().IsAgencyList("Tổ chức học tập, quán triệt"));
}

// --- layouts -----------------------------------------------------------------

constexpr char kTable[] =
    "KẾ HOẠCH\nTRIỂN KHAI\nUBND tỉnh ban hành Kế hoạch:\nI. MỤC ĐÍCH\nNội dung.\n"
    "PHỤ LỤC 3\nDANH MỤC NHIỆM VỤ\n"
    "(Kèm theo Kế hoạch số 344/KH-UBND ngày 30/5/2025 của UBND tỉnh)\n"
    "TT [1]\nTên nhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nKết quả\nThời gian hoàn thành\n"
    "Tiến độ Trung ương\n"
    "I.\nNâng cao nhận thức\n"
    "1\nXây dựng chương trình tuyên truyền\nSở Khoa học và Công nghệ\n"
    "Ban Tuyên giáo và Dân vận Tỉnh ủy; Các sở, ban, ngành, địa phương\nQuyết định của UBND tỉnh\n"
    "Tháng 5/2025\nTháng 4/2025\n"
    // a row missing its coordinate cell
    "2\nHoàn thiện thể chế về đổi mới sáng tạo\nSở Tư pháp\nVăn bản hướng dẫn\nQuý II/2026\n"
    "Tháng 6/2026\n"
    // numbers skip; a title over several lines with its own items; a deadline that is a year
    "5\nHoàn thành xây dựng các công trình:\n- Khu công nghệ thông tin tập trung;\n"
    "- Trung tâm dữ liệu tỉnh\nBan quản lý các KCN tỉnh\nSở Tài chính*, Sở Xây dựng\n"
    "Quyết định hoạt động\n2027\nThường xuyên\n"
    // a lead split over two lines; a primary lead on its own line
    "7\nTriển khai nền tảng số\nCông an tỉnh\nSở Tài chính*\nCác Sở, ban, ngành, địa phương\n"
    "Nền tảng vận hành\nTheo hướng dẫn, lộ trình của Bộ, ngành TW\nTháng 9/2025\n"
    "8\nPhát triển hạ tầng\nSở Văn hóa, Thể thao\nvà Du lịch\nSỏ Nội vụ\nBáo cáo\nNăm 2026\n"
    "Năm 2026\n"
    "[1] Số thứ tự theo Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ\n";

TEST(TableTest, RowsAndCellsByWhatTheyAre) {
  const DocumentRecord r = Extract(kTable);
  ASSERT_EQ(r.tasks.size(), 5u);
  const Task& t1 = r.tasks[0];
  EXPECT_EQ(t1.id, "P3.1");
  EXPECT_EQ(vanban::extractor::Names(t1.lead), Names{"Sở Khoa học và Công nghệ"});
  EXPECT_EQ(vanban::extractor::Names(t1.coordinate),
            (Names{"Ban Tuyên giáo và Dân vận Tỉnh ủy", "Các sở, ban, ngành, địa phương"}));
  EXPECT_EQ(t1.result, "Quyết định của UBND tỉnh");
  EXPECT_EQ(t1.deadline.due.Iso(), "2025-05-31");
  ASSERT_TRUE(t1.central_deadline.has_value());
  EXPECT_EQ(t1.central_deadline->due.Iso(), "2025-04-30");
}

// The record carries each agency as the gazetteer identifies it, so that
// the store never folds names again.
TEST(TaskAgencyTest, LeadsAndCoordinatesCarryTheirIdentity) {
  const DocumentRecord r = Extract(kTable);
  const Task* t = FindTask(r, "Triển khai nền tảng số");
  ASSERT_NE(t, nullptr);
  ASSERT_EQ(t->lead.size(), 2u);
  // "Sở Tài chính*" is the primary lead and comes first
  EXPECT_EQ(t->lead[0].name, "Sở Tài chính");
  EXPECT_TRUE(t->lead[0].primary);
  EXPECT_TRUE(t->lead[0].known);
  EXPECT_EQ(t->lead[0].level, extractor::AgencyLevel::kDepartment);
  EXPECT_EQ(t->lead[0].key, normalizer::FoldKey("Sở Tài chính"));
  EXPECT_FALSE(t->lead[1].primary);
  EXPECT_EQ(t->lead[1].level, extractor::AgencyLevel::kDepartment);  // Công an tỉnh
}

TEST(TaskAgencyTest, FormerMinistriesAndUnknownBodies) {
  const DocumentRecord r = Extract(
      "THÔNG BÁO\nKết luận của Phó Thủ tướng\n"
      "1. Giao Bộ Thông tin và Truyền thông chủ trì, phối hợp với Ban Quản lý dự án Sông Xanh "
      "hoàn thiện hồ sơ, trình Chính phủ trong quý II/2026.\n");
  ASSERT_EQ(r.tasks.size(), 1u);
  const Task& t = r.tasks[0];
  ASSERT_EQ(t.lead.size(), 1u);
  // the name as written, never its successor; the successor alongside
  EXPECT_EQ(t.lead[0].name, "Bộ Thông tin và Truyền thông");
  EXPECT_EQ(t.lead[0].level, extractor::AgencyLevel::kMinistry);
  EXPECT_EQ(t.lead[0].successor, "Bộ Khoa học và Công nghệ");
  EXPECT_TRUE(t.lead[0].primary);
  ASSERT_EQ(t.coordinate.size(), 1u);
  // an agency the gazetteer does not know is kept as written, keyed by its name
  EXPECT_FALSE(t.coordinate[0].known);
  EXPECT_FALSE(t.coordinate[0].primary);
  EXPECT_EQ(t.coordinate[0].key, normalizer::FoldKey(t.coordinate[0].name));
}

TEST(TableTest, MissingCoordinateCell) {
  const DocumentRecord r = Extract(kTable);
  const Task& t = r.tasks[1];
  EXPECT_TRUE(t.coordinate.empty());
  EXPECT_EQ(t.result, "Văn bản hướng dẫn");
  EXPECT_EQ(t.deadline.kind, "quarter");
}

TEST(TableTest, LongTitleYearDeadlineAndSkippedNumbers) {
  const DocumentRecord r = Extract(kTable);
  const Task& t = r.tasks[2];
  EXPECT_EQ(t.id, "P3.5");
  EXPECT_NE(t.text.find("- Trung tâm dữ liệu tỉnh"), std::string::npos);
  EXPECT_EQ(vanban::extractor::Names(t.lead), Names{"Ban Quản lý các khu công nghiệp tỉnh"});
  EXPECT_EQ(vanban::extractor::Names(t.coordinate), (Names{"Sở Tài chính", "Sở Xây dựng"}));
  EXPECT_EQ(t.deadline.kind, "year");
  EXPECT_EQ(t.deadline.due.Iso(), "2027-12-31");
  EXPECT_EQ(t.central_deadline->kind, "ongoing");
}

TEST(TableTest, PrimaryLeadOnItsOwnLine) {
  const DocumentRecord r = Extract(kTable);
  const Task& t = r.tasks[3];
  EXPECT_EQ(vanban::extractor::Names(t.lead), (Names{"Sở Tài chính", "Công an tỉnh"}));
  EXPECT_EQ(vanban::extractor::Names(t.coordinate), Names{"Các sở, ban, ngành, địa phương"});
  EXPECT_EQ(t.deadline.kind, "conditional");
}

TEST(TableTest, LeadSplitOverTwoLinesAndTypo) {
  const DocumentRecord r = Extract(kTable);
  const Task& t = r.tasks[4];
  EXPECT_EQ(vanban::extractor::Names(t.lead), Names{"Sở Văn hóa, Thể thao và Du lịch"});
  EXPECT_EQ(vanban::extractor::Names(t.coordinate), Names{"Sở Nội vụ"});
  EXPECT_TRUE(std::any_of(r.repairs.begin(), r.repairs.end(), [](const Repair& rep) {
    return rep.kind == "agency-typo" && rep.to == "Sở Nội vụ";
  }));
}

TEST(TableTest, RowsNumberedAfterAnotherDocument) {
  const DocumentRecord r = Extract(kTable);
  ASSERT_EQ(r.task_numbering.size(), 1u);
  EXPECT_EQ(r.task_numbering[0].appendix, "P3");
  EXPECT_EQ(r.task_numbering[0].code, "71/NQ-CP");
}

TEST(LabelledFieldsTest, DirectorLeadCoordinateDeadline) {
  const DocumentRecord r = Extract(
      "Số: /KH-SKHCN\nBắc Ninh, ngày 22 tháng 4 năm 2026\n## KẾ HOẠCH\n**Thực hiện Kế hoạch**\n"
      "Sở Khoa học và Công nghệ ban hành Kế hoạch như sau:\n"
      "### II. NỘI DUNG NHIỆM VỤ VÀ PHÂN CÔNG\n"
      "**1. Quán triệt Kế hoạch đến công chức**\n"
      "- Trách nhiệm chỉ đạo: Lãnh đạo Sở theo phân công phụ trách.\n"
      "- Trách nhiệm chủ trì thực hiện: Các phòng, đơn vị.\n"
      "- Thời gian hoàn thành: Trước ngày 05/5/2026.\n"
      "**4. Tham mưu thành lập Quỹ**\n"
      "- Trách nhiệm chủ trì thực hiện: Trung tâm KHCN và chuyển đổi số (chủ trì), Phòng Quản lý "
      "công nghệ và ĐMST (phối hợp).\n"
      "- Thời gian hoàn thành: Năm 2026.\n"
      "#### **4. Tham mưu ban hành Kế hoạch tổng thể**\n"
      "- Trách nhiệm chủ trì thực hiện: Phòng Chuyên đổi số.\n"
      "- Thời gian hoàn thành: Thường xuyên năm 2026.\n");
  ASSERT_EQ(r.tasks.size(), 3u);
  ASSERT_TRUE(r.tasks[0].director.has_value());
  EXPECT_EQ(r.tasks[0].director->name, "Lãnh đạo Sở");
  EXPECT_EQ(vanban::extractor::Names(r.tasks[0].lead), Names{"Các phòng, đơn vị"});
  EXPECT_EQ(r.tasks[0].deadline.due.Iso(), "2026-05-05");
  EXPECT_EQ(vanban::extractor::Names(r.tasks[1].lead),
            Names{"Trung tâm Khoa học và Công nghệ và chuyển đổi số"});
  EXPECT_EQ(vanban::extractor::Names(r.tasks[1].coordinate),
            Names{"Phòng Quản lý công nghệ và Đổi mới sáng tạo"});
  // two items numbered 4: both kept, the second one's path marked
  EXPECT_EQ(r.tasks[1].id, "II.4");
  EXPECT_EQ(r.tasks[2].id, "II.4#2");
  EXPECT_EQ(vanban::extractor::Names(r.tasks[2].lead), Names{"Phòng Chuyển đổi số"});
  EXPECT_EQ(r.tasks[2].deadline.kind, "ongoing");
}

constexpr char kWardPlan[] =
    "KẾ HOẠCH\nThực hiện Chương trình\n"
    "Ủy ban nhân dân phường Ninh Xá xây dựng Kế hoạch như sau:\n"
    "II. MỤC TIÊU\n2. Mục tiêu cụ thể:\n"
    "- (1). Quy mô kinh tế số/GRDP ≥ 45\n- (2). Tỷ lệ phủ sóng 5G đạt 100%\n"
    "- (3). Tỷ lệ chi ngân sách cho khoa học $\\geq 2\\%$\n"
    "III. NHIỆM VỤ TRỌNG TÂM\n1. Công tác lãnh đạo, chỉ đạo\n"
    "1.1. Tổ chức học tập, quán triệt Nghị quyết.\n"
    "1.2. UBND phường tổ chức các hội nghị chuyên đề.\n"
    "V. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa - Xã hội\n"
    "- Chủ trì tham mưu UBND phường thực hiện các mục số 2,3 tại mục số 2 tại mục II của Kế "
    "hoạch.\n"
    "2. Phòng Kinh tế, Hạ tầng và Đô thị\n"
    "- Phối hợp với Phòng Văn hóa - Xã hội trình cấp có thẩm quyền bố trí kinh phí.\n"
    "- Chủ trì tham mưu thực hiện các mục số 1 tại mục số 2 tại mục II của Kế hoạch.\n"
    "3. Trung tâm phục vụ hành chính công\n- Hỗ trợ người dân.\n";

TEST(AssignmentTest, AgencyHeadingsWithBullets) {
  const DocumentRecord r = Extract(kWardPlan);
  const Task* a = FindTask(r, "Chủ trì tham mưu UBND phường thực hiện các mục số 2,3");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(vanban::extractor::Names(a->lead), Names{"Phòng Văn hóa - Xã hội"});
  EXPECT_EQ(a->targets, (std::vector<int>{2, 3}));
  const Task* b = FindTask(r, "Phối hợp với Phòng Văn hóa - Xã hội trình");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(vanban::extractor::Names(b->lead), Names{"Phòng Kinh tế, Hạ tầng và Đô thị"});
  EXPECT_EQ(vanban::extractor::Names(b->coordinate), Names{"Phòng Văn hóa - Xã hội"});
  const Task* c = FindTask(r, "Chủ trì tham mưu thực hiện các mục số 1");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->targets, (std::vector<int>{1}));
  // the ward's own unit keeps the ward's jurisdiction
  const Task* d = FindTask(r, "Hỗ trợ người dân");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(vanban::extractor::Names(d->lead), Names{"Trung tâm phục vụ hành chính công phường"});
}

TEST(AssignmentTest, TaskSectionItemsInferTheirLead) {
  const DocumentRecord r = Extract(kWardPlan);
  const Task* t = FindTask(r, "Tổ chức học tập");
  ASSERT_NE(t, nullptr);
  EXPECT_TRUE(t->lead_inferred);
  EXPECT_EQ(vanban::extractor::Names(t->lead), Names{"Ủy ban nhân dân phường Ninh Xá"});
  EXPECT_EQ(t->id, "III.1.1");
  const Task* own = FindTask(r, "UBND phường tổ chức");
  ASSERT_NE(own, nullptr);
  EXPECT_FALSE(own->lead_inferred);
  EXPECT_EQ(vanban::extractor::Names(own->lead), Names{"Ủy ban nhân dân phường"});
}

TEST(AssignmentTest, NumberedTargets) {
  const DocumentRecord r = Extract(kWardPlan);
  ASSERT_EQ(r.targets.size(), 3u);
  EXPECT_EQ(r.targets[0].n, 1);
  EXPECT_EQ(r.targets[0].value, "≥ 45");
  EXPECT_EQ(r.targets[1].value, "100%");
  EXPECT_EQ(r.targets[2].value, "≥ 2%");
}

TEST(AssignmentTest, SentencesPutUnitsInCharge) {
  const DocumentRecord r = Extract(
      "KẾ HOẠCH\nThực hiện Chương trình\nThanh tra tỉnh xây dựng Kế hoạch như sau:\n"
      "III. NỘI DUNG\n1. Công tác lãnh đạo\n- Tăng cường học tập, quán triệt.\n"
      "IV. TỔ CHỨC THỰC HIỆN\n"
      "Giao Văn phòng chủ trì, phối hợp với các phòng nghiệp vụ tổ chức thực hiện Kế hoạch.\n"
      "Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành, địa phương bảo đảm kinh phí hằng "
      "năm.\n"
      "Trên đây là Kế hoạch.\n");
  const Task* office = FindTask(r, "Giao Văn phòng");
  ASSERT_NE(office, nullptr);
  EXPECT_EQ(vanban::extractor::Names(office->lead), Names{"Văn phòng"});
  EXPECT_EQ(vanban::extractor::Names(office->coordinate), Names{"Các phòng nghiệp vụ"});
  const Task* finance = FindTask(r, "Sở Tài chính chủ trì");
  ASSERT_NE(finance, nullptr);
  EXPECT_EQ(vanban::extractor::Names(finance->coordinate), Names{"Các sở, ban, ngành, địa phương"});
  EXPECT_EQ(finance->deadline.kind, "recurring");
  // the unit in charge of the whole plan leads the items with no agency
  const Task* item = FindTask(r, "Tăng cường học tập");
  ASSERT_NE(item, nullptr);
  EXPECT_TRUE(item->lead_inferred);
  EXPECT_EQ(vanban::extractor::Names(item->lead), Names{"Văn phòng"});
  EXPECT_EQ(vanban::extractor::Names(item->coordinate), Names{"Các phòng nghiệp vụ"});
}

TEST(ReportTest, AgencyHeadedListsWithDeadlines) {
  const DocumentRecord r = Extract(
      "BÁO CÁO\nTình hình quý I\nVI. NHIỆM VỤ TRỌNG TÂM QUÝ II/2026\n"
      "3. Nhiệm vụ cụ thể\n3.1.1. Các sở, ngành, xã, phường\n"
      "- Chủ động rà soát bố trí kinh phí. Thời hạn hoàn thành 30/6/2026\n"
      "3.1.3. Sở Khoa học và Công nghệ\n"
      "- Xây dựng Đề án Chuyển đổi số cấp xã. Thời hạn hoàn thành 30/04/2026.\n"
      "- Rà soát nâng cấp thiết bị (đảm bảo xong trước 30/6/2026).\n"
      "3.1.8. Ban Quản lý các Khu công nghiệp\n"
      "- Quy hoạch khu công nghệ (Sở Xây dựng phối hợp về quy hoạch).\n");
  const Task* a = FindTask(r, "Chủ động rà soát");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(vanban::extractor::Names(a->lead), Names{"Các sở, ban, ngành, địa phương"});
  EXPECT_EQ(a->deadline.due.Iso(), "2026-06-30");
  EXPECT_EQ(a->id, "VI.3.1.1.a");
  const Task* b = FindTask(r, "Xây dựng Đề án");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(vanban::extractor::Names(b->lead), Names{"Sở Khoa học và Công nghệ"});
  EXPECT_EQ(b->deadline.due.Iso(), "2026-04-30");
  const Task* c = FindTask(r, "Rà soát nâng cấp");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->deadline.due.Iso(), "2026-06-30");
  const Task* d = FindTask(r, "Quy hoạch khu");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(vanban::extractor::Names(d->coordinate), Names{"Sở Xây dựng"});
}

// --- prose readers: one fixture per assigning structure ----------------------

struct ProseCase {
  const char* name;
  const char* text;
  struct Want {
    const char* prefix;
    Names lead;
    Names coordinate;
    const char* deadline_due;  // "" when none
  };
  std::vector<Want> tasks;
  std::vector<const char*> not_tasks;  // prefixes that must not be read as tasks
};

std::vector<ProseCase> ProseCases() {
  return {
      {"directive to named agencies",
       "CHỈ THỊ\nVề tăng cường quản lý\nThời gian qua, Sở Tài chính đã tổ chức nhiều hoạt động.\n"
       "Chủ tịch UBND tỉnh yêu cầu:\n"
       "1. Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát các dự án, báo cáo "
       "trước ngày 30/11/2025.\n"
       "2. Giao Sở Nội vụ theo dõi, đôn đốc việc thực hiện Chỉ thị này.\n"
       "Trên đây là Chỉ thị của UBND tỉnh, đề nghị các sở, ngành thực hiện.\n",
       {{"Sở Tài chính chủ trì", {"Sở Tài chính"}, {"Sở Xây dựng"}, "2025-11-30"},
        {"Giao Sở Nội vụ", {"Sở Nội vụ"}, {}, ""}},
       {"Thời gian qua", "Trên đây là", "Chủ tịch UBND tỉnh yêu cầu"}},
      {"telegram order over its items, hard-wrapped",
       "CÔNG ĐIỆN\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng các Bộ: Tài chính, Xây dựng;\n"
       "Thủ tướng Chính phủ yêu cầu:\n"
       "1. Giám đốc Sở Tài chính chủ trì:\n"
       "(1) Phối hợp với Sở Xây dựng tiếp tục rà soát, tổng hợp tình hình thiệt hại\n"
       "do mưa lũ, báo cáo Chính phủ.\n"
       "(2) Khẩn trương hoàn thiện dự thảo Nghị quyết, trình Chính phủ trước\n"
       "ngày 26/11/2025.\n",
       {{"Phối hợp với Sở Xây dựng", {"Sở Tài chính"}, {"Sở Xây dựng"}, ""},
        {"Khẩn trương hoàn thiện", {"Sở Tài chính"}, {}, "2025-11-26"}},
       {"Giám đốc Sở Tài chính chủ trì", "Bộ trưởng các Bộ", "do mưa lũ"}},
      {"conclusion notice assignment",
       "THÔNG BÁO\nKết luận của Phó Thủ tướng\n"
       "1. Giao Bộ Công an chủ trì, phối hợp với Bộ Tư pháp hoàn thiện hồ sơ dự thảo Nghị định, "
       "trình Chính phủ trong quý II/2026.\n",
       {{"Giao Bộ Công an", {"Bộ Công an"}, {"Bộ Tư pháp"}, "2026-06-30"}},
       {}},
      {"decision article",
       "QUYẾT ĐỊNH\nĐiều 1. Phê duyệt danh mục dự án.\n"
       "Điều 2. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng hướng dẫn thực hiện.\n"
       "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành "
       "Quyết định này.\n",
       {{"Giao Sở Tài chính", {"Sở Tài chính"}, {"Sở Xây dựng"}, ""}},
       {"Phê duyệt danh mục", "Chánh Văn phòng"}},
      {"agency heading with bullets",
       "KẾ HOẠCH\nI. MỤC ĐÍCH, YÊU CẦU\n- Các sở, ngành phải nâng cao trách nhiệm.\n"
       "II. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính:\n- Tham mưu bố trí kinh phí thực hiện.\n"
       "- Phối hợp với Sở Nội vụ hướng dẫn quyết toán. Thời hạn: Quý II/2026.\n"
       "2. Sở Xây dựng\n- Thường xuyên kiểm tra chất lượng công trình.\n",
       {{"Tham mưu bố trí", {"Sở Tài chính"}, {}, ""},
        {"Phối hợp với Sở Nội vụ", {"Sở Tài chính"}, {"Sở Nội vụ"}, "2026-06-30"},
        {"Thường xuyên kiểm tra", {"Sở Xây dựng"}, {}, ""}},
       {"Các sở, ngành phải", "Sở Tài chính", "Sở Xây dựng"}},
      {"labelled fields over a section",
       "KẾ HOẠCH\nIV. THÀNH LẬP TỔ CÔNG TÁC\n1. Nội dung, biện pháp\na) Thành lập Tổ công tác;\n"
       "2. Cơ quan chủ trì, phối hợp\na) Cơ quan chủ trì\n- Sở Nội vụ.\nb) Cơ quan phối hợp\n"
       "- Sở Tài chính.\n3. Thời gian thực hiện: Năm 2026.\n",
       {{"THÀNH LẬP TỔ CÔNG TÁC", {"Sở Nội vụ"}, {"Sở Tài chính"}, "2026-12-31"}},
       {"Cơ quan chủ trì", "Thời gian thực hiện", "Sở Nội vụ"}},
      {"hard-wrapped directive, a bare marker line, escaped markers",
       "CHỈ THỊ\nVề quản lý khoáng sản trên địa bàn tỉnh, trong thời gian qua đã có nhiều\n"
       "chuyển biến tích cực trong công tác quản lý nhà nước về khoáng sản của tỉnh.\n"
       "Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện nghiêm các nội dung sau:\n"
       "1.\nSở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát, tổng hợp các dự án\n"
       "đầu tư công, báo cáo UBND tỉnh trước ngày 15/12/2025.\n"
       "2\\. Giao Sở Nội vụ kiểm tra việc thực hiện.\n",
       {{"Sở Tài chính chủ trì", {"Sở Tài chính"}, {"Sở Xây dựng"}, "2025-12-15"},
        {"Giao Sở Nội vụ", {"Sở Nội vụ"}, {}, ""}},
       {"đầu tư công", "chuyển biến", "Về quản lý"}},
      {"report: past work is not a task, the tasks ahead are",
       "BÁO CÁO\nKết quả thực hiện quý I\nI. KẾT QUẢ THỰC HIỆN\n"
       "1. Sở Tài chính đã tổ chức rà soát các dự án.\n"
       "2. Chủ tịch UBND tỉnh ban hành Quyết định thành lập Tổ công tác.\n"
       "II. NHIỆM VỤ TRỌNG TÂM QUÝ II\n"
       "1. Sở Tài chính chủ trì rà soát kinh phí, hoàn thành trong quý II/2026.\n",
       {{"Sở Tài chính chủ trì", {"Sở Tài chính"}, {}, "2026-06-30"}},
       {"Sở Tài chính đã", "Chủ tịch UBND tỉnh ban hành"}},
      {"word-processor bullets, a remark, things that are not agencies",
       "KẾ HOẠCH\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n"
       "• Chủ trì, phối hợp với Sở Tư pháp hướng dẫn thực hiện.\n"
       "(Chi tiết các nhiệm vụ tại Phụ lục kèm theo)\n"
       "2. Các nội dung khác:\n- Giao Sở Tài chính bố trí kinh phí.\n",
       {{"Chủ trì, phối hợp với Sở Tư pháp", {"Sở Nội vụ"}, {"Sở Tư pháp"}, ""},
        {"Giao Sở Tài chính", {"Sở Tài chính"}, {}, ""}},
       {"(Chi tiết", "Các nội dung khác"}},
      {"helpers in every 'phối hợp' phrase, a ';' between agencies",
       "CHỈ THỊ\nVề bảo vệ bí mật\n1. Sở Tư pháp: Phối hợp với Công an tỉnh kiểm tra việc thực "
       "hiện. Phối hợp với Văn phòng UBND tỉnh tham mưu sơ kết.\n"
       "2. Xây dựng Quy chế (Giao Công an tỉnh chủ trì, phối hợp với Sở Nội vụ; Sở Tư pháp "
       "tham mưu).\n",
       {{"Sở Tư pháp: Phối hợp",
         {"Sở Tư pháp"},
         {"Công an tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"},
         ""},
        {"Xây dựng Quy chế", {"Công an tỉnh"}, {"Sở Nội vụ", "Sở Tư pháp"}, ""}},
       {}},
      {"background headings inside a task section describe, they do not assign",
       "KẾ HOẠCH\nII. NHIỆM VỤ, GIẢI PHÁP\n1. Thuận lợi\n- Kinh tế của tỉnh tăng trưởng khá.\n"
       "2. Giải pháp\n- Tăng cường quản lý thu ngân sách.\n",
       {{"Tăng cường quản lý thu", {}, {}, ""}},
       {"Kinh tế của tỉnh"}},
      {"provinces acting stand for their People's Committees",
       "THÔNG BÁO\nKết luận\n1. Các tỉnh Nghệ An, Cao Bằng khẩn trương hoàn thiện hồ sơ.\n"
       "2. Thành phố Hà Nội và các tỉnh Bắc Ninh, Gia Lai đẩy nhanh tiến độ.\n"
       "3. Ủy ban nhân dân các tỉnh, thành phố: Đồng Nai, Hồ Chí Minh quyết liệt chỉ đạo.\n",
       {{"Các tỉnh Nghệ An",
         {"Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Cao Bằng"},
         {},
         ""},
        {"Thành phố Hà Nội",
         {"Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân tỉnh Bắc Ninh",
          "Ủy ban nhân dân tỉnh Gia Lai"},
         {},
         ""},
        {"Ủy ban nhân dân các tỉnh, thành phố",
         {"Ủy ban nhân dân tỉnh Đồng Nai", "Ủy ban nhân dân thành phố Hồ Chí Minh"},
         {},
         ""}},
       {}},
      {"office holders stand for their bodies",
       "CÔNG ĐIỆN\nVề khắc phục hậu quả mưa lũ\n"
       "1. Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân tỉnh tiếp tục chỉ đạo khắc phục hậu quả.\n"
       "2. Giám đốc Sở Y tế chỉ đạo các bệnh viện bảo đảm thuốc men.\n",
       {{"Bí thư tỉnh ủy", {"Tỉnh ủy", "Ủy ban nhân dân tỉnh"}, {}, ""},
        {"Giám đốc Sở Y tế", {"Sở Y tế"}, {}, ""}},
       {}},
      {"agencies joined by 'và'",
       "CHỈ THỊ\nVề việc làm\n1. Sở Tài chính và Sở Xây dựng chủ trì rà soát các dự án.\n"
       "2. Sở Lao động - Thương binh và Xã hội chủ trì hướng dẫn chính sách.\n",
       {{"Sở Tài chính và Sở Xây dựng", {"Sở Tài chính", "Sở Xây dựng"}, {}, ""},
        {"Sở Lao động", {"Sở Lao động - Thương binh và Xã hội"}, {}, ""}},
       {}},
      {"a deadline field over its stages",
       "KẾ HOẠCH\nII. NHIỆM VỤ\n1. Rà soát văn bản quy phạm pháp luật\n"
       "- Cơ quan thực hiện: Sở Tư pháp tiến hành rà soát các văn bản; các sở rà soát văn bản.\n"
       "- Thời gian thực hiện:\n+ Các sở gửi kết quả về Sở Tư pháp trước ngày 15/12/2025.\n"
       "+ Sở Tư pháp báo cáo UBND tỉnh trước ngày 31/12/2025.\n",
       {{"Rà soát văn bản", {"Sở Tư pháp", "Các sở, ban, ngành, địa phương"}, {}, "2025-12-31"}},
       {"Cơ quan thực hiện", "Thời gian thực hiện", "Các sở gửi"}},
      {"inline assignment after a numbered task",
       "KẾ HOẠCH\nII. NHIỆM VỤ, GIẢI PHÁP\n"
       "1. Xây dựng cơ sở dữ liệu chuyên ngành (Giao Sở Tài chính chủ trì, phối hợp Sở Nội vụ "
       "thực hiện; thời hạn: quý II/2026).\n",
       {{"Xây dựng cơ sở dữ liệu", {"Sở Tài chính"}, {"Sở Nội vụ"}, "2026-06-30"}},
       {}},
  };
}

TEST(ProseReaderTest, EveryStructureAndNothingElse) {
  for (const ProseCase& c : ProseCases()) {
    SCOPED_TRACE(c.name);
    const DocumentRecord r = Extract(c.text);
    for (const ProseCase::Want& w : c.tasks) {
      SCOPED_TRACE(w.prefix);
      const Task* t = FindTask(r, w.prefix);
      ASSERT_NE(t, nullptr);
      EXPECT_EQ(vanban::extractor::Names(t->lead), w.lead);
      EXPECT_EQ(vanban::extractor::Names(t->coordinate), w.coordinate);
      EXPECT_EQ(t->deadline.due.Iso(), w.deadline_due);
    }
    for (const char* no : c.not_tasks) EXPECT_EQ(FindTask(r, no), nullptr) << no;
    EXPECT_EQ(r.tasks.size(), c.tasks.size());
  }
}

// --- layout: paragraphs and their kinds --------------------------------------

struct ParagraphCase {
  const char* text_prefix;
  internal::ParagraphKind kind;
  const char* path;
};

TEST(LayoutTest, ParagraphsJoinWrappedLinesAndTellTheirKinds) {
  using K = internal::ParagraphKind;
  const normalizer::NormalizedText text = vanban::testing::Normalize(
      "Số hiệu: 12/CĐ-TTg\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG ĐIỆN\n"
      "THỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng các Bộ: Tài chính, Xây dựng;\n"
      "Thủ tướng Chính phủ yêu cầu các bộ khẩn trương thực hiện các nhiệm vụ sau\n"
      "đây để khắc phục hậu quả mưa lũ:\n"
      "1.\nSở Tài chính:\n"
      "a) Rà soát, tổng hợp thiệt hại\ndo mưa lũ.\n"
      "|\nSở Y tế\n|\n"
      "Trên đây là Công điện của Thủ tướng Chính phủ.\n"
      "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn A\n");
  const std::vector<internal::Block> blocks = internal::ReadBlocks(text);
  const std::vector<internal::Paragraph> paragraphs =
      internal::ReadParagraphs(blocks, TheGazetteer());
  const ParagraphCase cases[] = {
      {"Số hiệu", K::kPreamble, ""},
      {"THỦ TƯỚNG CHÍNH PHỦ điện", K::kRecipients, ""},
      {"- Bộ trưởng các Bộ", K::kRecipients, "a"},
      {"Thủ tướng Chính phủ yêu cầu các bộ khẩn trương thực hiện các nhiệm vụ sau đây để", K::kBody,
       ""},
      {"1. Sở Tài chính:", K::kAgencyHeading, "1"},
      {"a) Rà soát, tổng hợp thiệt hại do mưa lũ.", K::kBody, "1.a"},
      {"Sở Y tế", K::kTableCell, ""},
      {"Trên đây là", K::kClosingFormula, ""},
      {"KT. THỦ TƯỚNG", K::kSignature, ""},
      {"Nguyễn Văn A", K::kSignature, ""},
  };
  for (const ParagraphCase& c : cases) {
    SCOPED_TRACE(c.text_prefix);
    const auto it = std::find_if(paragraphs.begin(), paragraphs.end(), [&](const auto& p) {
      return p.text.rfind(c.text_prefix, 0) == 0;
    });
    ASSERT_NE(it, paragraphs.end());
    EXPECT_EQ(it->kind, c.kind);
    if (*c.path) {
      EXPECT_EQ(it->path, c.path);
    }
  }
  // a paragraph keeps its folded text and the blocks it joins
  const auto a = std::find_if(paragraphs.begin(), paragraphs.end(),
                              [](const auto& p) { return p.path == "1.a"; });
  ASSERT_NE(a, paragraphs.end());
  EXPECT_EQ(a->folded, "a ra soat tong hop thiet hai do mua lu");
  EXPECT_EQ(a->last, a->first + 1);
}

// Lines a word processor wrote one per paragraph, with "•" bullets: a
// bullet has no case, so it does not make the document look hard-wrapped,
// and a heading without a full stop keeps the next line apart.
TEST(LayoutTest, BulletsDoNotMakeLinesLookWrapped) {
  std::string doc = "KẾ HOẠCH\nIII. TỔ CHỨC THỰC HIỆN\n";
  for (int i = 0; i < 12; ++i) {
    doc += "• Triển khai các nội dung, nhiệm vụ của Kế hoạch trong năm " +
           std::to_string(2013 + i) + ".\n";
  }
  doc +=
      "3. Trách nhiệm của các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố\n"
      "Căn cứ Kế hoạch này, theo chức năng, nhiệm vụ xây dựng kế hoạch thực hiện.\n";
  const normalizer::NormalizedText text = vanban::testing::Normalize(doc);
  const std::vector<internal::Paragraph> paragraphs =
      internal::ReadParagraphs(internal::ReadBlocks(text), TheGazetteer());
  const auto starts = [&](std::string_view prefix) {
    return std::count_if(paragraphs.begin(), paragraphs.end(),
                         [&](const auto& p) { return p.text.rfind(prefix, 0) == 0; });
  };
  EXPECT_EQ(starts("• Triển khai"), 12);
  EXPECT_EQ(starts("3. Trách nhiệm"), 1);
  EXPECT_EQ(starts("Căn cứ Kế hoạch này"), 1);
}

// A PDF conversion strands markers on their own lines before the
// paragraphs they number, several in a row ("2.", "•", then the text of
// each): each marker takes the next paragraph in order.
TEST(LayoutTest, StrandedMarkersTakeTheParagraphsInOrder) {
  const normalizer::NormalizedText text = vanban::testing::Normalize(
      "KẾ HOẠCH\nIII. TỔ CHỨC THỰC HIỆN\n1.\n\n•\n2.\n\n"
      "Sở Tài chính; Ủy ban nhân dân\ncác huyện căn cứ nhiệm vụ được giao chỉ đạo:\n"
      "xây dựng kế hoạch thực hiện trước ngày 28/2/2023.\n"
      "Lưu ý: báo cáo ngay về Ủy ban nhân dân tỉnh.\n\n"
      "Kinh phí thực hiện do ngân sách nhà nước bảo đảm.\n"
      "3.\n•\n\nSở Nội vụ\nChủ trì hướng dẫn việc thực hiện.\n\n"
      "IV. KINH PHÍ\n1.\n\nNgân sách tỉnh.\n");
  const std::vector<internal::Paragraph> paragraphs =
      internal::ReadParagraphs(internal::ReadBlocks(text), TheGazetteer());
  std::vector<std::string> got;
  for (const auto& p : paragraphs) got.push_back(p.text);
  const std::vector<std::string> want = {
      "KẾ HOẠCH",
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Sở Tài chính; Ủy ban nhân dân các huyện căn cứ nhiệm vụ được giao chỉ đạo: xây dựng kế "
      "hoạch thực hiện trước ngày 28/2/2023.",
      "• Lưu ý: báo cáo ngay về Ủy ban nhân dân tỉnh.",
      "2. Kinh phí thực hiện do ngân sách nhà nước bảo đảm.",
      "3. Sở Nội vụ",
      "• Chủ trì hướng dẫn việc thực hiện.",
      "IV. KINH PHÍ",
      "1. Ngân sách tỉnh.",
  };
  EXPECT_EQ(got, want);
}

TEST(ProseReaderTest, SubjectAfterALeadingPhrase) {
  const DocumentRecord r = Extract(
      "KẾ HOẠCH\nII. NHIỆM VỤ, GIẢI PHÁP\n"
      "1. Bám sát việc ban hành Kế hoạch của Chính phủ, Bộ Công an để triển khai kịp thời.\n"
      "2. Căn cứ Kế hoạch này, các sở, ban, ngành cấp tỉnh xây dựng kế hoạch thực hiện.\n");
  // named in passing ("..., Bộ Công an để ..."): the item's lead is inferred
  const Task* passing = FindTask(r, "Bám sát");
  ASSERT_NE(passing, nullptr);
  EXPECT_TRUE(passing->lead_inferred);
  // "cấp tỉnh" is a level, not the verb "cấp": the subject goes on
  const Task* acting = FindTask(r, "Căn cứ Kế hoạch này");
  ASSERT_NE(acting, nullptr);
  EXPECT_FALSE(acting->lead_inferred);
  ASSERT_FALSE(acting->lead.empty());
  EXPECT_EQ(acting->lead[0].name.rfind("Các sở, ban, ngành", 0), 0u) << acting->lead[0].name;
}

TEST(DeadlineTest, InTaskProse) {
  const DeadlineCase cases[] = {
      {"hoàn thành trước ngày 30/11/2025; xây mới, hoàn thành trước ngày 31/01/2026.", "date",
       "2026-01-31"},
      {"Thường xuyên kiểm tra, giám sát.", "ongoing", ""},
      {"hoàn thành trong năm 2025.", "year", "2025-12-31"},
      {"Thời hạn: quý 1/2019.", "quarter", "2019-03-31"},
      {"tổ chức thực hiện Kế hoạch.", "none", ""},
      {"Phát huy sức mạnh của các lực lượng (Quý IV/2013, Quý I/2014 và thường xuyên).", "quarter",
       "2014-03-31"},
      {"hỗ trợ nhà ở cho các hộ gia đình đến hết năm 2019.", "year", "2019-12-31"},
      {"Năm 2018, hoàn thành việc hỗ trợ nhà ở.", "year", "2018-12-31"},
      {"khởi công dự án vào ngày 19 tháng 12 năm 2025.", "date", "2025-12-19"},
  };
  for (const DeadlineCase& c : cases) {
    SCOPED_TRACE(c.text);
    const Deadline d = internal::DeadlineInText(c.text, 2025);
    EXPECT_EQ(d.kind, c.kind);
    EXPECT_EQ(d.due.Iso(), c.due);
  }
  EXPECT_EQ(internal::ParseDeadline("Tháng 11, 12/2013", 2013).due.Iso(), "2013-12-31");
  EXPECT_EQ(internal::ParseDeadline("trước ngày 01 tháng 01 năm 2026", 2025).due.Iso(),
            "2026-01-01");
  EXPECT_EQ(internal::ParseDeadline("năm 2026 - 2027", 2025).kind, "range");
  EXPECT_EQ(internal::ParseDeadline("năm 2025 và các năm tiếp theo", 2025).kind, "ongoing");
  EXPECT_EQ(internal::ParseDeadline("Theo tiến độ được giao", 2025).kind, "conditional");
  EXPECT_EQ(internal::ParseDeadline("Từ năm 2013 đến năm 2020 và tiếp theo", 2013).due.Iso(),
            "2020-12-31");
  EXPECT_EQ(internal::ParseDeadline("Từ tháng 11/2013 trở đi", 2013).kind, "ongoing");
}

}  // namespace
}  // namespace vanban::extractor
