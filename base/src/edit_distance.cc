#include "vanban/edit_distance.h"

#include <algorithm>
#include <vector>

namespace vanban {

// The dynamic-programming table restricted to the band |i - j| <= limit:
// a cell outside it is more than `limit` edits away, so it only ever holds
// "too far" (limit + 1). O(limit * length) time, O(length) memory.
size_t BoundedEditDistance(std::string_view a, std::string_view b, size_t limit) {
  if (a.size() > b.size()) std::swap(a, b);
  limit = std::min(limit, b.size());  // no distance exceeds the longer length; limit + 1 fits
  const size_t far = limit + 1;
  if (b.size() - a.size() > limit) return far;
  std::vector<size_t> row(a.size() + 1, far);
  for (size_t i = 0; i <= a.size() && i <= limit; ++i) row[i] = i;
  for (size_t j = 1; j <= b.size(); ++j) {
    const size_t from = j > limit ? j - limit : 0;
    const size_t to = std::min(a.size(), j + limit);
    size_t diagonal = row[from == 0 ? 0 : from - 1];  // D[from - 1][j - 1]
    if (from == 0) {
      row[0] = std::min(j, far);
    } else {
      row[from - 1] = far;  // left of the band
    }
    size_t best = from == 0 ? row[0] : far;
    for (size_t i = std::max<size_t>(from, 1); i <= to; ++i) {
      const size_t above = row[i];
      const size_t cost = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[i] = std::min({above + 1, row[i - 1] + 1, cost, far});
      diagonal = above;
      best = std::min(best, row[i]);
    }
    if (best >= far) return far;
  }
  return std::min(row[a.size()], far);
}

}  // namespace vanban
