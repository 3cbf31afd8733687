// The regular expressions of the extractor, in one place, each named and
// documented with the examples it must match and must not match (the tests
// in tests/patterns_test.cc check these lists). Compiled once per Extractor.
// Internal to extractor/.
#ifndef VANBAN_EXTRACTOR_PATTERNS_H_
#define VANBAN_EXTRACTOR_PATTERNS_H_

#include <re2/re2.h>

#include <memory>
#include <string_view>
#include <vector>

namespace vanban::extractor::internal {

struct PatternSpec {
  std::string_view name;
  std::string_view regex;
  std::vector<std::string_view> must_match;      // whole-string examples
  std::vector<std::string_view> must_not_match;  // found nowhere inside
};

// Every pattern spec, for the tests.
const std::vector<PatternSpec>& PatternSpecs();

struct Patterns {
  Patterns();
  // A document number in any of its forms; groups:
  //  1-3 with year  (number, year, rest)        45/2026/NĐ-CP, 193/2025/QH15
  //  4-6 hyphenated (number, type, rest)        01-KH-UBND-VIETTEL
  //  7-9 party      (number, type, issuer)      57-NQ/TW, 02 CTr/BCĐTW
  //  10-13 state    (number, first, rest, spaced rest) 128/KH-UBND, 11/NQ CP
  RE2 number;
  RE2 issuer_only_number;       // "Quyết định số 118/TTg"
  RE2 law_without_legislature;  // "Luật ... số 64/2025" (QH15 left out)
  RE2 date_numeric;             // at the start of a text: "ngày 22/12/2024"
  RE2 date_words;               // "ngày 22 tháng 12 năm 2024" (day/month may be blank)
  RE2 short_form;               // "Nghị quyết 57", "NQ57", "Kế hoạch 92/KH-UBND"
  RE2 place_date;               // "Bắc Ninh, ngày 22 tháng 4 năm 2026"
  RE2 number_line;              // "Số: 128/KH-UBND", "Số: /KH-TTr.VP"
  RE2 appendix_own;  // "(Ban hành kèm theo Kế hoạch số 344/KH-UBND ngày 30/5/2025 ...)"
  RE2 relation_cue;  // "thực hiện", "thay thế cho", "sửa đổi, bổ sung", ... any case
};

}  // namespace vanban::extractor::internal

#endif  // VANBAN_EXTRACTOR_PATTERNS_H_
