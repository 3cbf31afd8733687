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

// "1O" -> "10", "2O25" -> "2025": letters OCR reads for digits (the
// pattern lets only "O" and "l" stand after a first digit).
std::string DigitsOf(std::string_view written, bool* repaired) {
  std::string out(written);
  for (char& c : out) {
    if (c == 'O') c = '0';
    if (c == 'l') c = '1';
  }
  if (out != written) *repaired = true;
  return out;
}

// "Ð" (U+00D0, Icelandic eth) is the look-alike of "Đ" (U+0110).
std::string FixEth(std::string s, bool* repaired) {
  for (size_t at = s.find("\xC3\x90"); at != std::string::npos; at = s.find("\xC3\x90", at)) {
    s.replace(at, 2, "\xC4\x90");
    *repaired = true;
  }
  return s;
}

bool IsUpperAscii(char c) {
  return c >= 'A' && c <= 'Z';
}

std::string_view Group(const re2::StringPiece& g) {
  return {g.data(), g.size()};
}

// Fills `code` from the number regex's groups; false to reject the match.
bool BuildCode(const re2::StringPiece* g, DocumentCode* code, bool* repaired) {
  if (!g[1].empty()) {  // with year
    code->number = DigitsOf(Group(g[1]), repaired);
    const std::string year = DigitsOf(Group(g[2]), repaired);
    code->year = DigitsValue(year);
    if (code->year == 0) return false;  // not a year, or one that overflows
    const std::string rest = FixEth(StripSpaces(Group(g[3])), repaired);
    std::string type, issuer;
    const bool legislature = rest.rfind("QH", 0) == 0 || rest.rfind("UBTVQH", 0) == 0;
    const size_t committee = rest.find("UBTVQH");
    if (legislature && rest.find('-') == std::string::npos) {
      type = "QH";  // a law or a resolution of the legislature or its committee
      issuer = rest;
    } else if (committee != std::string::npos && committee > 0 &&
               rest.find('-') == std::string::npos) {
      // "PLUBTVQH11": the hyphen of PL-UBTVQH11 lost at a line break
      type = rest.substr(0, committee);
      issuer = rest.substr(committee);
      *repaired = true;
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
    code->canonical =
        code->number + "/" + year + "/" + (type == "QH" ? issuer : type + "-" + code->issuer);
  } else if (!g[4].empty()) {  // 01-KH-UBND-VIETTEL
    code->number = DigitsOf(Group(g[4]), repaired);
    code->type = std::string(CanonicalTypeCode(FixEth(std::string(Group(g[5])), repaired)));
    code->issuer = CanonicalIssuer(FixEth(std::string(Group(g[6])), repaired));
    code->canonical = code->number + "-" + code->type + "-" + code->issuer;
  } else if (!g[7].empty()) {  // party: 57-NQ/TW
    code->number = DigitsOf(Group(g[7]), repaired);
    code->type = std::string(CanonicalTypeCode(FixEth(std::string(Group(g[8])), repaired)));
    code->issuer = CanonicalIssuer(FixEth(std::string(Group(g[9])), repaired));
    code->canonical = code->number + "-" + code->type + "/" + code->issuer;
  } else {  // state: 128/KH-UBND, 3553/UBND-THĐT, 11/NQ CP
    code->number = DigitsOf(Group(g[10]), repaired);
    const std::string first = FixEth(std::string(Group(g[11])), repaired);
    const std::string_view type = CanonicalTypeCode(first);
    const bool spaced = g[12].empty();
    if (spaced && type.empty()) return false;  // "12/UBND TỈNH": not a number
    const std::string rest = FixEth(std::string(spaced ? Group(g[13]) : Group(g[12])), repaired);
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

// The issuer's last part may go on past the match, split by the converter:
// "3210/QĐ - U B ND" (letters spaced out: joined when they spell a known
// issuer) or "02/TTr-CAT- ANCTNB", "CAT-\nANCTNB" (a hyphen kept, the
// space or line break after it not). Returns the end of the extended number.
size_t ExtendIssuer(std::string_view text, size_t end, DocumentCode* code) {
  const size_t last_dash = code->canonical.rfind('-');
  const size_t last_slash = code->canonical.rfind('/');
  const size_t part_begin = std::max(last_dash == std::string::npos ? 0 : last_dash + 1,
                                     last_slash == std::string::npos ? 0 : last_slash + 1);
  const std::string part = code->canonical.substr(part_begin);
  auto letters_at = [&](size_t i) {
    size_t j = i;
    while (j < text.size() && IsUpperAscii(text[j])) ++j;
    return j;
  };
  auto letter_after = [&](size_t i) {
    return i < text.size() && (IsUpperAscii(text[i]) || (text[i] >= 'a' && text[i] <= 'z') ||
                               static_cast<unsigned char>(text[i]) >= 0x80);
  };
  // "CAT- ANCTNB"
  if (end + 1 < text.size() && text[end] == '-' &&
      (text[end + 1] == ' ' || text[end + 1] == '\n')) {
    size_t i = end + 1;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
    const size_t j = letters_at(i);
    if (j - i >= 2 && !letter_after(j) && (j >= text.size() || text[j] != '/')) {
      code->canonical += "-" + std::string(text.substr(i, j - i));
      code->issuer += "-" + std::string(text.substr(i, j - i));
      return j;
    }
  }
  // "U B ND"
  if (part.size() <= 2 && !part.empty() && IsUpperAscii(part[0])) {
    std::string joined = part;
    size_t i = end, joined_end = end;
    while (i + 1 < text.size() && text[i] == ' ' && IsUpperAscii(text[i + 1])) {
      const size_t j = letters_at(i + 1);
      if (j - (i + 1) > 3) break;
      joined += std::string(text.substr(i + 1, j - i - 1));
      i = j;
      if (!letter_after(j) && !IssuerName(joined).empty()) joined_end = j;
    }
    if (joined_end > end) {
      const std::string spelled = CanonicalIssuerCode(joined);
      code->canonical = code->canonical.substr(0, part_begin) + spelled;
      code->issuer = code->issuer.size() >= part.size()
                         ? code->issuer.substr(0, code->issuer.size() - part.size()) + spelled
                         : spelled;
      return joined_end;
    }
  }
  return end;
}

bool IsSpaceByte(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// "1968/Q\nĐ-TTg": a number cut inside a code by a line break. The last
// word of a line and the first of the next are read as one number when
// neither is a number alone, the joined word is exactly a number of a
// known type, and nothing else is glued to it.
void AddNumbersSplitAtLineBreaks(const Patterns& patterns, std::string_view text,
                                 std::vector<NumberMatch>* out) {
  constexpr int kGroups = 14;
  re2::StringPiece g[kGroups];
  const size_t found = out->size();
  for (size_t nl = text.find('\n'); nl != std::string_view::npos; nl = text.find('\n', nl + 1)) {
    size_t b = nl;
    while (b > 0 && !IsSpaceByte(text[b - 1])) --b;
    const std::string_view first = text.substr(b, nl - b);
    if (first.size() < 3 || !IsDigit(first[0]) || first.find('/') == std::string_view::npos) {
      continue;
    }
    size_t c = nl;
    while (c < text.size() && IsSpaceByte(text[c]) && c - nl < 4) ++c;
    size_t e = c;
    while (e < text.size() && !IsSpaceByte(text[e])) ++e;
    while (e > c && (text[e - 1] == ',' || text[e - 1] == ';' || text[e - 1] == '.' ||
                     text[e - 1] == ':' || text[e - 1] == ')')) {
      --e;
    }
    if (e == c || (!IsUpperAscii(text[c]) && static_cast<unsigned char>(text[c]) < 0x80)) continue;
    const bool taken = std::any_of(out->begin(), out->begin() + found, [&](const NumberMatch& n) {
      return n.span.begin < e && b < n.span.end;
    });
    if (taken) continue;
    const std::string joined = std::string(first) + std::string(text.substr(c, e - c));
    const re2::StringPiece in(joined);
    if (!patterns.number.Match(in, 0, joined.size(), RE2::ANCHOR_BOTH, g, kGroups)) continue;
    NumberMatch m;
    if (!BuildCode(g, &m.code, &m.repaired) || CanonicalTypeCode(m.code.type).empty()) continue;
    m.span = {b, e};
    m.repaired = true;
    m.repair_kind = "number-split";
    out->push_back(std::move(m));
  }
}

// "Quyết định số 118/TTg": numbers of the 1990s name only the issuer.
void AddIssuerOnlyNumbers(const Patterns& patterns, std::string_view text,
                          std::vector<NumberMatch>* out) {
  re2::StringPiece g[3];
  const re2::StringPiece input(text.data(), text.size());
  size_t pos = 0;
  const size_t found = out->size();
  while (pos < text.size() &&
         patterns.issuer_only_number.Match(input, pos, text.size(), RE2::UNANCHORED, g, 3)) {
    const size_t begin = static_cast<size_t>(g[1].data() - text.data());
    const size_t end = static_cast<size_t>(g[2].data() - text.data()) + g[2].size();
    pos = end;
    const bool taken = std::any_of(out->begin(), out->begin() + found, [&](const NumberMatch& n) {
      return n.span.begin < end && begin < n.span.end;
    });
    if (taken) continue;
    NumberMatch m;
    m.span = {begin, end};
    m.code.number = std::string(Group(g[1]));
    m.code.issuer = CanonicalIssuerCode(Group(g[2]));
    m.code.canonical = m.code.number + "/" + m.code.issuer;
    m.code.key = CodeKey(m.code.canonical);
    out->push_back(std::move(m));
  }
  std::sort(out->begin(), out->end(),
            [](const NumberMatch& a, const NumberMatch& b) { return a.span.begin < b.span.begin; });
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
    if (!BuildCode(g, &m.code, &m.repaired)) {
      pos = begin + 1;
      continue;
    }
    const size_t extended = ExtendIssuer(text, end, &m.code);
    if (extended != end) {
      m.code.key = CodeKey(m.code.canonical);
      m.repaired = true;
      pos = extended;
    }
    m.span = {begin, extended};
    // what was read differs from the code concluded: only by white space
    // ("10- CTr/TU", "10-\n\nNQ/TW"), or in its letters too
    const std::string_view read = text.substr(begin, extended - begin);
    if (read != m.code.canonical) {
      std::string compact;
      for (char c : read) {
        if (!IsSpaceByte(c)) compact.push_back(c);
      }
      if (!m.repaired && compact == m.code.canonical) m.repair_kind = "number-spacing";
      m.repaired = true;
    }
    out.push_back(std::move(m));
  }
  AddNumbersSplitAtLineBreaks(patterns, text, &out);
  AddIssuerOnlyNumbers(patterns, text, &out);
  return out;
}

}  // namespace vanban::extractor::internal
