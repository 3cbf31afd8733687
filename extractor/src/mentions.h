// Citation mentions: every document number in the main text and the
// footnotes, with the type word before it, its date, issuer and subject;
// short forms resolved inside the document; typos merged into references.
// Internal to extractor/.
#ifndef VANBAN_EXTRACTOR_MENTIONS_H_
#define VANBAN_EXTRACTOR_MENTIONS_H_

#include <optional>
#include <string_view>
#include <vector>

#include "patterns.h"
#include "vanban/record.h"

namespace vanban::extractor::internal {

// A piece of text mentions are found in: the main text (index 0) or one
// footnote body (index k for footnote k-1).
struct Segment {
  int index = 0;
  std::string_view text;
  const OffsetMap* map = nullptr;
};

// Where a mention's words lie around its number: relations need them.
struct MentionExtent {
  size_t phrase_begin = 0;         // start of the type word ("Nghị quyết số ...")
  size_t tail_end = 0;             // end of its date / issuer / subject description
  bool abbreviation_note = false;  // inside "(viết tắt là ...)"
};

// Appends the mentions found in `segment` (in text order) and their extents.
void FindMentions(const Patterns& patterns, const Segment& segment, std::vector<Mention>* mentions,
                  std::vector<MentionExtent>* extents, std::vector<Repair>* repairs);

// "Nghị quyết 57", "NQ57": adds a short-form mention for each one whose
// number and type match exactly one fully cited document.
void FindShortForms(const Patterns& patterns, const Segment& segment,
                    std::vector<Mention>* mentions, std::vector<MentionExtent>* extents);

// Groups mentions into references (one per cited document). Typos are
// merged: two codes with the same number, year and type whose issuers
// differ by one letter, or a code without year next to the same code with
// one. Mentions get the canonical code of their reference. The document's
// own code is not a reference.
std::vector<Reference> BuildReferences(std::vector<Mention>* mentions,
                                       const std::optional<DocumentCode>& own,
                                       std::vector<Repair>* repairs);

}  // namespace vanban::extractor::internal

#endif  // VANBAN_EXTRACTOR_MENTIONS_H_
