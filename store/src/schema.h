// The database schema as numbered migrations (store/SCHEMA.md describes the
// tables). A database records the migrations applied to it in
// schema_version; opening one runs the missing ones in order, all in one
// immediate transaction that first reads the version again (so two vanbans
// opening a new file at once never both create it), and refuses a database
// newer than this program.
#ifndef VANBAN_STORE_SRC_SCHEMA_H_
#define VANBAN_STORE_SRC_SCHEMA_H_

#include "sqlite.h"
#include "vanban/status.h"

namespace vanban::store::internal {

// The version a database has after every migration of this build.
int LatestSchemaVersion();

// The version recorded in `db`: 0 for an empty database. Fails when the file
// holds tables but none of vanban's bookkeeping (another program's database).
Result<int> ReadSchemaVersion(Database* db);

// Fails with a message naming the file when `version` is newer than `target`.
Status CheckNotNewer(const Database& db, int version, int target);

// Brings `db` to `target` (LatestSchemaVersion() in production; tests stop
// earlier to build an old database). Refuses a database newer than `target`.
Status Migrate(Database* db, int target);

}  // namespace vanban::store::internal

#endif  // VANBAN_STORE_SRC_SCHEMA_H_
