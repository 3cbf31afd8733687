// The normalizer on any decoded text: valid UTF-8 out, a valid map back
// into the input, line hints inside the text.
#include <memory>

#include "fuzz_target.h"
#include "vanban/corpus.h"
#include "vanban/normalizer.h"
#include "vanban/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto normalizer = std::move(vanban::normalizer::Normalizer::Create()).value();
  auto source = vanban::corpus::DecodeBytes("fuzz.txt", std::string(vanban::fuzz::AsText(data, size)));
  if (!source.ok()) return 0;
  const vanban::normalizer::NormalizedText out = normalizer->Normalize(source->text, source->map);
  if (vanban::utf8::ValidPrefix(out.text) != out.text.size()) {
    vanban::fuzz::Fail("normalized text is not valid UTF-8");
  }
  if (!out.map.IsValid()) vanban::fuzz::Fail("normalizer map is not valid");
  if (out.map.ToSource({0, out.text.size()}).end > size) vanban::fuzz::Fail("map leaves the input");
  for (const auto& line : out.lines) {
    if (line.begin > line.end || line.end > out.text.size()) vanban::fuzz::Fail("line outside text");
  }
  return 0;
}
