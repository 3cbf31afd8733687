// TCVN3 (ABC) and VNI-Windows: decode tables, decoder and detector.
//
// The letter tables were checked, all 134 letters each way, against two
// independent public converters, and agree with both on every entry:
//   - khiemdoan/VBKey, Modules/mdlCodeTable.bas (TCVN3_TABLE and
//     VNI_WINDOWS_TABLE; stored there as Mac Roman text, re-encoded to bytes
//     for the check),
//   - duydev/vietnamese-conversion, src/charsets.ts (TCVN3 and VNI arrays).
// Several other TCVN3 converters found with the string "µ¸¶·¹" list the same
// lower-case byte order.
//
// Source offsets in the offset map are relative to the start of `bytes`.
#include "legacy_vietnamese.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace vanban::corpus::internal {
namespace {

// ------------------------------------------------------------------ letters

// In the order TCVN3 lays out its bytes (à ả ã á ạ), so a table row reads
// like the byte table.
enum Tone : uint8_t { kLevel, kGrave, kHook, kTilde, kAcute, kDotBelow };

enum Vowel : uint8_t {
  kA,
  kABreve,
  kACircumflex,
  kE,
  kECircumflex,
  kI,
  kO,
  kOCircumflex,
  kOHorn,
  kU,
  kUHorn,
  kY,
  kVowelCount
};

// kLowerVowels[v][t]: vowel v with tone t, precomposed (NFC). All of them are
// in the BMP, so one char16_t is one letter.
constexpr std::u16string_view kLowerVowels[kVowelCount] = {
    u"aàảãáạ", u"ăằẳẵắặ", u"âầẩẫấậ", u"eèẻẽéẹ", u"êềểễếệ", u"iìỉĩíị",
    u"oòỏõóọ", u"ôồổỗốộ", u"ơờởỡớợ", u"uùủũúụ", u"ưừửữứự", u"yỳỷỹýỵ"};
constexpr std::u16string_view kUpperVowels[kVowelCount] = {
    u"AÀẢÃÁẠ", u"ĂẰẲẴẮẶ", u"ÂẦẨẪẤẬ", u"EÈẺẼÉẸ", u"ÊỀỂỄẾỆ", u"IÌỈĨÍỊ",
    u"OÒỎÕÓỌ", u"ÔỒỔỖỐỘ", u"ƠỜỞỠỚỢ", u"UÙỦŨÚỤ", u"ƯỪỬỮỨỰ", u"YỲỶỸÝỴ"};

constexpr bool VowelTablesAreWellFormed() {
  for (int v = 0; v < kVowelCount; ++v) {
    if (kLowerVowels[v].size() != 6 || kUpperVowels[v].size() != 6) return false;
  }
  return true;
}
static_assert(VowelTablesAreWellFormed(), "each vowel row needs all six tones");

enum class Kind : uint8_t { kOther, kConsonant, kVowel };

// kCaseless: a TCVN3 byte, whose case is set by the font (.VnTime or the
// capitals-only .VnTimeH), not by the byte.
enum class Case : uint8_t { kLower, kUpper, kCaseless };

// One decoded character and what the syllable check needs to know of it.
struct Glyph {
  char16_t code = 0;
  Kind kind = Kind::kOther;
  uint8_t vowel = 0;  // a Vowel, when kind == kVowel
  uint8_t tone = kLevel;
  Case letter_case = Case::kCaseless;
};

constexpr Glyph VowelGlyph(int vowel, int tone, Case letter_case) {
  const auto& table = letter_case == Case::kUpper ? kUpperVowels : kLowerVowels;
  return {table[vowel][tone], Kind::kVowel, static_cast<uint8_t>(vowel), static_cast<uint8_t>(tone),
          letter_case};
}

// A Vietnamese letter or ASCII letter; anything else is kOther.
constexpr Glyph Classify(char16_t c) {
  for (int v = 0; v < kVowelCount; ++v) {
    if (size_t t = kLowerVowels[v].find(c); t != std::u16string_view::npos) {
      return VowelGlyph(v, static_cast<int>(t), Case::kLower);
    }
    if (size_t t = kUpperVowels[v].find(c); t != std::u16string_view::npos) {
      return VowelGlyph(v, static_cast<int>(t), Case::kUpper);
    }
  }
  if (c == u'đ' || (c >= u'a' && c <= u'z')) return {c, Kind::kConsonant, 0, kLevel, Case::kLower};
  if (c == u'Đ' || (c >= u'A' && c <= u'Z')) return {c, Kind::kConsonant, 0, kLevel, Case::kUpper};
  return {c};
}

constexpr Glyph Capital(const Glyph& lower) {
  if (lower.kind == Kind::kVowel) return VowelGlyph(lower.vowel, lower.tone, Case::kUpper);
  return lower.code == u'đ' ? Classify(u'Đ') : lower;
}

// Windows-1252 0x80-0x9F, the meaning of a byte no table claims. The five
// unassigned bytes keep their C1 code points, as ICU and browsers do.
constexpr char16_t kWindows1252C1[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 0x80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 0x88
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 0x90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 0x98
};

constexpr char16_t Windows1252(int byte) {
  return byte >= 0x80 && byte < 0xA0 ? kWindows1252C1[byte - 0x80] : static_cast<char16_t>(byte);
}

// A byte no table claims: its Windows-1252 character, never a letter, so a
// word holding it does not pass as Vietnamese.
constexpr Glyph Unclaimed(int byte) {
  return byte < 0x80 ? Classify(static_cast<char16_t>(byte)) : Glyph{Windows1252(byte)};
}

// -------------------------------------------------------------------- TCVN3

// TCVN3 bytes 0xA0-0xFF; 0 where the byte is no letter. Only Ă Â Ê Ô Ơ Ư Đ
// have capital bytes: the other capitals were typed with the lower-case codes
// in the capitals-only ".VnTimeH" fonts, so those bytes decode to lower case.
constexpr char16_t kTcvn3High[96] = {
    0,    u'Ă', u'Â', u'Ê', u'Ô', u'Ơ', u'Ư', u'Đ',  // 0xA0: A1-A7 capitals
    u'ă', u'â', u'ê', u'ô', u'ơ', u'ư', u'đ', 0,     // 0xA8: AD is ư (soft hyphen)
    0,    0,    0,    0,    0,    u'à', u'ả', u'ã',  // 0xB0: B5 à
    u'á', u'ạ', 0,    u'ằ', u'ẳ', u'ẵ', u'ắ', 0,     // 0xB8: B8 á
    0,    0,    0,    0,    0,    0,    u'ặ', u'ầ',  // 0xC0: C6 ặ
    u'ẩ', u'ẫ', u'ấ', u'ậ', u'è', 0,    u'ẻ', u'ẽ',  // 0xC8: CC è
    u'é', u'ẹ', u'ề', u'ể', u'ễ', u'ế', u'ệ', u'ì',  // 0xD0: D0 é
    u'ỉ', 0,    0,    0,    u'ĩ', u'í', u'ị', u'ò',  // 0xD8: DC ĩ
    0,    u'ỏ', u'õ', u'ó', u'ọ', u'ồ', u'ổ', u'ỗ',  // 0xE0: E1 ỏ
    u'ố', u'ộ', u'ờ', u'ở', u'ỡ', u'ớ', u'ợ', u'ù',  // 0xE8: E8 ố
    0,    u'ủ', u'ũ', u'ú', u'ụ', u'ừ', u'ử', u'ữ',  // 0xF0: F1 ủ
    u'ứ', u'ự', u'ỳ', u'ỷ', u'ỹ', u'ý', u'ỵ', 0,     // 0xF8: FD ý
};

constexpr int CountTcvn3Letters() {
  int n = 0;
  for (char16_t c : kTcvn3High) n += Classify(c).kind != Kind::kOther;
  return n;
}
static_assert(CountTcvn3Letters() == 74, "67 lower-case letters and 7 capitals");

constexpr std::array<Glyph, 256> BuildTcvn3Glyphs() {
  std::array<Glyph, 256> glyphs{};
  for (int b = 0; b < 256; ++b) {
    const char16_t letter = b >= 0xA0 ? kTcvn3High[b - 0xA0] : 0;
    glyphs[b] = Unclaimed(b);
    if (letter != 0) {
      glyphs[b] = Classify(letter);
      glyphs[b].letter_case = Case::kCaseless;
    }
  }
  return glyphs;
}
constexpr std::array<Glyph, 256> kTcvn3Glyphs = BuildTcvn3Glyphs();

// ---------------------------------------------------------------------- VNI

enum class Modifier : uint8_t { kNone, kCircumflex, kBreve };

// A VNI byte is either a diacritic for the letter before it, or a letter of
// its own, or neither.
struct VniByte {
  bool mark = false;
  Modifier modifier = Modifier::kNone;  // marks: â ă ê ô
  uint8_t tone = kLevel;                // marks
  char16_t letter = 0;                  // letters of their own (lower case)
};

constexpr VniByte Mark(Modifier modifier, Tone tone) {
  return {true, modifier, tone, 0};
}
constexpr VniByte Own(char16_t letter) {
  return {false, Modifier::kNone, kLevel, letter};
}

// VNI bytes 0xE0-0xFF, the lower-case forms. Each capital form is the byte
// 0x20 lower (0xD9 Ù is the capital acute, 0xD1 Ñ is Đ), the Latin-1 case
// pairing, which is why Word's change-case keeps VNI text intact.
constexpr VniByte kVniLower[32] = {
    Mark(Modifier::kCircumflex, kGrave),     // 0xE0 à: ầ ề ồ
    Mark(Modifier::kCircumflex, kAcute),     // 0xE1 á: ấ ế ố
    Mark(Modifier::kCircumflex, kLevel),     // 0xE2 â: â ê ô
    Mark(Modifier::kCircumflex, kTilde),     // 0xE3 ã: ẫ ễ ỗ
    Mark(Modifier::kCircumflex, kDotBelow),  // 0xE4 ä: ậ ệ ộ
    Mark(Modifier::kCircumflex, kHook),      // 0xE5 å: ẩ ể ổ
    Own(u'ỉ'),                               // 0xE6 æ
    {},                                      // 0xE7 ç
    Mark(Modifier::kBreve, kGrave),          // 0xE8 è: ằ
    Mark(Modifier::kBreve, kAcute),          // 0xE9 é: ắ
    Mark(Modifier::kBreve, kLevel),          // 0xEA ê: ă
    Mark(Modifier::kBreve, kDotBelow),       // 0xEB ë: ặ
    Own(u'ì'),                               // 0xEC ì
    Own(u'í'),                               // 0xED í
    Own(u'ỵ'),                               // 0xEE î
    Mark(Modifier::kNone, kDotBelow),        // 0xEF ï: ạ ẹ ọ ụ ợ ự
    {},                                      // 0xF0 ð
    Own(u'đ'),                               // 0xF1 ñ
    Own(u'ị'),                               // 0xF2 ò
    Own(u'ĩ'),                               // 0xF3 ó
    Own(u'ơ'),                               // 0xF4 ô, also a base for marks
    Mark(Modifier::kNone, kTilde),           // 0xF5 õ: ã ẽ õ ũ ỡ ữ ỹ
    Own(u'ư'),                               // 0xF6 ö, also a base for marks
    {},                                      // 0xF7 ÷
    Mark(Modifier::kNone, kGrave),           // 0xF8 ø: à è ò ù ờ ừ ỳ
    Mark(Modifier::kNone, kAcute),           // 0xF9 ù: á é ó ú ớ ứ ý
    Mark(Modifier::kBreve, kHook),           // 0xFA ú: ẳ
    Mark(Modifier::kNone, kHook),            // 0xFB û: ả ẻ ỏ ủ ở ử ỷ
    Mark(Modifier::kBreve, kTilde),          // 0xFC ü: ẵ
    {},                                      // 0xFD ý
    {},                                      // 0xFE þ
    {},                                      // 0xFF ÿ
};

constexpr const VniByte* VniEntry(int byte) {
  return byte >= 0xC0 ? &kVniLower[(byte | 0x20) - 0xE0] : nullptr;
}

constexpr std::array<Glyph, 256> BuildVniGlyphs() {
  std::array<Glyph, 256> glyphs{};
  for (int b = 0; b < 256; ++b) {
    const VniByte* entry = VniEntry(b);
    glyphs[b] = Unclaimed(b);
    if (entry != nullptr && entry->letter != 0) {
      const Glyph lower = Classify(entry->letter);
      glyphs[b] = b < 0xE0 ? Capital(lower) : lower;
    }
  }
  return glyphs;
}
constexpr std::array<Glyph, 256> kVniGlyphs = BuildVniGlyphs();

// The vowel a VNI shape mark turns `vowel` into, or -1.
constexpr int Modify(int vowel, Modifier modifier) {
  switch (modifier) {
    case Modifier::kNone:
      return vowel;
    case Modifier::kBreve:
      return vowel == kA ? kABreve : -1;
    case Modifier::kCircumflex:
      if (vowel == kA) return kACircumflex;
      if (vowel == kE) return kECircumflex;
      return vowel == kO ? kOCircumflex : -1;
  }
  return -1;
}

// Only the sequences of the VNI table: the toned i's and ỵ have bytes of
// their own, so "i" + a mark is two characters, as in other converters.
constexpr bool VniTakesMark(int vowel, int tone) {
  return vowel != kI && !(vowel == kY && tone == kDotBelow);
}

// --------------------------------------------------------------- Windows-1258

// Only read to tell Windows-1258 text apart from the legacy fonts. Its bytes
// 0xE0-0xFF that are Vietnamese letters, lower case; each capital is the byte
// 0x20 lower. Tones not precomposed here follow as combining bytes.
constexpr char16_t kWindows1258Lower[32] = {
    u'à', u'á', u'â', u'ă', 0,    0,    0, 0,  // 0xE0
    u'è', u'é', u'ê', 0,    0,    u'í', 0, 0,  // 0xE8: EC is a tone
    u'đ', 0,    0,    u'ó', u'ô', u'ơ', 0, 0,  // 0xF0: F2 is a tone
    0,    u'ù', u'ú', 0,    0,    u'ư', 0, 0,  // 0xF8
};

constexpr int Windows1258Tone(int byte) {
  switch (byte) {
    case 0xCC:
      return kGrave;
    case 0xD2:
      return kHook;
    case 0xDE:
      return kTilde;
    case 0xEC:
      return kAcute;
    case 0xF2:
      return kDotBelow;
    default:
      return -1;
  }
}

constexpr std::array<Glyph, 256> BuildWindows1258Glyphs() {
  std::array<Glyph, 256> glyphs{};
  for (int b = 0; b < 256; ++b) {
    const char16_t letter = b >= 0xC0 ? kWindows1258Lower[(b | 0x20) - 0xE0] : 0;
    glyphs[b] = Unclaimed(b);
    if (letter != 0) glyphs[b] = b < 0xE0 ? Capital(Classify(letter)) : Classify(letter);
  }
  return glyphs;
}
constexpr std::array<Glyph, 256> kWindows1258Glyphs = BuildWindows1258Glyphs();

// ------------------------------------------------------------------ readers

// One source character: `len` bytes that decode to `glyph`.
struct Piece {
  size_t len;
  Glyph glyph;
};

using Reader = Piece (*)(std::string_view bytes, size_t i);

inline int ByteAt(std::string_view bytes, size_t i) {
  return static_cast<uint8_t>(bytes[i]);
}

Piece ReadTcvn3(std::string_view bytes, size_t i) {
  return {1, kTcvn3Glyphs[ByteAt(bytes, i)]};
}

// A toneless vowel (ASCII, or ơ ư) takes the diacritic byte after it. Marks
// of either case attach and the base sets the case: title-casing VNI text
// capitalizes the base and leaves the mark lower case.
Piece ReadVni(std::string_view bytes, size_t i) {
  const Glyph& base = kVniGlyphs[ByteAt(bytes, i)];
  if (base.kind != Kind::kVowel || base.tone != kLevel || i + 1 >= bytes.size()) return {1, base};
  const VniByte* mark = VniEntry(ByteAt(bytes, i + 1));
  if (mark == nullptr || !mark->mark) return {1, base};
  const int vowel = Modify(base.vowel, mark->modifier);
  if (vowel < 0 || !VniTakesMark(vowel, mark->tone)) return {1, base};
  return {2, VowelGlyph(vowel, mark->tone, base.letter_case)};
}

Piece ReadWindows1258(std::string_view bytes, size_t i) {
  const Glyph& base = kWindows1258Glyphs[ByteAt(bytes, i)];
  if (base.kind != Kind::kVowel || base.tone != kLevel || i + 1 >= bytes.size()) return {1, base};
  const int tone = Windows1258Tone(ByteAt(bytes, i + 1));
  if (tone < 0) return {1, base};
  return {2, VowelGlyph(base.vowel, tone, base.letter_case)};
}

// ------------------------------------------------------------------ decoder

size_t AppendUtf8(char16_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
    return 1;
  }
  if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
    return 2;
  }
  out->push_back(static_cast<char>(0xE0 | (c >> 12)));
  out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
  out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  return 3;
}

void CopyRun(std::string_view bytes, size_t begin, size_t end, OffsetMapBuilder* map,
             std::string* out) {
  if (begin == end) return;
  out->append(bytes.substr(begin, end - begin));
  map->Copy(begin, end - begin);
}

// ASCII bytes that stay themselves are copied in runs, so the map holds one
// run per stretch of ASCII rather than one per byte.
void Decode(std::string_view bytes, Reader read, OffsetMapBuilder* map, std::string* out) {
  size_t run = 0;
  size_t i = 0;
  while (i < bytes.size()) {
    const Piece piece = read(bytes, i);
    if (piece.len == 1 && ByteAt(bytes, i) < 0x80) {
      ++i;
      continue;
    }
    CopyRun(bytes, run, i, map, out);
    map->Replace(i, piece.len, AppendUtf8(piece.glyph.code, out));
    i += piece.len;
    run = i;
  }
  CopyRun(bytes, run, i, map, out);
}

// ----------------------------------------------------------------- detector

// Vowel groups of Vietnamese syllables, by base letter, without a final
// consonant (kOpenNuclei) and with one (kClosedNuclei). The "u" of qu- and the
// "i" of gi- before another vowel belong to the initial and are left out. The
// loanword "oo" (boong) is left out too: VNI's "o" + "â" reads as it in TCVN3.
constexpr std::u16string_view kOpenNuclei[] = {
    u"a",   u"ă",   u"â",   u"e",   u"ê",   u"i",   u"o",   u"ô",   u"ơ",   u"u",  u"ư",  u"y",
    u"ai",  u"ao",  u"au",  u"ay",  u"âu",  u"ây",  u"eo",  u"êu",  u"ia",  u"iu", u"oa", u"oe",
    u"oi",  u"ôi",  u"ơi",  u"ua",  u"uê",  u"ui",  u"uơ",  u"uy",  u"ưa",  u"ưi", u"ưu", u"iêu",
    u"yêu", u"oai", u"oay", u"oeo", u"uây", u"uôi", u"uya", u"uyu", u"ươi", u"ươu"};
constexpr std::u16string_view kClosedNuclei[] = {
    u"a",  u"ă",  u"â",  u"e",  u"ê",  u"i",  u"o",  u"ô",  u"ơ",  u"u",  u"ư",  u"y",
    u"iê", u"yê", u"oa", u"oă", u"oe", u"uâ", u"uê", u"uô", u"uy", u"ươ", u"uyê"};

template <size_t N>
bool Contains(const std::u16string_view (&list)[N], std::u16string_view s) {
  for (std::u16string_view item : list) {
    if (item == s) return true;
  }
  return false;
}

// Vietnamese writes one syllable per word, so read in the right charset
// nearly every word that holds a high byte spells a syllable: up to three
// initial consonants, a vowel group from the lists above with at most one
// tone, and at most two final consonants from c ch k m n ng nh p t. Read in
// the wrong charset, the same bytes give stray symbols, two tones, or vowel
// groups no syllable has (VNI "nha\xE2n" read as TCVN3 is "nhaõn").
class SyllableShape {
 public:
  void Add(const Glyph& glyph) {
    if (letters_++ > 0) NoteTailCase(glyph.letter_case);
    switch (glyph.kind) {
      case Kind::kOther:
        broken_ = true;
        return;
      case Kind::kVowel:
        broken_ |= finals_ > 0 || vowels_ == kMaxVowels;
        if (!broken_) nucleus_[vowels_++] = kLowerVowels[glyph.vowel][0];
        tones_ += glyph.tone != kLevel;
        return;
      case Kind::kConsonant:
        if (vowels_ == 0) {
          ++initials_;
          last_initial_ = static_cast<char16_t>(glyph.code | 0x20);  // ASCII lower case
        } else {
          ++finals_;
          broken_ |= !IsFinal(glyph.code);
        }
        return;
    }
  }

  bool Plausible() const {
    return !broken_ && vowels_ >= 1 && initials_ <= 3 && finals_ <= 2 && tones_ <= 1 &&
           !(tail_upper_ && tail_lower_) && NucleusFits();
  }

 private:
  static constexpr int kMaxVowels = 3;

  static bool IsFinal(char16_t c) {
    return c < 0x80 &&
           std::u16string_view(u"cghkmnptCGHKMNPT").find(c) != std::u16string_view::npos;
  }

  bool NucleusFits() const {
    std::u16string_view nucleus(nucleus_, static_cast<size_t>(vowels_));
    if (nucleus.size() > 1 && ((last_initial_ == u'q' && nucleus[0] == u'u') ||
                               (last_initial_ == u'g' && nucleus[0] == u'i'))) {
      nucleus.remove_prefix(1);
    }
    return finals_ > 0 ? Contains(kClosedNuclei, nucleus) : Contains(kOpenNuclei, nucleus);
  }

  // Capitals after the first letter are fine in all-caps words only.
  void NoteTailCase(Case letter_case) {
    tail_upper_ |= letter_case == Case::kUpper;
    tail_lower_ |= letter_case == Case::kLower;
  }

  int letters_ = 0;
  int initials_ = 0;
  int vowels_ = 0;
  int finals_ = 0;
  int tones_ = 0;
  char16_t nucleus_[kMaxVowels] = {};
  char16_t last_initial_ = 0;
  bool broken_ = false;
  bool tail_upper_ = false;
  bool tail_lower_ = false;
};

// High bytes inside words that read as a plausible syllable (good) or not.
struct Tally {
  size_t good = 0;
  size_t bad = 0;
  double Share() const {
    return good + bad == 0 ? 0.0 : static_cast<double>(good) / static_cast<double>(good + bad);
  }
};

// 0x80-0xA0 are mostly Windows-1252 punctuation (quotes, dashes) in every
// reading, so they split words; every byte above may be a letter somewhere.
bool IsWordByte(int b) {
  return b >= 0xA1 || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

void ScoreWord(std::string_view word, Reader read, Tally* tally) {
  size_t high = 0;
  for (char c : word) high += static_cast<uint8_t>(c) >= 0x80;
  if (high == 0) return;
  SyllableShape shape;
  for (size_t i = 0; i < word.size();) {
    const Piece piece = read(word, i);
    shape.Add(piece.glyph);
    i += piece.len;
  }
  (shape.Plausible() ? tally->good : tally->bad) += high;
}

Tally Score(std::string_view bytes, Reader read) {
  Tally tally;
  size_t i = 0;
  while (i < bytes.size()) {
    if (!IsWordByte(ByteAt(bytes, i))) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < bytes.size() && IsWordByte(ByteAt(bytes, end))) ++end;
    ScoreWord(bytes.substr(i, end - i), read, &tally);
    i = end;
  }
  return tally;
}

// Text has few C0 controls besides tabs and breaks (Word's text also uses
// \a for table cells and \v for line breaks); random binary has one byte in
// ten.
bool LooksBinary(std::string_view bytes) {
  size_t controls = 0;
  for (char c : bytes) {
    const int b = static_cast<uint8_t>(c);
    controls += (b < 0x20 && std::string_view("\a\t\n\v\f\r").find(c) == std::string_view::npos) ||
                b == 0x7F;
  }
  return controls * 50 > bytes.size();
}

// Enough evidence, nearly all of it fitting, and clearly better than the
// other readings of the same bytes.
constexpr size_t kMinGoodBytes = 6;
constexpr double kMinShare = 0.9;
constexpr double kMinLead = 0.2;

bool Convincing(const Tally& candidate, const Tally& rival, const Tally& windows1258) {
  const double share = candidate.Share();
  return candidate.good >= kMinGoodBytes && share >= kMinShare &&
         share >= rival.Share() + kMinLead && share >= windows1258.Share() + kMinLead;
}

}  // namespace

void DecodeLegacy(LegacyCharset charset, std::string_view bytes, OffsetMapBuilder* map,
                  std::string* out) {
  Decode(bytes, charset == LegacyCharset::kTcvn3 ? ReadTcvn3 : ReadVni, map, out);
}

std::optional<LegacyCharset> DetectLegacyCharset(std::string_view bytes) {
  if (LooksBinary(bytes)) return std::nullopt;
  const Tally tcvn3 = Score(bytes, ReadTcvn3);
  const Tally vni = Score(bytes, ReadVni);
  const Tally windows1258 = Score(bytes, ReadWindows1258);
  if (Convincing(tcvn3, vni, windows1258)) return LegacyCharset::kTcvn3;
  if (Convincing(vni, tcvn3, windows1258)) return LegacyCharset::kVni;
  return std::nullopt;
}

}  // namespace vanban::corpus::internal
