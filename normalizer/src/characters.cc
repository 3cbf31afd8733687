// Rules 2-4: one pass over code points. ASCII text with single spaces is
// copied in runs; only the characters that need a decision are looked at.
#include <array>

#include "letters.h"
#include "stages.h"
#include "vanban/utf8.h"

namespace vanban::normalizer::internal {

namespace {

bool IsSpaceLike(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// Invisible characters: dropped, so "ab" with a U+200B inside reads as the
// reader saw it, and a U+FEFF left over from a concatenated file vanishes.
bool IsZeroWidth(char32_t cp) {
  return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF ||
         cp == 0x00AD;
}

bool IsDroppedControl(char32_t cp) {
  return (cp < 0x20 && cp != '\n' && cp != '\t' && cp != '\r' && cp != '\f') || cp == 0x7F;
}

// Punctuation variants and their ASCII form; nullptr when `cp` is not one.
const char* PunctuationReplacement(char32_t cp) {
  switch (cp) {
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return "-";
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
      return "\"";
    case 0x2026:
      return "...";
    default:
      return nullptr;
  }
}

bool IsTokenChar(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || cp == '-' ||
           cp == '/' || cp == '.' || cp == '_';
  }
  return IsLatinLetter(cp) || (cp >= 0x0370 && cp <= 0x052F);  // Greek, Cyrillic
}

// A look-alike letter is replaced only inside a token that also holds a
// Latin letter: "CQTТBCĐ" is a Latin code with one Cyrillic Т, "Москва" is
// Russian and stays.
bool TokenHasLatinLetter(std::string_view in, size_t at) {
  size_t i = at;
  while (i > 0) {
    size_t start;
    const char32_t cp = utf8::DecodeBefore(in, i, &start);
    if (!IsTokenChar(cp)) break;
    if (IsLatinLetter(cp)) return true;
    i = start;
  }
  size_t len;
  for (i = at; i < in.size(); i += len) {
    const char32_t cp = utf8::Decode(in, i, &len);
    if (!IsTokenChar(cp)) break;
    if (IsLatinLetter(cp)) return true;
  }
  return false;
}

// Bytes that never need a decision: printable ASCII but the space, UTF-8
// continuation bytes, and the lead bytes of Latin-1 letters, Latin
// Extended-A/B and the Latin Extended Additional block (where Vietnamese
// letters live). Everything else (spaces, controls, punctuation in U+2000,
// Greek, Cyrillic, NBSP) goes through Handle().
struct ByteClass {
  std::array<bool, 256> plain{};
  // A byte that may follow a plain single space: what IsSingleSpace asks
  // of the next byte, as one lookup.
  std::array<bool, 256> word_start{};
  constexpr ByteClass() {
    for (int c = 0x21; c < 0x7F; ++c) plain[c] = true;
    for (int c = 0x80; c < 0xC0; ++c) plain[c] = true;
    for (int c = 0xC3; c <= 0xC9; ++c) plain[c] = true;
    for (int c = 0; c < 256; ++c) {
      word_start[c] = (plain[c] && c >= 0x21 && (c < 0x80 || c >= 0xC3)) || c == 0xE1;
    }
  }
};
constexpr ByteClass kBytes;

class CharacterPass {
 public:
  CharacterPass(std::string_view in, std::string* out, OffsetMapBuilder* map, NormalizeStats* stats)
      : in_(in), out_(out), emit_(in, out, map), stats_(stats) {}

  void Run() {
    const size_t n = in_.size();
    const auto* p = reinterpret_cast<const unsigned char*>(in_.data());
    size_t i = 0;
    while (i < n) {
      while (i < n && kBytes.plain[p[i]]) ++i;  // the common case: a run of plain bytes
      if (i >= n) break;
      const unsigned char c = p[i];
      if (c == ' ') {
        if (IsSingleSpace(i)) {
          ++i;
          continue;
        }
      } else if (c == 0xE1 && !(i + 1 < n && p[i + 1] == 0x9A)) {  // U+1xxx but Ogham space
        i += 3;
        continue;
      }
      i = Handle(i);
    }
    Flush(n);
  }

 private:
  // A space between two words: the common case, copied as it is.
  bool IsSingleSpace(size_t i) const {
    if (i == 0 || in_[i - 1] == '\n' || i + 1 >= in_.size()) return false;
    return kBytes.word_start[static_cast<unsigned char>(in_[i + 1])];
  }

  // Writes the plain bytes [copied_, upto) that precede an edit.
  void Flush(size_t upto) {
    if (upto > copied_) emit_.Keep(copied_, upto);
    copied_ = upto;
  }

  bool AtLineStart() const { return out_->empty() || out_->back() == '\n'; }

  // Decides about the character at i; returns the offset after it.
  size_t Handle(size_t i) {
    size_t len;
    const char32_t cp = utf8::Decode(in_, i, &len);
    if (IsSpaceLike(cp) || IsZeroWidth(cp)) return HandleSpaces(i);
    if (cp == '\n' || cp == '\r' || cp == '\f') return HandleLineEnd(cp, i, len);
    if (IsDroppedControl(cp)) {
      Flush(i);
      copied_ = i + len;
      return i + len;
    }
    if (const char* repl = PunctuationReplacement(cp)) return Replace(i, len, repl);
    if (const char32_t latin = LookalikeToLatin(cp); latin && TokenHasLatinLetter(in_, i)) {
      ++stats_->lookalikes;
      std::string s;
      utf8::Append(latin, &s);
      return Replace(i, len, s);
    }
    return i + len;  // kept: stays in the pending plain run
  }

  size_t Replace(size_t i, size_t len, std::string_view text) {
    Flush(i);
    emit_.Put(i, i + len, text);
    copied_ = i + len;
    return i + len;
  }

  // A run of spaces, tabs, NBSP and zero-width characters: one space
  // between words, nothing at a line start or end, nothing for an
  // invisible character alone.
  size_t HandleSpaces(size_t i) {
    size_t j = i, len;
    bool visible = false;
    while (j < in_.size()) {
      const char32_t cp = utf8::Decode(in_, j, &len);
      if (IsSpaceLike(cp)) {
        visible = true;
      } else if (!IsZeroWidth(cp)) {
        break;
      }
      j += len;
    }
    Flush(i);
    const bool line_end = j >= in_.size() || in_[j] == '\n' || in_[j] == '\r';
    if (visible && !AtLineStart() && !line_end) {
      if (j - i == 1 && in_[i] == ' ') {
        emit_.Keep(i, j);
      } else {
        emit_.Put(i, j, " ");
      }
    }
    copied_ = j;
    return j;
  }

  // CRLF, CR and form feed all end a line.
  size_t HandleLineEnd(char32_t cp, size_t i, size_t len) {
    if (cp == '\n') return i + len;  // plain LF: nothing to change
    Flush(i);
    const size_t end = (cp == '\r' && i + 1 < in_.size() && in_[i + 1] == '\n') ? i + 2 : i + len;
    emit_.Put(i, end, "\n");
    copied_ = end;
    return end;
  }

  std::string_view in_;
  std::string* out_;
  Emitter emit_;
  NormalizeStats* stats_;
  size_t copied_ = 0;  // input before this offset is written
};

}  // namespace

void CharacterStage(std::string_view in, std::string* out, OffsetMapBuilder* map,
                    NormalizeStats* stats) {
  out->clear();
  out->reserve(in.size());
  CharacterPass(in, out, map, stats).Run();
}

}  // namespace vanban::normalizer::internal
