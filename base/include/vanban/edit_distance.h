// Edit distance between byte strings, bounded: the one mechanism behind
// "one edit apart" merges of document codes and "did you mean ...?" on a
// lookup that finds nothing.
#ifndef VANBAN_BASE_EDIT_DISTANCE_H_
#define VANBAN_BASE_EDIT_DISTANCE_H_

#include <cstddef>
#include <string_view>

namespace vanban {

// Levenshtein distance (insert, delete, substitute one byte) between `a` and
// `b` when it is at most `limit`; otherwise limit + 1. By bytes: callers
// compare folded ASCII keys. Stops early once every path exceeds the limit,
// so a long string far from the other costs O(limit * length).
size_t BoundedEditDistance(std::string_view a, std::string_view b, size_t limit);

}  // namespace vanban

#endif  // VANBAN_BASE_EDIT_DISTANCE_H_
