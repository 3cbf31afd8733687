// Request -> route -> handler, and the helpers handlers share.
#include <Poco/Exception.h>
#include <Poco/URI.h>

#include <algorithm>
#include <charconv>
#include <sstream>

#include "json_writer.h"
#include "task_filter.h"
#include "web/handlers.h"
#include "web/html.h"
#include "web/web.h"

namespace vanban::web {

namespace {

using internal::Context;
using Handler = Response (*)(const Context&);

struct Route {
  std::vector<std::string> pattern;  // "{}" matches one segment
  Handler handler;
  std::vector<std::string> params;  // the query parameters it reads
};

const std::vector<std::string> kTaskParams = {"agency", "role",     "status", "due_before",
                                              "as_of",  "kind",     "doc",    "sort",
                                              "page",   "per_page", "format"};

const std::vector<Route>& Routes() {
  using namespace internal;
  static const std::vector<Route> kRoutes = {
      {{}, HomePage, {}},
      {{"document", "{}"}, DocumentPage, {"hl"}},
      {{"document", "{}", "graph"}, GraphPage, {"cites", "depth"}},
      {{"coverage", "{}"}, CoveragePage, {"as_of"}},
      {{"tasks"}, TasksPage, kTaskParams},
      {{"agencies"}, AgenciesPage, {"page"}},
      {{"search"}, SearchPage, {"q"}},
      {{"static", "style.css"}, Stylesheet, {}},
      {{"static", "app.js"}, Script, {}},
      {{"api", "documents"}, ApiDocuments, {"limit"}},
      {{"api", "documents", "{}"}, ApiDocument, {}},
      {{"api", "documents", "{}", "implementers"}, ApiImplementers, {"depth"}},
      {{"api", "documents", "{}", "cites"}, ApiCites, {}},
      {{"api", "documents", "{}", "cited-by"}, ApiCitedBy, {}},
      {{"api", "documents", "{}", "coverage"}, ApiCoverage, {"as_of"}},
      {{"api", "tasks"}, ApiTasks, kTaskParams},
      {{"api", "agencies"}, ApiAgencies, {"page"}},
      {{"api", "search"}, ApiSearch, {"q", "limit"}},
      {{"api", "graph"}, ApiGraph, {"root"}},
      {{"api", "totals"}, ApiTotals, {}},
  };
  return kRoutes;
}

std::string JsonError(const std::string& message) {
  std::ostringstream out;
  app::JsonWriter json(out);
  json.BeginObject().Key("error").String(message).EndObject();
  out << "\n";
  return out.str();
}

bool Matches(const Route& route, const std::vector<std::string>& segments,
             std::vector<std::string>* args) {
  if (route.pattern.size() != segments.size()) return false;
  args->clear();
  for (size_t i = 0; i < segments.size(); ++i) {
    if (route.pattern[i] == "{}") {
      args->push_back(segments[i]);
    } else if (route.pattern[i] != segments[i]) {
      return false;
    }
  }
  return true;
}

// The decoded path's segments; empty ones (a trailing slash) dropped.
std::vector<std::string> Segments(const std::string& path) {
  std::vector<std::string> segments;
  std::istringstream in(path);
  for (std::string s; std::getline(in, s, '/');) {
    if (!s.empty()) segments.push_back(s);
  }
  return segments;
}

bool IsApi(const std::vector<std::string>& segments) {
  return !segments.empty() && segments[0] == "api";
}

}  // namespace

namespace internal {

Response Error(const Context& c, int status, const std::string& message) {
  static const std::map<int, std::string> kTitles = {{400, "Yêu cầu không hợp lệ"},
                                                     {404, "Không tìm thấy"},
                                                     {405, "Phương thức không được hỗ trợ"},
                                                     {413, "Kết quả quá lớn"},
                                                     {414, "Địa chỉ quá dài"},
                                                     {500, "Lỗi máy chủ"},
                                                     {503, "Truy vấn quá lâu"}};
  const auto it = kTitles.find(status);
  const std::string title = it == kTitles.end() ? "Lỗi" : it->second;
  if (c.api) {
    Response r;
    r.status = status;
    r.content_type = "application/json; charset=utf-8";
    r.body = JsonError(message);
    return r;
  }
  return HtmlPage(title,
                  "<h1>" + std::to_string(status) + " · " + Escape(title) +
                      "</h1><p class=\"error\">" + Escape(message) +
                      "</p><p><a href=\"/\">Về trang chủ</a></p>",
                  status);
}

Response FromStatus(const Context& c, const Status& status) {
  if (c.store.DeadlinePassed()) {
    return Error(c, 503,
                 "the query took longer than " + std::to_string(c.limits.time.count()) +
                     " ms and was stopped; narrow the filters");
  }
  switch (status.code()) {
    case Status::Code::kNotFound:
      return Error(c, 404, status.message());
    case Status::Code::kInvalidInput:
      return Error(c, 400, status.message());
    default:
      return Error(c, 500, status.message());
  }
}

std::string Param(const Context& c, const std::string& name) {
  const auto it = c.params.find(name);
  return it == c.params.end() ? "" : it->second;
}

Result<std::optional<store::DocumentId>> IdParam(const Context& c, const std::string& name) {
  const std::string text = Param(c, name);
  if (text.empty()) return std::optional<store::DocumentId>();
  store::DocumentId id = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (error != std::errc() || end != text.data() + text.size() || id <= 0) {
    return Status::InvalidInput("'" + name + "' wants a document id (a whole number), got '" +
                                text + "'");
  }
  return std::optional<store::DocumentId>(id);
}

Result<std::string> DateParam(const Context& c, const std::string& name,
                              const std::string& fallback) {
  const std::string text = Param(c, name);
  if (text.empty()) return fallback;
  auto date = app::ReadDate(text);
  if (!date) {
    return Status::InvalidInput("'" + name + "' wants a real day, YYYY-MM-DD or DD/MM/YYYY, got '" +
                                text + "'");
  }
  return *date;
}

Result<size_t> CountParam(const Context& c, const std::string& name, size_t fallback, size_t max) {
  const std::string text = Param(c, name);
  if (text.empty()) return fallback;
  size_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 1 || value > max) {
    return Status::InvalidInput("'" + name + "' wants a whole number from 1 to " +
                                std::to_string(max) + ", got '" + text + "'");
  }
  return value;
}

Result<store::DocumentSummary> DocumentArg(const Context& c, size_t i) {
  Context probe{c.store, c.extractor, c.limits, {}, {{"id", c.args.at(i)}}, c.api};
  auto id = IdParam(probe, "id");
  if (!id.ok()) {
    return Status::NotFound("no document " + c.args.at(i) +
                            ": documents are named by their id, /document/12");
  }
  auto summary = store::Describe(c.store, **id);
  if (!summary.ok() && summary.status().code() == Status::Code::kNotFound) {
    return Status::NotFound("no document with id " + c.args.at(i) + " in the database");
  }
  return summary;
}

}  // namespace internal

Result<std::unique_ptr<Router>> Router::Create(store::Store* store, Limits limits) {
  auto extractor = extractor::Extractor::Create();
  if (!extractor.ok()) return extractor.status();
  return std::unique_ptr<Router>(new Router(store, std::move(extractor).value(), limits));
}

Router::Router(store::Store* store, std::unique_ptr<extractor::Extractor> extractor, Limits limits)
    : store_(store), extractor_(std::move(extractor)), limits_(limits) {}

Router::~Router() = default;

Response Router::Handle(const Request& request) const {
  std::lock_guard<std::mutex> lock(mutex_);
  store_->SetDeadline(std::chrono::steady_clock::now() + limits_.time);
  Response response = Dispatch(request);
  store_->SetDeadline({});
  if (response.body.size() > limits_.max_body_bytes) {
    Context c{*store_, *extractor_, limits_, {}, {}, response.content_type[0] == 'a'};
    response = internal::Error(c, 413,
                               "the answer is larger than " +
                                   std::to_string(limits_.max_body_bytes >> 20) +
                                   " MB; narrow the request");
  }
  return response;
}

Response Router::Dispatch(const Request& request) const {
  Context c{*store_, *extractor_, limits_, {}, {}, request.target.rfind("/api", 0) == 0};
  if (request.method != "GET" && request.method != "HEAD") {
    return internal::Error(c, 405,
                           "only GET and HEAD are answered, not " + request.method.substr(0, 20));
  }
  if (request.target.size() > limits_.max_target_bytes) {
    return internal::Error(c, 414,
                           "the address is " + std::to_string(request.target.size()) +
                               " bytes long; at most " + std::to_string(limits_.max_target_bytes) +
                               " are read");
  }
  std::string path;
  try {
    const Poco::URI uri(request.target);
    path = uri.getPath();
    for (const auto& [name, value] : uri.getQueryParameters()) {
      if (value.size() > limits_.max_value_bytes) {
        return internal::Error(c, 400,
                               "parameter '" + name + "' is longer than " +
                                   std::to_string(limits_.max_value_bytes) + " bytes");
      }
      if (!c.params.emplace(name, value).second) {
        return internal::Error(c, 400, "parameter '" + name + "' is given twice");
      }
    }
  } catch (const Poco::Exception& e) {
    return internal::Error(c, 400, "the address cannot be read: " + e.message());
  }
  if (path.find('\0') != std::string::npos) {
    return internal::Error(c, 400, "the address holds a NUL byte");
  }
  const std::vector<std::string> segments = Segments(path);
  c.api = IsApi(segments);
  for (const Route& route : Routes()) {
    if (!Matches(route, segments, &c.args)) continue;
    for (const auto& [name, value] : c.params) {
      if (std::find(route.params.begin(), route.params.end(), name) == route.params.end()) {
        return internal::Error(c, 400, "unknown parameter '" + name + "' for this page");
      }
    }
    return route.handler(c);
  }
  if (c.api && segments.size() == 1) return internal::ApiIndex(c);
  return internal::Error(c, 404, "no page at " + path.substr(0, 200));
}

}  // namespace vanban::web
