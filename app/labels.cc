#include "labels.h"

#include <cctype>
#include <cstdlib>

namespace vanban::app {

namespace {

struct Entry {
  std::string_view english;
  std::string_view vietnamese;
};

// The catalogue: every label of the plain outputs that has a Vietnamese
// form, as offices write it in follow-up tables and reports.
constexpr Entry kCatalogue[] = {
    {"DOCUMENT", "VĂN BẢN"},
    {"TASK", "MỤC"},
    {"ROLE", "VAI TRÒ"},
    {"LEAD", "CHỦ TRÌ"},
    {"DUE", "HẠN CUỐI"},
    {"STATE", "TÌNH TRẠNG"},
    {"TEXT", "NHIỆM VỤ"},
    {"AGENCY", "CƠ QUAN"},
    {"COORDINATE", "PHỐI HỢP"},
    {"DIRECT", "CHỈ ĐẠO"},
    {"OTHER SPELLINGS", "CÁCH VIẾT KHÁC"},
    {"task(s)", "nhiệm vụ"},
    {"agencies", "cơ quan"},
    {"lead", "chủ trì"},
    {"coordinate", "phối hợp"},
    {"direct", "chỉ đạo"},
    {"done", "hoàn thành"},
    {"overdue", "quá hạn"},
    {"in-progress", "đang thực hiện"},
    {"due-soon", "sắp đến hạn"},
    {"not-due", "chưa đến hạn"},
    {"no-deadline", "không có hạn"},
    {"not-started", "chưa thực hiện"},
    {"Coverage of", "Rà soát việc thực hiện"},
    {"as of", "tính đến ngày"},
    {"target(s)", "chỉ tiêu"},
    {"by state", "theo tình trạng"},
    {"Tasks without a lead", "Nhiệm vụ chưa có cơ quan chủ trì"},
    {"Tasks whose lead is only inferred", "Nhiệm vụ có cơ quan chủ trì suy ra"},
    {"Tasks without a deadline", "Nhiệm vụ chưa có thời hạn"},
    {"Tasks overdue", "Nhiệm vụ quá hạn"},
    {"Targets no assignment covers", "Chỉ tiêu chưa được giao"},
    {"task", "nhiệm vụ"},
    {"deadline", "thời hạn"},
    {"state", "tình trạng"},
    {"reported", "báo cáo"},
    {"by", "theo"},
    {"key", "khóa"},
    {"History", "Lịch sử"},
    {"due", "hạn"},
    {"manual", "cập nhật"},
    {"report", "báo cáo"},
    {"on", "ngày"},
};

}  // namespace

std::optional<Language> ParseLanguage(std::string_view name) {
  if (name.size() < 2) return std::nullopt;
  const std::string prefix{static_cast<char>(std::tolower(static_cast<unsigned char>(name[0]))),
                           static_cast<char>(std::tolower(static_cast<unsigned char>(name[1])))};
  const bool whole = name.size() == 2 || name[2] == '_' || name[2] == '-' || name[2] == '.';
  if (!whole) return std::nullopt;
  if (prefix == "vi") return Language::kVietnamese;
  if (prefix == "en") return Language::kEnglish;
  return std::nullopt;
}

Language LanguageFromEnvironment() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value && *value) {
      return ParseLanguage(value) == Language::kVietnamese ? Language::kVietnamese
                                                           : Language::kEnglish;
    }
  }
  return Language::kEnglish;
}

std::string Say(Language language, std::string_view english) {
  if (language == Language::kVietnamese) {
    for (const Entry& e : kCatalogue) {
      if (e.english == english) return std::string(e.vietnamese);
    }
  }
  return std::string(english);
}

}  // namespace vanban::app
