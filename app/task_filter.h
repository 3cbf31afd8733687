// What the command line and the web share when they read a task filter from
// a person: dates as people write them, today's date, and an agency named in
// any spelling the gazetteer knows.
#ifndef VANBAN_APP_TASK_FILTER_H_
#define VANBAN_APP_TASK_FILTER_H_

#include <optional>
#include <string>

#include "vanban/extractor.h"
#include "vanban/queries.h"
#include "vanban/status.h"

namespace vanban::app {

// The longest agency name a filter accepts: longer than any agency name written.
inline constexpr size_t kMaxAgencyBytes = 400;

// A date as a person writes it, as YYYY-MM-DD: ISO ("2026-06-30") or the
// Vietnamese order ("30/6/2026", "30-06-2026", "30.06.2026"); nullopt when
// it is not a real day.
std::optional<std::string> ReadDate(const std::string& s);

// Today in local time, YYYY-MM-DD.
std::string Today();

// The agency filter: any spelling or abbreviation the gazetteer knows reads
// as the agency's canonical name ("Sở KH&CN" -> "Sở Khoa học và Công nghệ"),
// matched as whole words, together with the bodies it succeeded; a name the
// gazetteer does not know is matched as written.
void ResolveAgency(const extractor::Extractor& extractor, const std::string& name,
                   store::TaskFilter* filter);

}  // namespace vanban::app

#endif  // VANBAN_APP_TASK_FILTER_H_
