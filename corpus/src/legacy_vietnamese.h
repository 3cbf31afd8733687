// Legacy Vietnamese font encodings: TCVN3 (ABC) and VNI-Windows.
//
// Before Unicode, Vietnamese documents were typed with fonts that reuse the
// bytes of Windows-1252: TCVN3 puts each precomposed letter in one byte (the
// upper-case accented letters live in separate ".VnTimeH" fonts and share
// bytes with lower case); VNI writes a base letter followed by one or two
// diacritic bytes. Neither has an ICU converter, so the tables live here.
// Internal to corpus/.
#ifndef VANBAN_CORPUS_LEGACY_VIETNAMESE_H_
#define VANBAN_CORPUS_LEGACY_VIETNAMESE_H_

#include <optional>
#include <string>
#include <string_view>

#include "vanban/offset_map.h"

namespace vanban::corpus::internal {

enum class LegacyCharset { kTcvn3, kVni };

// Appends the UTF-8 (NFC, precomposed) decoding of `bytes` to `*out` and
// records one map run per source character in `*map` (a VNI letter plus its
// diacritic bytes is one Replace run). Never fails: an unmapped byte is
// decoded as its Windows-1252 meaning.
void DecodeLegacy(LegacyCharset charset, std::string_view bytes, OffsetMapBuilder* map,
                  std::string* out);

// The legacy charset `bytes` are written in, judged by byte statistics, or
// nullopt when the bytes do not look like Vietnamese in either (ASCII only,
// Windows-1258, random binary, valid UTF-8 ...). Callers only ask after the
// bytes failed to be valid UTF-8.
std::optional<LegacyCharset> DetectLegacyCharset(std::string_view bytes);

}  // namespace vanban::corpus::internal

#endif  // VANBAN_CORPUS_LEGACY_VIETNAMESE_H_
