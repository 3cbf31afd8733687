#include "docx.h"

#include <Poco/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/Exception.h>
#include <Poco/SAX/XMLReader.h>

#include <map>

#include "docx_numbering.h"
#include "docx_xml.h"
#include "zip_parts.h"

namespace vanban::corpus::internal {

namespace {

using Poco::XML::Node;
using XmlDocument = Poco::AutoPtr<Poco::XML::Document>;

// A part inflates to far more than its zip entry; documents stay well under.
constexpr size_t kMaxPartBytes = 256u << 20;

Result<XmlDocument> ParseXml(const std::string& xml, const std::string& name) {
  try {
    Poco::XML::DOMParser parser;
    parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
    // no DTDs, no external entities: a .docx never needs them
    parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_GENERAL_ENTITIES, false);
    parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_PARAMETER_ENTITIES, false);
    return XmlDocument(parser.parseString(xml));
  } catch (const Poco::Exception& e) {
    return Status::InvalidInput("damaged .docx: " + name + " is not XML (" + e.displayText() + ")");
  }
}

// Heading levels by style id, from word/styles.xml: a style named
// "heading N" or "Title", or with an outline level, heads its paragraph.
// Ids are localized ("Heading1", "u1" in a Vietnamese Word), names are not.
class Styles {
 public:
  explicit Styles(const Node* root) {
    for (Node* s = root ? root->firstChild() : nullptr; s; s = s->nextSibling()) {
      if (!Is(s, "style") || Attr(s, "type") != "paragraph") continue;
      std::string name = Attr(Child(s, "name"), "val");
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      int level = 0;
      if (name == "title") {
        level = 1;
      } else if (name.starts_with("heading ") && name.size() == 9 && name[8] >= '1' &&
                 name[8] <= '6') {
        level = name[8] - '0';
      } else if (Node* o = Child(Child(s, "pPr"), "outlineLvl")) {
        const int l = IntOr(Attr(o, "val"), 9);
        if (l < 6) level = l + 1;
      }
      if (level > 0) levels_[Attr(s, "styleId")] = level;
    }
  }
  int Level(const std::string& style_id) const {
    const auto it = levels_.find(style_id);
    return it == levels_.end() ? 0 : it->second;
  }

 private:
  std::map<std::string, int> levels_;
};

// Escapes what a pipe-table cell cannot hold as is.
std::string CellText(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n') {
      out += "<br>";
    } else {
      out += c;
    }
  }
  return out;
}

// Nesting the reader follows: real documents nest a few levels (runs in
// hyperlinks in fields, tables in cells); a crafted file nesting millions
// must not overflow the stack.
constexpr int kMaxDepth = 100;

struct DepthGuard {
  explicit DepthGuard(int* depth) : depth_(depth) { ++*depth_; }
  ~DepthGuard() { --*depth_; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;
  int* depth_;
};

// Renders the body: paragraphs as lines, tables as pipe tables, notes
// collected for the end. One instance per document.
class BodyRenderer {
 public:
  BodyRenderer(const Styles& styles, Numbering* numbering)
      : styles_(styles), numbering_(numbering) {}

  void Blocks(const Node* parent) {
    const DepthGuard guard(&depth_);
    if (depth_ > kMaxDepth) return;
    for (Node* n = parent->firstChild(); n; n = n->nextSibling()) {
      if (Is(n, "p")) {
        Paragraph(n);
      } else if (Is(n, "tbl")) {
        Table(n);
      } else if (Is(n, "sdt")) {
        if (Node* content = Child(n, "sdtContent")) Blocks(content);
      } else if (Is(n, "customXml") || Is(n, "ins")) {
        Blocks(n);
      }
    }
  }

  // Notes referenced from the text, in reference order: (kind, id).
  const std::vector<std::pair<std::string, std::string>>& notes() const { return notes_; }
  std::string& out() { return out_; }
  std::vector<Origin>& origins() { return origins_; }

 private:
  // The text of one paragraph: its numbering label, then its runs.
  std::string ParagraphText(const Node* p, bool with_label) {
    std::string text;
    const Node* ppr = Child(p, "pPr");
    if (with_label) {
      if (const Node* num = Child(ppr, "numPr")) {
        text += numbering_->Next(Attr(Child(num, "numId"), "val"),
                                 IntOr(Attr(Child(num, "ilvl"), "val"), 0));
      }
    }
    Inline(p, &text);
    return text;
  }

  void Inline(const Node* parent, std::string* text) {
    const DepthGuard guard(&depth_);
    if (depth_ > kMaxDepth) return;
    for (Node* n = parent->firstChild(); n; n = n->nextSibling()) {
      if (n->nodeType() != Node::ELEMENT_NODE) continue;
      const std::string& name = n->localName();
      if (name == "t") {
        *text += n->innerText();
      } else if (name == "tab") {
        *text += '\t';
      } else if (name == "br" || name == "cr") {
        *text += '\n';
      } else if (name == "noBreakHyphen") {
        *text += '-';
      } else if (name == "footnoteReference" || name == "endnoteReference") {
        notes_.emplace_back(name == "footnoteReference" ? "footnote" : "endnote", Attr(n, "id"));
        *text += "[" + std::to_string(notes_.size()) + "]";
      } else if (name == "pPr" || name == "rPr" || name == "del" || name == "instrText" ||
                 name == "delText" || name == "drawing" || name == "pict" || name == "object" ||
                 name == "Fallback") {
        // formatting, deleted revisions, field codes; Fallback repeats Choice
      } else {
        Inline(n, text);  // runs, hyperlinks, inserted revisions, fields, smart tags
      }
    }
  }

  void Line(const std::string& line, const std::string& label) {
    const size_t begin = out_.size();
    out_ += line;
    if (!label.empty()) origins_.push_back({{begin, out_.size()}, label});
    out_ += '\n';
  }

  void Paragraph(const Node* p) {
    std::string text = ParagraphText(p, true);
    const int level = styles_.Level(Attr(Child(Child(p, "pPr"), "pStyle"), "val"));
    if (text.empty()) {
      Line("", "");
      return;
    }
    if (level > 0) text = std::string(static_cast<size_t>(level), '#') + " " + text;
    Line(text, "paragraph " + std::to_string(++paragraphs_));
  }

  // The text of a cell: its paragraphs one per line (nested tables read as
  // their paragraphs).
  std::string CellParagraphs(const Node* cell) {
    const DepthGuard guard(&depth_);
    if (depth_ > kMaxDepth) return "";
    std::string text;
    for (Node* n = cell->firstChild(); n; n = n->nextSibling()) {
      if (Is(n, "p")) {
        const std::string p = ParagraphText(n, true);
        if (p.empty()) continue;
        if (!text.empty()) text += '\n';
        text += p;
      } else if (Is(n, "tbl") || Is(n, "sdt") || Is(n, "tr") || Is(n, "tc") ||
                 Is(n, "sdtContent")) {
        const std::string inner = CellParagraphs(n);
        if (inner.empty()) continue;
        if (!text.empty()) text += '\n';
        text += inner;
      }
    }
    return text;
  }

  // A w:tbl as a pipe table. A cell spanning columns (gridSpan) is its text
  // then empty cells, one merged down (vMerge) is empty below its first row:
  // the renderings pandoc and LibreOffice make, which the layout reads.
  // A one-column table is a framed box of paragraphs, not a table.
  void Table(const Node* tbl) {
    std::vector<std::vector<std::string>> rows;
    size_t width = 0;
    for (Node* tr = tbl->firstChild(); tr; tr = tr->nextSibling()) {
      if (!Is(tr, "tr")) continue;
      std::vector<std::string>& row = rows.emplace_back();
      for (Node* tc = tr->firstChild(); tc; tc = tc->nextSibling()) {
        if (!Is(tc, "tc")) continue;
        const Node* tcpr = Child(tc, "tcPr");
        const Node* vmerge = Child(tcpr, "vMerge");
        const bool continued = vmerge && Attr(vmerge, "val") != "restart";
        row.push_back(continued ? "" : CellParagraphs(tc));
        const int span = IntOr(Attr(Child(tcpr, "gridSpan"), "val"), 1);
        for (int k = 1; k < span && k < 64; ++k) row.emplace_back();
      }
      width = std::max(width, row.size());
    }
    ++tables_;
    if (width < 2) {
      for (const auto& row : rows) {
        for (const auto& cell : row) {
          if (!cell.empty()) Line(cell, "table " + std::to_string(tables_));
        }
      }
      return;
    }
    for (size_t r = 0; r < rows.size(); ++r) {
      rows[r].resize(width);
      std::string line = "|";
      for (const std::string& cell : rows[r]) line += " " + CellText(cell) + " |";
      Line(line, "table " + std::to_string(tables_) + " row " + std::to_string(r + 1));
      if (r == 0) {
        std::string rule = "|";
        for (size_t c = 0; c < width; ++c) rule += " --- |";
        Line(rule, "table " + std::to_string(tables_) + " row 1");
      }
    }
  }

  const Styles& styles_;
  Numbering* numbering_;
  std::string out_;
  std::vector<Origin> origins_;
  std::vector<std::pair<std::string, std::string>> notes_;
  int paragraphs_ = 0;
  int tables_ = 0;
  int depth_ = 0;
};

// The bodies of footnotes or endnotes by id (separators left out).
std::map<std::string, const Node*> NoteBodies(const Node* root) {
  std::map<std::string, const Node*> notes;
  for (Node* n = root ? root->firstChild() : nullptr; n; n = n->nextSibling()) {
    if ((Is(n, "footnote") || Is(n, "endnote")) && Attr(n, "type").empty()) {
      notes[Attr(n, "id")] = n;
    }
  }
  return notes;
}

// The document element of an optional part; null when absent.
Result<XmlDocument> OptionalPart(const ZipParts& zip, const std::string& name) {
  VANBAN_ASSIGN_OR_RETURN(std::optional<std::string> xml, zip.Read(name, kMaxPartBytes));
  if (!xml) return XmlDocument();
  return ParseXml(*xml, name);
}

const Node* RootOf(const XmlDocument& doc) {
  return doc.isNull() ? nullptr : doc->documentElement();
}

}  // namespace

bool IsZip(std::string_view bytes) {
  return bytes.starts_with(std::string_view("PK\x03\x04", 4));
}

Status RenderDocx(std::string_view bytes, std::string* text, std::vector<Origin>* origins) {
  VANBAN_ASSIGN_OR_RETURN(std::unique_ptr<ZipParts> zip, ZipParts::Open(bytes));
  if (!zip->Has("word/document.xml")) {
    if (zip->Has("xl/workbook.xml"))
      return Status::InvalidInput("zip is not a .docx (an Excel workbook)");
    if (zip->Has("ppt/presentation.xml")) {
      return Status::InvalidInput("zip is not a .docx (a PowerPoint presentation)");
    }
    return Status::InvalidInput("zip is not a .docx (no word/document.xml)");
  }
  VANBAN_ASSIGN_OR_RETURN(XmlDocument document, OptionalPart(*zip, "word/document.xml"));
  VANBAN_ASSIGN_OR_RETURN(XmlDocument styles_xml, OptionalPart(*zip, "word/styles.xml"));
  VANBAN_ASSIGN_OR_RETURN(XmlDocument numbering_xml, OptionalPart(*zip, "word/numbering.xml"));
  VANBAN_ASSIGN_OR_RETURN(XmlDocument footnotes_xml, OptionalPart(*zip, "word/footnotes.xml"));
  VANBAN_ASSIGN_OR_RETURN(XmlDocument endnotes_xml, OptionalPart(*zip, "word/endnotes.xml"));
  const Node* body = Child(RootOf(document), "body");
  if (!body) return Status::InvalidInput("damaged .docx: word/document.xml has no w:body");

  const Styles styles(RootOf(styles_xml));
  Numbering numbering(RootOf(numbering_xml));
  BodyRenderer renderer(styles, &numbering);
  renderer.Blocks(body);

  // Notes at the end as "[k] body" lines: the form the normalizer takes out
  // of the flow as footnotes, with their "[k]" markers.
  const auto footnotes = NoteBodies(RootOf(footnotes_xml));
  const auto endnotes = NoteBodies(RootOf(endnotes_xml));
  std::string& out = renderer.out();
  const auto notes = renderer.notes();  // a copy: rendering a note may not add notes
  if (!notes.empty()) out += '\n';
  for (size_t k = 0; k < notes.size(); ++k) {
    const auto& [kind, id] = notes[k];
    const auto& bodies = kind == "footnote" ? footnotes : endnotes;
    const auto it = bodies.find(id);
    if (it == bodies.end()) continue;
    std::string note;
    for (Node* p = it->second->firstChild(); p; p = p->nextSibling()) {
      if (!Is(p, "p")) continue;
      BodyRenderer inner(styles, &numbering);
      inner.Blocks(it->second);
      note = inner.out();
      break;
    }
    while (!note.empty() && (note.back() == '\n' || note.back() == ' ')) note.pop_back();
    for (char& c : note) {
      if (c == '\n') c = ' ';
    }
    // Word puts the reference mark at the note's start too; ours is "[k]"
    const size_t begin = out.size();
    out += "[" + std::to_string(k + 1) + "] " + note;
    renderer.origins().push_back({{begin, out.size()}, kind + " " + std::to_string(k + 1)});
    out += '\n';
  }
  *text = std::move(out);
  *origins = std::move(renderer.origins());
  return Status::Ok();
}

}  // namespace vanban::corpus::internal
