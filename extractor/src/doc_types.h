// The tables of document types and issuer codes: one place for the
// vocabulary of Vietnamese document numbers. Internal to extractor/.
#ifndef VANBAN_EXTRACTOR_DOC_TYPES_H_
#define VANBAN_EXTRACTOR_DOC_TYPES_H_

#include <string>
#include <string_view>
#include <vector>

namespace vanban::extractor::internal {

struct DocumentType {
  std::string_view code;                // as written in numbers: "NQ", "CTr"
  std::vector<std::string_view> names;  // the type words, longest first
};

// Every type the documents use. Official letters carry no type code in
// their number (3553/UBND-THĐT) and get "CV".
const std::vector<DocumentType>& DocumentTypes();

// The table spelling of a type code, matched case-insensitively
// ("CTR" -> "CTr"), or "" when unknown.
std::string_view CanonicalTypeCode(std::string_view code);

// The type code of a type word ("Kế hoạch hành động" -> "KH"), matched
// case-insensitively at the start of `words`; sets *len to the bytes used.
std::string_view TypeOfWords(std::string_view words, size_t* len);

// Issuer codes: the table spelling ("TTG" -> "TTg") and the full name
// ("UBND" -> "Ủy ban nhân dân"); the code itself / "" when unknown.
std::string CanonicalIssuerCode(std::string_view code);
std::string_view IssuerName(std::string_view code);

}  // namespace vanban::extractor::internal

#endif  // VANBAN_EXTRACTOR_DOC_TYPES_H_
