// /api/...: the query results in the shapes of the command line's --json.
#include <sstream>

#include "json_writer.h"
#include "query_json.h"
#include "task_filter.h"
#include "web/handlers.h"

namespace vanban::web::internal {

namespace {

template <typename T>
Response Json(const T& value, void (*write)(const T&, app::JsonWriter*)) {
  std::ostringstream out;
  app::JsonWriter json(out);
  write(value, &json);
  out << "\n";
  Response r;
  r.content_type = "application/json; charset=utf-8";
  r.body = out.str();
  return r;
}

// An answer about the document of the path's first argument.
template <typename T>
Response AboutDocument(const Context& c, const std::function<Result<T>(store::DocumentId)>& ask,
                       void (*write)(const T&, app::JsonWriter*)) {
  auto doc = DocumentArg(c, 0);
  if (!doc.ok()) return FromStatus(c, doc.status());
  auto answer = ask(doc->id);
  if (!answer.ok()) return FromStatus(c, answer.status());
  return Json<T>(*answer, write);
}

void WriteSummaries(const std::vector<store::DocumentSummary>& docs, app::JsonWriter* json) {
  json->BeginArray();
  for (const store::DocumentSummary& d : docs) app::WriteSummary(d, json);
  json->EndArray();
}

void WriteRoutes(const std::vector<std::string>& routes, app::JsonWriter* json) {
  json->BeginObject().Key("routes").BeginArray();
  for (const std::string& r : routes) json->String(r);
  json->EndArray().EndObject();
}

}  // namespace

Response ApiIndex(const Context&) {
  static const std::vector<std::string> kRoutes = {
      "/api/totals",
      "/api/documents?limit=N",
      "/api/documents/ID",
      "/api/documents/ID/implementers?depth=N",
      "/api/documents/ID/cites",
      "/api/documents/ID/cited-by",
      "/api/documents/ID/coverage?as_of=DATE",
      "/api/tasks?agency=&role=&status=&due_before=&as_of=&kind=&doc=&sort=&page=&per_page=",
      "/api/agencies?page=N",
      "/api/search?q=TEXT&limit=N",
      "/api/graph?root=ID"};
  return Json<std::vector<std::string>>(kRoutes, WriteRoutes);
}

Response ApiTotals(const Context& c) {
  auto totals = store::CountAll(c.store);
  if (!totals.ok()) return FromStatus(c, totals.status());
  return Json<store::Totals>(*totals, app::WriteTotals);
}

Response ApiDocuments(const Context& c) {
  auto limit = CountParam(c, "limit", std::min<size_t>(50, c.limits.max_rows), c.limits.max_rows);
  if (!limit.ok()) return FromStatus(c, limit.status());
  auto docs = store::RecentDocuments(c.store, *limit);
  if (!docs.ok()) return FromStatus(c, docs.status());
  return Json<std::vector<store::DocumentSummary>>(*docs, WriteSummaries);
}

Response ApiDocument(const Context& c) {
  return AboutDocument<store::DocumentDetails>(
      c, [&](store::DocumentId id) { return store::Show(c.store, id); }, app::WriteDetails);
}

Response ApiImplementers(const Context& c) {
  auto depth = CountParam(c, "depth", 0, 1000);
  if (!depth.ok()) return FromStatus(c, depth.status());
  return AboutDocument<store::ImplementerTree>(
      c,
      [&](store::DocumentId id) -> Result<store::ImplementerTree> {
        auto tree = store::Implementers(c.store, id, static_cast<int>(*depth));
        if (tree.ok() && tree->nodes.size() > c.limits.max_graph_nodes) {
          return Status::InvalidInput(
              "the tree has " + std::to_string(tree->nodes.size()) + " documents, more than " +
              std::to_string(c.limits.max_graph_nodes) + " answered at once; pass a smaller depth");
        }
        return tree;
      },
      app::WriteImplementers);
}

Response ApiCites(const Context& c) {
  return AboutDocument<std::vector<store::Link>>(
      c, [&](store::DocumentId id) { return store::Cites(c.store, id); }, app::WriteLinks);
}

Response ApiCitedBy(const Context& c) {
  return AboutDocument<std::vector<store::Link>>(
      c, [&](store::DocumentId id) { return store::CitedBy(c.store, id); }, app::WriteLinks);
}

Response ApiCoverage(const Context& c) {
  auto as_of = DateParam(c, "as_of", app::Today());
  if (!as_of.ok()) return FromStatus(c, as_of.status());
  return AboutDocument<store::Coverage>(
      c, [&](store::DocumentId id) { return store::CoverageOf(c.store, id, *as_of); },
      app::WriteCoverage);
}

Response ApiTasks(const Context& c) {
  auto q = ReadTaskQuery(c);
  if (!q.ok()) return FromStatus(c, q.status());
  if (!Param(c, "format").empty())
    return Error(c, 400, "'format' is for /tasks; /api/tasks is JSON");
  auto page = RunTaskQuery(c, *q);
  if (!page.ok()) return FromStatus(c, page.status());
  return Json<std::vector<store::TaskRow>>(page->rows, app::WriteTasks);
}

Response ApiAgencies(const Context& c) {
  auto page = CountParam(c, "page", 1, 1'000'000);
  if (!page.ok()) return FromStatus(c, page.status());
  auto agencies = store::ListAgencies(c.store);
  if (!agencies.ok()) return FromStatus(c, agencies.status());
  const size_t first = std::min(agencies->size(), (*page - 1) * c.limits.max_rows);
  const size_t last = std::min(agencies->size(), first + c.limits.max_rows);
  const std::vector<store::AgencyRow> shown(agencies->begin() + static_cast<long>(first),
                                            agencies->begin() + static_cast<long>(last));
  return Json<std::vector<store::AgencyRow>>(shown, app::WriteAgencies);
}

Response ApiSearch(const Context& c) {
  auto limit = CountParam(c, "limit", 20, c.limits.max_rows);
  if (!limit.ok()) return FromStatus(c, limit.status());
  if (Param(c, "q").empty()) return Error(c, 400, "'q' is missing: what to search for");
  auto hits = store::Search(c.store, Param(c, "q"), *limit);
  if (!hits.ok()) return FromStatus(c, hits.status());
  return Json<std::vector<store::SearchHit>>(*hits, app::WriteSearchHits);
}

Response ApiGraph(const Context& c) {
  auto root = IdParam(c, "root");
  if (!root.ok()) return FromStatus(c, root.status());
  if (*root) {
    auto doc = store::Describe(c.store, **root);
    if (!doc.ok()) return Error(c, 404, "no document with id " + Param(c, "root"));
  }
  auto graph = store::CitationGraph(c.store, *root);
  if (!graph.ok()) return FromStatus(c, graph.status());
  if (graph->nodes.size() > 50 * c.limits.max_graph_nodes) {
    return Error(c, 413,
                 "the graph has " + std::to_string(graph->nodes.size()) +
                     " documents; ask for one document's lineage with root=ID");
  }
  return Json<store::Graph>(*graph, app::WriteGraph);
}

}  // namespace vanban::web::internal
