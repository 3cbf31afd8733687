#include "vanban/offset_map.h"

#include <algorithm>

namespace vanban {

OffsetMap OffsetMap::Identity(size_t len, size_t base) {
  OffsetMapBuilder builder;
  builder.Copy(base, len);
  return builder.Finish();
}

size_t OffsetMap::target_size() const {
  if (runs_.empty()) return 0;
  return runs_.back().target_begin + runs_.back().target_len;
}

// Index of the last run whose target_begin <= offset.
size_t OffsetMap::FindRun(size_t offset) const {
  auto it = std::upper_bound(runs_.begin(), runs_.end(), offset,
                             [](size_t off, const Run& r) { return off < r.target_begin; });
  return it == runs_.begin() ? 0 : static_cast<size_t>(it - runs_.begin()) - 1;
}

size_t OffsetMap::ToSourceBegin(size_t offset) const {
  if (runs_.empty()) return 0;
  if (offset >= target_size()) return runs_.back().source_begin + runs_.back().source_len;
  const Run& r = runs_[FindRun(offset)];
  return r.copy ? r.source_begin + (offset - r.target_begin) : r.source_begin;
}

size_t OffsetMap::ToSourceEnd(size_t offset) const {
  if (runs_.empty()) return 0;
  if (offset == 0) return runs_.front().source_begin;
  size_t i = FindRun(offset - 1);
  const Run& r = runs_[i];
  if (r.copy) return r.source_begin + std::min<size_t>(offset - r.target_begin, r.target_len);
  return r.source_begin + r.source_len;
}

Span OffsetMap::ToSource(Span target) const {
  if (target.begin == target.end) {
    size_t at = ToSourceBegin(target.begin);
    return {at, at};
  }
  return {ToSourceBegin(target.begin), ToSourceEnd(target.end)};
}

OffsetMap OffsetMap::Compose(const OffsetMap& inner) const {
  OffsetMapBuilder out;
  size_t cursor = 0;  // inner run index; middle offsets only grow
  for (const Run& r : runs_) {
    if (!r.copy) {
      size_t begin = inner.ToSourceBegin(r.source_begin);
      size_t end = r.source_len == 0 ? begin : inner.ToSourceEnd(r.source_begin + r.source_len);
      out.Replace(begin, end > begin ? end - begin : 0, r.target_len);
      continue;
    }
    size_t mid = r.source_begin;
    const size_t mid_end = r.source_begin + r.target_len;
    while (mid < mid_end && cursor < inner.runs_.size()) {
      const Run& in = inner.runs_[cursor];
      const size_t in_end = in.target_begin + in.target_len;
      if (in_end <= mid) {
        ++cursor;
        continue;
      }
      const size_t piece_end = std::min(mid_end, in_end);
      if (in.copy) {
        out.Copy(in.source_begin + (mid - in.target_begin), piece_end - mid);
      } else {
        out.Replace(in.source_begin, in.source_len, piece_end - mid);
      }
      mid = piece_end;
    }
  }
  return out.Finish();
}

bool OffsetMap::IsValid() const {
  uint64_t target = 0, source = 0;
  for (const Run& r : runs_) {
    if (r.target_begin != target) return false;
    if (r.source_begin < source) return false;
    if (r.copy && r.target_len != r.source_len) return false;
    target += r.target_len;
    source = r.source_begin;
  }
  return true;
}

void OffsetMapBuilder::Copy(size_t source_begin, size_t len) {
  if (len == 0) return;
  if (!runs_.empty()) {
    OffsetMap::Run& last = runs_.back();
    if (last.copy && last.source_begin + last.source_len == source_begin &&
        static_cast<uint64_t>(last.target_len) + len < UINT32_MAX) {
      last.target_len += static_cast<uint32_t>(len);
      last.source_len += static_cast<uint32_t>(len);
      target_size_ += len;
      return;
    }
  }
  runs_.push_back(
      {target_size_, source_begin, static_cast<uint32_t>(len), static_cast<uint32_t>(len), true});
  target_size_ += len;
}

void OffsetMapBuilder::Replace(size_t source_begin, size_t source_len, size_t target_len) {
  if (target_len == 0) return;  // a deletion: the source gap says it all
  runs_.push_back({target_size_, source_begin, static_cast<uint32_t>(target_len),
                   static_cast<uint32_t>(source_len), false});
  target_size_ += target_len;
}

OffsetMap OffsetMapBuilder::Finish() {
  OffsetMap map;
  map.runs_ = std::move(runs_);
  runs_.clear();
  target_size_ = 0;
  return map;
}

}  // namespace vanban
