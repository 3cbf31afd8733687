// A whole document through decode, normalize and extract: the extractor
// "never fails on any input" (extractor.h); every fact's span maps inside
// the file.
#include <memory>

#include "fuzz_target.h"
#include "vanban/corpus.h"
#include "vanban/extractor.h"
#include "vanban/normalizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto normalizer = std::move(vanban::normalizer::Normalizer::Create()).value();
  static const auto extractor = std::move(vanban::extractor::Extractor::Create()).value();
  auto source = vanban::corpus::DecodeBytes("fuzz.txt", std::string(vanban::fuzz::AsText(data, size)));
  if (!source.ok()) return 0;
  const auto text = normalizer->Normalize(source->text, source->map);
  const vanban::extractor::DocumentRecord record = extractor->Extract(text, "fuzz.txt");
  for (const auto& task : record.tasks) {
    if (task.source.begin > task.source.end || task.source.end > size) {
      vanban::fuzz::Fail("a task's source span leaves the file");
    }
  }
  for (const auto& mention : record.mentions) {
    if (mention.source.end > size) vanban::fuzz::Fail("a mention's source span leaves the file");
  }
  return 0;
}
