// Normalization throughput: how many MB/s of decoded document text one core
// pushes through Normalizer::Normalize, next to a Python baseline that does
// the cheap part of the same job (NFC + a few regexes) on the same bytes in
// the same run, so the ratio depends much less on the machine than MB/s do.
//
// Usage: vanban_bench_normalize [--corpus DIR] [--mb N] [--no-baseline]

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vanban/corpus.h"
#include "vanban/normalizer.h"

namespace vanban::bench {
namespace {

constexpr double kBytesPerMb = 1e6;
constexpr double kGoalMbPerS = 150.0;  // the per-core goal set for normalization
constexpr int kTimedRuns = 3;

struct Options {
  std::string corpus_dir = VANBAN_SEEDS_DIR;
  double mb = 30;
  bool baseline = true;
  bool help = false;
};

void PrintUsage(FILE* out) {
  std::fprintf(out,
               "usage: vanban_bench_normalize [--corpus DIR] [--mb N] [--no-baseline]\n"
               "  --corpus DIR   documents to normalize (default %s)\n"
               "  --mb N         repeat them until N MB of input (default 30)\n"
               "  --no-baseline  skip the python3 baseline (e.g. under a profiler)\n",
               VANBAN_SEEDS_DIR);
}

// Returns nullopt, after saying what is wrong, on a bad command line.
std::optional<Options> ParseArgs(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--corpus" && has_value) {
      options.corpus_dir = argv[++i];
    } else if (arg == "--mb" && has_value) {
      char* end = nullptr;
      options.mb = std::strtod(argv[++i], &end);
      if (*end != '\0' || !(options.mb > 0)) {
        std::fprintf(stderr, "--mb wants a positive number, got '%s'\n", argv[i]);
        return std::nullopt;
      }
    } else if (arg == "--no-baseline") {
      options.baseline = false;
    } else if (arg == "--help" || arg == "-h") {
      options.help = true;
    } else {
      PrintUsage(stderr);
      return std::nullopt;
    }
  }
  return options;
}

// One copy of a document. Copies own their text so the timed loop streams
// through `mb` MB of memory as the pipeline would, instead of re-reading a
// few hundred KB that stay in cache; the map to the file is shared.
struct Copy {
  std::string text;
  size_t original = 0;  // index into Workload::originals
};

struct Workload {
  std::vector<corpus::SourceText> originals;
  std::vector<Copy> copies;
  size_t input_bytes = 0;  // sum of the copies' text sizes
};

// Loads every document under `dir`; files that fail to load are reported and
// skipped, since one bad file should not stop a measurement.
std::vector<corpus::SourceText> LoadDocuments(const std::string& dir) {
  std::vector<corpus::SourceText> docs;
  const corpus::Discovery found = corpus::DiscoverFiles({dir});
  for (const std::string& error : found.errors) std::fprintf(stderr, "%s\n", error.c_str());
  for (const std::string& path : found.files) {
    Result<corpus::SourceText> doc = corpus::LoadFile(path);
    if (!doc.ok()) {
      std::fprintf(stderr, "skipped: %s\n", doc.status().ToString().c_str());
      continue;
    }
    if (!doc->text.empty()) docs.push_back(std::move(doc).value());
  }
  return docs;
}

// Repeats the documents, in order, until at least `mb` MB of input.
Workload MakeWorkload(std::vector<corpus::SourceText> originals, double mb) {
  Workload work;
  work.originals = std::move(originals);
  const double target = mb * kBytesPerMb;
  for (size_t i = 0; static_cast<double>(work.input_bytes) < target; ++i) {
    const size_t original = i % work.originals.size();
    work.copies.push_back({work.originals[original].text, original});
    work.input_bytes += work.copies.back().text.size();
  }
  return work;
}

struct Timing {
  double seconds = 0;
  size_t output_bytes = 0;
};

// One pass over every copy, one document at a time.
Timing NormalizeAll(const normalizer::Normalizer& norm, const Workload& work) {
  const auto start = std::chrono::steady_clock::now();
  size_t output_bytes = 0;
  for (const Copy& copy : work.copies) {
    // Using the result's size keeps the call from being optimized away and
    // frees the result inside the loop, as the pipeline does.
    output_bytes += norm.Normalize(copy.text, work.originals[copy.original].map).text.size();
  }
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  return {elapsed.count(), output_bytes};
}

// A warm-up pass (page faults, ICU data, allocator pools), then the best of
// kTimedRuns: the least disturbed run is the most repeatable number.
Timing BestOfRuns(const normalizer::Normalizer& norm, const Workload& work) {
  NormalizeAll(norm, work);
  Timing best;
  for (int run = 1; run <= kTimedRuns; ++run) {
    const Timing t = NormalizeAll(norm, work);
    std::printf("  run %d: %.3f s\n", run, t.seconds);
    if (run == 1 || t.seconds < best.seconds) best = t;
  }
  return best;
}

// The baseline's input: the same copies in one file, separated by "\n\n".
// Returns the file's path, or nullopt after saying why.
std::optional<std::string> WriteBaselineInput(const Workload& work) {
  std::string path =
      (std::filesystem::temp_directory_path() / "vanban_bench_normalize_XXXXXX").string();
  const int fd = mkstemp(path.data());
  if (fd < 0) {
    std::fprintf(stderr, "cannot create a temp file in %s\n", path.c_str());
    return std::nullopt;
  }
  close(fd);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  for (size_t i = 0; i < work.copies.size(); ++i) {
    if (i > 0) out << "\n\n";
    out << work.copies[i].text;
  }
  if (!out.flush()) {
    std::fprintf(stderr, "cannot write %s\n", path.c_str());
    std::filesystem::remove(path);
    return std::nullopt;
  }
  return path;
}

// Single-quotes `s` for /bin/sh.
std::string ShellQuote(std::string_view s) {
  std::string quoted = "'";
  for (char c : s) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

struct BaselineResult {
  double bytes = 0;
  double seconds = 0;
  double mb_per_s = 0;
};

// Reads the script's "baseline_<key> <value>" lines; the MB/s line is required.
std::optional<BaselineResult> ParseBaseline(FILE* pipe) {
  BaselineResult result;
  bool have_rate = false;
  char line[256];
  while (std::fgets(line, sizeof line, pipe) != nullptr) {
    char key[64];
    double value = 0;
    if (std::sscanf(line, "baseline_%63s %lf", key, &value) != 2) continue;
    const std::string_view k = key;
    if (k == "bytes") result.bytes = value;
    if (k == "seconds") result.seconds = value;
    if (k == "mb_per_s") {
      result.mb_per_s = value;
      have_rate = true;
    }
  }
  if (!have_rate) return std::nullopt;
  return result;
}

// Runs baseline_normalize.py on `input`; nullopt after saying why it could not.
std::optional<BaselineResult> RunBaseline(const std::string& input) {
  if (std::system("command -v python3 >/dev/null 2>&1") != 0) {
    std::printf("baseline : python3 not found; baseline skipped\n");
    return std::nullopt;
  }
  const std::string script = std::string(VANBAN_BENCH_DIR) + "/baseline_normalize.py";
  const std::string command = "python3 " + ShellQuote(script) + " " + ShellQuote(input);
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) {
    std::printf("baseline : cannot run '%s'\n", command.c_str());
    return std::nullopt;
  }
  std::optional<BaselineResult> result = ParseBaseline(pipe);
  const int status = pclose(pipe);
  if (!result || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    const int exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::printf("baseline : %s failed (exit %d); baseline skipped\n", command.c_str(), exit_code);
    return std::nullopt;
  }
  return result;
}

std::optional<BaselineResult> MeasureBaseline(const Workload& work) {
  const std::optional<std::string> input = WriteBaselineInput(work);
  if (!input) return std::nullopt;
  std::optional<BaselineResult> result = RunBaseline(*input);
  std::filesystem::remove(*input);
  return result;
}

void PrintSummary(const Workload& work, const Timing& vanban,
                  const std::optional<BaselineResult>& baseline) {
  const double mb = static_cast<double>(work.input_bytes) / kBytesPerMb;
  const double rate = mb / vanban.seconds;
  std::printf("normalize: %.1f MB in %.2f s = %.1f MB/s (vanban, 1 core)\n", mb, vanban.seconds,
              rate);
  if (baseline) {
    std::printf("baseline : %.1f MB in %.2f s = %.1f MB/s (python3 NFC + regex)\n",
                baseline->bytes / kBytesPerMb, baseline->seconds, baseline->mb_per_s);
    std::printf("ratio    : %.2fx the baseline; ", rate / baseline->mb_per_s);
  } else {
    std::printf("ratio    : n/a; ");
  }
  std::printf("goal %.0f MB/s per core: %s\n", kGoalMbPerS,
              rate >= kGoalMbPerS ? "met" : "not met");
}

int Run(const Options& options) {
  if (options.help) {
    PrintUsage(stdout);
    return 0;
  }
  if (!std::filesystem::is_directory(options.corpus_dir)) {
    std::printf("normalize bench: corpus directory %s does not exist; nothing to measure\n",
                options.corpus_dir.c_str());
    return 0;
  }
  std::vector<corpus::SourceText> docs = LoadDocuments(options.corpus_dir);
  if (docs.empty()) {
    std::printf("normalize bench: no *.txt or *.md documents in %s; nothing to measure\n",
                options.corpus_dir.c_str());
    return 0;
  }
  auto norm = normalizer::Normalizer::Create();
  if (!norm.ok()) {
    std::fprintf(stderr, "%s\n", norm.status().ToString().c_str());
    return 1;
  }
  const Workload work = MakeWorkload(std::move(docs), options.mb);
  std::printf("corpus   : %s (%zu documents, %zu copies)\n", options.corpus_dir.c_str(),
              work.originals.size(), work.copies.size());
  const Timing vanban = BestOfRuns(**norm, work);
  std::printf("bytes    : %zu in, %zu out\n", work.input_bytes, vanban.output_bytes);
  std::optional<BaselineResult> baseline;
  if (options.baseline) baseline = MeasureBaseline(work);
  PrintSummary(work, vanban, baseline);
  return 0;
}

}  // namespace
}  // namespace vanban::bench

int main(int argc, char** argv) {
  const std::optional<vanban::bench::Options> options = vanban::bench::ParseArgs(argc, argv);
  if (!options) return 2;
  return vanban::bench::Run(*options);
}
