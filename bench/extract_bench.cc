// Extraction throughput: MB/s of decoded document text one core takes from
// text to DocumentRecord, both as the pipeline runs it (Normalize, then
// Extract, per document) and for Extract alone on text normalized before the
// clock starts. Next to it, a Python baseline finds document numbers and
// their dates with one regex on the same documents in the same run.
//
// Usage: vanban_bench_extract [--corpus DIR] [--mb N] [--no-baseline]

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "bench_util.h"
#include "vanban/extractor.h"
#include "vanban/normalizer.h"

namespace vanban::bench {
namespace {

constexpr BenchSpec kSpec = {
    .name = "extract",
    .program = "vanban_bench_extract",
    .baseline_script = "baseline_extract.py",
    .baseline_what = "python3 NFC + document-number regex",
    // The baseline collects codes per document, so it must find the
    // boundaries; U+001E (record separator) never occurs in documents.
    .separator = "\n\x1e\n",
};

struct Stages {
  std::unique_ptr<normalizer::Normalizer> normalizer;
  std::unique_ptr<extractor::Extractor> extractor;
};

// The names Extract gets, one per original, as app::Pipeline passes them.
std::vector<std::string> BaseNames(const Workload& work) {
  std::vector<std::string> names;
  for (const corpus::SourceText& doc : work.originals) {
    names.push_back(doc.path.substr(doc.path.find_last_of('/') + 1));
  }
  return names;
}

// Normalize + Extract on every copy, one document at a time, each result
// freed before the next document as in the pipeline. Returns the number of
// distinct references found, which keeps the work from being optimized away
// and can be set against the baseline's distinct codes.
size_t NormalizeAndExtractAll(const Stages& stages, const Workload& work,
                              const std::vector<std::string>& names) {
  size_t references = 0;
  for (const Copy& copy : work.copies) {
    const normalizer::NormalizedText normalized =
        stages.normalizer->Normalize(copy.text, work.originals[copy.original].map);
    references += stages.extractor->Extract(normalized, names[copy.original]).references.size();
  }
  return references;
}

// Extract alone over texts normalized beforehand (one per copy, so the pass
// still streams through fresh memory).
size_t ExtractAll(const Stages& stages, const Workload& work,
                  const std::vector<normalizer::NormalizedText>& normalized,
                  const std::vector<std::string>& names) {
  size_t references = 0;
  for (size_t i = 0; i < work.copies.size(); ++i) {
    const std::string& name = names[work.copies[i].original];
    references += stages.extractor->Extract(normalized[i], name).references.size();
  }
  return references;
}

std::vector<normalizer::NormalizedText> NormalizeCopies(const Stages& stages,
                                                        const Workload& work) {
  std::vector<normalizer::NormalizedText> normalized;
  normalized.reserve(work.copies.size());
  for (const Copy& copy : work.copies) {
    normalized.push_back(
        stages.normalizer->Normalize(copy.text, work.originals[copy.original].map));
  }
  return normalized;
}

std::optional<Stages> CreateStages() {
  auto norm = normalizer::Normalizer::Create();
  if (!norm.ok()) {
    std::fprintf(stderr, "%s\n", norm.status().ToString().c_str());
    return std::nullopt;
  }
  auto extract = extractor::Extractor::Create();
  if (!extract.ok()) {
    std::fprintf(stderr, "%s\n", extract.status().ToString().c_str());
    return std::nullopt;
  }
  return Stages{std::move(norm).value(), std::move(extract).value()};
}

void PrintSummary(const Workload& work, const Timing& pipeline, const Timing& extract,
                  const std::optional<BaselineResult>& baseline) {
  const double pipeline_rate = PrintRate("pipeline", work.input_bytes, pipeline.seconds,
                                         "vanban Normalize + Extract, 1 core");
  const double extract_rate =
      PrintRate("extract", work.input_bytes, extract.seconds, "vanban Extract only, 1 core");
  PrintBaseline(kSpec, baseline);
  std::printf("ratio    : %s (Normalize + Extract); %s (Extract only)\n",
              RatioText(pipeline_rate, baseline).c_str(),
              RatioText(extract_rate, baseline).c_str());
}

int Measure(const Options& options, const Workload& work) {
  const std::optional<Stages> stages = CreateStages();
  if (!stages) return 1;
  const std::vector<std::string> names = BaseNames(work);
  const Timing pipeline =
      BestOfRuns("normalize+extract", [&] { return NormalizeAndExtractAll(*stages, work, names); });
  const std::vector<normalizer::NormalizedText> normalized = NormalizeCopies(*stages, work);
  const Timing extract =
      BestOfRuns("extract", [&] { return ExtractAll(*stages, work, normalized, names); });
  std::optional<BaselineResult> baseline;
  if (options.baseline) baseline = MeasureBaseline(kSpec, work);
  std::printf("found    : %zu references (vanban, distinct per document)", extract.result);
  if (baseline) std::printf("; %.0f codes (baseline regex)", baseline->Get("codes"));
  std::printf("\n");
  PrintSummary(work, pipeline, extract, baseline);
  return 0;
}

}  // namespace
}  // namespace vanban::bench

int main(int argc, char** argv) {
  return vanban::bench::RunBenchmark(vanban::bench::kSpec, argc, argv, vanban::bench::Measure);
}
