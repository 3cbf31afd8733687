// vanban ingest: files -> pipeline on worker threads -> one writer -> SQLite.
#ifndef VANBAN_APP_INGEST_H_
#define VANBAN_APP_INGEST_H_

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "pipeline.h"
#include "vanban/status.h"
#include "vanban/store.h"

namespace vanban::app {

struct IngestOptions {
  std::vector<std::string> paths;  // files and directories (searched recursively)
  size_t workers = 0;              // extraction threads; 0: one per core
  size_t batch_size = 64;          // documents per transaction
  bool progress = false;           // redraw a progress bar on `err` (a terminal)
};

struct IngestReport {
  size_t files = 0;
  size_t bytes = 0;
  size_t stored = 0;
  size_t replaced = 0;
  size_t unchanged = 0;
  size_t duplicates = 0;  // documents already stored from another file: not failures
  size_t failed = 0;
  // Facts of the documents stored or replaced in this run.
  size_t citations = 0;  // distinct documents cited, summed over documents
  size_t edges = 0;      // typed edges (implements, amends, ...); plain citations not counted
  size_t tasks = 0;
  size_t targets = 0;
  size_t warnings = 0;
  double seconds = 0;
  // Failed files by reason ("Word 97-2003 .doc: save it as .docx": 3), for
  // the summary: what was not stored and why, at a glance.
  std::map<std::string, size_t> failures;
};

// Stores every document found under options.paths. A file that fails is
// reported on `err` ("vanban ingest: PATH: REASON") and in ingest_errors,
// and the others are stored. Fails only when the database cannot be written.
Result<IngestReport> Ingest(const Pipeline& pipeline, store::Store* store,
                            const IngestOptions& options, std::ostream& err);

// "6 documents, 41 citations, 15 edges, 0 tasks, 0 targets, 3 warnings".
std::string DescribeFacts(const IngestReport& report);
// "not stored: 2 × Word 97-2003 .doc: save it as .docx; 1 × ..."; empty
// when nothing failed.
std::string DescribeFailures(const IngestReport& report);

}  // namespace vanban::app

#endif  // VANBAN_APP_INGEST_H_
