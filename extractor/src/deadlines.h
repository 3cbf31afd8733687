// Deadlines: every form the documents write, with the last day each allows.
// Internal to extractor/.
#ifndef VANBAN_EXTRACTOR_DEADLINES_H_
#define VANBAN_EXTRACTOR_DEADLINES_H_

#include <optional>
#include <string_view>

#include "vanban/record.h"

namespace vanban::extractor::internal {

// Reads a deadline cell or field ("Tháng 5/2025", "Quý II/2026",
// "Thường xuyên năm 2026", "2028-2030", "trước ngày 15 hằng tháng", ...).
// The earliest expression in the text decides its kind. A day without a
// year takes `document_year`. Never fails: unknown text is kind "none".
Deadline ParseDeadline(std::string_view text, int document_year);

// A deadline stated inside a task sentence of an assignment section
// ("... trước ngày 10/6/2025", "định kỳ hằng năm báo cáo"): only the forms
// that are unambiguous there (a date after "trước ngày", recurring words).
std::optional<Deadline> DeadlineInSentence(std::string_view sentence, int document_year);

// The deadline a task's prose states: after a label ("Thời hạn: quý
// II/2026", "Thời gian hoàn thành: ..."), the last "trước ngày 30/11/2025"
// (a task finished in stages is due at its last stage), a recurring or
// ongoing phrase, or "trong năm 2025". Kind "none" when it states none.
Deadline DeadlineInText(std::string_view text, int document_year);

// True when a whole table cell is a deadline (and not a result text).
bool IsDeadlineCell(std::string_view cell);

}  // namespace vanban::extractor::internal

#endif  // VANBAN_EXTRACTOR_DEADLINES_H_
