// store: the SQLite database of documents, citations and tasks.
//
// Contract (filled in by the store issue): a versioned, documented schema;
// one writer with prepared statements; queries returning plain structs.
// For now it only reports the SQLite library it is built against, so the
// module and its dependency are in place from the first commit.
#ifndef VANBAN_STORE_STORE_H_
#define VANBAN_STORE_STORE_H_

#include <string>

namespace vanban::store {

std::string SqliteVersion();

}  // namespace vanban::store

#endif  // VANBAN_STORE_STORE_H_
