// OffsetMap from any sequence of edits: the built map is valid, and so is
// its composition with another; every span maps inside the source.
#include "fuzz_target.h"
#include "vanban/offset_map.h"

namespace {

// Each 3 bytes are one edit: kind, source length, target length.
vanban::OffsetMap Build(const uint8_t* data, size_t size, size_t* source_size) {
  vanban::OffsetMapBuilder builder;
  size_t at = 0;
  for (size_t i = 0; i + 3 <= size; i += 3) {
    const size_t source_len = data[i + 1] % 16, target_len = data[i + 2] % 16;
    if (data[i] % 2 == 0) {
      builder.Copy(at, source_len);
    } else {
      builder.Replace(at, source_len, target_len);
    }
    at += source_len;
  }
  *source_size = at;
  return builder.Finish();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  size_t inner_source = 0, middle = 0;
  const size_t half = size / 2;
  const vanban::OffsetMap inner = Build(data, half, &inner_source);
  const vanban::OffsetMap outer = Build(data + half, size - half, &middle);
  if (!inner.IsValid() || !outer.IsValid()) vanban::fuzz::Fail("built map is not valid");
  if (middle != inner.target_size()) return 0;  // only maps that chain compose
  const vanban::OffsetMap composed = outer.Compose(inner);
  if (!composed.IsValid()) vanban::fuzz::Fail("composed map is not valid");
  const size_t n = composed.target_size();
  for (size_t b = 0; b <= n; b += 1 + n / 8) {
    const vanban::Span s = composed.ToSource({b, n});
    if (s.begin > s.end || s.end > inner_source) vanban::fuzz::Fail("span leaves the source");
  }
  return 0;
}
