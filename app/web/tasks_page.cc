// Tasks: filters, sorting, counts and paging, and the shown rows as CSV or JSON.
#include <algorithm>
#include <sstream>

#include "json_writer.h"
#include "query_json.h"
#include "task_csv.h"
#include "web/handlers.h"
#include "web/html.h"

namespace vanban::web::internal {

namespace {

std::string Select(const std::string& name, const std::string& label, const std::string& current,
                   const std::vector<std::pair<std::string, std::string>>& options) {
  std::string out =
      "<label>" + label + "<select name=\"" + name + "\"><option value=\"\">(tất cả)</option>";
  for (const auto& [value, text] : options) {
    out += "<option value=\"" + Escape(value) + "\"" + (value == current ? " selected" : "") + ">" +
           Escape(text) + "</option>";
  }
  return out + "</select></label>";
}

std::string Input(const std::string& name, const std::string& label, const std::string& value,
                  const std::string& type = "text") {
  return "<label>" + label + "<input type=\"" + type + "\" name=\"" + name + "\" value=\"" +
         Escape(value) + "\"></label>";
}

// The stored documents to choose from (the most recent first, at most a page of them).
std::string DocumentSelect(const Context& c) {
  auto docs = store::RecentDocuments(c.store, c.limits.max_rows);
  if (!docs.ok()) return Input("doc", "Văn bản (id)", Param(c, "doc"));
  std::vector<std::pair<std::string, std::string>> options;
  for (const store::DocumentSummary& d : *docs) {
    options.push_back({std::to_string(d.id), Shorten(ShortLabel(d), 50)});
  }
  const std::string current = Param(c, "doc");
  const bool listed = std::any_of(options.begin(), options.end(),
                                  [&](const auto& o) { return o.first == current; });
  if (!current.empty() && !listed) options.push_back({current, "văn bản " + current});
  return Select("doc", "Văn bản", current, options);
}

std::string Filters(const Context& c) {
  std::string out = "<form class=\"filters\" method=\"get\" action=\"/tasks\">";
  out += Input("agency", "Cơ quan", Param(c, "agency"));
  out += Select("role", "Vai trò", Param(c, "role"),
                {{"lead", "Chủ trì"}, {"coordinate", "Phối hợp"}, {"direct", "Chỉ đạo"}});
  out += Select("status", "Tình trạng", Param(c, "status"),
                {{"overdue", "Quá hạn"},
                 {"due-soon", "Sắp đến hạn"},
                 {"in-progress", "Đang thực hiện"},
                 {"not-due", "Chưa đến hạn"},
                 {"no-deadline", "Không có hạn"},
                 {"done", "Hoàn thành"}});
  out += Input("due_before", "Hạn trước", Param(c, "due_before"), "date");
  out += Input("as_of", "Tính đến", Param(c, "as_of"), "date");
  out += Select("kind", "Loại thời hạn", Param(c, "kind"),
                {{"date", "ngày"},
                 {"month", "tháng"},
                 {"quarter", "quý"},
                 {"year", "năm"},
                 {"range", "khoảng"},
                 {"ongoing", "thường xuyên"},
                 {"recurring", "định kỳ"},
                 {"conditional", "có điều kiện"},
                 {"none", "không có"}});
  out += DocumentSelect(c);
  out += Select("sort", "Sắp xếp", Param(c, "sort"),
                {{"document", "theo văn bản"},
                 {"due", "theo hạn"},
                 {"agency", "theo cơ quan"},
                 {"status", "theo tình trạng"}});
  return out + "<button>Lọc</button> <a href=\"/tasks\">Bỏ lọc</a></form>";
}

std::string Counts(const TaskQuery& q, const TaskPage& page) {
  std::string out = "<p>" + std::to_string(page.matched) + " nhiệm vụ";
  if (page.matched > 0) {
    out += ", hiển thị " + std::to_string(page.first + 1) + "–" +
           std::to_string(page.first + page.rows.size());
  }
  out += " (tính đến " + Escape(app::VietnameseDate(q.as_of)) + "). ";
  for (const char* s : {"overdue", "due-soon", "in-progress", "not-due", "no-deadline", "done"}) {
    const auto it = page.by_status.find(s);
    out += "<span class=\"count status-" + std::string(s) + "\">" + std::string(StatusLabel(s)) +
           ": " + std::to_string(it == page.by_status.end() ? 0 : it->second) + "</span>";
  }
  return out + "</p>";
}

std::string Rows(const TaskQuery& q, const TaskPage& page) {
  std::string out =
      "<table><tr><th>STT</th><th>Văn bản</th><th>Mục</th><th>Nhiệm vụ</th>"
      "<th>Chủ trì</th><th>Phối hợp</th><th>Thời hạn</th><th>Tình trạng</th></tr>";
  for (size_t i = 0; i < page.rows.size(); ++i) {
    const store::TaskRow& r = page.rows[i];
    const std::string status = TaskStatus(r, q.as_of);
    std::string lead = AgencyNames(r.task.lead);
    if (!r.inherited_from.empty()) lead += " (kế thừa từ " + r.inherited_from + ")";
    const std::string hl =
        "?hl=" + std::to_string(r.task.source.begin) + "-" + std::to_string(r.task.source.end);
    out += "<tr><td>" + std::to_string(page.first + i + 1) + "</td><td>" +
           DocumentLink(r.document) + "</td><td><a href=\"" + DocumentHref(r.document.id) + hl +
           "\">" + Escape(r.task.id.empty() ? "·" : r.task.id) + "</a></td><td>" +
           Escape(Shorten(r.task.text, 400)) + "</td><td>" + Escape(lead) + "</td><td>" +
           Escape(AgencyNames(r.task.coordinate)) + "</td><td>" + Escape(r.task.deadline.text) +
           "</td><td class=\"status-" + status + "\">" + std::string(StatusLabel(status)) +
           "</td></tr>";
  }
  return out + "</table>";
}

std::string Pager(const Context& c, const TaskQuery& q, const TaskPage& page) {
  Params params = c.params;
  params.erase("format");
  std::string out = "<p class=\"pager\">";
  if (q.page > 1) {
    params["page"] = std::to_string(q.page - 1);
    out += "<a href=\"/tasks" + QueryString(params) + "\">« Trước</a>";
  }
  if (page.first + page.rows.size() < page.matched) {
    params["page"] = std::to_string(q.page + 1);
    out += "<a href=\"/tasks" + QueryString(params) + "\">Sau »</a>";
  }
  params["page"] = q.page > 1 ? std::to_string(q.page) : "";
  params["format"] = "csv";
  out += " Tải về: <a href=\"/tasks" + QueryString(params) + "\">CSV</a>";
  params["format"] = "json";
  out += " · <a href=\"/tasks" + QueryString(params) + "\">JSON</a>";
  return out + "</p>";
}

Response Download(const Context& c, const TaskQuery& q, const TaskPage& page) {
  Response r;
  std::ostringstream out;
  if (Param(c, "format") == "csv") {
    app::WriteTasksCsv(app::MakeFollowUpTable(page.rows, q.as_of), out);
    r.content_type = "text/csv; charset=utf-8";
    r.attachment = "nhiem-vu.csv";
  } else {
    app::JsonWriter json(out);
    app::WriteTasks(page.rows, &json);
    out << "\n";
    r.content_type = "application/json; charset=utf-8";
    r.attachment = "nhiem-vu.json";
  }
  r.body = out.str();
  return r;
}

}  // namespace

Response TasksPage(const Context& c) {
  auto q = ReadTaskQuery(c);
  if (!q.ok()) return FromStatus(c, q.status());
  auto page = RunTaskQuery(c, *q);
  if (!page.ok()) return FromStatus(c, page.status());
  if (!Param(c, "format").empty() && Param(c, "format") != "html") return Download(c, *q, *page);
  std::string body = "<h1>Nhiệm vụ</h1>" + Filters(c) + Counts(*q, *page);
  if (page->matched == 0 && !q->agency.empty()) {
    body += "<p class=\"muted\">Không có nhiệm vụ nào của cơ quan “" + Escape(q->agency) + "”" +
            (q->filter.agency != q->agency ? " (đọc là “" + Escape(q->filter.agency) + "”)" : "") +
            " với các điều kiện này; <a href=\"/agencies\">danh sách cơ quan</a>.</p>";
  }
  body += Rows(*q, *page) + Pager(c, *q, *page);
  return HtmlPage("Nhiệm vụ", body);
}

}  // namespace vanban::web::internal
