// store: the SQLite database of documents, citations, tasks and targets.
//
// Contract:
// - Store::Open creates or opens a database file. Its schema is versioned
//   (store/SCHEMA.md): an older database is upgraded in place, a newer one
//   or a file that is not a vanban database is refused with a message that
//   names the file. Foreign keys are enforced; the journal is WAL.
// - Put() stores one document exactly as the pipeline produced it (source,
//   normalized text, record). Every fact keeps its source byte span.
// - Identity: a document is (code key, year); the year comes from the code
//   when it has one (45/2026/NĐ-CP), else from the issue date. A document
//   without a number is known by its content hash. A cited document that is
//   not stored is a node of its own; storing it later turns that node into
//   the real document, and every earlier citation still points at it. A
//   citation without a date means the single known document with that code,
//   else a year-less node. The database content does not depend on the
//   order in which files are stored (row ids aside).
// - The same bytes again are not stored twice; a changed file at the same
//   path replaces its document, atomically. A new file holding a document
//   already stored from another file (same identity, other bytes: another
//   copy or rendering) is a duplicate: not stored, and named with the file
//   it duplicates.
// - Writes between BeginBatch() and CommitBatch() form one transaction; a
//   Put that fails inside it is undone alone and the batch goes on. Inside
//   a batch, citations point at their documents only once it commits.
// - No exceptions cross this boundary. A Store serves one thread at a time;
//   the queries in vanban/queries.h read through it.
#ifndef VANBAN_STORE_STORE_H_
#define VANBAN_STORE_STORE_H_

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "vanban/corpus.h"
#include "vanban/normalizer.h"
#include "vanban/record.h"
#include "vanban/status.h"

namespace vanban::store {

struct ProgressEntry;

namespace internal {
class Database;
class Transaction;
}  // namespace internal

using DocumentId = int64_t;

struct OpenOptions {
  // Queries set this to false: a mistyped --db then fails instead of
  // answering from a new, empty database.
  bool create_if_missing = true;
  // Read commands set this: the file is opened read-only, so a query never
  // writes to it (no schema into an empty file, no journal mode switched);
  // a database of an older schema is refused with the way to upgrade it.
  bool read_only = false;
};

enum class PutOutcome {
  kStored,     // a new document
  kReplaced,   // the file at this path changed; its old document is gone
  kUnchanged,  // these bytes are stored already (at this path or another)
  kDuplicate,  // its document is stored already, from another file
};

struct PutResult {
  PutOutcome outcome = PutOutcome::kStored;
  DocumentId id = 0;
  std::string duplicate_of;  // kDuplicate: the path of the stored file
};

// What an ingest run did, kept in ingest_runs.
struct RunTotals {
  size_t stored = 0;
  size_t unchanged = 0;
  size_t failed = 0;
};

class Store {
 public:
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const OpenOptions& options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  static int LatestSchemaVersion();
  int schema_version() const;
  const std::string& path() const;

  // SHA-256 of every stored file, so an ingest can skip files it has
  // already stored before spending time on their extraction.
  Result<std::set<std::string>> StoredHashes() const;

  Result<int64_t> BeginRun(const std::vector<std::string>& paths);
  Status FinishRun(int64_t run, const RunTotals& totals);
  Status RecordError(int64_t run, std::string_view path, std::string_view reason);

  Status BeginBatch();
  Status CommitBatch();

  // Stores one document. `run` (from BeginRun, or 0) is kept with it. The
  // path is made absolute, so the same file given another way is the same.
  Result<PutResult> Put(const corpus::SourceText& source, const normalizer::NormalizedText& text,
                        const extractor::DocumentRecord& record, int64_t run = 0);

  // Appends a status entry for `entry.task_key` (vanban/task_status.h);
  // recorded_at is set here. Refused on a read-only store.
  Status RecordProgress(const ProgressEntry& entry);
  // From now on a statement still running at `deadline` is interrupted and
  // its query fails; a default time_point (the epoch) removes the limit. A
  // server bounds the time of each request with it.
  void SetDeadline(std::chrono::steady_clock::time_point deadline);
  // Whether the deadline set last has passed.
  bool DeadlinePassed() const;

  // For the query functions of this module; opaque elsewhere.
  internal::Database& database() const;

 private:
  Store(std::unique_ptr<internal::Database> db, int schema_version);
  std::unique_ptr<internal::Database> db_;
  int schema_version_;
  std::unique_ptr<internal::Transaction> batch_;
  std::map<std::string, bool> pending_codes_;  // reconciled when the batch commits
  std::chrono::steady_clock::time_point deadline_{};
};

// An absolute, lexically normal path: how the store names files.
std::string AbsolutePath(std::string_view path);

}  // namespace vanban::store

#endif  // VANBAN_STORE_STORE_H_
