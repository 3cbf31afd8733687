// Runs a fuzz target once on each file given (a directory: on each file in
// it), without libFuzzer: how ctest replays the inputs kept in
// fuzz/regressions/ and the seed corpus in a normal build.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz_target.h"

namespace {

int Replay(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  size_t inputs = 0;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path path(argv[i]);
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
      for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
        if (entry.is_regular_file()) inputs += Replay(entry.path());
      }
    } else if (std::filesystem::is_regular_file(path, error)) {
      inputs += Replay(path);
    }
  }
  std::printf("replayed %zu input(s)\n", inputs);
  return 0;
}
