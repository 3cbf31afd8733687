// Tasks, agencies and the coverage audit.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <set>
#include <sstream>

#include "rows.h"
#include "vanban/normalizer.h"
#include "vanban/queries.h"
#include "word_features.h"

namespace vanban::store {

namespace {

using internal::Database;
using internal::Dice;
using internal::Features;
using internal::Statement;
using internal::WordFeatures;

// A task with its words folded once, since every parent task is compared
// with every task of every child.
struct Comparable {
  const TaskRow* row;
  Features features;
};

std::vector<Comparable> Prepare(const std::vector<TaskRow>& tasks) {
  std::vector<Comparable> out;
  for (const TaskRow& t : tasks) out.push_back({&t, WordFeatures(t.task.text)});
  return out;
}

// "P2.10" with appendix "P2" -> "10"; "" when the task is not in it.
std::string RowNumber(const extractor::Task& task, const std::string& appendix) {
  const std::string prefix = appendix + ".";
  return task.id.rfind(prefix, 0) == 0 ? task.id.substr(prefix.size()) : "";
}

int NumberValue(const std::string& number) {
  int value = 0;
  std::from_chars(number.data(), number.data() + number.size(), value);
  return value;
}

void SortNumbers(std::vector<std::string>* numbers) {
  std::sort(numbers->begin(), numbers->end(), [](const std::string& a, const std::string& b) {
    return std::make_pair(NumberValue(a), a) < std::make_pair(NumberValue(b), b);
  });
}

// The parent's tasks that "task N" can mean: its appendix rows when it has
// any (rows are what other documents number after), else all its tasks.
std::map<std::string, const TaskRow*> NumberedTasks(const std::vector<TaskRow>& tasks) {
  const bool has_appendix = std::any_of(tasks.begin(), tasks.end(), [](const TaskRow& t) {
    return !t.task.id.empty() && t.task.id[0] == 'P';
  });
  std::map<std::string, const TaskRow*> numbered;
  for (const TaskRow& t : tasks) {
    if (t.task.number.empty() || (has_appendix && t.task.id[0] != 'P')) continue;
    numbered.emplace(t.task.number, &t);
  }
  return numbered;
}

Numbering CompareNumbering(const DocumentSummary& parent, const std::vector<TaskRow>& parent_tasks,
                           const DocumentSummary& child, const std::vector<TaskRow>& child_tasks,
                           const std::string& appendix) {
  Numbering n{parent, child, appendix, {}, {}};
  std::set<std::string> taken;
  for (const TaskRow& t : child_tasks) {
    if (std::string row = RowNumber(t.task, appendix); !row.empty()) taken.insert(row);
  }
  n.taken.assign(taken.begin(), taken.end());
  SortNumbers(&n.taken);
  const std::map<std::string, const TaskRow*> numbered = NumberedTasks(parent_tasks);
  if (!numbered.empty()) {
    for (const auto& [number, task] : numbered) {
      if (!taken.count(number)) n.not_taken.push_back(number);
    }
  } else if (!n.taken.empty()) {  // parent not stored: the gaps in the row numbers
    for (int i = 1; i < NumberValue(n.taken.back()); ++i) {
      if (!taken.count(std::to_string(i))) n.not_taken.push_back(std::to_string(i));
    }
  }
  SortNumbers(&n.not_taken);
  return n;
}

// (parent, child, appendix) of every numbering that involves `id` on the
// given side. A numbering that names no appendix numbers no rows (the
// extractor sometimes reads one from a footnote of a report); it is kept in
// the record but has nothing to audit.
Result<std::vector<std::tuple<DocumentId, DocumentId, std::string>>> NumberingRows(Database* db,
                                                                                   DocumentId id,
                                                                                   bool as_parent) {
  std::vector<std::tuple<DocumentId, DocumentId, std::string>> rows;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      std::string("SELECT c.target_id, n.document_id, n.appendix FROM task_numbering n "
                  "JOIN citations c ON c.id = n.citation_id WHERE ") +
          (as_parent ? "c.target_id = ?1" : "n.document_id = ?1") +
          " AND n.appendix <> '' ORDER BY n.rowid",
      [&](const Statement& row) { rows.emplace_back(row.Int(0), row.Int(1), row.Text(2)); }, id));
  return rows;
}

Result<std::vector<Numbering>> LoadNumberings(Database* db, DocumentId id, bool as_parent) {
  VANBAN_ASSIGN_OR_RETURN(const auto rows, NumberingRows(db, id, as_parent));
  std::vector<Numbering> numberings;
  for (const auto& [parent, child, appendix] : rows) {
    VANBAN_ASSIGN_OR_RETURN(const DocumentSummary parent_summary,
                            internal::LoadSummary(db, parent));
    VANBAN_ASSIGN_OR_RETURN(const DocumentSummary child_summary, internal::LoadSummary(db, child));
    VANBAN_ASSIGN_OR_RETURN(const std::vector<TaskRow> parent_tasks,
                            internal::LoadDocumentTasks(db, parent));
    VANBAN_ASSIGN_OR_RETURN(const std::vector<TaskRow> child_tasks,
                            internal::LoadDocumentTasks(db, child));
    numberings.push_back(
        CompareNumbering(parent_summary, parent_tasks, child_summary, child_tasks, appendix));
  }
  return numberings;
}

// Documents stored from files that implement `id` directly or number their
// rows after it, each once.
Result<std::vector<DocumentSummary>> Children(Database* db, DocumentId id,
                                              const std::vector<Numbering>& numbered) {
  VANBAN_ASSIGN_OR_RETURN(const std::vector<Link> links,
                          internal::LoadLinks(db, id, internal::Direction::kIncoming,
                                              internal::Relations::kImplements));
  std::vector<DocumentSummary> children;
  std::set<DocumentId> seen{id};
  auto add = [&](const DocumentSummary& d) {
    if (d.ingested && seen.insert(d.id).second) children.push_back(d);
  };
  for (const Numbering& n : numbered) add(n.child);
  for (const Link& link : links) add(link.other);
  return children;
}

// The child's task that takes up `parent`: by row number when the child
// numbers an appendix after the parent document, else the most similar
// task when it is similar enough.
std::optional<TaskMatch> MatchInChild(const Comparable& parent,
                                      const std::map<std::string, const TaskRow*>& numbered,
                                      const std::vector<Comparable>& child_tasks,
                                      const std::vector<std::string>& appendices) {
  const extractor::Task& task = parent.row->task;
  const auto it = numbered.find(task.number);
  if (it != numbered.end() && it->second == parent.row) {
    for (const std::string& appendix : appendices) {
      for (const Comparable& t : child_tasks) {
        if (RowNumber(t.row->task, appendix) == task.number) return TaskMatch{*t.row, 1.0, true};
      }
    }
  }
  std::optional<TaskMatch> best;
  for (const Comparable& t : child_tasks) {
    const double score = Dice(parent.features, t.features);
    if (score >= kTaskMatchThreshold && (!best || score > best->score)) {
      best = TaskMatch{*t.row, score, false};
    }
  }
  return best;
}

Result<std::vector<ParentTask>> MatchParentTasks(Database* db, const std::vector<TaskRow>& tasks,
                                                 const std::vector<DocumentSummary>& children,
                                                 const std::vector<Numbering>& numbered) {
  const std::vector<Comparable> parent_tasks = Prepare(tasks);
  const std::map<std::string, const TaskRow*> numbered_tasks = NumberedTasks(tasks);
  std::vector<ParentTask> parents;
  for (const TaskRow& t : tasks) parents.push_back({t, {}});
  for (const DocumentSummary& child : children) {
    VANBAN_ASSIGN_OR_RETURN(const std::vector<TaskRow> child_rows,
                            internal::LoadDocumentTasks(db, child.id));
    const std::vector<Comparable> child_tasks = Prepare(child_rows);
    std::vector<std::string> appendices;
    for (const Numbering& n : numbered) {
      if (n.child.id == child.id) appendices.push_back(n.appendix);
    }
    for (size_t i = 0; i < parents.size(); ++i) {
      auto match = MatchInChild(parent_tasks[i], numbered_tasks, child_tasks, appendices);
      if (match) parents[i].taken_up_by.push_back(std::move(*match));
    }
  }
  return parents;
}

void SortOutTasks(std::vector<TaskRow> tasks, const std::string& as_of, Coverage* c) {
  for (TaskRow& t : tasks) {
    t.state = DeriveTaskState(t.progress, t.task.deadline, as_of);
    ++c->states[*t.state];
    if (t.task.lead.empty()) {
      c->without_lead.push_back(t);
    } else if (t.task.lead_inferred) {
      c->inferred_lead.push_back(t);
    }
    if (t.task.deadline.kind.empty() || t.task.deadline.kind == "none") {
      c->without_deadline.push_back(t);
    }
    if (t.state == TaskState::kOverdue) c->overdue.push_back(t);
  }
}

}  // namespace

double TaskSimilarity(std::string_view a, std::string_view b) {
  return Dice(WordFeatures(a), WordFeatures(b));
}

Result<std::vector<TaskRow>> FindTasks(const Store& store, const TaskFilter& filter) {
  return internal::LoadFilteredTasks(&store.database(), filter);
}

namespace {

bool SamePath(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// "III.1.a, III.1.b, ... (42 in all)": what the user can name instead.
std::string PathsOf(const std::vector<TaskRow>& tasks) {
  std::string paths;
  for (size_t i = 0; i < tasks.size() && i < 10; ++i) paths += (i ? ", " : "") + tasks[i].task.id;
  if (tasks.size() > 10) paths += ", ... (" + std::to_string(tasks.size()) + " in all)";
  return paths;
}

Result<TaskRow> FindTaskByKey(Database* db, std::string_view key) {
  const std::string doc_key(key.substr(0, key.find('#')));
  VANBAN_ASSIGN_OR_RETURN(const std::optional<int64_t> id,
                          db->QueryInt("SELECT id FROM documents WHERE doc_key = ?1", doc_key));
  if (id) {
    VANBAN_ASSIGN_OR_RETURN(std::vector<TaskRow> tasks, internal::LoadDocumentTasks(db, *id));
    for (TaskRow& t : tasks) {
      if (t.key == key) return std::move(t);
    }
  }
  return Status::NotFound("no stored task has the key " + std::string(key) +
                          " (its document or its text changed?)");
}

}  // namespace

Result<TaskRow> FindTask(const Store& store, std::string_view reference) {
  Database* db = &store.database();
  if (std::count(reference.begin(), reference.end(), '#') == 2) {
    return FindTaskByKey(db, reference);
  }
  const size_t colon = reference.rfind(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 == reference.size()) {
    return Status::InvalidInput("'" + std::string(reference) +
                                "': name a task as DOCUMENT:PATH (344/KH-UBND:III.1.a) or by "
                                "its key");
  }
  VANBAN_ASSIGN_OR_RETURN(const DocumentId id, FindDocument(store, reference.substr(0, colon)));
  VANBAN_ASSIGN_OR_RETURN(std::vector<TaskRow> tasks, internal::LoadDocumentTasks(db, id));
  const std::string_view path = reference.substr(colon + 1);
  for (TaskRow& t : tasks) {
    if (SamePath(t.task.id, path)) return std::move(t);
  }
  if (tasks.empty()) {
    return Status::NotFound(std::string(reference.substr(0, colon)) + " has no tasks");
  }
  return Status::NotFound("no task " + std::string(path) + " in " +
                          std::string(reference.substr(0, colon)) + "; its tasks are " +
                          PathsOf(tasks));
}

Result<std::vector<ProgressEntry>> TaskHistory(const Store& store, std::string_view task_key) {
  return internal::LoadProgressHistory(&store.database(), task_key);
}

Result<TaskStatusReport> StatusOf(const Store& store, std::string_view reference,
                                  std::string_view as_of) {
  TaskStatusReport report;
  VANBAN_ASSIGN_OR_RETURN(report.task, FindTask(store, reference));
  VANBAN_ASSIGN_OR_RETURN(report.history, TaskHistory(store, report.task.key));
  report.as_of = std::string(as_of);
  report.state = DeriveTaskState(report.task.progress, report.task.task.deadline, as_of);
  report.task.state = report.state;
  return report;
}

Result<std::vector<AgencyRow>> ListAgencies(const Store& store) {
  Database* db = &store.database();
  std::vector<std::pair<int64_t, AgencyRow>> rows;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT a.id, a.name, a.name_key, sum(x.role = 'lead'), sum(x.role = 'coordinate'), "
      "sum(x.role = 'direct') FROM agencies a JOIN task_agencies x ON x.agency_id = a.id "
      "GROUP BY a.id ORDER BY count(*) DESC, a.name",
      [&](const Statement& row) {
        AgencyRow a;
        a.name = row.Text(1);
        a.key = row.Text(2);
        a.lead = static_cast<size_t>(row.Int(3));
        a.coordinate = static_cast<size_t>(row.Int(4));
        a.direct = static_cast<size_t>(row.Int(5));
        rows.emplace_back(row.Int(0), std::move(a));
      }));
  std::vector<AgencyRow> agencies;
  for (auto& row_and_agency : rows) {
    AgencyRow& agency = row_and_agency.second;  // a plain reference: lambdas capture it anywhere
    VANBAN_RETURN_IF_ERROR(db->ForEachRow(
        "SELECT name FROM agency_names WHERE agency_id = ?1 ORDER BY name",
        [&](const Statement& row) { agency.spellings.push_back(row.Text(0)); },
        row_and_agency.first));
    agencies.push_back(std::move(agency));
  }
  return agencies;
}

Result<Coverage> CoverageOf(const Store& store, DocumentId id, std::string_view as_of) {
  Database* db = &store.database();
  Coverage c;
  c.as_of = std::string(as_of);
  VANBAN_ASSIGN_OR_RETURN(c.document, internal::LoadSummary(db, id));
  VANBAN_ASSIGN_OR_RETURN(const std::vector<TaskRow> tasks, internal::LoadDocumentTasks(db, id));
  c.tasks = tasks.size();
  SortOutTasks(tasks, c.as_of, &c);
  VANBAN_ASSIGN_OR_RETURN(const std::vector<extractor::Target> targets,
                          internal::LoadTargets(db, id, /*uncovered_only=*/false));
  c.targets = targets.size();
  VANBAN_ASSIGN_OR_RETURN(c.uncovered_targets,
                          internal::LoadTargets(db, id, /*uncovered_only=*/true));
  VANBAN_ASSIGN_OR_RETURN(c.numbered_after_this, LoadNumberings(db, id, /*as_parent=*/true));
  VANBAN_ASSIGN_OR_RETURN(c.numbered_after, LoadNumberings(db, id, /*as_parent=*/false));
  VANBAN_ASSIGN_OR_RETURN(c.children, Children(db, id, c.numbered_after_this));
  if (!c.children.empty()) {
    VANBAN_ASSIGN_OR_RETURN(c.parent_tasks,
                            MatchParentTasks(db, tasks, c.children, c.numbered_after_this));
  }
  return c;
}

}  // namespace vanban::store
