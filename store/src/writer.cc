#include "writer.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <vector>

#include "identity.h"
#include "vanban/extractor.h"

namespace vanban::store::internal {

namespace {

using extractor::DocumentRecord;

// Tables of facts a document states (their document_id is the stating
// document). Deleting a document's rows from these removes all it said.
constexpr const char* kFactTables[] = {"task_numbering", "edges",   "mentions",
                                       "citations",      "tasks",   "targets",
                                       "footnotes",      "repairs", "warnings"};

std::string Join(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) {
    if (!out.empty()) out += '\n';
    out += line;
  }
  return out;
}

// After a document's tasks are gone: spellings no task uses any more go, an
// agency no task names goes, and the name is again the least spelling.
Status RefreshAgency(Database* db, int64_t agency) {
  VANBAN_RETURN_IF_ERROR(
      db->Exec("DELETE FROM agency_names WHERE agency_id = ?1 AND name NOT IN "
               "(SELECT name FROM task_agencies WHERE agency_id = ?1)",
               agency));
  VANBAN_RETURN_IF_ERROR(
      db->Exec("DELETE FROM agencies WHERE id = ?1 AND NOT EXISTS "
               "(SELECT 1 FROM task_agencies WHERE agency_id = ?1)",
               agency));
  return db->Exec(
      "UPDATE agencies SET name = (SELECT min(name) FROM agency_names WHERE agency_id = ?1) "
      "WHERE id = ?1",
      agency);
}

// Agency rows by folded name, created on first use. An agency's name is its
// least spelling in byte order: like any rule on the whole set of spellings
// it does not depend on the order documents arrive in, and unlike "the most
// used" it needs no count over all tasks.
class Agencies {
 public:
  explicit Agencies(Database* db) : db_(db) {}

  Result<std::optional<int64_t>> IdFor(const extractor::Agency& agency) {
    const std::string& name = agency.name;
    // A name of punctuation only has no key; it is kept as written.
    const std::string& key = agency.key.empty() ? name : agency.key;
    if (key.empty()) return std::optional<int64_t>();
    auto it = ids_.find(key);
    if (it == ids_.end()) {
      // A body first met unknown and later known (another document's
      // spelling) takes the known identity.
      VANBAN_RETURN_IF_ERROR(
          db_->Exec("INSERT INTO agencies(name_key, name, level, known, successor) "
                    "VALUES (?1, ?2, ?3, ?4, NULLIF(?5, '')) ON CONFLICT(name_key) DO UPDATE SET "
                    "level = excluded.level, known = 1, successor = excluded.successor "
                    "WHERE excluded.known = 1 AND agencies.known = 0",
                    key, name, std::string(extractor::LevelName(agency.level)), agency.known,
                    agency.successor));
      VANBAN_ASSIGN_OR_RETURN(const std::optional<int64_t> id,
                              db_->QueryInt("SELECT id FROM agencies WHERE name_key = ?1", key));
      it = ids_.emplace(key, id.value_or(0)).first;
    }
    VANBAN_RETURN_IF_ERROR(db_->Exec(
        "INSERT OR IGNORE INTO agency_names(agency_id, name) VALUES (?1, ?2)", it->second, name));
    if (db_->changes() > 0) {
      VANBAN_RETURN_IF_ERROR(
          db_->Exec("UPDATE agencies SET name = ?2 WHERE id = ?1 AND name > ?2", it->second, name));
    }
    return std::optional<int64_t>(it->second);
  }

  // An agency whose tasks were removed.
  void Touch(int64_t agency) { touched_.insert(agency); }

  Status RefreshTouched() {
    for (const int64_t agency : touched_) VANBAN_RETURN_IF_ERROR(RefreshAgency(db_, agency));
    return Status::Ok();
  }

 private:
  Database* db_;
  std::map<std::string, int64_t> ids_;
  std::set<int64_t> touched_;
};

// The citations rows of one document, by code key. Edges and numbering name
// codes by their canonical text; a code no reference lists gets a citation
// of its own (with no mentions) so that every edge end is a citation.
class Citations {
 public:
  Citations(Database* db, int64_t document, const DocumentRecord& record)
      : db_(db), document_(document) {
    if (record.document.code) {
      own_key_ = record.document.code->key;
      key_of_[record.document.code->canonical] = own_key_;
    }
    for (const extractor::Mention& m : record.mentions) key_of_[m.code.canonical] = m.code.key;
    for (const extractor::Reference& r : record.references) key_of_[r.code.canonical] = r.code.key;
  }

  Status AddReferences(const std::vector<extractor::Reference>& references) {
    for (const extractor::Reference& r : references) {
      if (r.code.key == own_key_ || by_key_.count(r.code.key)) continue;
      VANBAN_ASSIGN_OR_RETURN(const int64_t id,
                              Insert(r.code.canonical, r.code.key, IdentityYear(r.code, r.date),
                                     r.type, r.date.Iso(), r.mentions));
      for (const std::string& alias : r.aliases) {
        VANBAN_RETURN_IF_ERROR(
            db_->Exec("INSERT OR IGNORE INTO document_aliases(citation_id, alias) VALUES (?1, ?2)",
                      id, alias));
      }
    }
    return Status::Ok();
  }

  // The citation of `code` (a canonical number); nullopt when it is the
  // document's own number.
  Result<std::optional<int64_t>> ForCode(const std::string& canonical) {
    const std::string key = KeyOf(canonical);
    if (key == own_key_) return std::optional<int64_t>();
    if (auto it = by_key_.find(key); it != by_key_.end()) return std::optional<int64_t>(it->second);
    VANBAN_ASSIGN_OR_RETURN(const int64_t id, Insert(canonical, key, 0, "", "", 0));
    return std::optional<int64_t>(id);
  }

  std::vector<std::string> Keys() const {
    std::vector<std::string> keys;
    for (const auto& [key, id] : by_key_) keys.push_back(key);
    return keys;
  }

 private:
  std::string KeyOf(const std::string& canonical) {
    if (auto it = key_of_.find(canonical); it != key_of_.end()) return it->second;
    // Rare: an edge end the mentions do not spell the same way.
    const std::optional<extractor::DocumentCode> code = extractor::ParseDocumentCode(canonical);
    std::string key = code ? code->key : canonical;
    if (!code) {
      std::transform(key.begin(), key.end(), key.begin(),
                     [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    }
    return key_of_[canonical] = key;
  }

  Result<int64_t> Insert(const std::string& code, const std::string& key, int year,
                         const std::string& type, const std::string& date, size_t mentions) {
    VANBAN_ASSIGN_OR_RETURN(
        const int64_t id,
        db_->Insert("INSERT INTO citations(document_id, code, code_key, year, type, date, "
                    "mention_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    document_, code, key, year, OrNull(type), OrNull(date), mentions));
    by_key_[key] = id;
    return id;
  }

  Database* db_;
  int64_t document_;
  std::string own_key_;
  std::map<std::string, std::string> key_of_;  // canonical -> key
  std::map<std::string, int64_t> by_key_;      // key -> citation id
};

// Removes everything `document` stated and turns its row into a cited-only
// node (or drops it when nothing can cite it: it had no number). Adds the
// code keys whose citations changed to `keys`, for reconciling.
Status Retire(Database* db, int64_t document, Agencies* agencies, std::set<std::string>* keys) {
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT DISTINCT a.agency_id FROM task_agencies a JOIN tasks t ON t.id = a.task_id "
      "WHERE t.document_id = ?1",
      [&](const Statement& row) { agencies->Touch(row.Int(0)); }, document));
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT code_key FROM citations WHERE document_id = ?1 UNION "
      "SELECT code_key FROM documents WHERE id = ?1 AND code_key IS NOT NULL",
      [&](const Statement& row) { keys->insert(row.Text(0)); }, document));
  for (const char* table : kFactTables) {
    VANBAN_RETURN_IF_ERROR(
        db->Exec("DELETE FROM " + std::string(table) + " WHERE document_id = ?1", document));
  }
  VANBAN_RETURN_IF_ERROR(
      db->Exec("DELETE FROM documents WHERE id = ?1 AND code_key IS NULL", document));
  return db->Exec(
      "UPDATE documents SET ingested = 0, code_partial = NULL, place = NULL, signer_name = NULL, "
      "signer_title = NULL, recipients = NULL, source_path = NULL, source_name = NULL, "
      "sha256 = NULL, encoding = NULL, size_bytes = NULL, text = NULL, run_id = NULL "
      "WHERE id = ?1",
      document);
}

std::string BaseName(const std::string& path) {
  return path.substr(path.find_last_of('/') + 1);
}

// The document's own row: a new one, or the cited-only node of the same
// identity turned into the real document (its id, and so every citation of
// it, stays).
// The identity a document row is found by: code and year, or content hash.
std::string DocKeyOf(const DocumentFacts& facts) {
  const extractor::DocumentIdentity& d = facts.record.document;
  if (!d.code) return HashDocKey(facts.source.sha256);
  return DocKey(d.code->key, IdentityYear(*d.code, d.issued));
}

// The stored file of the same document at another path, if any.
Result<std::optional<std::pair<int64_t, std::string>>> FindStoredElsewhere(
    Database* db, const DocumentFacts& facts) {
  std::optional<std::pair<int64_t, std::string>> found;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT id, source_path FROM documents WHERE doc_key = ?1 AND source_path IS NOT NULL "
      "AND source_path != ?2",
      [&](const Statement& row) { found.emplace(row.Int(0), row.Text(1)); }, DocKeyOf(facts),
      facts.path));
  return found;
}

Result<int64_t> StoreIdentity(Database* db, const DocumentFacts& facts) {
  const extractor::DocumentIdentity& d = facts.record.document;
  const std::string code_key = d.code ? d.code->key : "";
  const int year = d.code ? IdentityYear(*d.code, d.issued) : d.issued.year;
  const std::string doc_key = DocKeyOf(facts);
  std::optional<int64_t> id;
  std::string other_path;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT id, source_path FROM documents WHERE doc_key = ?1",
      [&](const Statement& row) {
        id = row.Int(0);
        other_path = row.Text(1);
      },
      doc_key));
  if (!other_path.empty()) {
    return Status::InvalidInput("same document number and year (" + doc_key + ") as the stored " +
                                other_path);
  }
  if (!id) {
    VANBAN_ASSIGN_OR_RETURN(
        id, db->Insert("INSERT INTO documents(doc_key, ingested) VALUES (?1, 0)", doc_key));
  }
  VANBAN_RETURN_IF_ERROR(db->Exec(
      "UPDATE documents SET ingested = 1, code_key = ?2, year = ?3, code = ?4, code_partial = ?5, "
      "type = ?6, issued = ?7, place = ?8, issuer = ?9, title = ?10, signer_name = ?11, "
      "signer_title = ?12, recipients = ?13, source_path = ?14, source_name = ?15, sha256 = ?16, "
      "encoding = ?17, size_bytes = ?18, text = ?19, run_id = ?20 WHERE id = ?1",
      *id, OrNull(code_key), year, OrNull(d.code ? d.code->canonical : ""), OrNull(d.code_partial),
      OrNull(d.type), OrNull(d.issued.Iso()), OrNull(d.place), OrNull(d.issuer), OrNull(d.title),
      OrNull(d.signer.name), OrNull(d.signer.title), OrNull(Join(d.recipients)), facts.path,
      BaseName(facts.path), facts.source.sha256,
      std::string(corpus::EncodingName(facts.source.encoding)), facts.source.bytes.size(),
      facts.text.text, facts.run > 0 ? std::optional<int64_t>(facts.run) : std::nullopt));
  return *id;
}

Status StoreMentions(Database* db, int64_t document, const DocumentRecord& record,
                     Citations* citations) {
  for (const extractor::Mention& m : record.mentions) {
    VANBAN_ASSIGN_OR_RETURN(const std::optional<int64_t> citation,
                            citations->ForCode(m.code.canonical));
    VANBAN_RETURN_IF_ERROR(db->Exec(
        "INSERT INTO mentions(document_id, citation_id, code, type, surface, date, issuer, "
        "subject, footnote, short_form, in_preamble, span_begin, span_end, source_begin, "
        "source_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        document, citation, m.code.canonical, OrNull(m.type), m.surface, OrNull(m.date.Iso()),
        OrNull(m.issuer), OrNull(m.subject), m.segment, m.short_form, m.in_preamble, m.span.begin,
        m.span.end, m.source.begin, m.source.end));
  }
  return Status::Ok();
}

// An edge whose target is the stating document itself has no citation to
// point at and says nothing the graph can show; it is left out.
Status StoreEdges(Database* db, int64_t document, const DocumentRecord& record,
                  Citations* citations) {
  for (const extractor::Edge& e : record.edges) {
    if (e.to == "self") continue;
    std::optional<int64_t> from;
    if (e.from != "self") {
      VANBAN_ASSIGN_OR_RETURN(from, citations->ForCode(e.from));
    }
    VANBAN_ASSIGN_OR_RETURN(const std::optional<int64_t> to, citations->ForCode(e.to));
    if (!to || from == to) continue;
    if (from) {
      VANBAN_RETURN_IF_ERROR(db->Exec("UPDATE citations SET starts_edge = 1 WHERE id = ?1", *from));
    }
    VANBAN_RETURN_IF_ERROR(
        db->Exec("INSERT INTO edges(document_id, from_citation_id, to_citation_id, relation, "
                 "evidence, source_begin, source_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                 document, from, *to, extractor::RelationName(e.relation), e.evidence,
                 e.source.begin, e.source.end));
  }
  return Status::Ok();
}

Status StoreSideFacts(Database* db, int64_t document, const DocumentFacts& facts) {
  for (const normalizer::Footnote& f : facts.text.footnotes) {
    // -1 (no marker found) is stored as NULL.
    const int64_t anchor = f.anchor == std::string::npos ? -1 : static_cast<int64_t>(f.anchor);
    VANBAN_RETURN_IF_ERROR(
        db->Exec("INSERT INTO footnotes(document_id, number, body, anchor, source_begin, "
                 "source_end) VALUES (?1, ?2, ?3, NULLIF(?4, -1), ?5, ?6)",
                 document, f.number, f.body, anchor, f.source.begin, f.source.end));
  }
  for (const extractor::Repair& r : facts.record.repairs) {
    VANBAN_RETURN_IF_ERROR(
        db->Exec("INSERT INTO repairs(document_id, kind, from_text, to_text, source_begin, "
                 "source_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                 document, r.kind, r.from, r.to, r.source.begin, r.source.end));
  }
  for (const std::string& w : facts.record.warnings) {
    VANBAN_RETURN_IF_ERROR(
        db->Exec("INSERT INTO warnings(document_id, message) VALUES (?1, ?2)", document, w));
  }
  return Status::Ok();
}

Status StoreTargets(Database* db, int64_t document, const DocumentRecord& record) {
  for (const extractor::Target& t : record.targets) {
    VANBAN_RETURN_IF_ERROR(db->Exec(
        "INSERT INTO targets(document_id, n, text, value, monitor, source_begin, "
        "source_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        document, t.n, t.text, OrNull(t.value), OrNull(t.monitor), t.source.begin, t.source.end));
  }
  return Status::Ok();
}

Status StoreRole(Database* db, int64_t task, const char* role,
                 const std::vector<extractor::Agency>& named, Agencies* agencies) {
  for (size_t position = 0; position < named.size(); ++position) {
    const extractor::Agency& a = named[position];
    VANBAN_ASSIGN_OR_RETURN(const std::optional<int64_t> agency, agencies->IdFor(a));
    if (!agency) continue;
    VANBAN_RETURN_IF_ERROR(
        db->Exec("INSERT INTO task_agencies(task_id, agency_id, role, position, is_primary, name) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                 task, *agency, role, position, a.primary, a.name));
  }
  return Status::Ok();
}

Status StoreTask(Database* db, int64_t document, const extractor::Task& t, Agencies* agencies) {
  const extractor::Deadline central = t.central_deadline.value_or(extractor::Deadline{});
  const bool has_central = t.central_deadline.has_value();
  VANBAN_ASSIGN_OR_RETURN(
      const int64_t task,
      db->Insert("INSERT INTO tasks(document_id, path, number, text, result, deadline_text, "
                 "deadline_kind, due, central_text, central_kind, central_due, lead_inferred, "
                 "source_begin, source_end) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                 document, t.id, OrNull(t.number), t.text, OrNull(t.result),
                 OrNull(t.deadline.text), t.deadline.kind, OrNull(t.deadline.due.Iso()),
                 OrNull(central.text), has_central ? OrNull(central.kind) : std::nullopt,
                 OrNull(central.due.Iso()), t.lead_inferred, t.source.begin, t.source.end));
  VANBAN_RETURN_IF_ERROR(StoreRole(db, task, "lead", t.lead, agencies));
  VANBAN_RETURN_IF_ERROR(StoreRole(db, task, "coordinate", t.coordinate, agencies));
  if (t.director) {
    VANBAN_RETURN_IF_ERROR(StoreRole(db, task, "direct", {*t.director}, agencies));
  }
  for (const int n : t.targets) {
    VANBAN_RETURN_IF_ERROR(db->Exec(
        "INSERT OR IGNORE INTO target_assignments(task_id, target_n, target_id) VALUES (?1, ?2, "
        "(SELECT id FROM targets WHERE document_id = ?3 AND n = ?2 ORDER BY id LIMIT 1))",
        task, n, document));
  }
  return Status::Ok();
}

Status StoreNumbering(Database* db, int64_t document, const DocumentRecord& record,
                      Citations* citations) {
  for (const extractor::TaskNumbering& n : record.task_numbering) {
    VANBAN_ASSIGN_OR_RETURN(const std::optional<int64_t> citation, citations->ForCode(n.code));
    if (!citation) continue;
    VANBAN_RETURN_IF_ERROR(
        db->Exec("INSERT OR REPLACE INTO task_numbering(document_id, appendix, citation_id) "
                 "VALUES (?1, ?2, ?3)",
                 document, n.appendix, *citation));
  }
  return Status::Ok();
}

// What a stored file at this path, or stored bytes elsewhere, mean for a Put.
struct Previous {
  bool unchanged = false;
  std::optional<int64_t> replaced;
};

Result<Previous> FindPrevious(Database* db, const DocumentFacts& facts) {
  Previous previous;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT id, sha256 = ?2 FROM documents WHERE source_path = ?1",
      [&](const Statement& row) {
        previous.unchanged = row.Int(1) != 0;
        previous.replaced = row.Int(0);
      },
      facts.path, facts.source.sha256));
  if (previous.unchanged) return previous;
  VANBAN_ASSIGN_OR_RETURN(
      const std::optional<int64_t> same_bytes,
      db->QueryInt("SELECT id FROM documents WHERE sha256 = ?1 LIMIT 1", facts.source.sha256));
  if (same_bytes) {
    previous.unchanged = true;
    previous.replaced = same_bytes;
  }
  return previous;
}

}  // namespace

Result<PutResult> WriteDocument(Database* db, const DocumentFacts& facts, CodesToReconcile* codes) {
  VANBAN_ASSIGN_OR_RETURN(const Previous previous, FindPrevious(db, facts));
  if (previous.unchanged) return PutResult{PutOutcome::kUnchanged, *previous.replaced, ""};
  if (!previous.replaced) {
    // a file at a path with no document of its own whose document is stored
    // from another file: a copy, not a conflict (a file that changed into
    // another file's document still fails below, keeping both as they were)
    VANBAN_ASSIGN_OR_RETURN(const auto elsewhere, FindStoredElsewhere(db, facts));
    if (elsewhere) return PutResult{PutOutcome::kDuplicate, elsewhere->first, elsewhere->second};
  }
  Agencies agencies(db);
  std::set<std::string> retired_keys;  // codes whose citations were removed
  if (previous.replaced) {
    VANBAN_RETURN_IF_ERROR(Retire(db, *previous.replaced, &agencies, &retired_keys));
  }
  const DocumentRecord& record = facts.record;
  VANBAN_ASSIGN_OR_RETURN(const int64_t id, StoreIdentity(db, facts));
  Citations citations(db, id, record);
  VANBAN_RETURN_IF_ERROR(citations.AddReferences(record.references));
  VANBAN_RETURN_IF_ERROR(StoreMentions(db, id, record, &citations));
  VANBAN_RETURN_IF_ERROR(StoreEdges(db, id, record, &citations));
  VANBAN_RETURN_IF_ERROR(StoreNumbering(db, id, record, &citations));
  VANBAN_RETURN_IF_ERROR(StoreSideFacts(db, id, facts));
  VANBAN_RETURN_IF_ERROR(StoreTargets(db, id, record));
  for (const extractor::Task& task : record.tasks) {
    VANBAN_RETURN_IF_ERROR(StoreTask(db, id, task, &agencies));
  }
  for (const std::string& key : retired_keys) (*codes)[key] = true;
  for (const std::string& key : citations.Keys()) codes->emplace(key, false);
  if (record.document.code) codes->emplace(record.document.code->key, false);
  VANBAN_RETURN_IF_ERROR(agencies.RefreshTouched());
  return PutResult{previous.replaced ? PutOutcome::kReplaced : PutOutcome::kStored, id, ""};
}

Status Reconcile(Database* db, const CodesToReconcile& codes) {
  for (const auto& [key, full] : codes) VANBAN_RETURN_IF_ERROR(ReconcileCode(db, key, full));
  return Status::Ok();
}

}  // namespace vanban::store::internal
