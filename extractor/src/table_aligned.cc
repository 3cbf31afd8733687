#include "table_grid.h"

namespace vanban::extractor::internal {

bool ReadAligned(const normalizer::NormalizedText&, const std::vector<TextLine>&, size_t, Grid*) {
  return false;
}

}  // namespace vanban::extractor::internal
