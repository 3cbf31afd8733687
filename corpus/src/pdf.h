// The .pdf reader (poppler-cpp, optional at build time): each page's text
// layer in physical layout, the column-aligned rendering pdftotext -layout
// makes, which the layout reads tables from. Internal to corpus/.
#ifndef VANBAN_CORPUS_PDF_H_
#define VANBAN_CORPUS_PDF_H_

#include <string>
#include <string_view>
#include <vector>

#include "vanban/corpus.h"
#include "vanban/status.h"

namespace vanban::corpus::internal {

// Pages one after another, a form feed between them; origins "page N".
// Fails on an encrypted or damaged file, and on one with no text at all
// (a scan: "no text layer: needs OCR").
Status RenderPdf(std::string_view bytes, std::string* text, std::vector<Origin>* origins);

}  // namespace vanban::corpus::internal

#endif  // VANBAN_CORPUS_PDF_H_
