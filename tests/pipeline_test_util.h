// The app's pipeline (decode, normalize, extract), created once for a test
// binary: the tests that ingest or process files through it share it.
#ifndef VANBAN_TESTS_PIPELINE_TEST_UTIL_H_
#define VANBAN_TESTS_PIPELINE_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <memory>

#include "pipeline.h"

namespace vanban::testing {

inline const app::Pipeline& ThePipeline() {
  static const std::unique_ptr<app::Pipeline> p = [] {
    auto r = app::Pipeline::Create();
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return std::move(r).value();
  }();
  return *p;
}

}  // namespace vanban::testing

#endif  // VANBAN_TESTS_PIPELINE_TEST_UTIL_H_
