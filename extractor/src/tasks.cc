#include "tasks.h"

#include <algorithm>
#include <map>

#include <re2/re2.h>

#include "deadlines.h"
#include "doc_number.h"
#include "text_util.h"
#include "vanban/normalizer.h"

namespace vanban::extractor::internal {

namespace {

bool FoldedStarts(std::string_view text, std::string_view folded_prefix) {
  return normalizer::FoldKey(text.substr(0, folded_prefix.size() + 24)).rfind(folded_prefix, 0) ==
         0;
}

enum class SectionKind { kOther, kTasks, kAssignment };

// What a roman section is for, from its heading.
SectionKind KindOf(const Block& heading) {
  const std::string f = normalizer::FoldKey(heading.content);
  if (f.find("to chuc thuc hien") != std::string::npos) return SectionKind::kAssignment;
  for (std::string_view no : {"muc dich", "muc tieu", "kinh phi", "tinh hinh", "ket qua",
                              "danh gia", "kho khan", "kien nghi", "de xuat"}) {
    if (f.find(no) != std::string::npos) return SectionKind::kOther;
  }
  for (std::string_view yes : {"nhiem vu", "noi dung", "giai phap"}) {
    if (f.find(yes) != std::string::npos) return SectionKind::kTasks;
  }
  return SectionKind::kOther;
}

// Labelled fields of a task ("- Trách nhiệm chủ trì thực hiện: ...").
enum class Field { kNone, kDirector, kLead, kCoordinate, kDeadline, kResult };

Field FieldOf(std::string_view content, std::string_view* value) {
  const size_t colon = content.find(':');
  if (colon == std::string_view::npos || colon > 60) return Field::kNone;
  const std::string label = normalizer::FoldKey(content.substr(0, colon));
  *value = Trim(content.substr(colon + 1));
  if (label.rfind("trach nhiem chi dao", 0) == 0) return Field::kDirector;
  if (label.rfind("trach nhiem chu tri", 0) == 0 || label.rfind("co quan chu tri", 0) == 0 ||
      label.rfind("don vi chu tri", 0) == 0) {
    return Field::kLead;
  }
  if (label.rfind("co quan phoi hop", 0) == 0 || label.rfind("don vi phoi hop", 0) == 0 ||
      label.rfind("trach nhiem phoi hop", 0) == 0) {
    return Field::kCoordinate;
  }
  if (label.rfind("thoi gian hoan thanh", 0) == 0 || label.rfind("thoi han", 0) == 0 ||
      label.rfind("thoi gian thuc hien", 0) == 0) {
    return Field::kDeadline;
  }
  if (label.rfind("ket qua", 0) == 0 || label.rfind("san pham", 0) == 0) return Field::kResult;
  return Field::kNone;
}

// Words that end the agency phrase a sentence starts with.
constexpr std::string_view kVerbs[] = {" chủ trì",          " theo chức năng", " có trách nhiệm",
                                       " chịu trách nhiệm", " tập trung",      " nghiêm túc",
                                       " đôn đốc",          " tổ chức",        " triển khai",
                                       " thực hiện",        " xây dựng",       " quan tâm",
                                       " bảo đảm",          " đảm bảo",        " phối hợp",
                                       " tham mưu",         " rà soát",        " chủ động",
                                       " theo dõi",         " hướng dẫn",      " trình ",
                                       " căn cứ",           " khẩn trương",    " tiếp tục",
                                       " kịp thời",         " cấp ",           " để ",
                                       " tuyên truyền",     " vận động",       " nghiên cứu",
                                       " quán triệt",       " lãnh đạo",       " chỉ đạo",
                                       " cân đối",          " bố trí",         " phát triển",
                                       " hỗ trợ",           " ban hành"};

// Verbs that make a numbered line a sentence, not an agency heading.
constexpr std::string_view kAssignVerbs[] = {" chủ trì",          " phối hợp", " có trách nhiệm",
                                             " chịu trách nhiệm", " tổ chức",  " triển khai",
                                             " thực hiện",        " lãnh đạo", " chỉ đạo"};

size_t FirstVerb(std::string_view s, size_t from = 0) {
  size_t best = std::string_view::npos;
  for (std::string_view v : kVerbs) best = std::min(best, s.find(v, from));
  return best;
}

class TaskBuilder {
 public:
  TaskBuilder(const TaskInputs& in, DocumentRecord* record)
      : in_(in), record_(record), used_(in.blocks.size(), false) {
    year_ = record->document.issued.year;
    if (year_ == 0 && record->document.code) year_ = record->document.code->year;
    // the level the document works at: its units are the province's, the ward's ...
    const std::string issuer = normalizer::FoldKey(record->document.issuer);
    for (const auto& [folded, level] :
         {std::pair{" tinh", "tỉnh"}, std::pair{" phuong", "phường"}, std::pair{" xa", "xã"}}) {
      if (issuer.find(folded) != std::string::npos) {
        jurisdiction_ = level;
        break;
      }
    }
  }

  void Run() {
    TableTasks();
    TaskNumbering();
    AssignmentSections();
    LabelledAndAgencyHeaded();
    EnumeratedItems();
  }

 private:
  // --- tables ------------------------------------------------------------
  void TableTasks() {
    for (const Table& t : in_.tables) {
      if (!t.IsTaskTable()) continue;
      const std::string prefix = t.appendix > 0 ? "P" + std::to_string(t.appendix) : "T";
      for (const TableRow& row : t.rows) {
        Task task;
        task.id = prefix + "." + (row.path.empty() ? "" : row.path + ".") + row.number;
        if (row.repeat > 1) task.id += "#" + std::to_string(row.repeat);
        task.number = row.number;
        task.text = Cell(t, row, Column::kTitle);
        task.result = Cell(t, row, Column::kResult);
        SetAgencies(Cell(t, row, Column::kLead), &task.lead);
        SetAgencies(Cell(t, row, Column::kCoordinate), &task.coordinate);
        task.deadline = ParseDeadline(Cell(t, row, Column::kDeadline), year_);
        if (t.has(Column::kCentral)) {
          task.central_deadline = ParseDeadline(Cell(t, row, Column::kCentral), year_);
        }
        task.source = in_.text.map.ToSource(row.span);
        if (!task.text.empty()) record_->tasks.push_back(std::move(task));
      }
      // the table's lines are taken
      for (size_t i = t.header_block; i < t.end_block && i < in_.blocks.size(); ++i)
        used_[i] = true;
    }
  }

  static std::string Cell(const Table& t, const TableRow& row, Column c) {
    const int i = t.index(c);
    return i < 0 ? "" : row.cells[i];
  }

  // "[1] Số thứ tự theo Nghị quyết số 71/NQ-CP": rows follow that document.
  void TaskNumbering() {
    for (const normalizer::Footnote& f : in_.text.footnotes) {
      if (normalizer::FoldKey(f.body).find("so thu tu theo") == std::string::npos) continue;
      int appendix = 0;
      for (const Block& b : in_.blocks) {
        if (f.anchor != std::string::npos && b.span.begin <= f.anchor) appendix = b.appendix;
      }
      if (appendix == 0) continue;  // only an appendix numbers its rows after another document
      for (const Mention& m : record_->mentions) {
        if (m.segment <= 0 || in_.text.footnotes[m.segment - 1].source.begin != f.source.begin)
          continue;
        record_->task_numbering.push_back({"P" + std::to_string(appendix), m.code.canonical});
        break;
      }
    }
  }

  // --- agencies ----------------------------------------------------------
  void SetAgencies(std::string_view list, std::vector<std::string>* out) {
    for (const AgencyName& a : in_.gazetteer.Split(list, &record_->repairs)) {
      out->push_back(in_.gazetteer.Localize(a.name, jurisdiction_));
    }
  }

  // "X (chủ trì), Y (phối hợp)": roles written after the names.
  void SetRoles(std::string_view list, Task* task) {
    std::vector<std::string_view> parts;
    size_t b = 0;
    while (b <= list.size()) {
      size_t e = list.find("),", b);
      e = e == std::string_view::npos ? list.size() : e + 1;
      parts.push_back(Trim(list.substr(b, e - b)));
      b = e + 1;
    }
    const bool marked = list.find("(chủ trì)") != std::string_view::npos ||
                        list.find("(phối hợp)") != std::string_view::npos;
    if (!marked) return SetAgencies(list, &task->lead);
    for (std::string_view p : parts) {
      const bool coordinate = p.find("(phối hợp)") != std::string_view::npos;
      SetAgencies(p, coordinate ? &task->coordinate : &task->lead);
    }
  }

  // The agency phrase a sentence starts with ("Sở Tài chính chủ trì, ...",
  // "Giao Văn phòng Sở đôn đốc", "Trên cơ sở ..., các sở, ban, ngành ...").
  std::string_view SubjectOf(std::string_view sentence) const {
    std::string_view s = Trim(sentence);
    // "Giao X ...", "Đề nghị X, Y, Z ...": the agencies follow the verb of asking
    for (std::string_view ask : {"giao ", "de nghi cac co quan ", "de nghi "}) {
      if (FoldedStarts(s, ask)) {
        size_t words = 0;
        for (char c : ask) words += c == ' ';
        size_t at = 0;
        for (size_t w = 0; w < words; ++w) at = s.find(' ', at) + 1;
        s = Trim(s.substr(at));
        if (!s.empty() && s[0] == ':') s = Trim(s.substr(1));
        break;
      }
    }
    if (in_.gazetteer.StartsWithHead(s)) return UpToVerb(s);
    // "Trên cơ sở ..., các sở, ban, ngành ... tổ chức ...": the subject
    // follows a leading phrase, after a comma
    const size_t clause_end = std::min(s.find(". "), s.find(';'));
    for (size_t c = s.find(", "); c < clause_end; c = s.find(", ", c + 1)) {
      const std::string_view rest = Trim(s.substr(c + 1));
      if (in_.gazetteer.StartsWithHead(rest)) return UpToVerb(rest);
    }
    return {};
  }

  static std::string_view UpToVerb(std::string_view s) {
    const size_t verb = FirstVerb(s);
    if (verb == std::string_view::npos) return {};
    return Trim(s.substr(0, verb));
  }

  // "..., phối hợp với Y <verb> ...": the coordinating agencies.
  std::string_view CoordinatesOf(std::string_view sentence) const {
    size_t at = sentence.find("phối hợp với ");
    size_t len = std::string_view("phối hợp với ").size();
    if (at == std::string_view::npos) {
      at = sentence.find("Phối hợp với ");
    }
    if (at == std::string_view::npos) return {};
    const size_t from = at + len;
    size_t end = FirstVerb(sentence, from);
    if (end == std::string_view::npos) end = sentence.find_first_of(".;", from);
    if (end == std::string_view::npos) end = sentence.size();
    return in_.gazetteer.KnownPrefix(Trim(sentence.substr(from, end - from)));
  }

  // --- assignment sections (TỔ CHỨC THỰC HIỆN) ---------------------------
  void AssignmentSections() {
    int paragraph = 0;
    for (size_t i = 0; i < in_.blocks.size(); ++i) {
      const Block& b = in_.blocks[i];
      if (b.appendix > 0 || b.closing || b.section < 0 || b.marker == Marker::kRoman) continue;
      if (SectionOf(b) != SectionKind::kAssignment) continue;
      if (b.marker == Marker::kNone && b.parent != b.section) continue;  // continuation lines
      if (IsAgencyHeading(i) || IsSignatureArea(b)) continue;
      const Block* parent = b.parent >= 0 ? &in_.blocks[b.parent] : nullptr;
      if (parent && parent->marker != Marker::kRoman && IsAgencyHeading(b.parent)) continue;
      size_t last;
      const std::string text = BlockText(in_.blocks, i, &last);
      Task task;
      task.text = text;
      task.number = b.label;
      task.id = b.marker == Marker::kNone
                    ? in_.blocks[b.section].label + "." + std::to_string(++paragraph)
                    : b.path;
      if (!AssignFromSentence(text, &task)) continue;
      task.source = in_.text.map.ToSource(Span{b.span.begin, in_.blocks[last].span.end});
      for (size_t k = i; k <= last; ++k) used_[k] = true;
      if (plan_lead_.empty() && PutsInChargeOfPlan(text)) {
        plan_lead_ = task.lead;
        plan_coordinate_ = task.coordinate;
      }
      record_->tasks.push_back(std::move(task));
    }
  }

  bool IsSignatureArea(const Block& b) const {
    const std::string f = normalizer::FoldKey(b.text.substr(0, 30));
    return f.rfind("noi nhan", 0) == 0 || f.rfind("tren day la", 0) == 0;
  }

  // Reads lead, coordinates and a deadline from an assignment sentence.
  bool AssignFromSentence(std::string_view text, Task* task) {
    const std::string_view subject = SubjectOf(text);
    if (subject.empty()) return false;
    SetAgencies(subject, &task->lead);
    if (task->lead.empty()) return false;
    SetAgencies(CoordinatesOf(text), &task->coordinate);
    if (auto d = DeadlineInSentence(text, year_)) task->deadline = *d;
    return true;
  }

  // "Giao Văn phòng chủ trì, phối hợp ... tổ chức thực hiện Kế hoạch.": the
  // unit in charge of the whole plan, the inferred lead of its other tasks.
  static bool PutsInChargeOfPlan(std::string_view text) {
    const std::string f = normalizer::FoldKey(text);
    return f.find("to chuc thuc hien ke hoach") != std::string::npos &&
           f.size() - f.find("to chuc thuc hien ke hoach") < 40;
  }

  // "1. Phòng Văn hóa - Xã hội", "3.1.3. Sở Khoa học và Công nghệ": a
  // numbered line that is only an agency, with the agency's tasks below.
  bool IsAgencyHeading(size_t i) const {
    const Block& b = in_.blocks[i];
    if (b.marker != Marker::kArabic || i + 1 >= in_.blocks.size()) return false;
    const Block& next = in_.blocks[i + 1];
    // its tasks follow as bullets, or as paragraphs under it
    if (next.parent != static_cast<int>(i) || next.marker == Marker::kArabic) return false;
    const std::string_view c = Trim(b.content);
    if (c.size() > 300 || c.find(". ") != std::string_view::npos) return false;
    for (std::string_view verb : kAssignVerbs) {
      if (c.find(verb) != std::string_view::npos) return false;
    }
    return in_.gazetteer.IsAgencyList(c);
  }

  // --- labelled fields and agency-headed lists ---------------------------
  void LabelledAndAgencyHeaded() {
    for (size_t i = 0; i < in_.blocks.size(); ++i) {
      const Block& b = in_.blocks[i];
      if (used_[i] || b.appendix > 0 || b.closing || b.marker == Marker::kNone) continue;
      if (IsAgencyHeading(i)) {
        AgencyHeaded(i);
      } else if (HasFieldChildren(i)) {
        Labelled(i);
      }
    }
  }

  bool HasFieldChildren(size_t i) const {
    for (size_t k = i + 1; k < in_.blocks.size() && k < i + 12; ++k) {
      std::string_view value;
      if (in_.blocks[k].parent == static_cast<int>(i) &&
          FieldOf(in_.blocks[k].content, &value) != Field::kNone) {
        return true;
      }
    }
    return false;
  }

  void Labelled(size_t i) {
    const Block& b = in_.blocks[i];
    Task task;
    task.id = b.path;
    task.number = b.label;
    size_t last;
    task.text = BlockText(in_.blocks, i, &last);
    used_[i] = true;
    for (size_t k = last + 1; k < in_.blocks.size() && in_.blocks[k].parent == static_cast<int>(i);
         ++k) {
      std::string_view value;
      const Field f = FieldOf(in_.blocks[k].content, &value);
      if (f == Field::kNone) break;
      used_[k] = true;
      last = k;
      switch (f) {
        case Field::kDirector: {
          const size_t theo = value.find(" theo ");
          task.director = std::string(Trim(value.substr(0, theo)));
          while (!task.director.empty() && task.director.back() == '.') task.director.pop_back();
          break;
        }
        case Field::kLead:
          SetRoles(value, &task);
          break;
        case Field::kCoordinate:
          SetAgencies(value, &task.coordinate);
          break;
        case Field::kDeadline:
          task.deadline = ParseDeadline(value, year_);
          break;
        case Field::kResult:
          task.result = std::string(value);
          break;
        case Field::kNone:
          break;
      }
    }
    task.source = in_.text.map.ToSource(Span{b.span.begin, in_.blocks[last].span.end});
    record_->tasks.push_back(std::move(task));
  }

  void AgencyHeaded(size_t i) {
    const Block& heading = in_.blocks[i];
    used_[i] = true;
    // the heading names one agency (however many commas its name has),
    // unless it lists several with ';'
    std::vector<std::string> lead;
    if (heading.content.find(';') != std::string_view::npos) {
      SetAgencies(heading.content, &lead);
    } else {
      lead.push_back(in_.gazetteer.Localize(
          in_.gazetteer.Canonical(heading.content, &record_->repairs), jurisdiction_));
    }
    for (size_t k = i + 1; k < in_.blocks.size(); ++k) {
      const Block& b = in_.blocks[k];
      if ((b.level <= heading.level && b.marker != Marker::kNone) || IsSignatureArea(b)) break;
      if (b.parent != static_cast<int>(i) || used_[k]) continue;
      size_t last;
      Task task;
      task.text = BlockText(in_.blocks, k, &last);
      task.id = b.path;
      task.number = b.label;
      task.lead = lead;
      std::string_view text = task.text;
      // "Phối hợp với X ...": this agency helps X — X coordinates
      if (FoldedStarts(text, "phoi hop voi ")) SetAgencies(CoordinatesOf(text), &task.coordinate);
      SetAgencies(HelperInParentheses(text), &task.coordinate);
      task.deadline = DeadlineAfterLabel(text);
      task.source = in_.text.map.ToSource(Span{b.span.begin, in_.blocks[last].span.end});
      for (size_t u = k; u <= last; ++u) used_[u] = true;
      record_->tasks.push_back(std::move(task));
    }
  }

  // "(Sở Xây dựng phối hợp về quy hoạch)": a helper named in passing.
  std::string_view HelperInParentheses(std::string_view text) const {
    const size_t at = text.find(" phối hợp");
    if (at == std::string_view::npos) return {};
    const size_t open = text.rfind('(', at);
    if (open == std::string_view::npos || at - open > 80) return {};
    const std::string_view who = Trim(text.substr(open + 1, at - open - 1));
    return in_.gazetteer.StartsWithHead(who) ? who : std::string_view{};
  }

  // "... Thời hạn hoàn thành 30/6/2026": the deadline ends the bullet.
  Deadline DeadlineAfterLabel(std::string_view text) const {
    for (std::string_view label : {"Thời hạn hoàn thành", "Thời hạn:", "thời hạn hoàn thành",
                                   "Thời gian hoàn thành", "Hoàn thành trước ngày"}) {
      const size_t at = text.rfind(label);
      if (at == std::string_view::npos) continue;
      std::string_view value = Trim(text.substr(at + label.size()));
      if (!value.empty() && value[0] == ':') value = Trim(value.substr(1));
      return ParseDeadline(value, year_);
    }
    if (auto d = DeadlineInSentence(text, year_)) return *d;
    // "... xong trước 30/6/2026", "thực hiện đến 31/12/2026"
    static const RE2 kBy("(?:trước|đến)(?: ngày)? (\\d{1,2}/\\d{1,2}/\\d{4})");
    re2::StringPiece g[2];
    const re2::StringPiece in(text.data(), text.size());
    size_t pos = 0;
    std::string_view found;
    while (pos < text.size() && kBy.Match(in, pos, in.size(), RE2::UNANCHORED, g, 2)) {
      found = std::string_view(g[1].data(), g[1].size());
      pos = static_cast<size_t>(g[0].data() - text.data()) + g[0].size();
    }
    if (!found.empty()) return ParseDeadline(found, year_);
    return {};
  }

  // --- enumerated items of task sections ---------------------------------
  void EnumeratedItems() {
    for (size_t i = 0; i < in_.blocks.size(); ++i) {
      const Block& b = in_.blocks[i];
      if (used_[i] || b.appendix > 0 || b.closing || b.section < 0 || b.marker == Marker::kNone) {
        continue;
      }
      if (b.marker == Marker::kRoman || b.has_children) continue;
      if (SectionOf(b) != SectionKind::kTasks) continue;
      size_t last;
      Task task;
      task.text = BlockText(in_.blocks, i, &last);
      task.id = b.path;
      task.number = b.label;
      if (!AssignFromSentence(task.text, &task) || !StartsWithSubject(task.text)) {
        task.lead.clear();
        task.coordinate.clear();
        task.deadline = {};
        InferLead(&task);
      }
      task.source = in_.text.map.ToSource(Span{b.span.begin, in_.blocks[last].span.end});
      for (size_t u = i; u <= last; ++u) used_[u] = true;
      record_->tasks.push_back(std::move(task));
    }
  }

  bool StartsWithSubject(std::string_view text) const {
    return in_.gazetteer.StartsWithHead(text) && !FoldedStarts(text, "cac ");
  }

  void InferLead(Task* task) const {
    task->lead_inferred = true;
    if (!plan_lead_.empty()) {
      task->lead = plan_lead_;
      task->coordinate = plan_coordinate_;
    } else if (!record_->document.issuer.empty()) {
      task->lead = {record_->document.issuer};
    }
  }

  // The kind of the section a block sits in, read once per section.
  SectionKind SectionOf(const Block& b) {
    auto [it, fresh] = section_kinds_.emplace(b.section, SectionKind::kOther);
    if (fresh) it->second = KindOf(in_.blocks[b.section]);
    return it->second;
  }

  const TaskInputs& in_;
  DocumentRecord* record_;
  std::vector<bool> used_;
  std::map<int, SectionKind> section_kinds_;
  int year_ = 0;
  std::string jurisdiction_;
  std::vector<std::string> plan_lead_, plan_coordinate_;
};

}  // namespace

void ExtractTasks(const TaskInputs& in, DocumentRecord* record) {
  TaskBuilder(in, record).Run();
}

}  // namespace vanban::extractor::internal
