#include "vanban/store.h"

#include <filesystem>

#include "fold_tokenizer.h"
#include "schema.h"
#include "sqlite.h"
#include "vanban/task_status.h"
#include "writer.h"

namespace vanban::store {

namespace {

constexpr char kNow[] = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')";

bool InMemory(const std::string& path) {
  return path.empty() || path == ":memory:";
}

// SQLite says "file is not a database" both for a stranger's file and for a
// half-written one; the user needs to know what to do about either.
Status ExplainOpenError(const Status& status, const std::string& path) {
  if (status.code() != Status::Code::kInvalidInput) return status;
  return Status::InvalidInput(status.message() + "; " + path +
                              " is not a vanban database or is damaged: move it away and run "
                              "'vanban ingest' again");
}

Status Configure(internal::Database* db, bool in_memory, bool read_only) {
  VANBAN_RETURN_IF_ERROR(internal::RegisterFoldTokenizer(db->handle()));
  // Whose file it is comes first: a foreign or newer database is refused
  // before anything in it changes (WAL mode is written into the file).
  VANBAN_ASSIGN_OR_RETURN(const int version, internal::ReadSchemaVersion(db));
  const int latest = internal::LatestSchemaVersion();
  VANBAN_RETURN_IF_ERROR(internal::CheckNotNewer(*db, version, latest));
  VANBAN_RETURN_IF_ERROR(db->Exec("PRAGMA foreign_keys = ON"));
  // 64 MB of page cache: ingest revisits the citation indexes of every code.
  VANBAN_RETURN_IF_ERROR(db->Exec("PRAGMA cache_size = -65536"));
  if (read_only) {
    if (version == 0) {
      return Status::NotFound(db->path() +
                              " holds no vanban database yet (fill it with 'vanban ingest PATH "
                              "--db " +
                              db->path() + "')");
    }
    if (version < latest) {
      return Status::Unsupported(db->path() + " has schema version " + std::to_string(version) +
                                 "; run 'vanban ingest' on it once to upgrade it to " +
                                 std::to_string(latest));
    }
    return Status::Ok();
  }
  if (!in_memory) {
    VANBAN_RETURN_IF_ERROR(db->Exec("PRAGMA journal_mode = WAL"));
    // With WAL, NORMAL loses no committed batch on a crash, only on power loss.
    VANBAN_RETURN_IF_ERROR(db->Exec("PRAGMA synchronous = NORMAL"));
  }
  return internal::Migrate(db, internal::LatestSchemaVersion());
}

}  // namespace

std::string AbsolutePath(std::string_view path) {
  if (path.empty()) return "";
  std::error_code error;
  const std::filesystem::path absolute = std::filesystem::absolute(path, error);
  return (error ? std::filesystem::path(path) : absolute).lexically_normal().string();
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const OpenOptions& options) {
  const bool in_memory = InMemory(path);
  if (!options.create_if_missing && !in_memory && !std::filesystem::exists(path)) {
    return Status::NotFound(path + ": no such database (create it with 'vanban ingest PATH --db " +
                            path + "')");
  }
  const bool read_only = options.read_only && !in_memory;
  VANBAN_ASSIGN_OR_RETURN(std::unique_ptr<internal::Database> db,
                          internal::Database::Open(path, read_only));
  if (Status s = Configure(db.get(), in_memory, read_only); !s.ok()) {
    return ExplainOpenError(s, path);
  }
  auto version = internal::ReadSchemaVersion(db.get());
  if (!version.ok()) return version.status();
  return std::unique_ptr<Store>(new Store(std::move(db), *version));
}

Store::Store(std::unique_ptr<internal::Database> db, int schema_version)
    : db_(std::move(db)), schema_version_(schema_version) {}

Store::~Store() = default;

int Store::LatestSchemaVersion() {
  return internal::LatestSchemaVersion();
}

int Store::schema_version() const {
  return schema_version_;
}

const std::string& Store::path() const {
  return db_->path();
}

namespace {

// SQLite's progress handler: a non-zero return interrupts the statement.
int PastDeadline(void* store) {
  return static_cast<const Store*>(store)->DeadlinePassed() ? 1 : 0;
}

}  // namespace

void Store::SetDeadline(std::chrono::steady_clock::time_point deadline) {
  deadline_ = deadline;
  constexpr int kInstructions = 1000;  // between two looks at the clock
  if (deadline == std::chrono::steady_clock::time_point{}) {
    sqlite3_progress_handler(db_->handle(), 0, nullptr, nullptr);
  } else {
    sqlite3_progress_handler(db_->handle(), kInstructions, PastDeadline, this);
  }
}

bool Store::DeadlinePassed() const {
  return deadline_ != std::chrono::steady_clock::time_point{} &&
         std::chrono::steady_clock::now() >= deadline_;
}

internal::Database& Store::database() const {
  return *db_;
}

Result<std::set<std::string>> Store::StoredHashes() const {
  std::set<std::string> hashes;
  VANBAN_RETURN_IF_ERROR(
      db_->ForEachRow("SELECT sha256 FROM documents WHERE ingested = 1",
                      [&](const internal::Statement& row) { hashes.insert(row.Text(0)); }));
  return hashes;
}

Result<int64_t> Store::BeginRun(const std::vector<std::string>& paths) {
  std::string joined;
  for (const std::string& p : paths) joined += (joined.empty() ? "" : "\n") + p;
  return db_->Insert(
      "INSERT INTO ingest_runs(started_at, paths) VALUES (" + std::string(kNow) + ", ?1)", joined);
}

Status Store::FinishRun(int64_t run, const RunTotals& totals) {
  return db_->Exec("UPDATE ingest_runs SET finished_at = " + std::string(kNow) +
                       ", stored = ?2, unchanged = ?3, failed = ?4 WHERE id = ?1",
                   run, totals.stored, totals.unchanged, totals.failed);
}

Status Store::RecordError(int64_t run, std::string_view path, std::string_view reason) {
  return db_->Exec("INSERT INTO ingest_errors(run_id, path, reason) VALUES (?1, ?2, ?3)", run,
                   AbsolutePath(path), reason);
}

Status Store::RecordProgress(const ProgressEntry& entry) {
  if (entry.task_key.empty()) return Status::InvalidInput("a status needs a task key");
  if (entry.source != "manual" && entry.source != "report") {
    return Status::InvalidInput("a status comes from 'manual' or 'report', not '" + entry.source +
                                "'");
  }
  return db_->Exec(
      "INSERT INTO task_status(task_key, progress, on_date, note, source, evidence, report, "
      "confidence, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, " +
          std::string(kNow) + ")",
      entry.task_key, ProgressName(entry.progress), internal::OrNull(entry.on),
      internal::OrNull(entry.note), entry.source, internal::OrNull(entry.evidence),
      internal::OrNull(entry.report), entry.confidence);
}

Status Store::BeginBatch() {
  if (batch_) return Status::Internal("a batch is already open");
  auto batch = std::make_unique<internal::Transaction>(db_.get(), /*nested=*/false);
  VANBAN_RETURN_IF_ERROR(batch->Begin());
  batch_ = std::move(batch);
  return Status::Ok();
}

Status Store::CommitBatch() {
  if (!batch_) return Status::Internal("no batch is open");
  Status status = internal::Reconcile(db_.get(), pending_codes_);
  pending_codes_.clear();
  if (status.ok()) status = batch_->Commit();
  batch_.reset();  // rolls back unless committed
  return status;
}

Result<PutResult> Store::Put(const corpus::SourceText& source,
                             const normalizer::NormalizedText& text,
                             const extractor::DocumentRecord& record, int64_t run) {
  const internal::DocumentFacts facts{source, text, record, AbsolutePath(source.path), run};
  internal::Transaction transaction(db_.get(), /*nested=*/batch_ != nullptr);
  VANBAN_RETURN_IF_ERROR(transaction.Begin());
  // In a batch, citations are reconciled once per code when it commits (a
  // code like 57-NQ/TW is cited by most documents of a batch).
  internal::CodesToReconcile alone;
  internal::CodesToReconcile* codes = batch_ ? &pending_codes_ : &alone;
  VANBAN_ASSIGN_OR_RETURN(const PutResult result, internal::WriteDocument(db_.get(), facts, codes));
  if (!batch_) VANBAN_RETURN_IF_ERROR(internal::Reconcile(db_.get(), alone));
  VANBAN_RETURN_IF_ERROR(transaction.Commit());
  return result;
}

}  // namespace vanban::store
