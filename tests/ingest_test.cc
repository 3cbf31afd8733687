// vanban ingest: a failing file is reported and recorded while the others
// are stored; unchanged files are skipped, changed ones replaced; the worker
// threads store files in the order a single thread would.
#include "ingest.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline_test_util.h"
#include "store_test_util.h"

namespace vanban::app {
namespace {

using vanban::testing::TempDir;
using vanban::testing::ThePipeline;
using vanban::testing::WriteFile;

void CopySample(const std::string& name, const std::string& to) {
  std::filesystem::copy_file(std::string(VANBAN_SAMPLES_DIR) + "/" + name, to);
}

// Two sample plans, a binary file that only looks like text by its name,
// and a report in a subdirectory.
class IngestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    CopySample("03-ke-hoach-215-KH-UBND.txt", dir_.File("03.txt"));
    CopySample("04-ke-hoach-so-nong-nghiep.md", dir_.File("04.md"));
    WriteFile(dir_.File("broken.txt"), std::string("PK\x03\x04\0\0binary", 12));
    std::filesystem::create_directory(dir_.File("sub"));
    CopySample("06-bao-cao-quy-III-2025.txt", dir_.File("sub/06.txt"));
    store_ = vanban::testing::OpenStore(dir_.File("v.db"));
  }

  IngestReport Run(const std::vector<std::string>& paths, size_t workers = 2) {
    IngestOptions options;
    options.paths = paths;
    options.workers = workers;
    options.batch_size = 2;
    errors_.str("");
    auto report = Ingest(ThePipeline(), store_.get(), options, errors_);
    EXPECT_TRUE(report.ok()) << report.status().ToString();
    return report.ok() ? *report : IngestReport{};
  }

  int64_t Count(const char* sql) { return store_->database().QueryInt(sql)->value_or(-1); }

  TempDir dir_;
  std::unique_ptr<store::Store> store_;
  std::ostringstream errors_;
};

TEST_F(IngestTest, FailingFileDoesNotStopTheOthers) {
  const IngestReport r = Run({dir_.path()});
  EXPECT_EQ(r.files, 4u);
  EXPECT_EQ(r.stored, 3u);
  EXPECT_EQ(r.failed, 1u);
  EXPECT_GT(r.citations, 20u);
  EXPECT_GT(r.edges, 5u);
  EXPECT_NE(errors_.str().find("broken.txt: binary file"), std::string::npos) << errors_.str();
  EXPECT_EQ(Count("SELECT count(*) FROM documents WHERE ingested = 1"), 3);
  std::string reason;
  ASSERT_TRUE(store_->database()
                  .ForEachRow("SELECT path, reason FROM ingest_errors",
                              [&](const store::internal::Statement& row) {
                                EXPECT_EQ(row.Text(0), dir_.File("broken.txt"));
                                reason = row.Text(1);
                              })
                  .ok());
  EXPECT_NE(reason.find("binary file"), std::string::npos) << reason;
  EXPECT_EQ(Count("SELECT failed FROM ingest_runs"), 1);
  EXPECT_EQ(Count("SELECT stored FROM ingest_runs"), 3);
}

TEST_F(IngestTest, MissingPathIsReportedAndTheRestStored) {
  const IngestReport r = Run({dir_.File("03.txt"), dir_.File("nothing-here.txt")});
  EXPECT_EQ(r.stored, 1u);
  EXPECT_EQ(r.failed, 1u);
  EXPECT_NE(errors_.str().find("nothing-here.txt"), std::string::npos) << errors_.str();
  EXPECT_EQ(Count("SELECT count(*) FROM ingest_errors"), 1);
}

TEST_F(IngestTest, UnchangedFilesAreSkippedAndChangedOnesReplaced) {
  Run({dir_.path()});
  IngestReport again = Run({dir_.path()});
  EXPECT_EQ(again.unchanged, 3u);
  EXPECT_EQ(again.stored, 0u);

  std::ofstream(dir_.File("04.md"), std::ios::app) << "\nNơi nhận: Như trên.\n";
  again = Run({dir_.path()});
  EXPECT_EQ(again.replaced, 1u);
  EXPECT_EQ(again.unchanged, 2u);
  EXPECT_EQ(Count("SELECT count(*) FROM documents WHERE ingested = 1"), 3);
  EXPECT_EQ(Count("SELECT count(*) FROM ingest_runs"), 3);
}

TEST_F(IngestTest, ParallelIngestStoresLikeASequentialOne) {
  Run({dir_.path()}, 2);
  auto sequential = vanban::testing::OpenStore();
  IngestOptions options;
  options.paths = {dir_.path()};
  options.workers = 1;
  std::ostringstream ignored;
  ASSERT_TRUE(Ingest(ThePipeline(), sequential.get(), options, ignored).ok());
  EXPECT_EQ(vanban::testing::DumpContent(*store_), vanban::testing::DumpContent(*sequential));
}

// Numbers too large for any integer once made extraction throw, and a throw in
// a worker thread ended the whole process. Whatever a stage does with such a
// file, the batch goes on: the other files are stored and the worker lives.
TEST_F(IngestTest, HostileNumbersNeverStopTheBatch) {
  WriteFile(dir_.File("huge-appendix.txt"), "PHỤ LỤC 99999999999999999999\n");
  WriteFile(dir_.File("huge-target.txt"),
            "II. MỤC TIÊU\n1. Chỉ tiêu\n- Hoàn thành các mục số 99999999999999999999\n");
  const IngestReport r = Run({dir_.path()});
  EXPECT_EQ(r.files, 6u);
  EXPECT_EQ(r.stored + r.failed, 6u);
  EXPECT_GE(r.stored, 3u);
  EXPECT_EQ(Count("SELECT count(*) FROM documents WHERE ingested = 1"),
            static_cast<int64_t>(r.stored));
  EXPECT_EQ(Count("SELECT count(*) FROM ingest_errors"), static_cast<int64_t>(r.failed));
}

TEST(PipelineTest, AFileIsAFailureBoundary) {
  TempDir dir;
  const std::string path = dir.File("hostile.txt");
  WriteFile(path, "PHỤ LỤC 99999999999999999999\nCác mục số 99999999999999999999\n");
  auto processed = ThePipeline().Process(path);
  if (!processed.ok()) {
    EXPECT_EQ(processed.status().message().rfind(path + ": ", 0), 0u)
        << processed.status().message();
    EXPECT_EQ(processed.status().path(), path);
  }
}

}  // namespace
}  // namespace vanban::app
