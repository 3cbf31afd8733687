// Where the document proper lies in a file. A page saved from a legal
// website wraps the document in chrome: a metadata block, a copied title
// and a news-style summary before it, related-document lists and the site's
// company footer after it. None of that is the document's content. Internal
// to extractor/.
#ifndef VANBAN_EXTRACTOR_EXTENT_H_
#define VANBAN_EXTRACTOR_EXTENT_H_

#include <string_view>
#include <vector>

#include "vanban/normalizer.h"
#include "vanban/offset_map.h"

namespace vanban::extractor::internal {

// The byte span of the document proper in text.text: from the first line of
// its header (the issuing body beside the national motto "CỘNG HÒA XÃ HỘI
// CHỦ NGHĨA VIỆT NAM" / "ĐẢNG CỘNG SẢN VIỆT NAM") to the start of the site
// chrome after it. A file without chrome gives {0, text.size()}.
Span DocumentExtent(const normalizer::NormalizedText& text);
Span DocumentExtent(std::string_view text);

// The same bounds as line indexes into `lines` (spans of `text`):
// [first, last). Used by readers that already hold the split lines.
struct LineExtent {
  size_t first = 0;
  size_t last = 0;
};
LineExtent DocumentLineExtent(std::string_view text, const std::vector<Span>& lines);

// True when `folded_line` (normalizer::FoldKey of a line) is a label of a
// website's metadata block ("so hieu", "nguoi ky", "ma so thue" ...), with
// or without its value after the colon. Exposed for tests.
bool IsSiteLabelLine(std::string_view line);

}  // namespace vanban::extractor::internal

#endif  // VANBAN_EXTRACTOR_EXTENT_H_
