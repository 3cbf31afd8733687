// The query results of vanban/queries.h as JSON (the --json output).
#ifndef VANBAN_APP_QUERY_JSON_H_
#define VANBAN_APP_QUERY_JSON_H_

#include <vector>

#include "json_writer.h"
#include "vanban/queries.h"

namespace vanban::app {

void WriteSummary(const store::DocumentSummary& d, JsonWriter* json);
void WriteLinks(const std::vector<store::Link>& links, JsonWriter* json);
void WriteTasks(const std::vector<store::TaskRow>& tasks, JsonWriter* json);
void WriteDetails(const store::DocumentDetails& d, JsonWriter* json);
void WriteImplementers(const store::ImplementerTree& node, JsonWriter* json);
void WriteAgencies(const std::vector<store::AgencyRow>& agencies, JsonWriter* json);
void WriteSearchHits(const std::vector<store::SearchHit>& hits, JsonWriter* json);
void WriteGraph(const store::Graph& graph, JsonWriter* json);
void WriteCoverage(const store::Coverage& c, JsonWriter* json);
void WriteTotals(const store::Totals& t, JsonWriter* json);
void WriteStatusReport(const store::TaskStatusReport& r, JsonWriter* json);

}  // namespace vanban::app

#endif  // VANBAN_APP_QUERY_JSON_H_
