// Progress that reports (báo cáo) state of the tasks of a plan they cite:
// "Đã hoàn thành: 01 nhiệm vụ (xây dựng chương trình truyền thông ...)"
// marks the plan's task with those words done. Read at query time from what
// is stored, so the links do not depend on the order documents were stored
// in, and a person's entry (task_status, source 'manual') always wins.
#ifndef VANBAN_STORE_REPORT_PROGRESS_H_
#define VANBAN_STORE_REPORT_PROGRESS_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rows.h"
#include "sqlite.h"
#include "vanban/queries.h"
#include "word_features.h"

namespace vanban::store::internal {

// One clause of a report that states progress, with its folded features.
struct ProgressClause {
  std::string text;    // as written (normalized)
  Progress progress;   // what its cue says
  std::string report;  // the report's number, else its file name
  Features features;
};

// The progress a clause's cue states, from the first cue in it: "đã hoàn
// thành", "đã ban hành" (done); "đang triển khai", "đang thực hiện", "chưa
// hoàn thành" (in progress); "chưa thực hiện", "chưa triển khai" (not
// started). A future or an order ("Hoàn thành trước 30/11", "Tập trung hoàn
// thành") states nothing.
std::optional<Progress> ProgressCue(std::string_view clause);

// The clauses of `text` (lines, cut again at ';') that state progress.
std::vector<ProgressClause> ProgressClauses(std::string_view text, const std::string& report);

// A task of a plan a report speaks of, folded once.
struct PlanTask {
  std::string key;  // TaskKey
  Features features;
};

// Gives each clause to the one task it describes best: among the tasks
// sharing at least kMinShared of its words and pairs, and kMinCoverage of
// the shorter text's, the one of highest Dice (coverage alone would favour
// the shortest task). A clause states the progress of one task, so a task
// like another gets nothing from a clause its neighbour matches better.
// Later clauses overwrite earlier ones for the same task. Confidence: the
// Dice coefficient.
std::map<std::string, ProgressEntry> AttributeClauses(const std::vector<ProgressClause>& clauses,
                                                      const std::vector<PlanTask>& tasks);
inline constexpr size_t kMinShared = 6;
inline constexpr double kMinCoverage = 0.6;

// What the stored reports (type BC) that name a plan in their preamble
// ("Căn cứ chế độ báo cáo quy định tại Kế hoạch số 215/KH-UBND ...") state
// of its tasks; each report's clauses are shared out among the tasks of
// every plan it names there. A later report overwrites an earlier. One
// object serves one query: each plan and each report is read once, however
// many of the query's tasks they concern.
class ReportStatements {
 public:
  // What the reports state of task `task_key` of `plan`, if anything.
  Result<std::optional<ProgressEntry>> Find(Database* db, DocumentId plan,
                                            const std::string& task_key);

 private:
  using Stated = std::map<std::string, ProgressEntry>;  // by task key
  static Result<std::vector<DocumentId>> ReportsNaming(Database* db, DocumentId plan);
  Result<const Stated*> Of(Database* db, DocumentId report);

  std::map<DocumentId, Stated> by_plan_;
  std::map<DocumentId, Stated> by_report_;
};

}  // namespace vanban::store::internal

#endif  // VANBAN_STORE_REPORT_PROGRESS_H_
