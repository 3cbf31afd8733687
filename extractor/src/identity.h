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

}  // namespace vanban::extractor::internal

#endif  // VANBAN_EXTRACTOR_IDENTITY_H_
