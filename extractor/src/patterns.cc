#include "patterns.h"

namespace vanban::extractor::internal {

namespace {

// Building blocks. Upper-case letters of codes include Vietnamese ones;
// some type and issuer codes have lower-case letters (CTr, TTg, TTr).
// Building blocks. Upper-case letters of codes include Vietnamese ones
// (and "Ð", the look-alike of "Đ" that OCR and old fonts produce); some type
// and issuer codes have lower-case letters (CTr, TTg, TTr). A number's
// digits may be misread as "O" or "l" after its first digit ("1O/NQ-CP").
#define U "A-ZĐÐÂĂÊÔƠƯ"
#define WORD "[" U "][" U "a-z&]*"
#define UNIT "[" U "0-9][" U "a-z0-9&]*"
#define UNIT_WORD "[" U "][" U "a-z0-9&]*"
#define TYPES "NQLT|NQ|KH|CTr|QĐ|QÐ|CT|TB|TTr|TTLT|BC|HD|NĐ|NÐ|TT|KL|CV|ĐA|QC|QyĐ|HĐ|PA"
#define NUM "\\d[\\dOl]{0,4}"
#define YEAR "\\d[\\dOl]{3}"

const std::vector<PatternSpec> kSpecs = {
    {"number",
     "(" NUM ")\\s*/\\s*(" YEAR ")\\s*/\\s*((?:[A-Z]{1,3})?(?:UBTV)?QH\\d{1,2}|" WORD
     "(?:\\s*-\\s*" UNIT ")*)"
     "|(" NUM ")-(" TYPES ")-(" UNIT "(?:-" UNIT ")+)"
     "|(" NUM ")(?:\\s*-\\s*|\\s+)(" TYPES ")\\s*/\\s*(" UNIT "(?:[-.]" UNIT ")*)"
     // a state number may carry a letter: 2074a/QĐ-TTTT
     "|(" NUM "[a-z]?)\\s*/\\s*(" UNIT_WORD ")(?:\\s*-\\s*(" UNIT "(?:[-.&]" UNIT ")*)|\\s+([" U
     "]{2}[" U "0-9]*))",
     {"57-NQ/TW",        "128/KH-UBND",      "45/2026/NĐ-CP",      "193/2025/QH15",
      "3553/UBND-THĐT",  "1225/SKH-CN-CĐS",  "17-TB/CQTTBCĐ",      "01-KH-UBND-VIETTEL",
      "99/2025/QĐ-UBND", "02 CTr/BCĐTW",     "11/NQ CP",           "57- NQ/TW",
      "14/CT-TTg",       "1161/KH-CAT-PV01", "2355/KH-BGD&ĐT",     "23/2025/TTBKHHCN",
      "137/TTr-SKHCN",   "309/PV01-CNTT",    "1211/2016/UBTVQH13", "26/2005/PLUBTVQH11",
      "2074a/QĐ-TTTT",   "1O/NQ-CP",         "45/2026/NÐ-CP",      "78/2021/NĐ -CP",
      "5973 /UBND-KT",   "10- CTr/TU",       "118/2025/NĐ-\n\nCP"},
     {"2021-2030", "2026 - 2030", "25/3/2026", "09/34 địa phương", "19.52/20 điểm",
      "56/54 bệnh viện", "01 Gbps", "04 Ban Quản lý", "đạt 45%", "52.924 triệu đồng", "Quý II/2026",
      "Số: /KH-TTr.VP", "TCVN 14423:2025", "CO2/m3", "mg/Nm3", "kWh/m2"}},
    // "Quyết định số 118/TTg": an old number with the issuer only, read
    // after a type word and "số" (the issuer list keeps "12/UBND TỈNH" and
    // "Đề án số 06/CP", a name, out)
    {"issuer_only_number",
     "(?:Quyết định|Chỉ thị|Nghị định|Thông tư|Công văn)\\s+số\\s+(\\d{1,5})\\s*/\\s*(TTg|TTG|CP)"
     "(?:[^-/\\w]|$)",
     {"Quyết định số 118/TTg ngày", "Quyết định số 118/TTg:", "Nghị định số 64/CP."},
     {"Đề án số 06/CP"}},
    // "Luật Ban hành văn bản quy phạm pháp luật số 64/2025 được ...": a law
    // cited with its year but without the legislature (QH15)
    {"law_without_legislature",
     "(?:số|Số)\\s+(\\d{1,4})\\s*/\\s*(\\d{4})(?:[^/\\d\\w]|$)",
     {"Luật Ban hành văn bản quy phạm pháp luật số 64/2025 được"},
     {}},
    {"date_numeric",
     "^[\\s,]*(?:ban hành\\s+)?(?:ngày\\s*)?(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})",
     {"ngày 22/12/2024", " ngày 01/4/2025", ", ngày 9/1/2025", " 20/10/2025"},
     {}},
    {"date_words",
     "(?i)ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})",
     {"ngày 22 tháng 12 năm 2024", "ngày tháng 4 năm 2026", "ngày tháng năm 2026"},
     {}},
    {"short_form",
     "(Nghị quyết|Chỉ thị|Kết luận|Quyết định|NQ|CT|KL)\\s?(\\d{1,4})(?:[^\\d/\\-]|$)",
     {"Nghị quyết 57 ", "NQ57 ", "Nghị quyết 57"},
     {}},
    {"place_date",
     "^([" U "][^\\n,]{1,40}),\\s*ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})",
     {"Bắc Ninh, ngày 22 tháng 4 năm 2026", "Bắc Ninh, ngày tháng 4 năm 2026",
      "Hà Nội, ngày 15 tháng 01 năm 2025"},
     {}},
    {"number_line",
     "^(?:Số|SỐ|số)\\s*:?\\s*([^\\s]*)\\s*$",
     {"Số: 128/KH-UBND", "Số: /KH-TTr.VP", "Số 24-NQ/TW"},
     {}},
    {"appendix_own",
     "\\((?:Ban hành )?(?:kèm|Kèm) theo ([^()]{2,40}?) số ([^\\s()]+) ngày "
     "(\\d{1,2})/(\\d{1,2})/(\\d{4})",
     {"(Ban hành kèm theo Kế hoạch số 344/KH-UBND ngày 30/5/2025 của UBND tỉnh Bắc Ninh)",
      "(Kèm theo Kế hoạch số 344/KH-UBND ngày 30/5/2025 của UBND tỉnh Bắc Ninh)"},
     {}},
    {"relation_cue",
     // words may be wrapped onto the next line, so any white space between them
     "(?i)(hướng\\s+dẫn\\s+(?:thi\\s+hành|triển\\s+khai\\s+thực\\s+hiện|thực\\s+hiện|triển\\s+khai)"
     "|"
     "sửa\\s+đổi,\\s*bổ\\s+sung|sửa\\s+đổi|thay\\s+thế\\s+cho|thay\\s+thế|bãi\\s+bỏ|căn\\s+cứ|"
     "hết\\s+hiệu\\s+lực|triển\\s+khai\\s+thực\\s+hiện|thực\\s+hiện|triển\\s+khai)",
     {"thực hiện", "Thực hiện", "triển khai thực hiện", "THỰC HIỆN", "thay thế cho", "Căn cứ",
      "sửa đổi, bổ sung", "sửa đổi,\nbổ sung", "hướng dẫn thi hành", "hướng dẫn thực hiện",
      "bãi bỏ", "hết hiệu lực", "triển\nkhai thực hiện"},
     {"thực tế", "thay đổi"}},
};

#undef U
#undef WORD
#undef UNIT
#undef UNIT_WORD
#undef TYPES
#undef NUM
#undef YEAR

const char* Regex(std::string_view name) {
  for (const PatternSpec& s : kSpecs) {
    if (s.name == name) return s.regex.data();
  }
  return "$^";
}

}  // namespace

const std::vector<PatternSpec>& PatternSpecs() {
  return kSpecs;
}

Patterns::Patterns()
    : number(Regex("number")),
      issuer_only_number(Regex("issuer_only_number")),
      law_without_legislature(Regex("law_without_legislature")),
      date_numeric(Regex("date_numeric")),
      date_words(Regex("date_words")),
      short_form(Regex("short_form")),
      place_date(Regex("place_date")),
      number_line(Regex("number_line")),
      appendix_own(Regex("appendix_own")),
      relation_cue(Regex("relation_cue")) {}

}  // namespace vanban::extractor::internal
