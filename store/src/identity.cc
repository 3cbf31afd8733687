#include "identity.h"

#include <vector>

namespace vanban::store::internal {

namespace {

// Citations stored since the last reconcile have no target yet; this filter
// (with ?1 = code key, ?2 = year) finds them through the target index.
constexpr char kNewCitations[] = "c.target_id IS NULL AND c.code_key = ?1 AND c.year = ?2";
// Every citation of the document being described.
constexpr char kAllCitations[] = "c.target_id = documents.id";

// The description of cited-only nodes: for each field the least value among
// the citations (and their mentions) that mean the node. The least, not the
// most frequent: it can be merged in as citations arrive without reading all
// earlier ones, and it does not depend on their order either.
std::string DescribeSql(const char* citations, bool merge, const char* where) {
  std::string sql = "UPDATE documents SET ";
  const std::pair<const char*, std::string> fields[] = {
      {"code", "SELECT min(c.code) FROM citations c WHERE "},
      {"type", "SELECT min(c.type) FROM citations c WHERE "},
      {"issued", "SELECT min(c.date) FROM citations c WHERE "},
      {"issuer",
       "SELECT min(m.issuer) FROM mentions m JOIN citations c ON c.id = m.citation_id WHERE "},
      {"title",
       "SELECT min(m.subject) FROM mentions m JOIN citations c ON c.id = m.citation_id WHERE "},
  };
  for (size_t i = 0; i < std::size(fields); ++i) {
    const std::string value = "(" + fields[i].second + citations + ")";
    const std::string column = fields[i].first;
    sql += (i ? ", " : "") + column + " = " +
           (merge ? "COALESCE(min(" + column + ", " + value + "), " + column + ", " + value + ")"
                  : value);
  }
  return sql + " WHERE " + where;
}

// The row of `code_key` and `year`: the stored document, or a cited-only
// node, made when missing.
Result<int64_t> NodeFor(Database* db, const std::string& code_key, int year) {
  const std::string key = DocKey(code_key, year);
  VANBAN_ASSIGN_OR_RETURN(const std::optional<int64_t> id,
                          db->QueryInt("SELECT id FROM documents WHERE doc_key = ?1", key));
  if (id) return *id;
  return db->Insert(
      "INSERT INTO documents(doc_key, code_key, year, ingested) VALUES (?1, ?2, ?3, 0)", key,
      code_key, year);
}

// Points the new citations of (code_key, year) at `node`, merging what they
// say into its description first.
Status AssignNew(Database* db, const std::string& code_key, int year, int64_t node) {
  VANBAN_RETURN_IF_ERROR(
      db->Exec(DescribeSql(kNewCitations, /*merge=*/true, "id = ?3 AND ingested = 0"), code_key,
               year, node));
  return db->Exec(
      "UPDATE citations SET target_id = ?3 WHERE target_id IS NULL AND code_key = ?1 AND year = ?2",
      code_key, year, node);
}

// The documents an undated citation of `code_key` may mean: the stored ones
// and the cited-only nodes of a year some citation writes.
Result<std::vector<std::pair<int64_t, int>>> Candidates(Database* db, const std::string& code_key) {
  std::vector<std::pair<int64_t, int>> candidates;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT id, year FROM documents d WHERE code_key = ?1 AND (ingested = 1 OR (year > 0 AND "
      "EXISTS (SELECT 1 FROM citations c WHERE c.target_id = d.id AND c.code_key = ?1 AND "
      "c.year = d.year))) "
      "ORDER BY year",
      [&](const Statement& row) {
        candidates.emplace_back(row.Int(0), static_cast<int>(row.Int(1)));
      },
      code_key));
  return candidates;
}

// Undated citations mean the only candidate when there is one, else the
// year-less node. When that answer changed, every undated citation moves
// and the description of the nodes is recomputed; `*full` says so.
Status AssignUndated(Database* db, const std::string& code_key, bool* full) {
  VANBAN_ASSIGN_OR_RETURN(
      const std::optional<int64_t> any,
      db->QueryInt("SELECT 1 FROM citations WHERE code_key = ?1 AND year = 0 LIMIT 1", code_key));
  if (!any) return Status::Ok();
  VANBAN_ASSIGN_OR_RETURN(const auto candidates, Candidates(db, code_key));
  int64_t target = 0;
  if (candidates.size() == 1) {
    target = candidates[0].first;
  } else {
    VANBAN_ASSIGN_OR_RETURN(target, NodeFor(db, code_key, 0));
  }
  VANBAN_ASSIGN_OR_RETURN(const std::optional<int64_t> current,
                          db->QueryInt("SELECT target_id FROM citations WHERE code_key = ?1 AND "
                                       "year = 0 AND target_id IS NOT NULL LIMIT 1",
                                       code_key));
  if (current && *current != target) {
    *full = true;
    VANBAN_RETURN_IF_ERROR(db->Exec(
        "UPDATE citations SET target_id = NULL WHERE code_key = ?1 AND year = 0", code_key));
  }
  return AssignNew(db, code_key, 0, target);
}

}  // namespace

std::string DocKey(std::string_view code_key, int year) {
  return std::string(code_key) + "@" + std::to_string(year);
}

std::string HashDocKey(std::string_view sha256) {
  return "sha256:" + std::string(sha256);
}

int IdentityYear(const extractor::DocumentCode& code, const extractor::Date& date) {
  return code.year != 0 ? code.year : date.year;
}

Status ReconcileCode(Database* db, const std::string& code_key, bool full) {
  std::vector<int> years;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT DISTINCT year FROM citations c WHERE c.target_id IS NULL AND c.code_key = ?1 AND "
      "c.year > 0",
      [&](const Statement& row) { years.push_back(static_cast<int>(row.Int(0))); }, code_key));
  for (const int year : years) {
    VANBAN_ASSIGN_OR_RETURN(const int64_t node, NodeFor(db, code_key, year));
    VANBAN_RETURN_IF_ERROR(AssignNew(db, code_key, year, node));
  }
  VANBAN_RETURN_IF_ERROR(AssignUndated(db, code_key, &full));
  VANBAN_RETURN_IF_ERROR(
      db->Exec("DELETE FROM documents WHERE code_key = ?1 AND ingested = 0 AND NOT EXISTS "
               "(SELECT 1 FROM citations c WHERE c.target_id = documents.id)",
               code_key));
  if (!full) return Status::Ok();
  return db->Exec(DescribeSql(kAllCitations, /*merge=*/false, "code_key = ?1 AND ingested = 0"),
                  code_key);
}

}  // namespace vanban::store::internal
