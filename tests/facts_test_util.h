// What a person checks of an extraction, as text to compare: the same file
// in another format (.docx, .html, .pdf) must give the same facts.
#ifndef VANBAN_TESTS_FACTS_TEST_UTIL_H_
#define VANBAN_TESTS_FACTS_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "pipeline_test_util.h"
#include "vanban/extractor.h"

namespace vanban::testing {

// Identity with its recipients, edges, tasks and targets; not the byte
// spans (a converted file's are in its rendering).
inline std::string Facts(const extractor::DocumentRecord& r) {
  std::ostringstream s;
  const extractor::DocumentIdentity& d = r.document;
  s << (d.code ? d.code->canonical : "-") << " | " << d.type << " | " << d.issued.Iso() << " | "
    << d.place << " | " << d.issuer << " | " << d.title << " | " << d.signer.name << " ("
    << d.signer.title << ")\n";
  for (const std::string& r : d.recipients) s << "to " << r << "\n";
  s << r.references.size() << " references\n";
  for (const extractor::Edge& e : r.edges) {
    s << e.from << " " << extractor::RelationName(e.relation) << " " << e.to << ": " << e.evidence
      << "\n";
  }
  for (const extractor::Task& t : r.tasks) {
    s << t.id << " " << t.text << " | lead";
    for (const auto& a : t.lead) s << " " << a.name;
    s << " | with";
    for (const auto& a : t.coordinate) s << " " << a.name;
    s << " | " << t.deadline.text << " " << t.deadline.due.Iso() << " | " << t.result << "\n";
  }
  for (const extractor::Target& t : r.targets) s << "target " << t.n << " " << t.text << "\n";
  return s.str();
}

// The facts of the file at `path` through the app's pipeline.
inline std::string FactsOf(const std::string& path) {
  auto p = ThePipeline().Process(path);
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  return p.ok() ? Facts(p->record) : "";
}

}  // namespace vanban::testing

#endif  // VANBAN_TESTS_FACTS_TEST_UTIL_H_
