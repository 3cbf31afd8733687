// Home, agencies, search and coverage pages.
#include <algorithm>
#include <map>

#include "task_csv.h"
#include "task_filter.h"
#include "web/handlers.h"
#include "web/html.h"

namespace vanban::web::internal {

namespace {

std::string Counts(const store::Totals& t) {
  const std::pair<const char*, size_t> counts[] = {{"văn bản đã nhập", t.documents},
                                                   {"văn bản chỉ được dẫn chiếu", t.cited_only},
                                                   {"lần dẫn chiếu", t.citations},
                                                   {"quan hệ", t.edges},
                                                   {"nhiệm vụ", t.tasks},
                                                   {"chỉ tiêu", t.targets},
                                                   {"cơ quan", t.agencies},
                                                   {"cảnh báo", t.warnings}};
  std::string out = "<p>";
  for (const auto& [label, n] : counts) {
    out += "<span class=\"count\"><b>" + std::to_string(n) + "</b> " + label + "</span>";
  }
  return out + "</p>";
}

std::string SearchForm(const std::string& q) {
  return "<form action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" size=\"50\" "
         "value=\"" +
         Escape(q) + "\" placeholder=\"chuyen doi so\"> <button>Tìm</button></form>";
}

std::string DocumentRows(const std::vector<store::DocumentSummary>& docs) {
  std::string out =
      "<table><tr><th>Văn bản</th><th>Loại</th><th>Ngày</th><th>Cơ quan ban hành"
      "</th><th>Trích yếu</th></tr>";
  for (const store::DocumentSummary& d : docs) {
    out += "<tr><td>" + DocumentLink(d) + "</td><td>" + Escape(TypeName(d.type)) + "</td><td>" +
           Escape(app::VietnameseDate(d.issued)) + "</td><td>" + Escape(d.issuer) + "</td><td>" +
           Escape(Shorten(d.title, 160)) + "</td></tr>";
  }
  return out + "</table>";
}

// Documents with overdue tasks today, the most overdue first.
Result<std::string> OverdueDocuments(const Context& c) {
  store::TaskFilter filter;
  filter.overdue_as_of = app::Today();
  auto tasks = store::FindTasks(c.store, filter);
  if (!tasks.ok()) return tasks.status();
  std::map<store::DocumentId, std::pair<store::DocumentSummary, size_t>> by_document;
  for (const store::TaskRow& row : *tasks) {
    auto& entry = by_document[row.document.id];
    entry.first = row.document;
    ++entry.second;
  }
  std::vector<std::pair<store::DocumentSummary, size_t>> list;
  for (auto& [id, entry] : by_document) list.push_back(entry);
  std::stable_sort(list.begin(), list.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (list.empty()) return std::string("<p class=\"muted\">Không có nhiệm vụ quá hạn.</p>");
  std::string out = "<table><tr><th>Văn bản</th><th>Nhiệm vụ quá hạn</th></tr>";
  for (size_t i = 0; i < list.size() && i < c.limits.max_rows; ++i) {
    const auto& [d, n] = list[i];
    out += "<tr><td>" + DocumentLinkWithDetails(d) +
           "</td><td><a href=\"/tasks?doc=" + std::to_string(d.id) + "&amp;status=overdue\">" +
           std::to_string(n) + "</a></td></tr>";
  }
  return out + "</table>";
}

std::string TaskList(const std::vector<store::TaskRow>& rows, const std::string& as_of) {
  if (rows.empty()) return "<p class=\"muted\">Không có.</p>";
  std::string out =
      "<table><tr><th>Mục</th><th>Nhiệm vụ</th><th>Chủ trì</th><th>Thời hạn</th>"
      "<th>Tình trạng</th></tr>";
  for (const store::TaskRow& r : rows) {
    const std::string status = TaskStatus(r, as_of);
    out += "<tr><td>" + Escape(r.task.id) + "</td><td>" + Escape(Shorten(r.task.text, 300)) +
           "</td><td>" + Escape(AgencyNames(r.task.lead)) + "</td><td>" +
           Escape(r.task.deadline.text) + "</td><td class=\"status-" + status + "\">" +
           std::string(StatusLabel(status)) + "</td></tr>";
  }
  return out + "</table>";
}

}  // namespace

Response HomePage(const Context& c) {
  auto totals = store::CountAll(c.store);
  if (!totals.ok()) return FromStatus(c, totals.status());
  auto recent = store::RecentDocuments(c.store, 20);
  if (!recent.ok()) return FromStatus(c, recent.status());
  auto overdue = OverdueDocuments(c);
  if (!overdue.ok()) return FromStatus(c, overdue.status());
  std::string body = "<h1>Cơ sở dữ liệu văn bản</h1>" + Counts(*totals) + SearchForm("");
  body += "<h2>Văn bản mới nhất</h2>" + DocumentRows(*recent);
  body += "<h2>Văn bản có nhiệm vụ quá hạn (đến " + app::VietnameseDate(app::Today()) + ")</h2>" +
          *overdue;
  return HtmlPage("Trang chủ", body);
}

Response AgenciesPage(const Context& c) {
  auto page = CountParam(c, "page", 1, 1'000'000);
  if (!page.ok()) return FromStatus(c, page.status());
  auto agencies = store::ListAgencies(c.store);
  if (!agencies.ok()) return FromStatus(c, agencies.status());
  const size_t per_page = c.limits.max_rows;
  const size_t first = (*page - 1) * per_page;
  std::string body = "<h1>Cơ quan</h1><p>" + std::to_string(agencies->size()) +
                     " cơ quan được giao nhiệm vụ.</p><table><tr><th>Cơ quan</th><th>Chủ trì</th>"
                     "<th>Phối hợp</th><th>Chỉ đạo</th><th>Cách viết</th></tr>";
  for (size_t i = first; i < agencies->size() && i < first + per_page; ++i) {
    const store::AgencyRow& a = (*agencies)[i];
    std::string spellings;
    for (const std::string& s : a.spellings) spellings += (spellings.empty() ? "" : "; ") + s;
    body += "<tr><td><a href=\"/tasks?agency=" + UrlEncode(a.name) + "\">" + Escape(a.name) +
            "</a></td><td>" + std::to_string(a.lead) + "</td><td>" + std::to_string(a.coordinate) +
            "</td><td>" + std::to_string(a.direct) + "</td><td>" + Escape(spellings) + "</td></tr>";
  }
  body += "</table><p class=\"pager\">";
  if (*page > 1) body += "<a href=\"/agencies?page=" + std::to_string(*page - 1) + "\">« Trước</a>";
  if (first + per_page < agencies->size()) {
    body += "<a href=\"/agencies?page=" + std::to_string(*page + 1) + "\">Sau »</a>";
  }
  return HtmlPage("Cơ quan", body + "</p>");
}

Response SearchPage(const Context& c) {
  const std::string q = Param(c, "q");
  std::string body = "<h1>Tìm kiếm</h1>" + SearchForm(q) +
                     "<p class=\"muted\">Không phân biệt hoa thường và dấu: "
                     "<i>chuyen doi so</i> tìm thấy <i>chuyển đổi số</i>.</p>";
  if (q.empty()) return HtmlPage("Tìm kiếm", body);
  auto hits = store::Search(c.store, q, std::min<size_t>(c.limits.max_rows, 50));
  if (!hits.ok()) return FromStatus(c, hits.status());
  body += "<p>" + std::to_string(hits->size()) + " văn bản chứa <b>" + Escape(q) + "</b>.</p>";
  for (const store::SearchHit& hit : *hits) {
    body += "<div class=\"hit\"><p>" + DocumentLinkWithDetails(hit.document) + "<br>" +
            SnippetHtml(hit.snippet) + "</p></div>";
  }
  return HtmlPage("Tìm kiếm: " + q, body);
}

Response CoveragePage(const Context& c) {
  auto doc = DocumentArg(c, 0);
  if (!doc.ok()) return FromStatus(c, doc.status());
  auto as_of = DateParam(c, "as_of", app::Today());
  if (!as_of.ok()) return FromStatus(c, as_of.status());
  auto cov = store::CoverageOf(c.store, doc->id, *as_of);
  if (!cov.ok()) return FromStatus(c, cov.status());
  std::string body = "<h1>Mức độ bao quát: " + DocumentLink(doc.value()) + "</h1><p>" +
                     std::to_string(cov->tasks) + " nhiệm vụ, " + std::to_string(cov->targets) +
                     " chỉ tiêu, tính đến " + Escape(app::VietnameseDate(cov->as_of)) + ".</p>";
  body += "<h2>Nhiệm vụ không có cơ quan chủ trì</h2>" + TaskList(cov->without_lead, *as_of);
  body += "<h2>Nhiệm vụ có chủ trì suy ra</h2>" + TaskList(cov->inferred_lead, *as_of);
  body += "<h2>Nhiệm vụ không có thời hạn</h2>" + TaskList(cov->without_deadline, *as_of);
  body += "<h2>Nhiệm vụ quá hạn</h2>" + TaskList(cov->overdue, *as_of);
  body += "<h2>Chỉ tiêu chưa được giao</h2><ul>";
  for (const extractor::Target& t : cov->uncovered_targets) {
    body += "<li>" + std::to_string(t.n) + ". " + Escape(t.text) + "</li>";
  }
  body += "</ul><h2>Văn bản thực hiện trực tiếp</h2><ul>";
  for (const store::DocumentSummary& d : cov->children) {
    body += "<li>" + DocumentLinkWithDetails(d) + "</li>";
  }
  body +=
      "</ul><h2>Nhiệm vụ được văn bản cấp dưới triển khai</h2><table><tr><th>Nhiệm vụ</th>"
      "<th>Được triển khai bởi</th></tr>";
  for (const store::ParentTask& p : cov->parent_tasks) {
    std::string by;
    for (const store::TaskMatch& m : p.taken_up_by) {
      by += DocumentLink(m.task.document) + " " + Escape(m.task.task.id) + " (" +
            std::to_string(static_cast<int>(m.score * 100)) + "%)<br>";
    }
    body += "<tr><td>" + Escape(p.task.task.id) + " " + Escape(Shorten(p.task.task.text, 200)) +
            "</td><td>" + (by.empty() ? "<span class=\"muted\">chưa có</span>" : by) + "</td></tr>";
  }
  return HtmlPage("Mức độ bao quát", body + "</table>");
}

}  // namespace vanban::web::internal
