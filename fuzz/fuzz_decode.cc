// corpus::DecodeBytes on any bytes: never throws, and what it returns is
// valid UTF-8 whose map stays inside the input.
#include "fuzz_target.h"
#include "vanban/corpus.h"
#include "vanban/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto source = vanban::corpus::DecodeBytes("fuzz.txt", std::string(vanban::fuzz::AsText(data, size)));
  if (!source.ok()) return 0;
  if (vanban::utf8::ValidPrefix(source->text) != source->text.size()) {
    vanban::fuzz::Fail("decoded text is not valid UTF-8");
  }
  if (!source->map.IsValid()) vanban::fuzz::Fail("decode map is not valid");
  const vanban::Span all = source->map.ToSource({0, source->text.size()});
  if (all.end > size || all.begin > all.end) vanban::fuzz::Fail("decode map leaves the input");
  return 0;
}
