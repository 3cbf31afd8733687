// The document itself: type, number, place and date, title, issuer,
// signer, recipients. Internal to extractor/.
#ifndef VANBAN_EXTRACTOR_IDENTITY_H_
#define VANBAN_EXTRACTOR_IDENTITY_H_

#include "agencies.h"
#include "patterns.h"
#include "vanban/normalizer.h"
#include "vanban/record.h"

namespace vanban::extractor::internal {

// Reads the identity from the header, title block, preamble, signature and
// the appendix headers. Sets *preamble_end to the offset of the first
// section heading ("I. ...", "Điều 1"), where the preamble stops.
DocumentIdentity ReadIdentity(const Patterns& patterns, const Gazetteer& gazetteer,
                              const normalizer::NormalizedText& text, size_t* preamble_end);

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
