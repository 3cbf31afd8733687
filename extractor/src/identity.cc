#include "identity.h"

#include <algorithm>

#include "doc_number.h"
#include "doc_types.h"
#include "text_util.h"
#include "vanban/utf8.h"

namespace vanban::extractor::internal {

namespace {

// The header, title and preamble sit in the first lines; a bound keeps a
// stray "Số:" deep in the body from being read as the document's number.
constexpr size_t kHeaderLines = 30;

struct Lines {
  std::string_view text;
  std::vector<Span> spans;
  std::string_view operator[](size_t i) const {
    return Trim(text.substr(spans[i].begin, spans[i].end - spans[i].begin));
  }
  size_t size() const { return spans.size(); }
};

bool IsSectionHeading(std::string_view line) {
  static constexpr std::string_view kRoman[] = {"I.",     "I ",     "II.",   "II ",
                                                "Điều 1", "PHẦN I", "Phần I"};
  for (std::string_view r : kRoman) {
    if (line.rfind(r, 0) == 0) return true;
  }
  return false;
}

// "KẾ HOẠCH", "BÁO CÁO": a line that is only a type name in capitals.
std::string TypeHeading(std::string_view line) {
  if (!IsUpperCaseLine(line)) return "";
  size_t len;
  const std::string_view type = TypeOfWords(line, &len);
  if (type.empty() || !Trim(line.substr(len)).empty()) return "";
  return std::string(type);
}

void ReadNumberLine(const Patterns& p, const Lines& lines, size_t limit, DocumentIdentity* id) {
  re2::StringPiece g[2];
  for (size_t i = 0; i < limit; ++i) {
    const std::string_view line = lines[i];
    if (!RE2::FullMatch(re2::StringPiece(line.data(), line.size()), p.number_line, &g[1])) continue;
    const std::string_view value(g[1].data(), g[1].size());
    const std::vector<NumberMatch> numbers = FindNumbers(p, value);
    if (!numbers.empty() && numbers.front().span.begin == 0) {
      id->code = numbers.front().code;
    } else if (!value.empty()) {
      id->code_partial = std::string(value);
    }
    return;
  }
}

void ReadPlaceDate(const Patterns& p, const Lines& lines, size_t limit, DocumentIdentity* id) {
  re2::StringPiece g[5];
  for (size_t i = 0; i < limit; ++i) {
    const std::string_view line = lines[i];
    const re2::StringPiece in(line.data(), line.size());
    if (!p.place_date.Match(in, 0, in.size(), RE2::ANCHOR_START, g, 5)) continue;
    id->place = std::string(Trim(std::string_view(g[1].data(), g[1].size())));
    id->issued.year = DigitsValue(std::string_view(g[4].data(), g[4].size()));
    if (!g[3].empty()) id->issued.month = DigitsValue(std::string_view(g[3].data(), g[3].size()));
    if (!g[2].empty() && id->issued.month)
      id->issued.day = DigitsValue(std::string_view(g[2].data(), g[2].size()));
    return;
  }
}

// The title: the line(s) under the type heading, bold or upper case lines
// joined, else the next line.
void ReadTitle(const Lines& lines, const std::vector<normalizer::LineHint>& hints, size_t heading,
               DocumentIdentity* id) {
  size_t i = heading + 1;
  while (i < lines.size() && lines[i].empty()) ++i;
  // "NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ / về ...": the issuer line comes first.
  if (i < lines.size() && IsUpperCaseLine(lines[i]) && lines[i].rfind("CỦA ", 0) == 0) {
    id->issuer = SentenceCaseName(lines[i].substr(std::string_view("CỦA ").size()));
    ++i;
    while (i < lines.size() && lines[i].empty()) ++i;
  }
  if (i >= lines.size() || IsSectionHeading(lines[i])) return;
  std::string title(lines[i]);
  const bool styled = (i < hints.size() && hints[i].bold) || IsUpperCaseLine(lines[i]);
  for (size_t k = i + 1; styled && k < lines.size() && !lines[k].empty(); ++k) {
    const bool same = (k < hints.size() && hints[k].bold) == (i < hints.size() && hints[i].bold) &&
                      IsUpperCaseLine(lines[k]) == IsUpperCaseLine(lines[i]);
    if (!same || TypeHeading(lines[k]).size()) break;
    title += " " + std::string(lines[k]);
  }
  if (IsUpperCaseLine(title)) title = SentenceCase(title);
  id->title = title;
}

// "<Issuer> ban hành Kế hoạch", "<Issuer> xây dựng Kế hoạch" in the preamble.
std::string IssuerFromPreamble(const Gazetteer& gazetteer, std::string_view preamble) {
  for (std::string_view verb :
       {" ban hành Kế hoạch", " xây dựng Kế hoạch", " ban hành Quyết định",
        " ban hành Chương trình", " báo cáo kết quả", " báo cáo tình hình", " ban hành Nghị quyết",
        " ban hành Chỉ thị", " ban hành Hướng dẫn"}) {
    for (size_t at = preamble.find(verb); at != std::string_view::npos;
         at = preamble.find(verb, at + 1)) {
      size_t b = preamble.find_last_of(";.,\n", at);
      b = b == std::string_view::npos ? 0 : b + 1;
      std::string_view who = Trim(preamble.substr(b, at - b));
      if (who.size() > 120 || !gazetteer.StartsWithHead(who)) continue;
      return gazetteer.Expand(who);
    }
  }
  return "";
}

// The body the signature speaks for: "TM. ỦY BAN NHÂN DÂN", "T/M BỘ CHÍNH TRỊ".
std::string IssuerFromSignature(const Lines& lines) {
  for (size_t i = lines.size(); i-- > 0;) {
    const std::string_view line = lines[i];
    for (std::string_view tm : {"TM. ", "T/M ", "TM "}) {
      if (line.rfind(tm, 0) == 0 && IsUpperCaseLine(line)) {
        return SentenceCaseName(Trim(line.substr(tm.size())));
      }
    }
  }
  return "";
}

// The signature block: after the recipients ("Nơi nhận:" list) or at the
// end: "TM./KT." lines, a title in capitals, then the signer's name.
void ReadSignature(const Lines& lines, DocumentIdentity* id) {
  size_t start = lines.size();
  for (size_t i = lines.size(); i-- > 0;) {
    if (lines[i].rfind("Nơi nhận", 0) == 0) {
      start = i;
      break;
    }
  }
  size_t i = start < lines.size() ? start + 1 : (lines.size() > 15 ? lines.size() - 15 : 0);
  if (start < lines.size()) {
    for (; i < lines.size() && (lines[i].empty() || lines[i].rfind("-", 0) == 0); ++i) {
      if (lines[i].rfind("-", 0) == 0) {
        std::string r(Trim(lines[i].substr(1)));
        while (!r.empty() && (r.back() == ';' || r.back() == '.' || r.back() == ',')) r.pop_back();
        id->recipients.push_back(r);
      }
    }
  }
  std::string title;
  for (; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    if (line.empty()) continue;
    if (IsUpperCaseLine(line)) {
      if (line.rfind("KT.", 0) != 0 && line.rfind("TM.", 0) != 0 && line.rfind("T/M", 0) != 0 &&
          line.rfind("TL.", 0) != 0 && line.rfind("Q.", 0) != 0) {
        title = std::string(line);
      }
      continue;
    }
    // a person's name: 2 to 5 capitalised words, no digits
    size_t words = 1;
    for (char c : line) words += c == ' ';
    if (!title.empty() && words >= 2 && words <= 5 &&
        line.find_first_of("0123456789:;,()") == std::string_view::npos) {
      id->signer.name = std::string(line);
      id->signer.title = SentenceCase(title);
      return;
    }
    if (!title.empty()) break;
  }
  if (!title.empty()) id->signer.title = SentenceCase(title);
}

// "(Ban hành kèm theo Kế hoạch số 344/KH-UBND ngày 30/5/2025 ...)": an
// appendix header that names the document it belongs to.
void ReadAppendixNumber(const Patterns& p, std::string_view text, DocumentIdentity* id) {
  re2::StringPiece g[6];
  const re2::StringPiece in(text.data(), text.size());
  if (!p.appendix_own.Match(in, 0, in.size(), RE2::UNANCHORED, g, 6)) return;
  size_t len;
  const std::string_view type = TypeOfWords(std::string_view(g[1].data(), g[1].size()), &len);
  if (!id->type.empty() && type != id->type) return;
  const std::vector<NumberMatch> numbers =
      FindNumbers(p, std::string_view(g[2].data(), g[2].size()));
  if (numbers.empty()) return;
  id->code = numbers.front().code;
  if (id->issued.empty()) {
    id->issued.day = DigitsValue(std::string_view(g[3].data(), g[3].size()));
    id->issued.month = DigitsValue(std::string_view(g[4].data(), g[4].size()));
    id->issued.year = DigitsValue(std::string_view(g[5].data(), g[5].size()));
  }
}

std::string IssuerFromCode(const DocumentIdentity& id) {
  std::string issuer;
  if (id.code) {
    issuer = id.code->issuer;
  } else if (const size_t dash = id.code_partial.find('-'); dash != std::string::npos) {
    issuer = id.code_partial.substr(dash + 1);
    issuer = issuer.substr(0, issuer.find_first_of(".-"));
  }
  const std::string_view name = IssuerName(issuer);
  return name.empty() ? "" : std::string(name);
}

}  // namespace

DocumentIdentity ReadIdentity(const Patterns& patterns, const Gazetteer& gazetteer,
                              const normalizer::NormalizedText& text, size_t* preamble_end) {
  DocumentIdentity id;
  Lines lines{text.text, SplitLines(text.text)};
  const size_t limit = std::min(lines.size(), kHeaderLines);
  *preamble_end = text.text.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (IsSectionHeading(lines[i])) {
      *preamble_end = lines.spans[i].begin;
      break;
    }
  }
  for (size_t i = 0; i < limit && lines.spans[i].begin < *preamble_end; ++i) {
    if (std::string type = TypeHeading(lines[i]); !type.empty()) {
      id.type = type == "QH" ? "Luật" : type;
      ReadTitle(lines, text.lines, i, &id);
      break;
    }
  }
  ReadNumberLine(patterns, lines, limit, &id);
  ReadPlaceDate(patterns, lines, limit, &id);
  if (id.type.empty() && !id.code_partial.empty()) {
    const size_t slash = id.code_partial.find('/');
    const std::string code =
        id.code_partial.substr(slash + 1, id.code_partial.find('-') - slash - 1);
    id.type = std::string(CanonicalTypeCode(code));
  }
  if (id.type.empty() && id.code) id.type = id.code->type.empty() ? "CV" : id.code->type;
  if (!id.code) ReadAppendixNumber(patterns, text.text, &id);
  if (id.issuer.empty())
    id.issuer = IssuerFromPreamble(gazetteer, text.text.substr(0, *preamble_end));
  if (id.issuer.empty()) id.issuer = IssuerFromSignature(lines);
  if (id.issuer.empty()) id.issuer = IssuerFromCode(id);
  ReadSignature(lines, &id);
  return id;
}

}  // namespace vanban::extractor::internal
