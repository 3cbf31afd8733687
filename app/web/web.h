// vanban serve: the database read through a browser and a JSON API.
//
// Contract:
// - Router turns a Request (method and request target, as sent) into a
//   Response, without sockets: the tests drive it directly and through the
//   Server. Pages are in Vietnamese, HTML with every stored text escaped;
//   /api/... answers JSON in the shapes of the command line's --json
//   (app/query_json.h), each route listed in README.md.
// - Only GET and HEAD are answered (405 otherwise). A request target longer
//   than Limits::max_target_bytes is 414, a parameter value longer than
//   max_value_bytes, an unknown parameter or a malformed one (a date that is
//   not a day, a number out of range) 400, an unknown path or document 404;
//   each error page says what was wrong. No part of a request reaches the
//   file system: documents are named by their id in the database, and the
//   only files read are the stored documents' own source files (by the path
//   the database holds, checked against the stored SHA-256).
// - Every list is bounded (Limits::max_rows a page, with paging), every
//   request's queries are interrupted after Limits::time (503), every body
//   is at most max_body_bytes (413).
// - The Store is opened read-only by the caller and outlives the Router.
//   Handle() may be called from several threads; calls are serialized (a
//   Store serves one thread at a time).
// - CSS and JavaScript are compiled in (/static/...); nothing is loaded
//   from elsewhere.
#ifndef VANBAN_APP_WEB_WEB_H_
#define VANBAN_APP_WEB_WEB_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "vanban/extractor.h"
#include "vanban/status.h"
#include "vanban/store.h"

namespace vanban::web {

struct Limits {
  size_t max_target_bytes = 2048;        // path and query of the request line
  size_t max_value_bytes = 400;          // one query parameter's value
  size_t max_rows = 200;                 // rows of one page or API answer
  size_t max_graph_nodes = 400;          // documents in one graph or tree
  size_t max_source_bytes = 4 << 20;     // a source file shown larger is not shown
  size_t max_body_bytes = 32 << 20;      // one response
  std::chrono::milliseconds time{5000};  // the queries of one request
};

struct Request {
  std::string method = "GET";
  std::string target;  // "/tasks?agency=so%20tai%20chinh", as sent
};

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::string attachment;  // a file name: sent as Content-Disposition
};

class Router {
 public:
  // `store` is opened read-only and outlives the router.
  static Result<std::unique_ptr<Router>> Create(store::Store* store, Limits limits = {});
  ~Router();
  Router(const Router&) = delete;
  Router& operator=(const Router&) = delete;

  Response Handle(const Request& request) const;

 private:
  Router(store::Store* store, std::unique_ptr<extractor::Extractor> extractor, Limits limits);
  Response Dispatch(const Request& request) const;
  store::Store* store_;
  std::unique_ptr<extractor::Extractor> extractor_;  // the gazetteer, for agency filters
  Limits limits_;
  mutable std::mutex mutex_;
};

// The Router on Poco's HTTPServer.
class Server {
 public:
  // Listens on `bind`:`port` (0: a free port) and answers on its own threads.
  static Result<std::unique_ptr<Server>> Start(const Router* router, const std::string& bind,
                                               uint16_t port);
  ~Server();  // stops
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  uint16_t port() const;
  std::string url() const;  // "http://127.0.0.1:8080/"
  void Stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace vanban::web

#endif  // VANBAN_APP_WEB_WEB_H_
