// Rules 6-7 and the syllable parser they share.
//
// Tone placement, traditional style (the one most administrative documents
// use): the mark goes on the vowel with a hat, horn or breve if there is one
// (the last one: ươ -> ơ); otherwise, with a final consonant, on the last
// vowel (hoàn, quýt); otherwise on the first of two vowels (hòa, thụy, mùa)
// and the middle of three (hoài, khuỷu). "qu" and "gi" are onsets, so quý
// and già keep their mark where it is.
#include "syllable.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "stages.h"
#include "vanban/utf8.h"

namespace vanban::normalizer::internal {

namespace {

constexpr std::u32string_view kOnsets[] = {
    U"ngh", U"ng", U"nh", U"ch", U"gh", U"gi", U"kh", U"ph", U"qu", U"th", U"tr", U"b", U"c", U"d",
    U"đ",   U"g",  U"h",  U"k",  U"l",  U"m",  U"n",  U"p",  U"r",  U"s",  U"t",  U"v", U"x"};
constexpr std::u32string_view kFinals[] = {U"ng", U"nh", U"ch", U"c", U"m", U"n", U"p", U"t"};

// Vowel clusters (toneless); the second list cannot take a final consonant.
constexpr std::u32string_view kNuclei[] = {
    U"a",  U"ă",  U"â",  U"e",  U"ê",  U"i",  U"o",  U"ô",  U"ơ",  U"u",  U"ư",  U"y",  U"iê",
    U"yê", U"oa", U"oă", U"oe", U"oo", U"ôô", U"uâ", U"uê", U"uô", U"uơ", U"uy", U"ươ", U"uyê"};
constexpr std::u32string_view kOpenNuclei[] = {
    U"ai",  U"ao",  U"au",  U"ay",  U"âu",  U"ây",  U"eo",  U"êu",  U"ia",  U"iu",  U"oi",
    U"ôi",  U"ơi",  U"ua",  U"ui",  U"ưa",  U"ưi",  U"ưu",  U"iêu", U"yêu", U"oai", U"oay",
    U"oeo", U"uây", U"uôi", U"uya", U"uyu", U"ươi", U"ươu", U"uê",  U"oa",  U"oe",  U"uy",
    U"a",   U"e",   U"i",   U"o",   U"u",   U"y",   U"ê",   U"ô",   U"ơ",   U"ư"};

// The sets are matched as packed keys, not strings: ParseSyllable runs on
// every word whose tone might be misplaced, a good part of all words, and
// comparing one integer against a short array is much cheaper than comparing
// strings. A letter takes 6 bits (codes 1..33, never 0), so keys of different
// lengths never collide; up to 5 letters fit in 32 bits.
constexpr uint32_t LetterCode(char32_t c) {
  if (c >= U'a' && c <= U'z') return static_cast<uint32_t>(c - U'a' + 1);
  switch (c) {
    case U'ă':
      return 27;
    case U'â':
      return 28;
    case U'đ':
      return 29;
    case U'ê':
      return 30;
    case U'ô':
      return 31;
    case U'ơ':
      return 32;
    case U'ư':
      return 33;
    default:
      return 0;  // not a lower-case toneless Vietnamese letter
  }
}

constexpr size_t kMaxKeyLetters = 5;

// The key of `s`, or 0 when it cannot be in any set (too long, a letter
// outside the alphabet).
constexpr uint32_t PackKey(std::u32string_view s) {
  if (s.empty() || s.size() > kMaxKeyLetters) return 0;
  uint32_t key = 0;
  for (char32_t c : s) {
    const uint32_t code = LetterCode(c);
    if (code == 0) return 0;
    key = (key << 6) | code;
  }
  return key;
}

// A set of keys as an open-addressing hash table built at compile time: one
// or two probes per lookup.
template <size_t N>
class KeySet {
 public:
  constexpr explicit KeySet(const std::u32string_view (&set)[N]) {
    for (const std::u32string_view& s : set) {
      const uint32_t key = PackKey(s);
      size_t slot = Slot(key);
      while (slots_[slot] != 0 && slots_[slot] != key) slot = (slot + 1) % kSlots;
      slots_[slot] = key;
    }
  }
  constexpr bool Contains(uint32_t key) const {
    if (key == 0) return false;
    for (size_t slot = Slot(key);; slot = (slot + 1) % kSlots) {
      if (slots_[slot] == key) return true;
      if (slots_[slot] == 0) return false;
    }
  }

 private:
  static constexpr size_t kSlots = 128;  // a power of two, over twice the largest set
  static_assert(N * 2 < kSlots);
  static constexpr size_t Slot(uint32_t key) { return (key * 2654435761u) >> 25; }
  std::array<uint32_t, kSlots> slots_{};
};

constexpr KeySet kOnsetKeys(kOnsets);
constexpr KeySet kFinalKeys(kFinals);
constexpr KeySet kNucleusKeys(kNuclei);
constexpr KeySet kOpenNucleusKeys(kOpenNuclei);

template <size_t N>
constexpr bool In(const KeySet<N>& set, std::u32string_view s) {
  return set.Contains(PackKey(s));
}

constexpr bool HasModifier(char32_t base) {
  return base == U'ă' || base == U'â' || base == U'ê' || base == U'ô' || base == U'ơ' ||
         base == U'ư';
}

// Splits the nucleus+final part; false when it is not a known shape.
bool SplitRhyme(std::u32string_view rhyme, size_t* nucleus_len, size_t* final_len) {
  for (size_t f = 0; f <= std::min<size_t>(2, rhyme.size()); ++f) {
    const std::u32string_view fin = rhyme.substr(rhyme.size() - f);
    const std::u32string_view nuc = rhyme.substr(0, rhyme.size() - f);
    if (nuc.empty()) continue;
    if (f == 0 ? In(kOpenNucleusKeys, nuc) || In(kNucleusKeys, nuc)
               : In(kFinalKeys, fin) && In(kNucleusKeys, nuc)) {
      *nucleus_len = nuc.size();
      *final_len = f;
      return true;
    }
  }
  return false;
}

size_t CanonicalTonePosition(std::u32string_view nucleus, size_t final_len) {
  for (size_t i = nucleus.size(); i-- > 0;) {
    if (HasModifier(nucleus[i])) return i;
  }
  if (final_len > 0) return nucleus.size() - 1;
  return nucleus.size() == 3 ? 1 : 0;
}

}  // namespace

bool IsOnset(const std::u32string& letters) {
  if (letters.empty() || letters.size() > kMaxKeyLetters) return false;
  uint32_t key = 0;
  for (char32_t c : letters) {
    const uint32_t code = LetterCode(ToLower(c));
    if (code == 0) return false;
    key = (key << 6) | code;
  }
  return kOnsetKeys.Contains(key);
}

bool ParseSyllable(const std::u32string& word, Syllable* out) {
  *out = Syllable{};
  // An onset has at most 3 letters, a nucleus 3 and a final 2: a longer word
  // is no syllable, and the bases fit in a fixed array (no allocation).
  constexpr size_t kMaxLetters = 8;
  if (word.size() > kMaxLetters) return false;
  std::array<char32_t, kMaxLetters> buffer;  // lower case, toneless
  bool toned = false;
  for (size_t i = 0; i < word.size(); ++i) {
    VowelInfo v;
    if (LookupVowel(word[i], &v)) {
      buffer[i] = v.lower_base;
      if (v.tone != Tone::kNone) {
        if (toned) return false;
        toned = true;
        out->tone = v.tone;
        out->tone_at = i;
      }
    } else {
      const char32_t l = ToLower(word[i]);
      if (!((l >= 'a' && l <= 'z') || l == U'đ')) return false;
      buffer[i] = l;
    }
  }
  const std::u32string_view bases(buffer.data(), word.size());
  size_t onset = 0;
  for (size_t len = std::min<size_t>(3, bases.size()); len > 0; --len) {
    if (In(kOnsetKeys, bases.substr(0, len))) {
      onset = len;
      break;
    }
  }
  // "gi" and "qu" are onsets only when a vowel follows (gìn = g + ìn).
  if (onset == 2 && bases.substr(0, 2) == U"gi") {
    VowelInfo v;
    if (bases.size() <= 2 || !LookupVowel(word[2], &v)) onset = 1;
  }
  if (!SplitRhyme(bases.substr(onset), &out->nucleus_len, &out->final_len)) return false;
  out->onset_len = onset;
  out->canonical_tone_at =
      onset + CanonicalTonePosition(bases.substr(onset, out->nucleus_len), out->final_len);
  if (!toned) out->tone_at = out->canonical_tone_at;
  return true;
}

namespace {

// Letters by what the word scan needs to know of them.
constexpr uint8_t kLetter = 1, kVowel = 2, kLowerVowel = 4, kToned = 8, kModified = 16;
struct AsciiClass {
  std::array<uint8_t, 128> of{};
  constexpr AsciiClass() {
    for (char c = 'a'; c <= 'z'; ++c) {
      const bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
      of[static_cast<size_t>(c)] = kLetter | (vowel ? kVowel | kLowerVowel : 0);
      of[static_cast<size_t>(c - 32)] = kLetter | (vowel ? kVowel : 0);
    }
  }
};
constexpr AsciiClass kAsciiClass;

// The flags of every Vietnamese vowel outside ASCII, over the two dense
// ranges of letters.h (0 for a code point that is no vowel).
struct VowelFlagTable {
  std::array<uint8_t, vowel_tables::kLowEnd - vowel_tables::kLowBegin> low{};
  std::array<uint8_t, vowel_tables::kHighEnd - vowel_tables::kHighBegin> high{};
  constexpr VowelFlagTable() {
    using namespace vowel_tables;
    for (int r = 0; r < kRows; ++r) {
      for (int t = 0; t < 6; ++t) {
        const char32_t cp = kVowelRows[r][t];
        const auto f = static_cast<uint8_t>(kLetter | kVowel | (r < 12 ? kLowerVowel : 0) |
                                            (t > 0 ? kToned : 0) |
                                            (HasModifier(kVowelRows[r % 12][0]) ? kModified : 0));
        if (cp >= kLowBegin && cp < kLowEnd) low[cp - kLowBegin] = f;
        if (cp >= kHighBegin && cp < kHighEnd) high[cp - kHighBegin] = f;
      }
    }
  }
};
constexpr VowelFlagTable kVowelFlags;

inline uint8_t VowelFlags(char32_t cp) {
  using namespace vowel_tables;
  if (cp >= kLowBegin && cp < kLowEnd) return kVowelFlags.low[cp - kLowBegin];
  if (cp >= kHighBegin && cp < kHighEnd) return kVowelFlags.high[cp - kHighBegin];
  return 0;
}

class SyllablePass {
 public:
  SyllablePass(std::string_view in, std::string* out, OffsetMapBuilder* map, NormalizeStats* stats)
      : in_(in), emit_(in, out, map), stats_(stats) {}

  // One forward pass. Words made of ASCII letters only cannot carry a tone
  // mark, so they are only remembered (a split syllable's onset is often
  // ASCII: "nh ững"); words with another letter are parsed.
  void Run() {
    const size_t n = in_.size();
    size_t i = 0;
    while (i < n) {
      const size_t word_begin = i;
      WordState state;
      size_t len = 1;  // of the character that ends the word
      while (i < n) {
        const auto c = static_cast<unsigned char>(in_[i]);
        if (c < 0x80) {
          const uint8_t cls = kAsciiClass.of[c];
          if (cls == 0) break;
          state.AddAscii(cls);
          ++i;
          continue;
        }
        const char32_t cp = utf8::Decode(in_, i, &len);
        if (!IsLatinLetter(cp)) break;
        state.Add(cp);
        i += len;
        len = 1;
      }
      EndWord(word_begin, i, state);
      i += len;
    }
    emit_.Keep(pos_, n);
  }

 private:
  struct WordSpan {
    size_t begin = 0, end = 0;
    bool bare_onset = false;  // letters but no vowel: may be a cut-off onset
  };

  // What the forward pass learns about a word, so that most words need no
  // parsing: a word needs its tone checked only when a toned vowel touches
  // another vowel and is not the last vowel with a hat/horn/breve (where
  // the mark always belongs). Letters come as kLetterFlags bits.
  struct WordState {
    uint8_t prev = 0, seen = 0;  // flags of the last letter, of all letters
    bool touches = false, toned_is_last_modified = false, non_ascii = false;

    // An ASCII letter is never toned nor modified; a toned letter is a vowel.
    void AddAscii(uint8_t f) {
      if ((prev & kToned) && (f & kVowel)) touches = true;
      seen |= f;
      prev = f;
    }
    void Add(char32_t cp) {
      non_ascii = true;
      const uint8_t f = VowelFlags(cp);
      if (f & kToned) {
        toned_is_last_modified = (f & kModified) != 0;
      } else if (f & kModified) {
        toned_is_last_modified = false;
      }
      if ((f & prev & kVowel) && ((f | prev) & kToned)) touches = true;
      seen |= f;
      prev = f;
    }
    bool ToneMayMove() const { return touches && !toned_is_last_modified; }
  };

  bool FirstIsLowerVowel(size_t begin) const {
    const auto c = static_cast<unsigned char>(in_[begin]);
    if (c < 0x80) return (kAsciiClass.of[c] & kLowerVowel) != 0;
    size_t len;
    return (VowelFlags(utf8::Decode(in_, begin, &len)) & kLowerVowel) != 0;
  }

  // No vowel and at most three letters (counted only for the rare word
  // without a vowel).
  bool IsBareOnset(size_t begin, size_t end, const WordState& state) const {
    if (state.seen & kVowel) return false;
    size_t letters = 0;
    for (size_t i = begin; i < end; ++i) {
      letters += (static_cast<unsigned char>(in_[i]) & 0xC0) != 0x80;  // lead bytes
    }
    return letters <= 3;
  }

  void EndWord(size_t begin, size_t end, const WordState& state) {
    if (end == begin) return;
    if (FirstIsLowerVowel(begin) && TryJoin(begin, end)) {
      // joined with the previous word
    } else if (state.non_ascii && state.ToneMayMove()) {
      Shape shape;
      ReadWord(begin, end, &word_, &offsets_, &shape);
      FixTone(word_, offsets_);
    }
    before_last_ = last_;
    last_ = {begin, end, IsBareOnset(begin, end, state)};
  }

  // What ReadWord learns on the way.
  struct Shape {
    size_t vowels = 0;
  };

  // Decodes in[begin, end) into letters and their offsets.
  void ReadWord(size_t begin, size_t end, std::u32string* word, std::vector<size_t>* offsets,
                Shape* shape) {
    word->clear();
    offsets->clear();
    *shape = Shape{};
    size_t len;
    for (size_t i = begin; i < end; i += len) {
      const char32_t cp = utf8::Decode(in_, i, &len);
      VowelInfo v;
      shape->vowels += LookupVowel(cp, &v);
      word->push_back(cp);
      offsets->push_back(i);
    }
    offsets->push_back(end);
  }

  // Rule 7: "đ ầu" -> "đầu". The left part (the previous word, one space
  // before) must be a bare onset (no vowel, so not a word), the right part
  // must start with a lower-case vowel, and the two together must parse as
  // one syllable.
  bool TryJoin(size_t begin, size_t end) {
    if (!last_.bare_onset || last_.end + 1 != begin || in_[last_.end] != ' ') return false;
    if (pos_ > last_.begin) return false;  // the left part was already rewritten
    Shape shape;
    ReadWord(begin, end, &word_, &offsets_, &shape);
    std::u32string left;
    std::vector<size_t> left_offsets;
    Shape left_shape;
    ReadWord(last_.begin, last_.end, &left, &left_offsets, &left_shape);
    if (left_shape.vowels > 0 || left.size() > 3 || !IsOnset(left)) return false;
    if (before_last_.end + 1 == last_.begin && IsLabelWord(before_last_)) return false;
    std::u32string joined = left + word_;
    Syllable s;
    if (!ParseSyllable(joined, &s)) return false;
    emit_.Keep(pos_, last_.end);
    pos_ = begin;  // the space is dropped
    ++stats_->joined_words;
    left_offsets.pop_back();
    left_offsets.insert(left_offsets.end(), offsets_.begin(), offsets_.end());
    FixTone(joined, left_offsets);
    return true;
  }

  // Structural labels after which a lone letter is a list label ("điểm c"),
  // so "c ở" must not become "cở".
  bool IsLabelWord(WordSpan w) const {
    static constexpr std::string_view kLabels[] = {"điểm", "mục", "khoản", "tiết", "phụ"};
    std::string lower;
    size_t len;
    for (size_t i = w.begin; i < w.end; i += len)
      utf8::Append(ToLower(utf8::Decode(in_, i, &len)), &lower);
    return std::find(std::begin(kLabels), std::end(kLabels), lower) != std::end(kLabels);
  }

  // Rule 6: moves the tone mark to its traditional place.
  void FixTone(const std::u32string& word, const std::vector<size_t>& offsets) {
    if (word.size() < 2) return;
    Syllable s;
    if (!ParseSyllable(word, &s) || s.tone == Tone::kNone || s.tone_at == s.canonical_tone_at) {
      return;
    }
    const size_t lo = std::min(s.tone_at, s.canonical_tone_at);
    const size_t hi = std::max(s.tone_at, s.canonical_tone_at);
    std::string rewritten;
    for (size_t k = lo; k <= hi; ++k) {
      char32_t cp = word[k];
      VowelInfo v;
      if (LookupVowel(cp, &v)) {
        cp = WithTone(v.base, k == s.canonical_tone_at ? s.tone : Tone::kNone);
      }
      utf8::Append(cp, &rewritten);
    }
    emit_.Keep(pos_, offsets[lo]);
    emit_.Put(offsets[lo], offsets[hi + 1], rewritten);
    pos_ = offsets[hi + 1];
    ++stats_->tone_moves;
  }

  std::string_view in_;
  Emitter emit_;
  NormalizeStats* stats_;
  size_t pos_ = 0;  // input up to here is already written
  WordSpan last_, before_last_;
  std::u32string word_;
  std::vector<size_t> offsets_;
};

}  // namespace

void SyllableStage(std::string_view in, std::string* out, OffsetMapBuilder* map,
                   NormalizeStats* stats) {
  out->clear();
  out->reserve(in.size());
  SyllablePass(in, out, map, stats).Run();
}

}  // namespace vanban::normalizer::internal
