// Rules 1-4 end to end: NFC, look-alikes, white space, punctuation.
#include "vanban/normalizer.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace vanban::normalizer {
namespace {

using vanban::testing::Fixture;
using vanban::testing::Normalize;
using vanban::testing::NormalizedString;

TEST(NfcTest, ComposesDecomposedWords) {
  // "Kế hoạch" as the seeds have it: e + U+0302 + U+0301.
  const std::string nfd =
      "Ke\xCC\x82\xCC\x81 hoa\xCC\xA3"
      "ch";
  const NormalizedText t = Normalize(nfd);
  EXPECT_EQ(t.text, "Kế hoạch");
  EXPECT_GT(t.stats.nfc_changes, 0u);
  // "ế" maps back to all five source bytes it was built from.
  EXPECT_EQ(t.map.ToSource(Span{1, 4}), (Span{1, 6}));
}

TEST(NfcTest, AlreadyNfcTextIsUntouched) {
  const NormalizedText t = Normalize("Kế hoạch số 128/KH-UBND");
  EXPECT_EQ(t.text, "Kế hoạch số 128/KH-UBND");
  EXPECT_EQ(t.stats.nfc_changes, 0u);
}

TEST(NfcTest, FixtureWithNfdWords) {
  const std::string text = NormalizedString(Fixture("nfd_words.txt"));
  EXPECT_EQ(text.substr(0, text.find('\n')), "Kế hoạch chuyển đổi số của Ủy ban nhân dân tỉnh");
}

TEST(LookalikeTest, CyrillicInsideLatinCodeBecomesLatin) {
  EXPECT_EQ(NormalizedString("số 17-TB/CQTТBCĐ ngày"), "số 17-TB/CQTTBCĐ ngày");  // Т U+0422
  EXPECT_EQ(NormalizedString("Tờ trình số 137/TTr-SKHСN"), "Tờ trình số 137/TTr-SKHCN");  // С
  EXPECT_EQ(NormalizedString("Κế hoạch"), "Kế hoạch");  // Greek Kappa
}

TEST(LookalikeTest, RealCyrillicWordsStay) {
  EXPECT_EQ(NormalizedString("Москва và СССР"), "Москва và СССР");
}

TEST(LookalikeTest, FixtureCountsRepairs) {
  const NormalizedText t = Normalize(Fixture("lookalike.txt"));
  EXPECT_EQ(t.stats.lookalikes, 2u);
  EXPECT_NE(t.text.find("Москва"), std::string::npos);
}

TEST(WhitespaceTest, CollapsesAndConvertsLineEnds) {
  EXPECT_EQ(NormalizedString("a\r\nb\rc\n"), "a\nb\nc\n");
  EXPECT_EQ(NormalizedString("Kế  hoạch\t\tsố\xC2\xA0"
                             "12"),
            "Kế hoạch số 12");
  EXPECT_EQ(NormalizedString("   thụt đầu dòng   \n"), "thụt đầu dòng\n");
}

TEST(WhitespaceTest, ZeroWidthCharactersVanish) {
  EXPECT_EQ(NormalizedString("chuyển\xE2\x80\x8B"
                             "đổi"),
            "chuyểnđổi");
  EXPECT_EQ(NormalizedString("a \xEF\xBB\xBF b"), "a b");
  EXPECT_EQ(NormalizedString("\xEF\xBB\xBFKẾ HOẠCH"), "KẾ HOẠCH");
}

TEST(WhitespaceTest, CrlfFixtureMapsBack) {
  const std::string src = Fixture("crlf_spaces.txt");
  const NormalizedText t = Normalize(src);
  EXPECT_EQ(t.text,
            "KẾ HOẠCH\nThực hiện Kế hoạch số 12/KH-UBND ngày 02/4/2026 - giai đoạn 2026 - 2030\n"
            "Chỉ tiêu \"6 rõ\" ... xong\nHết.\n");
  const size_t at = t.text.find("ngày");
  const Span s = t.map.ToSource(Span{at - 1, at});  // the space that was NBSP
  EXPECT_EQ(src.substr(s.begin, s.end - s.begin), "\xC2\xA0");
}

TEST(PunctuationTest, DashesQuotesEllipsis) {
  EXPECT_EQ(NormalizedString("Phòng Kế hoạch – Tài chính"), "Phòng Kế hoạch - Tài chính");
  EXPECT_EQ(NormalizedString("2026 — 2030 ‐ ‑ ‒ −"), "2026 - 2030 - - - -");
  EXPECT_EQ(NormalizedString("“Bình dân học vụ số” ‘x’"), "\"Bình dân học vụ số\" 'x'");
  EXPECT_EQ(NormalizedString("tin học…"), "tin học...");
}

TEST(NormalizerTest, EmptyAndTinyInputs) {
  EXPECT_EQ(NormalizedString(""), "");
  EXPECT_EQ(NormalizedString("\n"), "\n");
  EXPECT_EQ(NormalizedString("a"), "a");
  EXPECT_EQ(NormalizedString("**"), "**");
  EXPECT_EQ(NormalizedString("¹"), "¹");
}

}  // namespace
}  // namespace vanban::normalizer
