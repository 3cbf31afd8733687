#include "report_progress.h"

#include <algorithm>

#include "vanban/normalizer.h"

namespace vanban::store::internal {

namespace {

// Folded cue phrases and what they state. Each must be a past or present
// statement of fact; the examples each must and must not match are in
// tests/queries_test.cc (ReportProgressTest.Cues).
struct Cue {
  const char* folded;
  Progress progress;
};
constexpr Cue kCues[] = {
    {"da hoan thanh", Progress::kDone},          // đã hoàn thành: completed
    {"da ban hanh", Progress::kDone},            // đã ban hành: issued (a plan, a decision)
    {"da thuc hien xong", Progress::kDone},      // đã thực hiện xong: carried out
    {"dang trien khai", Progress::kInProgress},  // đang triển khai: being deployed
    {"dang thuc hien", Progress::kInProgress},   // đang thực hiện: being carried out
    {"dang hoan thien", Progress::kInProgress},  // đang hoàn thiện: being finalised
    {"dang xay dung", Progress::kInProgress},    // đang xây dựng: being drafted
    {"chua hoan thanh", Progress::kInProgress},  // chưa hoàn thành: not yet finished
    {"chua thuc hien", Progress::kNotStarted},   // chưa thực hiện: not carried out
    {"chua trien khai", Progress::kNotStarted},  // chưa triển khai: not deployed
};

std::string Label(const DocumentSummary& d) {
  return d.code.empty() ? d.source_name : d.code;
}

}  // namespace

std::optional<Progress> ProgressCue(std::string_view clause) {
  const std::string folded = " " + normalizer::FoldKey(clause) + " ";
  std::optional<Progress> first;
  size_t at = std::string::npos;
  for (const Cue& cue : kCues) {
    const size_t found = folded.find(" " + std::string(cue.folded) + " ");
    if (found < at) {
      at = found;
      first = cue.progress;
    }
  }
  return first;
}

std::vector<ProgressClause> ProgressClauses(std::string_view text, const std::string& report) {
  std::vector<ProgressClause> clauses;
  size_t begin = 0;
  while (begin < text.size()) {
    const size_t end = std::min(text.find_first_of("\n;", begin), text.size());
    const std::string_view clause = text.substr(begin, end - begin);
    if (const std::optional<Progress> progress = ProgressCue(clause)) {
      clauses.push_back({std::string(clause), *progress, report, WordFeatures(clause)});
    }
    begin = end + 1;
  }
  return clauses;
}

std::map<std::string, ProgressEntry> AttributeClauses(const std::vector<ProgressClause>& clauses,
                                                      const std::vector<PlanTask>& tasks) {
  std::map<std::string, ProgressEntry> stated;
  for (const ProgressClause& clause : clauses) {
    const PlanTask* best = nullptr;
    double best_dice = 0;
    for (const PlanTask& task : tasks) {
      const size_t shared = Shared(task.features, clause.features);
      const size_t shorter = std::min(task.features.size(), clause.features.size());
      if (shared < kMinShared || shorter == 0) continue;
      const double coverage = static_cast<double>(shared) / static_cast<double>(shorter);
      const double dice = Dice(task.features, clause.features);
      if (coverage < kMinCoverage) continue;
      if (!best || dice > best_dice) {
        best = &task;
        best_dice = dice;
      }
    }
    if (!best) continue;
    ProgressEntry entry;
    entry.task_key = best->key;
    entry.progress = clause.progress;
    entry.source = "report";
    entry.evidence = clause.text;
    entry.report = clause.report;
    entry.confidence = best_dice;
    stated[best->key] = std::move(entry);
  }
  return stated;
}

namespace {

// The tasks of every stored plan `report` names in its preamble.
Result<std::vector<PlanTask>> PreambleTasks(Database* db, DocumentId report) {
  std::vector<PlanTask> tasks;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT d.doc_key, t.path, t.text FROM tasks t JOIN documents d ON d.id = t.document_id "
      "WHERE t.document_id IN (SELECT c.target_id FROM mentions m JOIN citations c ON c.id = "
      "m.citation_id WHERE m.document_id = ?1 AND m.in_preamble = 1) ORDER BY t.id",
      [&](const Statement& row) {
        tasks.push_back(
            {TaskKey(row.Text(0), row.Text(1), row.Text(2)), WordFeatures(row.Text(2))});
      },
      report));
  return tasks;
}

}  // namespace

Result<std::optional<ProgressEntry>> ReportStatements::Find(Database* db, DocumentId plan,
                                                            const std::string& task_key) {
  auto [at, fresh] = by_plan_.try_emplace(plan);
  if (fresh) {
    VANBAN_ASSIGN_OR_RETURN(const std::vector<DocumentId> reports, ReportsNaming(db, plan));
    for (const DocumentId report : reports) {
      VANBAN_ASSIGN_OR_RETURN(const Stated* stated, Of(db, report));
      for (const auto& [key, entry] : *stated) at->second[key] = entry;  // later ones win
    }
  }
  const auto found = at->second.find(task_key);
  if (found == at->second.end()) return std::optional<ProgressEntry>();
  return std::optional<ProgressEntry>(found->second);
}

Result<std::vector<DocumentId>> ReportStatements::ReportsNaming(Database* db, DocumentId plan) {
  std::vector<DocumentId> reports;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT r.id FROM documents r WHERE r.ingested = 1 AND r.type = 'BC' AND r.id IN "
      "(SELECT m.document_id FROM mentions m JOIN citations c ON c.id = m.citation_id "
      "WHERE c.target_id = ?1 AND m.in_preamble = 1) ORDER BY r.issued, r.id",
      [&](const Statement& row) { reports.push_back(row.Int(0)); }, plan));
  return reports;
}

Result<const ReportStatements::Stated*> ReportStatements::Of(Database* db, DocumentId report) {
  auto [at, fresh] = by_report_.try_emplace(report);
  if (!fresh) return &at->second;
  VANBAN_ASSIGN_OR_RETURN(const DocumentSummary summary, LoadSummary(db, report));
  std::string text;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT text FROM documents WHERE id = ?1", [&](const Statement& row) { text = row.Text(0); },
      report));
  VANBAN_ASSIGN_OR_RETURN(const std::vector<PlanTask> tasks, PreambleTasks(db, report));
  at->second = AttributeClauses(ProgressClauses(text, Label(summary)), tasks);
  return &at->second;
}

}  // namespace vanban::store::internal
