#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>

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

NfcQuickCheck::NfcQuickCheck(const icu::Normalizer2& nfc) : nfc_(nfc) {
  for (char32_t cp = 0; cp < kLimit; ++cp) {
    const auto c = static_cast<UChar32>(cp);
    const bool yes = u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES &&
                     u_getCombiningClass(c) == 0 && !U_IS_SURROGATE(c);
    if (yes) bits_[cp >> 6] |= uint64_t{1} << (cp & 63);
  }
}

size_t NfcQuickCheck::InertPrefix(std::string_view s) const {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    if (c < 0x80) {  // ASCII is all NFC_QC=Yes, class 0
      ++i;
    } else if (c >= 0xC2 && c <= 0xDF) {
      if (i + 1 >= n || (p[i + 1] & 0xC0) != 0x80) break;
      if (!Yes((char32_t(c & 0x1F) << 6) | (p[i + 1] & 0x3F))) break;
      i += 2;
    } else if (c >= 0xE0 && c <= 0xE2) {
      if (i + 2 >= n || (p[i + 1] & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80) break;
      if (c == 0xE0 && p[i + 1] < 0xA0) break;  // overlong
      const char32_t cp =
          (char32_t(c & 0x0F) << 12) | (char32_t(p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
      if (!Yes(cp)) break;
      i += 3;
    } else {
      break;  // U+3000 and above, or malformed: ICU decides
    }
  }
  return i;
}

bool NfcStage(const NfcQuickCheck& check, std::string_view in, std::string* out,
              OffsetMapBuilder* map, NormalizeStats* stats) {
  const icu::Normalizer2& nfc = check.nfc();
  // The fast path: most documents are already NFC and this scan is cheap.
  const size_t inert = check.InertPrefix(in);
  if (inert == in.size() || IsNfc(nfc, in)) return false;
  // Otherwise only the lines that fail the check are normalized; NFC never
  // composes across a line break, so the lines before the first character
  // that needs ICU are copied as they are.
  out->clear();
  out->reserve(in.size());
  const size_t nl = in.rfind('\n', inert);
  size_t b = nl == std::string_view::npos ? 0 : nl + 1;
  if (b > 0) {
    out->append(in.substr(0, b));
    map->Copy(0, b);
  }
  while (b < in.size()) {
    size_t e = in.find('\n', b);
    e = e == std::string_view::npos ? in.size() : e + 1;
    const std::string_view line = in.substr(b, e - b);
    if (check.InertPrefix(line) == line.size() || IsNfc(nfc, line)) {
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
