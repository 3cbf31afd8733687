// Stored documents back as extractor records, for the export.
#include "rows.h"
#include "vanban/queries.h"

namespace vanban::store {

namespace {

using extractor::DocumentRecord;
using internal::Database;
using internal::Statement;

extractor::Relation RelationNamed(std::string_view name) {
  using extractor::Relation;
  for (const Relation r : {Relation::kImplements, Relation::kBasedOn, Relation::kGuides,
                           Relation::kAmends, Relation::kReplaces, Relation::kRepeals}) {
    if (name == extractor::RelationName(r)) return r;
  }
  return Relation::kCites;
}

Span ReadSpan(const Statement& row, int first) {
  return {static_cast<size_t>(row.Int(first)), static_cast<size_t>(row.Int(first + 1))};
}

// Citations made only for an edge end have no mentions: they were never
// references of the document.
Status LoadReferences(Database* db, DocumentId id, DocumentRecord* record) {
  std::vector<int64_t> citation_ids;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT id, code, code_key, type, date, mention_count FROM citations "
      "WHERE document_id = ?1 AND mention_count > 0 ORDER BY id",
      [&](const Statement& row) {
        extractor::Reference& r = record->references.emplace_back();
        citation_ids.push_back(row.Int(0));
        r.code = internal::StoredCode(row.Text(1), row.Text(2));
        r.type = row.Text(3);
        r.date = internal::ParseIsoDate(row.Text(4));
        r.mentions = static_cast<size_t>(row.Int(5));
      },
      id));
  for (size_t i = 0; i < citation_ids.size(); ++i) {
    VANBAN_RETURN_IF_ERROR(db->ForEachRow(
        "SELECT alias FROM document_aliases WHERE citation_id = ?1 ORDER BY rowid",
        [&](const Statement& row) { record->references[i].aliases.push_back(row.Text(0)); },
        citation_ids[i]));
  }
  return Status::Ok();
}

Status LoadEdges(Database* db, DocumentId id, DocumentRecord* record) {
  return db->ForEachRow(
      "SELECT COALESCE(f.code, 'self'), t.code, e.relation, e.evidence, e.source_begin, "
      "e.source_end FROM edges e JOIN citations t ON t.id = e.to_citation_id "
      "LEFT JOIN citations f ON f.id = e.from_citation_id WHERE e.document_id = ?1 ORDER BY e.id",
      [&](const Statement& row) {
        extractor::Edge& e = record->edges.emplace_back();
        e.from = row.Text(0);
        e.to = row.Text(1);
        e.relation = RelationNamed(row.Text(2));
        e.evidence = row.Text(3);
        e.source = ReadSpan(row, 4);
      },
      id);
}

Status LoadMentions(Database* db, DocumentId id, DocumentRecord* record) {
  const std::string own_key = record->document.code ? record->document.code->key : "";
  return db->ForEachRow(
      "SELECT m.code, COALESCE(c.code_key, ?2), m.type, m.surface, m.footnote, m.span_begin, "
      "m.span_end, m.source_begin, m.source_end, m.date, m.issuer, m.subject, m.short_form, "
      "m.in_preamble FROM mentions m LEFT JOIN citations c ON c.id = m.citation_id "
      "WHERE m.document_id = ?1 ORDER BY m.id",
      [&](const Statement& row) {
        extractor::Mention& m = record->mentions.emplace_back();
        m.code = internal::StoredCode(row.Text(0), row.Text(1));
        m.type = row.Text(2);
        m.surface = row.Text(3);
        m.segment = static_cast<int>(row.Int(4));
        m.span = ReadSpan(row, 5);
        m.source = ReadSpan(row, 7);
        m.date = internal::ParseIsoDate(row.Text(9));
        m.issuer = row.Text(10);
        m.subject = row.Text(11);
        m.short_form = row.Int(12) != 0;
        m.in_preamble = row.Int(13) != 0;
      },
      id, own_key);
}

Status LoadSmallFacts(Database* db, DocumentId id, DocumentRecord* record) {
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT n.appendix, c.code FROM task_numbering n JOIN citations c ON c.id = n.citation_id "
      "WHERE n.document_id = ?1 ORDER BY n.rowid",
      [&](const Statement& row) {
        record->task_numbering.push_back({row.Text(0), row.Text(1)});
      },
      id));
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT kind, from_text, to_text, source_begin, source_end FROM repairs "
      "WHERE document_id = ?1 ORDER BY rowid",
      [&](const Statement& row) {
        record->repairs.push_back({row.Text(0), row.Text(1), row.Text(2), ReadSpan(row, 3)});
      },
      id));
  return db->ForEachRow(
      "SELECT message FROM warnings WHERE document_id = ?1 ORDER BY rowid",
      [&](const Statement& row) { record->warnings.push_back(row.Text(0)); }, id);
}

Result<DocumentRecord> LoadRecord(Database* db, DocumentId id, std::string source_name) {
  DocumentRecord record;
  record.source = std::move(source_name);
  VANBAN_ASSIGN_OR_RETURN(record.document, internal::LoadIdentity(db, id));
  VANBAN_RETURN_IF_ERROR(LoadReferences(db, id, &record));
  VANBAN_RETURN_IF_ERROR(LoadEdges(db, id, &record));
  VANBAN_RETURN_IF_ERROR(LoadMentions(db, id, &record));
  VANBAN_ASSIGN_OR_RETURN(const std::vector<TaskRow> tasks, internal::LoadDocumentTasks(db, id));
  for (const TaskRow& t : tasks) record.tasks.push_back(t.task);
  VANBAN_ASSIGN_OR_RETURN(record.targets, internal::LoadTargets(db, id, /*uncovered_only=*/false));
  VANBAN_RETURN_IF_ERROR(LoadSmallFacts(db, id, &record));
  return record;
}

}  // namespace

Status ForEachRecord(const Store& store,
                     const std::function<void(const extractor::DocumentRecord&)>& visit) {
  Database* db = &store.database();
  std::vector<std::pair<DocumentId, std::string>> documents;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT id, source_name FROM documents WHERE ingested = 1 ORDER BY id",
      [&](const Statement& row) { documents.emplace_back(row.Int(0), row.Text(1)); }));
  for (auto& [id, name] : documents) {
    VANBAN_ASSIGN_OR_RETURN(const DocumentRecord record, LoadRecord(db, id, std::move(name)));
    visit(record);
  }
  return Status::Ok();
}

}  // namespace vanban::store
