#include "vanban/offset_map.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(OffsetMapTest, IdentityMapsEveryOffsetToItself) {
  const OffsetMap map = OffsetMap::Identity(10, 3);
  EXPECT_TRUE(map.IsValid());
  EXPECT_EQ(map.ToSourceBegin(0), 3u);
  EXPECT_EQ(map.ToSourceBegin(9), 12u);
  EXPECT_EQ(map.ToSourceEnd(10), 13u);
  EXPECT_EQ(map.ToSource(Span{2, 5}), (Span{5, 8}));
}

TEST(OffsetMapTest, ReplaceRunMapsWholeCharacters) {
  // "hoà" (o + à = 3 bytes at 1..4) rewritten as "hòa": one replace run.
  OffsetMapBuilder b;
  b.Copy(0, 1);
  b.Replace(1, 3, 3);
  const OffsetMap map = b.Finish();
  EXPECT_EQ(map.ToSource(Span{1, 2}), (Span{1, 4}));  // never half a character
  EXPECT_EQ(map.ToSource(Span{0, 4}), (Span{0, 4}));
}

TEST(OffsetMapTest, DeletedSourceIsSkipped) {
  // "**ab**" -> "ab"
  OffsetMapBuilder b;
  b.Copy(2, 2);
  const OffsetMap map = b.Finish();
  EXPECT_EQ(map.ToSource(Span{0, 2}), (Span{2, 4}));
  EXPECT_EQ(map.target_size(), 2u);
}

TEST(OffsetMapTest, AdjacentCopiesMerge) {
  OffsetMapBuilder b;
  b.Copy(0, 4);
  b.Copy(4, 4);
  b.Copy(10, 2);
  const OffsetMap map = b.Finish();
  EXPECT_EQ(map.runs().size(), 2u);
  EXPECT_EQ(map.ToSourceBegin(8), 10u);
}

TEST(OffsetMapTest, ComposeChainsTwoStages) {
  // Stage 1 drops a 3-byte BOM; stage 2 drops "**" around "ab".
  const OffsetMap decode = OffsetMap::Identity(6, 3);  // "**ab**"
  OffsetMapBuilder b;
  b.Copy(2, 2);
  const OffsetMap markup = b.Finish();
  const OffsetMap chained = markup.Compose(decode);
  EXPECT_TRUE(chained.IsValid());
  EXPECT_EQ(chained.ToSource(Span{0, 2}), (Span{5, 7}));
}

TEST(OffsetMapTest, ComposeThroughReplaceRuns) {
  // inner: UTF-16 style, each 1-byte char came from 2 source bytes.
  OffsetMapBuilder inner_b;
  for (size_t i = 0; i < 4; ++i) inner_b.Replace(2 + 2 * i, 2, 1);
  const OffsetMap inner = inner_b.Finish();
  // outer: copies chars 1..3, replaces char 3 with 2 bytes.
  OffsetMapBuilder outer_b;
  outer_b.Copy(1, 2);
  outer_b.Replace(3, 1, 2);
  const OffsetMap outer = outer_b.Finish();
  const OffsetMap chained = outer.Compose(inner);
  EXPECT_TRUE(chained.IsValid());
  EXPECT_EQ(chained.ToSource(Span{0, 1}), (Span{4, 6}));
  EXPECT_EQ(chained.ToSource(Span{2, 4}), (Span{8, 10}));
  EXPECT_EQ(chained.target_size(), 4u);
}

TEST(OffsetMapTest, EmptyMapIsHarmless) {
  const OffsetMap map;
  EXPECT_EQ(map.ToSourceBegin(0), 0u);
  EXPECT_EQ(map.ToSourceEnd(5), 0u);
  EXPECT_TRUE(map.IsValid());
}

}  // namespace
}  // namespace vanban
