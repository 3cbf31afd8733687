// The FTS5 tokenizer "vanban_fold": SQLite's unicode61 tokenizer with
// remove_diacritics 2, followed by đ -> d. unicode61 strips combining marks
// but keeps đ (a letter of its own, not d plus a mark), so without this step
// "doi" would not find "đổi" while normalizer::FoldKey says they match.
// Token offsets stay those of the original text, so snippet() highlights
// the words as written.
#ifndef VANBAN_STORE_SRC_FOLD_TOKENIZER_H_
#define VANBAN_STORE_SRC_FOLD_TOKENIZER_H_

#include <sqlite3.h>

#include "vanban/status.h"

namespace vanban::store::internal {

inline constexpr char kFoldTokenizerName[] = "vanban_fold";

// Registers the tokenizer on `db`; every connection that reads or writes
// the FTS table needs it.
Status RegisterFoldTokenizer(sqlite3* db);

}  // namespace vanban::store::internal

#endif  // VANBAN_STORE_SRC_FOLD_TOKENIZER_H_
