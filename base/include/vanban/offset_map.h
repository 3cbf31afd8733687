// OffsetMap: where each byte of a derived text came from.
//
// Every stage that rewrites text (decoding, normalization) records, for each
// piece of its output, the span of its input that produced it. Chained with
// Compose(), the maps of all stages answer "which bytes of the original file
// is this extracted fact?" for any span of the final text.
//
// The map is a list of runs in target order. A copy run maps byte for byte; a
// replace run maps its whole target range onto its whole source range (a
// begin offset inside it maps to the source begin, an end offset to the
// source end), so a span never maps to half a character. Source offsets never
// decrease; a source range with no run was deleted (a footnote moved out of
// the text, a Markdown mark). Memory is one run per edit, not per byte.
#ifndef VANBAN_BASE_OFFSET_MAP_H_
#define VANBAN_BASE_OFFSET_MAP_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace vanban {

struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool operator==(const Span&) const = default;
};

class OffsetMap {
 public:
  struct Run {
    uint64_t target_begin;
    uint64_t source_begin;
    uint32_t target_len;
    uint32_t source_len;
    bool copy;  // byte-for-byte; target_len == source_len
  };

  OffsetMap() = default;
  // The map of a text that is a verbatim copy of source[base, base + len).
  static OffsetMap Identity(size_t len, size_t base = 0);

  // Source offset of the byte at target offset `offset` (a span begin).
  size_t ToSourceBegin(size_t offset) const;
  // Source offset just past the bytes that end at target offset `offset`.
  size_t ToSourceEnd(size_t offset) const;
  Span ToSource(Span target) const;

  size_t target_size() const;
  const std::vector<Run>& runs() const { return runs_; }

  // Returns the map target -> inner source, where `*this` maps target ->
  // middle and `inner` maps middle -> inner source.
  OffsetMap Compose(const OffsetMap& inner) const;

  // Checks the invariants (contiguous target, non-decreasing source). Tests
  // and debug builds call it; a false here is a bug in a stage.
  bool IsValid() const;

 private:
  friend class OffsetMapBuilder;
  size_t FindRun(size_t offset) const;
  std::vector<Run> runs_;
};

// Builds an OffsetMap while a stage appends to its output, piece by piece.
class OffsetMapBuilder {
 public:
  // `len` output bytes copied verbatim from source[source_begin, +len).
  void Copy(size_t source_begin, size_t len);
  // `target_len` output bytes that replace source[source_begin, +source_len).
  // target_len 0 records a deletion; source_len 0 an insertion.
  void Replace(size_t source_begin, size_t source_len, size_t target_len);
  size_t target_size() const { return target_size_; }
  OffsetMap Finish();

 private:
  std::vector<OffsetMap::Run> runs_;
  size_t target_size_ = 0;
};

}  // namespace vanban

#endif  // VANBAN_BASE_OFFSET_MAP_H_
