// agencies: case tables on small fixtures written for these tests.
#include <gtest/gtest.h>

#include "agencies.h"

namespace vanban::extractor {
namespace {
using internal::Gazetteer;
const Gazetteer& G() {
  static const Gazetteer g = Gazetteer::BuiltIn();
  return g;
}
TEST(AgenciesDebug, X) {
  std::vector<Repair> r;
  for (auto& a : G().Split("Sở Tài chính và các sở, ban, ngành liên quan", &r)) std::cerr << a.name << "\n";
  std::cerr << G().Canonical("các sở, ban, ngành liên quan", &r) << "\n";
}
}  // namespace
}  // namespace vanban::extractor
