#include "identity.h"

#include <map>
#include <vector>

namespace vanban::store::internal {

namespace {

Result<int64_t> CitedNode(Database* db, const std::string& code_key, int year) {
  const std::string key = DocKey(code_key, year);
  VANBAN_ASSIGN_OR_RETURN(const std::optional<int64_t> id,
                          db->QueryInt("SELECT id FROM documents WHERE doc_key = ?1", key));
  if (id) return *id;
  return db->Insert(
      "INSERT INTO documents(doc_key, code_key, year, ingested) VALUES (?1, ?2, ?3, 0)", key,
      code_key, year);
}

// The most frequent non-null value of a citation or mention column among the
// rows that cite the document: deterministic whatever the ingest order.
constexpr char kDescribeCitedNodes[] = R"sql(
UPDATE documents SET
  code = (SELECT c.code FROM citations c WHERE c.target_id = documents.id
          GROUP BY c.code ORDER BY sum(c.mention_count) DESC, c.code LIMIT 1),
  type = (SELECT c.type FROM citations c WHERE c.target_id = documents.id AND c.type IS NOT NULL
          GROUP BY c.type ORDER BY count(*) DESC, c.type LIMIT 1),
  issued = (SELECT c.date FROM citations c WHERE c.target_id = documents.id AND c.date IS NOT NULL
            GROUP BY c.date ORDER BY count(*) DESC, c.date LIMIT 1),
  issuer = (SELECT m.issuer FROM mentions m JOIN citations c ON c.id = m.citation_id
            WHERE c.target_id = documents.id AND m.issuer IS NOT NULL
            GROUP BY m.issuer ORDER BY count(*) DESC, m.issuer LIMIT 1),
  title = (SELECT m.subject FROM mentions m JOIN citations c ON c.id = m.citation_id
           WHERE c.target_id = documents.id AND m.subject IS NOT NULL
           GROUP BY m.subject ORDER BY count(*) DESC, m.subject LIMIT 1)
WHERE code_key = ?1 AND ingested = 0
)sql";

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

Status ReconcileCode(Database* db, const std::string& code_key) {
  std::map<int, int64_t> nodes;  // year -> document
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT year, id FROM documents WHERE code_key = ?1 AND ingested = 1",
      [&](const Statement& row) { nodes[static_cast<int>(row.Int(0))] = row.Int(1); }, code_key));
  std::vector<int> years;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT DISTINCT year FROM citations WHERE code_key = ?1 ORDER BY year",
      [&](const Statement& row) { years.push_back(static_cast<int>(row.Int(0))); }, code_key));
  for (const int year : years) {
    if (year == 0 || nodes.count(year)) continue;
    VANBAN_ASSIGN_OR_RETURN(nodes[year], CitedNode(db, code_key, year));
  }
  for (const int year : years) {
    int64_t target = 0;
    if (year != 0) {
      target = nodes[year];
    } else if (nodes.size() == 1) {
      target = nodes.begin()->second;
    } else if (nodes.count(0)) {
      target = nodes[0];
    } else {
      VANBAN_ASSIGN_OR_RETURN(target, CitedNode(db, code_key, 0));
    }
    VANBAN_RETURN_IF_ERROR(
        db->Exec("UPDATE citations SET target_id = ?3 WHERE code_key = ?1 AND year = ?2", code_key,
                 year, target));
  }
  VANBAN_RETURN_IF_ERROR(
      db->Exec("DELETE FROM documents WHERE code_key = ?1 AND ingested = 0 AND NOT EXISTS "
               "(SELECT 1 FROM citations c WHERE c.target_id = documents.id)",
               code_key));
  return db->Exec(kDescribeCitedNodes, code_key);
}

}  // namespace vanban::store::internal
