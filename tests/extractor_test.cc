// The extractor end to end on small documents modelled on the seeds:
// mentions, references, relations and their subjects, identity.
#include "vanban/extractor.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "extractor_test_util.h"
#include "test_util.h"
#include "text_util.h"

namespace vanban::extractor {
namespace {

using vanban::testing::TheExtractor;

DocumentRecord Extract(std::string_view text) {
  return TheExtractor().Extract(vanban::testing::Normalize(text), "test.txt");
}

bool HasEdge(const DocumentRecord& r, std::string_view from, std::string_view to, Relation rel) {
  return std::any_of(r.edges.begin(), r.edges.end(), [&](const Edge& e) {
    return e.from == from && e.to == to && e.relation == rel;
  });
}

size_t TypedEdges(const DocumentRecord& r) {
  return std::count_if(r.edges.begin(), r.edges.end(),
                       [](const Edge& e) { return e.relation != Relation::kCites; });
}

const Reference* FindRef(const DocumentRecord& r, std::string_view code) {
  for (const Reference& ref : r.references) {
    if (ref.code.canonical == code) return &ref;
  }
  return nullptr;
}

// Numbers in documents are parsed so that malformed or overflowing ones
// fail (0, "no number") instead of throwing.
TEST(DigitsValueTest, OverflowFailsInsteadOfThrowing) {
  const std::pair<const char*, int> cases[] = {
      {"2026", 2026},
      {"05", 5},
      {"0", 0},
      {"", 0},
      {"12a", 0},
      {"-3", 0},
      {"II", 0},
      {" 7", 0},
      {"99999999999999999999", 0},
      {"2147483647", 2147483647},
      {"2147483648", 0},
  };
  for (const auto& [text, value] : cases) {
    EXPECT_EQ(internal::DigitsValue(text), value) << text;
  }
}

// A hard-wrapped line ending in a word that needs the next goes on; words
// that fold to a connector ("cửa", "vợ", "lá") are not connectors.
TEST(ConnectorTest, ComparedWithToneMarks) {
  const std::pair<const char*, bool> cases[] = {
      {"Ủy ban nhân dân các huyện và", true},
      {"trách nhiệm của", true},
      {"phối hợp với ", true},
      {"VÀ", true},
      {"Ở", true},
      {"Ban Quản lý cửa", false},
      {"Văn phòng Sở Tài chính", false},
      {"thu hút vốn đầu tư của nhà đầu tư lá", false},
      {"Sở Tư pháp tự", false},
      {"", false},
  };
  for (const auto& [text, connector] : cases) {
    EXPECT_EQ(internal::EndsWithConnector(text), connector) << text;
  }
}

// Whole documents whose numbers overflow every integer: extraction reads
// them like any other document.
TEST(DigitsValueTest, DocumentsWithHugeNumbersAreRead) {
  for (const char* text :
       {"PHỤ LỤC 99999999999999999999\n",
        "II. MỤC TIÊU\n1. Chỉ tiêu\n- Hoàn thành các mục số 99999999999999999999 tại mục II\n",
        "Số: 10/KH-UBND\nHà Nội, ngày 99999999999 tháng 12 năm 99999999999\n",
        "Nghị quyết số 57-NQ/TW ngày 99999999999/12/2024 và số 5/99999999999/NĐ-CP\n"}) {
    EXPECT_NO_THROW(Extract(text)) << text;
  }
}

TEST(MentionTest, DateIssuerSubjectAndTypeWord) {
  const DocumentRecord r = Extract(
      "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển "
      "khoa học; Chương trình công tác số 6548/UBND-KGVX ngày 31 tháng 12 năm 2025 của Ban Chỉ "
      "đạo.\n");
  ASSERT_EQ(r.mentions.size(), 2u);
  const Mention& m = r.mentions[0];
  EXPECT_EQ(m.code.canonical, "57-NQ/TW");
  EXPECT_EQ(m.date.Iso(), "2024-12-22");
  EXPECT_EQ(m.issuer, "Bộ Chính trị");
  EXPECT_EQ(m.subject, "về đột phá phát triển khoa học");
  EXPECT_EQ(m.type, "NQ");
  // the type word before the number wins over the number's own form
  EXPECT_EQ(r.mentions[1].type, "CTr");
  EXPECT_EQ(r.mentions[1].date.Iso(), "2025-12-31");
}

TEST(MentionTest, LawNameBetweenTypeWordAndNumber) {
  const DocumentRecord r =
      Extract("triển khai Luật Chuyển đổi số số 148/2025/QH15 (có hiệu lực).\n");
  ASSERT_EQ(r.references.size(), 1u);
  EXPECT_EQ(r.references[0].type, "Luật");
}

TEST(MentionTest, OfficialLetterWithoutTypeCode) {
  const DocumentRecord r = Extract("theo văn bản số 1225/SKH-CN-CĐS ngày 27/3/2026.\n");
  ASSERT_EQ(r.references.size(), 1u);
  EXPECT_EQ(r.references[0].type, "CV");
}

TEST(MentionTest, MentionsInsideFootnotesCount) {
  const DocumentRecord r = Extract(
      "Ban Chỉ đạo đã ban hành Chương trình công tác năm 2026¹ và Kế hoạch kiểm tra\n\n"
      "¹ Công văn số 2484/UBND-HCC ngày 21/3/2026 của UBND tỉnh\n\n"
      "của Ban Chỉ đạo.\n");
  ASSERT_NE(FindRef(r, "2484/UBND-HCC"), nullptr);
  EXPECT_EQ(r.mentions[0].segment, 1);
}

TEST(MentionTest, ShortFormsResolveToTheFullCitation) {
  const DocumentRecord r = Extract(
      "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.\n"
      "Các đơn vị quán triệt NQ57 và Nghị quyết 57 thường xuyên.\n");
  const size_t shorts = std::count_if(r.mentions.begin(), r.mentions.end(),
                                      [](const Mention& m) { return m.short_form; });
  EXPECT_EQ(shorts, 2u);
  EXPECT_EQ(r.references.size(), 1u);
}

TEST(MentionTest, LaterMentionWithoutDateIsTheSameDocument) {
  const DocumentRecord r = Extract(
      "Thực hiện Kế hoạch số 11-KH/ĐU ngày 30/01/2026 của Đảng ủy.\n"
      "Quán triệt Kế hoạch số 11-KH/ĐU đến công chức.\n");
  ASSERT_EQ(r.references.size(), 1u);
  EXPECT_EQ(r.references[0].date.Iso(), "2026-01-30");
  EXPECT_EQ(r.references[0].mentions, 2u);
}

// A page saved from a legal website: the site's record before the document
// and its caption, labels and footer after it cite numbers that are not the
// document's references.
TEST(ReferenceTest, SiteChromeAroundTheDocumentCitesNothing) {
  const DocumentRecord r = Extract(
      "Số hiệu: 12/KH-UBND\nLoại văn bản: Kế hoạch\nNgười ký: Nguyễn Văn An\n"
      "Tin liên quan: Nghị định 99/2024/NĐ-CP về bảo vệ dữ liệu\n\n"
      "ỦY BAN NHÂN DÂN TỈNH LÀO CAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Số: 12/KH-UBND | Lào Cai, ngày 05 tháng 3 năm 2025\n\nKẾ HOẠCH\nThực hiện Nghị quyết số "
      "57-NQ/TW ngày 22/12/2024 của Bộ Chính trị\n\n1. Sở Tài chính chủ trì.\n\n"
      "Kế hoạch 12/KH-UBND năm 2025 thực hiện Nghị quyết 57\nBan hành:\n05/03/2025\n"
      "Hiệu lực:\nĐã biết\nTình trạng:\nĐã biết\n"
      "Công ty giữ bản quyền theo Nghị định 13/2023/NĐ-CP, Mã số thuế: 0315459414\n");
  EXPECT_NE(FindRef(r, "57-NQ/TW"), nullptr);
  EXPECT_EQ(FindRef(r, "13/2023/NĐ-CP"), nullptr);
  EXPECT_EQ(FindRef(r, "99/2024/NĐ-CP"), nullptr);
}

TEST(ReferenceTest, OneLetterTyposBecomeAliases) {
  const DocumentRecord r = Extract(
      "theo Thông tư số 23/2025/TT-BKHCN ngày 20/10/2025; Thông tư số 23/2025/TT-BKHCN; "
      "hướng dẫn tại Thông tư số 23/2025/TT-BKHHCN.\n");
  ASSERT_EQ(r.references.size(), 1u);
  EXPECT_EQ(r.references[0].code.canonical, "23/2025/TT-BKHCN");
  EXPECT_EQ(r.references[0].aliases, std::vector<std::string>{"23/2025/TT-BKHHCN"});
  EXPECT_TRUE(std::any_of(r.repairs.begin(), r.repairs.end(),
                          [](const Repair& rep) { return rep.kind == "number-typo"; }));
}

TEST(ReferenceTest, NumberWithoutYearJoinsTheOneWithYear) {
  const DocumentRecord r = Extract(
      "Nghị định số 366/2025/NĐ-CP ngày 31/12/2025; tuy nhiên Nghị định số 366/NĐ-CP lại giới "
      "hạn.\n");
  ASSERT_EQ(r.references.size(), 1u);
  EXPECT_EQ(r.references[0].code.canonical, "366/2025/NĐ-CP");
}

TEST(ReferenceTest, LookalikeAndCaseVariantsAreOneDocument) {
  const DocumentRecord r = Extract(
      "Chỉ thị số 14/CT-TTg ngày 07/6/2019; Chỉ thị số 14/CT-TTG; Thông báo số 17-TB/CQTТBCĐ và "
      "Thông báo số 17-TB/CQTTBCĐ.\n");
  EXPECT_EQ(r.references.size(), 2u);
}

// --- relations -----------------------------------------------------------

TEST(RelationTest, TitleAndPreambleImplementationsAreTheDocumentsOwn) {
  const DocumentRecord r = Extract(
      "KẾ HOẠCH\n"
      "thực hiện Chương trình số 20-CTr/TU ngày 25/3/2026 của Ban Chấp hành Đảng bộ tỉnh\n"
      "Thực hiện Kế hoạch số 128/KH-UBND ngày 21/4/2026 của UBND tỉnh về việc thực hiện "
      "Chương trình số 20-CTr/TU ngày 25/3/2026. Thanh tra tỉnh xây dựng Kế hoạch như sau:\n"
      "I. MỤC ĐÍCH\n"
      "- Triển khai thực hiện Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành.\n");
  EXPECT_TRUE(HasEdge(r, "self", "20-CTr/TU", Relation::kImplements));
  EXPECT_TRUE(HasEdge(r, "self", "128/KH-UBND", Relation::kImplements));
  EXPECT_TRUE(HasEdge(r, "128/KH-UBND", "20-CTr/TU", Relation::kImplements));
  // in the body, "Triển khai X" is a task, not the document's relation
  EXPECT_FALSE(HasEdge(r, "self", "45-NQ/TW", Relation::kImplements));
  EXPECT_EQ(TypedEdges(r), 3u);
}

TEST(RelationTest, PreambleListDistributesTheCue) {
  const DocumentRecord r = Extract(
      "KẾ HOẠCH\nTRIỂN KHAI NGHỊ QUYẾT\n"
      "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Nghị quyết số 03/NQ-CP "
      "ngày 09/01/2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị "
      "quyết số 57-NQ/TW; Kế hoạch hành động số 188-KH/TU ngày 28/4/2025 của Tỉnh ủy Triển khai "
      "thực hiện Nghị quyết số 57-NQ/TW.\n"
      "I. MỤC ĐÍCH\n");
  for (const char* code : {"57-NQ/TW", "03/NQ-CP", "188-KH/TU"}) {
    EXPECT_TRUE(HasEdge(r, "self", code, Relation::kImplements)) << code;
  }
  EXPECT_TRUE(HasEdge(r, "03/NQ-CP", "57-NQ/TW", Relation::kImplements));
  EXPECT_TRUE(HasEdge(r, "188-KH/TU", "57-NQ/TW", Relation::kImplements));
}

TEST(RelationTest, CoordinatedSubjectsAndObjects) {
  const DocumentRecord r = Extract(
      "I. MỤC ĐÍCH\n"
      "- Triển khai các Nghị quyết số 71/NQ-CP ngày 01/4/2025 và Nghị quyết số 11/NQ CP ngày "
      "14/01/2026 của Chính phủ về ban hành Chương trình hành động thực hiện Nghị quyết số "
      "57-NQ/TW.\n"
      "- UBND tỉnh ban hành Kế hoạch số 39/KH-UBND ngày 06/02/2026 về thực hiện Thông báo số "
      "17-TB/BCĐTW ngày 29/12/2025 của Ban Chỉ đạo về phát triển khoa học, công nghệ, Nghị quyết "
      "số 05/NQ-CP ngày 14/01/2026 của Chính phủ và Kế hoạch số 13-KH/TU ngày 08/01/2026.\n");
  EXPECT_TRUE(HasEdge(r, "71/NQ-CP", "57-NQ/TW", Relation::kImplements));
  EXPECT_TRUE(HasEdge(r, "11/NQ-CP", "57-NQ/TW", Relation::kImplements));
  for (const char* code : {"17-TB/BCĐTW", "05/NQ-CP", "13-KH/TU"}) {
    EXPECT_TRUE(HasEdge(r, "39/KH-UBND", code, Relation::kImplements)) << code;
  }
}

TEST(RelationTest, ChainOfImplementations) {
  const DocumentRecord r = Extract(
      "I. NỘI DUNG\n"
      "b) Thực hiện các nhiệm vụ theo Kế hoạch số 371/KH-UBND của UBND tỉnh ngày 22/8/2024 triển "
      "khai thực hiện Chương trình hành động số 72-CTr/TU ngày 19/4/2024 của Tỉnh ủy thực hiện "
      "Nghị quyết số 45-NQ/TW của Ban Chấp hành Trung ương.\n");
  EXPECT_TRUE(HasEdge(r, "371/KH-UBND", "72-CTr/TU", Relation::kImplements));
  EXPECT_TRUE(HasEdge(r, "72-CTr/TU", "45-NQ/TW", Relation::kImplements));
  EXPECT_FALSE(HasEdge(r, "371/KH-UBND", "45-NQ/TW", Relation::kImplements));
}

TEST(RelationTest, ReplacesAmendsRepealsGuidesBasedOn) {
  const DocumentRecord r = Extract(
      "QUYẾT ĐỊNH\nVề việc ban hành quy chế\n"
      "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
      "I. NỘI DUNG\n"
      "Nghị định số 45/2026/NĐ-CP ngày 26/01/2026 Quy định quản lý đầu tư (có hiệu lực từ ngày "
      "01/3/2026 và thay thế Nghị định số 73/2019/NĐ-CP ngày 05/9/2019).\n"
      "Nghị định số 367/2025/NĐ-CP ngày 31/12/2025 sửa đổi, bổ sung một số điều của Nghị định số "
      "118/2025/NĐ-CP.\n"
      "Quyết định số 99/2025/QĐ-UBND ngày 12/9/2025 bãi bỏ Quyết định số 12/2021/QĐ-UBND.\n"
      "Thông tư số 08/2025/TT-BTC ngày 01/3/2025 hướng dẫn thi hành Nghị định số 45/2026/NĐ-CP.\n"
      "Quyết định này thay thế cho Quyết định số 92/QĐ-UBND ngày 14/02/2025 của UBND tỉnh.\n");
  EXPECT_TRUE(HasEdge(r, "self", "72/2025/QH15", Relation::kBasedOn));
  EXPECT_TRUE(HasEdge(r, "45/2026/NĐ-CP", "73/2019/NĐ-CP", Relation::kReplaces));
  EXPECT_TRUE(HasEdge(r, "367/2025/NĐ-CP", "118/2025/NĐ-CP", Relation::kAmends));
  EXPECT_TRUE(HasEdge(r, "99/2025/QĐ-UBND", "12/2021/QĐ-UBND", Relation::kRepeals));
  EXPECT_TRUE(HasEdge(r, "self", "92/QĐ-UBND", Relation::kReplaces));
  // a guidance dated before the decree it would guide is a misreading
  EXPECT_FALSE(HasEdge(r, "08/2025/TT-BTC", "45/2026/NĐ-CP", Relation::kGuides));
}

TEST(RelationTest, GuidesWhenDatesAllow) {
  const DocumentRecord r = Extract(
      "I. NỘI DUNG\nThông tư số 08/2026/TT-BTC ngày 01/3/2026 hướng dẫn thi hành Nghị định số "
      "45/2026/NĐ-CP ngày 26/01/2026.\n");
  EXPECT_TRUE(HasEdge(r, "08/2026/TT-BTC", "45/2026/NĐ-CP", Relation::kGuides));
}

TEST(RelationTest, DraftReplacementIsNotAReplacement) {
  const DocumentRecord r = Extract(
      "I. KẾT QUẢ\nChỉ đạo Sở xây dựng: dự thảo Kế hoạch thay thế Kế hoạch số 39/KH-UBND, yêu cầu "
      "bổ sung.\n");
  EXPECT_EQ(TypedEdges(r), 0u);
}

TEST(RelationTest, SentenceMovingToAnotherSubjectBreaksTheLink) {
  const DocumentRecord r = Extract(
      "I. KẾT QUẢ\nThực hiện chỉ đạo về triển khai Luật Chuyển đổi số số 148/2025/QH15 (có hiệu "
      "lực từ ngày 01/7/2026), UBND tỉnh đã giao Sở chủ trì, tham mưu văn bản của Chủ tịch UBND "
      "tỉnh triển khai Quyết định số 268/QĐ-TTg ngày 12/02/2026.\n");
  EXPECT_FALSE(HasEdge(r, "148/2025/QH15", "268/QĐ-TTg", Relation::kImplements));
}

TEST(RelationTest, AtTheSameTimeKeepsTheSubject) {
  const DocumentRecord r = Extract(
      "I. KẾT QUẢ\nNghị quyết số 41/NQ-CP ngày 20/3/2025 của Chính phủ ban hành Chương trình hành "
      "động thực hiện Nghị quyết số 24-NQ/TW, đồng thời sửa đổi, bổ sung Nghị quyết số 18/NQ-CP "
      "ngày 10/02/2024.\n");
  EXPECT_TRUE(HasEdge(r, "41/NQ-CP", "24-NQ/TW", Relation::kImplements));
  EXPECT_TRUE(HasEdge(r, "41/NQ-CP", "18/NQ-CP", Relation::kAmends));
  EXPECT_FALSE(HasEdge(r, "24-NQ/TW", "18/NQ-CP", Relation::kAmends));
}

TEST(RelationTest, AbbreviationNotesAreNotSubjects) {
  const DocumentRecord r = Extract(
      "I. MỤC ĐÍCH\n- Quán triệt Chương trình công tác số 02 CTr/BCĐTW ngày 02/02/2026 (viết tắt "
      "là Chương trình số 02 CTr/BCĐTW); Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ về "
      "ban "
      "hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW (viết tắt là Nghị quyết số "
      "71/NQ-CP).\n");
  EXPECT_TRUE(HasEdge(r, "71/NQ-CP", "57-NQ/TW", Relation::kImplements));
  EXPECT_EQ(TypedEdges(r), 1u);
}

TEST(RelationTest, EveryOtherReferenceIsCited) {
  const DocumentRecord r = Extract("I. NỘI DUNG\nTheo Chỉ thị số 14/CT-TTg ngày 07/6/2019.\n");
  EXPECT_TRUE(HasEdge(r, "self", "14/CT-TTg", Relation::kCites));
  ASSERT_FALSE(r.edges.empty());
  EXPECT_FALSE(r.edges[0].evidence.empty());
}

TEST(RelationTest, ReportsDoNotImplementWhatTheyReportOn) {
  const DocumentRecord r = Extract(
      "BÁO CÁO\nKết quả quý III\nThực hiện Nghị quyết số 24-NQ/TW ngày 15/01/2025, UBND tỉnh báo "
      "cáo như sau:\nI. KẾT QUẢ\n");
  EXPECT_EQ(TypedEdges(r), 0u);
}

// --- the document itself -------------------------------------------------

TEST(IdentityTest, HeaderTitleIssuerSigner) {
  const DocumentRecord r = Extract(
      "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 128/KH-UBND\nBắc Ninh, ngày 21 tháng 4 năm 2026\n"
      "KẾ HOẠCH\n"
      "**Thực hiện Chương trình số 20-CTr/TU ngày 25/3/2026 của Ban Chấp hành Đảng bộ tỉnh về "
      "đột phá**\n"
      "Thực hiện Chương trình số 20-CTr/TU, UBND tỉnh ban hành Kế hoạch thực hiện như sau:\n"
      "I. MỤC ĐÍCH\nNội dung.\n"
      "Nơi nhận:\n- Văn phòng Chính phủ (b/c);\n- Lưu: VT.\n"
      "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNgô Tân Phượng\n");
  const DocumentIdentity& d = r.document;
  EXPECT_EQ(d.type, "KH");
  ASSERT_TRUE(d.code.has_value());
  EXPECT_EQ(d.code->canonical, "128/KH-UBND");
  EXPECT_EQ(d.issued.Iso(), "2026-04-21");
  EXPECT_EQ(d.place, "Bắc Ninh");
  EXPECT_EQ(d.title.rfind("Thực hiện Chương trình số 20-CTr/TU", 0), 0u);
  EXPECT_EQ(d.issuer, "Ủy ban nhân dân tỉnh Bắc Ninh");  // the full name, as the header writes it
  EXPECT_EQ(d.signer.name, "Ngô Tân Phượng");
  EXPECT_EQ(d.signer.title, "Phó chủ tịch");
  EXPECT_EQ(d.recipients.size(), 2u);
  EXPECT_TRUE(HasEdge(r, "self", "20-CTr/TU", Relation::kImplements));
}

TEST(IdentityTest, BlankNumberAndPartialDate) {
  const DocumentRecord r = Extract(
      "Số: /KH-TTr.VP\nBắc Ninh, ngày tháng 4 năm 2026\n## KẾ HOẠCH\n**thực hiện Chương trình**\n"
      "Thực hiện Kế hoạch số 128/KH-UBND. Thanh tra tỉnh xây dựng Kế hoạch triển khai:\n"
      "I. MỤC ĐÍCH\n");
  EXPECT_FALSE(r.document.code.has_value());
  EXPECT_EQ(r.document.code_partial, "/KH-TTr.VP");
  EXPECT_EQ(r.document.issued.Iso(), "2026-04");
  EXPECT_EQ(r.document.issuer, "Thanh tra tỉnh");
}

TEST(IdentityTest, NumberOnlyInAppendixHeaderIsTheDocumentsOwn) {
  const DocumentRecord r = Extract(
      " KẾ HOẠCH\nTRIỂN KHAI NGHỊ QUYẾT SỐ 57-NQ/TW\nUBND tỉnh ban hành Kế hoạch như sau:\n"
      "I. MỤC ĐÍCH\nNội dung.\nPHỤ LỤC 1\nCHỈ TIÊU\n"
      "(Ban hành kèm theo Kế hoạch số 344/KH-UBND ngày 30/5/2025 của UBND tỉnh Bắc Ninh)\n");
  ASSERT_TRUE(r.document.code.has_value());
  EXPECT_EQ(r.document.code->canonical, "344/KH-UBND");
  EXPECT_EQ(r.document.issued.Iso(), "2025-05-30");
  EXPECT_EQ(FindRef(r, "344/KH-UBND"), nullptr);  // its own number is not a reference
  EXPECT_EQ(r.document.title, "Triển khai nghị quyết số 57-NQ/TW");  // codes keep their case
}

TEST(IdentityTest, PartyResolutionIssuerLine) {
  const DocumentRecord r = Extract(
      "Số 24-NQ/TW\nHà Nội, ngày 15 tháng 01 năm 2025\nNGHỊ QUYẾT\nCỦA BỘ CHÍNH TRỊ\n"
      "về phát triển nông nghiệp số\nI. TÌNH HÌNH\n");
  EXPECT_EQ(r.document.issuer, "Bộ Chính trị");
  EXPECT_EQ(r.document.title, "về phát triển nông nghiệp số");
  EXPECT_EQ(r.document.code->canonical, "24-NQ/TW");
}

TEST(ExtractorTest, NeverFailsOnOddInput) {
  for (const char* text : {"", "\n\n", "Số:", "KẾ HOẠCH", "Nơi nhận:", "TM.", "(", "số 1/",
                           "Thực hiện thực hiện thực hiện", "Số: 12/KH-UBND\nSố: 13/KH-UBND"}) {
    const DocumentRecord r = Extract(text);
    EXPECT_EQ(r.source, "test.txt");
  }
}

}  // namespace
}  // namespace vanban::extractor
