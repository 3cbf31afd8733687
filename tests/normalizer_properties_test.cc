// Properties over every seed document and every fixture: idempotence, a
// valid monotonic map, and words that map back to source bytes which
// normalize to the same word.
#include <gtest/gtest.h>

#include <filesystem>

#include "test_util.h"

namespace vanban::normalizer {
namespace {

using vanban::testing::TheNormalizer;

std::vector<std::string> FixturePaths() {
  std::vector<std::string> paths;
  for (const auto& e : std::filesystem::directory_iterator(VANBAN_FIXTURES_DIR)) {
    paths.push_back(e.path().string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

// Source words whose normal form depends on text outside them: markup
// delimiters, footnote markers, a page break. The word-level property
// cannot hold for those, so they are skipped (and counted).
bool DependsOnContext(std::string_view source) {
  return source.find_first_of("*#$[\n") != std::string_view::npos ||
         source.find("\xC2\xB9") != std::string_view::npos ||  // ¹ ² ³
         source.find("\xC2\xB2") != std::string_view::npos ||
         source.find("\xC2\xB3") != std::string_view::npos ||
         source.find("\xE2\x81") != std::string_view::npos;  // ⁰ ⁴-⁹
}

void CheckProperties(const std::string& path) {
  SCOPED_TRACE(path);
  auto src = corpus::LoadFile(path);
  ASSERT_TRUE(src.ok()) << src.status().ToString();
  const NormalizedText once = TheNormalizer().Normalize(src->text, src->map);
  // idempotence
  const NormalizedText twice = TheNormalizer().Normalize(once.text);
  EXPECT_EQ(twice.text, once.text);
  // the map: valid, covers the text, inside the file
  ASSERT_TRUE(once.map.IsValid());
  ASSERT_EQ(once.map.target_size(), once.text.size());
  size_t last = 0;
  for (size_t i = 0; i <= once.text.size(); i += 7) {
    const size_t s = once.map.ToSourceBegin(i);
    ASSERT_LE(s, src->bytes.size());
    ASSERT_GE(s, last) << "map not monotonic at " << i;
    last = s;
  }
  // words map back to bytes that normalize to the same word
  size_t checked = 0, skipped = 0;
  size_t b = 0;
  while (b < once.text.size()) {
    const size_t e = std::min(once.text.find_first_of(" \n", b), once.text.size());
    if (e > b) {
      const Span s = once.map.ToSource(Span{b, e});
      ASSERT_LE(s.begin, s.end);
      const std::string_view word(once.text.data() + b, e - b);
      const std::string_view source(src->bytes.data() + s.begin, s.end - s.begin);
      if (src->encoding != corpus::Encoding::kUtf8 || DependsOnContext(source)) {
        ++skipped;
      } else {
        ++checked;
        EXPECT_EQ(TheNormalizer().Normalize(source).text, word) << "source: " << source;
      }
    }
    b = e + 1;
  }
  EXPECT_GT(checked, skipped);
}

TEST(NormalizerPropertiesTest, Fixtures) {
  for (const std::string& path : FixturePaths()) CheckProperties(path);
}

TEST(NormalizerPropertiesTest, SeedDocuments) {
  const std::vector<std::string> seeds = vanban::testing::SeedPaths();
  VANBAN_SKIP_WITHOUT_SEEDS(seeds);
  for (const std::string& path : seeds) CheckProperties(path);
}

TEST(NormalizerPropertiesTest, SeedPhenomena) {
  const std::vector<std::string> seeds = vanban::testing::SeedPaths();
  VANBAN_SKIP_WITHOUT_SEEDS(seeds);
  NormalizeStats total;
  size_t footnotes = 0;
  for (const std::string& path : seeds) {
    auto src = corpus::LoadFile(path);
    ASSERT_TRUE(src.ok());
    const NormalizedText t = TheNormalizer().Normalize(src->text, src->map);
    total.nfc_changes += t.stats.nfc_changes;
    total.lookalikes += t.stats.lookalikes;
    total.joined_words += t.stats.joined_words;
    total.joined_paragraphs += t.stats.joined_paragraphs;
    total.tone_moves += t.stats.tone_moves;
    footnotes += t.footnotes.size();
    EXPECT_EQ(t.text.find("**"), std::string::npos) << path;
    EXPECT_EQ(t.text.find("CQTТBCĐ"), std::string::npos) << path;  // Cyrillic Т gone
    EXPECT_EQ(t.text.find("đ ầu"), std::string::npos) << path;
    EXPECT_EQ(t.text.find("kiến\n\nngợi"), std::string::npos) << path;
  }
  EXPECT_GT(total.nfc_changes, 0u);
  EXPECT_GE(total.lookalikes, 2u);
  EXPECT_GE(total.joined_words, 1u);
  EXPECT_GE(total.joined_paragraphs, 5u);
  EXPECT_GE(total.tone_moves, 5u);
  EXPECT_GE(footnotes, 20u);
}

}  // namespace
}  // namespace vanban::normalizer
