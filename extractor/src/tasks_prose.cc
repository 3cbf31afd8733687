// The context the prose readers share: paragraphs, what is claimed, and
// the reading of agencies, assignment sentences and deadlines.
#include <re2/re2.h>

#include <algorithm>
#include <optional>

#include "deadlines.h"
#include "tasks_readers.h"
#include "text_util.h"
#include "vanban/normalizer.h"

namespace vanban::extractor::internal {

bool FoldedStarts(std::string_view text, std::string_view folded_prefix) {
  return normalizer::FoldKey(text.substr(0, folded_prefix.size() + 24)).rfind(folded_prefix, 0) ==
         0;
}

bool CapitalStart(std::string_view t) {
  if (t.empty()) return false;
  const unsigned char lead = static_cast<unsigned char>(t[0]);
  const size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  return IsUpperCaseLine(t.substr(0, std::min(len, t.size())));
}

namespace {

// Words that end the agency phrase a sentence starts with.
constexpr std::string_view kVerbs[] = {" chủ trì",
                                       " theo chức năng",
                                       " có trách nhiệm",
                                       " chịu trách nhiệm",
                                       " tập trung",
                                       " nghiêm túc",
                                       " đôn đốc",
                                       " tổ chức",
                                       " triển khai",
                                       " thực hiện",
                                       " xây dựng",
                                       " quan tâm",
                                       " bảo đảm",
                                       " đảm bảo",
                                       " phối hợp",
                                       " tham mưu",
                                       " rà soát",
                                       " chủ động",
                                       " theo dõi",
                                       " hướng dẫn",
                                       " trình ",
                                       " căn cứ",
                                       " khẩn trương",
                                       " tiếp tục",
                                       " kịp thời",
                                       " cấp ",
                                       " để ",
                                       " tuyên truyền",
                                       " vận động",
                                       " nghiên cứu",
                                       " quán triệt",
                                       " lãnh đạo",
                                       " chỉ đạo",
                                       " cân đối",
                                       " bố trí",
                                       " phát triển",
                                       " hỗ trợ",
                                       " ban hành",
                                       " là ",
                                       " thường xuyên",
                                       " khẩn cấp",
                                       " sớm ",
                                       " nâng cao",
                                       " tăng cường",
                                       " đẩy mạnh",
                                       " bám sát",
                                       " ưu tiên",
                                       " giúp ",
                                       " cung cấp",
                                       " báo cáo",
                                       " hoàn thành",
                                       " hoàn thiện",
                                       " nắm ",
                                       " kiểm tra",
                                       " làm ",
                                       " duy trì",
                                       " theo dõi",
                                       " cập nhật",
                                       " thông tin",
                                       " xem xét",
                                       " đẩy nhanh",
                                       " phát huy",
                                       " tổng hợp",
                                       " tiến hành",
                                       " phải ",
                                       " khắc phục",
                                       " huy động",
                                       " bổ sung",
                                       " giải quyết",
                                       " quản lý",
                                       " phê duyệt",
                                       " tiếp nhận",
                                       " kiểm soát",
                                       " đề xuất",
                                       " thẩm định",
                                       " có ý kiến",
                                       " lập ",
                                       " thông báo",
                                       " phân bổ",
                                       " tuân thủ",
                                       " thống nhất",
                                       " trả lời",
                                       " được ",
                                       " rút kinh nghiệm",
                                       " gửi ",
                                       " ký ",
                                       " sắp xếp",
                                       " phấn đấu",
                                       " cần ",
                                       " hoàn tất",
                                       " trực tiếp",
                                       " khởi công",
                                       " phân công",
                                       " quyết liệt",
                                       " đánh giá",
                                       " xác định",
                                       " giám sát"};

// A verb's words used as a noun do not end a subject: "các tổ chức",
// "UBND cấp xã" (a level, not "cấp" to issue).
bool UsedAsNoun(std::string_view s, size_t at, std::string_view verb) {
  const std::string_view before = s.substr(0, at);
  if (before.ends_with("các") || before.ends_with("Các") || before.ends_with("những")) return true;
  if (verb != " cấp ") return false;
  const std::string_view after = s.substr(at + verb.size());
  for (std::string_view level : {"tỉnh", "xã", "huyện", "phường", "thành phố", "trung ương",
                                 "cơ sở", "có thẩm quyền", "quận", "bộ", "ủy"}) {
    if (after.rfind(level, 0) == 0) return true;
  }
  return false;
}

size_t FirstVerb(std::string_view s, size_t from = 0) {
  size_t best = std::string_view::npos;
  for (std::string_view v : kVerbs) {
    size_t at = s.find(v, from);
    while (at != std::string_view::npos && UsedAsNoun(s, at, v)) at = s.find(v, at + 1);
    best = std::min(best, at);
  }
  return best;
}

std::string_view UpToVerb(std::string_view s) {
  const size_t verb = FirstVerb(s);
  if (verb == std::string_view::npos) return {};
  std::string_view subject = Trim(s.substr(0, verb));
  while (!subject.empty() && (subject.back() == ',' || subject.back() == ';'))
    subject = Trim(subject.substr(0, subject.size() - 1));
  return subject;
}

// The heads of a section heading that say what the section is for.
SectionKind KindOfHeading(const std::string& f) {
  // "TỔ CHỨC THỰC HIỆN", "TRÁCH NHIỆM TỔ CHỨC THỰC HIỆN"; a report's "CÔNG TÁC
  // LÃNH ĐẠO, CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN" tells of work done
  if (f.rfind("to chuc thuc hien", 0) == 0 ||
      (f.rfind("trach nhiem", 0) == 0 && f.find("to chuc thuc hien") != std::string::npos)) {
    return SectionKind::kAssignment;
  }
  // a report's account of past work, the plan's purposes
  for (std::string_view no : {"ket qua thuc hien", "tinh hinh", "muc dich", "danh gia ket qua",
                              "kho khan", "kien nghi", "quan diem"}) {
    if (f.find(no) != std::string::npos) return SectionKind::kPurpose;
  }
  for (std::string_view yes : {"nhiem vu", "noi dung", "giai phap", "trach nhiem", "phan cong"}) {
    if (f.find(yes) != std::string::npos) return SectionKind::kTasks;
  }
  for (std::string_view no : {"muc tieu", "yeu cau", "can cu", "pham vi", "doi tuong"}) {
    if (f.find(no) != std::string::npos) return SectionKind::kPurpose;
  }
  return SectionKind::kOther;
}

// "các sở, ban, ngành ...", "UBND các xã": words that name bodies, where a
// collective follows a leading phrase.
bool NamesBodies(std::string_view phrase) {
  const std::string f = normalizer::FoldKey(phrase.substr(0, std::min<size_t>(phrase.size(), 30)));
  for (std::string_view body :
       {"cac so", "cac bo", "cac co quan", "cac don vi", "cac dia phuong", "cac phong", "cac ban",
        "uy ban nhan dan", "ubnd", "cac huyen", "cac xa", "cac uy ban", "cac doan"}) {
    if (f.rfind(body, 0) == 0) return true;
  }
  return false;
}

// "Thành phố Hà Nội ...", "Tỉnh Lâm Đồng ...": a place by its name.
bool NamesAPlace(std::string_view s) {
  for (std::string_view kind : {"thành phố", "tỉnh"}) {
    size_t n = 0;
    if (StartsWithFolded(s, kind, &n) && n < s.size() && s[n] == ' ')
      return CapitalStart(Trim(s.substr(n)));
  }
  return false;
}

// "Các tỉnh Nghệ An, Quảng Ngãi", "Thành phố Hà Nội và các tỉnh Bắc Ninh, Gia
// Lai", "Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Hồ Chí Minh":
// provinces named as actors stand for their People's Committees, one each.
// Anything else comes back unchanged.
std::string ExpandPlaces(std::string_view written) {
  std::string_view subject = written;
  const std::string f =
      normalizer::FoldKey(subject.substr(0, std::min<size_t>(subject.size(), 40)));
  size_t used = 0;
  for (std::string_view committee : {"Ủy ban nhân dân ", "UBND "}) {
    if (StartsWithFolded(subject, committee, &used) &&
        normalizer::FoldKey(subject.substr(used, 12)).rfind("cac tinh", 0) == 0) {
      subject = subject.substr(used);
      break;
    }
    used = 0;
  }
  if (used == 0 && f.rfind("cac tinh", 0) != 0 && f.rfind("tinh ", 0) != 0 &&
      f.rfind("thanh pho ", 0) != 0) {
    return std::string(written);
  }
  // the cities under the central government are "thành phố", the rest "tỉnh"
  static constexpr std::string_view kCities[] = {"ha noi",  "ho chi minh", "hai phong",
                                                 "da nang", "can tho",     "hue"};
  std::string out;
  std::string kind = "tỉnh";
  int bare_kinds = 0;
  size_t b = 0;
  while (b <= subject.size()) {
    size_t e = subject.size();
    size_t skip = 0;
    for (std::string_view sep : {", ", "; ", " và ", ": ", ":"}) {
      const size_t at = subject.find(sep, b);
      if (at < e) {
        e = at;
        skip = sep.size();
      }
    }
    std::string_view token = Trim(subject.substr(b, e - b));
    b = e == subject.size() ? e + 1 : e + skip;
    if (token.empty()) continue;
    size_t n = 0;
    if (StartsWithFolded(token, "các ", &n)) token = Trim(token.substr(n));
    if (StartsWithFolded(token, "tỉnh", &n) && (n == token.size() || token[n] == ' ')) {
      kind = "tỉnh";
      token = Trim(token.substr(n));
    } else if (StartsWithFolded(token, "thành phố", &n) && (n == token.size() || token[n] == ' ')) {
      kind = "thành phố";
      token = Trim(token.substr(n));
    }
    if (token.empty()) {
      // "các tỉnh, thành phố:" before the names: each is a province unless a city
      if (++bare_kinds > 1) kind = "tỉnh";
      continue;
    }
    if (!CapitalStart(token) || (token.find(' ') == std::string_view::npos && token.size() < 3))
      return std::string(written);
    const std::string name = normalizer::FoldKey(token);
    std::string_view this_kind = kind;
    for (std::string_view city : kCities) {
      if (name == city) this_kind = "thành phố";
    }
    if (!out.empty()) out += "; ";
    out += "Ủy ban nhân dân ";
    out += this_kind;
    out += ' ';
    out += token;
  }
  return out.empty() ? std::string(written) : out;
}

}  // namespace

ProseContext::ProseContext(const TaskInputs& in, DocumentRecord* record,
                           const std::vector<bool>& used_blocks, int year, std::string jurisdiction)
    : in_(in),
      record_(record),
      paragraphs_(ReadParagraphs(in.blocks, in.gazetteer)),
      claimed_(paragraphs_.size(), false),
      year_(year),
      jurisdiction_(std::move(jurisdiction)),
      report_(normalizer::FoldKey(record->document.type) == "bc") {
  // a paragraph that holds a line of a table the table reader took is taken
  for (size_t i = 0; i < paragraphs_.size(); ++i) {
    for (size_t b = paragraphs_[i].first; b <= paragraphs_[i].last; ++b) {
      if (used_blocks[b]) {
        claimed_[i] = true;
        break;
      }
    }
  }
}

bool ProseContext::Open(size_t i) const {
  const Paragraph& p = paragraphs_[i];
  if (claimed_[i] || p.appendix > 0 || p.closing) return false;
  return p.kind == ParagraphKind::kBody || p.kind == ParagraphKind::kAgencyHeading;
}

void ProseContext::Claim(size_t first, size_t last) {
  for (size_t k = first; k <= last && k < claimed_.size(); ++k) claimed_[k] = true;
}

size_t ProseContext::SubtreeEnd(size_t i) const {
  const Paragraph& p = paragraphs_[i];
  size_t j = i + 1;
  if (p.marker == Marker::kNone) return i;
  while (j < paragraphs_.size()) {
    const Paragraph& q = paragraphs_[j];
    if (q.appendix != p.appendix) break;
    if (q.marker != Marker::kNone && q.level <= p.level) break;
    // the recipients, the signature, a closing formula end the text; a
    // remark or a table inside an item does not
    if (q.kind == ParagraphKind::kRecipients || q.kind == ParagraphKind::kSignature ||
        q.kind == ParagraphKind::kClosingFormula || q.kind == ParagraphKind::kAppendix ||
        q.kind == ParagraphKind::kPreamble)
      break;
    ++j;
  }
  return j - 1;
}

SectionKind ProseContext::SectionOf(size_t i) {
  const int section = paragraphs_[i].section;
  if (section < 0) return SectionKind::kOther;
  auto [it, fresh] = section_kinds_.emplace(section, SectionKind::kOther);
  if (fresh) {
    const Paragraph& h = paragraphs_[section];
    // a decision's article is about what its first words say
    it->second = KindOfHeading(
        h.marker == Marker::kArticle
            ? normalizer::FoldKey(h.content().substr(0, std::min<size_t>(h.content().size(), 60)))
            : normalizer::FoldKey(h.content()));
  }
  return it->second;
}

bool ProseContext::MayAssign(size_t i) {
  const SectionKind kind = SectionOf(i);
  if (kind == SectionKind::kPurpose) return false;
  return !report_ || kind == SectionKind::kTasks || kind == SectionKind::kAssignment;
}

bool ProseContext::UnderBackground(size_t i) const {
  static constexpr std::string_view kBackground[] = {
      "thuan loi", "kho khan",    "du bao",  "boi canh",       "tinh hinh", "ket qua",
      "han che",   "nguyen nhan", "ton tai", "danh gia chung", "co hoi",    "thach thuc"};
  for (int p = paragraphs_[i].parent; p >= 0; p = paragraphs_[p].parent) {
    const Paragraph& h = paragraphs_[p];
    // a part's heading is read by SectionOf; "DỰ BÁO ... VÀ GIẢI PHÁP" holds both
    if (h.marker == Marker::kRoman || h.marker == Marker::kArticle) break;
    const std::string_view head = h.content().substr(0, std::min<size_t>(h.content().size(), 50));
    const std::string f = normalizer::FoldKey(head);
    for (std::string_view b : kBackground) {
      if (f.rfind(b, 0) == 0) return true;
    }
  }
  return false;
}

Task ProseContext::Start(size_t i, size_t* last) const {
  const Paragraph& p = paragraphs_[i];
  Task task;
  task.text = ParagraphText(paragraphs_, i, last);
  task.id = p.path;
  task.number = p.label;
  return task;
}

void ProseContext::Emit(Task task, size_t first, size_t last) {
  task.source =
      in_.text.map.ToSource(Span{paragraphs_[first].span.begin, paragraphs_[last].span.end});
  if (task.id.empty()) task.id = "P" + std::to_string(first);
  Claim(first, last);
  // "... năm 2025. Yêu cầu Nhà đầu tư rà soát ...": a sentence that asks
  // another agency is an assignment of its own
  std::optional<Task> next = SplitAtAsking(&task);
  record_->tasks.push_back(std::move(task));
  int n = 1;
  while (next) {
    Task t = std::move(*next);
    t.id = record_->tasks.back().id.substr(0, record_->tasks.back().id.find('#')) + "#s" +
           std::to_string(++n);
    next = SplitAtAsking(&t);
    record_->tasks.push_back(std::move(t));
  }
}

std::optional<Task> ProseContext::SplitAtAsking(Task* task) {
  static constexpr std::string_view kAsks[] = {". Yêu cầu ", ". Giao ", ". Đề nghị "};
  for (size_t from = 0; from < task->text.size();) {
    size_t at = std::string::npos;
    std::string_view ask;
    for (std::string_view a : kAsks) {
      const size_t k = task->text.find(a, from);
      if (k < at) {
        at = k;
        ask = a;
      }
    }
    if (at == std::string::npos) return std::nullopt;
    Task next;
    next.text = task->text.substr(at + 2);
    next.source = task->source;
    if (Assign(next.text, &next)) {
      task->text.resize(at + 1);
      // what the first part states is its own
      if (task->deadline.text.size() && next.text.find(task->deadline.text) != std::string::npos)
        task->deadline = DeadlineOf(task->text);
      return next;
    }
    from = at + ask.size();
  }
  return std::nullopt;
}

// "Ủy ban nhân dân thành phố Hà Nội và Ủy ban nhân dân Thành phố Hồ Chí
// Minh", "Mặt trận Tổ quốc ... và các tổ chức chính trị - xã hội": two
// agencies joined by "và" when the second starts like the first or is a
// collective; "Bộ Lao động - Thương binh và Xã hội" stays one.
std::string ProseContext::SplitAtAnd(std::string_view list) const {
  const std::string_view first_word = list.substr(0, list.find(' '));
  std::string out;
  size_t b = 0;
  for (size_t at = list.find(" và "); at != std::string_view::npos;
       at = list.find(" và ", at + 1)) {
    const std::string_view rest = list.substr(at + std::string_view(" và ").size());
    const std::string_view word = rest.substr(0, rest.find(' '));
    const bool same_head = word == first_word && in_.gazetteer.StartsWithHead(rest);
    const bool collective = word == "các" && in_.gazetteer.StartsWithHead(rest) &&
                            first_word != "các" && first_word != "Các";
    if (!same_head && !collective) continue;
    out.append(list.substr(b, at - b));
    out += "; ";
    b = at + std::string_view(" và ").size();
  }
  out.append(list.substr(b));
  return out;
}

void ProseContext::SetAgencies(std::string_view list, std::vector<Agency>* out) {
  in_.gazetteer.AppendAgencies(SplitAtAnd(list), jurisdiction_, out, &record_->repairs);
}

std::string ProseContext::AgenciesOfValue(std::string_view value) const {
  std::string out;
  size_t b = 0;
  while (b <= value.size()) {
    size_t e = value.find(';', b);
    if (e == std::string_view::npos) e = value.size();
    std::string_view part = Trim(value.substr(b, e - b));
    if (FirstVerb(part) != std::string_view::npos && in_.gazetteer.StartsWithHead(part)) {
      part = UpToVerb(part);
    }
    if (!part.empty()) {
      if (!out.empty()) out += "; ";
      out += part;
    }
    b = e + 1;
  }
  return out;
}

void ProseContext::SetHeadingAgencies(std::string_view heading, std::vector<Agency>* out) {
  const bool one = heading.find(';') == std::string_view::npos &&
                   (heading.find(", các ") != std::string_view::npos ||
                    heading.find(", và ") != std::string_view::npos);
  if (!one) return SetAgencies(heading, out);
  out->push_back(in_.gazetteer.Identify(
      in_.gazetteer.Localize(in_.gazetteer.Canonical(heading, &record_->repairs), jurisdiction_)));
}

void ProseContext::SetRoles(std::string_view list, Task* task) {
  const bool marked = list.find("(chủ trì)") != std::string_view::npos ||
                      list.find("(phối hợp)") != std::string_view::npos;
  if (!marked) return SetAgencies(list, &task->lead);
  size_t b = 0;
  while (b <= list.size()) {
    size_t e = list.find("),", b);
    e = e == std::string_view::npos ? list.size() : e + 1;
    const std::string_view part = Trim(list.substr(b, e - b));
    const bool coordinate = part.find("(phối hợp)") != std::string_view::npos;
    SetAgencies(part, coordinate ? &task->coordinate : &task->lead);
    b = e + 1;
  }
}

std::string ProseContext::WithoutTitles(std::string_view subject) const {
  // "Bộ trưởng Bộ Công an", "Chủ tịch Ủy ban nhân dân tỉnh", "Thủ trưởng các
  // sở": the office holder stands for the body
  static constexpr std::string_view kTitles[] = {
      "Bộ trưởng ", "Thủ trưởng ", "Chủ tịch ",   "Tổng Giám đốc ", "Giám đốc ",
      "Thống đốc ", "Chánh ",      "Cục trưởng ", "Viện trưởng ",   "Trưởng "};
  // "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân ...": two office holders
  std::string joined(subject);
  for (std::string_view title : kTitles) {
    const std::string with = " và " + std::string(title);
    for (size_t at = joined.find(with); at != std::string::npos; at = joined.find(with, at + 2))
      joined.replace(at, 4, "; ");
  }
  subject = joined;
  std::string out;
  size_t b = 0;
  while (b <= subject.size()) {
    size_t e = subject.find_first_of(";", b);
    if (e == std::string_view::npos) e = subject.size();
    std::string_view item = Trim(subject.substr(b, e - b));
    for (std::string_view title : kTitles) {
      if (item.rfind(title, 0) == 0 && in_.gazetteer.StartsWithHead(item.substr(title.size()))) {
        item = item.substr(title.size());
        break;
      }
    }
    std::string name(item);
    // "Bí thư tỉnh ủy": the party committee
    if (size_t n = 0; StartsWithFolded(item, "Bí thư", &n) && n < item.size() && item[n] == ' ') {
      name = std::string(Trim(item.substr(n)));
      if (!name.empty() && name[0] >= 'a' && name[0] <= 'z')
        name[0] = static_cast<char>(name[0] - 32);
    }
    if (!name.empty()) {
      if (!out.empty()) out += "; ";
      out += name;
    }
    b = e + 1;
  }
  return out;
}

std::string_view ProseContext::SubjectOf(std::string_view sentence) const {
  std::string_view s = Trim(sentence);
  // "Giao X ...", "Đề nghị X, Y ...", "Yêu cầu X ...": the agencies follow the verb of asking
  for (std::string_view ask :
       {"giao ", "de nghi cac co quan ", "de nghi ", "yeu cau ", "phan cong ", "khuyen khich "}) {
    size_t used = 0;
    if (FoldedStarts(s, ask) && StartsWithFolded(s, ask, &used)) {
      s = Trim(s.substr(used));
      if (!s.empty() && s[0] == ':') s = Trim(s.substr(1));
      // "Giao đồng chí Bộ trưởng Bộ Xây dựng ...": the person's office
      if (StartsWithFolded(s, "đồng chí ", &used)) s = Trim(s.substr(used));
      break;
    }
  }
  // "Các sở, ban, ngành: Là các đơn vị ...": the agencies before a colon;
  // "Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Đồng Nai ...": the
  // provinces after it
  if (const size_t colon = s.find(':'); colon != std::string_view::npos && colon < 160) {
    const std::string_view before = Trim(s.substr(0, colon));
    const std::string fb = normalizer::FoldKey(before);
    const bool places_follow = fb.ends_with("cac tinh") || fb.ends_with("thanh pho");
    if (in_.gazetteer.StartsWithHead(before) && in_.gazetteer.IsAgencyList(before) &&
        FirstVerb(before) == std::string_view::npos && !places_follow) {
      return before;
    }
  }
  // "Thành phố Hà Nội và các tỉnh Bắc Ninh ...", "Tỉnh Lâm Đồng ...": places acting
  if (NamesAPlace(s)) return UpToVerb(s);
  if (in_.gazetteer.StartsWithHead(s)) return UpToVerb(s);
  for (std::string_view title : {"Bộ trưởng ", "Thủ trưởng ", "Chủ tịch ", "Giám đốc ",
                                 "Thống đốc ", "Chánh ", "Tổng Giám đốc ", "Bí thư "}) {
    if (s.rfind(title, 0) == 0) return UpToVerb(s);
  }
  // "Trên cơ sở ..., các sở, ban, ngành ... tổ chức ...": the subject
  // follows a leading phrase, after a comma
  const size_t clause_end = std::min(s.find(". "), s.find(';'));
  for (size_t c = s.find(", "); c < clause_end && c < 400; c = s.find(", ", c + 1)) {
    const std::string_view rest = Trim(s.substr(c + 1));
    // only an agency there: "..., các khó khăn" is not one
    if (!in_.gazetteer.StartsWithHead(rest) ||
        !(in_.gazetteer.KnownPrefix(rest).size() < rest.size() || NamesBodies(rest)))
      continue;
    const std::string_view subject = UpToVerb(rest);
    // "..., Bộ Công an để ...", "..., Sở X là ...": named in passing, not acting
    const std::string_view next = Trim(rest.substr(std::min(rest.size(), subject.size())));
    for (std::string_view passing : {"để ", "là ", "được ", "của "}) {
      if (next.rfind(passing, 0) == 0) return {};
    }
    return subject;
  }
  return {};
}

std::string ProseContext::CoordinatesOf(std::string_view sentence) const {
  // "phối hợp với Y", "phối hợp chặt chẽ với Y", "X chủ trì, phối hợp Y",
  // "phối hợp giữa các cơ quan: Y": every such phrase of the task
  static constexpr std::string_view kWith[] = {"phối hợp với ",          "Phối hợp với ",
                                               "phối hợp chặt chẽ với ", "Phối hợp chặt chẽ với ",
                                               "chủ trì, phối hợp ",     "Chủ trì, phối hợp ",
                                               "phối hợp giữa ",         "Phối hợp giữa "};
  std::string out;
  for (size_t pos = 0; pos < sentence.size();) {
    size_t from = std::string_view::npos;
    for (std::string_view w : kWith) {
      size_t at = sentence.find(w, pos);
      // the longer form reads "phối hợp với"
      while (at != std::string_view::npos && sentence.substr(at + w.size()).rfind("với ", 0) == 0)
        at = sentence.find(w, at + 1);
      if (at != std::string_view::npos) from = std::min(from, at + w.size());
    }
    if (from == std::string_view::npos) break;
    const std::string_view who = HelpersAt(sentence, from);
    pos = from + 1;
    if (who.empty()) continue;
    if (!out.empty()) out += "; ";
    out += who;
  }
  return out;
}

std::string_view ProseContext::HelpersAt(std::string_view sentence, size_t from) const {
  // "giữa các cơ quan: Sở A, Sở B": the names after the colon
  if (const size_t colon = sentence.find(':', from);
      colon != std::string_view::npos && colon - from < 40 &&
      FoldedStarts(sentence.substr(from), "cac co quan")) {
    from = colon + 1;
  }
  size_t end = FirstVerb(sentence, from);
  end = std::min(end, sentence.find_first_of(".()", from));
  // "; " goes on only to another agency ("với Văn phòng UBND tỉnh; Sở Tư pháp")
  for (size_t semi = sentence.find(';', from); semi < end; semi = sentence.find(';', semi + 1)) {
    if (!in_.gazetteer.StartsWithHead(Trim(sentence.substr(semi + 1)))) {
      end = semi;
      break;
    }
  }
  // "... với Bộ Quốc phòng trong việc tìm kiếm": the purpose is not a helper
  for (std::string_view stop : {" trong việc", " trong ", " về ", " nhằm ", " tại ", " đối với "}) {
    end = std::min(end, sentence.find(stop, from));
  }
  if (end == std::string_view::npos) end = sentence.size();
  const std::string_view who = Trim(sentence.substr(from, end - from));
  if (!in_.gazetteer.StartsWithHead(who)) return {};
  // a list of helpers is read whole; one unknown phrase only as far as a known name
  if (who.find_first_of(",;") != std::string_view::npos ||
      who.find(" và ") != std::string_view::npos)
    return who;
  return in_.gazetteer.KnownPrefix(who);
}

Assignment ProseContext::ReadAssignment(std::string_view sentence) const {
  Assignment a;
  const std::string_view subject = SubjectOf(sentence);
  if (subject.empty()) return a;
  const std::string folded = normalizer::FoldKey(subject);
  // "Các đồng chí ...", "các nội dung": people or things, not agencies
  // "các tổ chức, cá nhân": the public, not a body assigned
  for (std::string_view no :
       {"cac dong chi", "dong chi", "cac noi dung", "cac nhiem vu", "cac giai phap", "cac chi tieu",
        "cac to chuc ca nhan", "to chuc ca nhan", "truong hop"}) {
    if (folded.rfind(no, 0) == 0) return a;
  }
  const size_t end = static_cast<size_t>(subject.data() - sentence.data()) + subject.size();
  a.after = Trim(sentence.substr(std::min(end, sentence.size())));
  // "Lãnh đạo việc ...": a verb's object, not a body
  if (folded.ends_with(" viec")) return a;
  // "X đã tổ chức ...": a report of past work, not an assignment
  if (FoldedStarts(a.after, "da ") || FoldedStarts(a.after, "dang ")) return a;
  a.subject = ExpandPlaces(WithoutTitles(subject));
  a.coordinates = CoordinatesOf(sentence);
  return a;
}

bool ProseContext::Assign(std::string_view text, Task* task) {
  const Assignment a = ReadAssignment(text);
  if (!a.ok()) return false;
  std::vector<Agency> lead;
  SetAgencies(a.subject, &lead);
  if (lead.empty()) return false;
  task->lead = std::move(lead);
  SetAgencies(a.coordinates, &task->coordinate);
  task->deadline = DeadlineOf(text);
  return true;
}

bool ProseContext::AssignInline(std::string_view text, Task* task) {
  for (size_t open = text.find('('); open != std::string_view::npos;
       open = text.find('(', open + 1)) {
    const size_t close = text.find(')', open);
    if (close == std::string_view::npos) break;
    const std::string_view inner = Trim(text.substr(open + 1, close - open - 1));
    if (inner.find("chủ trì") == std::string_view::npos) continue;
    if (!Assign(inner, task)) continue;
    const Deadline own = DeadlineOf(inner);
    task->deadline = own.kind != "none" ? own : DeadlineOf(text);
    return true;
  }
  return false;
}

Deadline ProseContext::DeadlineOf(std::string_view text) const {
  return DeadlineInText(text, year_);
}

}  // namespace vanban::extractor::internal
