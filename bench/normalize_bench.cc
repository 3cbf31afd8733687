// Normalization throughput: how many MB/s of decoded document text one core
// pushes through Normalizer::Normalize, next to a Python baseline that does
// the cheap part of the same job (NFC + a few regexes) on the same bytes in
// the same run, so the ratio depends much less on the machine than MB/s do.
//
// Usage: vanban_bench_normalize [--corpus DIR] [--mb N] [--no-baseline]

#include <cstdio>
#include <optional>

#include "bench_util.h"
#include "vanban/normalizer.h"

namespace vanban::bench {
namespace {

constexpr double kGoalMbPerS = 150.0;  // the per-core goal set for normalization

constexpr BenchSpec kSpec = {
    .name = "normalize",
    .program = "vanban_bench_normalize",
    .baseline_script = "baseline_normalize.py",
    .baseline_what = "python3 NFC + regex",
};

// One pass over every copy, one document at a time; returns the bytes out.
size_t NormalizeAll(const normalizer::Normalizer& norm, const Workload& work) {
  size_t output_bytes = 0;
  for (const Copy& copy : work.copies) {
    // Using the result's size keeps the call from being optimized away and
    // frees the result inside the loop, as the pipeline does.
    output_bytes += norm.Normalize(copy.text, work.originals[copy.original].map).text.size();
  }
  return output_bytes;
}

int Measure(const Options& options, const Workload& work) {
  auto norm = normalizer::Normalizer::Create();
  if (!norm.ok()) {
    std::fprintf(stderr, "%s\n", norm.status().ToString().c_str());
    return 1;
  }
  const Timing vanban = BestOfRuns("normalize", [&] { return NormalizeAll(**norm, work); });
  std::printf("output   : %zu bytes of normalized text\n", vanban.result);
  std::optional<BaselineResult> baseline;
  if (options.baseline) baseline = MeasureBaseline(kSpec, work);
  const double rate = PrintRate("normalize", work.input_bytes, vanban.seconds, "vanban, 1 core");
  PrintBaseline(kSpec, baseline);
  std::printf("ratio    : %s; goal %.0f MB/s per core: %s\n", RatioText(rate, baseline).c_str(),
              kGoalMbPerS, rate >= kGoalMbPerS ? "met" : "not met");
  return 0;
}

}  // namespace
}  // namespace vanban::bench

int main(int argc, char** argv) {
  return vanban::bench::RunBenchmark(vanban::bench::kSpec, argc, argv, vanban::bench::Measure);
}
