// extractor: from normalized text to the facts of a document.
//
// This module grows in the next issues (document identity and citations,
// tasks and agencies). Its contract: Extract() reads a NormalizedText and
// returns a DocumentRecord in which every fact carries its span, and never
// fails on any input (what it cannot read becomes a warning).
#ifndef VANBAN_EXTRACTOR_EXTRACTOR_H_
#define VANBAN_EXTRACTOR_EXTRACTOR_H_

#include <string>
#include <vector>

#include "vanban/normalizer.h"

namespace vanban::extractor {

// Paragraph and line statistics the summary reports until the full
// extractor lands.
struct LayoutSummary {
  size_t lines = 0;
  size_t headings = 0;  // Markdown headings and bold or upper-case lines
  size_t footnotes = 0;
};

LayoutSummary Summarize(const normalizer::NormalizedText& text);

}  // namespace vanban::extractor

#endif  // VANBAN_EXTRACTOR_EXTRACTOR_H_
