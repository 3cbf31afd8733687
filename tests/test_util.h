// Helpers shared by the tests: one Normalizer, fixture and seed loading.
#ifndef VANBAN_TESTS_TEST_UTIL_H_
#define VANBAN_TESTS_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "vanban/corpus.h"
#include "vanban/normalizer.h"

namespace vanban::testing {

inline const normalizer::Normalizer& TheNormalizer() {
  static const std::unique_ptr<normalizer::Normalizer> n = [] {
    auto r = normalizer::Normalizer::Create();
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return std::move(r).value();
  }();
  return *n;
}

inline normalizer::NormalizedText Normalize(std::string_view text) {
  return TheNormalizer().Normalize(text);
}

inline std::string NormalizedString(std::string_view text) {
  return Normalize(text).text;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

inline std::string Fixture(const std::string& name) {
  return ReadFile(std::string(VANBAN_FIXTURES_DIR) + "/" + name);
}

// The seed documents, or an empty list when ../shared is absent.
inline std::vector<std::string> SeedPaths() {
  const std::filesystem::path dir = std::string(VANBAN_SHARED_DIR) + "/corpus/seeds";
  std::vector<std::string> paths;
  if (!std::filesystem::is_directory(dir)) return paths;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() == ".txt") paths.push_back(e.path().string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

#define VANBAN_SKIP_WITHOUT_SEEDS(paths)                                                 \
  if ((paths).empty()) {                                                                 \
    GTEST_SKIP() << "seed documents not found in " VANBAN_SHARED_DIR                     \
                    "/corpus/seeds "                                                     \
                    "(the shared/ directory beside the checkout); skipping seed checks"; \
  }

}  // namespace vanban::testing

#endif  // VANBAN_TESTS_TEST_UTIL_H_
