// Rule 5: Markdown and LaTeX residue leaves the text and stays as hints.
#include <gtest/gtest.h>

#include "test_util.h"

namespace vanban::normalizer {
namespace {

using vanban::testing::Fixture;
using vanban::testing::Normalize;
using vanban::testing::NormalizedString;

const LineHint* LineStarting(const NormalizedText& t, std::string_view prefix) {
  for (const LineHint& l : t.lines) {
    if (t.text.compare(l.begin, prefix.size(), prefix) == 0) return &l;
  }
  return nullptr;
}

TEST(MarkupTest, HeadingMarksBecomeLevels) {
  const NormalizedText t = Normalize("## KẾ HOẠCH\n### I. MỤC ĐÍCH\nThân bài\n");
  EXPECT_EQ(t.text, "KẾ HOẠCH\nI. MỤC ĐÍCH\nThân bài\n");
  EXPECT_EQ(t.lines[0].heading_level, 2);
  EXPECT_EQ(t.lines[1].heading_level, 3);
  EXPECT_EQ(t.lines[2].heading_level, 0);
}

TEST(MarkupTest, BoldLineIsRemovedAndHinted) {
  const NormalizedText t = Normalize("#### **4. Tham mưu thành lập Quỹ**\n");
  EXPECT_EQ(t.text, "4. Tham mưu thành lập Quỹ\n");
  EXPECT_EQ(t.lines[0].heading_level, 4);
  EXPECT_TRUE(t.lines[0].bold);
}

TEST(MarkupTest, BoldPrefixOnly) {
  const NormalizedText t = Normalize("**1.** Căn cứ Kế hoạch này\n");
  EXPECT_EQ(t.text, "1. Căn cứ Kế hoạch này\n");
  EXPECT_FALSE(t.lines[0].bold);
  EXPECT_TRUE(t.lines[0].starts_bold);
}

TEST(MarkupTest, ItalicAndBoldItalic) {
  const NormalizedText t = Normalize("***Nơi nhận:***\n##### *5.1. Đẩy mạnh*\n");
  EXPECT_EQ(t.text, "Nơi nhận:\n5.1. Đẩy mạnh\n");
  EXPECT_TRUE(t.lines[0].bold);
  EXPECT_TRUE(t.lines[0].italic);
  EXPECT_TRUE(t.lines[1].italic);
  EXPECT_FALSE(t.lines[1].bold);
}

TEST(MarkupTest, InlineEmphasisInsideParentheses) {
  EXPECT_EQ(NormalizedString("số 02 CTr/BCĐTW (*viết tắt là Chương trình số 02*); tiếp"),
            "số 02 CTr/BCĐTW (viết tắt là Chương trình số 02); tiếp");
}

TEST(MarkupTest, LoneStarMarkingPrimaryLeadStays) {
  EXPECT_EQ(NormalizedString("Sở Tài chính*; Sở Nội vụ"), "Sở Tài chính*; Sở Nội vụ");
  EXPECT_EQ(NormalizedString("Sở A*; Sở B*"), "Sở A*; Sở B*");
}

TEST(MarkupTest, BoldSpanOverTwoLinesOfOneParagraph) {
  const NormalizedText t = Normalize("**KT. CHÁNH THANH TRA  \nPHÓ CHÁNH THANH TRA**\n");
  EXPECT_EQ(t.text, "KT. CHÁNH THANH TRA\nPHÓ CHÁNH THANH TRA\n");
  EXPECT_TRUE(t.lines[0].bold);
  EXPECT_TRUE(t.lines[1].bold);
}

TEST(MarkupTest, StarBulletsBecomeDashes) {
  EXPECT_EQ(NormalizedString("* Về nền tảng số\n"), "- Về nền tảng số\n");
  // the seeds' "* **Về ...:**" with the space lost
  EXPECT_EQ(NormalizedString("*** Về phát triển hạ tầng số:** UBND tỉnh đã ban hành\n"),
            "- Về phát triển hạ tầng số: UBND tỉnh đã ban hành\n");
}

TEST(MarkupTest, RuleLineIsRemovedAndMarksNextLine) {
  const NormalizedText t = Normalize("GIÁM ĐỐC\n---\nNguyễn Văn Dũng\n");
  EXPECT_EQ(t.text, "GIÁM ĐỐC\n\nNguyễn Văn Dũng\n");
  EXPECT_TRUE(t.lines[2].after_rule);
  EXPECT_FALSE(t.lines[0].after_rule);
}

TEST(MarkupTest, LatexFormulaBecomesText) {
  EXPECT_EQ(NormalizedString("tổng chi ngân sách $\\geq 2\\%$"), "tổng chi ngân sách ≥ 2%");
  EXPECT_EQ(NormalizedString("$x \\leq 10^{3}$ và $\\text{tỷ lệ} \\times 2$"),
            "x ≤ 103 và tỷ lệ × 2");
  EXPECT_EQ(NormalizedString("giá $5 và $10"), "giá $5 và $10");  // money, not LaTeX
}

TEST(MarkupTest, FixtureKeepsHintsAndText) {
  const NormalizedText t = Normalize(Fixture("markdown_plan.md"));
  const LineHint* title = LineStarting(t, "Thực hiện Kế hoạch số 45/KH-UBND");
  ASSERT_NE(title, nullptr);
  EXPECT_TRUE(title->bold);
  const LineHint* heading = LineStarting(t, "KẾ HOẠCH");
  ASSERT_NE(heading, nullptr);
  EXPECT_EQ(heading->heading_level, 2);
  EXPECT_NE(t.text.find("Tỷ lệ hồ sơ xử lý trực tuyến ≥ 90%"), std::string::npos);
  EXPECT_NE(t.text.find("Sở Tài chính*; Sở Nội vụ"), std::string::npos);
  EXPECT_EQ(t.text.find("**"), std::string::npos);
  const LineHint* signer = LineStarting(t, "Trần Văn Hòa");
  ASSERT_NE(signer, nullptr);
  EXPECT_TRUE(signer->after_rule);
}

}  // namespace
}  // namespace vanban::normalizer
