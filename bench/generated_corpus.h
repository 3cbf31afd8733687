// Many documents made from a few real ones, for benchmarks that need a
// database of realistic size: each generated document takes a template's
// text and record and gets its own number, issue date, agencies, tasks and
// citations of other generated documents (a plan implements the plan above
// it, eight per parent, and cites three earlier documents), while keeping
// the template's citations of real documents (57-NQ/TW, 71/NQ-CP ...).
#ifndef VANBAN_BENCH_GENERATED_CORPUS_H_
#define VANBAN_BENCH_GENERATED_CORPUS_H_

#include <string>
#include <vector>

#include "vanban/corpus.h"
#include "vanban/normalizer.h"
#include "vanban/record.h"

namespace vanban::bench {

struct GeneratedDocument {
  corpus::SourceText source;
  normalizer::NormalizedText text;
  extractor::DocumentRecord record;
};

class GeneratedCorpus {
 public:
  // `templates` must not be empty; their texts are cut to `max_text_bytes`
  // so that a large database stays a reasonable size on disk.
  GeneratedCorpus(std::vector<GeneratedDocument> templates, size_t max_text_bytes);

  // Document `i` (0-based); the same `i` always gives the same document.
  GeneratedDocument Make(size_t i) const;

  // The number of document `i`, as a query names it ("" for the one in ten
  // that has none).
  std::string CodeOf(size_t i) const;
  // An agency name of the pool the tasks draw from.
  static std::string Agency(size_t i);

  static constexpr size_t kChildrenPerParent = 8;

 private:
  std::vector<GeneratedDocument> templates_;
};

}  // namespace vanban::bench

#endif  // VANBAN_BENCH_GENERATED_CORPUS_H_
