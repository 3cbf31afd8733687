// Storing documents: identity, cited-only nodes and their upgrade, order
// independence, replacing a changed file, and the full-text index.
#include "vanban/store.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "store_test_util.h"
#include "vanban/queries.h"

namespace vanban::store {
namespace {

using vanban::testing::Doc;
using vanban::testing::DumpContent;
using vanban::testing::MakeDoc;
using vanban::testing::OpenStore;
using vanban::testing::PutDoc;

// A provincial plan implementing a party resolution; it cites an official
// letter without a date.
constexpr char kPlan[] =
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 10/KH-UBND\nHà Giang, ngày 05 tháng 3 năm 2025\n"
    "KẾ HOẠCH\nThực hiện Nghị quyết số 5-NQ/TU ngày 01/02/2025 của Ban Thường vụ Tỉnh ủy về "
    "chuyển đổi số\nCăn cứ Công văn số 99/UBND-KT của UBND tỉnh;\nỦy ban nhân dân tỉnh ban hành "
    "Kế hoạch thực hiện Nghị quyết số 5-NQ/TU như sau:\nI. MỤC TIÊU\nĐẩy mạnh chuyển đổi số "
    "trong cơ quan nhà nước.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n";
// Another plan of the same province.
constexpr char kOtherPlan[] =
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 99/KH-UBND\nHà Giang, ngày 10 tháng 01 năm 2025\n"
    "KẾ HOẠCH\nvề việc khác\n";
// The resolution itself; it dates the letter (2025).
constexpr char kResolution[] =
    "TỈNH ỦY HÀ GIANG\nSố 5-NQ/TU\nHà Giang, ngày 01 tháng 02 năm 2025\nNGHỊ QUYẾT\n"
    "về chuyển đổi số tỉnh Hà Giang đến năm 2030\nCăn cứ Công văn số 99/UBND-KT ngày 10/01/2025 "
    "của UBND tỉnh về đột phá;\nBan Thường vụ Tỉnh ủy quyết nghị đẩy mạnh chuyển đổi số.\n"
    "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nTrần Văn Bình\n";
// A commune plan without a number, implementing the provincial plan.
constexpr char kCommunePlan[] =
    "ỦY BAN NHÂN DÂN\nXÃ TÂN AN\nKẾ HOẠCH\nThực hiện Kế hoạch số 10/KH-UBND của UBND tỉnh về "
    "chuyển đổi số\nỦy ban nhân dân xã triển khai Kế hoạch số 10/KH-UBND trên địa bàn xã.\n"
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Thị Cúc\n";
// A report citing a letter with the same number from another year (2024).
constexpr char kReport[] =
    "SỞ TÀI CHÍNH\nSố: 12/BC-STC\nHà Giang, ngày 20 tháng 5 năm 2024\nBÁO CÁO\nTình hình thực "
    "hiện Công văn số 99/UBND-KT ngày 15/3/2024 của UBND tỉnh\nSở Tài chính báo cáo kết quả.\n"
    "GIÁM ĐỐC\nPhạm Văn Dũng\n";

extractor::Task MakeTask(std::string id, std::string text, std::vector<std::string> lead) {
  extractor::Task t;
  t.id = std::move(id);
  t.number = t.id.substr(t.id.find('.') + 1);
  t.text = std::move(text);
  t.lead = vanban::testing::AgenciesNamed(lead);
  t.deadline = {"Quý II/2025", "quarter", {2025, 6, 30}};
  return t;
}

// The four documents, with tasks whose lead agencies are spelled two ways.
std::vector<Doc> Documents() {
  std::vector<Doc> docs = {
      MakeDoc("/corpus/plan.txt", kPlan), MakeDoc("/corpus/resolution.txt", kResolution),
      MakeDoc("/corpus/commune.txt", kCommunePlan), MakeDoc("/corpus/report.txt", kReport)};
  docs[0].record.tasks.push_back(MakeTask("I.1", "Số hóa hồ sơ", {"Sở Tài chính"}));
  docs[2].record.tasks.push_back(MakeTask("II.1", "Số hóa hồ sơ xã", {"sở tài chính"}));
  docs[2].record.tasks.push_back(MakeTask("II.2", "Tập huấn", {"Sở Tài chính"}));
  return docs;
}

std::string DumpAfterStoring(const std::vector<Doc>& docs, const std::vector<size_t>& order) {
  auto s = OpenStore();
  for (const size_t i : order) PutDoc(s.get(), docs[i]);
  return DumpContent(*s);
}

DocumentSummary Summary(const Store& s, std::string_view code) {
  auto id = FindDocument(s, code);
  EXPECT_TRUE(id.ok()) << code << ": " << id.status().ToString();
  auto summary = Describe(s, id.ok() ? *id : 0);
  return summary.ok() ? *summary : DocumentSummary{};
}

TEST(StoreOrderTest, EveryOrderGivesTheSameDatabase) {
  const std::vector<Doc> docs = Documents();
  for (const size_t n : {3u, 4u}) {  // without and with the 2024 report
    std::vector<size_t> order(n);
    for (size_t i = 0; i < n; ++i) order[i] = i;
    const std::string first = DumpAfterStoring(docs, order);
    while (std::next_permutation(order.begin(), order.end())) {
      ASSERT_EQ(DumpAfterStoring(docs, order), first)
          << "order " << order[0] << order[1] << order[2];
    }
  }
}

// In a batch, citations are reconciled once at the commit: same result.
TEST(StoreOrderTest, OneBatchGivesTheSameDatabaseAsOneByOne) {
  const std::vector<Doc> docs = Documents();
  auto batched = OpenStore();
  ASSERT_TRUE(batched->BeginBatch().ok());
  for (const Doc& d : docs) PutDoc(batched.get(), d);
  ASSERT_TRUE(batched->CommitBatch().ok());
  EXPECT_EQ(DumpContent(*batched), DumpAfterStoring(docs, {3, 2, 1, 0}));
}

TEST(StoreOrderTest, CitedNodeBecomesTheDocumentAndKeepsItsId) {
  const std::vector<Doc> docs = Documents();
  auto s = OpenStore();
  PutDoc(s.get(), docs[0]);  // the plan cites 5-NQ/TU
  const DocumentSummary cited = Summary(*s, "5-NQ/TU");
  EXPECT_FALSE(cited.ingested);
  EXPECT_EQ(cited.issued, "2025-02-01");
  const PutResult stored = PutDoc(s.get(), docs[1]);
  EXPECT_EQ(stored.id, cited.id);
  EXPECT_TRUE(Summary(*s, "5-NQ/TU").ingested);
  auto links = CitedBy(*s, cited.id);
  ASSERT_TRUE(links.ok());
  ASSERT_EQ(links->size(), 1u);
  EXPECT_EQ((*links)[0].other.code, "10/KH-UBND");
  EXPECT_EQ((*links)[0].relation, "implements");
}

TEST(StoreIdentityTest, UndatedCitationMeansTheOnlyDocumentWithThatNumber) {
  const std::vector<Doc> docs = Documents();
  auto s = OpenStore();
  PutDoc(s.get(), docs[0]);  // "Công văn số 99/UBND-KT" without a date
  EXPECT_EQ(Summary(*s, "99/UBND-KT").year, 0);
  PutDoc(s.get(), docs[1]);  // dated 10/01/2025
  const DocumentSummary letter = Summary(*s, "99/UBND-KT");
  EXPECT_EQ(letter.year, 2025);
  auto by = CitedBy(*s, letter.id);
  ASSERT_TRUE(by.ok());
  EXPECT_EQ(by->size(), 2u);  // the plan's undated citation joined the dated one

  PutDoc(s.get(), docs[3]);  // another 99/UBND-KT, of 2024: the undated one is ambiguous now
  auto ambiguous = FindDocument(*s, "99/UBND-KT");
  ASSERT_FALSE(ambiguous.ok());
  EXPECT_NE(ambiguous.status().message().find("99/UBND-KT@2024"), std::string::npos);
  EXPECT_EQ(Summary(*s, "99/UBND-KT@0").year, 0);
  EXPECT_EQ(Summary(*s, "99/UBND-KT@2025").issued, "2025-01-10");
}

TEST(StoreIdentityTest, DocumentWithoutNumberIsKnownByItsFile) {
  auto s = OpenStore();
  const Doc commune = MakeDoc("/corpus/commune.txt", kCommunePlan);
  const PutResult put = PutDoc(s.get(), commune);
  const DocumentSummary d = Summary(*s, "commune.txt");
  EXPECT_EQ(d.id, put.id);
  EXPECT_TRUE(d.code.empty());
  EXPECT_NE(d.Label().find("[commune.txt]"), std::string::npos) << d.Label();
  auto key = s->database().QueryInt("SELECT 1 FROM documents WHERE doc_key = ?1",
                                    "sha256:" + commune.source.sha256);
  EXPECT_TRUE(key.ok() && key->has_value());
}

TEST(StorePutTest, SameBytesAreSkippedWhereverTheyAre) {
  auto s = OpenStore();
  const Doc plan = MakeDoc("/corpus/plan.txt", kPlan);
  EXPECT_EQ(PutDoc(s.get(), plan).outcome, PutOutcome::kStored);
  EXPECT_EQ(PutDoc(s.get(), plan).outcome, PutOutcome::kUnchanged);
  EXPECT_EQ(PutDoc(s.get(), MakeDoc("/copy/plan.txt", kPlan)).outcome, PutOutcome::kUnchanged);
  EXPECT_EQ(*s->database().QueryInt("SELECT count(*) FROM documents WHERE ingested = 1"), 1);
}

TEST(StorePutTest, ChangedFileReplacesItsDocument) {
  auto s = OpenStore();
  PutDoc(s.get(), MakeDoc("/corpus/plan.txt", kPlan));
  std::string changed = kPlan;
  changed.replace(changed.find("99/UBND-KT"), 2, "77");
  const PutResult put = PutDoc(s.get(), MakeDoc("/corpus/plan.txt", changed));
  EXPECT_EQ(put.outcome, PutOutcome::kReplaced);
  EXPECT_EQ(Summary(*s, "10/KH-UBND").id, put.id);    // same identity: same row
  EXPECT_FALSE(FindDocument(*s, "99/UBND-KT").ok());  // nobody cites it any more
  EXPECT_TRUE(FindDocument(*s, "77/UBND-KT").ok());
  EXPECT_EQ(*s->database().QueryInt("SELECT count(*) FROM documents WHERE ingested = 1"), 1);
  auto hits = Search(*s, "chuyen doi so", 10);
  ASSERT_TRUE(hits.ok());
  EXPECT_EQ(hits->size(), 1u);
}

TEST(StorePutTest, ReplacedDocumentStillCitedBecomesACitedNode) {
  const std::vector<Doc> docs = Documents();
  auto s = OpenStore();
  PutDoc(s.get(), docs[0]);  // the plan, 10/KH-UBND
  PutDoc(s.get(), docs[2]);  // the commune plan implements it
  // The file now holds a different document; 10/KH-UBND is only cited.
  EXPECT_EQ(PutDoc(s.get(), MakeDoc("/corpus/plan.txt", kReport)).outcome, PutOutcome::kReplaced);
  const DocumentSummary plan = Summary(*s, "10/KH-UBND");
  EXPECT_FALSE(plan.ingested);
  EXPECT_TRUE(plan.source_path.empty());
  auto by = CitedBy(*s, plan.id);
  ASSERT_TRUE(by.ok());
  EXPECT_FALSE(by->empty());
  EXPECT_EQ(*s->database().QueryInt("SELECT count(*) FROM agencies"), 1);  // the commune's tasks
}

// Another file with the same number and year is another copy of a stored
// document: a duplicate, named with the file it copies, and not stored.
TEST(StorePutTest, SecondFileOfAStoredDocumentIsADuplicate) {
  auto s = OpenStore();
  const store::PutResult first = PutDoc(s.get(), MakeDoc("/a/plan.txt", kPlan));
  const Doc other = MakeDoc("/b/plan.txt", std::string(kPlan) + "Nơi nhận: Như trên.\n");
  auto put = s->Put(other.source, other.text, other.record);
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_EQ(put->outcome, PutOutcome::kDuplicate);
  EXPECT_EQ(put->id, first.id);
  EXPECT_EQ(put->duplicate_of, "/a/plan.txt");
  EXPECT_EQ(Summary(*s, "10/KH-UBND").source_path, "/a/plan.txt");
  EXPECT_EQ(*s->database().QueryInt("SELECT count(*) FROM documents WHERE ingested = 1"), 1);
}

// A file that changed into the document of another file is a conflict:
// both stay as they were.
TEST(StorePutTest, FileChangedIntoAnotherFilesDocumentConflicts) {
  auto s = OpenStore();
  PutDoc(s.get(), MakeDoc("/a/plan.txt", kPlan));
  PutDoc(s.get(), MakeDoc("/b/other.txt", kOtherPlan));
  const Doc changed = MakeDoc("/b/other.txt", std::string(kPlan) + "Nơi nhận: Như trên.\n");
  auto put = s->Put(changed.source, changed.text, changed.record);
  ASSERT_FALSE(put.ok());
  EXPECT_NE(put.status().message().find("/a/plan.txt"), std::string::npos);
  EXPECT_EQ(Summary(*s, "10/KH-UBND").source_path, "/a/plan.txt");
}

TEST(StorePutTest, FailedPutInsideABatchLeavesTheOthers) {
  auto s = OpenStore();
  PutDoc(s.get(), MakeDoc("/b/other.txt", kOtherPlan));
  ASSERT_TRUE(s->BeginBatch().ok());
  PutDoc(s.get(), MakeDoc("/a/plan.txt", kPlan));
  // /b/other.txt changed into the document of /a/plan.txt: a conflict
  const Doc conflict = MakeDoc("/b/other.txt", std::string(kPlan) + "Nơi nhận: Như trên.\n");
  EXPECT_FALSE(s->Put(conflict.source, conflict.text, conflict.record).ok());
  PutDoc(s.get(), MakeDoc("/a/resolution.txt", kResolution));
  ASSERT_TRUE(s->CommitBatch().ok());
  EXPECT_EQ(*s->database().QueryInt("SELECT count(*) FROM documents WHERE ingested = 1"), 3);
}

// A second writer waits for the first (SQLite's busy timeout), then says in
// words that the database is busy and names it: no SQL, nothing lost.
TEST(StorePutTest, BusyDatabaseIsNamedAndExplained) {
  vanban::testing::TempDir dir;
  const std::string path = dir.File("busy.db");
  auto first = OpenStore(path);
  auto second = OpenStore(path);
  ASSERT_TRUE(first->BeginBatch().ok());
  PutDoc(first.get(), MakeDoc("/a/plan.txt", kPlan));
  const Doc other = MakeDoc("/a/resolution.txt", kResolution);
  auto put = second->Put(other.source, other.text, other.record);
  ASSERT_FALSE(put.ok());
  EXPECT_NE(put.status().message().find(path + ": the database is busy"), std::string::npos)
      << put.status().message();
  EXPECT_EQ(put.status().message().find("INSERT"), std::string::npos);
  ASSERT_TRUE(first->CommitBatch().ok());
  PutDoc(second.get(), other);
  EXPECT_EQ(*second->database().QueryInt("SELECT count(*) FROM documents WHERE ingested = 1"), 2);
}

TEST(StoreSearchTest, DiacriticsCaseAndDStrokeDoNotMatter) {
  auto s = OpenStore();
  PutDoc(s.get(), MakeDoc("/corpus/plan.txt", kPlan));
  for (const char* query : {"chuyen doi so", "chuyển đổi số", "CHUYEN DOI SO", "ĐỔI", "doi"}) {
    auto hits = Search(*s, query, 10);
    ASSERT_TRUE(hits.ok()) << query << ": " << hits.status().ToString();
    ASSERT_EQ(hits->size(), 1u) << query;
    EXPECT_NE((*hits)[0].snippet.find("[đổi]"), std::string::npos) << (*hits)[0].snippet;
  }
  auto none = Search(*s, "khong co tu nay", 10);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  EXPECT_FALSE(Search(*s, " ;; ", 10).ok());
  auto syntax = Search(*s, "\"doi\" OR (", 10);  // FTS5 syntax in the input is taken literally
  EXPECT_TRUE(syntax.ok()) << syntax.status().ToString();
}

}  // namespace
}  // namespace vanban::store
