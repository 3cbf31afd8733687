// Scopes: a paragraph that names who acts over the items that say what
// they do — an agency heading ("1. Sở Tài chính:", "a) Sở Xây dựng",
// "1. Yêu cầu đối với các tổ chức ...") or an assignment that opens a
// list ("5. Bộ trưởng Bộ Tài chính chủ trì:", "X có trách nhiệm:"). Each
// item is a task of that lead unless it names its own.
#include "tasks_readers.h"
#include "text_util.h"
#include "vanban/normalizer.h"

namespace vanban::extractor::internal {

namespace {

size_t Words(std::string_view s) {
  size_t n = s.empty() ? 0 : 1;
  for (char c : s) n += c == ' ';
  return n;
}

class ScopeReader {
 public:
  explicit ScopeReader(ProseContext& cx) : cx_(cx) {}

  void Run() {
    for (size_t i = 0; i < cx_.size(); ++i) {
      if (!cx_.Open(i) || cx_.at(i).marker == Marker::kNone) continue;
      if (!cx_.MayAssign(i)) continue;
      std::vector<Agency> lead;
      bool opener_is_task = false;
      if (!OpensScope(i, &lead, &opener_is_task)) continue;
      Items(i, lead);
      if (opener_is_task) {
        size_t last;
        Task task = cx_.Start(i, &last);
        task.text = std::string(cx_.at(i).content());
        task.lead = lead;
        cx_.Assign(task.text, &task);
        cx_.Emit(std::move(task), i, i);
      } else {
        cx_.Claim(i, i);
      }
    }
  }

 private:
  // True when paragraph i names who does the items under it.
  bool OpensScope(size_t i, std::vector<Agency>* lead, bool* opener_is_task) {
    const Paragraph& p = cx_.at(i);
    if (p.kind == ParagraphKind::kAgencyHeading) {
      // its tasks follow as items or as paragraphs under it
      if (i + 1 >= cx_.size() || cx_.at(i + 1).parent != static_cast<int>(i)) return false;
      cx_.SetHeadingAgencies(p.agency, lead);
      return !lead->empty();
    }
    if (!HasItems(i)) return false;
    const std::string_view c = Trim(p.content());
    if (c.empty() || c.back() != ':') return false;
    const Assignment a = cx_.ReadAssignment(c);
    if (!a.ok()) return false;
    cx_.SetAgencies(a.subject, lead);
    // "X tiếp tục phân công ..., trong đó tập trung một số nhiệm vụ sau:"
    // is a task itself; "X chủ trì:", "X có trách nhiệm:" only name X
    *opener_is_task = Words(a.after) > 10;
    return !lead->empty();
  }

  bool HasItems(size_t i) const {
    return i + 1 < cx_.size() && cx_.at(i + 1).parent == static_cast<int>(i) &&
           cx_.at(i + 1).marker != Marker::kNone;
  }

  // "Trách nhiệm chung", "Trách nhiệm riêng": headings that group items
  // of the same lead.
  bool IsGroupHeading(size_t j) const {
    const Paragraph& q = cx_.at(j);
    if (!q.has_children || q.kind == ParagraphKind::kAgencyHeading) return false;
    const std::string_view c = Trim(q.content());
    if (c.size() > 80 || c.find(':') != std::string_view::npos) return false;
    return FoldedStarts(c, "trach nhiem") || FoldedStarts(c, "nhiem vu") ||
           q.kind == ParagraphKind::kHeading;
  }

  bool IsNamedHeading(size_t j) const {
    const Paragraph& q = cx_.at(j);
    if (j + 1 >= cx_.size() || cx_.at(j + 1).parent != static_cast<int>(j) ||
        cx_.at(j + 1).marker == Marker::kNone)
      return false;
    std::string_view c = Trim(q.content());
    if (!c.empty() && c.back() == ':') c.remove_suffix(1);
    if (c.empty() || Words(c) > 14 || c.find_first_of(".;:") != std::string_view::npos)
      return false;
    if (FoldedStarts(c, "ve ") || FoldedStarts(c, "trach nhiem") || FoldedStarts(c, "nhiem vu"))
      return false;
    if (!AgencyOfHeading(c, cx_.gazetteer()).empty()) return true;
    const std::string f = " " + normalizer::FoldKey(c);
    for (std::string_view verb : {" chu tri", " phoi hop", " thuc hien", " to chuc", " trien khai",
                                  " xay dung", " tang cuong", " day manh", " nang cao"}) {
      if (f.find(verb) != std::string::npos) return false;
    }
    return CapitalStart(c);  // a name starts with a capital
  }

  void Items(size_t i, const std::vector<Agency>& lead) {
    const size_t end = cx_.SubtreeEnd(i);
    for (size_t j = i + 1; j <= end; ++j) {
      if (cx_.at(j).parent != static_cast<int>(i) || cx_.claimed(j)) continue;
      const Paragraph& q = cx_.at(j);
      if (q.kind == ParagraphKind::kHeading && IsGroupHeading(j)) {
        Items(j, lead);
        cx_.Claim(j, j);
        continue;
      }
      if (!cx_.Open(j)) continue;
      if (q.kind == ParagraphKind::kAgencyHeading) continue;  // a scope of its own
      if (IsGroupHeading(j)) {
        Items(j, lead);
        cx_.Claim(j, j);
        continue;
      }
      // "a) Tổ đảng ở Thường trực Ủy ban Kinh tế" over its bullets: a
      // member of the scope named by a short heading, with its own items
      if (q.has_children && IsNamedHeading(j)) {
        std::vector<Agency> own;
        cx_.SetAgencies(q.content(), &own);
        if (!own.empty()) {
          Items(j, own);
          cx_.Claim(j, j);
          continue;
        }
      }
      // a nested "Y chủ trì:" list is a scope of its own
      const std::string_view c = Trim(q.content());
      if (q.has_children && !c.empty() && c.back() == ':' && cx_.ReadAssignment(c).ok()) continue;
      if (q.marker == Marker::kNone && q.text.back() == ':') continue;  // an introduction
      size_t last;
      Task task = cx_.Start(j, &last);
      const bool own = StartsWithOwnSubject(task.text) && cx_.Assign(task.text, &task);
      if (!own) {
        task.lead = lead;
        // "Phối hợp với X ...", "Chủ trì, phối hợp với X ...": X helps
        cx_.SetAgencies(cx_.CoordinatesOf(task.text), &task.coordinate);
        cx_.SetAgencies(HelperInParentheses(task.text), &task.coordinate);
        task.deadline = cx_.DeadlineOf(task.text);
      }
      const size_t sub = cx_.SubtreeEnd(j);
      cx_.Emit(std::move(task), j, std::max(last, sub));
      j = std::max(last, sub);
    }
  }

  // "(Sở Xây dựng phối hợp về quy hoạch)": a helper named in passing.
  std::string_view HelperInParentheses(std::string_view text) const {
    const size_t at = text.find(" phối hợp");
    if (at == std::string_view::npos) return {};
    const size_t open = text.rfind('(', at);
    if (open == std::string_view::npos || at - open > 80) return {};
    const std::string_view who = Trim(text.substr(open + 1, at - open - 1));
    return cx_.gazetteer().StartsWithHead(who) ? who : std::string_view{};
  }

  // An item that names its own agencies ("Bộ Xây dựng chủ trì ...",
  // "Giao Bộ Tài chính ...", "Đề nghị Ủy ban ...") leaves the scope's lead.
  bool StartsWithOwnSubject(std::string_view text) const {
    for (std::string_view ask : {"giao ", "de nghi ", "yeu cau "}) {
      if (FoldedStarts(text, ask)) return true;
    }
    return cx_.gazetteer().StartsWithHead(text) && !FoldedStarts(text, "co quan") &&
           (!FoldedStarts(text, "cac ") || cx_.ReadAssignment(text).ok());
  }

  ProseContext& cx_;
};

}  // namespace

void ReadScopedTasks(ProseContext& cx) {
  ScopeReader(cx).Run();
}

}  // namespace vanban::extractor::internal
