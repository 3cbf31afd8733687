// Rules 6-7: tone-mark placement and split syllables.
#include "syllable.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace vanban::normalizer {
namespace {

using vanban::testing::Normalize;
using vanban::testing::NormalizedString;

TEST(ToneTest, OpenSyllablesTakeTraditionalPlacement) {
  EXPECT_EQ(NormalizedString("hoà hoá xoá thuỵ khoẻ toà"), "hòa hóa xóa thụy khỏe tòa");
  EXPECT_EQ(NormalizedString("HOÀ Hoá Thuý Tuỳ"), "HÒA Hóa Thúy Tùy");
}

TEST(ToneTest, CorrectPlacementsAreUnchanged) {
  const std::string words =
      "hoàn thuận quý quyết khuyến hòa thụy người mùa hoài khuỷu già gìn "
      "giữa quốc chuyển tiền thuế hoặc rượu tuổi";
  const NormalizedText t = Normalize(words);
  EXPECT_EQ(t.text, words);
  EXPECT_EQ(t.stats.tone_moves, 0u);
}

TEST(ToneTest, MisplacedMarksOnOtherNucleiAreMoved) {
  EXPECT_EQ(NormalizedString("muà hoaì ngươì"), "mùa hoài người");
}

TEST(ToneTest, ForeignWordsAndAbbreviationsAreLeftAlone) {
  EXPECT_EQ(NormalizedString("café Zalo KHCN"), "café Zalo KHCN");
}

TEST(ToneTest, MapCoversTheRewrittenLetters) {
  const std::string src = "xã hoà nhập";
  const NormalizedText t = Normalize(src);
  const size_t at = t.text.find("hòa");
  const Span s = t.map.ToSource(Span{at, at + std::string("hòa").size()});
  EXPECT_EQ(src.substr(s.begin, s.end - s.begin), "hoà");
}

TEST(SplitWordTest, RejoinsOnsetCutFromItsRhyme) {
  EXPECT_EQ(NormalizedString("Đẩy mạnh đ ầu tư và thu hút"), "Đẩy mạnh đầu tư và thu hút");
  EXPECT_EQ(NormalizedString("nh ững nhiệm vụ"), "những nhiệm vụ");
}

TEST(SplitWordTest, LeavesWhenUnsure) {
  // left part is a word, right part upper case, abbreviations, list labels
  EXPECT_EQ(NormalizedString("các ơn"), "các ơn");
  EXPECT_EQ(NormalizedString("CP yêu cầu"), "CP yêu cầu");
  EXPECT_EQ(NormalizedString("tại điểm c ở trên"), "tại điểm c ở trên");
  EXPECT_EQ(NormalizedString("TP Nghiệp vụ"), "TP Nghiệp vụ");
  EXPECT_EQ(NormalizedString("x yz"), "x yz");
}

TEST(SyllableParserTest, StructureOfKnownSyllables) {
  internal::Syllable s;
  ASSERT_TRUE(internal::ParseSyllable(U"nghiêng", &s));
  EXPECT_EQ(s.onset_len, 3u);
  EXPECT_EQ(s.nucleus_len, 2u);
  EXPECT_EQ(s.final_len, 2u);
  ASSERT_TRUE(internal::ParseSyllable(U"quý", &s));
  EXPECT_EQ(s.onset_len, 2u);
  EXPECT_EQ(s.tone_at, s.canonical_tone_at);
  ASSERT_TRUE(internal::ParseSyllable(U"gìn", &s));
  EXPECT_EQ(s.onset_len, 1u);
  EXPECT_FALSE(internal::ParseSyllable(U"facebook", &s));
  EXPECT_FALSE(internal::ParseSyllable(U"đ", &s));
  EXPECT_FALSE(internal::ParseSyllable(U"hóà", &s));  // two tones
}

}  // namespace
}  // namespace vanban::normalizer
