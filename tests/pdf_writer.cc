#include "pdf_writer.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "vanban/utf8.h"

namespace vanban::testing {

namespace {

constexpr int kGlyphWidth = 600;  // thousandths of an em, every glyph: /DW
constexpr double kMargin = 36;    // points around the text
constexpr double kLeading = 1.2;  // baseline to baseline, in font sizes

std::string Number(double x) {
  char s[32];
  std::snprintf(s, sizeof s, "%.2f", x);
  return s;
}

std::string Hex4(unsigned v) {
  char s[8];
  std::snprintf(s, sizeof s, "%04X", v & 0xFFFF);
  return s;
}

// The text's lines, decoded; a "\r\n" ends a line as "\n" does.
std::vector<std::u32string> Lines(std::string_view text) {
  std::vector<std::u32string> lines(1);
  for (size_t i = 0, len; i < text.size(); i += len) {
    const char32_t cp = utf8::Decode(text, i, &len);
    if (cp == U'\n') {
      lines.emplace_back();
    } else if (cp != U'\r') {
      lines.back().push_back(cp);
    }
  }
  if (lines.back().empty()) lines.pop_back();  // the text's final newline
  return lines;
}

// The font's CIDs: 1, 2, ... in the order the code points are first drawn
// (CID 0 is .notdef), so the ToUnicode CMap alone gives the text back.
class CidTable {
 public:
  // The line as a hex string operand of Tj: two bytes a character.
  std::string Encode(std::u32string_view line) {
    std::string hex = "<";
    for (char32_t cp : line) hex += Hex4(Cid(cp));
    return hex + ">";
  }

  std::string ToUnicodeCMap() const {
    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    // A bfchar section holds at most 100 entries (PDF 1.7, 9.10.3).
    for (size_t from = 0; from < code_points_.size(); from += 100) {
      const size_t n = std::min<size_t>(100, code_points_.size() - from);
      cmap += std::to_string(n) + " beginbfchar\n";
      for (size_t i = from; i < from + n; ++i) {
        cmap += "<" + Hex4(static_cast<unsigned>(i + 1)) + "> <" + Utf16(code_points_[i]) + ">\n";
      }
      cmap += "endbfchar\n";
    }
    return cmap + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  }

 private:
  unsigned Cid(char32_t cp) {
    auto [it, added] = cids_.try_emplace(cp, static_cast<unsigned>(code_points_.size() + 1));
    if (added) code_points_.push_back(cp);
    return it->second;
  }

  static std::string Utf16(char32_t cp) {
    if (cp < 0x10000) return Hex4(cp);
    const char32_t v = cp - 0x10000;
    return Hex4(0xD800 + (v >> 10)) + Hex4(0xDC00 + (v & 0x3FF));
  }

  std::map<char32_t, unsigned> cids_;
  std::vector<char32_t> code_points_;  // CID - 1 -> code point
};

// Objects numbered from 1 in the order they are reserved; the file is
// written with its cross-reference table once all are set.
class PdfFile {
 public:
  int Reserve() {
    objects_.emplace_back();
    return static_cast<int>(objects_.size());
  }
  void Set(int number, std::string object) { objects_[number - 1] = std::move(object); }
  int Add(std::string object) {
    const int n = Reserve();
    Set(n, std::move(object));
    return n;
  }

  std::string Bytes(int root) const {
    std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";  // the binary comment marks a binary file
    std::vector<size_t> offsets;
    for (size_t i = 0; i < objects_.size(); ++i) {
      offsets.push_back(pdf.size());
      pdf += std::to_string(i + 1) + " 0 obj\n" + objects_[i] + "\nendobj\n";
    }
    const size_t xref = pdf.size();
    const std::string size = std::to_string(objects_.size() + 1);
    pdf += "xref\n0 " + size + "\n0000000000 65535 f \n";
    for (size_t offset : offsets) {
      char entry[32];
      std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
      pdf += entry;
    }
    return pdf + "trailer\n<< /Size " + size + " /Root " + Ref(root) + " >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
  }

  static std::string Ref(int number) { return std::to_string(number) + " 0 R"; }

  static std::string Stream(const std::string& data) {
    return "<< /Length " + std::to_string(data.size()) + " >>\nstream\n" + data + "\nendstream";
  }

 private:
  std::vector<std::string> objects_;
};

// The page size every page shares: the longest line fits, so no glyph falls
// outside the page (where a reader drops it).
struct PageBox {
  double width, height;
};

PageBox BoxFor(const std::vector<std::u32string>& lines, double font_size, size_t per_page) {
  size_t columns = 1;
  for (const auto& line : lines) columns = std::max(columns, line.size());
  return {2 * kMargin + columns * font_size * kGlyphWidth / 1000,
          2 * kMargin + per_page * font_size * kLeading};
}

// Lines [first, last) drawn one under the other from the top of the page.
std::string PageContent(const std::vector<std::u32string>& lines, size_t first, size_t last,
                        const PdfLayout& layout, const PageBox& box, CidTable* cids) {
  std::string content = "BT\n/F1 " + Number(layout.font_size) + " Tf\n";
  for (size_t i = first; i < last; ++i) {
    if (lines[i].empty()) continue;
    const double baseline =
        box.height - kMargin - layout.font_size * (1 + kLeading * static_cast<double>(i - first));
    content += "1 0 0 1 " + Number(kMargin) + " " + Number(baseline) + " Tm " +
               cids->Encode(lines[i]) + " Tj\n";
  }
  return content + "ET";
}

// The Type0 font over an unembedded monospace CIDFont, its ToUnicode CMap
// last, once every page has named the code points it draws.
std::string Type0Font(PdfFile* file, const CidTable& cids) {
  const int descriptor = file->Add(
      "<< /Type /FontDescriptor /FontName /VanbanMono /Flags 33 /FontBBox [0 -200 600 800] "
      "/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>");
  const int cid_font = file->Add(
      "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /VanbanMono "
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
      "/FontDescriptor " +
      PdfFile::Ref(descriptor) + " /DW " + std::to_string(kGlyphWidth) + " >>");
  const int to_unicode = file->Add(PdfFile::Stream(cids.ToUnicodeCMap()));
  return "<< /Type /Font /Subtype /Type0 /BaseFont /VanbanMono /Encoding /Identity-H "
         "/DescendantFonts [" +
         PdfFile::Ref(cid_font) + "] /ToUnicode " + PdfFile::Ref(to_unicode) + " >>";
}

// A page of `box` drawing `content` in `font`, a kid of `pages`.
int AddPage(PdfFile* file, const std::string& content, const PageBox& box, int pages, int font) {
  const int stream = file->Add(PdfFile::Stream(content));
  return file->Add("<< /Type /Page /Parent " + PdfFile::Ref(pages) + " /MediaBox [0 0 " +
                   Number(box.width) + " " + Number(box.height) + "] /Contents " +
                   PdfFile::Ref(stream) + " /Resources << /Font << /F1 " + PdfFile::Ref(font) +
                   " >> >> >>");
}

}  // namespace

std::string PdfOf(std::string_view text, const PdfLayout& layout) {
  const std::vector<std::u32string> lines = Lines(text);
  const size_t per_page = std::max<size_t>(layout.lines_per_page, 1);
  const PageBox box = BoxFor(lines, layout.font_size, per_page);
  const size_t page_count = std::max<size_t>((lines.size() + per_page - 1) / per_page, 1);
  PdfFile file;
  const int catalog = file.Reserve(), pages = file.Reserve(), font = file.Reserve();
  CidTable cids;
  std::string kids;
  for (size_t p = 0; p < page_count; ++p) {
    const size_t first = p * per_page, last = std::min(lines.size(), first + per_page);
    const std::string content = PageContent(lines, first, last, layout, box, &cids);
    kids += PdfFile::Ref(AddPage(&file, content, box, pages, font)) + " ";
  }
  file.Set(font, Type0Font(&file, cids));
  file.Set(pages,
           "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(page_count) + " >>");
  file.Set(catalog, "<< /Type /Catalog /Pages " + PdfFile::Ref(pages) + " >>");
  return file.Bytes(catalog);
}

}  // namespace vanban::testing
