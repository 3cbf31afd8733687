// Status: a failure about one file carries the file as a field.
#include "vanban/status.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(StatusTest, PathIsAFieldAndTheMessageNamesIt) {
  const Status plain = Status::InvalidInput("binary file");
  EXPECT_EQ(plain.message(), "binary file");
  EXPECT_EQ(plain.reason(), "binary file");
  EXPECT_EQ(plain.path(), "");
  const Status about = plain.WithPath("/docs/a.txt");
  EXPECT_EQ(about.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(about.message(), "/docs/a.txt: binary file");
  EXPECT_EQ(about.reason(), "binary file");
  EXPECT_EQ(about.path(), "/docs/a.txt");
  // a path with ": " in it is never confused with the reason
  const Status odd = Status::IoError("gone").WithPath("C: x.txt");
  EXPECT_EQ(odd.path(), "C: x.txt");
  EXPECT_EQ(odd.reason(), "gone");
}

}  // namespace
}  // namespace vanban
