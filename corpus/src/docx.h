// The .docx reader: a Word document (a zip of XML parts) rendered as the
// text the rest of the pipeline reads. Internal to corpus/.
//
// Why a rendering and not a new document model: the layout already reads
// paragraphs one per line and Markdown pipe tables as tables, so a .docx
// rendered that way goes through the same, tested, readers as a text file.
#ifndef VANBAN_CORPUS_DOCX_H_
#define VANBAN_CORPUS_DOCX_H_

#include <string>
#include <string_view>
#include <vector>

#include "vanban/corpus.h"
#include "vanban/status.h"

namespace vanban::corpus::internal {

// "PK\3\4": every zip (a .docx, .xlsx, or any other) starts so.
bool IsZip(std::string_view bytes);

// Renders word/document.xml: paragraphs one per line (numbering labels and
// heading levels as Markdown), each w:tbl as a pipe table, footnotes and
// endnotes as "[k] body" lines at the end; headers and footers left out.
// `origins` say which paragraph, table row or note each range came from.
// Fails with the reason when the zip is truncated or not a .docx.
Status RenderDocx(std::string_view bytes, std::string* text, std::vector<Origin>* origins);

}  // namespace vanban::corpus::internal

#endif  // VANBAN_CORPUS_DOCX_H_
