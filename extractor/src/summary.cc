#include "vanban/extractor.h"

namespace vanban::extractor {

LayoutSummary Summarize(const normalizer::NormalizedText& text) {
  LayoutSummary s;
  s.footnotes = text.footnotes.size();
  for (const normalizer::LineHint& line : text.lines) {
    if (line.begin == line.end) continue;
    ++s.lines;
    if (line.heading_level > 0 || line.bold) ++s.headings;
  }
  return s;
}

}  // namespace vanban::extractor
