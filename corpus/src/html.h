// The .html reader: a page saved from a legal library rendered as the text
// the pipeline reads, with a map back to the page's decoded text (so facts
// still point at the file's bytes and lines). Internal to corpus/.
#ifndef VANBAN_CORPUS_HTML_H_
#define VANBAN_CORPUS_HTML_H_

#include <string>
#include <string_view>

#include "vanban/offset_map.h"

namespace vanban::corpus::internal {

// Blocks one a line (h1-h6 as Markdown headings, li as "- " items), each
// outermost <table> a pipe table (colspan/rowspan as empty cells, nested
// tables' text in their cell), entities decoded, whitespace collapsed;
// scripts, styles, the head and the site's chrome (nav, header, footer,
// aside, form, elements whose id or class names a menu, footer, breadcrumb
// or sidebar) dropped. `map` goes from `*text` to offsets in `html`.
void RenderHtml(std::string_view html, std::string* text, OffsetMap* map);

}  // namespace vanban::corpus::internal

#endif  // VANBAN_CORPUS_HTML_H_
