#include "text_util.h"

#include <algorithm>
#include <charconv>

#include <unicode/uchar.h>

#include "vanban/normalizer.h"
#include "vanban/utf8.h"

namespace vanban::extractor::internal {

int DigitsValue(std::string_view digits) {
  int value = 0;
  const char* end = digits.data() + digits.size();
  const auto [stop, error] = std::from_chars(digits.data(), end, value);
  if (error != std::errc() || stop != end || value < 0) return 0;
  return value;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string_view TrimSpace(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<Span> SplitLines(std::string_view text) {
  std::vector<Span> lines;
  size_t b = 0;
  while (b <= text.size()) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    lines.push_back({b, e});
    if (e == text.size()) break;
    b = e + 1;
  }
  return lines;
}

namespace {

// The byte at `offset` replaces exactly one other byte of the source: a form
// feed (or another one-byte control) written as '\n'.
bool IsOneByteReplacement(const OffsetMap& map, size_t offset) {
  const auto& runs = map.runs();
  auto it = std::upper_bound(runs.begin(), runs.end(), offset,
                             [](size_t o, const OffsetMap::Run& r) { return o < r.target_begin; });
  if (it == runs.begin()) return false;
  --it;
  return !it->copy && it->target_len == 1 && it->source_len == 1 && offset < it->target_begin + 1;
}

}  // namespace

bool IsPageBreak(std::string_view text, const OffsetMap& map, Span line) {
  if (!Trim(text.substr(line.begin, line.end - line.begin)).empty()) return false;
  return IsOneByteReplacement(map, line.end) ||
         (line.begin > 0 && IsOneByteReplacement(map, line.begin - 1));
}

bool StartsWithFolded(std::string_view text, std::string_view prefix, size_t* len) {
  const std::string want = normalizer::FoldKey(prefix);
  // Walk `text` code point by code point until its fold covers `want`.
  size_t i = 0, step;
  std::string got;
  while (i < text.size() && got.size() < want.size()) {
    utf8::Decode(text, i, &step);
    i += step;
    got = normalizer::FoldKey(text.substr(0, i));
  }
  if (got != want) return false;
  // the match must end at a word boundary
  if (i < text.size()) {
    const char32_t next = utf8::Decode(text, i, &step);
    if (u_isalnum(static_cast<UChar32>(next))) return false;
  }
  if (len) *len = i;
  return true;
}

bool EndsWithFolded(std::string_view text, std::string_view suffix) {
  const std::string t = normalizer::FoldKey(text), s = normalizer::FoldKey(suffix);
  if (s.empty() || t.size() < s.size()) return false;
  if (t.compare(t.size() - s.size(), s.size(), s) != 0) return false;
  return t.size() == s.size() || t[t.size() - s.size() - 1] == ' ';
}

char32_t ToLowerCodePoint(char32_t cp) {
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
}

char32_t ToUpperCodePoint(char32_t cp) {
  return static_cast<char32_t>(u_toupper(static_cast<UChar32>(cp)));
}

bool EndsWithConnector(std::string_view t) {
  t = Trim(t);
  const size_t space = t.rfind(' ');
  const std::string_view word = space == std::string_view::npos ? t : t.substr(space + 1);
  std::string last;
  size_t len;
  for (size_t i = 0; i < word.size(); i += len) {
    utf8::Append(ToLowerCodePoint(utf8::Decode(word, i, &len)), &last);
  }
  for (std::string_view w : {"của", "và", "với", "các", "cho", "về", "theo", "tại", "để", "trong",
                             "trên", "những", "hoặc", "là", "thuộc", "đến", "từ", "ở"}) {
    if (last == w) return true;
  }
  return false;
}

bool IsUpperCaseLine(std::string_view s) {
  bool letter = false;
  size_t len;
  for (size_t i = 0; i < s.size(); i += len) {
    const auto cp = static_cast<UChar32>(utf8::Decode(s, i, &len));
    if (u_islower(cp)) return false;
    if (u_isupper(cp)) letter = true;
  }
  return letter;
}

std::string SentenceCase(std::string_view s) {
  std::string out;
  size_t len;
  bool first = true;
  for (size_t i = 0; i < s.size(); i += len) {
    const auto cp = static_cast<UChar32>(utf8::Decode(s, i, &len));
    const UChar32 c = first ? u_toupper(cp) : u_tolower(cp);
    if (u_isalpha(cp)) first = false;
    utf8::Append(static_cast<char32_t>(c), &out);
  }
  return out;
}

std::string SentenceCaseName(std::string_view upper) {
  // Names of bodies capitalise their first word and a few proper nouns.
  static constexpr std::pair<std::string_view, std::string_view> kProper[] = {
      {" chính trị", " Chính trị"},
      {" trung ương", " Trung ương"},
      {" chính phủ", " Chính phủ"},
      {" quốc hội", " Quốc hội"},
      {" bí thư", " Bí thư"}};
  std::string s = SentenceCase(upper);
  for (const auto& [from, to] : kProper) {
    if (const size_t at = s.find(from); at != std::string::npos) s.replace(at, from.size(), to);
  }
  return s;
}

}  // namespace vanban::extractor::internal
