// What every stage benchmark does the same way: parse the common command
// line, load the seed documents and repeat them to a fixed size, time passes
// over them (warm-up, best of 3), run a Python baseline on the same bytes
// and print rates and ratios in one format. A benchmark supplies only the
// stage it times and its baseline script.
#ifndef VANBAN_BENCH_BENCH_UTIL_H_
#define VANBAN_BENCH_BENCH_UTIL_H_

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vanban/corpus.h"

namespace vanban::bench {

inline constexpr double kBytesPerMb = 1e6;  // MB are 10^6 bytes of decoded input

// What a benchmark tells the shared code about itself.
struct BenchSpec {
  std::string_view name;             // "normalize": messages, temp file name
  std::string_view program;          // "vanban_bench_normalize", for the usage line
  std::string_view baseline_script;  // file name in bench/, run with python3
  std::string_view baseline_what;    // "python3 NFC + regex", for the summary
  // Written between documents in the baseline's input file. A baseline that
  // works per document needs a byte the documents never contain.
  std::string_view separator = "\n\n";
};

struct Options {
  std::string corpus_dir;  // default: the seeds directory fixed at configure time
  double mb = 30;
  bool baseline = true;
};

// One copy of a document. Copies own their text so a timed pass streams
// through `mb` MB of memory as the pipeline would, instead of re-reading a
// few hundred KB that stay in cache; the rest of the document is shared.
struct Copy {
  std::string text;
  size_t original = 0;  // index into Workload::originals
};

struct Workload {
  std::vector<corpus::SourceText> originals;
  std::vector<Copy> copies;
  size_t input_bytes = 0;  // sum of the copies' text sizes
};

// Parses the command line, loads the workload and hands it to `measure`.
// Returns main's exit status: 0 also when there is nothing to measure (no
// corpus), so a missing corpus never fails bench/run.sh; 2 on a bad command
// line; else what `measure` returns.
int RunBenchmark(const BenchSpec& spec, int argc, char** argv,
                 const std::function<int(const Options&, const Workload&)>& measure);

struct Timing {
  double seconds = 0;
  size_t result = 0;  // what the pass returned (bytes out, facts found)
};

// Runs `pass` once to warm up (page faults, ICU data, allocator pools), then
// three times, printing each time under `label`; returns the fastest, since
// the least disturbed run is the most repeatable number.
Timing BestOfRuns(std::string_view label, const std::function<size_t()>& pass);

// The "baseline_<key> <value>" lines the script printed.
struct BaselineResult {
  std::map<std::string, double, std::less<>> values;
  double Get(std::string_view key) const;  // 0 when the script did not print it
  double bytes() const { return Get("bytes"); }
  double seconds() const { return Get("seconds"); }
  double mb_per_s() const { return Get("mb_per_s"); }
};

// Writes the copies to a temp file (joined by spec.separator), runs the
// spec's script on it and reads its result. nullopt, after saying why, when
// python3 is missing or the script fails; the benchmark then goes on alone.
std::optional<BaselineResult> MeasureBaseline(const BenchSpec& spec, const Workload& work);

// Prints "<label>: X MB in S s = R MB/s (<what>)" and returns R.
double PrintRate(std::string_view label, size_t bytes, double seconds, std::string_view what);

// Prints the baseline's rate line, if there is a baseline.
void PrintBaseline(const BenchSpec& spec, const std::optional<BaselineResult>& baseline);

// "9.03x the baseline", or "n/a" without a baseline.
std::string RatioText(double mb_per_s, const std::optional<BaselineResult>& baseline);

}  // namespace vanban::bench

#endif  // VANBAN_BENCH_BENCH_UTIL_H_
