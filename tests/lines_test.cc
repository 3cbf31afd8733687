// Rules 8-9: page breaks and footnotes.
#include <gtest/gtest.h>

#include "test_util.h"

namespace vanban::normalizer {
namespace {

using vanban::testing::Fixture;
using vanban::testing::Normalize;
using vanban::testing::NormalizedString;

TEST(PageBreakTest, MidSentenceParagraphIsRejoined) {
  const NormalizedText t = Normalize("chủ động kiến\n\nngợi cấp trên chỉ đạo.\n");
  EXPECT_EQ(t.text, "chủ động kiến ngợi cấp trên chỉ đạo.\n");
  EXPECT_EQ(t.stats.joined_paragraphs, 1u);
}

TEST(PageBreakTest, FixtureJoinsOnlyRealBreaks) {
  const std::string text = NormalizedString(Fixture("page_break.txt"));
  EXPECT_NE(text.find("chủ động kiến ngợi cấp trên"), std::string::npos);
  EXPECT_NE(text.find("giai đoạn 2026 - 2030. Phân đấu"), std::string::npos);
  // list items and headings are not continuations
  EXPECT_NE(text.find("ban chỉ đạo\n\nc) Nâng cao"), std::string::npos);
  EXPECT_NE(text.find("KẾ HOẠCH\n\nthực hiện Chương trình"), std::string::npos);
}

TEST(PageBreakTest, ListMarkersAreNotContinuations) {
  struct Case {
    const char* name;
    const char* in;
  };
  const Case cases[] = {
      {"plain", "1. Nội dung, biện pháp\n\na) Tổ chức hội nghị\n"},
      {"dot", "1. Nội dung, biện pháp\n\nđ. Tổ chức hội nghị\n"},
      {"markdown escape", "1. Nội dung, biện pháp\n\na\\) Tổ chức hội nghị\n"},
      {"markdown escaped dot", "1. Nội dung, biện pháp\n\nb\\. Tổ chức hội nghị\n"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(NormalizedString(c.in).find("biện pháp "), std::string::npos) << c.name;
  }
}

TEST(PageBreakTest, FinishedSentencesAndAdjacentLinesStay) {
  EXPECT_EQ(NormalizedString("Câu xong.\n\nmột đoạn khác\n"), "Câu xong.\n\nmột đoạn khác\n");
  EXPECT_EQ(NormalizedString("Tên nhiệm vụ\nthời gian\n"), "Tên nhiệm vụ\nthời gian\n");
}

TEST(FootnoteTest, BodiesLeaveTheFlowAndParagraphRejoins) {
  const NormalizedText t = Normalize(Fixture("footnote_report.txt"));
  ASSERT_EQ(t.footnotes.size(), 4u);
  EXPECT_EQ(t.footnotes[0].number, 1);
  EXPECT_EQ(t.footnotes[0].body, "Số 120/UBND-KGVX ngày 30/12/2025");
  EXPECT_NE(t.text.find("Kế hoạch kiểm tra năm 2026 của Ban Chỉ đạo. Trong đó"), std::string::npos);
  EXPECT_EQ(t.text.find("Số 120/UBND-KGVX"), std::string::npos);
  EXPECT_NE(t.text.find("công tác năm 2026 và"), std::string::npos);  // marker ¹ removed
}

TEST(FootnoteTest, MarkersGluedToNumbersAreRemovedAndRecorded) {
  const NormalizedText t = Normalize(Fixture("footnote_report.txt"));
  EXPECT_NE(t.text.find("chưa thực hiện: 01 nhiệm vụ"), std::string::npos);
  EXPECT_NE(t.text.find("đã hoàn thành: 07 chỉ tiêu"), std::string::npos);
  ASSERT_EQ(t.markers.size(), 4u);
  EXPECT_EQ(t.markers[2].number, 3);
  EXPECT_EQ(t.text.substr(t.markers[2].anchor - 2, 2), "01");
  // each footnote links to the place of its marker
  EXPECT_EQ(t.footnotes[2].anchor, t.markers[2].anchor);
}

TEST(FootnoteTest, SuperscriptWithoutBodyIsNotAMarker) {
  const NormalizedText t = Normalize(Fixture("footnote_report.txt"));
  EXPECT_NE(t.text.find("200 m² không"), std::string::npos);
}

TEST(FootnoteTest, BracketMarkerInTableHeader) {
  const NormalizedText t = Normalize(Fixture("table_footnote.txt"));
  ASSERT_EQ(t.footnotes.size(), 1u);
  EXPECT_EQ(t.footnotes[0].body, "Số thứ tự theo Nghị quyết số 71/NQ-CP");
  EXPECT_NE(t.text.find("\nTT\nTên nhiệm vụ"), std::string::npos);
  ASSERT_EQ(t.markers.size(), 1u);
}

TEST(FootnoteTest, SourceSpanPointsAtTheFootnoteLine) {
  const std::string src = Fixture("footnote_report.txt");
  const NormalizedText t = Normalize(src);
  const Span s = t.footnotes[1].source;
  EXPECT_EQ(src.substr(s.begin, s.end - s.begin), "² Kế hoạch số 15/KH-UBND ngày 05/01/2026");
}

// A document number wrapped after its hyphen keeps both the hyphen and the
// line break: the normalizer never joins hard-wrapped lines (the extractor
// reads "BKHCN-\nVCL" as one number), so a line-end hyphen is never lost,
// in a number or in a word. Each byte of it still maps to its source byte.
TEST(LineEndHyphenTest, KeptInNumbersAndWords) {
  struct Case {
    const char* name;
    const char* text;
  };
  const Case cases[] = {
      {"official letter number", "Văn bản số 562/BKHCN-\nVCL hướng dẫn.\n"},
      {"issuer with Đ", "Văn bản số 687/BKHCN-\nCĐSQG ngày 7/4/2025.\n"},
      {"ministry unit", "Công văn số 851/BNV-\nCVT ngày 01/4/2025.\n"},
      {"police unit", "Tờ trình số 02/TTr-CAT-\nANCTNB ngày 03/02/2023.\n"},
      {"indented continuation", "số 25/NQ-\n     QH15 của Quốc hội\n"},
      {"a word", "công tác thông tin-\nliên lạc.\n"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string in = c.text;
    const NormalizedText t = Normalize(in);
    const size_t hyphen = t.text.find("-\n");
    ASSERT_NE(hyphen, std::string::npos) << t.text;
    EXPECT_EQ(in.substr(t.map.ToSourceBegin(hyphen), 2), "-\n");
    EXPECT_TRUE(t.map.IsValid());
  }
}

}  // namespace
}  // namespace vanban::normalizer
