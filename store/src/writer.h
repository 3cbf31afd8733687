// Writing one document's rows: its identity, citations, evidence, tasks and
// targets, replacing what an earlier version of the same file stored.
#ifndef VANBAN_STORE_SRC_WRITER_H_
#define VANBAN_STORE_SRC_WRITER_H_

#include <map>
#include <string>

#include "sqlite.h"
#include "vanban/store.h"

namespace vanban::store::internal {

struct DocumentFacts {
  const corpus::SourceText& source;
  const normalizer::NormalizedText& text;
  const extractor::DocumentRecord& record;
  std::string path;  // absolute
  int64_t run = 0;
};

// Code keys whose citations changed, each with whether citations were
// removed (then ReconcileCode recomputes everything for it).
using CodesToReconcile = std::map<std::string, bool>;

// Runs inside the caller's transaction; on error the caller rolls back. The
// new citations have no target until the caller reconciles `codes`, which
// it may do once for a whole batch of documents.
Result<PutResult> WriteDocument(Database* db, const DocumentFacts& facts, CodesToReconcile* codes);

Status Reconcile(Database* db, const CodesToReconcile& codes);

}  // namespace vanban::store::internal

#endif  // VANBAN_STORE_SRC_WRITER_H_
