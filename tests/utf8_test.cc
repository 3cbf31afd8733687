#include "vanban/utf8.h"

#include <gtest/gtest.h>

namespace vanban::utf8 {
namespace {

TEST(Utf8Test, DecodesVietnameseLetters) {
  size_t len;
  EXPECT_EQ(Decode("ệ", 0, &len), U'ệ');
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(Decode("đ", 0, &len), U'đ');
  EXPECT_EQ(len, 2u);
}

TEST(Utf8Test, MalformedBytesAdvanceByOne) {
  size_t len;
  EXPECT_EQ(Decode("\xC3", 0, &len), kReplacement);  // truncated
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(Decode("\xED\xA0\x80", 0, &len), kReplacement);  // surrogate
  EXPECT_EQ(Decode("\xC0\xAF", 0, &len), kReplacement);      // overlong
}

TEST(Utf8Test, ValidPrefixStopsAtFirstBadByte) {
  EXPECT_EQ(ValidPrefix("Kế hoạch\xFFsố"), std::string("Kế hoạch").size());
  EXPECT_EQ(ValidPrefix("\xEF\xBF\xBD ok"), 6u);  // a real U+FFFD is valid
}

TEST(Utf8Test, ScrubMendsCutAndStrayBytes) {
  const std::string cut = std::string("Kế hoạch").substr(0, 3);  // "K" and half of "ế"
  EXPECT_EQ(Scrub(cut), "K\uFFFD\uFFFD");
  EXPECT_EQ(Scrub("a\xFF"
                  "b"),
            "a\uFFFD"
            "b");
  EXPECT_EQ(Scrub("Kế hoạch"), "Kế hoạch");
  EXPECT_EQ(Scrub(""), "");
  EXPECT_EQ(ValidPrefix(Scrub("\xC0\xAF\xE1\xBA")), Scrub("\xC0\xAF\xE1\xBA").size());
}

TEST(Utf8Test, DecodeBeforeFindsPreviousCodePoint) {
  const std::string s = "aệb";
  size_t start;
  EXPECT_EQ(DecodeBefore(s, 4, &start), U'ệ');
  EXPECT_EQ(start, 1u);
  EXPECT_EQ(DecodeBefore(s, 0, &start), 0u);
}

TEST(Utf8Test, AppendRoundTrips) {
  std::string s;
  for (char32_t cp : {U'a', U'đ', U'ệ', U'😀'}) Append(cp, &s);
  EXPECT_EQ(s, "ađệ😀");
}

}  // namespace
}  // namespace vanban::utf8
