// The normalizer's stages. Each reads the previous stage's text and writes
// its own, recording in an OffsetMapBuilder which input bytes each output
// piece came from; normalizer.cc chains them and composes the maps.
// Internal to normalizer/.
#ifndef VANBAN_NORMALIZER_STAGES_H_
#define VANBAN_NORMALIZER_STAGES_H_

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

// Rule 1. Returns false (and leaves *out empty) when `in` is already NFC.
bool NfcStage(const icu::Normalizer2& nfc, std::string_view in, std::string* out,
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
