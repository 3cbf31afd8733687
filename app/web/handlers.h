// Inside the web: what a handler gets, the handlers, and the helpers they
// share to read parameters and answer errors.
#ifndef VANBAN_APP_WEB_HANDLERS_H_
#define VANBAN_APP_WEB_HANDLERS_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "vanban/queries.h"
#include "web/web.h"

namespace vanban::web::internal {

using Params = std::map<std::string, std::string>;

struct Context {
  const store::Store& store;
  const extractor::Extractor& extractor;
  const Limits& limits;
  std::vector<std::string> args;  // path segments the route's placeholders matched
  Params params;                  // query parameters, decoded
  bool api = false;               // answer errors as JSON
};

// An error answer: an HTML page or, under /api/, {"error": ...}.
Response Error(const Context& c, int status, const std::string& message);
// A failed query: not found 404, bad input 400, interrupted 503, else 500.
Response FromStatus(const Context& c, const Status& status);

// Parameter readers: the value, or an InvalidInput naming the parameter.
std::string Param(const Context& c, const std::string& name);
Result<std::optional<store::DocumentId>> IdParam(const Context& c, const std::string& name);
Result<std::string> DateParam(const Context& c, const std::string& name,
                              const std::string& fallback);
// A whole number in [1, max]; `fallback` when absent.
Result<size_t> CountParam(const Context& c, const std::string& name, size_t fallback, size_t max);
// The document of path argument `i`: a stored or cited document's id.
Result<store::DocumentSummary> DocumentArg(const Context& c, size_t i);

// Pages (pages.cc, document_page.cc, tasks_page.cc, graph_page.cc).
Response HomePage(const Context& c);
Response DocumentPage(const Context& c);
Response GraphPage(const Context& c);
Response TasksPage(const Context& c);
Response AgenciesPage(const Context& c);
Response SearchPage(const Context& c);
Response CoveragePage(const Context& c);
Response Stylesheet(const Context& c);
Response Script(const Context& c);

// The JSON API (api.cc).
Response ApiDocuments(const Context& c);
Response ApiDocument(const Context& c);
Response ApiImplementers(const Context& c);
Response ApiCites(const Context& c);
Response ApiCitedBy(const Context& c);
Response ApiCoverage(const Context& c);
Response ApiTasks(const Context& c);
Response ApiAgencies(const Context& c);
Response ApiSearch(const Context& c);
Response ApiGraph(const Context& c);
Response ApiTotals(const Context& c);
Response ApiIndex(const Context& c);  // /api/: the routes

// The task list as the tasks page, its downloads and /api/tasks read it
// (tasks_query.cc): the filters, the sorting and the page.
struct TaskQuery {
  store::TaskFilter filter;
  std::string agency;  // as written
  std::string status;  // a store::TaskStateName ("overdue", "done", ...) or ""
  std::string as_of;   // YYYY-MM-DD
  std::string sort;    // "document", "due", "agency", "status"
  size_t page = 1;
  size_t per_page = 50;
};
struct TaskPage {
  std::vector<store::TaskRow> rows;         // the page shown
  size_t matched = 0;                       // every row passing the filters
  size_t first = 0;                         // index of rows[0] among them
  std::map<std::string, size_t> by_status;  // counts before the status filter
};
Result<TaskQuery> ReadTaskQuery(const Context& c);
Result<TaskPage> RunTaskQuery(const Context& c, const TaskQuery& q);
// The task's store::TaskStateName at `as_of`: its recorded or reported
// progress and its deadline.
std::string TaskStatus(const store::TaskRow& row, const std::string& as_of);

}  // namespace vanban::web::internal

#endif  // VANBAN_APP_WEB_HANDLERS_H_
