// relations: case tables on small fixtures written for these tests. Each
// phrasing of implements / replaces / amends either states an edge (listed
// in `edges`) or states nothing (listed in `not_edges`); where a case says
// so, the typed edges are exactly those listed. Then the repairs a
// reference number may need, each recorded with what was read and what
// was concluded.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extractor_test_util.h"
#include "test_util.h"
#include "vanban/extractor.h"

namespace vanban::extractor {
namespace {

using vanban::testing::TheExtractor;

DocumentRecord Extract(std::string_view text) {
  return TheExtractor().Extract(vanban::testing::Normalize(text), "test.txt");
}

struct E {
  const char* from;
  const char* to;
  Relation relation;
};

struct Case {
  const char* name;
  const char* text;
  std::vector<E> edges;      // must be found
  std::vector<E> not_edges;  // must not be found
  bool exact = false;        // the typed edges are exactly `edges`
};

bool Has(const DocumentRecord& r, const E& want) {
  return std::any_of(r.edges.begin(), r.edges.end(), [&](const Edge& e) {
    return e.from == want.from && e.to == want.to && e.relation == want.relation;
  });
}

std::string Dump(const DocumentRecord& r) {
  std::string out;
  for (const Edge& e : r.edges) {
    if (e.relation == Relation::kCites) continue;
    out += "  " + e.from + " " + RelationName(e.relation) + " " + e.to + "\n";
  }
  return out;
}

void RunCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const DocumentRecord r = Extract(c.text);
    for (const E& e : c.edges) {
      EXPECT_TRUE(Has(r, e)) << e.from << " -> " << e.to << "\n" << Dump(r);
    }
    for (const E& e : c.not_edges) {
      EXPECT_FALSE(Has(r, e)) << e.from << " -> " << e.to << "\n" << Dump(r);
    }
    if (c.exact) {
      const size_t typed = std::count_if(r.edges.begin(), r.edges.end(), [](const Edge& e) {
        return e.relation != Relation::kCites && e.relation != Relation::kBasedOn;
      });
      EXPECT_EQ(typed, c.edges.size()) << Dump(r);
    }
  }
}

constexpr Relation kImpl = Relation::kImplements;
constexpr Relation kRepl = Relation::kReplaces;
constexpr Relation kAmend = Relation::kAmends;

// The header every fixture starts with: a number line and a date line.
#define HEADER "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\nSố: 77/KH-UBND\nHòa Bình, ngày 05 tháng 3 năm 2026\n"

TEST(RelationCases, Implements) {
  RunCases({
      {"title: Kế hoạch triển khai thực hiện X",
       HEADER
       "KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 31/NQ-CP NGÀY 02/02/2026 CỦA CHÍNH PHỦ\n\n"
       "I. MỤC ĐÍCH\n- Triển khai thực hiện Chỉ thị số 09/CT-TTg ngày 01/02/2026.\n",
       {{"self", "31/NQ-CP", kImpl}},
       {{"self", "09/CT-TTg", kImpl}},
       true},
      {"title wrapped over two lines",
       HEADER "KẾ HOẠCH\nThực hiện Chương trình hành động số 12-CTr/TU ngày 10/01/2026\n"
              "của Ban Thường vụ Tỉnh ủy\n\nI. MỤC ĐÍCH\n",
       {{"self", "12-CTr/TU", kImpl}},
       {},
       true},
      {"opening: Thực hiện A và B, the paragraph hard-wrapped",
       HEADER "Kính gửi:\n- Các sở, ban, ngành;\n- UBND các huyện.\n\n"
              "Thực hiện Văn bản số 1234/BTC-NSNN ngày 02/01/2026 của Bộ Tài chính về việc\n"
              "rà soát nguồn vốn và Văn bản số 88/VPCP-KTTH ngày 10/01/2026 của Văn phòng\n"
              "Chính phủ về việc giải ngân.\n"
              "Chủ tịch UBND tỉnh yêu cầu:\n"
              "1. Thực hiện nghiêm Chỉ thị số 05/CT-UBND ngày 01/01/2026.\n",
       {{"self", "1234/BTC-NSNN", kImpl}, {"self", "88/VPCP-KTTH", kImpl}},
       {{"self", "05/CT-UBND", kImpl}},
       true},
      {"opening list over semicolons",
       HEADER
       "KẾ HOẠCH\nPhát triển hạ tầng số\n\n"
       "Thực hiện Nghị quyết số 40-NQ/TW ngày 01/01/2026 của Bộ Chính trị; Quyết định số "
       "200/QĐ-TTg ngày 05/01/2026 của Thủ tướng Chính phủ; Kế hoạch số 19-KH/TU ngày 20/01/2026 "
       "của Tỉnh ủy thực hiện Nghị quyết số 40-NQ/TW, Ủy ban nhân dân tỉnh ban hành Kế hoạch như "
       "sau:\n\nI. MỤC ĐÍCH\n",
       {{"self", "40-NQ/TW", kImpl},
        {"self", "200/QĐ-TTg", kImpl},
        {"self", "19-KH/TU", kImpl},
        {"19-KH/TU", "40-NQ/TW", kImpl}},
       {},
       true},
      {"opening list whose items stand in paragraphs of their own",
       HEADER "KẾ HOẠCH\nPhát triển hạ tầng số\n\n"
              "Thực hiện Nghị quyết số 40-NQ/TW ngày 01/01/2026 của Bộ Chính trị;\n\n"
              "Quyết định số 200/QĐ-TTg ngày 05/01/2026 của Thủ tướng Chính phủ;\n\n"
              "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n",
       {{"self", "40-NQ/TW", kImpl}, {"self", "200/QĐ-TTg", kImpl}},
       {},
       true},
      {"a letter's numbered body is not its opening, even without a colon before it",
       HEADER
       "Kính gửi: Các sở.\n\nThực hiện Công văn số 300/BNV-CQĐP ngày 02/01/2026 của Bộ Nội vụ, "
       "Sở Nội vụ đề nghị các đơn vị triển khai một số nội dung sau.\n"
       "1. Thực hiện Quyết định số 56/QĐ-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh.\n",
       {{"self", "300/BNV-CQĐP", kImpl}},
       {{"self", "56/QĐ-UBND", kImpl}},
       true},
      {"the assignment given in a document: thực hiện nhiệm vụ được giao tại X",
       HEADER "Kính gửi: Các sở.\n\nThực hiện nhiệm vụ được giao tại Quyết định số 55/QĐ-UBND ngày "
              "02/01/2026 của Ủy ban nhân dân tỉnh, Sở Tài chính đề nghị:\n1. Rà soát.\n",
       {{"self", "55/QĐ-UBND", kImpl}},
       {},
       true},
      {"between two cited documents, in a footnote-like list",
       HEADER
       "I. CĂN CỨ\nCác văn bản: Nghị quyết số 61/NQ-CP ngày 01/6/2025 của Chính phủ ban hành\n"
       "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 22-NQ/TW; Quyết định số\n"
       "15/QĐ-TTg ngày 01/7/2025 của Thủ tướng Chính phủ; Chương trình hành động số 30-CTr/TU\n"
       "ngày 02/8/2025 của Tỉnh ủy thực hiện Nghị quyết số 22-NQ/TW.\n",
       {{"61/NQ-CP", "22-NQ/TW", kImpl}, {"30-CTr/TU", "22-NQ/TW", kImpl}},
       {{"61/NQ-CP", "15/QĐ-TTg", kImpl}, {"self", "22-NQ/TW", kImpl}},
       true},
      {"chain: A thực hiện B thực hiện C",
       HEADER
       "I. NỘI DUNG\n- Thực hiện các nhiệm vụ theo Kế hoạch số 45/KH-UBND ngày 05/5/2025 của Ủy "
       "ban nhân dân tỉnh thực hiện Chương trình hành động số 20-CTr/TU ngày 02/02/2025 của Tỉnh "
       "ủy thực hiện Nghị quyết số 11-NQ/TW ngày 01/01/2025 của Bộ Chính trị.\n",
       {{"45/KH-UBND", "20-CTr/TU", kImpl}, {"20-CTr/TU", "11-NQ/TW", kImpl}},
       {{"45/KH-UBND", "11-NQ/TW", kImpl}, {"self", "45/KH-UBND", kImpl}},
       true},
      {"coordinated objects: thực hiện A và B, one edge each",
       HEADER
       "I. CĂN CỨ\nKế hoạch số 50/KH-UBND ngày 15/9/2025 của UBND tỉnh triển khai thực hiện "
       "Nghị quyết số 33/NQ-CP ngày 01/4/2025 của Chính phủ và Kế hoạch hành động số 70-KH/TU "
       "ngày 16/5/2025 của Tỉnh ủy về thực hiện Nghị quyết số 22-NQ/TW ngày 22/12/2024.\n",
       {{"50/KH-UBND", "33/NQ-CP", kImpl},
        {"50/KH-UBND", "70-KH/TU", kImpl},
        {"70-KH/TU", "22-NQ/TW", kImpl}},
       {{"50/KH-UBND", "22-NQ/TW", kImpl}},
       true},
      {"a name note resumes the outer list",
       HEADER
       "KẾ HOẠCH\nPhòng, chống tội phạm\n\n"
       "Thực hiện Nghị quyết số 90/2025/QH15 ngày 01/11/2025 của Quốc hội (Nghị quyết số "
       "90/2025/QH15), Nghị quyết số 12/NQ-CP ngày 01/12/2025 của Chính phủ về ban hành Kế hoạch "
       "triển khai Nghị quyết số 90/2025/QH15 (Nghị quyết số 12/NQ-CP) và Quyết định số "
       "300/QĐ-BCA ngày 05/12/2025 của Bộ trưởng Bộ Công an; Ủy ban nhân dân tỉnh ban hành Kế "
       "hoạch như sau:\n\nI. MỤC ĐÍCH\n",
       {{"self", "90/2025/QH15", kImpl},
        {"self", "12/NQ-CP", kImpl},
        {"self", "300/QĐ-BCA", kImpl},
        {"12/NQ-CP", "90/2025/QH15", kImpl}},
       {{"12/NQ-CP", "300/QĐ-BCA", kImpl}},
       true},
      {"subjects with their own issuer are not coordinated",
       HEADER
       "I. CĂN CỨ\nNghị quyết số 33/NQ-CP ngày 01/4/2025 của Chính phủ và Chương trình hành động "
       "số 14-CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số "
       "22-NQ/TW.\n",
       {{"14-CTr/TU", "22-NQ/TW", kImpl}},
       {{"33/NQ-CP", "22-NQ/TW", kImpl}},
       true},
      {"the direction given in a document: Triển khai chỉ đạo của X tại Công điện",
       HEADER
       "Kính gửi: Các đơn vị.\n\n"
       "Triển khai chỉ đạo của Thủ tướng Chính phủ tại Công điện số 150/CĐ-TTg ngày 02/3/2026, "
       "Bộ Xây dựng yêu cầu các cơ quan, đơn vị:\n1. Tổ chức trực ban.\n",
       {{"self", "150/CĐ-TTg", kImpl}},
       {},
       true},
      {"a remark in parentheses stays in the subject's description",
       HEADER
       "I. NỘI DUNG\nKế hoạch số 371/KH-UBND ngày 31/7/2023 của Ủy ban nhân dân tỉnh Hà Tây (nay "
       "là thành phố Hà Nội) về thực hiện Nghị quyết số 48/NQ-CP ngày 03/4/2023.\n",
       {{"371/KH-UBND", "48/NQ-CP", kImpl}},
       {},
       true},
      {"stated nothing: a report on the implementation (tình hình, kết quả, giám sát việc)",
       HEADER
       "Kính gửi: Ban Chỉ đạo.\n\n"
       "Văn phòng có văn bản số 500-CV/VPTW ngày 02/3/2026 đề nghị cho ý kiến đối với dự thảo "
       "Báo cáo về tình hình triển khai thực hiện Nghị quyết số 22-NQ/TW ngày 22/12/2024.\n"
       "Đề nghị báo cáo kết quả thực hiện Nghị quyết số 33/NQ-CP; giám sát, đánh giá việc triển "
       "khai Nghị quyết số 22-NQ/TW và Nghị quyết số 33/NQ-CP.\n",
       {},
       {{"500-CV/VPTW", "22-NQ/TW", kImpl},
        {"self", "22-NQ/TW", kImpl},
        {"self", "33/NQ-CP", kImpl}},
       true},
      {"stated nothing: guidance on implementing is not implementing",
       HEADER
       "I. KẾT QUẢ\n- Chính phủ đã ban hành Nghị định số 80/2025/NĐ-CP hướng dẫn thực hiện Nghị "
       "quyết số 190/2025/QH15.\n",
       {{"80/2025/NĐ-CP", "190/2025/QH15", Relation::kGuides}},
       {{"80/2025/NĐ-CP", "190/2025/QH15", kImpl}},
       true},
      {"stated nothing: an attached document's opening is not this letter's",
       HEADER "Kính gửi: Các đồng chí.\n\nXin gửi kèm dự thảo báo cáo để cho ý kiến.\n\nNơi nhận:\n"
              "- Như trên.\n\nDỰ THẢO BÁO CÁO\n"
              "Triển khai thực hiện Nghị quyết số 22-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ban "
              "Thường vụ báo cáo như sau:\n",
       {},
       {{"self", "22-NQ/TW", kImpl}},
       true},
      {"a web page's chrome before the header is not the opening",
       "Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế bảo vệ dữ liệu.\n\n" HEADER
       "KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 900/QĐ-TTG NGÀY 27/7/2025\n\n"
       "I. MỤC ĐÍCH\n",
       {{"self", "900/QĐ-TTg", kImpl}},
       {{"self", "13/2023/NĐ-CP", kImpl}},
       true},
      {"a web page's colon before the header does not close the opening",
       "Source:\nhttps://example.vn/van-ban/ke-hoach-77\n\n" HEADER
       "KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 900/QĐ-TTG NGÀY 27/7/2025\n\n"
       "I. MỤC ĐÍCH\n",
       {{"self", "900/QĐ-TTg", kImpl}},
       {},
       true},
  });
}

TEST(RelationCases, Replaces) {
  RunCases({
      {"Kế hoạch này thay thế X",
       HEADER "III. TỔ CHỨC THỰC HIỆN\nKế hoạch này thay thế Kế\nhoạch số 301/KH-UBND ngày "
              "31/7/2023 của Ủy ban nhân dân tỉnh.\n",
       {{"self", "301/KH-UBND", kRepl}},
       {},
       true},
      {"in parentheses: (Kế hoạch này thay thế cho X)",
       HEADER "III. TỔ CHỨC THỰC HIỆN\nỦy ban nhân dân tỉnh báo cáo theo quy định (Kế hoạch này "
              "thay thế cho Kế hoạch số 076/KH-UBND ngày 30/8/2025)./.\n",
       {{"self", "076/KH-UBND", kRepl}},
       {},
       true},
      {"Quyết định này có hiệu lực ... Thay thế A; B; C",
       HEADER "QUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch phòng chống thiên tai.\n"
              "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Thay thế Quyết định số "
              "3001/QĐ-UBND ngày 24/8/2021 của Ủy ban nhân dân tỉnh; Quyết định số 1300/QĐ-UBND "
              "ngày 08/6/2022 của Ủy ban nhân dân tỉnh; Quyết định số 1100/QĐ-UBND ngày "
              "13/4/2022.\n",
       {{"self", "3001/QĐ-UBND", kRepl},
        {"self", "1300/QĐ-UBND", kRepl},
        {"self", "1100/QĐ-UBND", kRepl}},
       {},
       true},
      {"có hiệu lực ... và thay thế X",
       HEADER "QUYẾT ĐỊNH:\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế "
              "Quyết định số 160/QĐ-BCĐ ngày 29/7/2013 của Trưởng Ban Chỉ đạo.\n",
       {{"self", "160/QĐ-BCĐ", kRepl}},
       {},
       true},
      {"X hết hiệu lực kể từ ngày Quyết định này có hiệu lực",
       HEADER "QUYẾT ĐỊNH:\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký; Quyết định số "
              "45/QĐ-UBND ngày 01/02/2020 của Ủy ban nhân dân tỉnh hết hiệu lực kể từ ngày Quyết "
              "định này có hiệu lực.\n",
       {{"self", "45/QĐ-UBND", kRepl}},
       {},
       true},
      {"stated nothing: X đã hết hiệu lực (a fact, not this document's act)",
       HEADER "I. KẾT QUẢ\nThông tư số 12/2019/TT-BTC đã hết hiệu lực.\n",
       {},
       {{"self", "12/2019/TT-BTC", kRepl}},
       true},
      {"between two cited documents",
       HEADER "I. KẾT QUẢ\n- Quyết định số 929/QĐ-TTg ngày 15/5/2025 thay thế Quyết định số "
              "598/QĐ-TTg.\n",
       {{"929/QĐ-TTg", "598/QĐ-TTg", kRepl}},
       {{"self", "598/QĐ-TTg", kRepl}},
       true},
      {"stated nothing: a draft, a future act",
       HEADER "I. KẾT QUẢ\nChỉ đạo Sở xây dựng dự thảo Kế hoạch thay thế Kế hoạch số 39/KH-UBND. "
              "Bộ được giao trình ban hành Nghị định (thay thế Nghị định số 54/2018/NĐ-CP ngày "
              "16/4/2018). Sở sẽ sửa đổi hoặc thay thế Quyết định số 10/QĐ-UBND.\n",
       {},
       {{"self", "39/KH-UBND", kRepl},
        {"self", "54/2018/NĐ-CP", kRepl},
        {"self", "10/QĐ-UBND", kRepl}},
       true},
  });
}

TEST(RelationCases, Amends) {
  RunCases({
      {"A sửa đổi, bổ sung một số điều của B",
       HEADER "Căn cứ Nghị định số 63/2025/NĐ-CP ngày 05/3/2025 của Chính phủ về sửa đổi, bổ sung "
              "một số điều của Nghị định số 78/2021/NĐ -CP ngày 01/8/2021 của Chính phủ;\n"
              "QUYẾT ĐỊNH:\n",
       {{"63/2025/NĐ-CP", "78/2021/NĐ-CP", kAmend}},
       {{"self", "78/2021/NĐ-CP", kAmend}},
       true},
      {"passive: B được sửa đổi, bổ sung bởi / tại A",
       HEADER "Căn cứ Luật Xây dựng số 50/2014/QH13 được sửa đổi, bổ sung tại Luật số "
              "62/2020/QH14;\nCăn cứ Nghị định số 79/2025/NĐ-CP của Chính phủ quy định chi tiết "
              "một số điều, được sửa đổi, bổ sung bởi Nghị định số 190/2025/NĐ-CP;\nQUYẾT ĐỊNH:\n",
       {{"62/2020/QH14", "50/2014/QH13", kAmend}, {"190/2025/NĐ-CP", "79/2025/NĐ-CP", kAmend}},
       {{"50/2014/QH13", "62/2020/QH14", kAmend}},
       true},
      {"A sửa đổi B và Điều 3 C: one edge per document",
       HEADER "I. NỘI DUNG\n- Tại Điều 1 Quyết định số 117/2007/QĐ-TTg ngày 27/7/2007 của Thủ "
              "tướng Chính phủ sửa đổi, bổ sung một số điều của Quyết định số 118/TTg ngày "
              "27/02/1996 của Thủ tướng Chính phủ về nhà ở và Điều 3 Quyết định số "
              "20/2000/QĐ-TTg ngày 03/02/2000 của Thủ tướng Chính phủ quy định:\n",
       {{"117/2007/QĐ-TTg", "118/TTg", kAmend}, {"117/2007/QĐ-TTg", "20/2000/QĐ-TTg", kAmend}},
       {},
       true},
      {"a named amending document: Pháp lệnh sửa đổi ... của Pháp lệnh <name> số M",
       HEADER "Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 26/2005/PL-UBTVQH11 ngày "
              "29/6/2005 của Ủy ban Thường vụ Quốc hội và Pháp lệnh sửa đổi, bổ sung một số điều "
              "của Pháp lệnh Ưu đãi người có công với cách mạng số 04/2012/PL-UBTVQH13 ngày "
              "16/7/2012;\nQUYẾT ĐỊNH:\n",
       {{"04/2012/PL-UBTVQH13", "26/2005/PL-UBTVQH11", kAmend}},
       {},
       true},
      {"the parts amended: sửa đổi, bổ sung khoản 2 Điều 3 của X",
       HEADER "I. NỘI DUNG\nQuyết định số 15/2026/QĐ-UBND ngày 05/01/2026 sửa đổi, bổ sung "
              "khoản 2, khoản 3 Điều 5 của Quyết định số 08/2024/QĐ-UBND ngày 02/02/2024.\n",
       {{"15/2026/QĐ-UBND", "08/2024/QĐ-UBND", kAmend}},
       {},
       true},
      {"passive replacement: X được thay thế bởi Y",
       HEADER "I. NỘI DUNG\nThông tư số 10/2019/TT-BTC đã được thay thế bởi Thông tư số "
              "55/2024/TT-BTC ngày 01/8/2024.\n",
       {{"55/2024/TT-BTC", "10/2019/TT-BTC", kRepl}},
       {{"10/2019/TT-BTC", "55/2024/TT-BTC", kRepl}},
       true},
      {"at the same time: A thực hiện B, đồng thời sửa đổi C",
       HEADER "I. KẾT QUẢ\nNghị quyết số 41/NQ-CP ngày 20/3/2025 của Chính phủ ban hành Chương "
              "trình hành động thực hiện Nghị quyết số 24-NQ/TW, đồng thời sửa đổi, bổ sung Nghị "
              "quyết số 18/NQ-CP ngày 10/02/2024.\n",
       {{"41/NQ-CP", "24-NQ/TW", kImpl}, {"41/NQ-CP", "18/NQ-CP", kAmend}},
       {{"24-NQ/TW", "18/NQ-CP", kAmend}},
       true},
      {"stated nothing: proposals to amend",
       HEADER "I. NHIỆM VỤ\n- Rà soát, đề xuất sửa đổi Nghị định số 15/2020/NĐ-CP; kiến nghị sửa "
              "đổi, bổ sung Luật số 20/2023/QH15.\n",
       {},
       {{"self", "15/2020/NĐ-CP", kAmend}, {"self", "20/2023/QH15", kAmend}},
       true},
  });
}

TEST(RelationCases, BasedOnIsNotAGoldRelation) {
  const DocumentRecord r =
      Extract(HEADER
              "Căn cứ Nghị quyết số 22-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n"
              "QUYẾT ĐỊNH:\n");
  EXPECT_TRUE(Has(r, {"self", "22-NQ/TW", Relation::kBasedOn}));
  EXPECT_FALSE(Has(r, {"self", "22-NQ/TW", kImpl}));
}

TEST(RelationCases, EveryEdgeKeepsItsEvidenceAndSource) {
  const DocumentRecord r = Extract(HEADER
                                   "KẾ HOẠCH\nThực hiện Nghị quyết số 31/NQ-CP ngày\n"
                                   "02/02/2026 của Chính phủ\n\nI. MỤC ĐÍCH\n");
  const auto e = std::find_if(r.edges.begin(), r.edges.end(),
                              [](const Edge& e) { return e.relation == kImpl; });
  ASSERT_NE(e, r.edges.end());
  EXPECT_NE(e->evidence.find("31/NQ-CP ngày 02/02/2026"), std::string::npos) << e->evidence;
  EXPECT_LT(e->source.begin, e->source.end);
  // an item of a list keeps the cue that governs it in its evidence
  const DocumentRecord list = Extract(HEADER
                                      "KẾ HOẠCH\nPhát triển\n\nThực hiện Nghị quyết số 40-NQ/TW "
                                      "ngày 01/01/2026; Quyết định số 200/QĐ-TTg ngày 05/01/2026, "
                                      "UBND tỉnh ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n");
  const auto item = std::find_if(list.edges.begin(), list.edges.end(), [](const Edge& e) {
    return e.relation == kImpl && e.to == "200/QĐ-TTg";
  });
  ASSERT_NE(item, list.edges.end());
  EXPECT_EQ(item->evidence.rfind("Thực hiện Nghị quyết số 40-NQ/TW", 0), 0u) << item->evidence;
}

// ---- repairs -----------------------------------------------------------

struct RepairCase {
  const char* name;
  const char* text;
  const char* code;  // the reference concluded
  const char* kind;  // the repair recorded
};

TEST(RepairCases, EachRepairIsRecorded) {
  const RepairCase cases[] = {
      {"number split over a page break",
       "I. NỘI DUNG\nNghị quyết số 10-\n\nNQ/TW ngày 10/02/2022.\n", "10-NQ/TW", "number-spacing"},
      {"space inside", "I. NỘI DUNG\nChương trình số 10- CTr/TU ngày 13/8/2025.\n", "10-CTr/TU",
       "number-spacing"},
      {"space before a hyphen", "I. NỘI DUNG\nNghị định số 78/2021/NĐ -CP ngày 01/8/2021.\n",
       "78/2021/NĐ-CP", "number-spacing"},
      {"space before a slash", "I. NỘI DUNG\nVăn bản số 5973 /UBND-KT ngày 11/6/2026.\n",
       "5973/UBND-KT", "number-spacing"},
      {"split after a hyphen over spaces",
       "I. NỘI DUNG\nNghị định số 118/2025/NĐ-  CP ngày 01/01/2025.\n", "118/2025/NĐ-CP",
       "number-spacing"},
      {"OCR: a letter for a digit", "I. NỘI DUNG\nNghị quyết số 1O/NQ-CP ngày 01/01/2025.\n",
       "10/NQ-CP", "number-form"},
      {"OCR: Ð for Đ", "I. NỘI DUNG\nNghị định số 45/2026/NÐ-CP ngày 26/01/2026.\n",
       "45/2026/NĐ-CP", "number-form"},
      {"issuer letters spaced out", "I. NỘI DUNG\nQuyết định số 3210/QĐ - U B ND ngày 28/6/2014.\n",
       "3210/QĐ-UBND", "number-form"},
      {"a hyphen kept, the space after it not",
       "I. NỘI DUNG\nTờ trình số 02/TTr-CAT- ANCTNB ngày 03/02/2023.\n", "02/TTr-CAT-ANCTNB",
       "number-form"},
      {"cut inside its code by a line break",
       "I. NỘI DUNG\nQuyết định số 1968/Q\nĐ-TTg ngày 01/01/2025.\n", "1968/QĐ-TTg",
       "number-split"},
      {"a hyphen lost at a line break",
       "I. NỘI DUNG\nPháp lệnh số 26/2005/PLUBTVQH11 ngày 29/6/2005.\n", "26/2005/PL-UBTVQH11",
       "number-form"},
      {"a law without its legislature, confirmed by another law of that year",
       "I. NỘI DUNG\nLuật Ban hành văn bản số 64/2025 được sửa đổi, bổ sung bởi Luật số "
       "87/2025/QH15.\n",
       "64/2025/QH15", "law-legislature"},
      {"a typo merged into the number cited more often",
       "I. NỘI DUNG\nThông tư số 23/2025/TT-BKHCN; Thông tư số 23/2025/TT-BKHCN; Thông tư số "
       "23/2025/TT-BKHHCN.\n",
       "23/2025/TT-BKHCN", "number-typo"},
  };
  for (const RepairCase& c : cases) {
    SCOPED_TRACE(c.name);
    const DocumentRecord r = Extract(c.text);
    const bool found =
        std::any_of(r.references.begin(), r.references.end(),
                    [&](const Reference& ref) { return ref.code.canonical == c.code; });
    EXPECT_TRUE(found) << c.code;
    const bool recorded = std::any_of(r.repairs.begin(), r.repairs.end(), [&](const Repair& rep) {
      return rep.kind == c.kind && rep.to == c.code && !rep.from.empty();
    });
    EXPECT_TRUE(recorded) << c.kind;
  }
}

TEST(RepairCases, LawWithoutLegislatureNeedsAYearOneLegislatureSat) {
  // 2021 is shared by two legislatures and nothing in the text says which
  const DocumentRecord r = Extract("I. NỘI DUNG\nLuật Đầu tư công số 39/2021 ngày 01/01/2021.\n");
  EXPECT_TRUE(r.references.empty());
  const DocumentRecord r2 = Extract("I. NỘI DUNG\nLuật Đầu tư số 61/2023 ngày 01/01/2023.\n");
  ASSERT_EQ(r2.references.size(), 1u);
  EXPECT_EQ(r2.references[0].code.canonical, "61/2023/QH15");
}

TEST(RepairCases, NotNumbers) {
  for (const char* text : {
           "I. NỘI DUNG\nĐạt tiêu chuẩn TCVN 14423:2025 về khí thải.\n",
           "I. NỘI DUNG\nNồng độ bụi dưới 50 mg/Nm3, phát thải 2 kg CO2/m3.\n",
           "I. NỘI DUNG\nMã số thuế 0101234567; xem "
           "https://example.vn/van-ban/ke-hoach-12-KH-UBND\n",
           "I. NỘI DUNG\nĐề án số 06/CP về dữ liệu dân cư.\n",
       }) {
    SCOPED_TRACE(text);
    const DocumentRecord r = Extract(text);
    EXPECT_TRUE(r.references.empty()) << r.references[0].code.canonical;
  }
}

#undef HEADER

}  // namespace
}  // namespace vanban::extractor
