#include "tasks.h"

#include <algorithm>
#include <map>

#include <re2/re2.h>

#include "deadlines.h"
#include "doc_number.h"
#include "tasks_readers.h"
#include "text_util.h"
#include "vanban/normalizer.h"

namespace vanban::extractor::internal {

namespace {

class TaskBuilder {
 public:
  TaskBuilder(const TaskInputs& in, DocumentRecord* record)
      : in_(in), record_(record), used_(in.blocks.size(), false) {
    year_ = record->document.issued.year;
    if (year_ == 0 && record->document.code) year_ = record->document.code->year;
    // the level the document works at: its units are the province's, the ward's ...
    const std::string issuer = normalizer::FoldKey(record->document.issuer);
    for (const auto& [folded, level] :
         {std::pair{" tinh", "tỉnh"}, std::pair{" phuong", "phường"}, std::pair{" xa", "xã"}}) {
      if (issuer.find(folded) != std::string::npos) {
        jurisdiction_ = level;
        break;
      }
    }
  }

  void Run() {
    TableTasks();
    TaskNumbering();
    // the prose, one reader per assigning structure; the inferred lead last
    ProseContext prose(in_, record_, used_, year_, jurisdiction_);
    ReadFieldTasks(prose);
    ReadScopedTasks(prose);
    ReadSentenceTasks(prose);
    ReadInferredTasks(prose);
  }

 private:
  // --- tables ------------------------------------------------------------
  void TableTasks() {
    for (const Table& t : in_.tables) {
      if (!t.IsTaskTable()) continue;
      const std::string prefix = t.appendix > 0 ? "P" + std::to_string(t.appendix) : "T";
      for (const TableRow& row : t.rows) {
        Task task;
        task.id = prefix + "." + (row.path.empty() ? "" : row.path + ".") + row.number;
        if (row.repeat > 1) task.id += "#" + std::to_string(row.repeat);
        task.number = row.number;
        task.text = Cell(t, row, Column::kTitle);
        task.result = Cell(t, row, Column::kResult);
        SetAgencies(Cell(t, row, Column::kLead), &task.lead);
        SetAgencies(Cell(t, row, Column::kCoordinate), &task.coordinate);
        task.deadline = ParseDeadline(Cell(t, row, Column::kDeadline), year_);
        if (t.has(Column::kCentral)) {
          task.central_deadline = ParseDeadline(Cell(t, row, Column::kCentral), year_);
        }
        task.source = in_.text.map.ToSource(row.span);
        if (!task.text.empty()) record_->tasks.push_back(std::move(task));
      }
      // the table's lines are taken
      for (size_t i = t.header_block; i < t.end_block && i < in_.blocks.size(); ++i)
        used_[i] = true;
    }
  }

  static std::string Cell(const Table& t, const TableRow& row, Column c) {
    const int i = t.index(c);
    return i < 0 ? "" : row.cells[i];
  }

  // "[1] Số thứ tự theo Nghị quyết số 71/NQ-CP": rows follow that document.
  void TaskNumbering() {
    for (const normalizer::Footnote& f : in_.text.footnotes) {
      if (normalizer::FoldKey(f.body).find("so thu tu theo") == std::string::npos) continue;
      int appendix = 0;
      for (const Block& b : in_.blocks) {
        if (f.anchor != std::string::npos && b.span.begin <= f.anchor) appendix = b.appendix;
      }
      if (appendix == 0) continue;  // only an appendix numbers its rows after another document
      for (const Mention& m : record_->mentions) {
        if (m.segment <= 0 || in_.text.footnotes[m.segment - 1].source.begin != f.source.begin)
          continue;
        record_->task_numbering.push_back({"P" + std::to_string(appendix), m.code.canonical});
        break;
      }
    }
  }

  // --- agencies ----------------------------------------------------------
  void SetAgencies(std::string_view list, std::vector<Agency>* out) {
    in_.gazetteer.AppendAgencies(list, jurisdiction_, out, &record_->repairs);
  }

  const TaskInputs& in_;
  DocumentRecord* record_;
  std::vector<bool> used_;
  int year_ = 0;
  std::string jurisdiction_;
};

}  // namespace

void ExtractTasks(const TaskInputs& in, DocumentRecord* record) {
  TaskBuilder(in, record).Run();
  // The first lead is the primary one unless a '*' marked another (Split
  // has put the marked ones first).
  for (Task& task : record->tasks) {
    const bool marked =
        std::any_of(task.lead.begin(), task.lead.end(), [](const Agency& a) { return a.primary; });
    if (!marked && !task.lead.empty()) task.lead.front().primary = true;
  }
}

}  // namespace vanban::extractor::internal
