#include <cstdio>
#include <cstdlib>

#include "fuzz_target.h"

namespace vanban::fuzz {

void Fail(const char* what) {
  std::fprintf(stderr, "vanban fuzz: broken promise: %s\n", what);
  std::abort();
}

}  // namespace vanban::fuzz
