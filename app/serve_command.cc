#include "serve_command.h"

#include <Poco/Util/Option.h>
#include <signal.h>

#include <charconv>

#include "vanban/queries.h"
#include "web/web.h"

namespace vanban::app {

namespace {

using Poco::Util::Option;

std::optional<uint16_t> ReadPort(const std::string& text) {
  unsigned value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value > 65535) return {};
  return static_cast<uint16_t>(value);
}

// Blocks SIGINT and SIGTERM (before the server's threads start, so they
// inherit it) and returns once one arrives.
void WaitForStop(const sigset_t& signals) {
  int received = 0;
  sigwait(&signals, &received);
}

int RunServe(const Args& args, std::ostream& out, std::ostream& err) {
  const auto port = ReadPort(args.Get("port", "8080"));
  if (!port) {
    err << "vanban serve: --port wants a number from 0 to 65535 (see 'vanban serve --help')\n";
    return kExitUsage;
  }
  const std::string bind = args.Get("bind", "127.0.0.1");
  const std::string path = args.Get("db", "vanban.db");
  auto db = store::Store::Open(path, {.create_if_missing = false, .read_only = true});
  if (!db.ok()) {
    err << "vanban serve: " << db.status().message() << "\n";
    return kExitFailure;
  }
  auto router = web::Router::Create(db->get());
  if (!router.ok()) {
    err << "vanban serve: " << router.status().message() << "\n";
    return kExitFailure;
  }
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  auto server = web::Server::Start(router->get(), bind, *port);
  if (!server.ok()) {
    err << "vanban serve: " << server.status().message() << "\n";
    return kExitFailure;
  }
  if (bind != "127.0.0.1" && bind != "localhost" && bind != "::1") {
    err << "vanban serve: listening on " << bind << ", not only this machine\n";
  }
  out << "vanban serve: " << (*server)->url() << " (" << path << ", read-only); Ctrl-C stops it"
      << std::endl;
  WaitForStop(signals);
  (*server)->Stop();
  out << "vanban serve: stopped" << std::endl;
  return kExitOk;
}

}  // namespace

Command ServeCommand() {
  return {
      "serve",
      "[--db FILE] [--bind 127.0.0.1] [--port 8080]",
      "the database in a browser, and a JSON API under /api/",
      "Serves pages in Vietnamese (documents, relations, Lược đồ, tasks, agencies,\n"
      "search, coverage) and /api/... answering like --json. Loopback only unless\n"
      "--bind says otherwise; the database is opened read-only. --port 0 takes a free\n"
      "port. Ctrl-C stops it.",
      0,
      [](Poco::Util::OptionSet* o) {
        o->addOption(Option("db", "d", "the database file (default vanban.db)").argument("FILE"));
        o->addOption(Option("bind", "B", "the address to listen on").argument("ADDRESS"));
        o->addOption(Option("port", "p", "the port (0: any free one)").argument("PORT"));
      },
      RunServe};
}

}  // namespace vanban::app
