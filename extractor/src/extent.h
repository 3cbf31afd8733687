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
// CHỦ NGHĨA VIỆT NAM" / "ĐẢNG CỘNG SẢN VIỆT NAM", or the number line when
// a converter wrote the left column first) to the start of the site chrome
// after it (the site's caption of the document, then its record labels
// "Ban hành:", "Hiệu lực:", "Tình trạng:" and company footer). A file
// without a motto begins at 0; one without trailing chrome ends at
// text.size(). An attached document (a draft after a cover letter, an
// appendix) stays inside: the file's document is the first header's.
// Cheap: one pass over the first lines, one over the line starts.
Span DocumentExtent(const normalizer::NormalizedText& text);
Span DocumentExtent(std::string_view text);

// The same bounds as line indexes into `lines` (spans of `text`):
// [first, last). Used by readers that already hold the split lines.
struct LineExtent {
  size_t first = 0;
  size_t last = 0;
};
LineExtent DocumentLineExtent(std::string_view text, const std::vector<Span>& lines);

// True when `line` is a label of a website's metadata block or company
// footer ("Số hiệu:", "Người ký: Trần Văn An", "Mã số thuế:"), with or
// without a short value after the colon. Identity reads the block before
// the document with it; exposed for tests.
bool IsSiteLabelLine(std::string_view line);

}  // namespace vanban::extractor::internal

#endif  // VANBAN_EXTRACTOR_EXTENT_H_
