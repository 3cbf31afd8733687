// BoundedEditDistance: the distance when within the limit, limit + 1 beyond.
#include "vanban/edit_distance.h"

#include <gtest/gtest.h>

#include <string>

namespace vanban {
namespace {

TEST(EditDistanceTest, CaseTable) {
  struct Case {
    const char* a;
    const char* b;
    size_t limit;
    size_t expected;
  };
  const Case cases[] = {
      {"", "", 2, 0},
      {"344khubnd", "344khubnd", 2, 0},
      {"bkhcn", "bkhhcn", 1, 1},         // one insertion
      {"345khubnd", "344khubnd", 2, 1},  // one substitution
      {"344khubnd", "434khubnd", 2, 2},  // a transposition is two edits
      {"abc", "", 2, 3},                 // beyond the limit: limit + 1
      {"", "abc", 5, 3},
      {"kitten", "sitting", 3, 3},
      {"kitten", "sitting", 2, 3},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(BoundedEditDistance(c.a, c.b, c.limit), c.expected) << c.a << " / " << c.b;
    EXPECT_EQ(BoundedEditDistance(c.b, c.a, c.limit), c.expected) << c.b << " / " << c.a;
  }
}

// A long string far from a short one stops at the limit instead of filling
// the whole table.
TEST(EditDistanceTest, FarStringsStopAtTheLimit) {
  const std::string a(100000, 'a');
  const std::string b(100000, 'b');
  EXPECT_EQ(BoundedEditDistance(a, b, 2), 3u);
}

// Close long strings cost a band of the table, not all of it; an unbounded
// limit does not overflow.
TEST(EditDistanceTest, LongCloseStringsAndHugeLimits) {
  std::string a(100000, 'a');
  std::string b = a;
  b[50000] = 'b';
  EXPECT_EQ(BoundedEditDistance(a, b, 2), 1u);
  EXPECT_EQ(BoundedEditDistance("abc", "xyz", static_cast<size_t>(-1)), 3u);
}

}  // namespace
}  // namespace vanban
