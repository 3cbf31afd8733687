#include "schema.h"

#include <string>

namespace vanban::store::internal {

namespace {

struct Migration {
  int version;
  const char* description;
  const char* sql;
};

// Append-only: a released migration never changes, a new one gets the next
// number. store/SCHEMA.md explains every table and column.
constexpr Migration kMigrations[] = {
    {1, "documents, citations and their evidence", R"sql(
CREATE TABLE schema_version (
  version     INTEGER PRIMARY KEY,
  description TEXT NOT NULL,
  applied_at  TEXT NOT NULL
);
CREATE TABLE ingest_runs (
  id          INTEGER PRIMARY KEY,
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  paths       TEXT NOT NULL,
  stored      INTEGER NOT NULL DEFAULT 0,
  unchanged   INTEGER NOT NULL DEFAULT 0,
  failed      INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE ingest_errors (
  id     INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES ingest_runs(id) ON DELETE CASCADE,
  path   TEXT NOT NULL,
  reason TEXT NOT NULL
);
CREATE TABLE documents (
  id           INTEGER PRIMARY KEY,
  doc_key      TEXT NOT NULL UNIQUE,
  code_key     TEXT,
  year         INTEGER NOT NULL DEFAULT 0,
  ingested     INTEGER NOT NULL DEFAULT 0 CHECK (ingested IN (0, 1)),
  code         TEXT,
  code_partial TEXT,
  type         TEXT,
  issued       TEXT,
  place        TEXT,
  issuer       TEXT,
  title        TEXT,
  signer_name  TEXT,
  signer_title TEXT,
  recipients   TEXT,
  source_path  TEXT UNIQUE,
  source_name  TEXT,
  sha256       TEXT,
  encoding     TEXT,
  size_bytes   INTEGER,
  text         TEXT,
  run_id       INTEGER REFERENCES ingest_runs(id) ON DELETE SET NULL,
  CHECK (ingested = 1 OR (source_path IS NULL AND text IS NULL))
);
CREATE INDEX documents_by_code_key ON documents(code_key, year);
CREATE INDEX documents_by_sha256 ON documents(sha256);
CREATE TABLE citations (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  target_id     INTEGER REFERENCES documents(id),
  code          TEXT NOT NULL,
  code_key      TEXT NOT NULL,
  year          INTEGER NOT NULL,
  type          TEXT,
  date          TEXT,
  mention_count INTEGER NOT NULL DEFAULT 0,
  UNIQUE (document_id, code_key)
);
CREATE INDEX citations_by_target ON citations(target_id, code_key, year);
CREATE INDEX citations_by_code_key ON citations(code_key, year);
CREATE TABLE document_aliases (
  citation_id INTEGER NOT NULL REFERENCES citations(id) ON DELETE CASCADE,
  alias       TEXT NOT NULL,
  PRIMARY KEY (citation_id, alias)
);
CREATE TABLE mentions (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  citation_id  INTEGER REFERENCES citations(id) ON DELETE CASCADE,
  code         TEXT NOT NULL,
  type         TEXT,
  surface      TEXT NOT NULL,
  date         TEXT,
  issuer       TEXT,
  subject      TEXT,
  footnote     INTEGER NOT NULL DEFAULT 0,
  short_form   INTEGER NOT NULL DEFAULT 0,
  in_preamble  INTEGER NOT NULL DEFAULT 0,
  span_begin   INTEGER NOT NULL,
  span_end     INTEGER NOT NULL,
  source_begin INTEGER NOT NULL,
  source_end   INTEGER NOT NULL
);
CREATE INDEX mentions_by_document ON mentions(document_id);
CREATE INDEX mentions_by_citation ON mentions(citation_id);
CREATE TABLE edges (
  id               INTEGER PRIMARY KEY,
  document_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  from_citation_id INTEGER REFERENCES citations(id) ON DELETE CASCADE,
  to_citation_id   INTEGER NOT NULL REFERENCES citations(id) ON DELETE CASCADE,
  relation         TEXT NOT NULL CHECK (relation IN
                     ('implements', 'based_on', 'guides', 'amends', 'replaces', 'repeals', 'cites')),
  evidence         TEXT NOT NULL,
  source_begin     INTEGER NOT NULL,
  source_end       INTEGER NOT NULL
);
CREATE INDEX edges_by_document ON edges(document_id);
CREATE INDEX edges_by_from ON edges(from_citation_id);
CREATE INDEX edges_by_to ON edges(to_citation_id, relation);
CREATE VIEW edges_resolved AS
  SELECT e.id, e.document_id, COALESCE(f.target_id, e.document_id) AS from_id,
         t.target_id AS to_id, e.relation, e.evidence, e.source_begin, e.source_end
  FROM edges e
  JOIN citations t ON t.id = e.to_citation_id
  LEFT JOIN citations f ON f.id = e.from_citation_id;
CREATE TABLE footnotes (
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  number       INTEGER NOT NULL,
  body         TEXT NOT NULL,
  anchor       INTEGER,
  source_begin INTEGER NOT NULL,
  source_end   INTEGER NOT NULL
);
CREATE INDEX footnotes_by_document ON footnotes(document_id);
CREATE TABLE repairs (
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind         TEXT NOT NULL,
  from_text    TEXT NOT NULL,
  to_text      TEXT NOT NULL,
  source_begin INTEGER NOT NULL,
  source_end   INTEGER NOT NULL
);
CREATE INDEX repairs_by_document ON repairs(document_id);
CREATE TABLE warnings (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  message     TEXT NOT NULL
);
CREATE INDEX warnings_by_document ON warnings(document_id);
)sql"},
    {2, "tasks, agencies and targets", R"sql(
CREATE TABLE agencies (
  id       INTEGER PRIMARY KEY,
  name_key TEXT NOT NULL UNIQUE,
  name     TEXT NOT NULL
);
CREATE TABLE agency_names (
  agency_id INTEGER NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  name      TEXT NOT NULL,
  PRIMARY KEY (agency_id, name)
);
CREATE TABLE tasks (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  path          TEXT NOT NULL,
  number        TEXT,
  text          TEXT NOT NULL,
  result        TEXT,
  deadline_text TEXT,
  deadline_kind TEXT NOT NULL DEFAULT 'none',
  due           TEXT,
  central_text  TEXT,
  central_kind  TEXT,
  central_due   TEXT,
  lead_inferred INTEGER NOT NULL DEFAULT 0,
  source_begin  INTEGER NOT NULL,
  source_end    INTEGER NOT NULL
);
CREATE INDEX tasks_by_document ON tasks(document_id);
CREATE INDEX tasks_by_due ON tasks(due);
CREATE TABLE task_agencies (
  task_id    INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  agency_id  INTEGER NOT NULL REFERENCES agencies(id),
  role       TEXT NOT NULL CHECK (role IN ('lead', 'coordinate', 'direct')),
  position   INTEGER NOT NULL,
  is_primary INTEGER NOT NULL DEFAULT 0,
  name       TEXT NOT NULL,
  PRIMARY KEY (task_id, role, position)
);
CREATE INDEX task_agencies_by_agency ON task_agencies(agency_id, role);
CREATE TABLE targets (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  n            INTEGER NOT NULL,
  text         TEXT NOT NULL,
  value        TEXT,
  monitor      TEXT,
  source_begin INTEGER NOT NULL,
  source_end   INTEGER NOT NULL
);
CREATE INDEX targets_by_document ON targets(document_id, n);
CREATE TABLE target_assignments (
  task_id   INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  target_n  INTEGER NOT NULL,
  target_id INTEGER REFERENCES targets(id) ON DELETE CASCADE,
  PRIMARY KEY (task_id, target_n)
);
CREATE INDEX target_assignments_by_target ON target_assignments(target_id);
CREATE TABLE task_numbering (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  appendix    TEXT NOT NULL,
  citation_id INTEGER NOT NULL REFERENCES citations(id) ON DELETE CASCADE,
  PRIMARY KEY (document_id, appendix)
);
CREATE INDEX task_numbering_by_citation ON task_numbering(citation_id);
)sql"},
    {3, "full-text index over document text", R"sql(
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content = 'documents', content_rowid = 'id', tokenize = 'vanban_fold');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents WHEN new.text IS NOT NULL BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents WHEN old.text IS NOT NULL BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
    SELECT 'delete', old.id, old.title, old.text WHERE old.text IS NOT NULL;
  INSERT INTO documents_fts(rowid, title, text)
    SELECT new.id, new.title, new.text WHERE new.text IS NOT NULL;
END;
INSERT INTO documents_fts(rowid, title, text)
  SELECT id, title, text FROM documents WHERE text IS NOT NULL;
)sql"},
    {4, "citations that start an edge, indexed", R"sql(
ALTER TABLE citations ADD COLUMN starts_edge INTEGER NOT NULL DEFAULT 0;
UPDATE citations SET starts_edge = 1 WHERE id IN (SELECT from_citation_id FROM edges);
CREATE INDEX citations_starting_edges ON citations(target_id) WHERE starts_edge = 1;
)sql"},
    // The extractor identifies each agency against its gazetteer; the store
    // keeps what it concluded instead of folding names again. Rows written
    // before keep level 'other', known 0 until their documents are ingested again.
    {5, "agencies with the gazetteer's identity", R"sql(
ALTER TABLE agencies ADD COLUMN level TEXT NOT NULL DEFAULT 'other';
ALTER TABLE agencies ADD COLUMN known INTEGER NOT NULL DEFAULT 0;
ALTER TABLE agencies ADD COLUMN successor TEXT;
)sql"},
    // What people (and reports) say of a task's progress. Keyed by the task's
    // stable key, not tasks.id: task rows are rewritten whenever their
    // document is ingested again, a status must outlive that. Append-only:
    // the history is the table.
    {6, "task status entries by stable task key", R"sql(
CREATE TABLE task_status (
  id          INTEGER PRIMARY KEY,
  task_key    TEXT NOT NULL,
  progress    TEXT NOT NULL CHECK (progress IN ('not-started', 'in-progress', 'done')),
  on_date     TEXT,
  note        TEXT,
  source      TEXT NOT NULL CHECK (source IN ('manual', 'report')),
  evidence    TEXT,
  report      TEXT,
  confidence  REAL NOT NULL DEFAULT 1.0,
  recorded_at TEXT NOT NULL
);
CREATE INDEX task_status_by_key ON task_status(task_key, id);
)sql"},
};

// Runs one migration inside the caller's transaction.
Status ApplyMigration(Database* db, const Migration& migration) {
  if (Status s = db->ExecScript(migration.sql); !s.ok()) {
    return Status::Internal(db->path() + ": migration " + std::to_string(migration.version) +
                            " failed: " + s.message());
  }
  return db->Exec(
      "INSERT INTO schema_version(version, description, applied_at) "
      "VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
      migration.version, migration.description);
}

}  // namespace

int LatestSchemaVersion() {
  return std::end(kMigrations)[-1].version;
}

Result<int> ReadSchemaVersion(Database* db) {
  VANBAN_ASSIGN_OR_RETURN(
      const std::optional<int64_t> has_table,
      db->QueryInt("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
  if (!has_table) {
    VANBAN_ASSIGN_OR_RETURN(const std::optional<int64_t> tables,
                            db->QueryInt("SELECT count(*) FROM sqlite_master"));
    if (tables.value_or(0) > 0) {
      return Status::InvalidInput(db->path() +
                                  " is an SQLite database of another program (it has tables "
                                  "but no schema_version); give vanban its own --db file");
    }
    return 0;
  }
  VANBAN_ASSIGN_OR_RETURN(const std::optional<int64_t> version,
                          db->QueryInt("SELECT max(version) FROM schema_version"));
  return static_cast<int>(version.value_or(0));
}

Status CheckNotNewer(const Database& db, int version, int target) {
  if (version <= target) return Status::Ok();
  return Status::Unsupported(db.path() + " has schema version " + std::to_string(version) +
                             ", newer than this vanban understands (" + std::to_string(target) +
                             "); use a newer vanban, or another --db file");
}

Status Migrate(Database* db, int target) {
  VANBAN_ASSIGN_OR_RETURN(const int seen, ReadSchemaVersion(db));
  VANBAN_RETURN_IF_ERROR(CheckNotNewer(*db, seen, target));
  if (seen == target) return Status::Ok();  // the usual open: nothing to write
  Transaction transaction(db, /*nested=*/false);
  VANBAN_RETURN_IF_ERROR(transaction.Begin());
  // Another process may have migrated the file since it was read.
  VANBAN_ASSIGN_OR_RETURN(const int version, ReadSchemaVersion(db));
  for (const Migration& migration : kMigrations) {
    if (migration.version <= version || migration.version > target) continue;
    VANBAN_RETURN_IF_ERROR(ApplyMigration(db, migration));
  }
  return transaction.Commit();
}

}  // namespace vanban::store::internal
