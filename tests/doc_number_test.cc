// Document numbers: every form in the seeds, the repairs, and the things
// that look like numbers but are not.
#include "doc_number.h"

#include <gtest/gtest.h>

#include "patterns.h"
#include "vanban/extractor.h"

namespace vanban::extractor::internal {
namespace {

const Patterns& ThePatterns() {
  static const Patterns p;
  return p;
}

std::vector<std::string> Codes(std::string_view text) {
  std::vector<std::string> out;
  for (const NumberMatch& m : FindNumbers(ThePatterns(), text)) out.push_back(m.code.canonical);
  return out;
}

TEST(PatternSpecTest, EveryPatternCompilesAndMatchesItsExamples) {
  for (const PatternSpec& spec : PatternSpecs()) {
    SCOPED_TRACE(std::string(spec.name));
    const RE2 re(std::string(spec.regex));
    ASSERT_TRUE(re.ok()) << re.error();
    for (std::string_view yes : spec.must_match) {
      EXPECT_TRUE(RE2::PartialMatch(re2::StringPiece(yes.data(), yes.size()), re)) << yes;
    }
  }
}

TEST(PatternSpecTest, NumberPatternRejectsItsCounterExamples) {
  for (const PatternSpec& spec : PatternSpecs()) {
    if (spec.name != "number") continue;
    for (std::string_view no : spec.must_not_match) EXPECT_TRUE(Codes(no).empty()) << no;
  }
}

struct Form {
  const char* text;
  const char* canonical;
  const char* type;
  const char* issuer;
  int year;
};

TEST(DocNumberTest, EveryFormOfTheSeeds) {
  const Form forms[] = {
      {"57-NQ/TW", "57-NQ/TW", "NQ", "TW", 0},
      {"128/KH-UBND", "128/KH-UBND", "KH", "UBND", 0},
      {"45/2026/NĐ-CP", "45/2026/NĐ-CP", "NĐ", "CP", 2026},
      {"193/2025/QH15", "193/2025/QH15", "QH", "QH15", 2025},
      {"3553/UBND-THĐT", "3553/UBND-THĐT", "", "UBND", 0},
      {"1225/SKH-CN-CĐS", "1225/SKH-CN-CĐS", "", "SKH", 0},
      {"17-TB/CQTTBCĐ", "17-TB/CQTTBCĐ", "TB", "CQTTBCĐ", 0},
      {"01-KH-UBND-VIETTEL", "01-KH-UBND-VIETTEL", "KH", "UBND-VIETTEL", 0},
      {"99/2025/QĐ-UBND", "99/2025/QĐ-UBND", "QĐ", "UBND", 2025},
      {"2355/KH-BGD&ĐT", "2355/KH-BGD&ĐT", "KH", "BGD&ĐT", 0},
      {"309/PV01-CNTT", "309/PV01-CNTT", "", "PV01", 0},
      {"1161/KH-CAT-PV01", "1161/KH-CAT-PV01", "KH", "CAT-PV01", 0},
  };
  for (const Form& f : forms) {
    SCOPED_TRACE(f.text);
    const std::vector<NumberMatch> found = FindNumbers(ThePatterns(), f.text);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].code.canonical, f.canonical);
    EXPECT_EQ(found[0].code.type, f.type);
    EXPECT_EQ(found[0].code.issuer, f.issuer);
    EXPECT_EQ(found[0].code.year, f.year);
    EXPECT_FALSE(found[0].repaired);
  }
}

TEST(DocNumberTest, MalformedSpacingIsRepaired) {
  const std::pair<const char*, const char*> cases[] = {
      {"Chương trình số 02 CTr/BCĐTW ngày", "02-CTr/BCĐTW"},
      {"Nghị quyết số 11/NQ CP ngày", "11/NQ-CP"},
      {"Nghị quyết số 57- NQ/TW ngày", "57-NQ/TW"},
      {"theo Thông tư số 23/2025/TTBKHHCN của Bộ", "23/2025/TT-BKHHCN"},
      {"Kế hoạch số   371/KH-UBND", "371/KH-UBND"},
  };
  for (const auto& [text, canonical] : cases) {
    SCOPED_TRACE(text);
    const std::vector<NumberMatch> found = FindNumbers(ThePatterns(), text);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].code.canonical, canonical);
  }
  EXPECT_TRUE(FindNumbers(ThePatterns(), "số 11/NQ CP ngày")[0].repaired);
}

// Forms met in real documents beyond the seeds: what was read, the code
// concluded, and the repair kind recorded ("" when the form is regular).
TEST(DocNumberTest, FormsAndRepairsOfTheWild) {
  struct Case {
    const char* text;
    const char* canonical;
    const char* repair;
  };
  const Case cases[] = {
      {"Nghị quyết số 1211/2016/UBTVQH13 ngày", "1211/2016/UBTVQH13", ""},
      {"Nghị quyết số 60/2024/UBTVQH15 ngày", "60/2024/UBTVQH15", ""},
      {"Quyết định số 2074a/QĐ-TTTT ngày", "2074a/QĐ-TTTT", ""},
      {"Quyết định số 118/TTg ngày 27/02/1996", "118/TTg", ""},
      {"Nghị định số 64/CP.", "64/CP", ""},
      {"Nghị định số 78/2021/NĐ -CP ngày", "78/2021/NĐ-CP", "number-spacing"},
      {"Văn bản số 5973 /UBND-KT ngày", "5973/UBND-KT", "number-spacing"},
      {"Chương trình số 10- CTr/TU ngày", "10-CTr/TU", "number-spacing"},
      {"Nghị quyết số 10-\n\nNQ/TW ngày", "10-NQ/TW", "number-spacing"},
      {"Nghị định số 118/2025/NĐ-  CP ngày", "118/2025/NĐ-CP", "number-spacing"},
      {"Nghị quyết số 1O/NQ-CP ngày", "10/NQ-CP", "number-form"},
      {"Nghị quyết số 2l/2O25/NQ-CP ngày", "21/2025/NQ-CP", "number-form"},
      {"Nghị định số 45/2026/NÐ-CP ngày", "45/2026/NĐ-CP", "number-form"},
      {"Quyết định số 3210/QĐ - U B ND ngày", "3210/QĐ-UBND", "number-form"},
      {"Tờ trình số 02/TTr-CAT- ANCTNB ngày", "02/TTr-CAT-ANCTNB", "number-form"},
      {"Tờ trình số 02/TTr-CAT-\nANCTNB ngày", "02/TTr-CAT-ANCTNB", "number-form"},
      {"Pháp lệnh số 26/2005/PLUBTVQH11 ngày", "26/2005/PL-UBTVQH11", "number-form"},
      {"Quyết định số 1968/Q\nĐ-TTg ngày", "1968/QĐ-TTg", "number-split"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const std::vector<NumberMatch> found = FindNumbers(ThePatterns(), c.text);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].code.canonical, c.canonical);
    EXPECT_EQ(found[0].repaired, *c.repair != '\0');
    if (*c.repair) {
      EXPECT_STREQ(found[0].repair_kind, c.repair);
    }
  }
}

// A line break that cuts no number joins nothing: a code at the end of a
// line followed by a capitalised word, a number and a heading.
TEST(DocNumberTest, LineBreaksJoinOnlyCutNumbers) {
  EXPECT_EQ(Codes("Kế hoạch số 12/KH-UBND\nSở Tài chính chủ trì"),
            std::vector<std::string>{"12/KH-UBND"});
  EXPECT_TRUE(Codes("đạt 12/34\nĐơn vị").empty());
  EXPECT_TRUE(Codes("Quý 2/\nQUYẾT ĐỊNH").empty());
  EXPECT_TRUE(Codes("Đề án số 06/CP về dân cư").empty());
  EXPECT_TRUE(Codes("tiêu chuẩn TCVN 14423:2025; bụi 50 mg/Nm3; 2 kg CO2/m3").empty());
}

TEST(DocNumberTest, CaseVariantsAndLeadingZerosShareOneKey) {
  EXPECT_EQ(Codes("14/CT-TTG")[0], "14/CT-TTg");
  EXPECT_EQ(CodeKey("14/CT-TTg"), CodeKey("14/CT-TTG"));
  EXPECT_EQ(CodeKey("02-CTr/BCĐTW"), CodeKey("2-CTR/BCĐTW"));
  EXPECT_EQ(CodeKey("007/KH-UBND"), "7/KH-UBND");
}

TEST(DocNumberTest, FalsePositiveClasses) {
  for (const char* text :
       {"giai đoạn 2021-2030", "giai đoạn 2026 - 2030", "ngày 25/3/2026", "09/34 địa phương",
        "đạt 19.52/20 điểm", "56/54 bệnh viện", "tốc độ trên 01 Gbps", "04 Ban Quản lý",
        "tỷ lệ 45%", "52.924 triệu đồng", "Quý II/2026", "Số: /KH-TTr.VP", "1.453.856 hồ sơ",
        "12/UBND TỈNH", "các mục số 2,3,4,5,10,11,14 tại mục số 2"}) {
    EXPECT_TRUE(Codes(text).empty())
        << text << " -> " << (Codes(text).empty() ? "" : Codes(text)[0]);
  }
}

TEST(DocNumberTest, SeveralNumbersInOneSentence) {
  EXPECT_EQ(
      Codes("Nghị quyết số 71/NQ-CP ngày 01/4/2025 và Nghị quyết số 11/NQ CP ngày 14/01/2026"),
      (std::vector<std::string>{"71/NQ-CP", "11/NQ-CP"}));
}

TEST(ParseDocumentCodeTest, PublicEntryPoint) {
  ASSERT_TRUE(ParseDocumentCode("57- NQ/TW").has_value());
  EXPECT_EQ(ParseDocumentCode("57- NQ/TW")->canonical, "57-NQ/TW");
  EXPECT_FALSE(ParseDocumentCode("2021-2030").has_value());
  EXPECT_FALSE(ParseDocumentCode("xem 57-NQ/TW").has_value());
}

}  // namespace
}  // namespace vanban::extractor::internal
