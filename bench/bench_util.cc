#include "bench_util.h"

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <utility>

namespace vanban::bench {
namespace {

constexpr int kTimedRuns = 3;

void PrintUsage(const BenchSpec& spec, FILE* out) {
  std::fprintf(out,
               "usage: %.*s [--corpus DIR] [--mb N] [--no-baseline]\n"
               "  --corpus DIR   documents to measure (default %s)\n"
               "  --mb N         repeat them until N MB of input (default 30)\n"
               "  --no-baseline  skip the python3 baseline (e.g. under a profiler)\n",
               static_cast<int>(spec.program.size()), spec.program.data(), VANBAN_SEEDS_DIR);
}

// Parses a positive number of MB; nullopt when `text` is not one.
std::optional<double> ParseMb(const char* text) {
  char* end = nullptr;
  const double mb = std::strtod(text, &end);
  if (*end != '\0' || !(mb > 0)) return std::nullopt;
  return mb;
}

enum class ArgsOutcome { kRun, kHelp, kBad };

ArgsOutcome ParseArgs(const BenchSpec& spec, int argc, char** argv, Options* options) {
  options->corpus_dir = VANBAN_SEEDS_DIR;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--corpus" && has_value) {
      options->corpus_dir = argv[++i];
    } else if (arg == "--mb" && has_value) {
      const std::optional<double> mb = ParseMb(argv[++i]);
      if (!mb) {
        std::fprintf(stderr, "--mb wants a positive number, got '%s'\n", argv[i]);
        return ArgsOutcome::kBad;
      }
      options->mb = *mb;
    } else if (arg == "--no-baseline") {
      options->baseline = false;
    } else if (arg == "--help" || arg == "-h") {
      return ArgsOutcome::kHelp;
    } else {
      PrintUsage(spec, stderr);
      return ArgsOutcome::kBad;
    }
  }
  return ArgsOutcome::kRun;
}

// Loads every document under `dir`; files that fail to load are reported and
// skipped, since one bad file should not stop a measurement.
std::vector<corpus::SourceText> LoadDocuments(const std::string& dir) {
  std::vector<corpus::SourceText> docs;
  const corpus::Discovery found = corpus::DiscoverFiles({dir});
  for (const Status& error : found.errors) std::fprintf(stderr, "%s\n", error.message().c_str());
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

// The workload, or nullopt after saying why there is nothing to measure.
std::optional<Workload> LoadWorkload(const BenchSpec& spec, const Options& options) {
  const std::string name(spec.name);
  if (!std::filesystem::is_directory(options.corpus_dir)) {
    std::printf("%s bench: corpus directory %s does not exist; nothing to measure\n", name.c_str(),
                options.corpus_dir.c_str());
    return std::nullopt;
  }
  std::vector<corpus::SourceText> docs = LoadDocuments(options.corpus_dir);
  if (docs.empty()) {
    std::printf("%s bench: no *.txt or *.md documents in %s; nothing to measure\n", name.c_str(),
                options.corpus_dir.c_str());
    return std::nullopt;
  }
  return MakeWorkload(std::move(docs), options.mb);
}

// The baseline's input: the same copies in one file, joined by the spec's
// separator. Returns the file's path, or nullopt after saying why.
std::optional<std::string> WriteBaselineInput(const BenchSpec& spec, const Workload& work) {
  const std::string pattern = "vanban_bench_" + std::string(spec.name) + "_XXXXXX";
  std::string path = (std::filesystem::temp_directory_path() / pattern).string();
  const int fd = mkstemp(path.data());
  if (fd < 0) {
    std::fprintf(stderr, "cannot create a temp file in %s\n", path.c_str());
    return std::nullopt;
  }
  close(fd);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  for (size_t i = 0; i < work.copies.size(); ++i) {
    if (i > 0) out << spec.separator;
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

// Reads the script's "baseline_<key> <value>" lines; the MB/s line is required.
std::optional<BaselineResult> ParseBaseline(FILE* pipe) {
  BaselineResult result;
  char line[256];
  while (std::fgets(line, sizeof line, pipe) != nullptr) {
    char key[64];
    double value = 0;
    if (std::sscanf(line, "baseline_%63s %lf", key, &value) == 2) result.values[key] = value;
  }
  if (!result.values.contains("mb_per_s")) return std::nullopt;
  return result;
}

// Runs the spec's script on `input`; nullopt after saying why it could not.
std::optional<BaselineResult> RunBaseline(const BenchSpec& spec, const std::string& input) {
  if (std::system("command -v python3 >/dev/null 2>&1") != 0) {
    std::printf("baseline : python3 not found; baseline skipped\n");
    return std::nullopt;
  }
  const std::string script =
      std::string(VANBAN_BENCH_DIR) + "/" + std::string(spec.baseline_script);
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

}  // namespace

int RunBenchmark(const BenchSpec& spec, int argc, char** argv,
                 const std::function<int(const Options&, const Workload&)>& measure) {
  Options options;
  switch (ParseArgs(spec, argc, argv, &options)) {
    case ArgsOutcome::kHelp:
      PrintUsage(spec, stdout);
      return 0;
    case ArgsOutcome::kBad:
      return 2;
    case ArgsOutcome::kRun:
      break;
  }
  const std::optional<Workload> work = LoadWorkload(spec, options);
  if (!work) return 0;
  std::printf("corpus   : %s (%zu documents, %zu copies, %zu bytes)\n", options.corpus_dir.c_str(),
              work->originals.size(), work->copies.size(), work->input_bytes);
  return measure(options, *work);
}

Timing BestOfRuns(std::string_view label, const std::function<size_t()>& pass) {
  pass();
  Timing best;
  for (int run = 1; run <= kTimedRuns; ++run) {
    const auto start = std::chrono::steady_clock::now();
    const size_t result = pass();
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    std::printf("  %.*s run %d: %.3f s\n", static_cast<int>(label.size()), label.data(), run,
                elapsed.count());
    if (run == 1 || elapsed.count() < best.seconds) best = {elapsed.count(), result};
  }
  return best;
}

double BaselineResult::Get(std::string_view key) const {
  const auto it = values.find(key);
  return it == values.end() ? 0 : it->second;
}

std::optional<BaselineResult> MeasureBaseline(const BenchSpec& spec, const Workload& work) {
  const std::optional<std::string> input = WriteBaselineInput(spec, work);
  if (!input) return std::nullopt;
  std::optional<BaselineResult> result = RunBaseline(spec, *input);
  std::filesystem::remove(*input);
  return result;
}

double PrintRate(std::string_view label, size_t bytes, double seconds, std::string_view what) {
  const double mb = static_cast<double>(bytes) / kBytesPerMb;
  const double rate = mb / seconds;
  std::printf("%-9.*s: %.1f MB in %.2f s = %.1f MB/s (%.*s)\n", static_cast<int>(label.size()),
              label.data(), mb, seconds, rate, static_cast<int>(what.size()), what.data());
  return rate;
}

void PrintBaseline(const BenchSpec& spec, const std::optional<BaselineResult>& baseline) {
  if (!baseline) return;
  PrintRate("baseline", static_cast<size_t>(baseline->bytes()), baseline->seconds(),
            spec.baseline_what);
}

std::string RatioText(double mb_per_s, const std::optional<BaselineResult>& baseline) {
  if (!baseline || !(baseline->mb_per_s() > 0)) return "n/a";
  char text[64];
  std::snprintf(text, sizeof text, "%.2fx the baseline", mb_per_s / baseline->mb_per_s());
  return text;
}

}  // namespace vanban::bench
