#include "vanban/store.h"

#include <sqlite3.h>

namespace vanban::store {

std::string SqliteVersion() {
  return sqlite3_libversion();
}

}  // namespace vanban::store
