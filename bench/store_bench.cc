// Store benchmarks, one core:
// 1. Ingest throughput: MB/s of document text from normalization to rows in
//    SQLite. Normalize + extract every copy of the corpus (timed once; the
//    extract bench measures that stage in detail), then store as many
//    documents of the same sizes, each with its own identity, into a new
//    database in batches (best of 3). Next to it, a Python baseline stores
//    the same texts with sqlite3 and an FTS5 index and nothing else.
// 2. Query latency: median and 95th percentile of each query of
//    vanban/queries.h on a database of --docs generated documents (default
//    20000; see generated_corpus.h).
//
// Usage: vanban_bench_store [--corpus DIR] [--mb N] [--no-baseline] [--docs N]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "bench_util.h"
#include "generated_corpus.h"
#include "vanban/extractor.h"
#include "vanban/normalizer.h"
#include "vanban/queries.h"
#include "vanban/store.h"

namespace vanban::bench {
namespace {

constexpr BenchSpec kSpec = {
    .name = "store",
    .program = "vanban_bench_store",
    .baseline_script = "baseline_ingest.py",
    .baseline_what = "python3 NFC + sqlite3 rows + FTS5, no facts",
    .separator = "\n\x1e\n",
};

constexpr size_t kDefaultDocuments = 20000;
constexpr size_t kBatch = 64;
constexpr size_t kQueryRuns = 50;
// Generated documents keep this much of their template's text: enough for
// search, small enough that 20,000 of them make a database of ~100 MB.
constexpr size_t kGeneratedTextBytes = 4096;

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// A directory for the databases, removed at the end.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "vanban_bench_XXXXXX").string();
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~ScratchDir() {
    if (!path_.empty()) std::filesystem::remove_all(path_);
  }
  std::string File(const std::string& name) const { return path_ + "/" + name; }
  bool ok() const { return !path_.empty(); }

 private:
  std::string path_;
};

// The corpus documents through the pipeline's stages, as templates.
std::vector<GeneratedDocument> Templates(const Workload& work, double* seconds) {
  auto normalizer = normalizer::Normalizer::Create();
  auto extractor = extractor::Extractor::Create();
  if (!normalizer.ok() || !extractor.ok()) return {};
  std::vector<GeneratedDocument> templates;
  const Clock::time_point start = Clock::now();
  for (const Copy& copy : work.copies) {
    const corpus::SourceText& source = work.originals[copy.original];
    normalizer::NormalizedText text = (*normalizer)->Normalize(copy.text, source.map);
    extractor::DocumentRecord record = (*extractor)->Extract(text, source.path);
    if (templates.size() < work.originals.size()) {
      templates.push_back({source, std::move(text), std::move(record)});
    }
  }
  *seconds = SecondsSince(start);
  return templates;
}

// Stores documents 0..count-1 of `corpus` into a new database at `path`;
// returns how many were stored.
size_t Fill(const GeneratedCorpus& corpus, size_t count, const std::string& path) {
  std::filesystem::remove(path);
  auto db = store::Store::Open(path);
  if (!db.ok()) {
    std::fprintf(stderr, "%s\n", db.status().ToString().c_str());
    return 0;
  }
  size_t stored = 0;
  for (size_t i = 0; i < count; ++i) {
    if (i % kBatch == 0 && !(*db)->BeginBatch().ok()) return stored;
    const GeneratedDocument d = corpus.Make(i);
    auto put = (*db)->Put(d.source, d.text, d.record);
    if (put.ok()) {
      ++stored;
    } else {
      std::fprintf(stderr, "document %zu: %s\n", i, put.status().ToString().c_str());
    }
    if ((i % kBatch == kBatch - 1 || i + 1 == count) && !(*db)->CommitBatch().ok()) return stored;
  }
  return stored;
}

int MeasureIngest(const Options& options, const Workload& work) {
  ScratchDir dir;
  if (!dir.ok()) return 1;
  double pipeline_seconds = 0;
  std::vector<GeneratedDocument> templates = Templates(work, &pipeline_seconds);
  if (templates.empty()) return 1;
  const GeneratedCorpus full_texts(std::move(templates), SIZE_MAX);
  const size_t count = work.copies.size();
  const Timing store =
      BestOfRuns("store", [&] { return Fill(full_texts, count, dir.File("ingest.db")); });
  if (store.result != count) std::printf("only %zu of %zu documents stored\n", store.result, count);
  PrintRate("extract", work.input_bytes, pipeline_seconds, "normalize + extract, timed once");
  const double store_rate =
      PrintRate("store", work.input_bytes, store.seconds, "Put into SQLite: rows, facts, FTS5");
  PrintRate("ingest", work.input_bytes, pipeline_seconds + store.seconds,
            "normalize + extract + store, one core");
  if (!options.baseline) return 0;
  const std::optional<BaselineResult> baseline = MeasureBaseline(kSpec, work);
  PrintBaseline(kSpec, baseline);
  std::printf("store    : %s\n", RatioText(store_rate, baseline).c_str());
  return 0;
}

// Runs `query(k)` for k = 0..kQueryRuns-1 and prints the median and the
// 95th percentile of its latency.
void Latency(const char* name, const std::function<bool(size_t)>& query) {
  std::vector<double> ms;
  size_t failed = 0;
  for (size_t k = 0; k < kQueryRuns; ++k) {
    const Clock::time_point start = Clock::now();
    failed += query(k) ? 0 : 1;
    ms.push_back(SecondsSince(start) * 1000);
  }
  std::sort(ms.begin(), ms.end());
  std::printf("  %-34s median %8.2f ms   p95 %8.2f ms%s\n", name, ms[ms.size() / 2],
              ms[ms.size() * 95 / 100], failed ? "   (some failed)" : "");
}

void MeasureQueries(const store::Store& db, const GeneratedCorpus& corpus, size_t count) {
  // Documents spread over the corpus, each with a number.
  auto document = [&](size_t k) {
    size_t i = (k * 7919 + 13) % count;
    if (corpus.CodeOf(i).empty()) --i;
    return store::FindDocument(db, corpus.CodeOf(i));
  };
  // Documents near the top of the tree have the most implementers.
  auto upper = [&](size_t k) { return store::FindDocument(db, corpus.CodeOf(k % 9)); };
  auto with = [](auto found, auto ask) { return found.ok() && ask(*found).ok(); };
  Latency("find (number -> document)", [&](size_t k) { return document(k).ok(); });
  Latency("show", [&](size_t k) {
    return with(document(k), [&](store::DocumentId id) { return store::Show(db, id); });
  });
  Latency("implementers, top documents, depth 2", [&](size_t k) {
    return with(upper(k), [&](store::DocumentId id) { return store::Implementers(db, id, 2); });
  });
  Latency("implementers, any document, all", [&](size_t k) {
    return with(document(k), [&](store::DocumentId id) { return store::Implementers(db, id, 0); });
  });
  Latency("cites", [&](size_t k) {
    return with(document(k), [&](store::DocumentId id) { return store::Cites(db, id); });
  });
  Latency("cited-by", [&](size_t k) {
    return with(document(k), [&](store::DocumentId id) { return store::CitedBy(db, id); });
  });
  Latency("tasks --agency (folded) --role lead", [&](size_t k) {
    store::TaskFilter filter;
    filter.agency = normalizer::FoldKey(GeneratedCorpus::Agency(k));
    filter.role = "lead";
    return store::FindTasks(db, filter).ok();
  });
  Latency("tasks --doc --status overdue", [&](size_t k) {
    auto found = document(k);
    store::TaskFilter filter;
    if (found.ok()) filter.document = *found;
    filter.overdue_as_of = "2026-01-01";
    return found.ok() && store::FindTasks(db, filter).ok();
  });
  Latency("agencies", [&](size_t) { return store::ListAgencies(db).ok(); });
  Latency("search (2 words, 20 hits)", [&](size_t k) {
    return store::Search(db, k % 2 ? "chuyen doi so" : "nong nghiep", 20).ok();
  });
  Latency("graph --root (lineage)", [&](size_t k) {
    return with(document(k), [&](store::DocumentId id) { return store::CitationGraph(db, id); });
  });
  Latency("coverage", [&](size_t k) {
    return with(upper(k),
                [&](store::DocumentId id) { return store::CoverageOf(db, id, "2026-01-01"); });
  });
}

int MeasureQueryDatabase(const Workload& work, size_t count) {
  ScratchDir dir;
  if (!dir.ok()) return 1;
  double ignored = 0;
  const GeneratedCorpus corpus(Templates(work, &ignored), kGeneratedTextBytes);
  const std::string path = dir.File("queries.db");
  const Clock::time_point start = Clock::now();
  const size_t stored = Fill(corpus, count, path);
  const double seconds = SecondsSince(start);
  auto db = store::Store::Open(path, {.create_if_missing = false});
  if (!db.ok()) return 1;
  auto totals = store::CountAll(**db);
  std::printf("database : %zu generated documents stored in %.1f s (%.0f documents/s), %.0f MB",
              stored, seconds, static_cast<double>(stored) / seconds,
              static_cast<double>(std::filesystem::file_size(path)) / kBytesPerMb);
  if (totals.ok()) {
    std::printf("; %zu cited only, %zu citations, %zu typed edges, %zu tasks, %zu agencies",
                totals->cited_only, totals->citations, totals->edges, totals->tasks,
                totals->agencies);
  }
  std::printf("\nquery latency (%zu runs each):\n", kQueryRuns);
  MeasureQueries(**db, corpus, stored);
  return 0;
}

// "--docs N" is this benchmark's own option; the rest go to RunBenchmark.
size_t TakeDocumentsOption(int* argc, char** argv) {
  size_t documents = kDefaultDocuments;
  for (int i = 1; i + 1 < *argc; ++i) {
    if (std::strcmp(argv[i], "--docs") != 0) continue;
    documents = std::max<size_t>(std::strtoul(argv[i + 1], nullptr, 10), 10);
    std::copy(argv + i + 2, argv + *argc, argv + i);
    *argc -= 2;
    break;
  }
  return documents;
}

}  // namespace
}  // namespace vanban::bench

int main(int argc, char** argv) {
  using namespace vanban::bench;
  const size_t documents = TakeDocumentsOption(&argc, argv);
  return RunBenchmark(kSpec, argc, argv, [&](const Options& options, const Workload& work) {
    if (const int status = MeasureIngest(options, work); status != 0) return status;
    return MeasureQueryDatabase(work, documents);
  });
}
