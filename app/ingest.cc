#include "ingest.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <optional>
#include <set>
#include <thread>

#include "ordered_queue.h"
#include "progress.h"

namespace vanban::app {

namespace {

// What a worker hands the writer for one file.
struct FileResult {
  std::string path;
  size_t bytes = 0;
  std::optional<Processed> processed;  // absent: failed (error set) or unchanged
  std::string error;
};

// SHA-256 of the files stored before this run: read once, then shared
// read-only by the workers so they skip unchanged files before extraction.
using StoredFiles = std::set<std::string>;

FileResult ProcessFile(const Pipeline& pipeline, const StoredFiles& stored,
                       const std::string& path) {
  FileResult result;
  result.path = path;
  auto source = corpus::LoadFile(path);
  if (!source.ok()) {
    result.error = source.status().reason();
    return result;
  }
  result.bytes = source->bytes.size();
  if (stored.count(source->sha256)) return result;
  auto processed = pipeline.Process(std::move(source).value());
  if (processed.ok()) {
    result.processed = std::move(processed).value();
  } else {
    result.error = processed.status().reason();
  }
  return result;
}

size_t TotalBytes(const std::vector<std::string>& files) {
  size_t total = 0;
  for (const std::string& file : files) {
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (!error) total += size;
  }
  return total;
}

void CountFacts(const extractor::DocumentRecord& record, IngestReport* report) {
  report->citations += record.references.size();
  report->edges += std::count_if(record.edges.begin(), record.edges.end(), [](const auto& e) {
    return e.relation != extractor::Relation::kCites;
  });
  report->tasks += record.tasks.size();
  report->targets += record.targets.size();
  report->warnings += record.warnings.size();
}

// The single thread that writes: one transaction per batch of documents,
// per-file failures recorded and reported, the run's counts kept.
class Writer {
 public:
  Writer(store::Store* store, int64_t run, size_t batch_size, std::ostream& err,
         IngestReport* report)
      : store_(store), run_(run), batch_size_(batch_size), err_(err), report_(report) {}

  Status Write(FileResult result) {
    ++report_->files;
    report_->bytes += result.bytes;
    if (!result.error.empty()) return Fail(result.path, result.error);
    if (!result.processed) {
      ++report_->unchanged;
      return Status::Ok();
    }
    if (Status s = EnsureBatch(); !s.ok()) return s;
    const Processed& p = *result.processed;
    auto put = store_->Put(p.source, p.normalized, p.record, run_);
    if (!put.ok()) return Fail(result.path, put.status().message());
    switch (put->outcome) {
      case store::PutOutcome::kStored:
        ++report_->stored;
        break;
      case store::PutOutcome::kReplaced:
        ++report_->replaced;
        break;
      case store::PutOutcome::kUnchanged:
        ++report_->unchanged;
        return Status::Ok();
      case store::PutOutcome::kDuplicate:
        Duplicate(result.path, put->duplicate_of);
        return Status::Ok();
    }
    CountFacts(p.record, report_);
    return ++in_batch_ >= batch_size_ ? Commit() : Status::Ok();
  }

  Status Fail(const std::string& path, const std::string& reason) {
    Note(path + ": " + reason);
    ++report_->failed;
    ++report_->failures[reason.substr(0, reason.find(" ("))];
    if (Status s = EnsureBatch(); !s.ok()) return s;
    return store_->RecordError(run_, path, reason);
  }

  // Messages go on lines of their own, never into the progress bar.
  void set_progress(ProgressBar* progress) { progress_ = progress; }

  Status Commit() {
    if (!open_) return Status::Ok();
    open_ = false;
    in_batch_ = 0;
    return store_->CommitBatch();
  }

 private:
  Status EnsureBatch() {
    if (open_) return Status::Ok();
    open_ = true;
    return store_->BeginBatch();
  }

  void Note(const std::string& line) {
    if (progress_) progress_->Clear();
    err_ << "vanban ingest: " << line << "\n";
  }

  // The first few duplicates are named; the rest are only counted, in the
  // summary (400 copies of one file are one fact, not 399 lines).
  void Duplicate(const std::string& path, const std::string& original) {
    if (++report_->duplicates <= kNamedDuplicates) {
      Note(path + ": a copy of the document stored from " + original + "; not stored again");
    } else if (report_->duplicates == kNamedDuplicates + 1) {
      Note("more copies of stored documents follow; the summary counts them");
    }
  }

  static constexpr size_t kNamedDuplicates = 5;
  store::Store* store_;
  ProgressBar* progress_ = nullptr;
  int64_t run_;
  size_t batch_size_;
  std::ostream& err_;
  IngestReport* report_;
  bool open_ = false;
  size_t in_batch_ = 0;
};

// A PATH argument that could not be walked is a failed file like any other.
void ReportDiscoveryErrors(const corpus::Discovery& found, Writer* writer, Status* status) {
  for (const Status& error : found.errors) {
    if (status->ok()) *status = writer->Fail(error.path(), error.reason());
  }
}

}  // namespace

Result<IngestReport> Ingest(const Pipeline& pipeline, store::Store* store,
                            const IngestOptions& options, std::ostream& err) {
  const auto start = std::chrono::steady_clock::now();
  const corpus::Discovery found = corpus::DiscoverFiles(options.paths);
  auto hashes = store->StoredHashes();
  if (!hashes.ok()) return hashes.status();
  const StoredFiles stored = std::move(hashes).value();
  auto run = store->BeginRun(options.paths);
  if (!run.ok()) return run.status();

  IngestReport report;
  Writer writer(store, *run, std::max<size_t>(options.batch_size, 1), err, &report);
  Status status;
  ReportDiscoveryErrors(found, &writer, &status);

  const size_t workers = std::max<size_t>(
      1, options.workers > 0 ? options.workers : std::thread::hardware_concurrency());
  OrderedQueue<FileResult> queue(4 * workers);
  std::atomic<size_t> next{0};
  std::vector<std::thread> threads;
  for (size_t w = 0; w < workers; ++w) {
    threads.emplace_back([&] {
      for (size_t i = next++; i < found.files.size(); i = next++) {
        queue.Put(i, ProcessFile(pipeline, stored, found.files[i]));
      }
    });
  }
  std::optional<ProgressBar> progress;
  if (options.progress) {
    progress.emplace(err, found.files.size(), TotalBytes(found.files));
    writer.set_progress(&*progress);
  }
  for (size_t i = 0; i < found.files.size(); ++i) {
    FileResult result = queue.Take();
    // After a database failure the queue is still drained so workers finish.
    if (status.ok()) status = writer.Write(std::move(result));
    if (progress) progress->Update(i + 1, report.bytes);
  }
  for (std::thread& t : threads) t.join();
  if (progress) progress->Finish();
  if (status.ok()) status = writer.Commit();
  if (!status.ok()) return status;
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // ingest_runs has no column for duplicates: they count as unchanged there
  const store::RunTotals totals{report.stored + report.replaced,
                                report.unchanged + report.duplicates, report.failed};
  if (Status s = store->FinishRun(*run, totals); !s.ok()) return s;
  return report;
}

std::string DescribeFacts(const IngestReport& r) {
  return std::to_string(r.stored + r.replaced) + " documents, " + std::to_string(r.citations) +
         " citations, " + std::to_string(r.edges) + " edges, " + std::to_string(r.tasks) +
         " tasks, " + std::to_string(r.targets) + " targets, " + std::to_string(r.warnings) +
         " warnings";
}

}  // namespace vanban::app

namespace vanban::app {

std::string DescribeFailures(const IngestReport& r) {
  std::string out;
  for (const auto& [reason, count] : r.failures) {
    out += (out.empty() ? "not stored: " : "; ") + std::to_string(count) + " × " + reason;
  }
  return out;
}

}  // namespace vanban::app
