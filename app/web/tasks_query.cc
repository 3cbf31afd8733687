// The tasks page's filters, sorting and paging, shared with /api/tasks.
#include <algorithm>

#include "task_csv.h"
#include "task_filter.h"
#include "web/handlers.h"

namespace vanban::web::internal {

namespace {

bool OneOf(const std::string& value, std::initializer_list<const char*> allowed) {
  if (value.empty()) return true;
  for (const char* a : allowed) {
    if (value == a) return true;
  }
  return false;
}

Status ReadChoices(const Context& c, TaskQuery* q) {
  q->filter.role = Param(c, "role");
  if (!OneOf(q->filter.role, {"lead", "coordinate", "direct"})) {
    return Status::InvalidInput("'role' must be lead, coordinate or direct");
  }
  q->status = Param(c, "status");
  if (!q->status.empty() && !store::ParseTaskState(q->status)) {
    return Status::InvalidInput(
        "'status' must be done, overdue, in-progress, due-soon, not-due or no-deadline");
  }
  q->filter.kind = Param(c, "kind");
  if (!OneOf(q->filter.kind, {"date", "month", "quarter", "year", "range", "ongoing", "recurring",
                              "conditional", "none"})) {
    return Status::InvalidInput(
        "'kind' must be date, month, quarter, year, range, ongoing, recurring, conditional or "
        "none");
  }
  q->sort = Param(c, "sort");
  if (!OneOf(q->sort, {"document", "due", "agency", "status"})) {
    return Status::InvalidInput("'sort' must be document, due, agency or status");
  }
  const std::string format = Param(c, "format");
  if (!OneOf(format, {"html", "csv", "json"})) {
    return Status::InvalidInput("'format' must be html, csv or json");
  }
  return Status::Ok();
}

std::string FirstLead(const store::TaskRow& r) {
  return r.task.lead.empty() ? "\xff" : r.task.lead.front().name;
}

std::string Due(const store::TaskRow& r) {
  const std::string due = r.task.deadline.due.Iso();
  return due.empty() ? "9999" : due;
}

void Sort(const TaskQuery& q, std::vector<store::TaskRow>* rows) {
  auto by = [&](auto key) {
    std::stable_sort(
        rows->begin(), rows->end(),
        [&](const store::TaskRow& a, const store::TaskRow& b) { return key(a) < key(b); });
  };
  if (q.sort == "due") by(Due);
  if (q.sort == "agency") by(FirstLead);
  if (q.sort == "status") {
    // what needs attention first: overdue, then due soon, ... done last
    static const std::map<std::string, int> kOrder = {{"overdue", 0},     {"due-soon", 1},
                                                      {"in-progress", 2}, {"not-due", 3},
                                                      {"no-deadline", 4}, {"done", 5}};
    by([&](const store::TaskRow& r) { return kOrder.at(TaskStatus(r, q.as_of)); });
  }
}

}  // namespace

std::string TaskStatus(const store::TaskRow& row, const std::string& as_of) {
  return store::TaskStateName(store::DeriveTaskState(row.progress, row.task.deadline, as_of));
}

Result<TaskQuery> ReadTaskQuery(const Context& c) {
  TaskQuery q;
  if (Status s = ReadChoices(c, &q); !s.ok()) return s;
  auto as_of = DateParam(c, "as_of", app::Today());
  if (!as_of.ok()) return as_of.status();
  q.as_of = *as_of;
  auto due_before = DateParam(c, "due_before", "");
  if (!due_before.ok()) return due_before.status();
  q.filter.due_before = *due_before;
  auto doc = IdParam(c, "doc");
  if (!doc.ok()) return doc.status();
  if (*doc) {
    if (!store::Describe(c.store, **doc).ok()) {
      return Status::InvalidInput("'doc': no document with id " + Param(c, "doc"));
    }
    q.filter.document = *doc;
  }
  q.agency = Param(c, "agency");
  if (!q.agency.empty()) app::ResolveAgency(c.extractor, q.agency, &q.filter);
  auto page = CountParam(c, "page", 1, 1'000'000);
  if (!page.ok()) return page.status();
  q.page = *page;
  auto per_page =
      CountParam(c, "per_page", std::min<size_t>(50, c.limits.max_rows), c.limits.max_rows);
  if (!per_page.ok()) return per_page.status();
  q.per_page = *per_page;
  return q;
}

Result<TaskPage> RunTaskQuery(const Context& c, const TaskQuery& q) {
  store::TaskFilter filter = q.filter;
  auto all = store::FindTasks(c.store, filter);
  if (!all.ok()) return all.status();
  TaskPage page;
  std::vector<store::TaskRow> kept;
  for (store::TaskRow& r : *all) {
    const std::string status = TaskStatus(r, q.as_of);
    ++page.by_status[status];
    if (q.status.empty() || status == q.status) kept.push_back(std::move(r));
  }
  Sort(q, &kept);
  page.matched = kept.size();
  page.first = std::min(kept.size(), (q.page - 1) * q.per_page);
  const size_t last = std::min(kept.size(), page.first + q.per_page);
  page.rows.assign(std::make_move_iterator(kept.begin() + static_cast<long>(page.first)),
                   std::make_move_iterator(kept.begin() + static_cast<long>(last)));
  return page;
}

}  // namespace vanban::web::internal
