// The query results of vanban/queries.h as readable text: tables and trees.
#ifndef VANBAN_APP_QUERY_TEXT_H_
#define VANBAN_APP_QUERY_TEXT_H_

#include <ostream>
#include <string>
#include <vector>

#include "labels.h"
#include "vanban/queries.h"

namespace vanban::app {

// "41/NQ-CP (NQ, 2025-03-20, Chính phủ)", "52-KH/TU (KH, 2025-05-05; cited only)".
std::string Headline(const store::DocumentSummary& d);

void PrintDetails(const store::DocumentDetails& d, std::ostream& out);
void PrintLinks(const std::vector<store::Link>& links, std::ostream& out);
void PrintImplementers(const store::ImplementerTree& root, std::ostream& out);
// `width`: the terminal's columns, the text column wrapped to fit (0: cut).
void PrintTasks(const std::vector<store::TaskRow>& tasks, std::ostream& out, size_t width = 0,
                Language lang = Language::kEnglish);
void PrintAgencies(const std::vector<store::AgencyRow>& agencies, std::ostream& out,
                   Language lang = Language::kEnglish);
void PrintSearchHits(const std::vector<store::SearchHit>& hits, std::ostream& out);
void PrintCoverage(const store::Coverage& c, std::ostream& out, Language lang = Language::kEnglish);
void PrintTotals(const store::Totals& t, std::ostream& out);
void PrintStatusReport(const store::TaskStatusReport& r, std::ostream& out,
                       Language lang = Language::kEnglish);

}  // namespace vanban::app

#endif  // VANBAN_APP_QUERY_TEXT_H_
