// The stages from a file to its DocumentRecord, set up once and shared by
// the commands (and, later, by ingest's worker threads: every stage object
// is immutable after Create).
#ifndef VANBAN_APP_PIPELINE_H_
#define VANBAN_APP_PIPELINE_H_

#include <memory>
#include <string>

#include "vanban/corpus.h"
#include "vanban/extractor.h"
#include "vanban/normalizer.h"
#include "vanban/status.h"

namespace vanban::app {

struct Processed {
  corpus::SourceText source;
  normalizer::NormalizedText normalized;
  extractor::DocumentRecord record;
};

class Pipeline {
 public:
  static Result<std::unique_ptr<Pipeline>> Create();
  // Loads, normalizes and extracts one file. Fails when the file cannot be
  // read as text, or when a stage fails on it: each file is a failure
  // boundary, so no exception from any stage reaches the caller (one bad file
  // never takes the others of a batch with it); the message names the file.
  // Decoding warnings land in record.warnings.
  Result<Processed> Process(const std::string& path) const;
  // The same for a file already loaded (ingest hashes it first to skip
  // unchanged files).
  Result<Processed> Process(corpus::SourceText source) const;
  const normalizer::Normalizer& normalizer() const { return *normalizer_; }

 private:
  Pipeline(std::unique_ptr<normalizer::Normalizer> n, std::unique_ptr<extractor::Extractor> e)
      : normalizer_(std::move(n)), extractor_(std::move(e)) {}
  Processed Run(corpus::SourceText source) const;
  std::unique_ptr<normalizer::Normalizer> normalizer_;
  std::unique_ptr<extractor::Extractor> extractor_;
};

}  // namespace vanban::app

#endif  // VANBAN_APP_PIPELINE_H_
