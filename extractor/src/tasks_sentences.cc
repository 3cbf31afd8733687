// Assignment sentences: a paragraph that says who acts — "Giao X chủ trì
// ...", "X chủ trì, phối hợp với Y ...", "Đề nghị/Yêu cầu X ...", "Điều 2.
// Giao ..." — or carries its assignment in parentheses after the task
// ("(Giao X chủ trì, phối hợp Y)", "(X chủ trì; thời hạn: quý II/2026)").
#include "tasks_readers.h"
#include "text_util.h"
#include "vanban/normalizer.h"

namespace vanban::extractor::internal {

namespace {

// "Giao Văn phòng chủ trì, phối hợp ... tổ chức thực hiện Kế hoạch.": the
// unit in charge of the whole plan, the inferred lead of its other tasks.
bool PutsInChargeOfPlan(std::string_view text) {
  const std::string f = normalizer::FoldKey(text);
  const size_t at = f.find("to chuc thuc hien ke hoach");
  return at != std::string::npos && f.size() - at < 40;
}

// The words of asking that make a plain paragraph an assignment wherever it stands.
bool StartsWithAsking(std::string_view text) {
  const std::string f = normalizer::FoldKey(text.substr(0, 40));
  for (std::string_view ask : {"giao ", "de nghi ", "yeu cau ", "phan cong "}) {
    if (f.rfind(ask, 0) == 0) return true;
  }
  return false;
}

}  // namespace

void ReadSentenceTasks(ProseContext& cx) {
  int paragraph = 0;
  for (size_t i = 0; i < cx.size(); ++i) {
    const Paragraph& p = cx.at(i);
    // an agency heading over nothing may be a sentence after all ("1.2. UBND phường tổ chức ...")
    if (!cx.Open(i) || (p.kind == ParagraphKind::kAgencyHeading && p.has_children)) continue;
    const SectionKind section = cx.SectionOf(i);
    if (!cx.MayAssign(i)) continue;
    const bool numbered = p.marker != Marker::kNone && p.marker != Marker::kRoman;
    // a plain paragraph is an assignment in the section that assigns, or
    // when it starts by asking ("Giao ...", "Đề nghị ...")
    const bool plain_ok = section == SectionKind::kAssignment ||
                          (p.parent >= 0 && cx.at(p.parent).marker == Marker::kArticle) ||
                          StartsWithAsking(p.text);
    if (!numbered && !plain_ok) continue;
    if (!numbered && p.parent >= 0 && cx.at(p.parent).marker != Marker::kArticle &&
        cx.at(p.parent).marker != Marker::kRoman && section != SectionKind::kAssignment)
      continue;  // the continuation of a numbered item
    size_t last = i;
    Task task = cx.Start(i, &last);
    if (!numbered) {
      task.text = p.text;
      last = i;
      task.id = (p.section >= 0 ? cx.at(p.section).label : std::string("P")) + "." +
                std::to_string(++paragraph);
    }
    if (!cx.Assign(task.text, &task) && !cx.AssignInline(task.text, &task)) continue;
    if (cx.plan_lead.empty() && PutsInChargeOfPlan(task.text)) {
      cx.plan_lead = task.lead;
      cx.plan_coordinate = task.coordinate;
    }
    cx.Emit(std::move(task), i, last);
  }
}

}  // namespace vanban::extractor::internal
