#include "web/html.h"

#include <map>

#include "task_csv.h"

namespace vanban::web::internal {

std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char ch : text) {
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += ch;
    }
  }
  return out;
}

std::string UrlEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) != 0 && c < 0x80) {
      out += ch;
    } else if (ch == '-' || ch == '_' || ch == '.' || ch == '~') {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string QueryString(const Params& params) {
  std::string out;
  for (const auto& [name, value] : params) {
    if (value.empty()) continue;
    out += (out.empty() ? "?" : "&amp;") + UrlEncode(name) + "=" + UrlEncode(value);
  }
  return out;
}

std::string PageFrame(std::string_view title, std::string_view body) {
  std::string page =
      "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>";
  page += Escape(title);
  page +=
      " · vanban</title><link rel=\"stylesheet\" href=\"/static/style.css\">"
      "<script src=\"/static/app.js\" defer></script></head><body>"
      "<header><a class=\"brand\" href=\"/\">vanban</a><nav>"
      "<a href=\"/\">Trang chủ</a><a href=\"/tasks\">Nhiệm vụ</a>"
      "<a href=\"/agencies\">Cơ quan</a><a href=\"/search\">Tìm kiếm</a></nav>"
      "<form class=\"quick\" action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" "
      "placeholder=\"Tìm trong văn bản\" aria-label=\"Tìm kiếm\"></form></header><main>";
  page += body;
  page +=
      "</main><footer>vanban · dữ liệu chỉ đọc · <a href=\"/api/\">API JSON</a></footer>"
      "</body></html>\n";
  return page;
}

Response HtmlPage(std::string_view title, std::string_view body, int status) {
  Response r;
  r.status = status;
  r.body = PageFrame(title, body);
  return r;
}

std::string DocumentHref(store::DocumentId id) {
  return "/document/" + std::to_string(id);
}

std::string ShortLabel(const store::DocumentSummary& d) {
  if (!d.code.empty()) return d.code;
  std::string label = d.type.empty() ? "Văn bản" : TypeName(d.type);
  if (!d.issuer.empty()) label += " · " + d.issuer;
  if (!d.title.empty()) label += " · " + Shorten(d.title, 40);
  if (d.title.empty() && !d.source_name.empty()) label += " · " + d.source_name;
  return label;
}

std::string DocumentLink(const store::DocumentSummary& d) {
  if (d.id == 0) return Escape(ShortLabel(d));
  return "<a href=\"" + DocumentHref(d.id) + "\">" + Escape(ShortLabel(d)) + "</a>";
}

std::string DocumentLinkWithDetails(const store::DocumentSummary& d) {
  std::string out = DocumentLink(d);
  std::string details;
  if (!d.issued.empty()) details = app::VietnameseDate(d.issued);
  if (!d.issuer.empty() && !d.code.empty()) details += (details.empty() ? "" : ", ") + d.issuer;
  if (!d.ingested) details += (details.empty() ? "" : "; ") + std::string("chỉ được dẫn chiếu");
  if (!details.empty()) out += " <span class=\"muted\">(" + Escape(details) + ")</span>";
  return out;
}

std::string_view RelationLabel(std::string_view relation, bool incoming) {
  static const std::map<std::string_view, std::pair<std::string_view, std::string_view>> kLabels = {
      {"based_on", {"Căn cứ", "Là căn cứ của"}},
      {"implements", {"Thực hiện", "Được thực hiện bởi"}},
      {"amends", {"Sửa đổi", "Bị sửa đổi bởi"}},
      {"replaces", {"Thay thế", "Bị thay thế bởi"}},
      {"repeals", {"Bãi bỏ", "Bị bãi bỏ bởi"}},
      {"guides", {"Hướng dẫn", "Được hướng dẫn bởi"}},
      {"cites", {"Dẫn chiếu", "Được dẫn chiếu bởi"}}};
  const auto it = kLabels.find(relation);
  if (it == kLabels.end()) return relation;
  return incoming ? it->second.second : it->second.first;
}

std::string_view StatusLabel(std::string_view status) {
  if (status == "done") return "Hoàn thành";
  if (status == "overdue") return "Quá hạn";
  if (status == "in-progress") return "Đang thực hiện";
  if (status == "due-soon") return "Sắp đến hạn";
  if (status == "not-due") return "Chưa đến hạn";
  return "Không có hạn";
}

std::string TypeName(std::string_view type) {
  static const std::map<std::string_view, std::string_view> kNames = {
      {"NQ", "Nghị quyết"}, {"KH", "Kế hoạch"},  {"QĐ", "Quyết định"},    {"CT", "Chỉ thị"},
      {"BC", "Báo cáo"},    {"TB", "Thông báo"}, {"CV", "Công văn"},      {"TT", "Thông tư"},
      {"NĐ", "Nghị định"},  {"L", "Luật"},       {"CTr", "Chương trình"}, {"KL", "Kết luận"},
      {"HD", "Hướng dẫn"},  {"TTr", "Tờ trình"}, {"CĐ", "Công điện"},     {"QC", "Quy chế"}};
  const auto it = kNames.find(type);
  return it == kNames.end() ? std::string(type) : std::string(it->second);
}

std::string AgencyNames(const std::vector<extractor::Agency>& agencies) {
  std::string out;
  for (const std::string& name : extractor::Names(agencies)) {
    out += (out.empty() ? "" : "; ") + name;
  }
  return out;
}

std::string SnippetHtml(std::string_view snippet) {
  std::string out;
  bool open = false;
  for (const char ch : snippet) {
    if (ch == '[' && !open) {
      out += "<mark>";
      open = true;
    } else if (ch == ']' && open) {
      out += "</mark>";
      open = false;
    } else {
      out += Escape(std::string_view(&ch, 1));
    }
  }
  if (open) out += "</mark>";
  return out;
}

std::string Shorten(std::string_view text, size_t max_chars) {
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars++ == max_chars) return std::string(text.substr(0, i)) + "…";
  }
  return std::string(text);
}

}  // namespace vanban::web::internal
