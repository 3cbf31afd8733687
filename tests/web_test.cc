// vanban serve: every page and API route on a database of the samples (and
// of the seeds when ../shared has them), through Poco's HTTP client against
// a server on an ephemeral loopback port; hostile requests get the right
// status and nothing unescaped.
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/UnicodeConverter.h>
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <sstream>

#include "ingest.h"
#include "json_writer.h"
#include "query_json.h"
#include "store_test_util.h"
#include "web/web.h"

namespace vanban::web {
namespace {

struct Answer {
  int status = 0;
  std::string type;
  std::string body;
  std::string reason;
};

// A database of the files under `dir`, served on a free loopback port.
class Served {
 public:
  explicit Served(const std::string& dir) {
    auto pipeline = app::Pipeline::Create();
    EXPECT_TRUE(pipeline.ok());
    {
      auto writable = vanban::testing::OpenStore(tmp_.File("v.db"));
      app::IngestOptions options;
      options.paths = {dir};
      std::ostringstream err;
      EXPECT_TRUE(app::Ingest(**pipeline, writable.get(), options, err).ok());
    }
    auto db =
        store::Store::Open(tmp_.File("v.db"), {.create_if_missing = false, .read_only = true});
    EXPECT_TRUE(db.ok()) << db.status().ToString();
    store_ = std::move(db).value();
    auto router = Router::Create(store_.get());
    EXPECT_TRUE(router.ok());
    router_ = std::move(router).value();
    auto server = Server::Start(router_.get(), "127.0.0.1", 0);
    EXPECT_TRUE(server.ok()) << server.status().ToString();
    server_ = std::move(server).value();
  }

  Answer Get(const std::string& target, const std::string& method = "GET") const {
    Poco::Net::HTTPClientSession session("127.0.0.1", server_->port());
    Poco::Net::HTTPRequest request(method, target, Poco::Net::HTTPMessage::HTTP_1_1);
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    std::ostringstream body;
    body << in.rdbuf();
    return {static_cast<int>(response.getStatus()), response.getContentType(), body.str(),
            response.getReason()};
  }

  store::DocumentId Id(const std::string& code) const {
    auto id = store::FindDocument(*store_, code);
    EXPECT_TRUE(id.ok()) << code;
    return id.ok() ? *id : 0;
  }

  const store::Store& db() const { return *store_; }
  const Router& router() const { return *router_; }
  const Server& server() const { return *server_; }

 private:
  vanban::testing::TempDir tmp_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<Router> router_;
  std::unique_ptr<Server> server_;
};

// The samples' server, made on first use and stopped after the last test
// (before static destruction, so no server thread outlives what it uses).
Served* samples = nullptr;

class StopSamples : public ::testing::Environment {
 public:
  void TearDown() override {
    delete samples;
    samples = nullptr;
  }
};
[[maybe_unused]] const ::testing::Environment* const kStopSamples =
    ::testing::AddGlobalTestEnvironment(new StopSamples);

const Served& Samples() {
  if (samples == nullptr) samples = new Served(VANBAN_SAMPLES_DIR);
  return *samples;
}

void ExpectJson(const Answer& a, const std::string& target) {
  EXPECT_EQ(a.status, 200) << target << "\n" << a.body.substr(0, 300);
  EXPECT_EQ(a.type.rfind("application/json", 0), 0u) << target;
  Poco::JSON::Parser parser;
  EXPECT_NO_THROW(parser.parse(a.body)) << target;
}

void ExpectPage(const Answer& a, const std::string& target, const std::string& contains = "") {
  EXPECT_EQ(a.status, 200) << target << "\n" << a.body.substr(0, 600);
  EXPECT_EQ(a.type.rfind("text/html", 0), 0u) << target;
  EXPECT_NE(a.body.find("<!DOCTYPE html>"), std::string::npos) << target;
  if (!contains.empty()) {
    EXPECT_NE(a.body.find(contains), std::string::npos) << target;
  }
}

// Every page and API route about one document.
void ExpectDocumentRoutes(const Served& s, store::DocumentId id) {
  const std::string d = std::to_string(id);
  for (const std::string& p :
       {"/document/" + d, "/document/" + d + "/graph", "/document/" + d + "/graph?cites=1",
        "/coverage/" + d, "/tasks?doc=" + d}) {
    ExpectPage(s.Get(p), p);
  }
  for (const std::string& p :
       {"/api/documents/" + d, "/api/documents/" + d + "/implementers",
        "/api/documents/" + d + "/cites", "/api/documents/" + d + "/cited-by",
        "/api/documents/" + d + "/coverage", "/api/tasks?doc=" + d, "/api/graph?root=" + d}) {
    ExpectJson(s.Get(p), p);
  }
}

TEST(WebTest, StartsOnAnEphemeralLoopbackPort) {
  EXPECT_GT(Samples().server().port(), 0);
  EXPECT_EQ(Samples().server().url().rfind("http://127.0.0.1:", 0), 0u);
}

TEST(WebTest, HomeSaysWhatTheDatabaseHolds) {
  const Answer a = Samples().Get("/");
  ExpectPage(a, "/", "văn bản đã nhập");
  EXPECT_NE(a.body.find("Văn bản mới nhất"), std::string::npos);
  EXPECT_NE(a.body.find("nhiệm vụ quá hạn"), std::string::npos);
  EXPECT_NE(a.body.find("name=\"q\""), std::string::npos);
}

TEST(WebTest, EveryDocumentHasEveryRoute) {
  auto docs = store::RecentDocuments(Samples().db(), 100);
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 6u);
  for (const store::DocumentSummary& d : *docs) ExpectDocumentRoutes(Samples(), d.id);
}

TEST(WebTest, CitedOnlyDocumentsHavePagesToo) {
  auto graph = store::CitationGraph(Samples().db(), std::nullopt);
  ASSERT_TRUE(graph.ok());
  size_t cited_only = 0;
  for (const store::DocumentSummary& d : graph->nodes) {
    if (d.ingested) continue;
    ++cited_only;
    ExpectPage(Samples().Get("/document/" + std::to_string(d.id)), d.Label(), "chỉ được dẫn chiếu");
  }
  EXPECT_GT(cited_only, 0u);
}

TEST(WebTest, DocumentPageShowsPropertiesRelationsTasksAndSource) {
  const Served& s = Samples();
  const Answer a = s.Get("/document/" + std::to_string(s.Id("215/KH-UBND")));
  ExpectPage(a, "215/KH-UBND", "215/KH-UBND");
  for (const char* part :
       {"Cơ quan ban hành", "Người ký", "Ngày ban hành", "Trích yếu", "Thực hiện",
        "Được thực hiện bởi", "id=\"src\"", "data-b=\"", "Mức độ bao quát", "Còn hiệu lực"}) {
    EXPECT_NE(a.body.find(part), std::string::npos) << part;
  }
  // a document others amend says so, and by whom
  const Answer amended = s.Get("/document/" + std::to_string(s.Id("18/NQ-CP")));
  EXPECT_NE(amended.body.find("Bị sửa đổi bởi 41/NQ-CP"), std::string::npos) << amended.body;
}

TEST(WebTest, GraphPageDrawsClickableNodesAndHidesCites) {
  const Served& s = Samples();
  const std::string d = std::to_string(s.Id("24-NQ/TW"));
  const Answer a = s.Get("/document/" + d + "/graph");
  ExpectPage(a, "graph", "<svg");
  EXPECT_NE(a.body.find("<a class=\"node\" href=\"/document/"), std::string::npos);
  EXPECT_EQ(a.body.find("stroke=\"#aaaaaa\" stroke-width=\"1.5\""), std::string::npos);
  EXPECT_NE(s.Get("/document/" + d + "/graph?cites=1").body.find("Ẩn dẫn chiếu"),
            std::string::npos);
}

TEST(WebTest, TasksFilterCountPageAndDownloadWhatIsShown) {
  const Served& s = Samples();
  ExpectPage(s.Get("/tasks"), "/tasks", "nhiệm vụ");
  const Answer lead = s.Get("/tasks?agency=so+nong+nghiep+va+moi+truong&role=lead&sort=due");
  ExpectPage(lead, "agency filter", "Nông nghiệp");
  const Answer page = s.Get("/api/tasks?per_page=5&page=2");
  ExpectJson(page, "paged");
  Poco::JSON::Parser parser;
  EXPECT_EQ(parser.parse(page.body).extract<Poco::JSON::Array::Ptr>()->size(), 5u);
  const Answer csv = s.Get("/tasks?per_page=5&format=csv");
  EXPECT_EQ(csv.status, 200);
  EXPECT_EQ(csv.type.rfind("text/csv", 0), 0u);
  EXPECT_EQ(std::count(csv.body.begin(), csv.body.end(), '\n') >= 6, true);
  ExpectJson(s.Get("/tasks?per_page=5&format=json"), "json download");
  for (const char* status :
       {"overdue", "due-soon", "in-progress", "not-due", "no-deadline", "done"}) {
    ExpectPage(s.Get(std::string("/tasks?as_of=2026-01-01&status=") + status), status);
  }
}

TEST(WebTest, ListsAndSearch) {
  const Served& s = Samples();
  ExpectPage(s.Get("/agencies"), "/agencies", "Chủ trì");
  const Answer hits = s.Get("/search?q=chuyen+doi+so");
  ExpectPage(hits, "/search", "<mark>");
  ExpectPage(s.Get("/search"), "/search empty");
  for (const char* p : {"/api/", "/api/totals", "/api/documents", "/api/agencies",
                        "/api/search?q=chuyen+doi+so", "/api/graph", "/api/tasks"}) {
    ExpectJson(s.Get(p), p);
  }
  EXPECT_EQ(s.Get("/static/style.css").type.rfind("text/css", 0), 0u);
  EXPECT_EQ(s.Get("/static/app.js").type.rfind("text/javascript", 0), 0u);
}

TEST(WebTest, ApiAnswersWhatTheCommandLinePrints) {
  const Served& s = Samples();
  const store::DocumentId id = s.Id("215/KH-UBND");
  auto details = store::Show(s.db(), id);
  ASSERT_TRUE(details.ok());
  std::ostringstream cli;
  app::JsonWriter json(cli);
  app::WriteDetails(*details, &json);
  cli << "\n";
  EXPECT_EQ(s.Get("/api/documents/" + std::to_string(id)).body, cli.str());
}

TEST(WebTest, HostileRequestsGetTheRightStatus) {
  const Served& s = Samples();
  EXPECT_EQ(s.Get("/search?q=" + std::string(5000, 'a')).status, 414);
  // past Poco's own limit on the request line: its 400, the connection closed
  EXPECT_EQ(s.Get("/search?q=" + std::string(20000, 'a')).status, 400);
  EXPECT_EQ(s.Get("/nowhere").reason, "Not Found");
  EXPECT_EQ(s.Get("/document/../../etc/passwd").status, 404);
  EXPECT_EQ(s.Get("/static/../../etc/passwd").status, 404);
  EXPECT_EQ(s.Get("/document/%2e%2e%2fetc%2fpasswd").status, 404);
  EXPECT_EQ(s.Get("/document/99999").status, 404);
  EXPECT_EQ(s.Get("/document/abc").status, 404);
  EXPECT_EQ(s.Get("/nowhere").status, 404);
  EXPECT_EQ(s.Get("/api/nowhere").status, 404);
  EXPECT_EQ(s.Get("/tasks?as_of=2026-13-45").status, 400);
  EXPECT_EQ(s.Get("/tasks?role=boss").status, 400);
  EXPECT_EQ(s.Get("/tasks?page=0").status, 400);
  EXPECT_EQ(s.Get("/tasks?per_page=99999").status, 400);
  EXPECT_EQ(s.Get("/tasks?doc=1%20OR%201=1").status, 400);
  EXPECT_EQ(s.Get("/tasks?bogus=1").status, 400);
  EXPECT_EQ(s.Get("/tasks?role=lead&role=lead").status, 400);
  EXPECT_EQ(s.Get("/api/tasks?status=late").status, 400);
  EXPECT_EQ(s.Get("/tasks?agency=" + std::string(500, 'x')).status, 400);
  EXPECT_EQ(s.Get("/", "POST").status, 405);
  EXPECT_EQ(s.Get("/", "HEAD").status, 200);
  const Answer bad = s.Get("/api/tasks?kind=%3Cb%3E");
  EXPECT_EQ(bad.status, 400);
  ExpectJson({200, bad.type, bad.body, ""}, "error JSON");
}

TEST(WebTest, NothingFromTheRequestIsEchoedUnescaped) {
  const Served& s = Samples();
  const std::string script = "%3Cscript%3Ealert(1)%3C%2Fscript%3E";
  for (const std::string& p :
       {"/search?q=" + script, "/tasks?agency=" + script, "/tasks?as_of=" + script,
        "/nowhere" + script, "/document/" + script, "/tasks?" + script + "=1",
        std::string("/search?q=%22%3E%3Cimg%20src=x%3E")}) {
    const Answer a = s.Get(p);
    EXPECT_EQ(a.body.find("<script>alert"), std::string::npos) << p;
    EXPECT_EQ(a.body.find("<img src=x>"), std::string::npos) << p;
    EXPECT_EQ(a.body.find("\"><img"), std::string::npos) << p;
  }
}

TEST(WebTest, RouterAnswersWithoutSockets) {
  const Response r = Samples().router().Handle({"GET", "/api/totals"});
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("\"documents\": 6"), std::string::npos) << r.body;
  EXPECT_EQ(Samples().router().Handle({"DELETE", "/"}).status, 405);
  EXPECT_EQ(Samples().router().Handle({"GET", "/%zz"}).status, 400);
}

// The text between `from` and the next `to` after it.
std::string Between(const std::string& s, const std::string& from, const std::string& to) {
  const size_t b = s.find(from);
  if (b == std::string::npos) return "";
  const size_t e = s.find(to, b + from.size());
  return s.substr(b + from.size(), e == std::string::npos ? 0 : e - b - from.size());
}

std::string Unescape(std::string s) {
  const std::pair<const char*, const char*> refs[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [ref, ch] : refs) {
    for (size_t at; (at = s.find(ref)) != std::string::npos;) s.replace(at, strlen(ref), ch);
  }
  return s;
}

// What the script highlights for the first task (data-b/data-e, UTF-16 code
// units of the <pre>'s text) is the task's bytes in the file.
TEST(WebTest, ClickingATaskHighlightsItsExactBytes) {
  const Served& s = Samples();
  const store::DocumentId id = s.Id("215/KH-UBND");
  const Answer a = s.Get("/document/" + std::to_string(id));
  const std::string shown =
      Unescape(Between(a.body, "<pre id=\"src\" class=\"source\">\n", "</pre>"));
  ASSERT_FALSE(shown.empty());
  Poco::UTF16String units;
  Poco::UnicodeConverter::convert(shown, units);
  auto details = store::Show(s.db(), id);
  ASSERT_TRUE(details.ok());
  const std::string file = vanban::testing::ReadFile(details->summary.source_path);
  size_t checked = 0;
  for (const store::TaskRow& row : details->tasks) {
    const Span span = row.task.source;
    const std::string needle = "<tr data-b=\"";
    const std::string expected = file.substr(span.begin, span.end - span.begin);
    const size_t cell = a.body.find("<td>" + row.task.id + "</td>");
    ASSERT_NE(cell, std::string::npos) << row.task.id;
    const size_t tr = a.body.rfind(needle, cell);
    ASSERT_NE(tr, std::string::npos);
    size_t b = 0, e = 0;
    ASSERT_EQ(std::sscanf(a.body.c_str() + tr, "<tr data-b=\"%zu\" data-e=\"%zu\"", &b, &e), 2);
    ASSERT_LE(e, units.size());
    std::string highlighted;
    Poco::UnicodeConverter::convert(units.substr(b, e - b), highlighted);
    EXPECT_EQ(highlighted, expected) << row.task.id;
    ++checked;
  }
  EXPECT_GT(checked, 10u);
}

TEST(WebTest, SlowQueriesAreStopped) {
  vanban::testing::TempDir tmp;
  {
    auto writable = vanban::testing::OpenStore(tmp.File("v.db"));
    auto pipeline = app::Pipeline::Create();
    ASSERT_TRUE(pipeline.ok());
    app::IngestOptions options;
    options.paths = {VANBAN_SAMPLES_DIR};
    std::ostringstream err;
    ASSERT_TRUE(app::Ingest(**pipeline, writable.get(), options, err).ok());
  }
  auto db = store::Store::Open(tmp.File("v.db"), {.create_if_missing = false, .read_only = true});
  ASSERT_TRUE(db.ok());
  Limits limits;
  limits.time = std::chrono::milliseconds(0);
  auto router = Router::Create(db->get(), limits);
  ASSERT_TRUE(router.ok());
  const Response r = (*router)->Handle({"GET", "/api/tasks"});
  EXPECT_EQ(r.status, 503) << r.body.substr(0, 200);
  EXPECT_NE(r.body.find("was stopped"), std::string::npos);
}

TEST(WebTest, SeedsServeEveryRoute) {
  const std::string seeds = std::string(VANBAN_SHARED_DIR) + "/corpus/seeds";
  if (!std::filesystem::is_directory(seeds)) GTEST_SKIP() << seeds << " is absent";
  const Served s(seeds);
  ExpectPage(s.Get("/"), "/");
  auto docs = store::RecentDocuments(s.db(), 1000);
  ASSERT_TRUE(docs.ok());
  for (const store::DocumentSummary& d : *docs) ExpectDocumentRoutes(s, d.id);
  ExpectPage(s.Get("/tasks?status=overdue&sort=status"), "/tasks");
  ExpectPage(s.Get("/agencies"), "/agencies");
}

}  // namespace
}  // namespace vanban::web
