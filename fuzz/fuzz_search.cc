// `vanban search` text on a small database: FTS5 syntax, quotes and any
// bytes are answered or refused with a reason, never a crash or a hang.
#include <memory>

#include "fuzz_target.h"
#include "vanban/corpus.h"
#include "vanban/extractor.h"
#include "vanban/normalizer.h"
#include "vanban/queries.h"
#include "vanban/store.h"

namespace {

std::unique_ptr<vanban::store::Store> SmallStore() {
  auto store = std::move(vanban::store::Store::Open(":memory:")).value();
  const auto normalizer = std::move(vanban::normalizer::Normalizer::Create()).value();
  const auto extractor = std::move(vanban::extractor::Extractor::Create()).value();
  auto source = std::move(vanban::corpus::DecodeBytes(
                              "/fuzz/plan.txt",
                              "KẾ HOẠCH\nSố: 10/KH-UBND\nThực hiện Nghị quyết số 57-NQ/TW về "
                              "chuyển đổi số.\n1. Sở Tài chính chủ trì, hoàn thành trong năm 2026.\n"))
                    .value();
  const auto text = normalizer->Normalize(source.text, source.map);
  (void)store->Put(source, text, extractor->Extract(text, "plan.txt"));
  return store;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto store = SmallStore();
  (void)vanban::store::Search(*store, vanban::fuzz::AsText(data, size), 10);
  return 0;
}
