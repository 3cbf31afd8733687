// Writing one document's rows: its identity, citations, evidence, tasks and
// targets, replacing what an earlier version of the same file stored.
#ifndef VANBAN_STORE_SRC_WRITER_H_
#define VANBAN_STORE_SRC_WRITER_H_

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

// Runs inside the caller's transaction; on error the caller rolls back.
Result<PutResult> WriteDocument(Database* db, const DocumentFacts& facts);

}  // namespace vanban::store::internal

#endif  // VANBAN_STORE_SRC_WRITER_H_
