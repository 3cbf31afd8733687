#include "vanban/normalizer.h"

#include <unicode/normalizer2.h>

#include <unordered_map>

#include "stages.h"

namespace vanban::normalizer {

struct Normalizer::Impl {
  explicit Impl(const icu::Normalizer2& nfc) : nfc_check(nfc) {}
  internal::NfcQuickCheck nfc_check;  // ICU's NFC instance is owned by ICU, immutable
};

Normalizer::Normalizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Normalizer::~Normalizer() = default;

Result<std::unique_ptr<Normalizer>> Normalizer::Create() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || nfc == nullptr) {
    return Status::Internal(std::string("cannot load ICU NFC data: ") + u_errorName(status));
  }
  auto impl = std::make_unique<Impl>(*nfc);
  return std::unique_ptr<Normalizer>(new Normalizer(std::move(impl)));
}

namespace {

// Carries the current text and its map to the source through the stages.
class StageChain {
 public:
  StageChain(std::string_view text, const OffsetMap& to_source) : text_(text), map_(to_source) {}

  const std::string& text() const { return text_; }
  const OffsetMap& map() const { return map_; }
  std::string TakeText() { return std::move(text_); }
  OffsetMap TakeMap() { return std::move(map_); }

  // Runs `stage(in, out, builder)` and makes its output current.
  // Two buffers take turns as input and output, so a document costs two
  // allocations, not one per stage.
  template <typename Stage>
  void Apply(Stage&& stage) {
    OffsetMapBuilder builder;
    spare_.clear();
    stage(std::string_view(text_), &spare_, &builder);
    map_ = builder.Finish().Compose(map_);
    text_.swap(spare_);
  }

  void Replace(std::string text, OffsetMapBuilder* builder) {
    map_ = builder->Finish().Compose(map_);
    text_ = std::move(text);
  }

 private:
  std::string text_;
  std::string spare_;
  OffsetMap map_;
};

void FillLineOffsets(const std::string& text, std::vector<LineHint>* lines) {
  size_t begin = 0;
  size_t n = 0;
  while (true) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    if (n == lines->size()) lines->push_back({});
    (*lines)[n].begin = begin;
    (*lines)[n].end = end;
    ++n;
    if (end == text.size()) break;
    begin = end + 1;
  }
  lines->resize(n);
}

}  // namespace

NormalizedText Normalizer::Normalize(std::string_view text) const {
  return Normalize(text, OffsetMap::Identity(text.size()));
}

NormalizedText Normalizer::Normalize(std::string_view text, const OffsetMap& to_source) const {
  using namespace internal;
  NormalizedText result;
  NormalizeStats* stats = &result.stats;
  StageChain chain(text, to_source);
  {
    std::string out;
    OffsetMapBuilder builder;
    if (NfcStage(impl_->nfc_check, chain.text(), &out, &builder, stats))
      chain.Replace(std::move(out), &builder);
  }
  chain.Apply([&](std::string_view in, std::string* out, OffsetMapBuilder* b) {
    CharacterStage(in, out, b, stats);
  });
  std::vector<LineHint> hints;
  chain.Apply([&](std::string_view in, std::string* out, OffsetMapBuilder* b) {
    MarkupStage(in, out, b, &hints, stats);
  });
  chain.Apply([&](std::string_view in, std::string* out, OffsetMapBuilder* b) {
    SyllableStage(in, out, b, stats);
  });
  const OffsetMap before_lines = chain.map();
  chain.Apply([&](std::string_view in, std::string* out, OffsetMapBuilder* b) {
    LinesStage(in, out, b, &hints, &result.footnotes, &result.markers, stats);
  });
  // Footnote and marker spans were offsets of the LinesStage input.
  for (Footnote& f : result.footnotes) {
    f.source = before_lines.ToSource(f.source);
    f.map = f.map.Compose(before_lines);
  }
  for (FootnoteMarker& m : result.markers) m.source = before_lines.ToSource(m.source);
  std::unordered_map<int, size_t> first_marker;
  for (const FootnoteMarker& m : result.markers) first_marker.emplace(m.number, m.anchor);
  for (Footnote& f : result.footnotes) {
    if (auto it = first_marker.find(f.number); it != first_marker.end()) f.anchor = it->second;
  }
  result.text = chain.TakeText();
  result.map = chain.TakeMap();
  result.lines = std::move(hints);
  FillLineOffsets(result.text, &result.lines);
  return result;
}

}  // namespace vanban::normalizer
