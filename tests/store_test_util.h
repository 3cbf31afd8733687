// Helpers for the store tests: documents made from text in memory, stores
// in memory or in a temporary file, and a dump of a database's content that
// ignores row ids and row order.
#ifndef VANBAN_TESTS_STORE_TEST_UTIL_H_
#define VANBAN_TESTS_STORE_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "extractor_test_util.h"
#include "sqlite.h"
#include "test_util.h"
#include "vanban/corpus.h"
#include "vanban/extractor.h"
#include "vanban/store.h"

namespace vanban::testing {

struct Doc {
  corpus::SourceText source;
  normalizer::NormalizedText text;
  extractor::DocumentRecord record;
};

// Agencies named in a hand-made task, keyed as the extractor keys a name the
// gazetteer does not know (its folded name); the first is the primary lead.
inline std::vector<extractor::Agency> AgenciesNamed(const std::vector<std::string>& names) {
  std::vector<extractor::Agency> agencies;
  for (const std::string& name : names) {
    extractor::Agency a;
    a.name = name;
    a.key = normalizer::FoldKey(name);
    a.primary = agencies.empty();
    agencies.push_back(std::move(a));
  }
  return agencies;
}

// A document as the pipeline would make it from a file `path` holding `text`.
inline Doc MakeDoc(const std::string& path, const std::string& text) {
  Doc doc;
  auto source = corpus::DecodeBytes(path, text);
  EXPECT_TRUE(source.ok()) << source.status().ToString();
  doc.source = std::move(source).value();
  doc.text = TheNormalizer().Normalize(doc.source.text, doc.source.map);
  doc.record = TheExtractor().Extract(doc.text, path.substr(path.find_last_of('/') + 1));
  return doc;
}

// A document file as the pipeline would process it.
inline Doc LoadDoc(const std::string& path) {
  return MakeDoc(path, ReadFile(path));
}

// The sample documents in corpus/samples, in file name order.
inline std::vector<std::string> SamplePaths() {
  std::vector<std::string> paths;
  for (const auto& e : std::filesystem::directory_iterator(VANBAN_SAMPLES_DIR)) {
    paths.push_back(e.path().string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

inline std::unique_ptr<store::Store> OpenStore(const std::string& path = ":memory:") {
  auto s = store::Store::Open(path);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return s.ok() ? std::move(s).value() : nullptr;
}

inline store::PutResult PutDoc(store::Store* s, const Doc& doc) {
  auto put = s->Put(doc.source, doc.text, doc.record);
  EXPECT_TRUE(put.ok()) << doc.source.path << ": " << put.status().ToString();
  return put.ok() ? *put : store::PutResult{};
}

// A fresh directory under the system's temporary directory, removed with
// the object.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "vanban-test-XXXXXX").string();
    EXPECT_NE(mkdtemp(pattern.data()), nullptr);
    path_ = pattern;
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string File(const std::string& name) const { return path_ + "/" + name; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Every table's content with row ids replaced by the documents' identity
// keys, rows sorted: equal dumps mean equal databases up to row ids.
inline std::string DumpContent(const store::Store& s) {
  static constexpr const char* kQueries[] = {
      "SELECT doc_key, code_key, year, ingested, code, code_partial, type, issued, place, issuer, "
      "title, signer_name, signer_title, recipients, source_path, source_name, sha256, encoding, "
      "size_bytes, length(text) FROM documents",
      "SELECT d.doc_key, c.code, c.code_key, c.year, c.type, c.date, c.mention_count, t.doc_key "
      "FROM citations c JOIN documents d ON d.id = c.document_id "
      "JOIN documents t ON t.id = c.target_id",
      "SELECT d.doc_key, c.code, a.alias FROM document_aliases a "
      "JOIN citations c ON c.id = a.citation_id JOIN documents d ON d.id = c.document_id",
      "SELECT d.doc_key, m.code, m.surface, m.span_begin, m.source_begin, t.doc_key "
      "FROM mentions m JOIN documents d ON d.id = m.document_id "
      "LEFT JOIN citations c ON c.id = m.citation_id LEFT JOIN documents t ON t.id = c.target_id",
      "SELECT s.doc_key, f.doc_key, t.doc_key, e.relation, e.evidence, e.source_begin "
      "FROM edges_resolved e JOIN documents s ON s.id = e.document_id "
      "JOIN documents f ON f.id = e.from_id JOIN documents t ON t.id = e.to_id",
      "SELECT d.doc_key, f.number, f.body FROM footnotes f JOIN documents d ON d.id = "
      "f.document_id",
      "SELECT d.doc_key, r.kind, r.from_text, r.to_text FROM repairs r "
      "JOIN documents d ON d.id = r.document_id",
      "SELECT d.doc_key, w.message FROM warnings w JOIN documents d ON d.id = w.document_id",
      "SELECT name_key, name FROM agencies",
      "SELECT a.name_key, n.name FROM agency_names n JOIN agencies a ON a.id = n.agency_id",
      "SELECT d.doc_key, t.path, t.text, t.due FROM tasks t JOIN documents d ON d.id = "
      "t.document_id",
      "SELECT d.doc_key, t.path, x.role, x.position, x.name, a.name_key FROM task_agencies x "
      "JOIN tasks t ON t.id = x.task_id JOIN documents d ON d.id = t.document_id "
      "JOIN agencies a ON a.id = x.agency_id",
      "SELECT d.doc_key, g.n, g.text FROM targets g JOIN documents d ON d.id = g.document_id",
      "SELECT d.doc_key, t.path, a.target_n, a.target_id IS NOT NULL FROM target_assignments a "
      "JOIN tasks t ON t.id = a.task_id JOIN documents d ON d.id = t.document_id",
      "SELECT d.doc_key, n.appendix, t.doc_key FROM task_numbering n "
      "JOIN documents d ON d.id = n.document_id JOIN citations c ON c.id = n.citation_id "
      "JOIN documents t ON t.id = c.target_id",
      "SELECT d.doc_key FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
      "WHERE documents_fts MATCH 'chuyen'",
  };
  std::string dump;
  for (const char* sql : kQueries) {
    std::vector<std::string> rows;
    const Status status = s.database().ForEachRow(sql, [&](const store::internal::Statement& row) {
      std::string line;
      for (int i = 0; i < row.columns(); ++i) line += (row.IsNull(i) ? "NULL" : row.Text(i)) + "|";
      rows.push_back(line);
    });
    EXPECT_TRUE(status.ok()) << status.ToString();
    std::sort(rows.begin(), rows.end());
    dump += std::string(sql) + "\n";
    for (const std::string& r : rows) dump += "  " + r + "\n";
  }
  return dump;
}

}  // namespace vanban::testing

#endif  // VANBAN_TESTS_STORE_TEST_UTIL_H_
