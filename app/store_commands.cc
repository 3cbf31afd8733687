#include "store_commands.h"

#include <Poco/Util/Option.h>
#include <unistd.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "graph_output.h"
#include "ingest.h"
#include "pipeline.h"
#include "query_json.h"
#include "query_text.h"
#include "record_json.h"
#include "source_lines.h"
#include "task_csv.h"
#include "task_filter.h"
#include "task_xlsx.h"
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
// The longest --note kept: a paragraph, not a file.
constexpr size_t kMaxNoteBytes = 4000;
constexpr char kStateChoices[] =
    "--status must be done, overdue, in-progress, due-soon, not-due or no-deadline";

void AddDbOption(OptionSet* o) {
  o->addOption(Option("db", "d", "the database file (default vanban.db)").argument("FILE"));
  o->addOption(
      Option("lang", "L", "labels in vi or en (default: from the locale)").argument("LANG"));
}

// --lang when given, else the locale's.
Language OutputLanguage(const Args& args) {
  if (args.Has("lang")) return ParseLanguage(args.Get("lang")).value_or(Language::kEnglish);
  return LanguageFromEnvironment();
}

void AddDbAndJsonOptions(OptionSet* o) {
  AddDbOption(o);
  o->addOption(Option("json", "j", "print JSON instead of text"));
}

// The options that select tasks: `tasks` and the follow-up table exports.
void AddTaskFilterOptions(OptionSet* o) {
  o->addOption(Option("doc", "D", "tasks of this document").argument("CODE"));
  o->addOption(Option("agency", "a", "an agency takes part").argument("NAME"));
  o->addOption(Option("role", "r", "the agency's role: lead, coordinate, direct").argument("ROLE"));
  o->addOption(Option("due-before", "b", "due before this date").argument("DATE"));
  o->addOption(Option("status", "S", "done, overdue, in-progress, due-soon, not-due, no-deadline")
                   .argument("STATE"));
  o->addOption(Option("as-of", "t", "the date for the state (default today)").argument("DATE"));
  o->addOption(Option("kind", "k",
                      "deadline kind: date, month, quarter, year, range, "
                      "ongoing, recurring, conditional, none")
                   .argument("KIND"));
}

int Fail(const std::string& command, const Status& status, std::ostream& err) {
  err << "vanban " << command << ": " << status.message() << "\n";
  return kExitFailure;
}

int UsageFail(const std::string& command, const std::string& message, std::ostream& err) {
  err << "vanban " << command << ": " << message << " (see 'vanban " << command << " --help')\n";
  return kExitUsage;
}

// The named date option as YYYY-MM-DD (BadDate has checked it), or the fallback.
std::string DateOption(const Args& args, const std::string& name,
                       const std::string& fallback = "") {
  if (!args.Has(name)) return fallback;
  return ReadDate(args.Get(name)).value_or(fallback);
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
           void (*write_json)(const T&, JsonWriter*),
           const std::function<void(const T&, std::ostream&)>& print_text) {
  if (args.Has("lang") && !ParseLanguage(args.Get("lang"))) {
    return UsageFail(command, "--lang must be vi or en", err);
  }
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

// The --agency filter (see ResolveAgency).
Status ResolveAgencyOption(const std::string& name, store::TaskFilter* filter) {
  auto extractor = extractor::Extractor::Create();
  if (!extractor.ok()) return extractor.status();
  ResolveAgency(**extractor, name, filter);
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
    if (Status s = ResolveAgencyOption(args.Get("agency"), &filter); !s.ok()) return s;
  }
  filter.role = args.Get("role");
  filter.due_before = DateOption(args, "due-before");
  filter.as_of = DateOption(args, "as-of", Today());
  if (args.Has("status")) {
    filter.state = store::ParseTaskState(args.Get("status"));
    if (filter.state == store::TaskState::kOverdue) filter.overdue_as_of = filter.as_of;
  }
  filter.kind = args.Get("kind");
  return filter;
}

// What is wrong with the task filter options, if anything.
std::optional<std::string> TaskFilterProblem(const Args& args) {
  if (auto bad = BadDate(args, {"due-before", "as-of"})) return bad;
  const std::string role = args.Get("role");
  if (!role.empty() && role != "lead" && role != "coordinate" && role != "direct") {
    return "--role must be lead, coordinate or direct";
  }
  if (args.Has("status") && !store::ParseTaskState(args.Get("status"))) return kStateChoices;
  if (args.Get("agency").size() > kMaxAgencyBytes) {
    return "--agency is longer than " + std::to_string(kMaxAgencyBytes) +
           " bytes; no agency name is that long";
  }
  return std::nullopt;
}

int RunTasks(const Args& args, std::ostream& out, std::ostream& err) {
  if (auto bad = TaskFilterProblem(args)) return UsageFail("tasks", *bad, err);
  std::optional<size_t> limit;
  if (args.Has("limit")) {
    const std::optional<int> n = args.GetPositive("limit", 1, 1'000'000);
    if (!n) return UsageFail("tasks", "--limit wants a whole number from 1 to 1000000", err);
    limit = static_cast<size_t>(*n);
  }
  return Answer<std::vector<store::TaskRow>>(
      "tasks", args, out, err,
      [&args, &err, limit](const store::Store& db) -> Result<std::vector<store::TaskRow>> {
        auto filter = TaskFilterFrom(db, args);
        if (!filter.ok()) return filter.status();
        auto tasks = store::FindTasks(db, *filter);
        if (tasks.ok() && tasks->empty() && args.Has("agency")) {
          ExplainEmptyAgency(db, *filter, args.Get("agency"), err);
        }
        if (tasks.ok() && limit && tasks->size() > *limit) {
          err << "vanban tasks: " << tasks->size() - *limit << " more task(s) not shown (--limit "
              << *limit << ")\n";
          tasks->resize(*limit);
        }
        return tasks;
      },
      WriteTasks,
      [lang = OutputLanguage(args)](const std::vector<store::TaskRow>& tasks, std::ostream& out) {
        PrintTasks(tasks, out, TerminalWidth(), lang);
      });
}

// Appends a person's status entry to the task `*reference` names (the store
// opened for writing only here) and turns *reference into the task's key.
int RecordStatus(const Args& args, store::Progress progress, std::string* reference,
                 std::ostream& err) {
  auto db = store::Store::Open(args.Get("db", kDefaultDb), {.create_if_missing = false});
  if (!db.ok()) return Fail("status", db.status(), err);
  auto task = store::FindTask(**db, *reference);
  if (!task.ok()) return Fail("status", task.status(), err);
  const store::ProgressEntry entry =
      store::PersonsEntry(task->key, progress, DateOption(args, "on", Today()), args.Get("note"));
  if (Status s = (*db)->RecordProgress(entry); !s.ok()) return Fail("status", s, err);
  *reference = task->key;
  return kExitOk;
}

// vanban status TASK [--set PROGRESS [--on DATE] [--note TEXT]]: records a
// person's status, then prints the task's state and history.
int RunStatus(const Args& args, std::ostream& out, std::ostream& err) {
  if (auto bad = BadDate(args, {"on", "as-of"})) return UsageFail("status", *bad, err);
  const bool set = args.Has("set");
  const std::optional<store::Progress> progress = store::ParseProgress(args.Get("set"));
  if (set && !progress) {
    return UsageFail("status", "--set must be done, in-progress or not-started", err);
  }
  if (!set && (args.Has("on") || args.Has("note"))) {
    return UsageFail("status", "--on and --note go with --set", err);
  }
  if (args.Get("note").size() > kMaxNoteBytes) {
    return UsageFail("status", "--note is longer than " + std::to_string(kMaxNoteBytes) + " bytes",
                     err);
  }
  std::string reference = args.positional[0];
  if (set) {
    if (const int rc = RecordStatus(args, *progress, &reference, err); rc != kExitOk) return rc;
  }
  const std::string as_of = DateOption(args, "as-of", Today());
  return Answer<store::TaskStatusReport>(
      "status", args, out, err,
      [&](const store::Store& db) { return store::StatusOf(db, reference, as_of); },
      WriteStatusReport,
      [lang = OutputLanguage(args)](const store::TaskStatusReport& r, std::ostream& out) {
        PrintStatusReport(r, out, lang);
      });
}

// "FILE:BEGIN-END" -> the file and its byte span; nullopt when `fact` is
// not of that form or FILE is not a file.
std::optional<std::pair<std::string, Span>> FileSpan(const std::string& fact) {
  const size_t colon = fact.rfind(':');
  const size_t dash = fact.find('-', colon == std::string::npos ? 0 : colon);
  if (colon == std::string::npos || dash == std::string::npos) return std::nullopt;
  size_t begin = 0, end = 0;
  const char* text = fact.data();
  const auto b = std::from_chars(text + colon + 1, text + dash, begin);
  const auto e = std::from_chars(text + dash + 1, text + fact.size(), end);
  if (b.ec != std::errc() || b.ptr != text + dash || e.ec != std::errc() ||
      e.ptr != text + fact.size()) {
    return std::nullopt;  // an overflowing number fails the match
  }
  std::error_code error;
  if (!std::filesystem::is_regular_file(fact.substr(0, colon), error)) return std::nullopt;
  return std::make_pair(fact.substr(0, colon), Span{begin, end});
}

// vanban source FACT: the source lines a fact came from, its span marked.
int RunSource(const Args& args, std::ostream& out, std::ostream& err) {
  const std::optional<int> context = args.GetPositive("context", 1, 1000);
  if (!context && args.Get("context") != "0") {
    return UsageFail("source", "--context wants a whole number from 0 to 1000", err);
  }
  const size_t around = context ? static_cast<size_t>(*context) : 0;
  const std::string fact = args.positional[0];
  SourceLines lines;
  if (const auto file = FileSpan(fact)) {
    const std::string name = std::filesystem::path(file->first).filename().string();
    const Status s = lines.PrintExcerpt(file->first, name, file->second, around, out);
    return s.ok() ? kExitOk : Fail("source", s, err);
  }
  std::error_code error;
  if (const size_t colon = fact.rfind(':');
      colon != std::string::npos &&
      std::filesystem::is_regular_file(fact.substr(0, colon), error)) {
    return UsageFail("source", "'" + fact.substr(colon + 1) + "' is not a byte span BEGIN-END",
                     err);
  }
  auto db = OpenDatabase(args);
  if (!db.ok()) return Fail("source", db.status(), err);
  auto task = store::FindTask(**db, fact);
  if (!task.ok()) return Fail("source", task.status(), err);
  out << "task " << task->task.id << " of " << task->document.Label() << "\n";
  const Status s = lines.PrintExcerpt(task->document.source_path, task->document.source_name,
                                      task->task.source, around, out);
  return s.ok() ? kExitOk : Fail("source", s, err);
}

int RunAgencies(const Args& args, std::ostream& out, std::ostream& err) {
  return Answer<std::vector<store::AgencyRow>>(
      "agencies", args, out, err, store::ListAgencies, WriteAgencies,
      [lang = OutputLanguage(args)](const std::vector<store::AgencyRow>& a, std::ostream& out) {
        PrintAgencies(a, out, lang);
      });
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

// The follow-up table of the tasks the `tasks` filters select, as CSV on
// stdout (or --output) or as an .xlsx workbook at --output.
int ExportTable(const std::string& format, const Args& args, std::ostream& out, std::ostream& err) {
  if (format == "xlsx" && !args.Has("output")) {
    return UsageFail("export", "--format xlsx writes a file: give --output FILE.xlsx", err);
  }
  auto db = OpenDatabase(args);
  if (!db.ok()) return Fail("export", db.status(), err);
  auto filter = TaskFilterFrom(**db, args);
  if (!filter.ok()) return Fail("export", filter.status(), err);
  auto tasks = store::FindTasks(**db, *filter);
  if (!tasks.ok()) return Fail("export", tasks.status(), err);
  const FollowUpTable table = MakeFollowUpTable(*tasks, filter->as_of);
  if (format == "xlsx") {
    const Status written = WriteTasksXlsx(table, args.Get("output"));
    if (!written.ok()) return Fail("export", written, err);
    err << "vanban export: " << table.rows.size() << " task(s) written to " << args.Get("output")
        << "\n";
    return kExitOk;
  }
  if (!args.Has("output")) {
    WriteTasksCsv(table, out);
    return kExitOk;
  }
  std::ofstream file(args.Get("output"), std::ios::binary);
  WriteTasksCsv(table, file);
  file.close();
  if (!file) return Fail("export", Status::IoError(args.Get("output") + ": cannot write"), err);
  return kExitOk;
}

int RunExport(const Args& args, std::ostream& out, std::ostream& err) {
  const std::string format = args.Get("format", "json");
  if (format != "json" && format != "csv" && format != "xlsx") {
    return UsageFail("export", "--format must be json, csv or xlsx", err);
  }
  if (auto bad = TaskFilterProblem(args)) return UsageFail("export", *bad, err);
  if (format != "json") return ExportTable(format, args, out, err);
  auto db = OpenDatabase(args);
  if (!db.ok()) return Fail("export", db.status(), err);
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
      WriteCoverage, [lang = OutputLanguage(args)](const store::Coverage& c, std::ostream& out) {
        PrintCoverage(c, out, lang);
      });
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
  auto amended = store::FindDocument(db, "18/NQ-CP");
  if (!amended.ok()) return amended.status();
  auto details = store::Show(db, *amended);
  if (!details.ok()) return details.status();
  out << "\n== vanban show 18/NQ-CP: its force, from what other documents state\n";
  PrintDetails(*details, out);
  return Status::Ok();
}

// Task status on the sample plan: what the sample report states of a task
// (read from the report, no one typed it), and what a person records with
// `vanban status TASK --set`.
Status DemoStatus(store::Store* db, std::ostream& out) {
  auto id = store::FindDocument(*db, "215/KH-UBND");
  if (!id.ok()) return id.status();
  store::TaskFilter filter;
  filter.document = *id;
  auto tasks = store::FindTasks(*db, filter);
  if (!tasks.ok()) return tasks.status();
  const store::TaskRow* reported = nullptr;
  const store::TaskRow* open = nullptr;
  for (const store::TaskRow& t : *tasks) {
    if (!reported && t.progress) reported = &t;
    if (!open && !t.progress) open = &t;
  }
  const auto print = [&](const std::string& reference, const std::string& heading) -> Status {
    auto report = store::StatusOf(*db, reference, Today());
    if (!report.ok()) return report.status();
    out << "\n== vanban status " << reference << heading << "\n";
    PrintStatusReport(*report, out);
    return Status::Ok();
  };
  if (reported) {
    const Status s = print("215/KH-UBND:" + reported->task.id, "   (stated by the sample report)");
    if (!s.ok()) return s;
  }
  if (!open) return Status::Ok();
  VANBAN_RETURN_IF_ERROR(db->RecordProgress(store::PersonsEntry(
      open->key, store::Progress::kInProgress, Today(), "demo: recorded as a person would")));
  return print("215/KH-UBND:" + open->task.id, " --set in-progress");
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
  if (Status s = DemoStatus(db->get(), out); !s.ok()) return Fail("demo", s, err);
  out << "\nTry: vanban show 215/KH-UBND --db " << path << "\n     vanban tasks --agency \"so nong "
      << "nghiep va moi truong\" --db " << path << "\n     vanban search chuyen doi so --db "
      << path << "\n     vanban serve --db " << path << "   (then open http://127.0.0.1:8080/)\n";
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
       "(\"so khoa hoc va cong nghe\"). --status STATE lists the tasks in that state at\n"
       "--as-of (default today): done, overdue (last day passed, not done), in-progress,\n"
       "due-soon (within 30 days), not-due, no-deadline. Dates are YYYY-MM-DD or DD/MM/YYYY.",
       0,
       [](OptionSet* o) {
         AddDbAndJsonOptions(o);
         AddTaskFilterOptions(o);
         o->addOption(Option("limit", "l", "at most N tasks (the rest are counted)").argument("N"));
       },
       RunTasks});
  commands->push_back(
      {"status", "TASK [--set done|in-progress|not-started [--on DATE] [--note TEXT]] [--db FILE]",
       "a task's status (tình trạng): record it, or show it with its history",
       "TASK is DOCUMENT:PATH as `tasks` lists it (344/KH-UBND:III.1.a) or the task's key.\n"
       "A status is kept under the task's key (document, path, words), so it survives\n"
       "ingesting the document again; every entry is kept. The state shown: done, overdue,\n"
       "in-progress, due-soon (within 30 days), not-due, no-deadline at --as-of.",
       1,
       [](OptionSet* o) {
         AddDbAndJsonOptions(o);
         o->addOption(Option("set", "s", "done, in-progress or not-started").argument("PROGRESS"));
         o->addOption(Option("on", "o", "the day it holds from (default today)").argument("DATE"));
         o->addOption(Option("note", "n", "what was done, who said so").argument("TEXT"));
         o->addOption(
             Option("as-of", "t", "the date for the state (default today)").argument("DATE"));
       },
       RunStatus});
  commands->push_back(
      {"source", "TASK|FILE:BEGIN-END [--context N] [--db FILE]",
       "the source lines a task or a byte span came from, the span marked",
       "TASK as `status` takes it (344/KH-UBND:III.1.a); FILE:BEGIN-END the byte span the\n"
       "JSON outputs give (source_begin, source_end). The file is read as it is now.",
       1,
       [](OptionSet* o) {
         AddDbOption(o);
         o->addOption(
             Option("context", "c", "lines shown around the span (default 1)").argument("N"));
       },
       RunSource});
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
      {"export", "--format json|csv|xlsx [--output FILE] [task filters] [--db FILE]",
       "every document as JSON, or the follow-up table of the tasks as CSV or Excel",
       "JSON has the shape of vanban extract (and of the gold annotations). CSV and xlsx\n"
       "are the office's follow-up table (STT, Văn bản, Trích yếu, Mục, Nhiệm vụ, chủ trì,\n"
       "phối hợp, Chủ trì suy ra, Thời hạn, Hạn cuối, Tình trạng, Nguồn) of the tasks the\n"
       "filters of `vanban tasks` select; CSV has a UTF-8 byte order mark so spreadsheets\n"
       "read Vietnamese; xlsx (--output required) has a frozen, filtered header row.",
       0,
       [](OptionSet* o) {
         AddDbOption(o);
         o->addOption(Option("format", "F", "json (default), csv or xlsx").argument("FORMAT"));
         o->addOption(Option("output", "o", "write to FILE instead of stdout").argument("FILE"));
         AddTaskFilterOptions(o);
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
