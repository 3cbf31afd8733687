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

template <size_t N>
bool In(const std::u32string_view (&set)[N], std::u32string_view s) {
  for (const std::u32string_view& x : set) {
    if (x.size() == s.size() && x[0] == s[0] && x == s) return true;
  }
  return false;
}

bool HasModifier(char32_t base) {
  return base == U'ă' || base == U'â' || base == U'ê' || base == U'ô' || base == U'ơ' ||
         base == U'ư';
}

// Splits the nucleus+final part; false when it is not a known shape.
bool SplitRhyme(std::u32string_view rhyme, size_t* nucleus_len, size_t* final_len) {
  for (size_t f = 0; f <= std::min<size_t>(2, rhyme.size()); ++f) {
    const std::u32string_view fin = rhyme.substr(rhyme.size() - f);
    const std::u32string_view nuc = rhyme.substr(0, rhyme.size() - f);
    if (nuc.empty()) continue;
    if (f == 0 ? In(kOpenNuclei, nuc) || In(kNuclei, nuc) : In(kFinals, fin) && In(kNuclei, nuc)) {
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
  std::u32string lower;
  for (char32_t c : letters) lower.push_back(ToLower(c));
  return In(kOnsets, lower);
}

bool ParseSyllable(const std::u32string& word, Syllable* out) {
  std::u32string bases;  // lower case, toneless
  *out = Syllable{};
  bool toned = false;
  for (size_t i = 0; i < word.size(); ++i) {
    VowelInfo v;
    if (LookupVowel(word[i], &v)) {
      bases.push_back(v.lower_base);
      if (v.tone != Tone::kNone) {
        if (toned) return false;
        toned = true;
        out->tone = v.tone;
        out->tone_at = i;
      }
    } else {
      const char32_t l = ToLower(word[i]);
      if (!((l >= 'a' && l <= 'z') || l == U'đ')) return false;
      bases.push_back(l);
    }
  }
  size_t onset = 0;
  for (size_t len = std::min<size_t>(3, bases.size()); len > 0; --len) {
    if (In(kOnsets, std::u32string_view(bases).substr(0, len))) {
      onset = len;
      break;
    }
  }
  // "gi" and "qu" are onsets only when a vowel follows (gìn = g + ìn).
  if (onset == 2 && (bases.compare(0, 2, U"gi") == 0) && bases.size() > 2) {
    VowelInfo v;
    if (!LookupVowel(word[2], &v)) onset = 1;
  } else if (onset == 2 && bases.compare(0, 2, U"gi") == 0) {
    onset = 1;
  }
  if (!SplitRhyme(std::u32string_view(bases).substr(onset), &out->nucleus_len, &out->final_len)) {
    return false;
  }
  out->onset_len = onset;
  out->canonical_tone_at =
      onset + CanonicalTonePosition(std::u32string_view(bases).substr(onset, out->nucleus_len),
                                    out->final_len);
  if (!toned) out->tone_at = out->canonical_tone_at;
  return true;
}

namespace {

class SyllablePass {
 public:
  SyllablePass(std::string_view in, std::string* out, OffsetMapBuilder* map, NormalizeStats* stats)
      : in_(in), emit_(in, out, map), stats_(stats) {}

  // One forward pass. Words made of ASCII letters only cannot carry a tone
  // mark, so they are only remembered (a split syllable's onset is often
  // ASCII: "nh ững"); words with another letter are parsed.
  void Run() {
    const size_t n = in_.size();
    size_t i = 0, word_begin = 0;
    WordState state;
    while (i < n) {
      const auto c = static_cast<unsigned char>(in_[i]);
      size_t len = 1;
      if (c < 0x80) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          state.AddAscii(c);
          ++i;
          continue;
        }
      } else if (const char32_t cp = utf8::Decode(in_, i, &len); IsLatinLetter(cp)) {
        state.Add(cp);
        i += len;
        continue;
      }
      EndWord(word_begin, i, state);
      state = WordState{};
      i += len;
      word_begin = i;
    }
    EndWord(word_begin, n, state);
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
  // the mark always belongs).
  struct WordState {
    size_t letters = 0, vowels = 0;
    bool prev_vowel = false, prev_toned = false, toned_touches_vowel = false;
    bool toned_is_last_modified = false, first_is_lower_vowel = false, non_ascii = false;

    void AddAscii(unsigned char c) {
      const char l = static_cast<char>(c | 0x20);
      const bool vowel = l == 'a' || l == 'e' || l == 'i' || l == 'o' || l == 'u' || l == 'y';
      Step(vowel, false, false, vowel && c >= 'a');
    }
    void Add(char32_t cp) {
      non_ascii = true;
      VowelInfo v;
      if (!LookupVowel(cp, &v)) return Step(false, false, false, false);
      const bool modified = HasModifier(v.lower_base);
      Step(true, v.tone != Tone::kNone, modified, !v.upper);
    }
    void Step(bool vowel, bool toned, bool modified, bool lower_vowel) {
      if (letters == 0) first_is_lower_vowel = lower_vowel;
      ++letters;
      if (vowel && prev_vowel && (toned || prev_toned)) toned_touches_vowel = true;
      if (toned)
        toned_is_last_modified = modified;
      else if (modified)
        toned_is_last_modified = false;
      vowels += vowel;
      prev_vowel = vowel;
      prev_toned = toned;
    }
    bool ToneMayMove() const { return toned_touches_vowel && !toned_is_last_modified; }
  };

  void EndWord(size_t begin, size_t end, const WordState& state) {
    if (end == begin) return;
    if (state.first_is_lower_vowel && TryJoin(begin, end)) {
      // joined with the previous word
    } else if (state.non_ascii && state.ToneMayMove()) {
      Shape shape;
      ReadWord(begin, end, &word_, &offsets_, &shape);
      FixTone(word_, offsets_);
    }
    before_last_ = last_;
    last_ = {begin, end, state.vowels == 0 && state.letters <= 3};
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
