#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include "stages.h"

namespace vanban::normalizer::internal {

namespace {

bool IsNfc(const icu::Normalizer2& nfc, std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const bool yes = nfc.isNormalizedUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), status);
  return yes && U_SUCCESS(status);
}

// Normalizes one line that failed the check, appending to *out and mapping
// the changed pieces (ICU's Edits say which bytes each piece replaced).
void NormalizeLine(const icu::Normalizer2& nfc, std::string_view in, size_t begin, size_t end,
                   std::string* out, OffsetMapBuilder* map, NormalizeStats* stats) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Edits edits;
  icu::StringByteSink<std::string> sink(out);
  const size_t out_before = out->size();
  nfc.normalizeUTF8(0, icu::StringPiece(in.data() + begin, static_cast<int32_t>(end - begin)), sink,
                    &edits, status);
  if (U_FAILURE(status)) {  // cannot happen on valid UTF-8; keep the line as it was
    out->resize(out_before);
    out->append(in.substr(begin, end - begin));
    map->Copy(begin, end - begin);
    return;
  }
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    const auto src = begin + static_cast<size_t>(it.sourceIndex());
    if (it.hasChange()) {
      map->Replace(src, static_cast<size_t>(it.oldLength()), static_cast<size_t>(it.newLength()));
      ++stats->nfc_changes;
    } else {
      map->Copy(src, static_cast<size_t>(it.oldLength()));
    }
  }
}

}  // namespace

bool NfcStage(const icu::Normalizer2& nfc, std::string_view in, std::string* out,
              OffsetMapBuilder* map, NormalizeStats* stats) {
  // The fast path: most documents are already NFC and this scan is cheap.
  if (IsNfc(nfc, in)) return false;
  // Otherwise only the lines that fail the check are normalized; NFC never
  // composes across a line break.
  out->clear();
  out->reserve(in.size());
  size_t b = 0;
  while (b < in.size()) {
    size_t e = in.find('\n', b);
    e = e == std::string_view::npos ? in.size() : e + 1;
    if (IsNfc(nfc, in.substr(b, e - b))) {
      out->append(in.substr(b, e - b));
      map->Copy(b, e - b);
    } else {
      NormalizeLine(nfc, in, b, e, out, map, stats);
    }
    b = e;
  }
  return true;
}

}  // namespace vanban::normalizer::internal
