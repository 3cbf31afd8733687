#include "sqlite.h"

namespace vanban::store::internal {

Result<bool> Statement::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  // A person reads this: the database's file and what went wrong, never the
  // SQL (which says nothing to them).
  const char* file = sqlite3_db_filename(db_, "main");
  const std::string where = file && *file ? std::string(file) + ": " : std::string();
  const int code = rc & 0xFF;
  Status error = code == SQLITE_BUSY || code == SQLITE_LOCKED
                     ? Status::IoError(where +
                                       "the database is busy (another vanban is writing to it); "
                                       "try again when it has finished")
                     : Status::Internal(where + sqlite3_errmsg(db_));
  sqlite3_reset(stmt_);
  return error;
}

Status Statement::Run() {
  while (true) {
    VANBAN_ASSIGN_OR_RETURN(const bool has_row, Step());
    if (!has_row) break;
  }
  sqlite3_reset(stmt_);
  return Status::Ok();
}

std::string Statement::Text(int column) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  if (text == nullptr) return "";
  return std::string(text, static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::optional<int64_t> Statement::OptionalInt(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Int(column);
}

Result<std::unique_ptr<Database>> Database::Open(const std::string& path, bool read_only) {
  const std::string file = path.empty() ? ":memory:" : path;
  const int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  sqlite3* handle = nullptr;
  const int rc = sqlite3_open_v2(file.c_str(), &handle, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  // sqlite3_open_v2 hands back a handle even on failure; it must be closed.
  std::unique_ptr<Database> db(new Database(handle, file));
  if (rc != SQLITE_OK) return db->Error("opening the database");
  sqlite3_extended_result_codes(handle, 1);
  sqlite3_busy_timeout(handle, 5000);
  return db;
}

Database::~Database() {
  statements_.clear();  // statements must be finalized before the connection closes
  sqlite3_close_v2(db_);
}

Result<Statement*> Database::Cached(std::string_view sql) {
  auto it = statements_.find(std::string(sql));
  if (it != statements_.end()) return it->second.get();
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                         &stmt, nullptr) != SQLITE_OK) {
    return Error("preparing: " + std::string(sql.substr(0, 80)));
  }
  auto statement = std::make_unique<Statement>(db_, stmt);
  Statement* raw = statement.get();
  statements_.emplace(std::string(sql), std::move(statement));
  return raw;
}

Status Database::ExecScript(const std::string& script) {
  char* message = nullptr;
  if (sqlite3_exec(db_, script.c_str(), nullptr, nullptr, &message) == SQLITE_OK) {
    return Status::Ok();
  }
  std::string text = message ? message : sqlite3_errmsg(db_);
  sqlite3_free(message);
  return Status::Internal(text);
}

Status Database::Error(std::string_view doing) const {
  const std::string message = path_ + ": " + (db_ ? sqlite3_errmsg(db_) : "out of memory") + " (" +
                              std::string(doing) + ")";
  const int code = db_ ? sqlite3_errcode(db_) & 0xFF : SQLITE_NOMEM;
  if (code == SQLITE_CANTOPEN || code == SQLITE_IOERR || code == SQLITE_READONLY) {
    return Status::IoError(message);
  }
  if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) return Status::InvalidInput(message);
  return Status::Internal(message);
}

Transaction::~Transaction() {
  if (!open_) return;
  if (nested_) {
    // Undo the savepoint's changes, then drop it; the outer transaction goes on.
    (void)db_->Exec("ROLLBACK TO vanban_document");
    (void)db_->Exec("RELEASE vanban_document");
  } else {
    (void)db_->Exec("ROLLBACK");
  }
}

Status Transaction::Begin() {
  VANBAN_RETURN_IF_ERROR(db_->Exec(nested_ ? "SAVEPOINT vanban_document" : "BEGIN IMMEDIATE"));
  open_ = true;
  return Status::Ok();
}

Status Transaction::Commit() {
  VANBAN_RETURN_IF_ERROR(db_->Exec(nested_ ? "RELEASE vanban_document" : "COMMIT"));
  open_ = false;
  return Status::Ok();
}

}  // namespace vanban::store::internal
