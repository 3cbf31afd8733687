#include "doc_types.h"

#include <algorithm>

#include "vanban/normalizer.h"

namespace vanban::extractor::internal {

namespace {

// Upper-cases ASCII and the Vietnamese letters codes use.
std::string Upper(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return out;
}

struct IssuerEntry {
  std::string_view code;
  std::string_view name;
};

// Codes that stand for an issuing body in document numbers.
constexpr IssuerEntry kIssuers[] = {
    {"TW", "Ban Chấp hành Trung ương"},
    {"CP", "Chính phủ"},
    {"TTg", "Thủ tướng Chính phủ"},
    {"QH", "Quốc hội"},
    {"UBND", "Ủy ban nhân dân"},
    {"HĐND", "Hội đồng nhân dân"},
    {"TU", "Tỉnh ủy"},
    {"ĐU", "Đảng ủy"},
    {"BCĐ", "Ban Chỉ đạo"},
    {"BCĐTW", "Ban Chỉ đạo Trung ương"},
    {"BCĐCP", "Ban Chỉ đạo của Chính phủ"},
    {"VPTW", "Văn phòng Trung ương Đảng"},
    {"VPCP", "Văn phòng Chính phủ"},
    {"BKHCN", "Bộ Khoa học và Công nghệ"},
    {"BTTTT", "Bộ Thông tin và Truyền thông"},
    {"BNV", "Bộ Nội vụ"},
    {"BTC", "Bộ Tài chính"},
    {"BCA", "Bộ Công an"},
    {"SKHCN", "Sở Khoa học và Công nghệ"},
    {"STC", "Sở Tài chính"},
    {"SNV", "Sở Nội vụ"},
    {"CAT", "Công an tỉnh"},
    {"TTr", "Thanh tra"},
};

}  // namespace

const std::vector<DocumentType>& DocumentTypes() {
  // Names longest first within a type, so "Kế hoạch hành động" wins over
  // "Kế hoạch". QH numbers are laws or National Assembly resolutions.
  static const std::vector<DocumentType> kTypes = {
      {"NQ", {"Nghị quyết liên tịch", "Nghị quyết"}},
      {"KH", {"Kế hoạch hành động", "Kế hoạch"}},
      {"CTr", {"Chương trình hành động", "Chương trình công tác", "Chương trình"}},
      {"QĐ", {"Quyết định"}},
      {"CT", {"Chỉ thị"}},
      {"TB", {"Thông báo kết luận", "Thông báo"}},
      {"TTr", {"Tờ trình"}},
      {"BC", {"Báo cáo"}},
      {"HD", {"Hướng dẫn"}},
      {"NĐ", {"Nghị định"}},
      {"TTLT", {"Thông tư liên tịch"}},
      {"TT", {"Thông tư"}},
      {"KL", {"Kết luận"}},
      {"QH", {"Bộ luật", "Luật"}},
      {"CV", {"Công văn", "Văn bản"}},
      {"CĐ", {"Công điện"}},
      {"ĐA", {"Đề án"}},
      {"QC", {"Quy chế"}},
      {"QyĐ", {"Quy định"}},
      {"HĐ", {"Hợp đồng"}},
      {"PA", {"Phương án"}},
  };
  return kTypes;
}

std::string_view CanonicalTypeCode(std::string_view code) {
  const std::string upper = Upper(code);
  for (const DocumentType& t : DocumentTypes()) {
    if (Upper(t.code) == upper) return t.code;
  }
  return {};
}

std::string_view TypeOfWords(std::string_view words, size_t* len) {
  std::string_view best;
  size_t best_len = 0;
  for (const DocumentType& t : DocumentTypes()) {
    for (std::string_view name : t.names) {
      if (name.size() > words.size()) continue;
      if (name.size() <= best_len) continue;
      // whole words only: "Luật" but not "Luật sư", "Báo cáo" but not "Báo cáo viên"
      if (name.size() < words.size() && words[name.size()] != ' ' && words[name.size()] != ',' &&
          words[name.size()] != ':') {
        continue;
      }
      if (normalizer::FoldKey(words.substr(0, name.size())) != normalizer::FoldKey(name)) continue;
      {
        best = t.code;
        best_len = name.size();
      }
    }
  }
  *len = best_len;
  return best;
}

std::string CanonicalIssuerCode(std::string_view code) {
  const std::string upper = Upper(code);
  for (const IssuerEntry& e : kIssuers) {
    if (Upper(e.code) == upper) return std::string(e.code);
  }
  return std::string(code);
}

std::string_view IssuerName(std::string_view code) {
  const std::string upper = Upper(code);
  for (const IssuerEntry& e : kIssuers) {
    if (Upper(e.code) == upper) return e.name;
  }
  return {};
}

}  // namespace vanban::extractor::internal
