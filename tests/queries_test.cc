// The queries on a database of the sample corpus (documents, links, the
// implementers tree, search, graph, export) and on a small database of
// plans with tasks and targets (tasks, agencies, coverage).
#include "vanban/queries.h"

#include <gtest/gtest.h>

#include <pthread.h>

#include <fstream>
#include <functional>
#include <sstream>

#include "json_writer.h"
#include "query_json.h"
#include "query_text.h"
#include "record_json.h"
#include "report_progress.h"
#include "store_test_util.h"
#include "task_csv.h"
#include "text_table.h"
#include "vanban/utf8.h"

namespace vanban::store {
namespace {

using vanban::testing::Doc;
using vanban::testing::MakeDoc;
using vanban::testing::PutDoc;

// The six sample documents, stored once for the whole suite.
class SampleQueryTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    store_ = vanban::testing::OpenStore().release();
    for (const std::string& path : vanban::testing::SamplePaths()) {
      docs_->push_back(vanban::testing::LoadDoc(path));
      PutDoc(store_, docs_->back());
    }
  }
  static void TearDownTestSuite() {
    delete store_;
    docs_->clear();
  }

  static DocumentId Id(std::string_view code) {
    auto id = FindDocument(*store_, code);
    EXPECT_TRUE(id.ok()) << code << ": " << id.status().ToString();
    return id.ok() ? *id : 0;
  }

  static const ImplementerNode* Child(const ImplementerTree& tree, const ImplementerNode& node,
                                      std::string_view label_part) {
    for (const size_t i : node.children) {
      const ImplementerNode& c = tree.nodes[i];
      if (c.document.Label().find(label_part) != std::string::npos) return &c;
    }
    return nullptr;
  }

  static Store* store_;
  static std::vector<Doc>* docs_;
};

Store* SampleQueryTest::store_ = nullptr;
std::vector<Doc>* SampleQueryTest::docs_ = new std::vector<Doc>;

TEST_F(SampleQueryTest, FindsDocumentsByNumberFileAndFileName) {
  const DocumentId plan = Id("215/KH-UBND");
  EXPECT_EQ(Id("215/KH-UBND@2025"), plan);
  EXPECT_EQ(Id(std::string(VANBAN_SAMPLES_DIR) + "/03-ke-hoach-215-KH-UBND.txt"), plan);
  EXPECT_EQ(Id("03-ke-hoach-215-KH-UBND.txt"), plan);
  EXPECT_EQ(Id("41/NQ CP"), Id("41/NQ-CP"));  // parsed like the text's numbers
  auto missing = FindDocument(*store_, "999/KH-UBND");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  EXPECT_FALSE(FindDocument(*store_, "no such thing").ok());
}

// A number typed as users type it: any case, spacing, hyphenation or
// leading zero; a bare or partial number finds its one document or lists
// the candidates.
TEST_F(SampleQueryTest, LookupsForgiveHowTheNumberIsTyped) {
  const DocumentId plan = Id("215/KH-UBND");
  for (const char* typed : {"215/kh-ubnd", "215/KHUBND", "215 KH UBND", "0215/KH-UBND", "215"}) {
    EXPECT_EQ(Id(typed), plan) << typed;
  }
  EXPECT_EQ(Id("24-nq/tw"), Id("24-NQ/TW"));
  auto several = FindDocument(*store_, "KH-UBND");
  ASSERT_FALSE(several.ok());
  EXPECT_NE(several.status().message().find("may be any of: "), std::string::npos)
      << several.status().message();
  EXPECT_NE(several.status().message().find("215/KH-UBND@2025"), std::string::npos);
}

TEST_F(SampleQueryTest, ImplementersTreeFollowsTheChain) {
  auto tree = Implementers(*store_, Id("24-NQ/TW"), 0);
  ASSERT_TRUE(tree.ok()) << tree.status().ToString();
  for (const char* code : {"41/NQ-CP", "52-KH/TU", "215/KH-UBND", "31-KH/ĐU"}) {
    EXPECT_NE(Child(*tree, tree->root(), code), nullptr) << code;
  }
  const ImplementerNode* plan = Child(*tree, tree->root(), "215/KH-UBND");
  ASSERT_NE(plan, nullptr);
  EXPECT_FALSE(plan->repeated);
  ASSERT_NE(Child(*tree, *plan, "87/KH-SNNMT"), nullptr);
  const ImplementerNode* ward = Child(*tree, *plan, "[05-ke-hoach-phuong.txt]");
  ASSERT_NE(ward, nullptr);  // no number: shown by title and file
  ASSERT_FALSE(ward->evidence.empty());
  EXPECT_NE(ward->evidence[0].evidence.find("Kế hoạch số 215/KH-UBND"), std::string::npos);
  EXPECT_EQ(ward->evidence[0].stated_in.source_name, "05-ke-hoach-phuong.txt");
  EXPECT_GT(ward->evidence[0].source.end, ward->evidence[0].source.begin);

  const ImplementerNode* cited = Child(*tree, tree->root(), "52-KH/TU");
  ASSERT_NE(cited, nullptr);
  EXPECT_FALSE(cited->document.ingested);

  auto shallow = Implementers(*store_, Id("24-NQ/TW"), 1);
  ASSERT_TRUE(shallow.ok());
  for (const size_t c : shallow->root().children) {
    EXPECT_TRUE(shallow->nodes[c].children.empty());
  }
}

// Runs `work` on a thread with a 256 KB stack: what recursed once per
// level of a chain overflows it long before the chain ends.
void RunOnSmallStack(std::function<void()> work) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 256 * 1024);
  pthread_t thread;
  auto run = [](void* arg) -> void* {
    (*static_cast<std::function<void()>*>(arg))();
    return nullptr;
  };
  ASSERT_EQ(pthread_create(&thread, &attr, run, &work), 0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
}

// A chain of plans each implementing the one before: the tree, its text and
// its JSON are built without recursion, and the JSON grows linearly.
TEST(ImplementersChainTest, LongChainsNeedNoRecursion) {
  constexpr int kChain = 3000;
  auto store = vanban::testing::OpenStore();
  ASSERT_TRUE(store->BeginBatch().ok());
  for (int i = 1; i <= kChain; ++i) {
    std::string text =
        "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: " + std::to_string(i) +
        "/KH-UBND\nLào Cai, ngày 03 tháng 4 năm 2025\nKẾ HOẠCH\nTriển khai nhiệm vụ\n";
    if (i > 1) {
      text += "Thực hiện Kế hoạch số " + std::to_string(i - 1) +
              "/KH-UBND ngày 01/02/2025 của Ủy ban nhân dân tỉnh.\n";
    }
    vanban::testing::PutDoc(store.get(),
                            vanban::testing::MakeDoc("/c/" + std::to_string(i) + ".txt", text));
  }
  ASSERT_TRUE(store->CommitBatch().ok());
  RunOnSmallStack([&] {
    auto tree = Implementers(*store, *FindDocument(*store, "1/KH-UBND"), 0);
    ASSERT_TRUE(tree.ok()) << tree.status().ToString();
    EXPECT_EQ(tree->nodes.size(), static_cast<size_t>(kChain));
    EXPECT_EQ(tree->nodes.back().depth, kChain - 1);
    std::ostringstream text, json_out;
    app::PrintImplementers(*tree, text);
    app::JsonWriter json(json_out);
    app::WriteImplementers(*tree, &json);
    EXPECT_NE(text.str().find("3000/KH-UBND"), std::string::npos);
    // linear: a bounded number of bytes per node, whatever its depth
    EXPECT_LT(json_out.str().size(), static_cast<size_t>(kChain) * 4000);
    tree = Implementers(*store, *FindDocument(*store, "1/KH-UBND"), 10);
    ASSERT_TRUE(tree.ok());
    EXPECT_EQ(tree->nodes.size(), 11u);
  });
}

TEST_F(SampleQueryTest, EvidenceSpansAreBytesOfTheStatingFile) {
  auto links = CitedBy(*store_, Id("215/KH-UBND"));
  ASSERT_TRUE(links.ok());
  ASSERT_FALSE(links->empty());
  for (const Link& link : *links) {
    const std::string bytes = vanban::testing::ReadFile(link.stated_in.source_path);
    ASSERT_LE(link.source.end, bytes.size());
    const std::string quoted = bytes.substr(link.source.begin, link.source.end - link.source.begin);
    EXPECT_NE(quoted.find("215"), std::string::npos) << quoted;
  }
}

TEST_F(SampleQueryTest, CitesAndCitedBy) {
  auto cites = Cites(*store_, Id("215/KH-UBND"));
  ASSERT_TRUE(cites.ok());
  auto has = [](const std::vector<Link>& links, std::string_view code, std::string_view relation) {
    return std::any_of(links.begin(), links.end(), [&](const Link& l) {
      return l.other.code == code && l.relation == relation;
    });
  };
  EXPECT_TRUE(has(*cites, "24-NQ/TW", "implements"));
  EXPECT_TRUE(has(*cites, "41/NQ-CP", "implements"));
  EXPECT_TRUE(has(*cites, "1350/UBND-KT", "cites") || has(*cites, "1350/UBND-KT", "based_on"));

  auto cited_by = CitedBy(*store_, Id("57-NQ/TW"));
  ASSERT_TRUE(cited_by.ok());
  EXPECT_TRUE(has(*cited_by, "24-NQ/TW", "cites"));
  EXPECT_TRUE(has(*cited_by, "08-CTr/TU", "implements"));  // stated by the report
}

TEST_F(SampleQueryTest, ShowGathersWhatADocumentSaysAndWhatIsSaidOfIt) {
  auto details = Show(*store_, Id("215/KH-UBND"));
  ASSERT_TRUE(details.ok()) << details.status().ToString();
  EXPECT_EQ(details->summary.issued, "2025-06-18");
  EXPECT_EQ(details->identity.signer.name, "Hoàng Văn Thắng");
  EXPECT_EQ(details->implements.size() >= 3, true);
  EXPECT_TRUE(std::any_of(details->implemented_by.begin(), details->implemented_by.end(),
                          [](const Link& l) { return l.other.code == "87/KH-SNNMT"; }));
  EXPECT_EQ(details->sha256.size(), 64u);
  EXPECT_GE(details->cited_by, 3u);
}

// A document's force comes from what others state of it: the strongest of
// repeals > replaces > amends wins, with the edges that say so; implements,
// guides and based_on leave it in force.
TEST(EffectiveStatusTest, StrongestIncomingRelationWins) {
  struct Case {
    std::vector<std::string> incoming;
    EffectiveState state;
    size_t because;
  };
  const std::vector<Case> cases = {
      {{}, EffectiveState::kInForce, 0},
      {{"implements", "guides", "based_on"}, EffectiveState::kInForce, 0},
      {{"implements", "amends"}, EffectiveState::kAmended, 1},
      {{"amends", "amends"}, EffectiveState::kAmended, 2},
      {{"amends", "replaces"}, EffectiveState::kReplaced, 1},
      {{"repeals", "replaces", "amends"}, EffectiveState::kRepealed, 1},
  };
  for (const Case& c : cases) {
    std::vector<Link> links;
    for (const std::string& relation : c.incoming) links.push_back(Link{{}, relation, "", {}, {}});
    const EffectiveStatus status = EffectiveStatusOf(links);
    EXPECT_EQ(status.state, c.state) << ::testing::PrintToString(c.incoming);
    EXPECT_EQ(status.because.size(), c.because) << ::testing::PrintToString(c.incoming);
  }
  EXPECT_STREQ(EffectiveStateName(EffectiveState::kReplaced), "replaced");
}

// The sample Q3 report (301/BC-UBND) names 215/KH-UBND in its preamble and
// says its communication programme is done: that task, and only it, reads
// done from the report.
TEST_F(SampleQueryTest, TheSampleReportMarksTheTaskItReportsDone) {
  TaskFilter filter;
  filter.document = Id("215/KH-UBND");
  filter.as_of = "2025-10-10";
  auto tasks = FindTasks(*store_, filter);
  ASSERT_TRUE(tasks.ok()) << tasks.status().ToString();
  std::vector<std::string> reported;
  for (const TaskRow& t : *tasks) {
    if (!t.progress) continue;
    reported.push_back(t.task.id);
    EXPECT_EQ(t.progress->source, "report");
    EXPECT_EQ(t.progress->report, "301/BC-UBND");
    EXPECT_EQ(t.progress->progress, Progress::kDone);
    EXPECT_EQ(t.state, TaskState::kDone);
    EXPECT_NE(t.progress->evidence.find("Đã hoàn thành"), std::string::npos);
    EXPECT_NE(t.task.text.find("chương trình truyền thông"), std::string::npos) << t.task.text;
  }
  EXPECT_EQ(reported.size(), 1u) << ::testing::PrintToString(reported);
  // the report is about 215/KH-UBND: the tasks of 41/NQ-CP, which it cites
  // elsewhere, read nothing from it
  filter.document = Id("41/NQ-CP");
  tasks = FindTasks(*store_, filter);
  ASSERT_TRUE(tasks.ok());
  for (const TaskRow& t : *tasks) EXPECT_FALSE(t.progress.has_value()) << t.task.id;
}

TEST_F(SampleQueryTest, ShowStatesWhoImplementsAndTheForce) {
  auto details = Show(*store_, Id("215/KH-UBND"));
  ASSERT_TRUE(details.ok()) << details.status().ToString();
  EXPECT_EQ(details->effective.state, EffectiveState::kInForce);
  EXPECT_GE(details->stated_by_others.size(), details->implemented_by.size());
}

TEST_F(SampleQueryTest, SearchIgnoresDiacriticsAndShowsSnippets) {
  auto hits = Search(*store_, "nong nghiep so", 10);
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  EXPECT_GE(hits->size(), 5u);
  EXPECT_NE((*hits)[0].snippet.find("["), std::string::npos);
  auto phuong = Search(*store_, "phan dinh phung", 10);
  ASSERT_TRUE(phuong.ok());
  ASSERT_FALSE(phuong->empty());
}

// Hostile searches answer at once: FTS5 syntax is taken literally, and a
// query of thousands of words or one endless word is refused with a reason.
TEST_F(SampleQueryTest, HostileSearchesAreAnsweredOrRefusedAtOnce) {
  for (const char* literal : {"\"nong\" OR NEAR(", "nghiep*", "-so", "a:b", "50%_so'"}) {
    EXPECT_TRUE(Search(*store_, literal, 10).ok()) << literal;
  }
  std::string many;
  for (int i = 0; i < 5000; ++i) many += "nong ";
  auto refused = Search(*store_, many, 10);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("at most 32 words"), std::string::npos);
  refused = Search(*store_, std::string(128 * 1024, 'a'), 10);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("not a word"), std::string::npos);
  EXPECT_FALSE(Search(*store_, "!!! ???", 10).ok());
}

TEST_F(SampleQueryTest, GraphAroundARootKeepsItsLineage) {
  auto graph = CitationGraph(*store_, Id("41/NQ-CP"));
  ASSERT_TRUE(graph.ok()) << graph.status().ToString();
  auto has_node = [&](std::string_view code) {
    return std::any_of(graph->nodes.begin(), graph->nodes.end(),
                       [&](const DocumentSummary& d) { return d.code == code; });
  };
  EXPECT_TRUE(has_node("24-NQ/TW"));     // it implements
  EXPECT_TRUE(has_node("18/NQ-CP"));     // it amends
  EXPECT_TRUE(has_node("215/KH-UBND"));  // implements it
  EXPECT_TRUE(has_node("87/KH-SNNMT"));  // implements that
  EXPECT_FALSE(has_node("52-KH/TU"));    // another parent of 215/KH-UBND: not its lineage
  EXPECT_FALSE(has_node("19-NQ/TW"));    // only cited
  EXPECT_FALSE(graph->edges.empty());
  for (const GraphEdge& e : graph->edges) EXPECT_NE(e.from, e.to);

  auto whole = CitationGraph(*store_, std::nullopt);
  ASSERT_TRUE(whole.ok());
  EXPECT_GT(whole->nodes.size(), graph->nodes.size());
}

// The export rebuilds each record so that it prints exactly as `vanban
// extract` printed the original.
TEST_F(SampleQueryTest, ExportedRecordsPrintLikeTheExtractedOnes) {
  std::vector<std::string> exported;
  const Status status = ForEachRecord(*store_, [&](const extractor::DocumentRecord& r) {
    std::ostringstream out;
    app::JsonWriter json(out);
    app::WriteRecord(r, &json);
    exported.push_back(out.str());
  });
  ASSERT_TRUE(status.ok()) << status.ToString();
  ASSERT_EQ(exported.size(), docs_->size());
  for (size_t i = 0; i < docs_->size(); ++i) {
    std::ostringstream out;
    app::JsonWriter json(out);
    app::WriteRecord((*docs_)[i].record, &json);
    EXPECT_EQ(exported[i], out.str()) << (*docs_)[i].record.source;
  }
}

// Outputs are always valid: a string cut inside a character is mended in JSON
// and CSV, and a CSV cell that Excel would run as a formula is neutralised.
TEST(OutputTest, JsonWritesValidUtf8) {
  std::ostringstream out;
  app::JsonWriter json(out);
  json.BeginArray();
  json.String(std::string("Kế hoạch").substr(0, 3));
  json.EndArray();
  EXPECT_EQ(utf8::ValidPrefix(out.str()), out.str().size()) << out.str();
}

TEST(OutputTest, CsvNeutralisesFormulasAndMendsUtf8) {
  store::TaskRow row;
  row.document.code = "=HYPERLINK(\"http://x\")";
  row.task.text = "@SUM(A1)";
  row.task.id = "+1";
  row.task.number = "-2";
  row.task.lead = vanban::testing::AgenciesNamed({std::string("Sở Tài chính").substr(0, 4)});
  std::ostringstream out;
  app::WriteTasksCsv(app::MakeFollowUpTable({row}, "2026-01-01"), out);
  const std::string csv = out.str();
  EXPECT_EQ(utf8::ValidPrefix(csv), csv.size());
  EXPECT_NE(csv.find("'=HYPERLINK(\"\"http://x\"\")"), std::string::npos) << csv;
  EXPECT_NE(csv.find(",'+1,'@SUM(A1),"), std::string::npos) << csv;
  EXPECT_EQ(csv.find(",="), std::string::npos) << csv;
}

// The office's follow-up table: Vietnamese columns, one row per task with
// its number in the list, dates day first, the state against the deadline,
// and where in the file it is.
TEST(OutputTest, CsvHasTheFollowUpTableColumns) {
  vanban::testing::TempDir dir;
  const std::string path = dir.File("ke-hoach.txt");
  { std::ofstream(path) << "dòng một\ndòng hai\nNhiệm vụ ở dòng ba\n"; }
  store::TaskRow row;
  row.document = {1,
                  true,
                  "10/KH-UBND",
                  2025,
                  "KH",
                  "2025-03-05",
                  "Ủy ban nhân dân tỉnh",
                  "về chuyển đổi số",
                  "ke-hoach.txt",
                  path};
  row.task.id = "II.1";
  row.task.text = "Nhiệm vụ ở dòng ba";
  row.task.lead = vanban::testing::AgenciesNamed({"Sở Tài chính"});
  row.task.lead_inferred = true;
  row.task.deadline = {"Quý I/2026", "quarter", {2026, 3, 31}};
  row.task.source = {std::string("dòng một\ndòng hai\n").size(), 60};
  store::TaskRow gone = row;
  gone.document.source_path = dir.File("missing.txt");
  gone.task.deadline = {"Năm 2025", "year", {2025, 12, 31}};
  std::ostringstream out;
  app::WriteTasksCsv(app::MakeFollowUpTable({row, gone}, "2026-03-10"), out);
  std::istringstream lines(out.str());
  std::string header, first, second;
  std::getline(lines, header);
  std::getline(lines, first);
  std::getline(lines, second);
  EXPECT_NE(header.find("STT,\"Văn bản (số, ngày, cơ quan)\",Trích yếu,Mục,Nhiệm vụ,Cơ quan chủ "
                        "trì,Cơ quan phối hợp,Chủ trì suy ra,Thời hạn,Hạn cuối,Tình trạng,Nguồn"),
            std::string::npos)
      << header;
  EXPECT_EQ(first,
            "1,\"10/KH-UBND, 05/03/2025, Ủy ban nhân dân tỉnh\",về chuyển đổi số,II.1,Nhiệm vụ ở "
            "dòng ba,Sở Tài chính,,có,Quý I/2026,31/03/2026,sắp đến hạn,ke-hoach.txt:3\r");
  EXPECT_NE(second.find(",quá hạn,\"ke-hoach.txt, bytes 22-60\""), std::string::npos) << second;
}

// The state a follow-up table shows: done wins, then a passed last day,
// then what a person recorded, then how near the last day is.
TEST(TaskStateTest, DeriveCaseTable) {
  const extractor::Deadline due{"trước 30/6/2026", "date", {2026, 6, 30}};
  const extractor::Deadline ongoing{"Thường xuyên", "ongoing", {}};
  const auto entry = [](Progress p) {
    ProgressEntry e;
    e.progress = p;
    return std::optional<ProgressEntry>(e);
  };
  struct Case {
    std::optional<ProgressEntry> latest;
    extractor::Deadline deadline;
    const char* as_of;
    TaskState state;
    const char* label;
  };
  const Case cases[] = {
      {std::nullopt, due, "2026-07-01", TaskState::kOverdue, "quá hạn"},
      {std::nullopt, due, "2026-06-30", TaskState::kDueSoon, "sắp đến hạn"},
      {std::nullopt, due, "2026-05-31", TaskState::kDueSoon, "sắp đến hạn"},
      {std::nullopt, due, "2026-05-30", TaskState::kNotDue, "chưa đến hạn"},
      {std::nullopt, ongoing, "2026-05-30", TaskState::kNoDeadline, ""},
      {entry(Progress::kDone), due, "2026-07-01", TaskState::kDone, "hoàn thành"},
      {entry(Progress::kInProgress), due, "2026-07-01", TaskState::kOverdue, "quá hạn"},
      {entry(Progress::kInProgress), due, "2026-05-01", TaskState::kInProgress, "đang thực hiện"},
      {entry(Progress::kInProgress), ongoing, "2026-05-01", TaskState::kInProgress,
       "đang thực hiện"},
      {entry(Progress::kNotStarted), due, "2026-05-30", TaskState::kNotDue, "chưa đến hạn"},
  };
  for (const Case& c : cases) {
    const TaskState state = DeriveTaskState(c.latest, c.deadline, c.as_of);
    EXPECT_EQ(state, c.state) << c.as_of << " " << c.deadline.text;
    EXPECT_STREQ(TaskStateLabel(state), c.label);
    EXPECT_EQ(ParseTaskState(TaskStateName(state)), state);
  }
  EXPECT_EQ(ParseProgress("in-progress"), Progress::kInProgress);
  EXPECT_EQ(ParseProgress("finished"), std::nullopt);
}

// The key survives respacing and another placement of tone marks, not a
// change of words or path.
TEST(TaskStateTest, KeyIsStableAcrossSpellingNotAcrossWords) {
  const std::string key = TaskKey("344/kh-ubnd@2025", "III.1.a", "Xây dựng  kế hoạch thực hiện");
  EXPECT_EQ(key.rfind("344/kh-ubnd@2025#III.1.a#", 0), 0u) << key;
  EXPECT_EQ(TaskKey("344/kh-ubnd@2025", "III.1.a", "xây dựng kế hoạch thực hiện "), key);
  EXPECT_NE(TaskKey("344/kh-ubnd@2025", "III.1.a", "Xây dựng kế hoạch triển khai"), key);
  EXPECT_NE(TaskKey("344/kh-ubnd@2025", "III.1.b", "Xây dựng kế hoạch thực hiện"), key);
}

TEST_F(SampleQueryTest, TotalsCountStoredAndCitedDocuments) {
  auto totals = CountAll(*store_);
  ASSERT_TRUE(totals.ok());
  EXPECT_EQ(totals->documents, 6u);
  EXPECT_GT(totals->cited_only, 10u);
  EXPECT_GT(totals->edges, 10u);
}

// The audit the samples are built for (corpus/SAMPLES.md): 215/KH-UBND
// numbers its appendix after 41/NQ-CP and leaves out tasks 3 and 6; the
// department's plan 87/KH-SNNMT paraphrases its rows; the ward plan leaves
// targets 7 and 9 to nobody.
TEST_F(SampleQueryTest, CoverageOfTheSampleChain) {
  auto plan = CoverageOf(*store_, Id("215/KH-UBND"), "2025-10-01");
  ASSERT_TRUE(plan.ok()) << plan.status().ToString();
  ASSERT_EQ(plan->numbered_after.size(), 1u);
  EXPECT_EQ(plan->numbered_after[0].parent.code, "41/NQ-CP");
  EXPECT_EQ(plan->numbered_after[0].not_taken, (std::vector<std::string>{"3", "6"}));
  auto taken_by = [&](std::string_view parent_task) -> std::string {
    for (const ParentTask& p : plan->parent_tasks) {
      if (p.task.task.id != parent_task) continue;
      for (const TaskMatch& m : p.taken_up_by) {
        if (m.task.document.code == "87/KH-SNNMT") return m.task.task.id;
      }
    }
    return "";
  };
  EXPECT_EQ(taken_by("P2.1"), "II.2");
  EXPECT_EQ(taken_by("P2.5"), "II.3");
  EXPECT_EQ(taken_by("P2.7"), "II.4");
  EXPECT_EQ(taken_by("P2.8"), "II.6");
  EXPECT_EQ(taken_by("P2.9"), "II.5");
  EXPECT_EQ(taken_by("P2.11"), "II.7");
  EXPECT_EQ(taken_by("P2.12"), "II.8");
  EXPECT_FALSE(plan->overdue.empty());  // Tháng 9/2025 has passed by October

  auto programme = CoverageOf(*store_, Id("41/NQ-CP"), "2025-10-01");
  ASSERT_TRUE(programme.ok());
  ASSERT_EQ(programme->numbered_after_this.size(), 1u);
  EXPECT_EQ(programme->numbered_after_this[0].child.code, "215/KH-UBND");

  auto ward = CoverageOf(*store_, Id("05-ke-hoach-phuong.txt"), "2025-10-01");
  ASSERT_TRUE(ward.ok());
  std::vector<int> uncovered;
  for (const extractor::Target& t : ward->uncovered_targets) uncovered.push_back(t.n);
  EXPECT_EQ(uncovered, (std::vector<int>{7, 9}));
}

// What the extractor concluded of an agency comes back from the store as it
// was written: key, level, primary flag.
TEST_F(SampleQueryTest, TaskAgenciesKeepTheirIdentity) {
  TaskFilter filter;
  filter.agency = "so khoa hoc va cong nghe";
  filter.role = "lead";
  auto tasks = FindTasks(*store_, filter);
  ASSERT_TRUE(tasks.ok());
  ASSERT_FALSE(tasks->empty());
  const extractor::Task& t = tasks->front().task;
  ASSERT_FALSE(t.lead.empty());
  EXPECT_TRUE(t.lead.front().primary);
  bool found = false;
  for (const extractor::Agency& a : t.lead) {
    if (a.key != "so khoa hoc va cong nghe") continue;
    found = true;
    EXPECT_TRUE(a.known);
    EXPECT_EQ(a.level, extractor::AgencyLevel::kDepartment);
  }
  EXPECT_TRUE(found);
}

TEST_F(SampleQueryTest, TasksOfTheSamplesByFoldedAgency) {
  TaskFilter filter;
  filter.agency = "so khoa hoc va cong nghe";
  auto tasks = FindTasks(*store_, filter);
  ASSERT_TRUE(tasks.ok());
  EXPECT_FALSE(tasks->empty());
  filter.role = "lead";
  auto leads = FindTasks(*store_, filter);
  ASSERT_TRUE(leads.ok());
  EXPECT_LT(leads->size(), tasks->size());
}

// A provincial plan with four tasks and three targets; a department's plan
// numbering its appendix after it; a commune plan without a number that
// paraphrases one of its tasks.
class CoverageTest : public ::testing::Test {
 protected:
  static extractor::Task Task(std::string id, std::string text, std::vector<std::string> lead,
                              extractor::Deadline deadline) {
    extractor::Task t;
    t.id = std::move(id);
    t.number = t.id.substr(t.id.find('.') + 1);
    t.text = std::move(text);
    t.lead = vanban::testing::AgenciesNamed(lead);
    t.deadline = std::move(deadline);
    return t;
  }

  void SetUp() override {
    store_ = vanban::testing::OpenStore();
    Doc parent = MakeDoc("/c/parent.txt",
                         "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 100/KH-UBND\n"
                         "Lào Cai, ngày 10 tháng 01 năm 2025\nKẾ HOẠCH\nvề chuyển đổi số\n");
    std::vector<extractor::Task>& tasks = parent.record.tasks;
    tasks.push_back(Task("P1.1", "Xây dựng cơ sở dữ liệu đất đai số hóa toàn tỉnh",
                         {"Sở Nông nghiệp và Môi trường"},
                         {"Quý II/2025", "quarter", {2025, 6, 30}}));
    tasks.push_back(Task("P1.2", "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã",
                         {"Sở Nội vụ"}, {"Năm 2026", "year", {2026, 12, 31}}));
    tasks[1].coordinate = vanban::testing::AgenciesNamed({"Sở Tài chính"});
    tasks[1].targets = {2};
    tasks[0].targets = {1};
    tasks.push_back(
        Task("P1.3", "Triển khai thanh toán không dùng tiền mặt tại bệnh viện", {}, {}));
    tasks.push_back(Task("P1.4", "Báo cáo kết quả thực hiện định kỳ hằng quý",
                         {"Văn phòng UBND tỉnh"}, {"trước ngày 15 hằng quý", "recurring", {}}));
    tasks.back().lead_inferred = true;
    for (int n = 1; n <= 3; ++n) {
      parent.record.targets.push_back({n, "Chỉ tiêu " + std::to_string(n), "100%", "", {}});
    }
    Doc department =
        MakeDoc("/c/department.txt",
                "SỞ NỘI VỤ\nSố: 7/KH-SNV\nLào Cai, ngày 01 tháng 3 năm 2025\nKẾ HOẠCH\n"
                "Thực hiện Kế hoạch số 100/KH-UBND ngày 10/01/2025 của UBND tỉnh.\n");
    department.record.task_numbering.push_back({"P2", "100/KH-UBND"});
    department.record.tasks.push_back(Task("P2.1", "Cập nhật dữ liệu đất đai",
                                           {"sở nông nghiệp và môi trường"},
                                           {"Tháng 5/2025", "month", {2025, 5, 31}}));
    department.record.tasks.push_back(
        Task("P2.4", "Báo cáo quý", {"Sở Nội vụ"}, {"Thường xuyên", "ongoing", {}}));
    Doc commune = MakeDoc("/c/commune.txt",
                          "ỦY BAN NHÂN DÂN\nXÃ BẢN LẦU\nKẾ HOẠCH\nThực hiện Kế hoạch số "
                          "100/KH-UBND ngày 10/01/2025 của UBND tỉnh về chuyển đổi số.\n");
    commune.record.tasks.push_back(
        Task("II.1",
             "Tổ chức tập huấn, bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã trên "
             "địa bàn",
             {"Ủy ban nhân dân xã"}, {"Năm 2025", "year", {2025, 12, 31}}));
    for (const Doc* d : {&parent, &department, &commune}) PutDoc(store_.get(), *d);
  }

  std::vector<std::string> TaskIds(const TaskFilter& filter) {
    auto tasks = FindTasks(*store_, filter);
    EXPECT_TRUE(tasks.ok()) << tasks.status().ToString();
    std::vector<std::string> ids;
    for (const TaskRow& t : *tasks) ids.push_back(t.task.id);
    return ids;
  }

  DocumentId Id(std::string_view code) { return *FindDocument(*store_, code); }

  std::unique_ptr<Store> store_;
};

using Ids = std::vector<std::string>;

TaskFilter ByAgency(std::string agency, std::string role = "") {
  TaskFilter f;
  f.agency = std::move(agency);
  f.role = std::move(role);
  return f;
}

TEST_F(CoverageTest, TasksFilterByAgencyRoleDueDateAndKind) {
  EXPECT_EQ(TaskIds({}).size(), 7u);
  EXPECT_EQ(TaskIds(ByAgency("so noi vu")), (Ids{"P1.2", "P2.4"}));
  EXPECT_EQ(TaskIds(ByAgency("SỞ NỘI VỤ", "lead")), (Ids{"P1.2", "P2.4"}));
  EXPECT_EQ(TaskIds(ByAgency("so tai chinh", "coordinate")), (Ids{"P1.2"}));
  EXPECT_TRUE(TaskIds(ByAgency("so tai chinh", "lead")).empty());
  EXPECT_EQ(TaskIds(ByAgency("nong nghiep")), (Ids{"P1.1", "P2.1"}));  // whole words
  EXPECT_TRUE(TaskIds(ByAgency("nong ngh")).empty());
  TaskFilter due;
  due.document = Id("100/KH-UBND");
  due.due_before = "2026-01-01";
  EXPECT_EQ(TaskIds(due), (Ids{"P1.1"}));
  TaskFilter overdue;
  overdue.overdue_as_of = "2025-06-01";
  EXPECT_EQ(TaskIds(overdue), (Ids{"P2.1"}));
  TaskFilter recurring;
  recurring.kind = "recurring";
  EXPECT_EQ(TaskIds(recurring), (Ids{"P1.4"}));
}

TEST_F(CoverageTest, AgenciesCountRolesAndKeepSpellings) {
  auto agencies = ListAgencies(*store_);
  ASSERT_TRUE(agencies.ok());
  auto find = [&](std::string_view key) -> const AgencyRow* {
    for (const AgencyRow& a : *agencies) {
      if (a.key == key) return &a;
    }
    return nullptr;
  };
  const AgencyRow* interior = find("so noi vu");
  ASSERT_NE(interior, nullptr);
  EXPECT_EQ(interior->lead, 2u);
  const AgencyRow* agriculture = find("so nong nghiep va moi truong");
  ASSERT_NE(agriculture, nullptr);
  EXPECT_EQ(agriculture->spellings,
            (Ids{"Sở Nông nghiệp và Môi trường", "sở nông nghiệp và môi trường"}));
  const AgencyRow* finance = find("so tai chinh");
  ASSERT_NE(finance, nullptr);
  EXPECT_EQ(finance->coordinate, 1u);
  EXPECT_EQ(finance->lead, 0u);
}

TEST_F(CoverageTest, CoverageAuditsTasksTargetsNumberingAndChildren) {
  auto c = CoverageOf(*store_, Id("100/KH-UBND"), "2025-07-01");
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->tasks, 4u);
  EXPECT_EQ(c->targets, 3u);
  ASSERT_EQ(c->without_lead.size(), 1u);
  EXPECT_EQ(c->without_lead[0].task.id, "P1.3");
  // an inferred lead is a lead to check, not a lead written
  ASSERT_EQ(c->inferred_lead.size(), 1u);
  EXPECT_EQ(c->inferred_lead[0].task.id, "P1.4");
  ASSERT_EQ(c->without_deadline.size(), 1u);
  EXPECT_EQ(c->without_deadline[0].task.id, "P1.3");
  ASSERT_EQ(c->overdue.size(), 1u);
  EXPECT_EQ(c->overdue[0].task.id, "P1.1");
  ASSERT_EQ(c->uncovered_targets.size(), 1u);
  EXPECT_EQ(c->uncovered_targets[0].n, 3);

  ASSERT_EQ(c->numbered_after_this.size(), 1u);
  const Numbering& n = c->numbered_after_this[0];
  EXPECT_EQ(n.child.code, "7/KH-SNV");
  EXPECT_EQ(n.appendix, "P2");
  EXPECT_EQ(n.taken, (Ids{"1", "4"}));
  EXPECT_EQ(n.not_taken, (Ids{"2", "3"}));

  ASSERT_EQ(c->children.size(), 2u);
  ASSERT_EQ(c->parent_tasks.size(), 4u);
  const std::vector<TaskMatch>& first = c->parent_tasks[0].taken_up_by;
  ASSERT_EQ(first.size(), 1u);
  EXPECT_TRUE(first[0].by_number);
  EXPECT_EQ(first[0].task.task.id, "P2.1");
  const std::vector<TaskMatch>& training = c->parent_tasks[1].taken_up_by;
  ASSERT_EQ(training.size(), 1u);
  EXPECT_FALSE(training[0].by_number);
  EXPECT_EQ(training[0].task.task.id, "II.1");
  EXPECT_GT(training[0].score, kTaskMatchThreshold);
  EXPECT_TRUE(c->parent_tasks[2].taken_up_by.empty());  // nobody takes up P1.3
  EXPECT_EQ(c->parent_tasks[3].taken_up_by.size(), 1u);
}

TEST_F(CoverageTest, ChildSeesWhoseNumberingItFollows) {
  auto c = CoverageOf(*store_, Id("7/KH-SNV"), "2025-07-01");
  ASSERT_TRUE(c.ok());
  ASSERT_EQ(c->numbered_after.size(), 1u);
  EXPECT_EQ(c->numbered_after[0].parent.code, "100/KH-UBND");
  EXPECT_EQ(c->numbered_after[0].not_taken, (Ids{"2", "3"}));
}

TEST(TaskSimilarityTest, ParaphrasesScoreAboveUnrelatedTexts) {
  const double paraphrase = TaskSimilarity(
      "Xây dựng, triển khai chương trình truyền thông về nông nghiệp số, kinh tế số nông thôn trên "
      "báo chí, mạng xã hội và hệ thống truyền thanh cơ sở",
      "Xây dựng và triển khai chương trình truyền thông về nông nghiệp số, kinh tế số nông thôn "
      "trên báo chí, mạng xã hội và hệ thống truyền thanh cơ sở; giới thiệu các mô hình sản xuất "
      "chè, rau, cây ăn quả ứng dụng công nghệ số tiêu biểu.");
  const double unrelated =
      TaskSimilarity("Xây dựng bản đồ số nông nghiệp; ứng dụng viễn thám",
                     "Phối hợp với Sở Công Thương hỗ trợ đưa sản phẩm OCOP lên sàn thương mại");
  EXPECT_GT(paraphrase, kTaskMatchThreshold);
  EXPECT_LT(unrelated, kTaskMatchThreshold);
  EXPECT_DOUBLE_EQ(TaskSimilarity("Tập huấn", "TẬP HUẤN"), 1.0);
  EXPECT_EQ(TaskSimilarity("", "Tập huấn"), 0.0);
}

}  // namespace
}  // namespace vanban::store

namespace vanban::store {
namespace {

// Tasks given to a body before the 2025 reorganisation are found under the
// body it was merged into, marked as inherited; the successor's own tasks
// are not.
TEST(TaskAgencyQueryTest, SuccessorFindsItsPredecessorsTasks) {
  auto store = vanban::testing::OpenStore();
  const vanban::testing::Doc doc = vanban::testing::MakeDoc(
      "/n/thong-bao.txt",
      "THÔNG BÁO\nKết luận của Phó Thủ tướng\n"
      "1. Giao Bộ Thông tin và Truyền thông chủ trì hoàn thiện hồ sơ, trình Chính phủ trong "
      "quý II/2026.\n"
      "2. Giao Bộ Khoa học và Công nghệ chủ trì xây dựng đề án, trình Chính phủ trong quý "
      "III/2026.\n");
  ASSERT_EQ(doc.record.tasks.size(), 2u);
  PutDoc(store.get(), doc);
  const extractor::Extractor::AgencyLookup lookup =
      vanban::testing::TheExtractor().LookUpAgency("Bộ KH&CN");
  ASSERT_TRUE(lookup.agency.known);
  TaskFilter filter;
  filter.agency = lookup.agency.name;
  filter.agency_keys.push_back(lookup.agency.key);
  for (const extractor::Agency& p : lookup.predecessors) filter.agency_keys.push_back(p.key);
  ASSERT_GE(filter.agency_keys.size(), 2u);
  auto tasks = FindTasks(*store, filter);
  ASSERT_TRUE(tasks.ok()) << tasks.status().ToString();
  ASSERT_EQ(tasks->size(), 2u);
  EXPECT_EQ((*tasks)[0].inherited_from, "Bộ Thông tin và Truyền thông");
  EXPECT_EQ((*tasks)[1].inherited_from, "");
}

// A notice with a number, so its identity (and the tasks' keys) outlives a
// change of its bytes; `extra` is appended to change them.
vanban::testing::Doc Notice(const std::string& extra, const std::string& second_task) {
  return vanban::testing::MakeDoc(
      "/n/tb-12.txt",
      "VĂN PHÒNG CHÍNH PHỦ\nSố: 12/TB-VPCP\nHà Nội, ngày 5 tháng 3 năm 2026\nTHÔNG BÁO\n"
      "Kết luận của Phó Thủ tướng\n"
      "1. Giao Bộ Tài chính chủ trì hoàn thiện hồ sơ, trình Chính phủ trong quý II/2026.\n"
      "2. Giao Bộ Công Thương chủ trì " +
          second_task + ", trình Chính phủ trong quý III/2026.\n" + extra);
}

// A person's status is kept under the task's key: it survives the document
// stored again from changed bytes, and a task whose words changed is a new
// task without it. The latest person's entry counts; the history keeps all.
TEST(TaskStatusStoreTest, StatusSurvivesReingestAndKeepsItsHistory) {
  auto store = vanban::testing::OpenStore();
  const vanban::testing::Doc first = Notice("", "xây dựng đề án");
  ASSERT_EQ(first.record.tasks.size(), 2u);
  ASSERT_TRUE(first.record.document.code.has_value());
  PutDoc(store.get(), first);
  auto task = FindTask(*store, "12/TB-VPCP:" + first.record.tasks[1].id);
  ASSERT_TRUE(task.ok()) << task.status().ToString();
  EXPECT_FALSE(task->progress.has_value());
  for (const Progress p : {Progress::kInProgress, Progress::kDone}) {
    ProgressEntry entry;
    entry.task_key = task->key;
    entry.progress = p;
    entry.source = "manual";
    ASSERT_TRUE(store->RecordProgress(entry).ok());
  }
  ProgressEntry bad;
  bad.task_key = task->key;
  bad.source = "rumour";
  EXPECT_FALSE(store->RecordProgress(bad).ok());

  const vanban::testing::Doc again = Notice("Nơi nhận: như trên.\n", "xây dựng đề án");
  EXPECT_EQ(PutDoc(store.get(), again).outcome, PutOutcome::kReplaced);
  auto report = StatusOf(*store, task->key, "2026-12-31");
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->state, TaskState::kDone);  // overdue by then, but done
  ASSERT_EQ(report->history.size(), 2u);
  EXPECT_EQ(report->history[0].progress, Progress::kInProgress);

  TaskFilter done;
  done.as_of = "2026-12-31";
  done.state = TaskState::kDone;
  auto found = FindTasks(*store, done);
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->size(), 1u);
  TaskFilter overdue;
  overdue.as_of = overdue.overdue_as_of = "2026-12-31";
  overdue.state = TaskState::kOverdue;
  found = FindTasks(*store, overdue);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->size(), 1u);  // the first task; the done one is not overdue

  const vanban::testing::Doc reworded = Notice("", "xây dựng chiến lược");
  PutDoc(store.get(), reworded);
  auto other = FindTask(*store, "12/TB-VPCP:" + reworded.record.tasks[1].id);
  ASSERT_TRUE(other.ok());
  EXPECT_NE(other->key, task->key);
  EXPECT_FALSE(other->progress.has_value());
}

// Tasks are named DOCUMENT:PATH (any case) or by key; a wrong path lists
// the document's paths.
TEST(TaskStatusStoreTest, FindTaskNamesWhatIsWrong) {
  auto store = vanban::testing::OpenStore();
  const vanban::testing::Doc doc = Notice("", "xây dựng đề án");
  PutDoc(store.get(), doc);
  const std::string path = doc.record.tasks[0].id;
  std::string lower = path;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_TRUE(FindTask(*store, "12/tb-vpcp:" + lower).ok());
  auto missing = FindTask(*store, "12/TB-VPCP:IX.9");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find(path), std::string::npos) << missing.status().message();
  EXPECT_EQ(FindTask(*store, "12/TB-VPCP").status().code(), Status::Code::kInvalidInput);
  EXPECT_EQ(FindTask(*store, "12/tb-vpcp@2026#I.1#0000000000000000").status().code(),
            Status::Code::kNotFound);
}

// Each cue with what it must state, and statements of intent or orders
// that must state nothing.
TEST(ReportProgressTest, Cues) {
  const std::vector<std::pair<const char*, std::optional<Progress>>> cases = {
      {"+ Đã hoàn thành: 01 nhiệm vụ (xây dựng chương trình)", Progress::kDone},
      {"Sở Nông nghiệp đã ban hành Kế hoạch số 87/KH-SNNMT", Progress::kDone},
      {"- Nhiệm vụ thường xuyên: 03 nhiệm vụ, đang triển khai đúng tiến độ.",
       Progress::kInProgress},
      {"+ Đang thực hiện, chưa đến hạn: 05 nhiệm vụ", Progress::kInProgress},
      {"Sở Công Thương đang hoàn thiện dự thảo Kế hoạch", Progress::kInProgress},
      {"ĐÃ HOÀN THÀNH việc số hóa hồ sơ", Progress::kDone},
      {"02 nhiệm vụ chưa thực hiện do thiếu kinh phí", Progress::kNotStarted},
      {"chưa hoàn thành, đã ban hành dự thảo", Progress::kInProgress},  // the first cue
      {"Hoàn thành cấp mã số vùng trồng. Thời hạn hoàn thành 30/11/2025.", std::nullopt},
      {"Tập trung hoàn thành các nhiệm vụ có thời hạn trong năm 2025", std::nullopt},
      {"Giao Sở Tài chính chủ trì, triển khai thực hiện", std::nullopt},
      {"sẽ hoàn thành trong quý IV", std::nullopt},
  };
  for (const auto& [clause, expected] : cases) {
    EXPECT_EQ(internal::ProgressCue(clause), expected) << clause;
  }
}

// A clause goes to the one task it describes best, never to a neighbour
// that shares fewer of its words; a clause too far from every task, or
// sharing too few words, goes nowhere.
TEST(ReportProgressTest, EachClauseGoesToItsBestTask) {
  const auto task = [](const char* key, const char* text) {
    return internal::PlanTask{key, internal::WordFeatures(text)};
  };
  const std::vector<internal::PlanTask> tasks = {
      task("a", "Xây dựng và triển khai chương trình truyền thông quốc gia về nông nghiệp số"),
      task("b",
           "Xây dựng, triển khai chương trình truyền thông về nông nghiệp số, kinh tế số "
           "nông thôn trên báo chí, mạng xã hội"),
      task("c", "Phát triển kinh tế số"),
  };
  const auto clauses = internal::ProgressClauses(
      "+ Đã hoàn thành: 01 nhiệm vụ (xây dựng, triển khai chương trình truyền thông về nông "
      "nghiệp số, kinh tế số nông thôn);\n"
      "Các sở đang triển khai nhiều nhiệm vụ khác.\n"
      "Chưa thực hiện: kinh tế số\n",
      "40/BC-UBND");
  ASSERT_EQ(clauses.size(), 3u);
  const auto stated = internal::AttributeClauses(clauses, tasks);
  ASSERT_EQ(stated.size(), 1u);
  ASSERT_EQ(stated.count("b"), 1u);
  EXPECT_EQ(stated.at("b").progress, Progress::kDone);
  EXPECT_EQ(stated.at("b").report, "40/BC-UBND");
}

// A report citing a plan marks the task its clause describes; other tasks
// stay as they were, and a person's entry wins over the report.
TEST(ReportProgressTest, ReportsMarkTheTasksTheyDescribe) {
  auto store = vanban::testing::OpenStore();
  const vanban::testing::Doc plan = vanban::testing::MakeDoc(
      "/r/kh-15.txt",
      "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 15/KH-UBND\nHà Giang, ngày 5 tháng 3 năm 2026\n"
      "KẾ HOẠCH\nChuyển đổi số năm 2026\n"
      "1. Giao Sở Tài chính chủ trì xây dựng cơ sở dữ liệu giá đất và bản đồ số các vùng "
      "quy hoạch, hoàn thành trong quý II/2026.\n"
      "2. Giao Sở Y tế chủ trì triển khai hồ sơ sức khỏe điện tử cho người dân tại các trạm y "
      "tế xã, hoàn thành trong quý III/2026.\n");
  ASSERT_EQ(plan.record.tasks.size(), 2u);
  const vanban::testing::Doc report = vanban::testing::MakeDoc(
      "/r/bc-40.txt",
      "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 40/BC-UBND\nHà Giang, ngày 5 tháng 7 năm 2026\n"
      "BÁO CÁO\nKết quả thực hiện Kế hoạch số 15/KH-UBND ngày 05/3/2026\n"
      "1. Sở Tài chính đã hoàn thành xây dựng cơ sở dữ liệu giá đất và bản đồ số các vùng quy "
      "hoạch.\n"
      "2. Các sở, ngành đang triển khai nhiều nhiệm vụ khác.\n");
  PutDoc(store.get(), report);  // before the plan: the link does not depend on the order
  PutDoc(store.get(), plan);
  TaskFilter filter;
  filter.as_of = "2026-07-10";
  auto tasks = FindTasks(*store, filter);
  ASSERT_TRUE(tasks.ok()) << tasks.status().ToString();
  ASSERT_EQ(tasks->size(), 2u);
  const TaskRow& land = (*tasks)[0];
  ASSERT_TRUE(land.progress.has_value()) << land.task.text;
  EXPECT_EQ(land.progress->progress, Progress::kDone);
  EXPECT_EQ(land.progress->source, "report");
  EXPECT_EQ(land.progress->report, "40/BC-UBND");
  EXPECT_NE(land.progress->evidence.find("đã hoàn thành"), std::string::npos);
  EXPECT_GT(land.progress->confidence, 0.3);
  EXPECT_EQ(land.state, TaskState::kDone);
  EXPECT_FALSE((*tasks)[1].progress.has_value()) << (*tasks)[1].progress->evidence;

  ProgressEntry person;
  person.task_key = land.key;
  person.progress = Progress::kInProgress;
  person.source = "manual";
  ASSERT_TRUE(store->RecordProgress(person).ok());
  tasks = FindTasks(*store, filter);
  ASSERT_TRUE(tasks.ok());
  EXPECT_EQ((*tasks)[0].progress->source, "manual");
  EXPECT_EQ((*tasks)[0].state, TaskState::kOverdue);  // in progress, and its quarter is over
}

// Wrapping counts letters, not bytes, breaks at spaces and cuts only a word
// longer than a line.
TEST(TextTableTest, WrapCaseTable) {
  struct Case {
    const char* text;
    size_t width;
    std::vector<std::string> lines;
  };
  const Case cases[] = {
      {"", 10, {""}},
      {"Sở Tài chính", 20, {"Sở Tài chính"}},
      {"Sở Tài chính chủ trì", 12, {"Sở Tài chính", "chủ trì"}},
      {"Xây  dựng   đề án", 9, {"Xây dựng", "đề án"}},
      {"abcdefghijkl xy", 5, {"abcde", "fghij", "kl xy"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(app::Wrap(c.text, c.width), c.lines) << c.text;
  }
}

// $COLUMNS wins when it is a number; a table printed at a width never
// has a line longer than it, and the text column continues under itself.
TEST(TextTableTest, TerminalWidthAndWrappedTable) {
  const char* saved = std::getenv("COLUMNS");
  const std::string before = saved ? saved : "";
  setenv("COLUMNS", "90", 1);
  EXPECT_EQ(app::TerminalWidth(), 90u);
  setenv("COLUMNS", "ninety", 1);
  EXPECT_NE(app::TerminalWidth(), 90u);
  if (saved) {
    setenv("COLUMNS", before.c_str(), 1);
  } else {
    unsetenv("COLUMNS");
  }
  app::TextTable table({"TASK", "LEAD", "TEXT"}, {10, 20, 60});
  table.AddRow({"II.1", "Sở Tài chính",
                "Xây dựng cơ sở dữ liệu giá đất và bản đồ số các vùng quy hoạch của tỉnh, hoàn "
                "thành trong quý II năm 2026"});
  std::ostringstream out;
  table.Print(out, 50);
  std::istringstream lines(out.str());
  size_t count = 0;
  for (std::string line; std::getline(lines, line); ++count) {
    EXPECT_LE(app::Columns(line), 50u) << line;
    if (count >= 2) {
      EXPECT_EQ(line.rfind("                    ", 0), 0u) << line;
    }
  }
  EXPECT_GE(count, 4u);
  EXPECT_NE(out.str().find("2026"), std::string::npos) << "the text is wrapped, not cut";
}

// Language names as --lang and the locale give them; every label has its
// English as the fallback.
TEST(LabelsTest, LanguagesAndFallback) {
  EXPECT_EQ(app::ParseLanguage("vi"), app::Language::kVietnamese);
  EXPECT_EQ(app::ParseLanguage("VI"), app::Language::kVietnamese);
  EXPECT_EQ(app::ParseLanguage("vi_VN.UTF-8"), app::Language::kVietnamese);
  EXPECT_EQ(app::ParseLanguage("en_US"), app::Language::kEnglish);
  EXPECT_EQ(app::ParseLanguage("vie"), std::nullopt);
  EXPECT_EQ(app::ParseLanguage("fr"), std::nullopt);
  EXPECT_EQ(app::ParseLanguage(""), std::nullopt);
  EXPECT_EQ(app::Say(app::Language::kVietnamese, "LEAD"), "CHỦ TRÌ");
  EXPECT_EQ(app::Say(app::Language::kVietnamese, "overdue"), "quá hạn");
  EXPECT_EQ(app::Say(app::Language::kEnglish, "LEAD"), "LEAD");
  EXPECT_EQ(app::Say(app::Language::kVietnamese, "no such label"), "no such label");
  // every state and progress name has a Vietnamese label
  for (const char* name :
       {"done", "overdue", "in-progress", "due-soon", "not-due", "no-deadline", "not-started"}) {
    EXPECT_NE(app::Say(app::Language::kVietnamese, name), name) << name;
  }
}

}  // namespace
}  // namespace vanban::store
