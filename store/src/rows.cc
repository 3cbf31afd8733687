#include "rows.h"

#include <algorithm>
#include <charconv>
#include <map>

#include "report_progress.h"

#include "vanban/normalizer.h"

namespace vanban::store::internal {

namespace {

constexpr char kTaskColumns[] =
    "SELECT t.id, t.path, t.number, t.text, t.result, t.deadline_text, t.deadline_kind, t.due, "
    "t.central_text, t.central_kind, t.central_due, t.lead_inferred, t.source_begin, "
    "t.source_end, ";
constexpr int kTaskColumnCount = 14;

extractor::Deadline ReadDeadline(const Statement& row, int first) {
  extractor::Deadline deadline;
  deadline.text = row.Text(first);
  deadline.kind = row.Text(first + 1);
  deadline.due = ParseIsoDate(row.Text(first + 2));
  return deadline;
}

Status LoadTaskDetails(Database* db, int64_t task_id, extractor::Task* task) {
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT x.role, x.name, a.name_key, a.level, x.is_primary, a.known, a.successor "
      "FROM task_agencies x JOIN agencies a ON a.id = x.agency_id "
      "WHERE x.task_id = ?1 ORDER BY x.role, x.position",
      [&](const Statement& row) {
        const std::string role = row.Text(0);
        extractor::Agency agency;
        agency.name = row.Text(1);
        agency.key = row.Text(2);
        agency.level = extractor::ParseLevel(row.Text(3)).value_or(extractor::AgencyLevel::kOther);
        agency.primary = row.Int(4) != 0;
        agency.known = row.Int(5) != 0;
        agency.successor = row.Text(6);
        if (role == "lead") task->lead.push_back(std::move(agency));
        if (role == "coordinate") task->coordinate.push_back(std::move(agency));
        if (role == "direct") task->director = std::move(agency);
      },
      task_id));
  return db->ForEachRow(
      "SELECT target_n FROM target_assignments WHERE task_id = ?1 ORDER BY target_n",
      [&](const Statement& row) { task->targets.push_back(static_cast<int>(row.Int(0))); },
      task_id);
}

constexpr char kProgressColumns[] =
    "SELECT task_key, progress, on_date, note, source, evidence, report, confidence, recorded_at "
    "FROM task_status WHERE task_key = ?1";

ProgressEntry ReadProgress(const Statement& row) {
  ProgressEntry e;
  e.task_key = row.Text(0);
  e.progress = ParseProgress(row.Text(1)).value_or(Progress::kNotStarted);
  e.on = row.Text(2);
  e.note = row.Text(3);
  e.source = row.Text(4);
  e.evidence = row.Text(5);
  e.report = row.Text(6);
  e.confidence = row.Real(7);
  e.recorded_at = row.Text(8);
  return e;
}

// The entry that counts: a person's latest, else a report's latest.
Result<std::optional<ProgressEntry>> LoadProgress(Database* db, const std::string& key) {
  std::optional<ProgressEntry> latest;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      std::string(kProgressColumns) + " ORDER BY source = 'manual' DESC, id DESC LIMIT 1",
      [&](const Statement& row) { latest = ReadProgress(row); }, key));
  return latest;
}

// Runs a task query built from kTaskColumns and reads every row.
template <typename... Args>
Result<std::vector<TaskRow>> LoadTasks(Database* db, const std::string& sql, const Args&... args) {
  std::vector<std::pair<int64_t, TaskRow>> rows;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      sql,
      [&](const Statement& row) {
        TaskRow r;
        extractor::Task& t = r.task;
        t.id = row.Text(1);
        t.number = row.Text(2);
        t.text = row.Text(3);
        t.result = row.Text(4);
        t.deadline = ReadDeadline(row, 5);
        if (!row.IsNull(9)) t.central_deadline = ReadDeadline(row, 8);
        t.lead_inferred = row.Int(11) != 0;
        t.source = {static_cast<size_t>(row.Int(12)), static_cast<size_t>(row.Int(13))};
        r.document = ReadSummary(row, kTaskColumnCount);
        r.key = TaskKey(row.Text(kTaskColumnCount + kSummaryColumnCount), t.id, t.text);
        rows.emplace_back(row.Int(0), std::move(r));
      },
      args...));
  std::vector<TaskRow> tasks;
  ReportStatements reports;  // each plan and report read once for all the rows
  // no one has recorded a status (the usual database): no lookup per task
  VANBAN_ASSIGN_OR_RETURN(const std::optional<int64_t> any_status,
                          db->QueryInt("SELECT 1 FROM task_status LIMIT 1"));
  for (auto& [id, row] : rows) {
    VANBAN_RETURN_IF_ERROR(LoadTaskDetails(db, id, &row.task));
    if (any_status) {
      VANBAN_ASSIGN_OR_RETURN(row.progress, LoadProgress(db, row.key));
    }
    if (!row.progress || row.progress->source != "manual") {
      VANBAN_ASSIGN_OR_RETURN(std::optional<ProgressEntry> stated,
                              reports.Find(db, row.document.id, row.key));
      if (stated) row.progress = std::move(stated);
    }
    tasks.push_back(std::move(row));
  }
  return tasks;
}

// A JSON array of strings, for json_each(): one bound parameter holds a
// list of any length.
std::string JsonArray(const std::vector<std::string>& items) {
  std::string out = "[";
  for (const std::string& item : items) {
    if (out.size() > 1) out += ',';
    out += '"';
    for (const char c : item) {
      if (c == '"' || c == '\\') {
        out += '\\';
        out += c;
      } else if (static_cast<unsigned char>(c) < 0x20) {
        out += ' ';  // keys hold no control characters; never break the array
      } else {
        out += c;
      }
    }
    out += '"';
  }
  return out + "]";
}

// True when the agency is the filter's own: its first key, or its name's
// words.
bool IsFiltersOwn(const TaskFilter& filter, const extractor::Agency& a) {
  if (!filter.agency_keys.empty() && a.key == filter.agency_keys.front()) return true;
  const std::string folded = normalizer::FoldKey(filter.agency);
  return !folded.empty() && (" " + a.key + " ").find(" " + folded + " ") != std::string::npos;
}

// The filter agency's part in the task (`role`), and the body it succeeded
// when it holds the task only through that body (`inherited_from`).
void MarkFilterAgency(const TaskFilter& filter, TaskRow* row) {
  if (filter.agency.empty() && filter.agency_keys.empty()) return;
  std::vector<std::pair<const char*, const extractor::Agency*>> agencies;
  const extractor::Task& t = row->task;
  const auto take = [&](const char* role, const std::vector<extractor::Agency>& list) {
    if (!filter.role.empty() && filter.role != role) return;
    for (const extractor::Agency& a : list) agencies.emplace_back(role, &a);
  };
  take("lead", t.lead);
  take("coordinate", t.coordinate);
  if (t.director && (filter.role.empty() || filter.role == "direct")) {
    agencies.emplace_back("direct", &*t.director);
  }
  for (const auto& [role, a] : agencies) {
    if (IsFiltersOwn(filter, *a)) {
      row->role = role;
      return;
    }
  }
  for (const auto& [role, a] : agencies) {
    if (std::find(filter.agency_keys.begin(), filter.agency_keys.end(), a->key) !=
        filter.agency_keys.end()) {
      row->role = role;
      row->inherited_from = a->name;
      return;
    }
  }
}

std::string TaskQuery(const std::string& where) {
  return kTaskColumns + SummaryColumns("d") +
         ", d.doc_key FROM tasks t JOIN documents d ON d.id = t.document_id WHERE " + where +
         " ORDER BY t.document_id, t.id";
}

}  // namespace

std::string SummaryColumns(std::string_view alias) {
  std::string columns;
  for (const char* column : {"id", "ingested", "code", "year", "type", "issued", "issuer", "title",
                             "source_name", "source_path"}) {
    if (!columns.empty()) columns += ", ";
    columns += std::string(alias) + "." + column;
  }
  return columns;
}

DocumentSummary ReadSummary(const Statement& row, int first) {
  DocumentSummary d;
  d.id = row.Int(first);
  d.ingested = row.Int(first + 1) != 0;
  d.code = row.Text(first + 2);
  d.year = static_cast<int>(row.Int(first + 3));
  d.type = row.Text(first + 4);
  d.issued = row.Text(first + 5);
  d.issuer = row.Text(first + 6);
  d.title = row.Text(first + 7);
  d.source_name = row.Text(first + 8);
  d.source_path = row.Text(first + 9);
  return d;
}

Result<DocumentSummary> LoadSummary(Database* db, DocumentId id) {
  std::optional<DocumentSummary> summary;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT " + SummaryColumns("d") + " FROM documents d WHERE d.id = ?1",
      [&](const Statement& row) { summary = ReadSummary(row, 0); }, id));
  if (!summary) return Status::NotFound("no document with id " + std::to_string(id));
  return *summary;
}

extractor::Date ParseIsoDate(std::string_view iso) {
  extractor::Date date;
  int* parts[] = {&date.year, &date.month, &date.day};
  size_t at = 0;
  for (int* part : parts) {
    if (at >= iso.size()) break;
    const size_t end = std::min(iso.find('-', at), iso.size());
    std::from_chars(iso.data() + at, iso.data() + end, *part);
    at = end + 1;
  }
  return date;
}

extractor::DocumentCode StoredCode(std::string canonical, std::string key) {
  extractor::DocumentCode code;
  code.number = canonical.substr(0, canonical.find_first_not_of("0123456789"));
  // "45/2026/NĐ-CP": the number holds a year.
  const std::string_view rest = std::string_view(canonical).substr(code.number.size());
  if (rest.size() > 6 && rest[0] == '/' && rest[5] == '/') {
    std::from_chars(rest.data() + 1, rest.data() + 5, code.year);
  }
  code.canonical = std::move(canonical);
  code.key = std::move(key);
  return code;
}

Result<extractor::DocumentIdentity> LoadIdentity(Database* db, DocumentId id) {
  extractor::DocumentIdentity d;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT code, code_key, type, code_partial, issued, place, issuer, title, signer_name, "
      "signer_title, recipients FROM documents WHERE id = ?1",
      [&](const Statement& row) {
        if (!row.IsNull(0)) d.code = StoredCode(row.Text(0), row.Text(1));
        d.type = row.Text(2);
        d.code_partial = row.Text(3);
        d.issued = ParseIsoDate(row.Text(4));
        d.place = row.Text(5);
        d.issuer = row.Text(6);
        d.title = row.Text(7);
        d.signer = {row.Text(8), row.Text(9)};
        const std::string recipients = row.Text(10);
        for (size_t at = 0; at < recipients.size();) {
          const size_t end = std::min(recipients.find('\n', at), recipients.size());
          d.recipients.push_back(recipients.substr(at, end - at));
          at = end + 1;
        }
      },
      id));
  return d;
}

Result<std::vector<TaskRow>> LoadDocumentTasks(Database* db, DocumentId id) {
  return LoadTasks(db, TaskQuery("t.document_id = ?1"), id);
}

Result<std::vector<TaskRow>> LoadFilteredTasks(Database* db, const TaskFilter& filter) {
  // Each condition has its own parameter number, so one bind list serves
  // every combination and each combination is one cached statement.
  std::string where = "1";
  if (filter.document) where += " AND t.document_id = ?1";
  if (!filter.agency.empty() || !filter.agency_keys.empty()) {
    where +=
        " AND t.id IN (SELECT x.task_id FROM task_agencies x JOIN agencies a ON a.id = x.agency_id"
        " WHERE ((' ' || a.name_key || ' ') LIKE ?2 OR a.name_key IN (SELECT value FROM "
        "json_each(?6))) AND (?3 IS NULL OR x.role = ?3))";
  } else if (!filter.role.empty()) {
    where += " AND t.id IN (SELECT task_id FROM task_agencies WHERE role = ?3)";
  }
  std::string due_before = filter.due_before;
  if (!filter.overdue_as_of.empty() && (due_before.empty() || filter.overdue_as_of < due_before)) {
    due_before = filter.overdue_as_of;
  }
  if (!due_before.empty()) where += " AND t.due IS NOT NULL AND t.due < ?4";
  if (!filter.kind.empty()) where += " AND t.deadline_kind = ?5";
  const std::string folded = normalizer::FoldKey(filter.agency);
  const std::optional<std::string> agency_pattern =
      folded.empty() ? std::nullopt : std::optional<std::string>("% " + folded + " %");
  VANBAN_ASSIGN_OR_RETURN(
      std::vector<TaskRow> rows,
      LoadTasks(db, TaskQuery(where), filter.document, agency_pattern, OrNull(filter.role),
                due_before, filter.kind, JsonArray(filter.agency_keys)));
  for (TaskRow& row : rows) {
    MarkFilterAgency(filter, &row);
    if (!filter.as_of.empty() || filter.state) {
      row.state = DeriveTaskState(row.progress, row.task.deadline, filter.as_of);
    }
  }
  const auto unwanted = [&](const TaskRow& row) {
    const bool done = row.progress && row.progress->progress == Progress::kDone;
    if (!filter.overdue_as_of.empty() && done) return true;
    return filter.state && row.state != filter.state;
  };
  rows.erase(std::remove_if(rows.begin(), rows.end(), unwanted), rows.end());
  return rows;
}

Result<std::vector<ProgressEntry>> LoadProgressHistory(Database* db, std::string_view key) {
  std::vector<ProgressEntry> history;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      std::string(kProgressColumns) + " ORDER BY id",
      [&](const Statement& row) { history.push_back(ReadProgress(row)); }, key));
  return history;
}

Result<std::vector<extractor::Target>> LoadTargets(Database* db, DocumentId id,
                                                   bool uncovered_only) {
  std::vector<extractor::Target> targets;
  const std::string sql =
      std::string(
          "SELECT n, text, value, monitor, source_begin, source_end FROM targets g "
          "WHERE g.document_id = ?1") +
      (uncovered_only ? " AND NOT EXISTS (SELECT 1 FROM target_assignments a "
                        "WHERE a.target_id = g.id)"
                      : "") +
      " ORDER BY g.id";
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      sql,
      [&](const Statement& row) {
        extractor::Target t;
        t.n = static_cast<int>(row.Int(0));
        t.text = row.Text(1);
        t.value = row.Text(2);
        t.monitor = row.Text(3);
        t.source = {static_cast<size_t>(row.Int(4)), static_cast<size_t>(row.Int(5))};
        targets.push_back(std::move(t));
      },
      id));
  return targets;
}

namespace {

// A query over the edges out of (or into) document ?1, as `select` reads
// them: `e` is the edge, `t` and `f` its to and from citations, `o` the
// document at the other end; `more` adds joins, `tail` grouping or order.
std::string EdgeSql(Direction direction, Relations relations, const std::string& select,
                    const std::string& more, const std::string& tail) {
  const bool outgoing = direction == Direction::kOutgoing;
  // Edge ids first, through the indexes; the join then reads only those.
  const char* edge_ids =
      outgoing ? "SELECT id FROM edges WHERE document_id = ?1 AND from_citation_id IS NULL "
                 "UNION ALL SELECT x.id FROM citations c JOIN edges x "
                 "ON x.from_citation_id = c.id WHERE c.target_id = ?1 AND c.starts_edge = 1"
               : "SELECT x.id FROM citations c JOIN edges x ON x.to_citation_id = c.id "
                 "WHERE c.target_id = ?1";
  const char* relation_condition = relations == Relations::kAll ? ""
                                   : relations == Relations::kTyped
                                       ? " AND e.relation <> 'cites'"
                                       : " AND e.relation = 'implements'";
  return "SELECT " + select +
         " FROM edges e JOIN citations t ON t.id = e.to_citation_id"
         " LEFT JOIN citations f ON f.id = e.from_citation_id JOIN documents o ON o.id = " +
         (outgoing ? "t.target_id" : "COALESCE(f.target_id, e.document_id)") + " " + more +
         " WHERE e.id IN (" + edge_ids + ")" + relation_condition + " " + tail;
}

}  // namespace

Result<std::vector<Link>> LoadLinks(Database* db, DocumentId id, Direction direction,
                                    Relations relations) {
  const std::string sql =
      EdgeSql(direction, relations,
              SummaryColumns("o") + ", e.relation, e.evidence, e.source_begin, e.source_end, " +
                  SummaryColumns("s"),
              "JOIN documents s ON s.id = e.document_id", "ORDER BY o.issued, o.code, o.id, e.id");
  std::vector<Link> links;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      sql,
      [&](const Statement& row) {
        Link link;
        link.other = ReadSummary(row, 0);
        constexpr int kEdge = kSummaryColumnCount;
        link.relation = row.Text(kEdge);
        link.evidence = row.Text(kEdge + 1);
        link.source = {static_cast<size_t>(row.Int(kEdge + 2)),
                       static_cast<size_t>(row.Int(kEdge + 3))};
        link.stated_in = ReadSummary(row, kEdge + 4);
        links.push_back(std::move(link));
      },
      id));
  return links;
}

Result<std::vector<DocumentId>> LoadNeighbors(Database* db, DocumentId id, Direction direction,
                                              Relations relations) {
  std::vector<DocumentId> neighbors;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      EdgeSql(direction, relations, "DISTINCT o.id", "", ""),
      [&](const Statement& row) { neighbors.push_back(row.Int(0)); }, id));
  return neighbors;
}

Result<std::vector<GraphEdge>> LoadEdgeCounts(Database* db, DocumentId id) {
  std::vector<GraphEdge> edges;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      EdgeSql(Direction::kOutgoing, Relations::kAll, "o.id, e.relation, count(*)", "",
              "GROUP BY o.id, e.relation ORDER BY o.id, e.relation"),
      [&](const Statement& row) {
        edges.push_back({id, row.Int(0), row.Text(1), static_cast<size_t>(row.Int(2))});
      },
      id));
  return edges;
}

}  // namespace vanban::store::internal
