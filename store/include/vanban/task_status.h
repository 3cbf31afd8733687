// Task status (tình trạng): what a person, or a report, says of a task's
// progress, and the state a follow-up table shows.
//
// Contract:
// - A status is kept under the task's key (TaskKey), not its row id: the
//   key comes from the document's identity, the task's path and its text,
//   so a status survives re-ingesting the document and is lost only when the
//   task itself changes (another path or other words).
// - Every status is a new entry; the history is never rewritten. The one
//   that counts is the latest a person recorded; a report's entry counts only
//   while no person has recorded one.
// - The state shown (TaskState) derives from that entry and the deadline on
//   a given day: done, else overdue once the last day has passed, else in
//   progress, else due soon, not yet due, or without a deadline.
#ifndef VANBAN_STORE_TASK_STATUS_H_
#define VANBAN_STORE_TASK_STATUS_H_

#include <optional>
#include <string>
#include <string_view>

#include "vanban/record.h"

namespace vanban::store {

// What is recorded: chưa thực hiện, đang thực hiện, hoàn thành.
enum class Progress { kNotStarted, kInProgress, kDone };
const char* ProgressName(Progress progress);  // "not-started", "in-progress", "done"
std::optional<Progress> ParseProgress(std::string_view name);

struct ProgressEntry {
  std::string task_key;
  Progress progress = Progress::kNotStarted;
  std::string on;           // ISO day it holds from; "" when not said
  std::string note;         // the person's words
  std::string source;       // "manual" (a person) or "report"
  std::string evidence;     // report: the sentence that states it
  std::string report;       // report: its number or file name
  double confidence = 1.0;  // report: how sure the link to the task is (0..1)
  std::string recorded_at;  // UTC, as stored
};

// What a person records (source "manual") of the task `task_key`.
ProgressEntry PersonsEntry(std::string task_key, Progress progress, std::string on,
                           std::string note);

// The state a follow-up table shows.
enum class TaskState { kDone, kOverdue, kInProgress, kDueSoon, kNotDue, kNoDeadline };
const char* TaskStateName(TaskState state);  // "done", "overdue", "in-progress", "due-soon", ...
// hoàn thành, quá hạn, đang thực hiện, sắp đến hạn, chưa đến hạn; "" for a
// task without a last day that nobody has reported on.
const char* TaskStateLabel(TaskState state);
std::optional<TaskState> ParseTaskState(std::string_view name);

// `as_of` is YYYY-MM-DD; due soon is within `soon_days` of it.
TaskState DeriveTaskState(const std::optional<ProgressEntry>& latest,
                          const extractor::Deadline& deadline, std::string_view as_of,
                          int soon_days = 30);

// "<doc_key>#<path>#<16 hex digits of the folded text's hash>": stable
// across re-ingest and across spacing, case and diacritic spelling of the
// text; another path or other words make another task.
std::string TaskKey(std::string_view doc_key, std::string_view path, std::string_view text);

}  // namespace vanban::store

#endif  // VANBAN_STORE_TASK_STATUS_H_
