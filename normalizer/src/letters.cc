#include "letters.h"

#include <algorithm>
#include <array>

namespace vanban::normalizer::internal {

namespace {

struct Lookalike {
  char32_t from;
  char32_t to;
};
// Sorted by `from`. Only letters whose glyphs are the same as a Latin
// letter's in common fonts: the ones that slip into numbers typed on a
// Russian keyboard layout or pasted from PDFs.
constexpr Lookalike kLookalikes[] = {
    {0x0391, 'A'}, {0x0392, 'B'}, {0x0395, 'E'}, {0x0396, 'Z'}, {0x0397, 'H'}, {0x0399, 'I'},
    {0x039A, 'K'}, {0x039C, 'M'}, {0x039D, 'N'}, {0x039F, 'O'}, {0x03A1, 'P'}, {0x03A4, 'T'},
    {0x03A5, 'Y'}, {0x03A7, 'X'}, {0x03BF, 'o'}, {0x0405, 'S'}, {0x0406, 'I'}, {0x0408, 'J'},
    {0x0410, 'A'}, {0x0412, 'B'}, {0x0415, 'E'}, {0x041A, 'K'}, {0x041C, 'M'}, {0x041D, 'H'},
    {0x041E, 'O'}, {0x0420, 'P'}, {0x0421, 'C'}, {0x0422, 'T'}, {0x0423, 'Y'}, {0x0425, 'X'},
    {0x0430, 'a'}, {0x0435, 'e'}, {0x043E, 'o'}, {0x0440, 'p'}, {0x0441, 'c'}, {0x0443, 'y'},
    {0x0445, 'x'}, {0x0455, 's'}, {0x0456, 'i'}, {0x0458, 'j'}, {0x04BB, 'h'}, {0x0501, 'd'},
};

}  // namespace

char32_t WithTone(char32_t base, Tone tone) {
  using vowel_tables::kRows;
  using vowel_tables::kVowelRows;
  for (int r = 0; r < kRows; ++r) {
    if (kVowelRows[r][0] == base) return kVowelRows[r][static_cast<int>(tone)];
  }
  return base;
}

char32_t ToLower(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp == 0x0110) return 0x0111;  // Đ
  VowelInfo info;
  if (cp >= 0xC0 && LookupVowel(cp, &info) && info.upper)
    return WithTone(info.lower_base, info.tone);
  return cp;
}

char FoldLetter(char32_t cp) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') return static_cast<char>(cp - 'A' + 'a');
    if (cp >= 'a' && cp <= 'z') return static_cast<char>(cp);
    return 0;
  }
  if (cp == 0x0110 || cp == 0x0111) return 'd';  // Đ đ
  VowelInfo info;
  if (LookupVowel(cp, &info)) return info.ascii;
  return 0;
}

char32_t LookalikeToLatin(char32_t cp) {
  if (cp < 0x0391 || cp > 0x0501) return 0;
  const auto* end = std::end(kLookalikes);
  const auto* it = std::lower_bound(std::begin(kLookalikes), end, cp,
                                    [](const Lookalike& l, char32_t c) { return l.from < c; });
  return (it != end && it->from == cp) ? it->to : 0;
}

}  // namespace vanban::normalizer::internal
