// A thin RAII layer over the SQLite C API: one connection, statements
// prepared once and cached by their SQL text, values bound by position, and
// every failure turned into a Status that names the statement.
//
// Not thread-safe: a Database belongs to one thread at a time (the Store's
// contract says the same).
#ifndef VANBAN_STORE_SRC_SQLITE_H_
#define VANBAN_STORE_SRC_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>

#include "vanban/status.h"
#include "vanban/utf8.h"

namespace vanban::store::internal {

// One prepared statement; also the row being read after Step() returned true.
class Statement {
 public:
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Clears earlier bindings and binds `args` to ?1, ?2, ...
  template <typename... Args>
  void BindAll(const Args&... args) {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    [[maybe_unused]] int index = 0;
    (Bind(++index, args), ...);
  }

  // True when a row is ready, false when the statement is done.
  Result<bool> Step();
  // Steps to the end, ignoring rows.
  Status Run();

  int columns() const { return sqlite3_column_count(stmt_); }
  bool IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  int64_t Int(int column) const { return sqlite3_column_int64(stmt_, column); }
  double Real(int column) const { return sqlite3_column_double(stmt_, column); }
  std::string Text(int column) const;  // "" for NULL
  std::optional<int64_t> OptionalInt(int column) const;

  std::string_view sql() const { return sqlite3_sql(stmt_); }

 private:
  void Bind(int index, std::nullopt_t) { sqlite3_bind_null(stmt_, index); }
  // TEXT is UTF-8 in SQLite: malformed bytes are mended before they are stored.
  void Bind(int index, std::string_view value) {
    if (utf8::ValidPrefix(value) != value.size()) {
      const std::string scrubbed = utf8::Scrub(value);
      sqlite3_bind_text(stmt_, index, scrubbed.data(), static_cast<int>(scrubbed.size()),
                        SQLITE_TRANSIENT);
      return;
    }
    sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
  }
  void Bind(int index, const std::string& value) { Bind(index, std::string_view(value)); }
  void Bind(int index, const char* value) { Bind(index, std::string_view(value)); }
  void Bind(int index, double value) { sqlite3_bind_double(stmt_, index, value); }
  template <typename T>
  void Bind(int index, const std::optional<T>& value) {
    if (!value.has_value()) {
      sqlite3_bind_null(stmt_, index);
      return;
    }
    Bind(index, value.value());
  }
  template <typename T>
  requires std::is_integral_v<T>
  void Bind(int index, T value) {
    sqlite3_bind_int64(stmt_, index, static_cast<sqlite3_int64>(value));
  }

  sqlite3* db_;
  sqlite3_stmt* stmt_;
};

// Text that is stored as NULL when empty, so "unknown" reads the same in
// every column.
inline std::optional<std::string_view> OrNull(std::string_view text) {
  if (text.empty()) return std::nullopt;
  return text;
}

class Database {
 public:
  // Opens (or creates, unless `read_only`) the file; "" or ":memory:" is an
  // in-memory database.
  static Result<std::unique_ptr<Database>> Open(const std::string& path, bool read_only);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // A cached statement for `sql`, reset and bound to `args`.
  template <typename... Args>
  Result<Statement*> Prepare(std::string_view sql, const Args&... args) {
    VANBAN_ASSIGN_OR_RETURN(Statement * statement, Cached(sql));
    statement->BindAll(args...);
    return statement;
  }

  template <typename... Args>
  Status Exec(std::string_view sql, const Args&... args) {
    VANBAN_ASSIGN_OR_RETURN(Statement * statement, Prepare(sql, args...));
    return statement->Run();
  }

  // Runs an INSERT and returns the new row's id.
  template <typename... Args>
  Result<int64_t> Insert(std::string_view sql, const Args&... args) {
    VANBAN_RETURN_IF_ERROR(Exec(sql, args...));
    return static_cast<int64_t>(sqlite3_last_insert_rowid(db_));
  }

  // The first column of the first row, or nullopt when there is no row.
  template <typename... Args>
  Result<std::optional<int64_t>> QueryInt(std::string_view sql, const Args&... args) {
    VANBAN_ASSIGN_OR_RETURN(Statement * statement, Prepare(sql, args...));
    VANBAN_ASSIGN_OR_RETURN(const bool has_row, statement->Step());
    std::optional<int64_t> value;
    if (has_row && !statement->IsNull(0)) value = statement->Int(0);
    VANBAN_RETURN_IF_ERROR(statement->Run());
    return value;
  }

  // Calls `on_row(const Statement&)` for each row; it may return void or a
  // Status (an error stops the loop).
  template <typename OnRow, typename... Args>
  Status ForEachRow(std::string_view sql, OnRow&& on_row, const Args&... args) {
    VANBAN_ASSIGN_OR_RETURN(Statement * statement, Prepare(sql, args...));
    while (true) {
      VANBAN_ASSIGN_OR_RETURN(const bool has_row, statement->Step());
      if (!has_row) return Status::Ok();
      if constexpr (std::is_same_v<decltype(on_row(*statement)), Status>) {
        VANBAN_RETURN_IF_ERROR(on_row(*statement));
      } else {
        on_row(*statement);
      }
    }
  }

  // Runs a script of several statements without parameters (schema DDL).
  Status ExecScript(const std::string& script);

  int changes() const { return sqlite3_changes(db_); }
  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }

  // A Status for the connection's last error, naming what was being done.
  Status Error(std::string_view doing) const;

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  Result<Statement*> Cached(std::string_view sql);

  sqlite3* db_;
  std::string path_;
  std::unordered_map<std::string, std::unique_ptr<Statement>> statements_;
};

// BEGIN ... COMMIT, rolled back on destruction unless committed. A nested
// scope is a SAVEPOINT, so one document's failure can be undone inside a
// batch without losing the batch.
class Transaction {
 public:
  Transaction(Database* db, bool nested) : db_(db), nested_(nested) {}
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  Status Begin();
  Status Commit();

 private:
  Database* db_;
  bool nested_;
  bool open_ = false;
};

}  // namespace vanban::store::internal

#endif  // VANBAN_STORE_SRC_SQLITE_H_
