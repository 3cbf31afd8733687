// Office files in: a .docx built here (Poco's Zip) from the plain-text
// fixtures gives the same extraction as the text; a folder of bad office
// files gives one clear error each while the others are stored.
#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "facts_test_util.h"
#include "ingest.h"
#include "pipe_table_test_util.h"
#include "pipeline_test_util.h"
#include "store_test_util.h"
#include "vanban/corpus.h"

namespace vanban::app {
namespace {

using vanban::testing::FactsOf;
using vanban::testing::IsPipeRule;
using vanban::testing::PipeCells;
using vanban::testing::ReadFile;
using vanban::testing::ThePipeline;
using vanban::testing::WriteFile;

constexpr const char* kW =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

std::string Escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '&')
      out += "&amp;";
    else
      out += c;
  }
  return out;
}

std::string Paragraph(const std::string& text, const std::string& ppr = "") {
  return "<w:p><w:pPr>" + ppr + "</w:pPr><w:r><w:t xml:space=\"preserve\">" + Escape(text) +
         "</w:t></w:r></w:p>";
}

std::string TableRow(const std::string& line) {
  std::string row = "<w:tr>";
  for (const auto& cell : PipeCells(line)) {
    row += "<w:tc>";
    for (const std::string& p : cell) row += Paragraph(p);
    row += "</w:tc>";
  }
  return row + "</w:tr>";
}

// word/document.xml for a text: a paragraph per line, each run of
// pipe-table lines a w:tbl (its rule line dropped, as Word has none).
std::string DocumentXml(const std::string& text) {
  std::string body;
  std::istringstream lines(text);
  bool in_table = false;
  for (std::string line; std::getline(lines, line);) {
    const bool row = line.starts_with("|");
    if (row != in_table) body += row ? "<w:tbl>" : "</w:tbl>";
    in_table = row;
    if (!row) {
      body += Paragraph(line);
    } else if (!IsPipeRule(line)) {
      body += TableRow(line);
    }
  }
  if (in_table) body += "</w:tbl>";
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document ") + kW + "><w:body>" +
         body + "</w:body></w:document>";
}

std::string Zip(const std::vector<std::pair<std::string, std::string>>& parts) {
  std::ostringstream out;
  Poco::Zip::Compress zip(out, true);
  for (const auto& [name, bytes] : parts) {
    std::istringstream in(bytes);
    zip.addFile(in, Poco::DateTime(), Poco::Path(name, Poco::Path::PATH_UNIX),
                Poco::Zip::ZipCommon::CM_DEFLATE, Poco::Zip::ZipCommon::CL_NORMAL);
  }
  zip.close();
  return out.str();
}

std::string Docx(const std::string& document_xml) {
  return Zip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", document_xml}});
}

// A saved page for a text: a <p> per line, each run of pipe-table lines a
// <table>, "Đ" as an entity, and the site's chrome around it.
std::string Html(const std::string& text) {
  std::string body;
  std::istringstream lines(text);
  bool in_table = false;
  for (std::string line; std::getline(lines, line);) {
    const bool row = line.starts_with("|");
    if (row != in_table) body += row ? "<table class=\"doc\">\n" : "</table>\n";
    in_table = row;
    std::string escaped;
    for (size_t i = 0; i < line.size(); ++i) {
      if (line.compare(i, 2, "Đ") == 0) {
        escaped += "&#272;";
        ++i;
      } else if (line[i] == '&') {
        escaped += "&amp;";
      } else {
        escaped += line[i];
      }
    }
    if (!row) {
      body += "<p>" + escaped + "</p>\n";
    } else {
      body += "<tr>";
      for (const auto& cell : PipeCells(escaped)) {
        body += "<td>";
        for (size_t k = 0; k < cell.size(); ++k) body += (k ? "<br/>" : "") + cell[k];
        body += "</td>";
      }
      body += "</tr>\n";
    }
  }
  if (in_table) body += "</table>\n";
  return "<!DOCTYPE html>\n<html><head><title>Kế hoạch 88</title><style>p { margin: 0 }</style>"
         "<script>var menu = '<p>Trang chủ</p>';</script></head>\n<body>\n"
         "<nav><ul><li>Trang chủ</li><li>Văn bản mới</li></ul></nav>\n"
         "<div class=\"breadcrumb\">Văn bản &gt; Kế hoạch</div>\n<div id=\"noidung\">\n" +
         body +
         "</div>\n<footer><p>Công ty Luật; Số 12/KH-ABC &copy; 2025</p></footer>\n</body></html>\n";
}

class OfficeTest : public ::testing::Test {
 protected:
  vanban::testing::TempDir dir_;
};

TEST_F(OfficeTest, DocxWithAPipeTableExtractsAsItsText) {
  const std::string txt = std::string(VANBAN_FIXTURES_DIR) + "/office_plan.txt";
  WriteFile(dir_.File("plan.docx"), Docx(DocumentXml(ReadFile(txt))));
  const std::string expected = FactsOf(txt);
  EXPECT_NE(expected.find("P1.I.2 Rà soát"), std::string::npos) << expected;
  EXPECT_EQ(FactsOf(dir_.File("plan.docx")), expected);
}

TEST_F(OfficeTest, HtmlPageExtractsAsItsText) {
  for (const std::string& txt : {std::string(VANBAN_FIXTURES_DIR) + "/office_plan.txt",
                                 std::string(VANBAN_SAMPLES_DIR) + "/03-ke-hoach-215-KH-UBND.txt",
                                 std::string(VANBAN_SAMPLES_DIR) + "/02-nghi-quyet-41-NQ-CP.txt"}) {
    const std::string html = dir_.File("page.html");
    WriteFile(html, Html(ReadFile(txt)));
    EXPECT_EQ(FactsOf(html), FactsOf(txt)) << txt;
    auto src = corpus::LoadFile(html);
    ASSERT_TRUE(src.ok());
    EXPECT_EQ(src->format, corpus::Format::kHtml);
    EXPECT_TRUE(src->map.IsValid());
    EXPECT_EQ(src->text.find("Trang chủ"), std::string::npos);
    EXPECT_EQ(src->text.find("12/KH-ABC"), std::string::npos);
    // a fact maps back to the page's bytes
    const size_t at = src->text.find("UBND");
    const Span bytes = src->map.ToSource({at, at + 4});
    EXPECT_EQ(src->bytes.substr(bytes.begin, bytes.end - bytes.begin), "UBND");
  }
}

TEST_F(OfficeTest, SamplesAsDocxExtractAsTheirText) {
  for (const char* name : {"02-nghi-quyet-41-NQ-CP.txt", "03-ke-hoach-215-KH-UBND.txt",
                           "05-ke-hoach-phuong.txt", "06-bao-cao-quy-III-2025.txt"}) {
    const std::string txt = std::string(VANBAN_SAMPLES_DIR) + "/" + name;
    const std::string docx = dir_.File(std::string(name) + ".docx");
    WriteFile(docx, Docx(DocumentXml(ReadFile(txt))));
    EXPECT_EQ(FactsOf(docx), FactsOf(txt)) << name;
  }
}

TEST_F(OfficeTest, NumberingHeadingsFootnotesAndOrigins) {
  const std::string body =
      Paragraph("KẾ HOẠCH", "<w:pStyle w:val=\"u1\"/>") +
      Paragraph("Mục một", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr>") +
      Paragraph("Ý a", "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"3\"/></w:numPr>") +
      Paragraph("Mục hai", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr>") +
      "<w:p><w:r><w:t>Theo Nghị quyết</w:t></w:r><w:r><w:footnoteReference w:id=\"5\"/></w:r></w:p>"
      "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" +
      Paragraph("A | B") + "</w:tc></w:tr><w:tr><w:tc>" + Paragraph("1") + "</w:tc><w:tc>" +
      Paragraph("x") + Paragraph("y") + "</w:tc></w:tr></w:tbl>";
  const std::string numbering =
      std::string("<w:numbering ") + kW +
      "><w:abstractNum w:abstractNumId=\"0\">"
      "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/>"
      "<w:lvlText w:val=\"%1.\"/></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/>"
      "<w:lvlText w:val=\"%2)\"/></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
  const std::string styles = std::string("<w:styles ") + kW +
                             "><w:style w:type=\"paragraph\" w:styleId=\"u1\">"
                             "<w:name w:val=\"heading 1\"/></w:style></w:styles>";
  const std::string footnotes = std::string("<w:footnotes ") + kW +
                                "><w:footnote w:type=\"separator\" w:id=\"0\"><w:p/></w:footnote>"
                                "<w:footnote w:id=\"5\"><w:p><w:r><w:t>Chú thích</w:t></w:r></w:p>"
                                "</w:footnote></w:footnotes>";
  const std::string header =
      std::string("<w:hdr ") + kW + ">" + Paragraph("ĐẦU TRANG") + "</w:hdr>";
  const std::string document =
      std::string("<w:document ") + kW + "><w:body>" + body + "</w:body></w:document>";
  auto src = corpus::DecodeBytes("n.docx", Zip({{"word/document.xml", document},
                                                {"word/numbering.xml", numbering},
                                                {"word/styles.xml", styles},
                                                {"word/footnotes.xml", footnotes},
                                                {"word/header1.xml", header}}));
  ASSERT_TRUE(src.ok()) << src.status().ToString();
  EXPECT_EQ(src->format, corpus::Format::kDocx);
  EXPECT_EQ(src->text,
            "# KẾ HOẠCH\nI. Mục một\na) Ý a\nII. Mục hai\nTheo Nghị quyết[1]\n"
            "| A \\| B |  |\n| --- | --- |\n| 1 | x<br>y |\n\n[1] Chú thích\n");
  EXPECT_EQ(src->Where(src->text.find("Mục hai")), "paragraph 4");
  EXPECT_EQ(src->Where(src->text.find("x<br>")), "table 1 row 2");
  EXPECT_EQ(src->Where(src->text.find("Chú thích")), "footnote 1");
  EXPECT_TRUE(src->map.IsValid());
}

// Each bad file: one error naming it and the reason; the others stored.
TEST_F(OfficeTest, BadFilesInAFolderEachGiveOneReason) {
  const std::string good =
      Docx(DocumentXml(ReadFile(std::string(VANBAN_SAMPLES_DIR) + "/03-ke-hoach-215-KH-UBND.txt")));
  std::filesystem::create_directory(dir_.File("in"));
  WriteFile(dir_.File("in/good.docx"), good);
  WriteFile(dir_.File("in/truncated.docx"), good.substr(0, good.size() / 2));
  WriteFile(dir_.File("in/empty.docx"), "");
  WriteFile(dir_.File("in/sheet.docx"), Zip({{"xl/workbook.xml", "<workbook/>"}}));
  WriteFile(dir_.File("in/old.doc"), std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10));
  WriteFile(dir_.File("in/scan.pdf"), "%PDF-1.4\n%\xE2\xE3\n");
  std::filesystem::copy_file(std::string(VANBAN_SAMPLES_DIR) + "/02-nghi-quyet-41-NQ-CP.txt",
                             dir_.File("in/02.txt"));
  auto store = vanban::testing::OpenStore(dir_.File("v.db"));
  IngestOptions options;
  options.paths = {dir_.File("in")};
  std::ostringstream err;
  auto report = Ingest(ThePipeline(), store.get(), options, err);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->stored, 2u) << err.str();
  EXPECT_EQ(report->failed, 5u) << err.str();
  const std::string e = err.str();
  EXPECT_NE(e.find("truncated.docx: truncated .docx"), std::string::npos) << e;
  EXPECT_NE(e.find("empty.docx: 0 bytes"), std::string::npos) << e;
  EXPECT_NE(e.find("sheet.docx: zip is not a .docx (an Excel workbook)"), std::string::npos) << e;
  EXPECT_NE(e.find("old.doc: Word 97-2003 .doc: save it as .docx"), std::string::npos) << e;
  EXPECT_NE(e.find(corpus::PdfSupported() ? "scan.pdf: damaged PDF"
                                          : "scan.pdf: PDF: not supported in this build"),
            std::string::npos)
      << e;
  EXPECT_EQ(std::count(e.begin(), e.end(), '\n'), 5) << e;
  EXPECT_NE(DescribeFailures(*report).find("1 × truncated .docx"), std::string::npos);
  EXPECT_EQ(store->database()
                .QueryInt("SELECT count(*) FROM documents WHERE ingested = 1 AND "
                          "source_name = 'good.docx'")
                ->value_or(-1),
            1);
}

}  // namespace
}  // namespace vanban::app
