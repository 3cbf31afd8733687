// Vietnamese letters as (base, tone) pairs, and look-alike letters.
// Internal to normalizer/.
#ifndef VANBAN_NORMALIZER_LETTERS_H_
#define VANBAN_NORMALIZER_LETTERS_H_

#include <array>
#include <cstdint>

namespace vanban::normalizer::internal {

// The five tone marks (dấu thanh) in the order of the tables.
enum class Tone : uint8_t { kNone, kGrave, kAcute, kHook, kTilde, kDot };

struct VowelInfo {
  char32_t base;  // the vowel without its tone, keeping the hat/horn/breve (ấ -> â)
  Tone tone;
  char32_t lower_base;  // `base` in lower case
  char ascii;           // lower-case ASCII letter it folds to (ấ -> 'a')
  bool upper;
};

namespace vowel_tables {
// Each row: the base vowel, then with huyền (grave), sắc (acute), hỏi (hook),
// ngã (tilde), nặng (dot below).
inline constexpr const char32_t* kVowelRows[] = {
    U"aàáảãạ", U"ăằắẳẵặ", U"âầấẩẫậ", U"eèéẻẽẹ", U"êềếểễệ", U"iìíỉĩị", U"oòóỏõọ", U"ôồốổỗộ",
    U"ơờớởỡợ", U"uùúủũụ", U"ưừứửữự", U"yỳýỷỹỵ", U"AÀÁẢÃẠ", U"ĂẰẮẲẴẶ", U"ÂẦẤẨẪẬ", U"EÈÉẺẼẸ",
    U"ÊỀẾỂỄỆ", U"IÌÍỈĨỊ", U"OÒÓỎÕỌ", U"ÔỒỐỔỖỘ", U"ƠỜỚỞỠỢ", U"UÙÚỦŨỤ", U"ƯỪỨỬỮỰ", U"YỲÝỶỸỴ",
};
inline constexpr char kRowAscii[] = "aaaeeiooouuy";
inline constexpr int kRows = 24;

// Dense indexes over the two ranges that hold every Vietnamese vowel:
// ASCII to Latin Extended-B, and Latin Extended Additional. Each slot holds
// row * 6 + tone, or -1.
inline constexpr char32_t kLowBegin = 0x41, kLowEnd = 0x1B1;
inline constexpr char32_t kHighBegin = 0x1EA0, kHighEnd = 0x1EFA;
struct VowelIndex {
  std::array<int16_t, kLowEnd - kLowBegin> low;
  std::array<int16_t, kHighEnd - kHighBegin> high;
};

constexpr VowelIndex BuildVowelIndex() {
  VowelIndex index{};
  index.low.fill(-1);
  index.high.fill(-1);
  for (int r = 0; r < kRows; ++r) {
    for (int t = 0; t < 6; ++t) {
      const char32_t cp = kVowelRows[r][t];
      const auto slot = static_cast<int16_t>(r * 6 + t);
      if (cp >= kLowBegin && cp < kLowEnd) index.low[cp - kLowBegin] = slot;
      if (cp >= kHighBegin && cp < kHighEnd) index.high[cp - kHighBegin] = slot;
    }
  }
  return index;
}
inline constexpr VowelIndex kVowelIndex = BuildVowelIndex();

}  // namespace vowel_tables

// True when `cp` is one of the 144 Vietnamese vowels (12 bases x 6 tones,
// both cases); fills *info. Inline: every stage calls it per letter.
inline bool LookupVowel(char32_t cp, VowelInfo* info) {
  using namespace vowel_tables;
  int slot = -1;
  if (cp >= kLowBegin && cp < kLowEnd) {
    slot = kVowelIndex.low[cp - kLowBegin];
  } else if (cp >= kHighBegin && cp < kHighEnd) {
    slot = kVowelIndex.high[cp - kHighBegin];
  }
  if (slot < 0) return false;
  const int row = slot / 6;
  info->base = kVowelRows[row][0];
  info->tone = static_cast<Tone>(slot % 6);
  info->lower_base = kVowelRows[row % 12][0];
  info->ascii = kRowAscii[row % 12];
  info->upper = row >= 12;
  return true;
}

// The vowel `base` (any case, no tone) carrying `tone`.
char32_t WithTone(char32_t base, Tone tone);

// Lower case of a Latin or Vietnamese letter; other code points unchanged.
char32_t ToLower(char32_t cp);

// Lower-case ASCII letter for any Vietnamese letter (đ -> 'd'), 0 otherwise.
char FoldLetter(char32_t cp);

// The Latin letter a Cyrillic or Greek letter is drawn like (Cyrillic Т ->
// T), 0 when it has none.
char32_t LookalikeToLatin(char32_t cp);

// Latin script letter (ASCII, Latin-1, Latin Extended, Vietnamese).
inline bool IsLatinLetter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
  return cp >= 0x1E00 && cp <= 0x1EFF;
}

}  // namespace vanban::normalizer::internal

#endif  // VANBAN_NORMALIZER_LETTERS_H_
