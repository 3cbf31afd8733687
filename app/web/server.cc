// The Router on Poco's HTTPServer: one request in, one response out.
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>

#include "web/web.h"

namespace vanban::web {

namespace {

class Handler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit Handler(const Router* router) : router_(router) {}
  void handleRequest(Poco::Net::HTTPServerRequest& request,
                     Poco::Net::HTTPServerResponse& response) override {
    const Response r = router_->Handle({request.getMethod(), request.getURI()});
    response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(r.status));
    response.setContentType(r.content_type);
    response.setContentLength(static_cast<std::streamsize>(r.body.size()));
    response.set("X-Content-Type-Options", "nosniff");
    response.set("Content-Security-Policy",
                 "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
    response.set("Referrer-Policy", "no-referrer");
    response.set("Cache-Control", "no-store");
    if (r.status == 405) response.set("Allow", "GET, HEAD");
    if (!r.attachment.empty()) {
      response.set("Content-Disposition", "attachment; filename=\"" + r.attachment + "\"");
    }
    std::ostream& out = response.send();
    if (request.getMethod() != "HEAD") out.write(r.body.data(), static_cast<long>(r.body.size()));
  }

 private:
  const Router* router_;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit Factory(const Router* router) : router_(router) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(
      const Poco::Net::HTTPServerRequest&) override {
    return new Handler(router_);
  }

 private:
  const Router* router_;
};

}  // namespace

struct Server::Impl {
  std::unique_ptr<Poco::Net::HTTPServer> http;
  std::string host;
  uint16_t port = 0;
  bool running = false;
};

Result<std::unique_ptr<Server>> Server::Start(const Router* router, const std::string& bind,
                                              uint16_t port) {
  auto impl = std::make_unique<Impl>();
  try {
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress(bind, port), 64);
    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(4);
    params->setMaxQueued(64);
    params->setTimeout(Poco::Timespan(10, 0));  // a client that sends nothing is dropped
    params->setKeepAlive(true);
    impl->port = socket.address().port();
    impl->host = socket.address().host().toString();
    impl->http = std::make_unique<Poco::Net::HTTPServer>(new Factory(router), socket, params);
    impl->http->start();
    impl->running = true;
  } catch (const Poco::Exception& e) {
    return Status::IoError("cannot listen on " + bind + ":" + std::to_string(port) + ": " +
                           e.displayText());
  }
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Server::~Server() {
  Stop();
}

uint16_t Server::port() const {
  return impl_->port;
}

std::string Server::url() const {
  const bool v6 = impl_->host.find(':') != std::string::npos;
  return "http://" + (v6 ? "[" + impl_->host + "]" : impl_->host) + ":" +
         std::to_string(impl_->port) + "/";
}

void Server::Stop() {
  if (!impl_->running) return;
  impl_->http->stopAll(true);
  impl_->running = false;
}

}  // namespace vanban::web
