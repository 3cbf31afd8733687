// Rules 8-9: footnotes and page breaks, the two places where the text flow
// of a converted document was cut. A page break leaves a paragraph hanging
// mid-sentence, then blank lines, then the footnotes of that page, then the
// rest of the paragraph in lower case. The footnote lines leave the flow
// (they become Footnotes), their markers leave the words they were glued
// to, and the two halves of the paragraph are joined with one space.
#include <array>
#include <cstdint>
#include <cstring>
#include <unordered_set>

#include "letters.h"
#include "stages.h"
#include "vanban/utf8.h"

namespace vanban::normalizer::internal {

namespace {

int SuperscriptDigit(char32_t cp) {
  switch (cp) {
    case 0x2070:
      return 0;
    case 0x00B9:
      return 1;
    case 0x00B2:
      return 2;
    case 0x00B3:
      return 3;
    default:
      return (cp >= 0x2074 && cp <= 0x2079) ? static_cast<int>(cp - 0x2070) : -1;
  }
}

// A run of superscript digits at s[i]: its value and byte length (0 if none).
size_t ScanSuperscript(std::string_view s, size_t i, int* value) {
  size_t j = i;
  *value = 0;
  while (j < s.size()) {
    size_t len;
    const int d = SuperscriptDigit(utf8::Decode(s, j, &len));
    if (d < 0) break;
    *value = *value * 10 + d;
    j += len;
  }
  return j - i;
}

// "[12]" at s[i]: its value and byte length (0 if none).
size_t ScanBracketNumber(std::string_view s, size_t i, int* value) {
  if (i >= s.size() || s[i] != '[') return 0;
  size_t j = i + 1;
  *value = 0;
  while (j < s.size() && j - i <= 4 && s[j] >= '0' && s[j] <= '9')
    *value = *value * 10 + (s[j++] - '0');
  if (j == i + 1 || j >= s.size() || s[j] != ']') return 0;
  return j + 1 - i;
}

// "m²", "km²": a superscript after a unit of length is an exponent.
bool FollowsUnit(std::string_view s, size_t i) {
  size_t b = i;
  while (b > 0 && b + 2 >= i && s[b - 1] >= 'a' && s[b - 1] <= 'z') --b;
  const std::string_view word = s.substr(b, i - b);
  const bool unit = word == "m" || word == "km" || word == "cm" || word == "mm" || word == "dm";
  return unit && (b == 0 || s[b - 1] == ' ' || (s[b - 1] >= '0' && s[b - 1] <= '9'));
}

bool IsLowerLetter(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp == 0x0111) return true;  // đ
  VowelInfo v;
  return LookupVowel(cp, &v) && !v.upper;
}

// Bytes that may begin a footnote marker: '[' of "[12]", and 0xC2 / 0xE2,
// the lead bytes of the superscript digits (U+00B9, U+00B2, U+00B3 and
// U+2070..U+2079).
struct MarkerLead {
  std::array<bool, 256> of{};
  constexpr MarkerLead() {
    of['['] = true;
    of[0xC2] = true;
    of[0xE2] = true;
  }
};
constexpr MarkerLead kMarkerLead;

// True when one of the eight bytes of `word` is `byte` (the classic
// "has zero byte" test on word ^ byte repeated).
constexpr bool HasByte(uint64_t word, unsigned char byte) {
  constexpr uint64_t kOnes = 0x0101010101010101u, kHighs = 0x8080808080808080u;
  const uint64_t x = word ^ (kOnes * byte);
  return ((x - kOnes) & ~x & kHighs) != 0;
}

// The first byte in s[i, end) that may begin a marker, or end. Eight bytes
// at a time: a line is long and markers are rare.
size_t FindMarkerLead(std::string_view s, size_t i, size_t end) {
  while (i + 8 <= end) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    if (HasByte(word, '[') || HasByte(word, 0xC2) || HasByte(word, 0xE2)) break;
    i += 8;
  }
  while (i < end && !kMarkerLead.of[static_cast<unsigned char>(s[i])]) ++i;
  return i;
}

struct InLine {
  size_t begin, end;
  int footnote = -1;      // its number when the line is a footnote body
  size_t body_begin = 0;  // where the footnote text starts
};

class LinesPass {
 public:
  LinesPass(std::string_view in, std::string* out, OffsetMapBuilder* map,
            std::vector<LineHint>* hints, std::vector<Footnote>* footnotes,
            std::vector<FootnoteMarker>* markers, NormalizeStats* stats)
      : in_(in),
        emit_(in, out, map),
        out_(out),
        in_hints_(std::move(*hints)),
        hints_(hints),
        footnotes_(footnotes),
        markers_(markers),
        stats_(stats) {
    hints_->clear();
  }

  void Run() {
    SplitLines();
    size_t i = 0;
    while (i < lines_.size()) {
      if (lines_[i].footnote >= 0) {
        TakeFootnote(lines_[i]);
        ++i;
        continue;
      }
      i = EmitParagraphLine(i);
    }
  }

 private:
  void SplitLines() {
    size_t b = 0;
    while (true) {
      size_t e = in_.find('\n', b);
      if (e == std::string_view::npos) e = in_.size();
      InLine line{b, e};
      int n;
      size_t len = ScanSuperscript(in_, b, &n);
      if (len == 0) len = ScanBracketNumber(in_, b, &n);
      if (len > 0 && b + len < e) {
        line.footnote = n;
        line.body_begin = b + len;
        while (line.body_begin < e && in_[line.body_begin] == ' ') ++line.body_begin;
        if (line.body_begin < e)
          bodies_.insert(n);
        else
          line.footnote = -1;
      }
      lines_.push_back(line);
      if (e == in_.size()) break;
      b = e + 1;
    }
  }

  void TakeFootnote(const InLine& line) {
    Footnote f;
    f.number = line.footnote;
    f.body.assign(in_.substr(line.body_begin, line.end - line.body_begin));
    f.map = OffsetMap::Identity(f.body.size(), line.body_begin);  // composed by the caller
    f.source = {line.begin, line.end};
    footnotes_->push_back(std::move(f));
  }

  // Emits line i, joined with the continuation lines a page break cut off;
  // returns the index of the next line to look at.
  size_t EmitParagraphLine(size_t i) {
    LineHint hint = i < in_hints_.size() ? in_hints_[i] : LineHint{};
    EmitText(lines_[i]);
    while (true) {
      const size_t next = FindContinuation(i, hint);
      if (next == 0) break;
      for (size_t k = i + 1; k < next; ++k) {
        if (lines_[k].footnote >= 0) TakeFootnote(lines_[k]);
      }
      emit_.Put(lines_[i].end, lines_[next].begin, " ");
      ++stats_->joined_paragraphs;
      if (next < in_hints_.size()) {
        hint.bold = hint.bold && in_hints_[next].bold;
        hint.italic = hint.italic && in_hints_[next].italic;
      }
      EmitText(lines_[next]);
      i = next;
    }
    hints_->push_back(hint);
    if (lines_[i].end < in_.size()) emit_.Keep(lines_[i].end, lines_[i].end + 1);
    return i + 1;
  }

  // The line that continues line i after a page break, or 0.
  size_t FindContinuation(size_t i, const LineHint& hint) {
    if (hint.heading_level > 0 || !EndsMidSentence(lines_[i])) return 0;
    size_t k = i + 1;
    bool gap = false;
    while (k < lines_.size() && (lines_[k].begin == lines_[k].end || lines_[k].footnote >= 0)) {
      gap = true;
      ++k;
    }
    if (!gap || k >= lines_.size()) return 0;
    if (k < in_hints_.size() && in_hints_[k].heading_level > 0) return 0;
    return StartsMidSentence(lines_[k], LastChar(lines_[i])) ? k : 0;
  }

  char32_t LastChar(const InLine& line) {
    size_t end = line.end;
    // skip footnote markers glued at the end
    while (end > line.begin) {
      size_t start;
      const char32_t cp = utf8::DecodeBefore(in_, end, &start);
      if (SuperscriptDigit(cp) < 0) return cp;
      end = start;
    }
    return 0;
  }

  bool EndsMidSentence(const InLine& line) {
    if (line.begin == line.end) return false;
    const char32_t last = LastChar(line);
    if (!(IsLowerLetter(last) || (last >= '0' && last <= '9') || last == ',')) return false;
    // an all-capitals line is a heading, not a cut sentence
    bool lower = false;
    size_t len;
    for (size_t j = line.begin; j < line.end && !lower; j += len) {
      lower = IsLowerLetter(utf8::Decode(in_, j, &len));
    }
    return lower;
  }

  bool StartsMidSentence(const InLine& line, char32_t prev_last) {
    size_t len;
    const char32_t first = utf8::Decode(in_, line.begin, &len);
    const std::string_view text = in_.substr(line.begin, line.end - line.begin);
    if (IsLowerLetter(first)) {
      // "a) ", "đ. ": a list item, not a continuation; pandoc's Markdown
      // escapes the marker ("a\)")
      size_t after = len;
      if (after + 1 < text.size() && text[after] == '\\') ++after;
      return !(after < text.size() && (text[after] == ')' || text[after] == '.'));
    }
    if (first >= '0' && first <= '9' && IsLowerLetter(prev_last)) {
      // "2026 - 2030. ..." continues "giai đoạn"; "2. Mục tiêu" is a new item
      size_t j = 0;
      while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
      if (j == text.size()) return false;
      return text[j] == ' ' && j + 1 < text.size() && text[j + 1] == '-';
    }
    return false;
  }

  // Copies a line, taking out the footnote markers whose bodies exist.
  void EmitText(const InLine& line) {
    if (bodies_.empty()) return emit_.Keep(line.begin, line.end);  // no footnotes, no markers
    size_t pos = line.begin;
    size_t i = line.begin;
    while (i < line.end) {
      // only '[' and the lead bytes of superscript digits can start a marker
      i = FindMarkerLead(in_, i, line.end);
      if (i >= line.end) break;
      const auto c = static_cast<unsigned char>(in_[i]);
      int n = -1;
      size_t len = 0;
      if (c == 0xC2 || c == 0xE2) {
        len = ScanSuperscript(in_, i, &n);
      } else if (c == '[') {
        len = ScanBracketNumber(in_, i, &n);
      }
      if (len == 0 || i == line.begin || !bodies_.count(n) || FollowsUnit(in_, i)) {
        i += len > 0 ? len : 1;
        continue;
      }
      size_t cut = i;
      if (c == '[') {
        while (cut > pos && in_[cut - 1] == ' ') --cut;  // "TT  [1]" -> "TT"
      }
      emit_.Keep(pos, cut);
      markers_->push_back({n, out_->size(), {i, i + len}});
      pos = i + len;
      if (c == '[' && cut < i && pos < line.end && in_[pos] == ' ') {
        emit_.Keep(pos, pos + 1);  // keep one space between the words
        ++pos;
      }
      i = pos;
    }
    emit_.Keep(pos, line.end);
  }

  std::string_view in_;
  Emitter emit_;
  std::string* out_;
  std::vector<LineHint> in_hints_;
  std::vector<LineHint>* hints_;
  std::vector<Footnote>* footnotes_;
  std::vector<FootnoteMarker>* markers_;
  NormalizeStats* stats_;
  std::vector<InLine> lines_;
  std::unordered_set<int> bodies_;
};

}  // namespace

void LinesStage(std::string_view in, std::string* out, OffsetMapBuilder* map,
                std::vector<LineHint>* hints, std::vector<Footnote>* footnotes,
                std::vector<FootnoteMarker>* markers, NormalizeStats* stats) {
  out->clear();
  out->reserve(in.size());
  LinesPass(in, out, map, hints, footnotes, markers, stats).Run();
}

}  // namespace vanban::normalizer::internal
