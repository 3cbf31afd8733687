// Reading stored rows back into the public structs: shared by every query
// so a document, a task or a link is read one way only.
#ifndef VANBAN_STORE_SRC_ROWS_H_
#define VANBAN_STORE_SRC_ROWS_H_

#include <string>
#include <string_view>
#include <vector>

#include "sqlite.h"
#include "vanban/queries.h"

namespace vanban::store::internal {

// The DocumentSummary columns of documents row `alias`, in ReadSummary's
// order; kSummaryColumnCount of them.
std::string SummaryColumns(std::string_view alias);
inline constexpr int kSummaryColumnCount = 10;
DocumentSummary ReadSummary(const Statement& row, int first);
Result<DocumentSummary> LoadSummary(Database* db, DocumentId id);

// "2025-09-30", "2025-09", "2025" or "" back to a Date.
extractor::Date ParseIsoDate(std::string_view iso);

// A DocumentCode from what the store keeps of it.
extractor::DocumentCode StoredCode(std::string canonical, std::string key);

Result<extractor::DocumentIdentity> LoadIdentity(Database* db, DocumentId id);

// Tasks with their agencies and targets, in document and then stored order.
Result<std::vector<TaskRow>> LoadDocumentTasks(Database* db, DocumentId id);
// Tasks passing `filter` (every field empty: all tasks).
Result<std::vector<TaskRow>> LoadFilteredTasks(Database* db, const TaskFilter& filter);
// Every status entry of a task key, oldest first.
Result<std::vector<ProgressEntry>> LoadProgressHistory(Database* db, std::string_view key);

Result<std::vector<extractor::Target>> LoadTargets(Database* db, DocumentId id,
                                                   bool uncovered_only);

enum class Direction { kOutgoing, kIncoming };
enum class Relations { kAll, kTyped, kImplements };
// Edges out of or into `id`, with the document at the other end and the
// document that states each edge.
Result<std::vector<Link>> LoadLinks(Database* db, DocumentId id, Direction direction,
                                    Relations relations);
// The documents at the other end of those edges, each once.
Result<std::vector<DocumentId>> LoadNeighbors(Database* db, DocumentId id, Direction direction,
                                              Relations relations);
// The edges out of `id`, one per (document, relation) with how many
// sentences state it.
Result<std::vector<GraphEdge>> LoadEdgeCounts(Database* db, DocumentId id);

}  // namespace vanban::store::internal

#endif  // VANBAN_STORE_SRC_ROWS_H_
