// Small UTF-8 helpers shared by every stage that walks text by code point.
#ifndef VANBAN_BASE_UTF8_H_
#define VANBAN_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace vanban::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at s[i], sets *len to its byte length (>= 1).
// Malformed input decodes as U+FFFD with length 1, so a caller always
// advances and never reads past the end. Inline for ASCII and the two- and
// three-byte forms every Vietnamese letter takes; the rest is out of line.
char32_t DecodeSlow(std::string_view s, size_t i, size_t* len);

inline char32_t Decode(std::string_view s, size_t i, size_t* len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  const size_t avail = s.size() - i;
  if (p[0] < 0x80) {
    *len = 1;
    return p[0];
  }
  if (p[0] >= 0xC2 && p[0] <= 0xDF && avail >= 2 && (p[1] & 0xC0) == 0x80) {
    *len = 2;
    return (char32_t(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if (p[0] == 0xE1 && avail >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
    *len = 3;
    return 0x1000 | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  }
  return DecodeSlow(s, i, len);
}

// Length in bytes of the valid UTF-8 prefix of `s`.
size_t ValidPrefix(std::string_view s);

// `s` with every malformed sequence (a character cut in half, a stray byte)
// replaced by U+FFFD: what every output (JSON, CSV, SQLite) writes, so no
// reader ever meets invalid UTF-8. Valid input comes back unchanged.
std::string Scrub(std::string_view s);

void Append(char32_t cp, std::string* out);
size_t EncodedLength(char32_t cp);

// Code point just before byte offset `i` (which must be a boundary), with
// its start in *start; 0 at the beginning of the string.
char32_t DecodeBefore(std::string_view s, size_t i, size_t* start);

}  // namespace vanban::utf8

#endif  // VANBAN_BASE_UTF8_H_
