#include "extent.h"

#include <algorithm>
#include <string>

#include "doc_types.h"
#include "text_util.h"

namespace vanban::extractor::internal {

namespace {

// The header sits near the top; a site's chrome before it is a few dozen
// lines. A motto further down belongs to an attached document.
constexpr size_t kMottoSearchLines = 600;
// How far above the motto the issuing body and the number may stand (the
// left column comes first when a converter writes table cells one by one).
constexpr size_t kHeaderLookBack = 8;

std::string_view LineAt(std::string_view text, const std::vector<Span>& lines, size_t i) {
  return Trim(text.substr(lines[i].begin, lines[i].end - lines[i].begin));
}

// Whitespace-separated words of a line, each folded; runs of '-' glued to a
// word ("------Số:") fold away with the other punctuation.
std::vector<std::string> FoldedWords(std::string_view line) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b < line.size()) {
    while (b < line.size() && line[b] == ' ') ++b;
    size_t e = line.find(' ', b);
    if (e == std::string_view::npos) e = line.size();
    if (e > b) {
      std::string w = normalizer::FoldKey(line.substr(b, e - b));
      // "TÌM KIẾM," -> "tim kiem": FoldKey may keep an inner space; split it
      size_t s = 0;
      while (s <= w.size()) {
        size_t t = w.find(' ', s);
        if (t == std::string::npos) t = w.size();
        if (t > s) out.push_back(w.substr(s, t - s));
        s = t + 1;
      }
    }
    b = e + 1;
  }
  return out;
}

bool HasLetterOrDigit(std::string_view line) {
  return std::any_of(line.begin(), line.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c));
  });
}

// The national motto's first words, folded: the state's and the Party's.
bool StartsMotto(const std::vector<std::string>& w, size_t i) {
  auto at = [&](size_t k, std::string_view s) { return i + k < w.size() && w[i + k] == s; };
  return (at(0, "cong") && at(1, "hoa") && at(2, "xa") && at(3, "hoi")) ||
         (at(0, "dang") && at(1, "cong") && at(2, "san") && at(3, "viet") && at(4, "nam"));
}

// The first line where the motto starts, written in capitals as in a
// header (a sentence naming the Republic is not a header); npos if none.
size_t FindMottoLine(std::string_view text, const std::vector<Span>& lines) {
  std::vector<std::string> words;
  std::vector<size_t> line_of;
  const size_t n = std::min(lines.size(), kMottoSearchLines);
  for (size_t i = 0; i < n; ++i) {
    const std::string_view line = LineAt(text, lines, i);
    for (std::string& w : FoldedWords(line)) {
      words.push_back(std::move(w));
      line_of.push_back(i);
    }
  }
  for (size_t k = 0; k < words.size(); ++k) {
    if (!StartsMotto(words, k)) continue;
    const std::string_view line = LineAt(text, lines, line_of[k]);
    // the motto's first word in capitals: "CỘNG" / "ĐẢNG"
    const std::string_view first = words[k] == "cong" ? "CỘNG" : "ĐẢNG";
    if (line.find(first) == std::string_view::npos) continue;
    return line_of[k];
  }
  return std::string_view::npos;
}

// "Số: 128/KH-UBND", "Số 402-CV/VPĐU", "------Số:10988/BNV": the number
// line's marker followed by a colon or a digit.
bool HasNumberMarker(std::string_view line) {
  for (std::string_view marker : {"Số", "SỐ"}) {
    for (size_t at = line.find(marker); at != std::string_view::npos;
         at = line.find(marker, at + 1)) {
      if (at > 0 && static_cast<unsigned char>(line[at - 1]) >= 0x80) continue;
      if (at > 0 && std::isalpha(static_cast<unsigned char>(line[at - 1]))) continue;
      size_t k = at + marker.size();
      while (k < line.size() && line[k] == ' ') ++k;
      if (k < line.size() && (line[k] == ':' || std::isdigit(static_cast<unsigned char>(line[k]))))
        return true;
    }
  }
  return false;
}

size_t HeaderFirstLine(std::string_view text, const std::vector<Span>& lines, size_t motto) {
  size_t first = motto;
  // A number line above the motto: the left column written first; the
  // subject ("V/v ...") between them may be wrapped over several lines.
  for (size_t k = motto; k-- > 0 && motto - k <= kHeaderLookBack;) {
    if (HasNumberMarker(LineAt(text, lines, k))) {
      first = k;
      break;
    }
  }
  // The issuing body: capitals, with blank and rule lines between.
  for (size_t k = first, seen = 0; k-- > 0 && seen < kHeaderLookBack;) {
    const std::string_view line = LineAt(text, lines, k);
    if (!HasLetterOrDigit(line)) continue;
    ++seen;
    if (!IsUpperCaseLine(line)) break;
    first = k;
  }
  return first;
}

// A website's caption of the document it shows: a type word directly
// followed by a number ("Thông báo 631/TB-VPCP năm 2025 về ...").
bool IsCaptionLine(std::string_view line) {
  size_t len = 0;
  if (TypeOfWords(line, &len).empty() || len == 0) return false;
  std::string_view rest = Trim(line.substr(len));
  size_t d = 0;
  while (d < rest.size() && std::isdigit(static_cast<unsigned char>(rest[d]))) ++d;
  return d > 0 && d < rest.size() && (rest[d] == '/' || rest[d] == '-');
}

// Labels of a site's metadata block and company footer, folded.
constexpr std::string_view kSiteLabels[] = {
    "so hieu",       "loai van ban", "noi ban hanh", "nguoi ky", "ngay ban hanh", "ngay hieu luc",
    "ngay cong bao", "so cong bao",  "tinh trang",   "ban hanh", "hieu luc",      "cap nhat",
    "linh vuc",      "dia chi",      "dien thoai",   "e mail",   "ma so thue"};

// Labels only a site's record of a document carries (a document's own
// contact table has "Địa chỉ", "Điện thoại" too, never these).
bool IsRecordLabel(std::string_view line) {
  static constexpr std::string_view kRecord[] = {
      "so hieu",       "loai van ban", "noi ban hanh", "nguoi ky", "ngay ban hanh", "ngay hieu luc",
      "ngay cong bao", "so cong bao",  "tinh trang",   "ban hanh", "hieu luc",      "cap nhat"};
  const std::string label = normalizer::FoldKey(line.substr(0, line.find(':')));
  return std::find(std::begin(kRecord), std::end(kRecord), label) != std::end(kRecord);
}

// A label line of the chrome after the document: at least three labels
// within a few lines, two of them a site's record of a document, one
// standing alone (its value on the next line, as a site's table puts it).
size_t FindTrailingChrome(std::string_view text, const std::vector<Span>& lines, size_t from) {
  constexpr size_t kWindow = 12;
  for (size_t i = from; i < lines.size(); ++i) {
    if (!IsSiteLabelLine(LineAt(text, lines, i))) continue;
    size_t labels = 0, record = 0;
    bool alone = false;
    for (size_t k = i; k < lines.size() && k < i + kWindow; ++k) {
      const std::string_view line = LineAt(text, lines, k);
      if (!IsSiteLabelLine(line)) continue;
      ++labels;
      record += IsRecordLabel(line);
      alone = alone || line.back() == ':';
    }
    if (labels >= 3 && record >= 2 && alone) return i;
  }
  return lines.size();
}

// Back from the label block over the site's captions of the document.
size_t CaptionStart(std::string_view text, const std::vector<Span>& lines, size_t chrome,
                    size_t floor) {
  constexpr size_t kCaptionLookBack = 6;
  size_t start = chrome;
  for (size_t k = chrome, seen = 0; k-- > floor && seen < kCaptionLookBack;) {
    const std::string_view line = LineAt(text, lines, k);
    if (!HasLetterOrDigit(line)) continue;
    ++seen;
    if (IsCaptionLine(line)) start = k;
  }
  return start;
}

}  // namespace

bool IsSiteLabelLine(std::string_view line) {
  line = Trim(line);
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon > 40) return false;
  // a value after the label is short: a date, a name, a number
  if (line.size() - colon > 60) return false;
  const std::string label = normalizer::FoldKey(line.substr(0, colon));
  return std::find(std::begin(kSiteLabels), std::end(kSiteLabels), label) != std::end(kSiteLabels);
}

// A line only a document's body has: its type heading ("KẾ HOẠCH") or a
// section's start ("I. MỤC ĐÍCH", "Điều 1."). Before the first motto, it
// means the motto is an attached document's and the file's document has
// no header of its own.
bool OpensDocumentBody(std::string_view line) {
  while (!line.empty() && (line.front() == '#' || line.front() == '*')) line.remove_prefix(1);
  line = Trim(line);
  if (line.rfind("Điều 1.", 0) == 0 || line.rfind("I. ", 0) == 0) return true;
  if (!IsUpperCaseLine(line)) return false;
  size_t len = 0;
  return !TypeOfWords(line, &len).empty() && Trim(line.substr(len)).empty();
}

LineExtent DocumentLineExtent(std::string_view text, const std::vector<Span>& lines) {
  LineExtent e{0, lines.size()};
  const size_t motto = FindMottoLine(text, lines);
  bool body_before = false;
  for (size_t i = 0; motto != std::string_view::npos && i < motto && !body_before; ++i) {
    body_before = OpensDocumentBody(LineAt(text, lines, i));
  }
  if (motto != std::string_view::npos && !body_before) {
    e.first = HeaderFirstLine(text, lines, motto);
  }
  const size_t chrome = FindTrailingChrome(text, lines, e.first + 1);
  if (chrome < lines.size()) e.last = CaptionStart(text, lines, chrome, e.first + 1);
  return e;
}

Span DocumentExtent(std::string_view text) {
  const std::vector<Span> lines = SplitLines(text);
  const LineExtent e = DocumentLineExtent(text, lines);
  Span s{0, text.size()};
  if (e.first < lines.size()) s.begin = lines[e.first].begin;
  if (e.last < lines.size()) s.end = lines[e.last].begin;
  return s;
}

Span DocumentExtent(const normalizer::NormalizedText& text) {
  return DocumentExtent(text.text);
}

}  // namespace vanban::extractor::internal
