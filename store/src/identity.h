// Which stored row a document number means. Citations keep the code and
// year as written; these functions point them at documents, so the answer
// depends only on what is stored, never on the order it came in.
#ifndef VANBAN_STORE_SRC_IDENTITY_H_
#define VANBAN_STORE_SRC_IDENTITY_H_

#include <string>
#include <string_view>

#include "sqlite.h"
#include "vanban/record.h"

namespace vanban::store::internal {

// The unique key of a documents row: "215/KH-UBND@2025", "12/KH-UBND@0"
// (year unknown) or "sha256:<hex>" for a document without a number.
std::string DocKey(std::string_view code_key, int year);
std::string HashDocKey(std::string_view sha256);

// A document's year: the one in its number, else its issue year, else 0.
int IdentityYear(const extractor::DocumentCode& code, const extractor::Date& date);

// Points every citation of `code_key` at the document it means and keeps
// the cited-only rows of that code in step: one per year written in some
// citation and not stored from a file; a year-less citation means the only
// document of that code when there is exactly one, else the year-less node.
// Cited-only rows nobody cites any more are removed; the rest take their
// description (type, date, issuer, subject) from the citations.
Status ReconcileCode(Database* db, const std::string& code_key);

}  // namespace vanban::store::internal

#endif  // VANBAN_STORE_SRC_IDENTITY_H_
