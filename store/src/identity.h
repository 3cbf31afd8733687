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

// Points the citations of `code_key` stored since the last call (target
// NULL) at the documents they mean, and keeps the cited-only rows of that
// code in step: one per year some citation writes that is not stored from a
// file; an undated citation means the only such document when there is
// exactly one, else the year-less node. Cited-only rows nobody cites any
// more are removed; the others describe themselves from their citations.
// `full` after citations were removed: every description is recomputed.
Status ReconcileCode(Database* db, const std::string& code_key, bool full);

}  // namespace vanban::store::internal

#endif  // VANBAN_STORE_SRC_IDENTITY_H_
