#include <gtest/gtest.h>

#include "vanban/normalizer.h"

namespace vanban::normalizer {
namespace {

TEST(FoldKeyTest, LowerCaseWithoutDiacritics) {
  EXPECT_EQ(FoldKey("Sở Khoa học và Công nghệ"), "so khoa hoc va cong nghe");
  EXPECT_EQ(FoldKey("ĐỔI MỚI SÁNG TẠO"), "doi moi sang tao");
  EXPECT_EQ(FoldKey("chuyển đổi số"), "chuyen doi so");
}

TEST(FoldKeyTest, PunctuationAndSpacesCollapse) {
  EXPECT_EQ(FoldKey("  57-NQ/TW;  Sở KH&CN  "), "57 nq tw so kh cn");
}

TEST(FoldKeyTest, DecomposedAndLookalikeInputFoldTheSame) {
  EXPECT_EQ(FoldKey("Ke\xCC\x82\xCC\x81 hoa\xCC\xA3"
                    "ch"),
            FoldKey("Kế hoạch"));
  EXPECT_EQ(FoldKey("CQTТBCĐ"), "cqttbcd");
}

}  // namespace
}  // namespace vanban::normalizer
