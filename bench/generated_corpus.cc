#include "generated_corpus.h"

#include <array>
#include <cctype>

#include "vanban/extractor.h"
#include "vanban/normalizer.h"

namespace vanban::bench {

namespace {

using extractor::Date;
using extractor::DocumentCode;
using extractor::Relation;

constexpr std::array<const char*, 12> kDepartments = {"Sở Tài chính",
                                                      "Sở Nội vụ",
                                                      "Sở Khoa học và Công nghệ",
                                                      "Sở Nông nghiệp và Môi trường",
                                                      "Sở Công Thương",
                                                      "Sở Y tế",
                                                      "Sở Giáo dục và Đào tạo",
                                                      "Sở Xây dựng",
                                                      "Sở Tư pháp",
                                                      "Công an tỉnh",
                                                      "Văn phòng UBND tỉnh",
                                                      "Sở Văn hóa, Thể thao và Du lịch"};
constexpr std::array<const char*, 8> kCommuneFirst = {"Tân", "Hòa",   "Phú",  "Bình",
                                                      "An",  "Thanh", "Đông", "Tây"};
constexpr std::array<const char*, 6> kCommuneSecond = {"Lợi", "Thịnh", "Hưng",
                                                       "Mỹ",  "Lộc",   "Phong"};
constexpr size_t kAgencyCount = kDepartments.size() + kCommuneFirst.size() * kCommuneSecond.size();

constexpr std::array<const char*, 8> kTaskTexts = {
    "Xây dựng cơ sở dữ liệu chuyên ngành, kết nối với nền tảng chia sẻ dữ liệu của tỉnh",
    "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức, viên chức",
    "Triển khai dịch vụ công trực tuyến toàn trình trên Cổng dịch vụ công",
    "Rà soát, hoàn thiện cơ chế, chính sách hỗ trợ doanh nghiệp chuyển đổi số",
    "Tuyên truyền, phổ biến nâng cao nhận thức về chuyển đổi số",
    "Phát triển hạ tầng số, mạng 5G và cáp quang đến các xã",
    "Bảo đảm an toàn, an ninh mạng cho hệ thống thông tin",
    "Báo cáo định kỳ kết quả thực hiện Kế hoạch"};

constexpr size_t kTasksPerDocument = 5;
constexpr size_t kTargetsPerDocument = 3;
constexpr size_t kCitationsOfEarlierDocuments = 3;

Date IssuedOf(size_t i) {
  return {2019 + static_cast<int>(i % 7), 1 + static_cast<int>(i % 12),
          1 + static_cast<int>(i % 28)};
}

// A spread of earlier documents, the same for the same (i, k).
size_t EarlierDocument(size_t i, size_t k) {
  return (i * 2654435761u + k * 40503u) % i;
}

std::string Upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

// Cuts `text` to at most `limit` bytes at a character boundary.
void Truncate(std::string* text, size_t limit) {
  if (text->size() <= limit) return;
  size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>((*text)[end]) & 0xC0) == 0x80) --end;
  text->resize(end);
}

extractor::Deadline DeadlineOf(size_t i, size_t k) {
  const int year = 2024 + static_cast<int>((i + k) % 4);
  const std::string y = std::to_string(year);
  switch ((i + k) % 7) {
    case 0:
      return {"Trước ngày 15/5/" + y, "date", {year, 5, 15}};
    case 1:
      return {"Tháng 9/" + y, "month", {year, 9, 30}};
    case 2:
      return {"Quý II/" + y, "quarter", {year, 6, 30}};
    case 3:
      return {"Năm " + y, "year", {year, 12, 31}};
    case 4:
      return {"Thường xuyên", "ongoing", {}};
    case 5:
      return {"Trước ngày 15 hằng tháng", "recurring", {}};
    default:
      return {};
  }
}

// A generated agency as the extractor would identify a name the gazetteer
// does not know: keyed by its folded name.
extractor::Agency AgencyAt(size_t i, bool primary) {
  extractor::Agency a;
  a.name = GeneratedCorpus::Agency(i);
  a.key = normalizer::FoldKey(a.name);
  a.primary = primary;
  return a;
}

extractor::Task TaskOf(size_t i, size_t k, const std::string& appendix) {
  extractor::Task t;
  t.number = std::to_string(k + 1);
  t.id = appendix + "." + t.number;
  t.text = std::string(kTaskTexts[(i + k) % kTaskTexts.size()]) + " (" + std::to_string(i) + ")";
  t.lead = {AgencyAt(i * 7 + k, true)};
  t.coordinate = {AgencyAt(i + k * 3, false), AgencyAt(i * 5 + k + 1, false)};
  t.deadline = DeadlineOf(i, k);
  if (k < 2) t.targets = {static_cast<int>(k + 1)};
  return t;
}

// Adds a citation of `code` to `record`: a reference, one mention and an
// edge of `relation` from the document itself.
void Cite(const DocumentCode& code, const Date& date, Relation relation,
          extractor::DocumentRecord* record) {
  const std::string surface = "Kế hoạch số " + code.canonical;
  record->references.push_back({code, "KH", date, {}, 1});
  extractor::Mention m;
  m.code = code;
  m.type = "KH";
  m.surface = surface;
  m.date = date;
  record->mentions.push_back(std::move(m));
  record->edges.push_back(
      {"self", code.canonical, relation, "Thực hiện " + surface + " ngày " + date.Iso(), {0, 40}});
}

}  // namespace

GeneratedCorpus::GeneratedCorpus(std::vector<GeneratedDocument> templates, size_t max_text_bytes)
    : templates_(std::move(templates)) {
  const std::optional<DocumentCode> fallback = extractor::ParseDocumentCode("1/KH-UBND");
  for (GeneratedDocument& t : templates_) {
    Truncate(&t.text.text, max_text_bytes);
    if (!t.record.document.code) t.record.document.code = fallback;
  }
}

std::string GeneratedCorpus::Agency(size_t i) {
  i %= kAgencyCount;
  if (i < kDepartments.size()) return kDepartments[i];
  i -= kDepartments.size();
  return std::string("Ủy ban nhân dân xã ") + kCommuneFirst[i % kCommuneFirst.size()] + " " +
         kCommuneSecond[i / kCommuneFirst.size()];
}

std::string GeneratedCorpus::CodeOf(size_t i) const {
  if (i % 10 == 9) return "";
  const DocumentCode& base = *templates_[i % templates_.size()].record.document.code;
  return std::to_string(i + 1) + base.canonical.substr(base.number.size());
}

GeneratedDocument GeneratedCorpus::Make(size_t i) const {
  const GeneratedDocument& t = templates_[i % templates_.size()];
  GeneratedDocument d{t.source, t.text, t.record};
  d.source.path = "/generated/" + std::to_string(i) + ".txt";
  d.source.sha256 = corpus::Sha256Hex(t.source.sha256 + std::to_string(i));
  d.record.source = std::to_string(i) + ".txt";
  auto code_of = [&](size_t j) -> std::optional<DocumentCode> {
    const std::string canonical = CodeOf(j);
    if (canonical.empty()) return std::nullopt;
    DocumentCode code = *templates_[j % templates_.size()].record.document.code;
    code.number = std::to_string(j + 1);
    code.canonical = canonical;
    code.key = Upper(canonical);
    return code;
  };
  d.record.document.code = code_of(i);
  d.record.document.issued = IssuedOf(i);
  d.record.tasks.clear();
  d.record.targets.clear();
  d.record.task_numbering.clear();
  std::string appendix = "II";
  if (i > 0) {
    const size_t parent = (i - 1) / kChildrenPerParent;
    if (const auto code = code_of(parent)) {
      Cite(*code, IssuedOf(parent), Relation::kImplements, &d.record);
      if (i % 5 == 0) {
        appendix = "P1";
        d.record.task_numbering.push_back({appendix, code->canonical});
      }
    }
    for (size_t k = 0; k < kCitationsOfEarlierDocuments; ++k) {
      const size_t earlier = EarlierDocument(i, k);
      const auto code = code_of(earlier);
      if (code && earlier != parent) Cite(*code, IssuedOf(earlier), Relation::kCites, &d.record);
    }
  }
  for (size_t k = 0; k < kTasksPerDocument; ++k) d.record.tasks.push_back(TaskOf(i, k, appendix));
  for (size_t n = 1; n <= kTargetsPerDocument; ++n) {
    d.record.targets.push_back({static_cast<int>(n),
                                "Chỉ tiêu " + std::to_string(n) + ": tỷ lệ hồ sơ xử lý trực tuyến",
                                "100%",
                                Agency(i + n),
                                {}});
  }
  return d;
}

}  // namespace vanban::bench
