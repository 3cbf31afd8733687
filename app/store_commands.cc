#include "store_commands.h"

#include <Poco/Util/Option.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>

#include "graph_output.h"
#include "ingest.h"
#include "pipeline.h"
#include "query_json.h"
#include "query_text.h"
#include "record_json.h"
#include "task_csv.h"
#include "text_table.h"
#include "vanban/extractor.h"
#include "vanban/queries.h"
#include "vanban/store.h"

namespace vanban::app {

namespace {

using Poco::Util::Option;
using Poco::Util::OptionSet;
using StorePtr = std::unique_ptr<store::Store>;

constexpr char kDefaultDb[] = "vanban.db";
// The longest --agency accepted: longer than any agency name written.
constexpr size_t kMaxAgencyBytes = 400;

void AddDbOption(OptionSet* o) {
  o->addOption(Option("db", "d", "the database file (default vanban.db)").argument("FILE"));
}

void AddDbAndJsonOptions(OptionSet* o) {
  AddDbOption(o);
  o->addOption(Option("json", "j", "print JSON instead of text"));
}

int Fail(const std::string& command, const Status& status, std::ostream& err) {
  err << "vanban " << command << ": " << status.message() << "\n";
  return kExitFailure;
}

int UsageFail(const std::string& command, const std::string& message, std::ostream& err) {
  err << "vanban " << command << ": " << message << " (see 'vanban " << command << " --help')\n";
  return kExitUsage;
}

// A real day (2026-02-31 and 0000-01-01 are not days).
bool IsRealDay(int y, int m, int d) {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap);
}

// A date as a person writes it on the command line, as YYYY-MM-DD: ISO
// ("2026-06-30") or the Vietnamese order ("30/6/2026", "30-06-2026",
// "30.06.2026"); nullopt when it is not a real day.
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

// The named date option as YYYY-MM-DD (BadDate has checked it), or the fallback.
std::string DateOption(const Args& args, const std::string& name,
                       const std::string& fallback = "") {
  if (!args.Has(name)) return fallback;
  return ReadDate(args.Get(name)).value_or(fallback);
}

std::string Today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &local);
  return text;
}

// Checks that each named option, when given, holds a date ReadDate reads.
std::optional<std::string> BadDate(const Args& args, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    if (args.Has(name) && !ReadDate(args.Get(name))) {
      return std::string("--") + name + " wants a real day, YYYY-MM-DD or DD/MM/YYYY, got '" +
             args.Get(name) + "'";
    }
  }
  return std::nullopt;
}

Result<StorePtr> OpenDatabase(const Args& args) {
  return store::Store::Open(args.Get("db", kDefaultDb),
                            {.create_if_missing = false, .read_only = true});
}

// The part every question shares: open --db, ask, print text or JSON.
template <typename T>
int Answer(const std::string& command, const Args& args, std::ostream& out, std::ostream& err,
           const std::function<Result<T>(const store::Store&)>& ask,
           void (*write_json)(const T&, JsonWriter*), void (*print_text)(const T&, std::ostream&)) {
  auto db = OpenDatabase(args);
  if (!db.ok()) return Fail(command, db.status(), err);
  auto answer = ask(**db);
  if (!answer.ok()) return Fail(command, answer.status(), err);
  if (args.Has("json")) {
    JsonWriter json(out);
    write_json(*answer, &json);
    out << "\n";
  } else {
    print_text(*answer, out);
  }
  return kExitOk;
}

// A question about the document named by the first argument.
template <typename T>
std::function<Result<T>(const store::Store&)> AboutDocument(
    const std::string& argument,
    std::function<Result<T>(const store::Store&, store::DocumentId)> ask) {
  return [argument, ask](const store::Store& db) -> Result<T> {
    auto id = store::FindDocument(db, argument);
    if (!id.ok()) return id.status();
    return ask(db, *id);
  };
}

void PrintIngestSummary(const IngestReport& r, const std::string& db, std::ostream& out) {
  char speed[64];
  std::snprintf(speed, sizeof speed, "%.2f MB in %.1f s, %.2f MB/s",
                static_cast<double>(r.bytes) / 1e6, r.seconds,
                r.seconds > 0 ? static_cast<double>(r.bytes) / 1e6 / r.seconds : 0.0);
  out << "ingested " << r.files << " file(s) into " << db << " (" << speed << "): " << r.stored
      << " stored, " << r.replaced << " replaced, " << r.unchanged << " unchanged, " << r.duplicates
      << " duplicate(s), " << r.failed << " failed\n  " << DescribeFacts(r) << "\n";
  if (const std::string failures = DescribeFailures(r); !failures.empty()) {
    out << "  " << failures << "\n";
  }
}

Result<IngestReport> IngestInto(store::Store* db, const std::vector<std::string>& paths,
                                bool progress, std::ostream& err) {
  auto pipeline = Pipeline::Create();
  if (!pipeline.ok()) return pipeline.status();
  IngestOptions options;
  options.paths = paths;
  options.progress = progress;
  return Ingest(**pipeline, db, options, err);
}

int RunIngest(const Args& args, std::ostream& out, std::ostream& err) {
  const std::string path = args.Get("db", kDefaultDb);
  auto db = store::Store::Open(path);
  if (!db.ok()) return Fail("ingest", db.status(), err);
  auto report = IngestInto(db->get(), args.positional, isatty(STDERR_FILENO) != 0, err);
  if (!report.ok()) return Fail("ingest", report.status(), err);
  PrintIngestSummary(*report, path, out);
  return report->failed == 0 ? kExitOk : kExitFailure;
}

int RunShow(const Args& args, std::ostream& out, std::ostream& err) {
  return Answer<store::DocumentDetails>(
      "show", args, out, err,
      AboutDocument<store::DocumentDetails>(args.positional[0], store::Show), WriteDetails,
      PrintDetails);
}

int RunImplementers(const Args& args, std::ostream& out, std::ostream& err) {
  // 0: the whole tree
  const std::optional<int> depth = args.GetPositive("depth", 0, 1'000'000);
  if (!depth) return UsageFail("implementers", "--depth wants a whole number from 1", err);
  return Answer<store::ImplementerTree>(
      "implementers", args, out, err,
      AboutDocument<store::ImplementerTree>(
          args.positional[0],
          [depth = *depth](const store::Store& db, store::DocumentId id) {
            return store::Implementers(db, id, depth);
          }),
      WriteImplementers, PrintImplementers);
}

int RunLinks(const std::string& command, const Args& args, std::ostream& out, std::ostream& err,
             Result<std::vector<store::Link>> (*ask)(const store::Store&, store::DocumentId)) {
  return Answer<std::vector<store::Link>>(
      command, args, out, err, AboutDocument<std::vector<store::Link>>(args.positional[0], ask),
      WriteLinks, PrintLinks);
}

// The --agency filter: any spelling or abbreviation the gazetteer knows
// reads as the agency's canonical name ("Sở KH&CN" -> "Sở Khoa học và Công
// nghệ"), matched as whole words, together with the bodies it succeeded; a
// name the gazetteer does not know is matched as written.
Status ResolveAgency(const std::string& name, store::TaskFilter* filter) {
  filter->agency = name;
  auto extractor = extractor::Extractor::Create();
  if (!extractor.ok()) return extractor.status();
  const extractor::Extractor::AgencyLookup lookup = (*extractor)->LookUpAgency(name);
  if (!lookup.agency.known) return Status::Ok();
  filter->agency = lookup.agency.name;
  filter->agency_keys.push_back(lookup.agency.key);
  for (const extractor::Agency& p : lookup.predecessors) filter->agency_keys.push_back(p.key);
  return Status::Ok();
}

// Says on stderr why an --agency filter gave nothing: no agency of that
// name, or none with the other conditions.
void ExplainEmptyAgency(const store::Store& db, const store::TaskFilter& filter,
                        const std::string& written, std::ostream& err) {
  store::TaskFilter agency_only;
  agency_only.agency = filter.agency;
  agency_only.agency_keys = filter.agency_keys;
  auto any = store::FindTasks(db, agency_only);
  const std::string read = filter.agency != written ? " (read as \"" + filter.agency + "\")" : "";
  if (any.ok() && any->empty()) {
    err << "vanban tasks: no agency in the database matches \"" << written << "\"" << read
        << "; `vanban agencies` lists them\n";
  } else if (any.ok()) {
    err << "vanban tasks: \"" << written << "\"" << read << " has " << any->size()
        << " task(s), none with the other conditions\n";
  }
}

Result<store::TaskFilter> TaskFilterFrom(const store::Store& db, const Args& args) {
  store::TaskFilter filter;
  if (args.Has("doc")) {
    auto id = store::FindDocument(db, args.Get("doc"));
    if (!id.ok()) return id.status();
    filter.document = *id;
  }
  if (args.Has("agency")) {
    if (Status s = ResolveAgency(args.Get("agency"), &filter); !s.ok()) return s;
  }
  filter.role = args.Get("role");
  filter.due_before = DateOption(args, "due-before");
  if (args.Has("status")) filter.overdue_as_of = DateOption(args, "as-of", Today());
  filter.kind = args.Get("kind");
  return filter;
}

int RunTasks(const Args& args, std::ostream& out, std::ostream& err) {
  if (auto bad = BadDate(args, {"due-before", "as-of"})) return UsageFail("tasks", *bad, err);
  const std::string role = args.Get("role");
  if (!role.empty() && role != "lead" && role != "coordinate" && role != "direct") {
    return UsageFail("tasks", "--role must be lead, coordinate or direct", err);
  }
  if (args.Has("status") && args.Get("status") != "overdue") {
    return UsageFail("tasks", "--status supports only 'overdue'", err);
  }
  if (args.Get("agency").size() > kMaxAgencyBytes) {
    return UsageFail("tasks",
                     "--agency is longer than " + std::to_string(kMaxAgencyBytes) +
                         " bytes; no agency name is that long",
                     err);
  }
  return Answer<std::vector<store::TaskRow>>(
      "tasks", args, out, err,
      [&args, &err](const store::Store& db) -> Result<std::vector<store::TaskRow>> {
        auto filter = TaskFilterFrom(db, args);
        if (!filter.ok()) return filter.status();
        auto tasks = store::FindTasks(db, *filter);
        if (tasks.ok() && tasks->empty() && args.Has("agency")) {
          ExplainEmptyAgency(db, *filter, args.Get("agency"), err);
        }
        return tasks;
      },
      WriteTasks, PrintTasks);
}

int RunAgencies(const Args& args, std::ostream& out, std::ostream& err) {
  return Answer<std::vector<store::AgencyRow>>("agencies", args, out, err, store::ListAgencies,
                                               WriteAgencies, PrintAgencies);
}

int RunSearch(const Args& args, std::ostream& out, std::ostream& err) {
  const std::string text = Join(args.positional, " ");
  const std::optional<int> limit = args.GetPositive("limit", 20, 100'000);
  if (!limit) return UsageFail("search", "--limit wants a whole number from 1 to 100000", err);
  return Answer<std::vector<store::SearchHit>>(
      "search", args, out, err,
      [&](const store::Store& db) { return store::Search(db, text, static_cast<size_t>(*limit)); },
      WriteSearchHits, PrintSearchHits);
}

int RunGraph(const Args& args, std::ostream& out, std::ostream& err) {
  const std::string format = args.Get("format", "dot");
  if (format != "dot" && format != "json" && format != "graphml") {
    return UsageFail("graph", "--format must be dot, json or graphml", err);
  }
  auto db = OpenDatabase(args);
  if (!db.ok()) return Fail("graph", db.status(), err);
  std::optional<store::DocumentId> root;
  if (args.Has("root")) {
    auto id = store::FindDocument(**db, args.Get("root"));
    if (!id.ok()) return Fail("graph", id.status(), err);
    root = *id;
  }
  auto graph = store::CitationGraph(**db, root);
  if (!graph.ok()) return Fail("graph", graph.status(), err);
  if (format == "dot") {
    WriteDot(*graph, out);
  } else if (format == "graphml") {
    WriteGraphMl(*graph, out);
  } else {
    JsonWriter json(out);
    WriteGraph(*graph, &json);
    out << "\n";
  }
  return kExitOk;
}

int RunExport(const Args& args, std::ostream& out, std::ostream& err) {
  const std::string format = args.Get("format", "json");
  if (format != "json" && format != "csv") {
    return UsageFail("export", "--format must be json or csv", err);
  }
  auto db = OpenDatabase(args);
  if (!db.ok()) return Fail("export", db.status(), err);
  if (format == "csv") {
    auto tasks = store::FindTasks(**db, {});
    if (!tasks.ok()) return Fail("export", tasks.status(), err);
    WriteTasksCsv(*tasks, DateOption(args, "as-of", Today()), out);
    return kExitOk;
  }
  JsonWriter json(out);
  json.BeginArray();
  const Status status = store::ForEachRecord(
      **db, [&](const extractor::DocumentRecord& record) { WriteRecord(record, &json); });
  json.EndArray();
  out << "\n";
  return status.ok() ? kExitOk : Fail("export", status, err);
}

int RunCoverage(const Args& args, std::ostream& out, std::ostream& err) {
  if (auto bad = BadDate(args, {"as-of"})) return UsageFail("coverage", *bad, err);
  const std::string as_of = DateOption(args, "as-of", Today());
  return Answer<store::Coverage>(
      "coverage", args, out, err,
      AboutDocument<store::Coverage>(args.positional[0],
                                     [&](const store::Store& db, store::DocumentId id) {
                                       return store::CoverageOf(db, id, as_of);
                                     }),
      WriteCoverage, PrintCoverage);
}

// A new directory under the system's temporary directory.
Result<std::string> MakeTempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "vanban-demo-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    return Status::IoError("cannot create a temporary directory in " +
                           std::filesystem::temp_directory_path().string());
  }
  return pattern;
}

Status DemoQueries(const store::Store& db, std::ostream& out) {
  auto totals = store::CountAll(db);
  if (!totals.ok()) return totals.status();
  out << "\n== What the database holds\n";
  PrintTotals(*totals, out);
  for (const char* code : {"24-NQ/TW"}) {
    auto id = store::FindDocument(db, code);
    if (!id.ok()) return id.status();
    auto tree = store::Implementers(db, *id, 0);
    if (!tree.ok()) return tree.status();
    out << "\n== vanban implementers " << code << "\n";
    PrintImplementers(*tree, out);
  }
  for (const char* code : {"215/KH-UBND", "05-ke-hoach-phuong.txt"}) {
    auto id = store::FindDocument(db, code);
    if (!id.ok()) return id.status();
    auto coverage = store::CoverageOf(db, *id, Today());
    if (!coverage.ok()) return coverage.status();
    out << "\n== vanban coverage " << code << "\n";
    PrintCoverage(*coverage, out);
  }
  return Status::Ok();
}

int RunDemo(const std::string& samples, std::ostream& out, std::ostream& err) {
  auto dir = MakeTempDir();
  if (!dir.ok()) return Fail("demo", dir.status(), err);
  const std::string path = *dir + "/vanban.db";
  out << "vanban demo: the sample chain in " << samples << ", ingested into " << path << "\n\n";
  auto db = store::Store::Open(path);
  if (!db.ok()) return Fail("demo", db.status(), err);
  auto report = IngestInto(db->get(), {samples}, false, err);
  if (!report.ok()) return Fail("demo", report.status(), err);
  PrintIngestSummary(*report, path, out);
  if (Status s = DemoQueries(**db, out); !s.ok()) return Fail("demo", s, err);
  out << "\nTry: vanban show 215/KH-UBND --db " << path << "\n     vanban tasks --agency \"so nong "
      << "nghiep va moi truong\" --db " << path << "\n     vanban search chuyen doi so --db "
      << path << "\n";
  return report->failed == 0 ? kExitOk : kExitFailure;
}

}  // namespace

Command DemoCommand(std::string default_samples_dir) {
  return {"demo",
          "[--samples DIR]",
          "ingest the bundled sample documents and show what vanban finds",
          "Ingests corpus/samples into a new database in a temporary directory and\n"
          "prints the counts, the documents implementing resolution 24-NQ/TW and a\n"
          "coverage report; the database is kept for further questions.",
          0,
          [](OptionSet* o) {
            o->addOption(Option("samples", "s", "the sample directory").argument("DIR"));
          },
          [default_samples_dir](const Args& args, std::ostream& out, std::ostream& err) {
            return RunDemo(args.Get("samples", default_samples_dir), out, err);
          }};
}

void AddStoreCommands(std::vector<Command>* commands) {
  commands->push_back(
      {"ingest", "PATH... [--db FILE]", "store documents and what they say in a database",
       "Finds *.txt and *.md under each PATH (recursively), extracts them on every core\n"
       "and stores them in the SQLite database FILE. Files stored before are skipped; a\n"
       "changed file replaces its document. A file that fails is reported and the\n"
       "others are stored; the exit code is then 1.",
       1, AddDbOption, RunIngest});
  commands->push_back({"show", "CODE|FILE [--db FILE] [--json]",
                       "a document: metadata, what it implements, what implements it, tasks",
                       "CODE is a document number (57-NQ/TW; CODE@YEAR when several years "
                       "share it);\nFILE a document file or the name of a stored file.",
                       1, AddDbAndJsonOptions, RunShow});
  commands->push_back(
      {"implementers", "CODE|FILE [--depth N] [--db FILE] [--json]",
       "the documents implementing a document, directly or through others, as a tree",
       "Each edge comes with the sentence that states it and the file and bytes where\n"
       "it stands. --depth limits the levels below the document.",
       1,
       [](OptionSet* o) {
         AddDbAndJsonOptions(o);
         o->addOption(Option("depth", "n", "levels below the document").argument("N"));
       },
       RunImplementers});
  commands->push_back({"cites", "CODE|FILE [--db FILE] [--json]",
                       "the documents a document cites, with the relation and the evidence", "", 1,
                       AddDbAndJsonOptions,
                       [](const Args& a, std::ostream& out, std::ostream& err) {
                         return RunLinks("cites", a, out, err, store::Cites);
                       }});
  commands->push_back({"cited-by", "CODE|FILE [--db FILE] [--json]",
                       "the documents citing a document, with the relation and the evidence", "", 1,
                       AddDbAndJsonOptions,
                       [](const Args& a, std::ostream& out, std::ostream& err) {
                         return RunLinks("cited-by", a, out, err, store::CitedBy);
                       }});
  commands->push_back(
      {"tasks", "[--doc CODE] [--agency NAME] [--role ROLE] [--due-before DATE] ...",
       "tasks: who leads, who helps, by when",
       "--agency matches agency names without case or diacritics, whole words\n"
       "(\"so khoa hoc va cong nghe\"). --status overdue lists tasks due before --as-of\n"
       "(default today). Dates are YYYY-MM-DD or DD/MM/YYYY.",
       0,
       [](OptionSet* o) {
         AddDbAndJsonOptions(o);
         o->addOption(Option("doc", "D", "tasks of this document").argument("CODE"));
         o->addOption(Option("agency", "a", "an agency takes part").argument("NAME"));
         o->addOption(
             Option("role", "r", "the agency's role: lead, coordinate, direct").argument("ROLE"));
         o->addOption(Option("due-before", "b", "due before this date").argument("DATE"));
         o->addOption(Option("status", "S", "overdue").argument("STATUS"));
         o->addOption(
             Option("as-of", "t", "the date for --status (default today)").argument("DATE"));
         o->addOption(Option("kind", "k",
                             "deadline kind: date, month, quarter, year, range, "
                             "ongoing, recurring, conditional, none")
                          .argument("KIND"));
       },
       RunTasks});
  commands->push_back({"agencies", "[--db FILE] [--json]",
                       "agencies with their counts as lead and as coordinator, and spellings", "",
                       0, AddDbAndJsonOptions, RunAgencies});
  commands->push_back(
      {"search", "TEXT... [--limit N] [--db FILE] [--json]",
       "full-text search, without case or diacritics, with snippets",
       "\"chuyen doi so\" finds \"chuyển đổi số\"; every word must occur.", 1,
       [](OptionSet* o) {
         AddDbAndJsonOptions(o);
         o->addOption(Option("limit", "l", "at most N documents (default 20)").argument("N"));
       },
       RunSearch});
  commands->push_back(
      {"graph", "[--format dot|json|graphml] [--root CODE] [--db FILE]",
       "the citation graph, colored by relation",
       "--root keeps CODE's lineage: what it implements, amends ... (transitively) and\n"
       "what implements it (transitively). Render DOT with: dot -Tsvg g.dot > g.svg",
       0,
       [](OptionSet* o) {
         AddDbOption(o);
         o->addOption(Option("format", "F", "dot (default), json or graphml").argument("FORMAT"));
         o->addOption(Option("root", "r", "only what is linked to this document").argument("CODE"));
       },
       RunGraph});
  commands->push_back(
      {"export", "--format json|csv [--db FILE]", "every document as JSON, or the tasks as CSV",
       "JSON has the shape of vanban extract (and of the gold annotations); CSV lists\n"
       "the tasks with a UTF-8 byte order mark so spreadsheets read Vietnamese.",
       0,
       [](OptionSet* o) {
         AddDbOption(o);
         o->addOption(Option("format", "F", "json (default) or csv").argument("FORMAT"));
       },
       RunExport});
  commands->push_back(
      {"coverage", "CODE|FILE [--as-of DATE] [--db FILE] [--json]",
       "audit a document's tasks and targets, and how other documents take them up",
       "Tasks without a lead, with a lead only inferred, without a deadline or overdue at\n"
       "--as-of (default today);\n"
       "targets no assignment covers; appendices of other documents numbered after\n"
       "this one; and for each task, the matching task in each implementing document.",
       1,
       [](OptionSet* o) {
         AddDbAndJsonOptions(o);
         o->addOption(
             Option("as-of", "t", "the date for overdue (default today)").argument("DATE"));
       },
       RunCoverage});
}

}  // namespace vanban::app
