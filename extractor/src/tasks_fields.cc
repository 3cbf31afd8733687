// Labelled fields: a task whose lead, helpers and deadline are written as
// labelled items under it ("- Cơ quan chủ trì: Sở Tài chính", "2. Cơ quan
// chủ trì, phối hợp" over "a) Cơ quan chủ trì" and its bullets,
// "3. Thời gian thực hiện: Năm 2026").
#include "deadlines.h"
#include "tasks_readers.h"
#include "text_util.h"
#include "vanban/normalizer.h"

namespace vanban::extractor::internal {

namespace {

enum class Field { kNone, kDirector, kRoles, kLead, kCoordinate, kDeadline, kResult, kContent };

struct Label {
  std::string_view folded;
  Field field;
};

// Longest first: "co quan chu tri phoi hop" before "co quan chu tri".
constexpr Label kLabels[] = {
    {"co quan chu tri phoi hop", Field::kRoles},
    {"co quan chu tri thuc hien", Field::kRoles},
    {"don vi chu tri phoi hop", Field::kRoles},
    {"co quan thuc hien", Field::kRoles},
    {"don vi thuc hien", Field::kRoles},
    {"trach nhiem chi dao", Field::kDirector},
    {"trach nhiem chu tri", Field::kLead},
    {"co quan chu tri", Field::kLead},
    {"don vi chu tri", Field::kLead},
    {"chu tri thuc hien", Field::kLead},
    {"trach nhiem phoi hop", Field::kCoordinate},
    {"co quan phoi hop", Field::kCoordinate},
    {"don vi phoi hop", Field::kCoordinate},
    {"phoi hop thuc hien", Field::kCoordinate},
    {"thoi gian hoan thanh", Field::kDeadline},
    {"thoi gian thuc hien", Field::kDeadline},
    {"thoi han", Field::kDeadline},
    {"tien do", Field::kDeadline},
    {"ket qua", Field::kResult},
    {"san pham", Field::kResult},
    {"noi dung", Field::kContent},
    {"nhiem vu", Field::kContent},
};

// The field a paragraph's content labels, and its value after the colon.
// Without a colon the whole content must be the label ("Chủ trì thực hiện").
Field FieldOf(std::string_view content, std::string_view* value) {
  const size_t colon = content.find(':');
  const bool has_colon = colon != std::string_view::npos && colon <= 60;
  const std::string label = normalizer::FoldKey(has_colon ? content.substr(0, colon) : content);
  *value = has_colon ? Trim(content.substr(colon + 1)) : std::string_view{};
  for (const Label& l : kLabels) {
    if (label.rfind(l.folded, 0) != 0) continue;
    // the label, not a sentence that starts with its words
    if (label.size() > l.folded.size() + (has_colon ? 24 : 12)) return Field::kNone;
    if (!has_colon && (l.field == Field::kContent || l.field == Field::kResult))
      return Field::kNone;
    return l.field;
  }
  if (has_colon && (label == "chu tri" || label == "phoi hop")) {
    return label == "chu tri" ? Field::kLead : Field::kCoordinate;
  }
  return Field::kNone;
}

class FieldReader {
 public:
  explicit FieldReader(ProseContext& cx) : cx_(cx) {}

  void Run() {
    for (size_t i = 0; i < cx_.size(); ++i) {
      const Paragraph& p = cx_.at(i);
      if (cx_.claimed(i) || p.marker == Marker::kNone || p.appendix > 0 || p.closing) continue;
      if (p.kind != ParagraphKind::kBody && p.kind != ParagraphKind::kHeading) continue;
      if (!HasFieldChildren(i)) continue;
      Read(i);
    }
  }

 private:
  bool HasFieldChildren(size_t i) const {
    const size_t end = cx_.SubtreeEnd(i);
    for (size_t k = i + 1; k <= end; ++k) {
      std::string_view value;
      if (cx_.at(k).parent != static_cast<int>(i)) continue;
      const Field f = FieldOf(cx_.at(k).content(), &value);
      if (f != Field::kNone && f != Field::kContent && f != Field::kResult) return true;
    }
    return false;
  }

  // The value of a field: after its colon, or the items under it.
  std::string ValueOf(size_t k) const {
    std::string_view value;
    FieldOf(cx_.at(k).content(), &value);
    std::string out(value);
    const size_t end = cx_.SubtreeEnd(k);
    for (size_t j = k + 1; j <= end; ++j) {
      if (cx_.at(j).parent != static_cast<int>(k)) continue;
      std::string_view item = Trim(cx_.at(j).content());
      while (!item.empty() && (item.back() == '.' || item.back() == ';')) item.remove_suffix(1);
      if (item.empty() || item[0] == '(') continue;  // a remark in parentheses
      if (!out.empty()) out += "; ";
      out += item;
    }
    return out;
  }

  void Read(size_t i) {
    Task task;
    task.id = cx_.at(i).path;
    task.number = cx_.at(i).label;
    task.text = std::string(cx_.at(i).content());
    const size_t end = cx_.SubtreeEnd(i);
    for (size_t k = i + 1; k <= end; ++k) {
      if (cx_.at(k).parent != static_cast<int>(i)) continue;
      Apply(k, &task);
    }
    cx_.Emit(std::move(task), i, end);
  }

  // "Thời gian thực hiện:" over its stages ("+ Các bộ gửi kết quả trước
  // ngày 15/12", "+ Bộ Công an báo cáo trước ngày 31/12"): due at the last.
  Deadline LatestStage(size_t k) const {
    Deadline best;
    const size_t end = cx_.SubtreeEnd(k);
    for (size_t j = k + 1; j <= end; ++j) {
      if (cx_.at(j).parent != static_cast<int>(k)) continue;
      const std::string_view item = cx_.at(j).content();
      Deadline d = cx_.DeadlineOf(item);
      if (d.kind == "none") d = ParseDeadline(item, cx_.year());
      if (d.kind == "none") continue;
      if (best.kind == "none" || d.due.Iso() > best.due.Iso()) best = d;
    }
    return best;
  }

  void Apply(size_t k, Task* task) {
    std::string_view value;
    const Field f = FieldOf(cx_.at(k).content(), &value);
    switch (f) {
      case Field::kDirector: {
        const std::string v = ValueOf(k);
        std::string_view d = Trim(std::string_view(v).substr(0, v.find(" theo ")));
        while (!d.empty() && d.back() == '.') d.remove_suffix(1);
        // "Lãnh đạo Sở" names who directs, a role rather than a body: kept
        // as written, with the identity of the body it belongs to
        task->director = cx_.gazetteer().Identify(d);
        task->director->name = std::string(d);
        break;
      }
      case Field::kRoles: {
        // "Cơ quan chủ trì, phối hợp" over "a) Cơ quan chủ trì ..." "b) Cơ quan phối hợp ..."
        bool sub_fields = false;
        const size_t end = cx_.SubtreeEnd(k);
        for (size_t j = k + 1; j <= end; ++j) {
          std::string_view v;
          if (cx_.at(j).parent == static_cast<int>(k) &&
              FieldOf(cx_.at(j).content(), &v) != Field::kNone) {
            sub_fields = true;
            Apply(j, task);
          }
        }
        if (!sub_fields) cx_.SetRoles(cx_.AgenciesOfValue(ValueOf(k)), task);
        break;
      }
      case Field::kLead:
        cx_.SetRoles(cx_.AgenciesOfValue(ValueOf(k)), task);
        break;
      case Field::kCoordinate:
        cx_.SetAgencies(cx_.AgenciesOfValue(ValueOf(k)), &task->coordinate);
        break;
      case Field::kDeadline:
        task->deadline = value.empty() ? LatestStage(k) : ParseDeadline(ValueOf(k), cx_.year());
        break;
      case Field::kResult:
        task->result = ValueOf(k);
        break;
      case Field::kContent:
      case Field::kNone:
        break;
    }
  }

  ProseContext& cx_;
};

}  // namespace

void ReadFieldTasks(ProseContext& cx) {
  FieldReader(cx).Run();
}

}  // namespace vanban::extractor::internal
