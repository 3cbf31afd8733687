// A document: its properties, relations both ways with their evidence, its
// tasks, targets and coverage, and its source text, where clicking a fact
// highlights the bytes it came from.
#include <algorithm>
#include <filesystem>
#include <map>

#include "task_csv.h"
#include "task_filter.h"
#include "vanban/corpus.h"
#include "web/handlers.h"
#include "web/html.h"

namespace vanban::web::internal {

namespace {

// The source file as the browser shows it, and where each byte of the file
// is in it, counted in UTF-16 code units (what the script's Range takes).
struct SourceView {
  std::string note;   // why it is not shown; "" when it is
  std::string shown;  // decoded text, CR LF and CR as LF (as an HTML parser reads <pre>)
  corpus::SourceText source;
  std::vector<uint32_t> units;  // per byte of source.text (and one past the end)

  // The fact's span of file bytes as code units, nullopt when not shown.
  std::optional<std::pair<size_t, size_t>> Units(const Span& bytes) const {
    if (!note.empty() || bytes.end <= bytes.begin) return std::nullopt;
    const size_t b = TextOffset(bytes.begin, false), e = TextOffset(bytes.end, true);
    if (e <= b || e >= units.size()) return std::nullopt;
    return std::make_pair(size_t{units[b]}, size_t{units[e]});
  }

  // The decoded text's offset of file byte `byte` (the inverse of the map).
  size_t TextOffset(size_t byte, bool end) const {
    const auto& runs = source.map.runs();
    const auto it = std::upper_bound(
        runs.begin(), runs.end(), byte,
        [](size_t b, const OffsetMap::Run& r) { return b < r.source_begin + r.source_len; });
    if (it == runs.end()) return source.text.size();
    if (byte <= it->source_begin) return it->target_begin;
    if (it->copy) return it->target_begin + (byte - it->source_begin);
    return end ? it->target_begin + it->target_len : it->target_begin;
  }
};

void Index(SourceView* v) {
  const std::string& text = v->source.text;
  v->units.assign(text.size() + 1, 0);
  uint32_t n = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    v->units[i] = n;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') continue;  // CR LF reads as one LF
      v->shown += '\n';
      ++n;
      continue;
    }
    v->shown += text[i];
    if ((c & 0xC0) != 0x80) n += c >= 0xF0 ? 2 : 1;
  }
  v->units[text.size()] = n;
}

SourceView LoadSource(const Context& c, const store::DocumentSummary& d,
                      const std::string& sha256) {
  SourceView v;
  if (!d.ingested) {
    v.note = "Văn bản này chỉ được dẫn chiếu, không có trong cơ sở dữ liệu.";
    return v;
  }
  std::error_code error;
  const auto size = std::filesystem::file_size(d.source_path, error);
  if (error || size > c.limits.max_source_bytes) {
    v.note = error ? "Không đọc được tệp nguồn " + d.source_name + "."
                   : "Tệp nguồn lớn hơn " + std::to_string(c.limits.max_source_bytes >> 20) +
                         " MB, không hiển thị.";
    return v;
  }
  auto source = corpus::LoadFile(d.source_path);
  if (!source.ok() || source->sha256 != sha256) {
    v.note = "Tệp nguồn " + d.source_name + " đã thay đổi hoặc không đọc được từ khi nhập.";
    return v;
  }
  v.source = std::move(source).value();
  Index(&v);
  return v;
}

// data-b/data-e for a fact whose span is in the shown file.
std::string FactAttributes(const SourceView& v, const Span& span) {
  const auto units = v.Units(span);
  if (!units) return "";
  return " data-b=\"" + std::to_string(units->first) + "\" data-e=\"" +
         std::to_string(units->second) + "\" title=\"Bấm để xem trong văn bản nguồn\"";
}

std::string PropertyRow(const char* label, const std::string& value) {
  return std::string("<tr><th>") + label + "</th><td>" + Escape(value) + "</td></tr>";
}

// "Bị sửa đổi bởi 41/NQ-CP": what the stored documents state of its force.
std::string Force(const store::EffectiveStatus& effective) {
  static const std::map<store::EffectiveState, std::string> kLabels = {
      {store::EffectiveState::kInForce,
       "Còn hiệu lực (không văn bản nào trong cơ sở dữ liệu sửa "
       "đổi, thay thế hay bãi bỏ)"},
      {store::EffectiveState::kAmended, "Bị sửa đổi"},
      {store::EffectiveState::kReplaced, "Bị thay thế"},
      {store::EffectiveState::kRepealed, "Hết hiệu lực (bị bãi bỏ)"}};
  std::string out = kLabels.at(effective.state);
  std::vector<std::string> by;
  for (const store::Link& l : effective.because) {
    const std::string name = l.other.Label();
    if (std::find(by.begin(), by.end(), name) == by.end()) by.push_back(name);
  }
  for (size_t i = 0; i < by.size(); ++i) out += (i ? ", " : " bởi ") + by[i];
  return out;
}

std::string Properties(const store::DocumentDetails& d) {
  const extractor::DocumentIdentity& id = d.identity;
  std::string signer = id.signer.name;
  if (!id.signer.title.empty())
    signer += (signer.empty() ? "" : " (") + id.signer.title + (signer.empty() ? "" : ")");
  std::string out = "<table class=\"props\">";
  out += PropertyRow("Số", d.summary.code.empty() ? id.code_partial : d.summary.code);
  out += PropertyRow("Loại", TypeName(d.summary.type));
  out += PropertyRow("Cơ quan ban hành", d.summary.issuer);
  out += PropertyRow("Người ký", signer);
  out += PropertyRow("Ngày ban hành", app::VietnameseDate(d.summary.issued));
  out += PropertyRow("Nơi ban hành", id.place);
  out += PropertyRow("Trích yếu", d.summary.title);
  out += PropertyRow("Hiệu lực", Force(d.effective));
  out += PropertyRow("Tệp nguồn", d.summary.source_name);
  out += PropertyRow("Mã hóa", d.encoding);
  return out + "</table>";
}

// One relation's links, one entry per document at the other end: the
// evidence this document states (clickable), then where others state it.
std::string LinkGroup(const store::DocumentSummary& self, const std::vector<store::Link>& links,
                      const std::string& relation, bool incoming, const SourceView& view) {
  std::vector<store::DocumentId> order;
  std::map<store::DocumentId, std::vector<const store::Link*>> by_other;
  for (const store::Link& l : links) {
    if (l.relation != relation) continue;
    auto& list = by_other[l.other.id];
    if (list.empty()) order.push_back(l.other.id);
    list.push_back(&l);
  }
  std::string items;
  for (const store::DocumentId other : order) {
    const auto& list = by_other[other];
    std::string stated, elsewhere;
    for (const store::Link* l : list) {
      if (l->stated_in.id == self.id || (incoming && l->stated_in.id == other && stated.empty())) {
        const std::string attributes =
            l->stated_in.id == self.id ? FactAttributes(view, l->source) : "";
        stated += "<div" + attributes + " class=\"evidence\">" + Escape(Shorten(l->evidence, 400)) +
                  "</div>";
      } else if (l->stated_in.id != 0) {
        elsewhere += std::string(elsewhere.empty() ? "" : ", ") + "<a href=\"" +
                     DocumentHref(l->stated_in.id) + "?hl=" + std::to_string(l->source.begin) +
                     "-" + std::to_string(l->source.end) + "\">" +
                     Escape(ShortLabel(l->stated_in)) + "</a>";
      }
    }
    if (!elsewhere.empty()) elsewhere = "<div class=\"muted\">nêu tại " + elsewhere + "</div>";
    items += "<li>" + DocumentLinkWithDetails(list.front()->other) + stated + elsewhere + "</li>";
  }
  if (items.empty()) return "";
  return "<h3>" + std::string(RelationLabel(relation, incoming)) + "</h3><ul>" + items + "</ul>";
}

std::string Relations(const store::DocumentSummary& self, const std::vector<store::Link>& out,
                      const std::vector<store::Link>& in, const SourceView& view) {
  static const char* kRelations[] = {"based_on", "implements", "amends", "replaces",
                                     "repeals",  "guides",     "cites"};
  std::string html;
  for (const char* r : kRelations) {
    html += LinkGroup(self, out, r, false, view);
    html += LinkGroup(self, in, r, true, view);
  }
  return html.empty() ? "<p class=\"muted\">Không có quan hệ nào.</p>" : html;
}

std::string Tasks(const std::vector<store::TaskRow>& tasks, const SourceView& view) {
  if (tasks.empty()) return "<p class=\"muted\">Không có nhiệm vụ.</p>";
  const std::string today = app::Today();
  std::string out =
      "<table><tr><th>Mục</th><th>Nhiệm vụ</th><th>Chủ trì</th><th>Phối hợp</th>"
      "<th>Thời hạn</th><th>Tình trạng</th></tr>";
  for (const store::TaskRow& r : tasks) {
    const std::string status = TaskStatus(r, today);
    std::string lead = AgencyNames(r.task.lead);
    if (r.task.lead_inferred && !lead.empty()) lead += " (suy ra)";
    out += "<tr" + FactAttributes(view, r.task.source) + "><td>" + Escape(r.task.id) + "</td><td>" +
           Escape(Shorten(r.task.text, 600)) + "</td><td>" + Escape(lead) + "</td><td>" +
           Escape(AgencyNames(r.task.coordinate)) + "</td><td>" + Escape(r.task.deadline.text) +
           "</td><td class=\"status-" + status + "\">" + std::string(StatusLabel(status)) +
           "</td></tr>";
  }
  return out + "</table>";
}

std::string Targets(const std::vector<extractor::Target>& targets, const SourceView& view) {
  if (targets.empty()) return "";
  std::string out = "<h2>Chỉ tiêu</h2><table><tr><th>#</th><th>Chỉ tiêu</th><th>Giá trị</th></tr>";
  for (const extractor::Target& t : targets) {
    out += "<tr" + FactAttributes(view, t.source) + "><td>" + std::to_string(t.n) + "</td><td>" +
           Escape(t.text) + "</td><td>" + Escape(t.value) + "</td></tr>";
  }
  return out + "</table>";
}

Result<std::string> CoverageSummary(const Context& c, store::DocumentId id) {
  auto cov = store::CoverageOf(c.store, id, app::Today());
  if (!cov.ok()) return cov.status();
  const std::pair<const char*, size_t> counts[] = {
      {"không có chủ trì", cov->without_lead.size()},
      {"chủ trì suy ra", cov->inferred_lead.size()},
      {"không có thời hạn", cov->without_deadline.size()},
      {"quá hạn", cov->overdue.size()},
      {"chỉ tiêu chưa giao", cov->uncovered_targets.size()},
      {"văn bản thực hiện trực tiếp", cov->children.size()}};
  std::string out = "<p>";
  for (const auto& [label, n] : counts) {
    out += "<span class=\"count\"><b>" + std::to_string(n) + "</b> " + label + "</span>";
  }
  return out + "</p><p><a href=\"/coverage/" + std::to_string(id) + "\">Xem chi tiết</a></p>";
}

// The ?hl=B-E a link from another document's page asks to highlight.
std::string InitialHighlight(const Context& c, const SourceView& view) {
  const std::string hl = Param(c, "hl");
  size_t b = 0, e = 0;
  char dash = 0, tail = 0;
  if (hl.empty() || std::sscanf(hl.c_str(), "%zu%c%zu%c", &b, &dash, &e, &tail) != 3 ||
      dash != '-') {
    return "";
  }
  const auto units = view.Units({b, e});
  if (!units) return "";
  return " data-hb=\"" + std::to_string(units->first) + "\" data-he=\"" +
         std::to_string(units->second) + "\"";
}

std::string SourceSection(const Context& c, const SourceView& view) {
  if (!view.note.empty()) return "<p class=\"muted\">" + Escape(view.note) + "</p>";
  return "<pre id=\"src\" class=\"source\"" + InitialHighlight(c, view) + ">\n" +
         Escape(view.shown) + "</pre>";
}

}  // namespace

Response DocumentPage(const Context& c) {
  auto doc = DocumentArg(c, 0);
  if (!doc.ok()) return FromStatus(c, doc.status());
  auto details = store::Show(c.store, doc->id);
  if (!details.ok()) return FromStatus(c, details.status());
  auto out = store::Cites(c.store, doc->id);
  if (!out.ok()) return FromStatus(c, out.status());
  auto in = store::CitedBy(c.store, doc->id);
  if (!in.ok()) return FromStatus(c, in.status());
  auto coverage = CoverageSummary(c, doc->id);
  if (!coverage.ok()) return FromStatus(c, coverage.status());
  const SourceView view = LoadSource(c, *doc, details->sha256);
  const std::string id = std::to_string(doc->id);
  std::string body = "<h1>" + Escape(ShortLabel(*doc)) + "</h1><p><a href=\"/document/" + id +
                     "/graph\">Lược đồ</a> · <a href=\"/tasks?doc=" + id +
                     "\">Nhiệm vụ</a> · <a href=\"/coverage/" + id +
                     "\">Mức độ bao quát</a> · <a href=\"/api/documents/" + id + "\">JSON</a></p>";
  body += Properties(*details);
  body += "<h2>Quan hệ</h2>" + Relations(*doc, *out, *in, view);
  body += "<h2>Nhiệm vụ (" + std::to_string(details->tasks.size()) + ")</h2>" +
          Tasks(details->tasks, view);
  body += Targets(details->targets, view);
  body += "<h2>Mức độ bao quát</h2>" + *coverage;
  body += "<h2>Văn bản nguồn</h2>" + SourceSection(c, view);
  return HtmlPage(ShortLabel(*doc), body);
}

}  // namespace vanban::web::internal
