// The entry point every fuzz target defines. Built two ways (fuzz/CMakeLists.txt):
// with libFuzzer (clang, -fsanitize=fuzzer) to search for crashes, and with
// replay_main.cc into a plain program that runs given inputs once, so the
// inputs that once crashed are replayed by ctest in every build.
#ifndef VANBAN_FUZZ_FUZZ_TARGET_H_
#define VANBAN_FUZZ_FUZZ_TARGET_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace vanban::fuzz {

inline std::string_view AsText(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// A broken promise of the code under test: abort, so libFuzzer keeps the input.
[[noreturn]] void Fail(const char* what);

}  // namespace vanban::fuzz

#endif  // VANBAN_FUZZ_FUZZ_TARGET_H_
