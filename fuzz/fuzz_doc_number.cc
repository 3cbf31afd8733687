// ParseDocumentCode on any text: never throws (an overflowing number fails
// the match), and a parsed code parses again to itself.
#include "fuzz_target.h"
#include "vanban/extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto code = vanban::extractor::ParseDocumentCode(vanban::fuzz::AsText(data, size));
  if (!code) return 0;
  const auto again = vanban::extractor::ParseDocumentCode(code->canonical);
  if (!again || again->key != code->key) vanban::fuzz::Fail("canonical code does not parse back");
  return 0;
}
