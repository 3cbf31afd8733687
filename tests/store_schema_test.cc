// The database file: a new one gets the whole schema, an old one is
// upgraded, a newer one and files that are not vanban databases are refused
// with a message naming the file.
#include <gtest/gtest.h>

#include <fstream>

#include "schema.h"
#include "store_test_util.h"

namespace vanban::store {
namespace {

using vanban::testing::TempDir;

bool HasTable(const Store& s, const std::string& name) {
  auto found = s.database().QueryInt(
      "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?1", name);
  return found.ok() && found->has_value();
}

void WriteBytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

TEST(SchemaTest, NewDatabaseHasEveryTable) {
  auto s = vanban::testing::OpenStore();
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->schema_version(), Store::LatestSchemaVersion());
  for (const char* table :
       {"schema_version", "documents",     "document_aliases", "citations",
        "mentions",       "edges",         "edges_resolved",   "footnotes",
        "repairs",        "warnings",      "agencies",         "agency_names",
        "tasks",          "task_agencies", "targets",          "target_assignments",
        "task_numbering", "ingest_runs",   "ingest_errors",    "documents_fts"}) {
    EXPECT_TRUE(HasTable(*s, table)) << table;
  }
}

TEST(SchemaTest, ForeignKeysAndWalAreOn) {
  TempDir dir;
  auto s = vanban::testing::OpenStore(dir.File("v.db"));
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(*s->database().QueryInt("PRAGMA foreign_keys"), 1);
  std::string mode;
  ASSERT_TRUE(s->database()
                  .ForEachRow("PRAGMA journal_mode",
                              [&](const internal::Statement& row) { mode = row.Text(0); })
                  .ok());
  EXPECT_EQ(mode, "wal");
}

TEST(SchemaTest, OlderDatabaseIsUpgradedKeepingItsDocuments) {
  TempDir dir;
  const std::string path = dir.File("old.db");
  {
    auto db = internal::Database::Open(path, false);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->Exec("PRAGMA foreign_keys = ON").ok());
    ASSERT_TRUE(internal::Migrate(db->get(), 1).ok());
    ASSERT_TRUE((*db)
                    ->Exec("INSERT INTO documents(doc_key, code_key, year, ingested, code) "
                           "VALUES ('5-NQ/TU@2025', '5-NQ/TU', 2025, 0, '5-NQ/TU')")
                    .ok());
    EXPECT_EQ(*internal::ReadSchemaVersion(db->get()), 1);
  }
  auto s = vanban::testing::OpenStore(path);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->schema_version(), Store::LatestSchemaVersion());
  EXPECT_TRUE(HasTable(*s, "tasks"));
  EXPECT_TRUE(HasTable(*s, "documents_fts"));
  EXPECT_EQ(*s->database().QueryInt("SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(*s->database().QueryInt("SELECT count(*) FROM schema_version"),
            Store::LatestSchemaVersion());
}

TEST(SchemaTest, NewerDatabaseIsRefused) {
  TempDir dir;
  const std::string path = dir.File("new.db");
  {
    auto s = vanban::testing::OpenStore(path);
    ASSERT_NE(s, nullptr);
    ASSERT_TRUE(s->database()
                    .Exec("INSERT INTO schema_version VALUES (99, 'from the future', 'tomorrow')")
                    .ok());
  }
  auto s = Store::Open(path);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Status::Code::kUnsupported);
  EXPECT_NE(s.status().message().find("schema version 99"), std::string::npos)
      << s.status().message();
  EXPECT_NE(s.status().message().find(path), std::string::npos);
}

TEST(SchemaTest, HalfWrittenFileIsRefusedClearly) {
  TempDir dir;
  const std::string path = dir.File("half.db");
  {
    auto s = vanban::testing::OpenStore(path);
    ASSERT_NE(s, nullptr);
    const auto doc = vanban::testing::MakeDoc("a.txt", "Số: 10/KH-UBND\nKẾ HOẠCH\nchuyển đổi số\n");
    vanban::testing::PutDoc(s.get(), doc);
    ASSERT_TRUE(s->database().Exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
  }
  const std::string whole = vanban::testing::ReadFile(path);
  ASSERT_GT(whole.size(), 60u);
  WriteBytes(path, whole.substr(0, 60));  // the write stopped inside the header
  std::filesystem::remove(path + "-wal");
  auto s = Store::Open(path);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.status().message().find("not a vanban database or is damaged"), std::string::npos)
      << s.status().message();
}

TEST(SchemaTest, TextFileIsRefusedClearly) {
  TempDir dir;
  const std::string path = dir.File("notes.db");
  WriteBytes(path, std::string(4096, 'x'));
  auto s = Store::Open(path);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find(path), std::string::npos) << s.status().message();
  EXPECT_NE(s.status().message().find("not a vanban database"), std::string::npos);
}

TEST(SchemaTest, AnotherProgramsDatabaseIsRefused) {
  TempDir dir;
  const std::string path = dir.File("other.db");
  {
    auto db = internal::Database::Open(path, false);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->Exec("CREATE TABLE invoices (id INTEGER)").ok());
  }
  auto s = Store::Open(path);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("another program"), std::string::npos)
      << s.status().message();
  // refused before anything changed: still in rollback-journal mode (bytes
  // 18 and 19 of the header are 2 in WAL mode), no schema added
  std::ifstream in(path, std::ios::binary);
  std::string header(20, '\0');
  in.read(header.data(), 20);
  EXPECT_EQ(header[18], 1);
  EXPECT_EQ(header[19], 1);
  EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
}

TEST(SchemaTest, ReadOnlyOpenNeverWrites) {
  TempDir dir;
  const std::string empty = dir.File("empty.db");
  WriteBytes(empty, "");
  auto s = Store::Open(empty, {.create_if_missing = false, .read_only = true});
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("no vanban database yet"), std::string::npos)
      << s.status().message();
  EXPECT_EQ(std::filesystem::file_size(empty), 0u);

  const std::string full = dir.File("full.db");
  ASSERT_TRUE(Store::Open(full).ok());
  const auto size = std::filesystem::file_size(full);
  auto reader = Store::Open(full, {.create_if_missing = false, .read_only = true});
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  EXPECT_FALSE((*reader)->database().Exec("CREATE TABLE x (y)").ok());
  EXPECT_EQ(std::filesystem::file_size(full), size);
}

TEST(SchemaTest, MissingDatabaseIsNotCreatedForQueries) {
  TempDir dir;
  const std::string path = dir.File("none.db");
  auto s = Store::Open(path, {.create_if_missing = false});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Status::Code::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(path));
}

}  // namespace
}  // namespace vanban::store
