// The last step: enumerated items of a task section that no reader took.
// They assign no one in their own words; the lead follows from the
// document — the unit its assignment section puts in charge of the plan,
// or its issuer.
#include "tasks_readers.h"
#include "text_util.h"
#include "vanban/normalizer.h"

namespace vanban::extractor::internal {

namespace {

// A notice (TB) tells the conclusions of a meeting its issuer only records:
// the issuer is not the one who acts.
bool Notifies(const DocumentIdentity& document) {
  return normalizer::FoldKey(document.type) == "tb";
}

}  // namespace

void ReadInferredTasks(ProseContext& cx) {
  for (size_t i = 0; i < cx.size(); ++i) {
    const Paragraph& p = cx.at(i);
    if (!cx.Open(i) || p.marker == Marker::kNone || p.marker == Marker::kRoman ||
        p.marker == Marker::kArticle || p.has_children || p.kind != ParagraphKind::kBody) {
      continue;
    }
    if (cx.SectionOf(i) != SectionKind::kTasks || cx.UnderBackground(i)) continue;
    size_t last;
    Task task = cx.Start(i, &last);
    // a heading-like item ends with ':' and introduces what follows
    if (Trim(task.text).empty() || Trim(p.content()).back() == ':') continue;
    task.lead_inferred = true;
    if (!cx.plan_lead.empty()) {
      task.lead = cx.plan_lead;
      task.coordinate = cx.plan_coordinate;
    } else if (!cx.record().document.issuer.empty() && !Notifies(cx.record().document)) {
      task.lead = {cx.gazetteer().Identify(cx.record().document.issuer)};
    }
    // an item no one is named for: only a stated date or period is its
    // deadline, not "hằng năm" describing the work
    if (Deadline d = cx.DeadlineOf(task.text); d.kind != "recurring") task.deadline = d;
    cx.Emit(std::move(task), i, last);
  }
}

}  // namespace vanban::extractor::internal
