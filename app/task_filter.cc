#include "task_filter.h"

#include <cstdio>
#include <ctime>

namespace vanban::app {

namespace {

// A real day (2026-02-31 and 0000-01-01 are not days).
bool IsRealDay(int y, int m, int d) {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap);
}

}  // namespace

std::optional<std::string> ReadDate(const std::string& s) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  const bool iso = s.size() == 10 && s[4] == '-' && s[7] == '-' &&
                   std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3;
  if (!iso) {
    char sep1 = 0, sep2 = 0;
    const bool dmy =
        s.size() >= 8 && s.size() <= 10 &&
        std::sscanf(s.c_str(), "%2d%c%2d%c%4d%c", &d, &sep1, &m, &sep2, &y, &tail) == 5 &&
        sep1 == sep2 && (sep1 == '/' || sep1 == '-' || sep1 == '.') &&
        s.size() - s.rfind(sep1) == 5;  // a four-digit year
    if (!dmy) return std::nullopt;
  }
  if (!IsRealDay(y, m, d)) return std::nullopt;
  char iso_text[32];
  std::snprintf(iso_text, sizeof iso_text, "%04d-%02d-%02d", y, m, d);
  return std::string(iso_text);
}

std::string Today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &local);
  return text;
}

void ResolveAgency(const extractor::Extractor& extractor, const std::string& name,
                   store::TaskFilter* filter) {
  filter->agency = name;
  const extractor::Extractor::AgencyLookup lookup = extractor.LookUpAgency(name);
  if (!lookup.agency.known) return;
  filter->agency = lookup.agency.name;
  filter->agency_keys.push_back(lookup.agency.key);
  for (const extractor::Agency& p : lookup.predecessors) filter->agency_keys.push_back(p.key);
}

}  // namespace vanban::app
