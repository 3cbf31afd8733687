#include "pdf.h"

#ifdef VANBAN_HAVE_POPPLER
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <memory>
#include <mutex>
#endif

namespace vanban::corpus {

#ifdef VANBAN_HAVE_POPPLER

bool PdfSupported() {
  return true;
}

namespace internal {

namespace {

// Poppler prints its complaints about damaged files on stderr; the reason
// the file is refused is ours to give, once.
void Quiet(const std::string&, void*) {}

// The page's text layer in physical layout, without the form feed poppler's
// text output ends each page with (22.x writes one, as pdftotext does): the
// break between two pages is written once, by the caller.
std::string PageText(const poppler::page& page) {
  const poppler::byte_array utf8 =
      page.text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
  std::string text(utf8.begin(), utf8.end());
  if (!text.empty() && text.back() == '\f') text.pop_back();
  return text;
}

}  // namespace

Status RenderPdf(std::string_view bytes, std::string* text, std::vector<Origin>* origins) {
  static std::once_flag quiet;
  std::call_once(quiet, [] { poppler::set_debug_error_function(Quiet, nullptr); });
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return Status::InvalidInput("damaged PDF (poppler cannot open it)");
  if (doc->is_locked()) return Status::InvalidInput("encrypted PDF: needs its password");
  text->clear();
  bool any = false;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    const std::string page_text = PageText(*page);
    if (page_text.find_first_not_of(" \t\r\n\f") != std::string::npos) any = true;
    if (i > 0) text->push_back('\f');  // a page break, as pdftotext writes it
    const size_t begin = text->size();
    text->append(page_text);
    if (!text->empty() && text->back() != '\n') text->push_back('\n');
    origins->push_back({{begin, text->size()}, "page " + std::to_string(i + 1)});
  }
  if (!any) return Status::InvalidInput("PDF with no text layer: needs OCR");
  return Status::Ok();
}

}  // namespace internal

#else

bool PdfSupported() {
  return false;
}

namespace internal {

Status RenderPdf(std::string_view, std::string*, std::vector<Origin>*) {
  return Status::InvalidInput("PDF: not supported in this build");
}

}  // namespace internal

#endif

}  // namespace vanban::corpus
