// The one Extractor the extractor and store tests share.
#ifndef VANBAN_TESTS_EXTRACTOR_TEST_UTIL_H_
#define VANBAN_TESTS_EXTRACTOR_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <memory>

#include "vanban/extractor.h"

namespace vanban::testing {

inline const extractor::Extractor& TheExtractor() {
  static const std::unique_ptr<extractor::Extractor> e = [] {
    auto r = extractor::Extractor::Create();
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return std::move(r).value();
  }();
  return *e;
}

}  // namespace vanban::testing

#endif  // VANBAN_TESTS_EXTRACTOR_TEST_UTIL_H_
