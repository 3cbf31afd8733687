// The document itself: type, number, place and date, title, issuer,
// signer, recipients. Internal to extractor/.
#ifndef VANBAN_EXTRACTOR_IDENTITY_H_
#define VANBAN_EXTRACTOR_IDENTITY_H_

#include "agencies.h"
#include "patterns.h"
#include "vanban/normalizer.h"
#include "vanban/record.h"

namespace vanban::extractor::internal {

// Reads the identity of the document proper (DocumentExtent: a site's
// chrome around it is not read, an attached document after it neither):
// number, place and date, and issuing body from the header in any
// rendering (columns side by side, interleaved, a Markdown table, cells one
// per line, letters spaced one by one); type from the type heading or the
// number; title from the lines under the heading or the "V/v" subject;
// signer from the first signature block (title in capitals, then the name);
// fields the header lacks from a site's metadata block before it. Sets
// *preamble_end to the offset of the first section heading ("I. ...",
// "Điều 1"), where the preamble stops, and *extent to the document proper
// (extent.h: the bytes of text.text outside it are a website's chrome).
DocumentIdentity ReadIdentity(const Patterns& patterns, const Gazetteer& gazetteer,
                              const normalizer::NormalizedText& text, size_t* preamble_end,
                              Span* extent);

// Pieces of the header reader, exposed for the tests.

// The code after a number marker, its pieces joined back: "5973 /UBND-KT
// Lào Cai" -> "5973/UBND-KT", "3210/QĐ - U B ND" -> "3210/QĐ-UBND"; digits
// read as letters by OCR restored ("1O26/KH-UBND" -> "1026/KH-UBND").
std::string JoinCodeWords(std::string_view rest);

// The first "<Place>, ngày D tháng M năm Y" in `header` (line breaks and
// cell marks already turned to spaces); a blank day or month stays 0.
bool ReadPlaceDate(std::string_view header, Date* date, std::string* place);

// The running-text spelling of a body's name written in capitals.
std::string BodyNameCase(std::string_view name);

}  // namespace vanban::extractor::internal

#endif  // VANBAN_EXTRACTOR_IDENTITY_H_
