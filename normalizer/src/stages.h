// The normalizer's stages. Each reads the previous stage's text and writes
// its own, recording in an OffsetMapBuilder which input bytes each output
// piece came from; normalizer.cc chains them and composes the maps.
// Internal to normalizer/.
#ifndef VANBAN_NORMALIZER_STAGES_H_
#define VANBAN_NORMALIZER_STAGES_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vanban/normalizer.h"
#include "vanban/offset_map.h"

#include <unicode/normalizer2.h>

namespace vanban::normalizer::internal {

// Appends to an output string and its map together, so no stage can forget
// one of them. Kept spans of the input are batched into one map run.
class Emitter {
 public:
  Emitter(std::string_view in, std::string* out, OffsetMapBuilder* map)
      : in_(in), out_(out), map_(map) {}
  // Copies in[begin, end) verbatim.
  void Keep(size_t begin, size_t end) {
    out_->append(in_.data() + begin, end - begin);
    map_->Copy(begin, end - begin);
  }
  // Writes `text` in place of in[begin, end).
  void Put(size_t begin, size_t end, std::string_view text) {
    out_->append(text);
    map_->Replace(begin, end - begin, text.size());
  }
  std::string& out() { return *out_; }

 private:
  std::string_view in_;
  std::string* out_;
  OffsetMapBuilder* map_;
};

// A check for NFC much cheaper than ICU's isNormalized on the text the
// corpus holds: a run of characters that are NFC_QC=Yes with combining class
// 0 is NFC whatever surrounds it, so only text with another character (a
// combining mark, a compatibility character) needs ICU. Built once per
// Normalizer from ICU's own properties; immutable, so shared by threads.
class NfcQuickCheck {
 public:
  explicit NfcQuickCheck(const icu::Normalizer2& nfc);
  const icu::Normalizer2& nfc() const { return nfc_; }
  // Length of the longest prefix of `s` made of such characters in
  // well-formed UTF-8 below U+3000 (every Vietnamese letter); s.size() when
  // all of `s` is.
  size_t InertPrefix(std::string_view s) const;

 private:
  static constexpr char32_t kLimit = 0x3000;
  bool Yes(char32_t cp) const { return (bits_[cp >> 6] >> (cp & 63)) & 1; }
  const icu::Normalizer2& nfc_;
  std::array<uint64_t, kLimit / 64> bits_{};
};

// Rule 1. Returns false (and leaves *out empty) when `in` is already NFC.
bool NfcStage(const NfcQuickCheck& check, std::string_view in, std::string* out,
              OffsetMapBuilder* map, NormalizeStats* stats);

// Rules 2-4 (characters): line ends, spaces, punctuation variants, look-alikes.
void CharacterStage(std::string_view in, std::string* out, OffsetMapBuilder* map,
                    NormalizeStats* stats);

// Rule 5: Markdown and LaTeX residue. Appends one hint per output line.
void MarkupStage(std::string_view in, std::string* out, OffsetMapBuilder* map,
                 std::vector<LineHint>* hints, NormalizeStats* stats);

// Rules 6-7: tone-mark placement and split syllables. Never adds or removes
// a line break.
void SyllableStage(std::string_view in, std::string* out, OffsetMapBuilder* map,
                   NormalizeStats* stats);

// Rules 8-9: footnotes and page breaks. `hints` has one entry per input line
// and is replaced by one per output line. Footnote and marker source spans
// are offsets in `in`; anchors are offsets in *out.
void LinesStage(std::string_view in, std::string* out, OffsetMapBuilder* map,
                std::vector<LineHint>* hints, std::vector<Footnote>* footnotes,
                std::vector<FootnoteMarker>* markers, NormalizeStats* stats);

}  // namespace vanban::normalizer::internal

#endif  // VANBAN_NORMALIZER_STAGES_H_
