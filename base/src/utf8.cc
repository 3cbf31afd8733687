#include "vanban/utf8.h"

namespace vanban::utf8 {

namespace {
bool IsContinuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}
}  // namespace

char32_t DecodeSlow(std::string_view s, size_t i, size_t* len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  const size_t avail = s.size() - i;
  const unsigned char c = p[0];
  *len = 1;
  if (c < 0x80) return c;
  if (c >= 0xC2 && c <= 0xDF && avail >= 2 && IsContinuation(p[1])) {
    *len = 2;
    return (char32_t(c & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if (c >= 0xE0 && c <= 0xEF && avail >= 3 && IsContinuation(p[1]) && IsContinuation(p[2])) {
    char32_t cp = (char32_t(c & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return kReplacement;
    *len = 3;
    return cp;
  }
  if (c >= 0xF0 && c <= 0xF4 && avail >= 4 && IsContinuation(p[1]) && IsContinuation(p[2]) &&
      IsContinuation(p[3])) {
    char32_t cp = (char32_t(c & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) |
                  (char32_t(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    if (cp < 0x10000 || cp > 0x10FFFF) return kReplacement;
    *len = 4;
    return cp;
  }
  return kReplacement;
}

size_t ValidPrefix(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    char32_t cp = Decode(s, i, &len);
    if (cp == kReplacement && !(len == 3 && s.substr(i, 3) == "\xEF\xBF\xBD")) return i;
    i += len;
  }
  return i;
}

std::string Scrub(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  while (!s.empty()) {
    const size_t valid = ValidPrefix(s);
    out.append(s.substr(0, valid));
    if (valid == s.size()) break;
    size_t len;
    Decode(s, valid, &len);  // malformed: len is 1, the one bad byte
    Append(kReplacement, &out);
    s.remove_prefix(valid + len);
  }
  return out;
}

size_t EncodedLength(char32_t cp) {
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  if (cp < 0x10000) return 3;
  return 4;
}

void Append(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

char32_t DecodeBefore(std::string_view s, size_t i, size_t* start) {
  if (i == 0) {
    *start = 0;
    return 0;
  }
  size_t j = i - 1;
  while (j > 0 && i - j < 4 && IsContinuation(static_cast<unsigned char>(s[j]))) --j;
  size_t len;
  char32_t cp = Decode(s, j, &len);
  if (j + len != i) {  // malformed tail: treat the last byte alone
    *start = i - 1;
    return kReplacement;
  }
  *start = j;
  return cp;
}

}  // namespace vanban::utf8
