// extractor: from normalized text to the facts of a document.
//
// Contract: Extract() reads a NormalizedText (main text and footnotes) and
// returns a DocumentRecord in which every fact carries its span; it never
// fails on any input (what it cannot read becomes a warning). An Extractor
// compiles its patterns once and is then immutable: one serves every thread.
#ifndef VANBAN_EXTRACTOR_EXTRACTOR_H_
#define VANBAN_EXTRACTOR_EXTRACTOR_H_

#include <memory>
#include <string>
#include <vector>

#include "vanban/normalizer.h"
#include "vanban/record.h"
#include "vanban/status.h"

namespace vanban::extractor {

class Extractor {
 public:
  static Result<std::unique_ptr<Extractor>> Create();
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  DocumentRecord Extract(const normalizer::NormalizedText& text, std::string source_name) const;

  // An agency a person names (a filter, a search): its identity, as a
  // task's agency would get it, and the bodies it succeeded, whose tasks
  // passed to it ("Bộ KH&CN": Bộ Khoa học và Công nghệ, which Bộ Thông tin
  // và Truyền thông was merged into).
  struct AgencyLookup {
    Agency agency;
    std::vector<Agency> predecessors;
  };
  AgencyLookup LookUpAgency(std::string_view name) const;

 private:
  struct Impl;
  explicit Extractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Parses one document number written on its own ("57- NQ/TW", "11/NQ CP");
// nullopt when it is not one. Tests and the CLI's CODE arguments use it.
std::optional<DocumentCode> ParseDocumentCode(std::string_view text);

// Paragraph and line statistics for `vanban summary`.
struct LayoutSummary {
  size_t lines = 0;
  size_t headings = 0;  // Markdown headings and bold lines
  size_t footnotes = 0;
};
LayoutSummary Summarize(const normalizer::NormalizedText& text);

}  // namespace vanban::extractor

#endif  // VANBAN_EXTRACTOR_EXTRACTOR_H_
