#include "doc_number.h"

#include <algorithm>

#include "doc_types.h"
#include "text_util.h"

namespace vanban::extractor::internal {

namespace {

std::string StripSpaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

std::vector<std::string> SplitOn(std::string_view s, char sep) {
  std::vector<std::string> parts;
  size_t b = 0;
  while (true) {
    const size_t e = s.find(sep, b);
    parts.emplace_back(s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  return parts;
}

// "UBND-THĐT" with each part in its table spelling ("TTG" -> "TTg").
std::string CanonicalIssuer(std::string_view issuer) {
  std::string out;
  for (const std::string& part : SplitOn(issuer, '-')) {
    if (!out.empty()) out.push_back('-');
    out += CanonicalIssuerCode(part);
  }
  return out;
}

// "TTBKHHCN" -> type "TT", issuer "BKHHCN": a hyphen lost between a type
// code and the issuer. The longest type code that leaves an issuer wins.
bool SplitGluedType(std::string_view glued, std::string* type, std::string* issuer) {
  size_t best = 0;
  for (const DocumentType& t : DocumentTypes()) {
    if (t.code.size() > best && glued.size() >= t.code.size() + 2 &&
        glued.substr(0, t.code.size()) == t.code) {
      best = t.code.size();
    }
  }
  if (best == 0) return false;
  *type = std::string(glued.substr(0, best));
  *issuer = std::string(glued.substr(best));
  return true;
}

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

std::string_view Group(const re2::StringPiece& g) {
  return {g.data(), g.size()};
}

// Fills `code` from the number regex's groups; false to reject the match.
bool BuildCode(const re2::StringPiece* g, DocumentCode* code, bool* repaired) {
  if (!g[1].empty()) {  // with year
    code->number = std::string(Group(g[1]));
    code->year = DigitsValue(Group(g[2]));
    const std::string rest = StripSpaces(Group(g[3]));
    std::string type, issuer;
    if (rest.rfind("QH", 0) == 0 && rest.find('-') == std::string::npos) {
      type = "QH";
      issuer = rest;
    } else if (const size_t dash = rest.find('-'); dash != std::string::npos) {
      type = rest.substr(0, dash);
      issuer = rest.substr(dash + 1);
    } else if (SplitGluedType(rest, &type, &issuer)) {
      *repaired = true;
    } else {
      return false;
    }
    if (std::string_view t = CanonicalTypeCode(type); !t.empty()) type = std::string(t);
    code->type = type;
    code->issuer = type == "QH" ? issuer : CanonicalIssuer(issuer);
    code->canonical = code->number + "/" + std::string(Group(g[2])) + "/" +
                      (type == "QH" ? issuer : type + "-" + code->issuer);
  } else if (!g[4].empty()) {  // 01-KH-UBND-VIETTEL
    code->number = std::string(Group(g[4]));
    code->type = std::string(CanonicalTypeCode(Group(g[5])));
    code->issuer = CanonicalIssuer(Group(g[6]));
    code->canonical = code->number + "-" + code->type + "-" + code->issuer;
  } else if (!g[7].empty()) {  // party: 57-NQ/TW
    code->number = std::string(Group(g[7]));
    code->type = std::string(CanonicalTypeCode(Group(g[8])));
    code->issuer = CanonicalIssuer(Group(g[9]));
    code->canonical = code->number + "-" + code->type + "/" + code->issuer;
  } else {  // state: 128/KH-UBND, 3553/UBND-THĐT, 11/NQ CP
    code->number = std::string(Group(g[10]));
    const std::string first(Group(g[11]));
    const std::string_view type = CanonicalTypeCode(first);
    const bool spaced = g[12].empty();
    if (spaced && type.empty()) return false;  // "12/UBND TỈNH": not a number
    const std::string rest(spaced ? Group(g[13]) : Group(g[12]));
    if (!type.empty()) {
      code->type = std::string(type);
      code->issuer = CanonicalIssuer(rest);
      code->canonical = code->number + "/" + code->type + "-" + code->issuer;
    } else {  // an official letter: number/ISSUER-UNIT
      code->issuer = CanonicalIssuer(first);
      code->canonical = code->number + "/" + code->issuer + "-" + CanonicalIssuer(rest);
    }
  }
  code->key = CodeKey(code->canonical);
  return true;
}

}  // namespace

std::string CodeKey(std::string_view canonical) {
  size_t i = 0;
  while (i + 1 < canonical.size() && canonical[i] == '0' && IsDigit(canonical[i + 1])) ++i;
  std::string key(canonical.substr(i));
  std::transform(key.begin(), key.end(), key.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return key;
}

std::vector<NumberMatch> FindNumbers(const Patterns& patterns, std::string_view text) {
  std::vector<NumberMatch> out;
  constexpr int kGroups = 14;
  re2::StringPiece g[kGroups];
  const re2::StringPiece input(text.data(), text.size());
  size_t pos = 0;
  while (pos < text.size() &&
         patterns.number.Match(input, pos, text.size(), RE2::UNANCHORED, g, kGroups)) {
    const size_t begin = static_cast<size_t>(g[0].data() - text.data());
    const size_t end = begin + g[0].size();
    pos = end > begin ? end : begin + 1;
    // "1.453.856/..." or "2025/..." inside a longer number: not a citation
    if (begin > 0) {
      const char before = text[begin - 1];
      if (IsDigit(before) || before == '/' || before == '.' || before == ',') continue;
    }
    NumberMatch m;
    m.span = {begin, end};
    if (!BuildCode(g, &m.code, &m.repaired)) {
      pos = begin + 1;
      continue;
    }
    const std::string written = StripSpaces(Group(g[0]));
    if (written != m.code.canonical && StripSpaces(Group(g[0])).size() != g[0].size()) {
      m.repaired = true;
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace vanban::extractor::internal
