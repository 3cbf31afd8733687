// .pdf in: text written as a PDF here (pdf_writer.h) reads back as the text,
// a page break a form feed; the samples and fixtures as PDFs extract as
// their text does, a pipe table drawn in columns as the pipe table; a PDF
// without text is a scan, refused. Skipped when poppler-cpp is not built in.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "facts_test_util.h"
#include "pdf_writer.h"
#include "pipe_table_test_util.h"
#include "store_test_util.h"
#include "vanban/corpus.h"
#include "vanban/utf8.h"

namespace vanban::app {
namespace {

using vanban::testing::FactsOf;
using vanban::testing::PdfLayout;
using vanban::testing::PdfOf;
using vanban::testing::ReadFile;
using vanban::testing::WriteFile;

using PipeRow = std::vector<std::vector<std::string>>;  // cells, each its paragraphs

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0, len; i < s.size(); i += len, ++n) utf8::Decode(s, i, &len);
  return n;
}

// A table's rows in columns three spaces apart, a cell's paragraphs on the
// lines under its first: a table as a PDF draws it, and as pdftotext
// -layout gives it back.
std::string InColumns(const std::vector<PipeRow>& rows) {
  std::vector<size_t> widths;
  for (const PipeRow& row : rows) {
    widths.resize(std::max(widths.size(), row.size()));
    for (size_t c = 0; c < row.size(); ++c) {
      for (const std::string& p : row[c]) widths[c] = std::max(widths[c], CodePoints(p));
    }
  }
  std::string out;
  for (const PipeRow& row : rows) {
    size_t height = 0;
    for (const auto& cell : row) height = std::max(height, cell.size());
    for (size_t k = 0; k < height; ++k) {
      std::string line;
      for (size_t c = 0; c < widths.size(); ++c) {
        const std::string p = c < row.size() && k < row[c].size() ? row[c][k] : "";
        line += p + std::string(widths[c] - CodePoints(p) + 3, ' ');
      }
      line.erase(line.find_last_not_of(' ') + 1);
      out += line + "\n";
    }
  }
  return out;
}

// The text with each pipe table laid out in columns.
std::string WithTablesInColumns(const std::string& text) {
  std::string out;
  std::vector<PipeRow> table;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("|")) {
      if (!vanban::testing::IsPipeRule(line)) table.push_back(vanban::testing::PipeCells(line));
      continue;
    }
    out += InColumns(table) + line + "\n";
    table.clear();
  }
  return out + InColumns(table);
}

class PdfTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!corpus::PdfSupported()) GTEST_SKIP() << "built without poppler-cpp: .pdf is refused";
  }

  // The facts of `text` written as a PDF.
  std::string FactsAsPdf(const std::string& text, const PdfLayout& layout = {}) {
    const std::string pdf = dir_.File("doc.pdf");
    WriteFile(pdf, PdfOf(text, layout));
    return FactsOf(pdf);
  }

  vanban::testing::TempDir dir_;
};

TEST_F(PdfTest, WrittenTextReadsBackWithItsPages) {
  const std::string page1 =
      "ỦY BAN NHÂN DÂN TỈNH BẮC NINH\n"
      "\n"
      "Số: 12/KH-UBND — “Kế hoạch” ≥ 45%\n";
  const std::string page2 = "KẾ HOẠCH\nTriển khai Nghị quyết số 57-NQ/TW\n";
  auto src = corpus::DecodeBytes("k.pdf", PdfOf(page1 + "\n" + page2, {.lines_per_page = 3}));
  ASSERT_TRUE(src.ok()) << src.status().ToString();
  EXPECT_EQ(src->format, corpus::Format::kPdf);
  // one form feed between pages, none after the last; the blank line at
  // the top of page 2 is white space above its text, which no PDF keeps
  EXPECT_EQ(src->text, page1 + "\f" + page2);
  EXPECT_EQ(src->Where(src->text.find("12/KH")), "page 1");
  EXPECT_EQ(src->Where(src->text.find("57-NQ/TW")), "page 2");
}

TEST_F(PdfTest, APageWithoutTextIsAScan) {
  auto scan = corpus::DecodeBytes("scan.pdf", PdfOf(""));
  ASSERT_FALSE(scan.ok());
  EXPECT_EQ(scan.status().message(), "scan.pdf: PDF with no text layer: needs OCR");
}

TEST_F(PdfTest, SamplesAndFixturesAsPdfExtractAsTheirText) {
  std::vector<std::string> paths = vanban::testing::SamplePaths();
  for (const char* name : {"office_plan.txt", "table_footnote.txt", "page_break.txt",
                           "markdown_plan.md", "footnote_report.txt"}) {
    paths.push_back(std::string(VANBAN_FIXTURES_DIR) + "/" + name);
  }
  for (const std::string& path : paths) {
    const std::string expected = FactsOf(path);
    EXPECT_EQ(FactsAsPdf(ReadFile(path)), expected) << path;
  }
}

// Poppler lays the columns out again (runs of spaces are not kept as they
// were drawn), and the aligned-table reader reads them as the pipe reader
// reads the pipes.
TEST_F(PdfTest, PipeTableDrawnInColumnsExtractsAsThePipeTable) {
  const std::string path = std::string(VANBAN_FIXTURES_DIR) + "/office_plan.txt";
  const std::string expected = FactsOf(path);
  // the cell of two paragraphs, in the PDF a cell of two lines
  EXPECT_NE(expected.find("with Sở Nội vụ Sở Tài chính"), std::string::npos) << expected;
  EXPECT_EQ(FactsAsPdf(WithTablesInColumns(ReadFile(path))), expected);
}

// A page break may fall anywhere: in the "Nơi nhận:" list (which ends at an
// empty line, not at a page break) or in a row of a flattened table (where a
// blank line is an empty cell, a page break is not).
TEST_F(PdfTest, SamplesAsPdfExtractAsTheirTextWhateverThePageLength) {
  for (const std::string& sample : vanban::testing::SamplePaths()) {
    const std::string expected = FactsOf(sample);
    for (size_t lines = 20; lines <= 60; ++lines) {
      EXPECT_EQ(FactsAsPdf(ReadFile(sample), {.lines_per_page = lines}), expected)
          << sample << " at " << lines << " lines a page";
    }
  }
}

}  // namespace
}  // namespace vanban::app
