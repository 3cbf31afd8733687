#include "identity.h"

#include <re2/re2.h>

#include <algorithm>
#include <charconv>
#include <unordered_set>

#include "doc_number.h"
#include "doc_types.h"
#include "extent.h"
#include "text_util.h"
#include "vanban/utf8.h"

namespace vanban::extractor::internal {

namespace {

// The header (issuing body, motto, number, place and date) and the type
// heading sit in the first lines of the document proper; a bound keeps a
// stray "Số:" deep in the body from being read as the document's number.
constexpr size_t kHeaderLines = 30;
// The signature stands beside or just after the recipients ("Nơi nhận").
constexpr size_t kSignatureBefore = 12;
constexpr size_t kSignatureAfter = 45;
// A signer's name follows the title above it within this many lines (a
// converter may interleave the recipients' column with the signature's).
constexpr size_t kNameAfterTitle = 25;
// Spaced letters are rejoined from the syllables of the document's start.
constexpr size_t kVocabularyBytes = 200000;

struct Lines {
  std::string_view text;
  std::vector<Span> spans;
  const OffsetMap* map = nullptr;  // to tell page breaks
  std::string_view operator[](size_t i) const {
    return Trim(text.substr(spans[i].begin, spans[i].end - spans[i].begin));
  }
  bool page_break(size_t i) const { return IsPageBreak(text, *map, spans[i]); }
  size_t size() const { return spans.size(); }
};

// ---------------------------------------------------------------- words

bool IsLetter(char32_t cp) {
  return ToLowerCodePoint(cp) != ToUpperCodePoint(cp);
}

// Letters all upper case, at least one ("ỦY", "UBND", "TP.").
bool IsUpperWord(std::string_view w) {
  return IsUpperCaseLine(w);
}

// "Nguyễn", "Thị": an upper-case letter then lower-case letters only.
bool IsCapitalizedWord(std::string_view w) {
  size_t len, letters = 0;
  for (size_t i = 0; i < w.size(); i += len) {
    const char32_t cp = utf8::Decode(w, i, &len);
    if (!IsLetter(cp)) return false;
    const bool upper = ToLowerCodePoint(cp) != cp;
    if ((letters == 0) != upper) return false;
    ++letters;
  }
  return letters > 0;
}

size_t LetterCount(std::string_view w) {
  size_t len, n = 0;
  for (size_t i = 0; i < w.size(); i += len) n += IsLetter(utf8::Decode(w, i, &len));
  return n;
}

bool IsDecoration(std::string_view w) {
  return std::none_of(w.begin(), w.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c));
  });
}

// Strips Markdown and rule residue around a word: "**ỦY", "------Số:",
// "NAM*", "\*".
std::string_view StripMarks(std::string_view w) {
  auto mark = [](char c) { return c == '*' || c == '-' || c == '_' || c == '\\' || c == '#'; };
  while (!w.empty() && mark(w.front())) w.remove_prefix(1);
  while (!w.empty() && (mark(w.back()) && w.back() != '-')) w.remove_suffix(1);
  while (w.size() >= 2 && w.back() == '-' && w[w.size() - 2] == '-') w.remove_suffix(1);
  return w;
}

// One word of the header or signature, with the line it stands on. A
// table cell separator '|' is a word of its own (a boundary).
struct Word {
  std::string_view text;
  size_t line = 0;
  bool motto = false;
  bool boundary() const { return text == "|"; }
};

std::vector<Word> WordsOfTexts(const std::vector<std::string_view>& texts, size_t first) {
  std::vector<Word> out;
  for (size_t n = 0; n < texts.size(); ++n) {
    const size_t i = first + n;
    const std::string_view line = texts[n];
    // a list item ("- Như trên;", "+ ...") starts a cell of its own: a
    // title run does not continue into the recipients' list
    if (line.rfind("- ", 0) == 0 || line.rfind("+ ", 0) == 0 || line.rfind("• ", 0) == 0) {
      out.push_back({std::string_view("|"), i});
    }
    size_t b = 0;
    while (b < line.size()) {
      while (b < line.size() && line[b] == ' ') ++b;
      size_t e = b;
      while (e < line.size() && line[e] != ' ' && line[e] != '|') ++e;
      if (e == b && e < line.size() && line[e] == '|') {
        out.push_back({line.substr(e, 1), i});
        b = e + 1;
        continue;
      }
      const std::string_view w = StripMarks(line.substr(b, e - b));
      if (!w.empty() && !IsDecoration(w)) out.push_back({w, i});
      b = e;
    }
  }
  return out;
}

std::vector<Word> WordsOf(const Lines& lines, size_t first, size_t last) {
  std::vector<std::string_view> texts;
  for (size_t i = first; i < last && i < lines.size(); ++i) texts.push_back(lines[i]);
  return WordsOfTexts(texts, first);
}

// ---------------------------------------------------------------- motto

// Marks the national motto's words so that the issuing body beside it can
// be read: converters interleave the two header columns word runs by word
// runs ("CỘNG HÒA XÃ HỘI CHỦ / ỦY BAN NHÂN DÂN TỈNH NGHĨA VIỆT NAM Độc lập -").
// Returns the index of the motto's first word, or npos.
size_t MarkMotto(std::vector<Word>* words) {
  static constexpr std::string_view kState[] = {"cong",  "hoa",  "xa",   "hoi", "chu",
                                                "nghia", "viet", "nam",  "doc", "lap",
                                                "tu",    "do",   "hanh", "phuc"};
  static constexpr std::string_view kParty[] = {"dang", "cong", "san", "viet", "nam"};
  std::vector<std::string> folded;
  folded.reserve(words->size());
  for (const Word& w : *words) folded.push_back(normalizer::FoldKey(w.text));
  for (size_t k = 0; k + 1 < words->size(); ++k) {
    const bool state = folded[k] == "cong" && folded[k + 1] == "hoa";
    const bool party = folded[k] == "dang" && folded[k + 1] == "cong" && k + 2 < folded.size() &&
                       folded[k + 2] == "san";
    if (!(state || party) || !IsUpperWord((*words)[k].text)) continue;
    const std::string_view* motto = state ? kState : kParty;
    const size_t size = state ? std::size(kState) : std::size(kParty);
    // the motto's words in order; the issuing body's words may stand between
    for (size_t t = k, next = 0; t < words->size() && next < size && t < k + 4 * size; ++t) {
      if (folded[t] == motto[next]) {
        (*words)[t].motto = true;
        ++next;
      }
    }
    return k;
  }
  return std::string_view::npos;
}

// ---------------------------------------------------------------- number

// "Số:", "SỐ", "Số:10988/BNV-CQĐP": the number line's marker. *rest gets
// what follows the colon inside the same word.
bool IsNumberMarker(std::string_view w, std::string_view* rest) {
  for (std::string_view m : {"Số", "SỐ"}) {
    if (w.rfind(m, 0) != 0) continue;
    std::string_view r = w.substr(m.size());
    if (!r.empty() && r.front() == ':')
      r.remove_prefix(1);
    else if (!r.empty())
      return false;
    *rest = r;
    return true;
  }
  return false;
}

// Letters and digits of a code segment in capitals ("QĐ", "U", "ND", "1237").
bool IsCodePiece(std::string_view w) {
  if (w.empty()) return false;
  size_t len;
  for (size_t i = 0; i < w.size(); i += len) {
    const char32_t cp = utf8::Decode(w, i, &len);
    if (cp == '/' || cp == '-' || cp == '.' || cp == '&' || (cp >= '0' && cp <= '9')) continue;
    if (!IsLetter(cp)) return false;
  }
  return true;
}

}  // namespace

std::string JoinCodeWords(std::string_view rest) {
  // "5973 /UBND-KT Lào Cai", "3210/QĐ - U B ND", "16 /2026/QĐ-UBND":
  // pieces joined while they continue the code: after a separator, before
  // one, or letters spaced one by one.
  std::vector<std::string_view> words;
  for (size_t b = 0; b < rest.size();) {
    while (b < rest.size() && rest[b] == ' ') ++b;
    size_t e = rest.find(' ', b);
    if (e == std::string_view::npos) e = rest.size();
    if (e > b) words.push_back(rest.substr(b, e - b));
    b = e;
  }
  std::string code;
  size_t last_piece = 0;  // letters in the last word appended
  for (std::string_view w : words) {
    const bool sep_before = !code.empty() && (code.back() == '/' || code.back() == '-');
    const bool sep_after = w.front() == '/' || w.front() == '-';
    const bool upper = IsCodePiece(w) && (IsUpperWord(w) || w.find_first_not_of("0123456789/-") ==
                                                                std::string_view::npos);
    if (code.empty()) {
      if (!IsCodePiece(w)) break;
      code = std::string(w);
    } else if (IsCodePiece(w) && (sep_before || sep_after)) {
      code += w;  // "773" + "/QĐ-TTg"
    } else if (upper && (LetterCount(w) == 1 || last_piece == 1)) {
      code += w;
    } else {
      break;
    }
    last_piece = LetterCount(w);
  }
  // OCR reads digits of the number as letters: "1O26" -> "1026", "l5" -> "15"
  const size_t end = std::min(code.find('/'), code.find('-'));
  const std::string_view head = std::string_view(code).substr(0, std::min(end, code.size()));
  if (head.find_first_of("0123456789") != std::string_view::npos &&
      head.find_first_not_of("0123456789OoIl") == std::string_view::npos) {
    for (size_t i = 0; i < head.size(); ++i) {
      if (code[i] == 'O' || code[i] == 'o') code[i] = '0';
      if (code[i] == 'I' || code[i] == 'l') code[i] = '1';
    }
  }
  return code;
}

namespace {

bool HasNumberMarkerWord(std::string_view line) {
  std::string_view rest;
  for (size_t b = 0; b < line.size();) {
    size_t e = line.find(' ', b);
    if (e == std::string_view::npos) e = line.size();
    if (IsNumberMarker(StripMarks(line.substr(b, e - b)), &rest)) return true;
    b = e + 1;
  }
  return false;
}

struct NumberFound {
  size_t word = std::string::npos;  // index of the marker in the words
  std::string code;                 // as joined
};

// The first number marker of the header with a code (or a blank number:
// "Số: /KH-TTr.VP") after it; "Số hiệu" is a label, not a marker.
NumberFound FindNumberWord(const Lines& lines, const std::vector<Word>& words) {
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view rest;
    if (!IsNumberMarker(words[i].text, &rest)) continue;
    const bool colon = words[i].text.find(':') != std::string_view::npos;
    // the rest of the marker's line (or table cell), as written: the
    // spacing inside the code matters ("QĐ - U B ND")
    const std::string_view line = lines[words[i].line];
    const size_t after =
        static_cast<size_t>(words[i].text.data() + words[i].text.size() - line.data());
    std::string_view tail = line.substr(std::min(after, line.size()));
    tail = tail.substr(0, tail.find('|'));
    std::string code = JoinCodeWords(std::string(rest) + std::string(tail));
    if (code.empty() && !colon) continue;
    if (!code.empty() && !std::isdigit(static_cast<unsigned char>(code[0])) && code[0] != '/' &&
        code[0] != '-' && !colon) {
      continue;
    }
    return {i, std::move(code)};
  }
  return {};
}

// ---------------------------------------------------------------- issuer

// Words that start a body inside the header's left column ("BỘ TÀI CHÍNH
// TỔNG CỤC THUẾ", "UBND TỈNH LÀO CAI SỞ NÔNG NGHIỆP ..."); the last body is
// the issuer, the ones above it its parents.
bool StartsBody(const std::vector<std::string>& up, size_t i) {
  auto at = [&](size_t k, std::string_view s) { return i + k < up.size() && up[i + k] == s; };
  const std::string_view prev = i > 0 ? std::string_view(up[i - 1]) : std::string_view();
  auto next_is = [&](std::initializer_list<std::string_view> ws) {
    if (i + 1 >= up.size()) return false;
    std::string_view next = up[i + 1];
    while (!next.empty() && (next.back() == ',' || next.back() == ';')) next.remove_suffix(1);
    return std::find(ws.begin(), ws.end(), next) != ws.end();
  };
  // "CƠ SỞ", "CÁN BỘ", "ĐẢNG BỘ", "BỘ QUỐC PHÒNG", "PHÒNG CHÁY": the word
  // inside a name, not a unit's head
  if (at(0, "SỞ")) return prev != "CƠ" && prev != "TRỤ";
  if (at(0, "BỘ")) return prev != "CÁN" && prev != "TOÀN" && prev != "ĐẢNG";
  if (at(0, "TỔNG") && at(1, "CỤC")) return true;
  if (at(0, "CỤC")) return prev != "TỔNG" && prev != "CHI";
  if (at(0, "CHI") && at(1, "CỤC")) return true;
  if (at(0, "VĂN") && at(1, "PHÒNG")) return true;
  if (at(0, "PHÒNG")) {
    return prev != "VĂN" && prev != "QUỐC" && !next_is({"CHÁY", "CHỐNG", "NGỪA", "THỦ", "BỆNH"});
  }
  if (at(0, "ĐẢNG") && (at(1, "ỦY") || at(1, "ĐOÀN"))) return true;
  if (at(0, "ỦY") && at(1, "BAN")) return true;
  if (at(0, "UBND")) return true;
  if (at(0, "BAN")) return prev != "ỦY" && prev != "TRƯỞNG";
  if (at(0, "TRUNG") && at(1, "TÂM")) return true;
  return false;
}

// Letters a header spaced one by one ("ỦY B AN NHÂN D Â N", "T HÀNH P HỐ")
// joined back into the syllables the document itself writes elsewhere.
class SyllableJoiner {
 public:
  explicit SyllableJoiner(std::string_view text) : text_(text) {}

  std::vector<std::string> Join(const std::vector<std::string>& up) {
    const bool spaced = std::any_of(up.begin(), up.end(), [](const std::string& w) {
      return LetterCount(w) == 1 && w.size() <= 2 && w != "&";
    });
    if (!spaced) return up;
    Load();
    std::u32string all, key;
    std::vector<size_t> word_end;  // a word as written, kept when nothing joins it
    for (const std::string& w : up) {
      const std::u32string d = Decode(w);
      word_end.resize(all.size() + 1, 0);
      word_end[all.size()] = all.size() + d.size();
      all += d;
    }
    for (char32_t c : all) key.push_back(ToUpperCodePoint(c));
    word_end.resize(all.size() + 1, 0);
    constexpr size_t kMaxSyllable = 8;
    constexpr size_t kKeepCost = 4;
    const size_t n = all.size();
    std::vector<size_t> best(n + 1, SIZE_MAX), from(n + 1, 0);
    best[0] = 0;
    for (size_t i = 0; i < n; ++i) {
      if (best[i] == SIZE_MAX) continue;
      if (const size_t e = word_end[i]; e > i && best[i] + kKeepCost < best[e]) {
        best[e] = best[i] + kKeepCost;
        from[e] = i;
      }
      for (size_t l = 1; l <= kMaxSyllable && i + l <= n; ++l) {
        // a syllable the document writes elsewhere, else one shaped like a
        // Vietnamese syllable (a name written only here, spaced)
        const std::u32string piece = key.substr(i, l);
        const size_t cost = vocabulary_.count(piece) ? 2 : IsSyllableShape(piece) ? 3 : 0;
        if (cost == 0) continue;
        if (best[i] + cost < best[i + l]) {
          best[i + l] = best[i] + cost;
          from[i + l] = i;
        }
      }
    }
    if (best[n] == SIZE_MAX) return up;
    std::vector<std::string> out;
    for (size_t e = n; e > 0; e = from[e]) out.push_back(Encode(all.substr(from[e], e - from[e])));
    std::reverse(out.begin(), out.end());
    return out;
  }

 private:
  // onset, one to three vowels, coda: "NGUYỄN", "TÍN", "CHÍ" (marks aside)
  static bool IsSyllableShape(const std::u32string& piece) {
    static const RE2 kShape(
        "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}"
        "(ch|ng|nh|[cmnpt])?");
    const std::string folded = normalizer::FoldKey(Encode(piece));
    return !folded.empty() && RE2::FullMatch(folded, kShape);
  }
  static std::u32string Decode(std::string_view s) {
    std::u32string out;
    size_t len;
    for (size_t i = 0; i < s.size(); i += len) out.push_back(utf8::Decode(s, i, &len));
    return out;
  }
  static std::string Encode(const std::u32string& s) {
    std::string out;
    for (char32_t c : s) utf8::Append(c, &out);
    return out;
  }
  // Every word of two letters or more in the text, in capitals (a key:
  // the joined syllables keep the case they were written in), plus
  // punctuation-bearing pieces kept as single characters.
  void Load() {
    if (loaded_) return;
    loaded_ = true;
    std::u32string word;
    size_t len;
    auto flush = [&] {
      if (word.size() >= 2) vocabulary_.insert(word);
      word.clear();
    };
    for (size_t i = 0; i < text_.size(); i += len) {
      const char32_t cp = utf8::Decode(text_, i, &len);
      if (IsLetter(cp)) {
        word.push_back(ToUpperCodePoint(cp));
      } else {
        flush();
      }
    }
    flush();
    for (char32_t c : std::u32string(U",.&-")) vocabulary_.insert(std::u32string(1, c));
  }

  std::string_view text_;
  bool loaded_ = false;
  struct Hash {
    size_t operator()(const std::u32string& s) const { return std::hash<std::u32string>()(s); }
  };
  std::unordered_set<std::u32string, Hash> vocabulary_;
};

}  // namespace

std::string BodyNameCase(std::string_view name) {
  // "ỦY BAN NHÂN DÂN TỈNH LÀO CAI" -> "Ủy ban nhân dân tỉnh Lào Cai": the
  // first word, the words of the locality after its level, the first word
  // of each field after "Bộ"/"Sở"/"Cục"/"Ban" and after "và".
  std::string s = SentenceCaseName(name);
  std::vector<std::string> words;
  for (size_t b = 0; b < s.size();) {
    size_t e = s.find(' ', b);
    if (e == std::string::npos) e = s.size();
    if (e > b) words.push_back(s.substr(b, e - b));
    b = e + 1;
  }
  auto cap = [](std::string* w) {
    size_t len;
    const char32_t cp = utf8::Decode(*w, 0, &len);
    std::string out;
    utf8::Append(ToUpperCodePoint(cp), &out);
    *w = out + w->substr(len);
  };
  static constexpr std::string_view kLevels[] = {"tỉnh", "phố", "huyện", "quận", "xã", "phường"};
  static constexpr std::string_view kHeads[] = {"Bộ",  "Sở",    "cục", "Cục",
                                                "Ban", "Phòng", "tâm", "và"};
  bool locality = false;
  for (size_t i = 0; i < words.size(); ++i) {
    if (locality) cap(&words[i]);
    const std::string_view w = words[i];
    if (std::find(std::begin(kLevels), std::end(kLevels), w) != std::end(kLevels)) locality = true;
    const bool head = std::find(std::begin(kHeads), std::end(kHeads), w) != std::end(kHeads) ||
                      (w == "phòng" && i > 0 && words[i - 1] == "Văn");
    if (head && i + 1 < words.size() && !locality) cap(&words[i + 1]);
    if (w == "đảng" || w == "Đảng") cap(&words[i]);
  }
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

namespace {

std::string JoinWords(const std::vector<std::string>& w, size_t b, size_t e) {
  std::string out;
  for (size_t i = b; i < e; ++i) {
    if (!out.empty() && w[i] != "," && w[i] != ".") out += ' ';
    out += w[i];
  }
  return out;
}

// The issuing body from the header words in capitals before the number.
std::string IssuerFromHeaderWords(const Gazetteer& gazetteer, SyllableJoiner* joiner,
                                  std::vector<std::string> up) {
  up = joiner->Join(up);
  // commas belong to names ("TÌM KIẾM, QUY TẬP", "VĂN HÓA, THỂ THAO"), not at their end
  for (std::string& w : up) {
    while (!w.empty() && (w.back() == ';' || w.back() == ':')) w.pop_back();
    if (w == "TP." || w == "TP") w = "THÀNH PHỐ";
  }
  std::erase_if(up, [](const std::string& w) { return w.empty() || w == ","; });
  while (!up.empty() && up.back().back() == ',') {
    up.back().pop_back();
    if (up.back().empty()) up.pop_back();
  }
  if (up.empty()) return "";
  std::vector<size_t> starts{0};
  for (size_t i = 1; i < up.size(); ++i) {
    if (StartsBody(up, i)) starts.push_back(i);
  }
  const size_t last = starts.back();
  std::string name = JoinWords(up, last, up.size());
  if (starts.size() >= 2) {
    const size_t parent = starts[starts.size() - 2];
    const std::string parent_name = JoinWords(up, parent, last);
    const size_t words = up.size() - last;
    const bool bare = words <= 2 && (up[last] == "VĂN" || up[last] == "PHÒNG" || words == 1);
    const bool local_parent = up[parent] == "UBND" ||
                              (up[parent] == "ỦY" && parent + 3 < last && up[parent + 2] == "NHÂN");
    if (bare) {
      name += " " + parent_name;  // "VĂN PHÒNG" of "ĐẢNG ỦY CHÍNH PHỦ"
    } else if (local_parent && (up[last] == "SỞ" || up[last] == "PHÒNG" || up[last] == "BAN" ||
                                up[last] == "TRUNG" || up[last] == "CHI")) {
      // "SỞ X" of "UBND TỈNH Y": the department of that province
      const size_t skip = up[parent] == "UBND" ? 1 : 4;
      if (parent + skip < last) name += " " + JoinWords(up, parent + skip, last);
    }
  }
  return BodyNameCase(gazetteer.Expand(name));
}

// ---------------------------------------------------------------- date

const RE2& PlaceDatePattern() {
  // "Lào Cai, ngày 11 tháng 6 năm 2026", "ngày 26 tháng 0 6 năm 2018",
  // "ngày ... tháng 5 năm 2025" (day left blank)
  static const RE2 re(
      ",\\s*(?:ngày|Ngày|NGÀY)\\s*(\\d{1,2}|\\d\\s\\d)?[\\s.…_]*(?:tháng|THÁNG)\\s*"
      "(\\d{1,2}|\\d\\s\\d)?[\\s.…_]*(?:năm|NĂM)\\s*(\\d{4})");
  return re;
}

// A number whose digits may be spaced out ("2 0 2 6" in a header).
int ParseSmallNumber(std::string_view s) {
  std::string digits;
  for (char c : s) {
    if (c != ' ') digits.push_back(c);
  }
  return DigitsValue(digits);
}

}  // namespace

namespace {

// "Hà Nội, ngày 05/3/2025": a header's date written in figures.
const RE2& PlaceDateNumericPattern() {
  static const RE2 re(",\\s*(?:ngày|Ngày|NGÀY)\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  return re;
}

bool ReadPlaceDateWith(const RE2& pattern, std::string_view header, Date* date,
                       std::string* place) {
  re2::StringPiece g[4];
  const re2::StringPiece in(header.data(), header.size());
  size_t from = 0;
  while (from < header.size() && pattern.Match(in, from, in.size(), RE2::UNANCHORED, g, 4)) {
    Date d;
    d.year = ParseSmallNumber(std::string_view(g[3].data(), g[3].size()));
    d.month = ParseSmallNumber(std::string_view(g[2].data(), g[2].size()));
    d.day = ParseSmallNumber(std::string_view(g[1].data(), g[1].size()));
    from = static_cast<size_t>(g[0].data() - header.data()) + g[0].size();
    if (d.year < 1900 || d.year > 2100 || d.month > 12 || d.day > 31) continue;
    if (d.month == 0) d.day = 0;
    *date = d;
    // the place: the capitalised words before the comma ("Thành phố Hồ Chí Minh")
    const size_t comma = static_cast<size_t>(g[0].data() - header.data());
    std::vector<std::string_view> words;
    size_t e = comma;
    while (e > 0 && header[e - 1] == ' ') --e;
    while (e > 0 && words.size() < 6) {
      size_t b = header.rfind(' ', e - 1);
      b = b == std::string_view::npos ? 0 : b + 1;
      const std::string_view w = header.substr(b, e - b);
      // a place in capitals ("TP. HCM") only when it ends in capitals: the
      // code before "Thành phố ..." is not part of it
      const bool upper_place = words.empty() || IsUpperWord(words.front());
      const bool name =
          IsCapitalizedWord(w) || (upper_place && IsUpperWord(w) &&
                                   w.find_first_of("0123456789/-") == std::string_view::npos);
      if (!(name || w == "phố" || w == "xã" || w == "TP.")) break;
      words.push_back(w);
      if (b == 0) break;
      e = b - 1;
    }
    place->clear();
    for (size_t i = words.size(); i-- > 0;)
      *place += (place->empty() ? "" : " ") + std::string(words[i]);
    return true;
  }
  return false;
}

}  // namespace

bool ReadPlaceDate(std::string_view header, Date* date, std::string* place) {
  if (ReadPlaceDateWith(PlaceDatePattern(), header, date, place)) return true;
  return ReadPlaceDateWith(PlaceDateNumericPattern(), header, date, place);
}

namespace {

bool IsSectionHeading(std::string_view line) {
  static constexpr std::string_view kRoman[] = {"I.",     "I ",     "II.",   "II ",
                                                "Điều 1", "PHẦN I", "Phần I"};
  for (std::string_view r : kRoman) {
    if (line.rfind(r, 0) == 0) return true;
  }
  return false;
}

// "KẾ HOẠCH", "QUYÉT ĐỊNH" (OCR): a line that is only a type name in capitals.
std::string TypeHeading(std::string_view line) {
  line = StripMarks(line);
  if (!IsUpperCaseLine(line)) return "";
  size_t len;
  const std::string_view type = TypeOfWords(line, &len);
  if (type.empty() || !Trim(line.substr(len)).empty()) return "";
  return std::string(type);
}

// Lines that open the body: the header is over.
bool OpensBody(std::string_view line) {
  for (std::string_view w : {"Kính gửi", "Căn cứ", "Thực hiện", "Xét đề nghị", "Theo đề nghị"}) {
    if (StripMarks(line).rfind(w, 0) == 0) return true;
  }
  return IsSectionHeading(line);
}

// "BAN HÀNH KẾ HOẠCH 57-NQ/TW" -> "Ban hành kế hoạch 57-NQ/TW": sentence
// case that keeps numbers and codes as written.
std::string TitleCase(std::string_view title) {
  std::string out;
  bool first = true;
  for (size_t b = 0; b <= title.size();) {
    size_t e = title.find(' ', b);
    if (e == std::string_view::npos) e = title.size();
    const std::string_view w = title.substr(b, e - b);
    if (!out.empty()) out += ' ';
    if (w.find_first_of("0123456789") != std::string_view::npos) {
      out += w;
    } else if (first) {
      out += SentenceCase(w);
    } else {
      out += SentenceCase(std::string("x") + std::string(w)).substr(1);
    }
    if (!w.empty()) first = false;
    b = e + 1;
  }
  return out;
}

// Bodies a title names, in their running-text spelling.
std::string ProperNouns(std::string s) {
  static constexpr std::pair<std::string_view, std::string_view> kProper[] = {
      {" bộ chính trị", " Bộ Chính trị"},
      {" ban bí thư", " Ban Bí thư"},
      {" trung ương đảng", " Trung ương Đảng"},
      {" trung ương", " Trung ương"},
      {" thủ tướng chính phủ", " Thủ tướng Chính phủ"},
      {" chính phủ", " Chính phủ"},
      {" quốc hội", " Quốc hội"}};
  for (const auto& [from, to] : kProper) {
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
      s.replace(at, from.size(), to);
    }
  }
  return s;
}

// The title: the line(s) under the type heading, bold or upper case lines
// joined, else the next line.
void ReadTitle(const Lines& lines, const std::vector<normalizer::LineHint>& hints, size_t heading,
               DocumentIdentity* id) {
  size_t i = heading + 1;
  while (i < lines.size() && IsDecoration(lines[i])) ++i;
  // "NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ / về ...": the issuer line comes first.
  if (i < lines.size() && IsUpperCaseLine(lines[i]) && lines[i].rfind("CỦA ", 0) == 0) {
    id->issuer = SentenceCaseName(lines[i].substr(std::string_view("CỦA ").size()));
    ++i;
    while (i < lines.size() && IsDecoration(lines[i])) ++i;
  }
  if (i >= lines.size() || IsSectionHeading(lines[i])) return;
  const std::string_view opening = StripMarks(lines[i]);
  if (opening.rfind("Căn cứ", 0) == 0 || opening.rfind("Kính gửi", 0) == 0) return;
  std::string title(StripMarks(lines[i]));
  const bool styled = (i < hints.size() && hints[i].bold) || IsUpperCaseLine(lines[i]);
  for (size_t k = i + 1; styled && k < lines.size() && !IsDecoration(lines[k]); ++k) {
    const bool same = (k < hints.size() && hints[k].bold) == (i < hints.size() && hints[i].bold) &&
                      IsUpperCaseLine(lines[k]) == IsUpperCaseLine(lines[i]);
    if (!same || TypeHeading(lines[k]).size() || OpensBody(lines[k])) break;
    // the authority line under a decision's title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")
    if (lines[k].rfind("CHỦ TỊCH ", 0) == 0 || lines[k].rfind("THỦ TƯỚNG ", 0) == 0) break;
    title += " " + std::string(StripMarks(lines[k]));
  }
  if (IsUpperCaseLine(title)) title = ProperNouns(TitleCase(title));
  id->title = title;
}

// "V/v tăng cường ..." in a letter's header: its subject.
void ReadSubject(const Lines& lines, size_t first, size_t last, DocumentIdentity* id) {
  for (size_t i = first; i < last; ++i) {
    const std::string_view line = lines[i];
    size_t at = line.find("V/v ");
    if (at == std::string_view::npos) at = line.find("V/V ");
    // "Số: 5155/SGDĐT-...", then "Về hướng dẫn ...": a subject without "V/v"
    if (at == std::string_view::npos && i > first && HasNumberMarkerWord(lines[i - 1]) &&
        line.rfind("Về ", 0) == 0) {
      at = 0;
    }
    if (at == std::string_view::npos) continue;
    std::string_view subject = line.substr(at);
    subject = subject.substr(0, subject.find('|'));
    std::string title(Trim(subject));
    // a subject wrapped over the next lines, up to a blank or cell line
    for (size_t k = i + 1; k < lines.size() && k < i + 6 && subject.size() == line.size() - at;
         ++k) {
      const std::string_view next = lines[k];
      if (IsDecoration(next) || OpensBody(next) || next.find(", ngày") != std::string_view::npos ||
          next.find('|') != std::string_view::npos || title.back() == '.' ||
          IsUpperCaseLine(next)) {
        break;
      }
      title += " " + std::string(next);
    }
    id->title = std::move(title);
    return;
  }
}

// "<Issuer> ban hành Kế hoạch", "<Issuer> xây dựng Kế hoạch" in the preamble.
std::string IssuerFromPreamble(const Gazetteer& gazetteer, std::string_view preamble) {
  for (std::string_view verb :
       {" ban hành Kế hoạch", " xây dựng Kế hoạch", " ban hành Quyết định",
        " ban hành Chương trình", " báo cáo kết quả", " báo cáo tình hình", " ban hành Nghị quyết",
        " ban hành Chỉ thị", " ban hành Hướng dẫn"}) {
    for (size_t at = preamble.find(verb); at != std::string_view::npos;
         at = preamble.find(verb, at + 1)) {
      size_t b = preamble.find_last_of(";.,\n", at);
      b = b == std::string_view::npos ? 0 : b + 1;
      std::string_view who = Trim(preamble.substr(b, at - b));
      if (who.size() > 120 || !gazetteer.StartsWithHead(who)) continue;
      return gazetteer.Expand(who);
    }
  }
  return "";
}

// The body the signature speaks for: "TM. ỦY BAN NHÂN DÂN", "T/M BỘ CHÍNH TRỊ".
std::string IssuerFromSignature(const Lines& lines, size_t first, size_t last) {
  for (size_t i = last; i-- > first;) {
    const std::string_view line = lines[i];
    for (std::string_view tm : {"TM. ", "T/M ", "TM "}) {
      if (line.rfind(tm, 0) == 0 && IsUpperCaseLine(line)) {
        return SentenceCaseName(Trim(line.substr(tm.size())));
      }
    }
  }
  return "";
}

// ---------------------------------------------------------------- signer

// Vietnamese family names: a signer's name starts with one. The list is
// the common ones; a name alone on its line under a title needs none.
bool IsFamilyName(std::string_view w) {
  static const std::unordered_set<std::string_view> kNames = {
      "Nguyễn", "Trần",   "Lê",    "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",     "Võ",   "Đặng",
      "Bùi",    "Đỗ",     "Hồ",    "Ngô",  "Dương", "Lý",    "Lâm",  "Đào",    "Đoàn", "Vương",
      "Trịnh",  "Trương", "Đinh",  "Mai",  "Tô",    "Hà",    "Lưu",  "Cao",    "Chu",  "Tạ",
      "Lương",  "Thái",   "Quách", "Kiều", "Phùng", "Triệu", "La",   "Châu",   "Lò",   "Giàng",
      "Tăng",   "Hứa",    "Âu",    "Thân", "Khúc",  "Nông",  "Lục",  "Mạc",    "Y",    "Từ",
      "Diệp",   "Tống",   "Văn",   "Hầu",  "Đồng",  "Ninh",  "Kim",  "Khổng",  "Doãn", "Lại",
      "Giáp",   "Quan",   "Bạch",  "Lữ",   "Ông",   "Cù",    "Đàm",  "Nghiêm", "Tôn",  "Hồng"};
  return kNames.count(w) > 0;
}

// Titles a signature carries ("PHÓ CHỦ TỊCH", "KT. BỘ TRƯỞNG THỨ TRƯỞNG").
bool HasTitleWord(std::string_view upper) {
  // signing for a body or a superior: a title follows, maybe on a line a
  // converter broke ("TM. ỦY BAN NHÂN DÂN CHỦ" / "TỊCH Võ Tấn Đức")
  for (std::string_view m : {"TM. ", "KT. ", "TL. ", "T/M ", "TUQ. "}) {
    if (upper.rfind(m, 0) == 0) return true;
  }
  for (std::string_view t : {"CHỦ TỊCH", "GIÁM ĐỐC", "TRƯỞNG", "THỦ TƯỚNG", "CHỦ NHIỆM", "BÍ THƯ",
                             "CHÁNH ", "THỐNG ĐỐC", "TỔNG KIỂM TOÁN"}) {
    if (upper.find(t) != std::string_view::npos) return true;
  }
  return false;
}

// The signer's own title from the title lines: the last line that is not
// "KT."/"TM."/"TL." (signing for someone); when a converter merged the
// lines, the last title named after those marks.
std::string SignerTitle(std::vector<std::string> title_lines) {
  // "KT. TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN" / "PHÓ CHỦ TỊCH UBND TỈNH": the line
  // under the signing-for mark is the capacity signed in; a line after it
  // is the signer's other post ("KT. BỘ TRƯỞNG," / "CHỦ NHIỆM" continues)
  for (size_t k = title_lines.size(); k-- > 0;) {
    if (title_lines[k].rfind("KT", 0) != 0) continue;
    size_t j = k + 1;
    while (j < title_lines.size() && title_lines[j - 1].back() == ',') ++j;
    if (j + 1 < title_lines.size()) title_lines.resize(j + 1);
    break;
  }
  // the lines joined: a layout may break a title ("PHÓ THỦ" / "TƯỚNG") or
  // merge several ("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG", "TRƯỞNG BAN PHÓ THỦ TƯỚNG");
  // the last title named is the signer's own, with "PHÓ"/"TỔNG" before it
  std::string l;
  for (const std::string& line : title_lines) l += (l.empty() ? "" : " ") + line;
  size_t best = std::string::npos;
  for (std::string_view t :
       {"CHỦ TỊCH", "GIÁM ĐỐC", "THỦ TƯỚNG", "CHỦ NHIỆM", "BÍ THƯ", "VỤ TRƯỞNG", "CỤC TRƯỞNG",
        "THỨ TRƯỞNG", "BỘ TRƯỞNG", "TRƯỞNG BAN", "CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG",
        "CHÁNH THANH TRA", "THỐNG ĐỐC", "TỔNG KIỂM TOÁN"}) {
    const size_t at = l.rfind(t);
    if (at != std::string::npos && (best == std::string::npos || at > best)) best = at;
  }
  if (best == std::string::npos) {
    // another title: the last line that is not "KT."/"TM."/"TL." (signing for)
    for (size_t i = title_lines.size(); i-- > 0;) {
      const std::string& t = title_lines[i];
      const bool marked = t.rfind("KT", 0) == 0 || t.rfind("TM", 0) == 0 ||
                          t.rfind("T/M", 0) == 0 || t.rfind("TL", 0) == 0 ||
                          t.rfind("Q.", 0) == 0 || t.rfind("TUQ", 0) == 0;
      if (!marked) return SentenceCase(t);
    }
    return "";
  }
  for (std::string_view prefix : {"PHÓ ", "TỔNG "}) {
    if (best >= prefix.size() && l.compare(best - prefix.size(), prefix.size(), prefix) == 0) {
      best -= prefix.size();
    }
  }
  return SentenceCase(l.substr(best));
}

// A title's last word broken onto the name's line ("... PHÓ CHỦ" / "VT,
// K15. TỊCH Lâm Hải Giang"): the word that completes it, taken back.
std::vector<std::string> CompleteTitle(std::vector<std::string> title,
                                       const std::vector<std::string>& tail) {
  if (title.empty() || tail.empty()) return title;
  const std::string& line = tail.back();
  const std::string last =
      line.substr(line.rfind(' ') == std::string::npos ? 0 : line.rfind(' ') + 1);
  const std::string& t = title.back();
  const std::string before = t.substr(t.rfind(' ') == std::string::npos ? 0 : t.rfind(' ') + 1);
  for (std::string_view pair :
       {"CHỦ TỊCH", "GIÁM ĐỐC", "THỦ TƯỚNG", "CHỦ NHIỆM", "BÍ THƯ", "VỤ TRƯỞNG", "CỤC TRƯỞNG",
        "THỨ TRƯỞNG", "BỘ TRƯỞNG", "TRƯỞNG BAN", "VĂN PHÒNG"}) {
    if (pair == before + " " + last) {
      title.back() += " " + last;
      break;
    }
  }
  return title;
}

// "NGUYỄN VĂN AN" -> "Nguyễn Văn An" when the line is a person's name: two
// to five words, the first a family name.
std::string NameFromCapitals(std::string_view line) {
  std::vector<std::string> words;
  for (size_t b = 0; b < line.size();) {
    size_t e = line.find(' ', b);
    if (e == std::string_view::npos) e = line.size();
    const std::string_view w = line.substr(b, e - b);
    if (!w.empty()) {
      if (!IsUpperWord(w) || w.find_first_of("0123456789.,;:()/-") != std::string_view::npos)
        return "";
      words.push_back(SentenceCase(w));
    }
    b = e + 1;
  }
  if (words.size() < 2 || words.size() > 5 || !IsFamilyName(words.front())) return "";
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

struct SignerFound {
  size_t line = std::string::npos;
  Signer signer;
};

// The right-hand column of a line a converter laid out in columns: what
// follows its last run of three or more spaces in the source file (the
// normalizer collapsed them to one).
std::string_view LastColumn(const normalizer::NormalizedText& t, Span line, bool* gap) {
  const std::string_view text(t.text);
  size_t from = line.begin;
  for (size_t p = line.begin; p < line.end; ++p) {
    if (text[p] != ' ') continue;
    const Span src = t.map.ToSource({p, p + 1});
    if (src.end - src.begin >= 3) from = p + 1;
  }
  *gap = from != line.begin;
  return Trim(text.substr(from, line.end - from));
}

// A line whose letters a converter spaced one by one ("KT. CHỦ TỊ CH
// Ngu y ễn Hữu Tín"), rejoined cell by cell.
std::string RejoinSpaced(SyllableJoiner* joiner, std::string_view line) {
  std::string out;
  for (size_t b = 0; b <= line.size();) {
    size_t e = line.find('|', b);
    if (e == std::string_view::npos) e = line.size();
    std::vector<std::string> words;
    size_t singles = 0;
    for (size_t w = b; w < e;) {
      while (w < e && line[w] == ' ') ++w;
      size_t x = w;
      while (x < e && line[x] != ' ') ++x;
      if (x > w) {
        words.emplace_back(line.substr(w, x - w));
        singles += LetterCount(words.back()) == 1 && words.back().size() <= 2;
      }
      w = x;
    }
    if (singles >= 3) words = joiner->Join(words);
    for (const std::string& w : words) out += (out.empty() || out.back() == '|' ? "" : " ") + w;
    if (e < line.size()) out += " |";
    b = e + 1;
  }
  return out;
}

// Every title-then-name pair in [first, last): the title in capitals, the
// name 2 to 6 capitalised words ending its cell or line. A name a layout
// broke over lines ("Hoàng Quốc" / "      Khánh") takes the rest from the
// next lines' right-hand column.
std::vector<SignerFound> SignerCandidates(const Lines& lines, const normalizer::NormalizedText& t,
                                          SyllableJoiner* joiner, size_t first, size_t last) {
  std::vector<std::string> rejoined;
  std::vector<std::string_view> texts;
  rejoined.reserve(last - first);
  for (size_t i = first; i < last && i < lines.size(); ++i) {
    rejoined.push_back(RejoinSpaced(joiner, lines[i]));
    texts.push_back(rejoined.back());
  }
  const std::vector<Word> words = WordsOfTexts(texts, first);
  // the capitalised words of a line's right-hand column, if that is all it holds
  auto continuation = [&](size_t line, bool need_gap) -> std::string {
    bool gap = false;
    const std::string_view col = LastColumn(t, lines.spans[line], &gap);
    if (need_gap && !gap) return "";
    std::string out;
    size_t n = 0;
    for (size_t b = 0; b < col.size();) {
      size_t e = col.find(' ', b);
      if (e == std::string_view::npos) e = col.size();
      const std::string_view w = col.substr(b, e - b);
      if (!IsCapitalizedWord(w) || IsFamilyName(w)) return "";
      out += (out.empty() ? "" : " ") + std::string(w);
      ++n;
      b = e + 1;
    }
    return n >= 1 && n <= 2 ? out : "";
  };
  std::vector<SignerFound> out;
  std::vector<std::string> title_lines;
  size_t title_line = std::string::npos;
  // the last run in capitals without a title word: the rest of a title a
  // layout broke ("KT. CHỦ TỊCH PHÓ CHỦ" / "TỊCH Lâm Hải Giang")
  std::vector<std::string> tail_run;
  size_t tail_end = std::string::npos;
  for (size_t i = 0; i < words.size();) {
    // a run of words in capitals: a title when it carries a title word
    if (IsUpperWord(words[i].text) && !words[i].boundary()) {
      size_t e = i;
      std::vector<std::string> run_lines;
      while (e < words.size() && IsUpperWord(words[e].text) && !words[e].boundary()) {
        if (run_lines.empty() || words[e].line != words[e - 1].line) run_lines.emplace_back();
        if (!run_lines.back().empty()) run_lines.back() += ' ';
        run_lines.back() += words[e].text;
        ++e;
      }
      // a name in capitals on the line under the title ("NGUYỄN VĂN AN")
      std::string upper_name;
      if (run_lines.size() >= 2 && !HasTitleWord(run_lines.back())) {
        upper_name = NameFromCapitals(run_lines.back());
        if (!upper_name.empty()) run_lines.pop_back();
      }
      std::string joined;
      for (const std::string& l : run_lines) joined += l + " ";
      tail_run = HasTitleWord(joined) ? std::vector<std::string>{} : run_lines;
      tail_end = e;
      if (HasTitleWord(joined)) {
        title_lines = run_lines;
        title_line = words[e - 1].line;
        if (!upper_name.empty()) {
          out.push_back({words[e - 1].line, {upper_name, SignerTitle(title_lines)}});
          title_line = std::string::npos;
        }
      }
      i = e;
      continue;
    }
    // a name: capitalised words from a cell's or line's start (or right
    // after the title) to its end
    const bool starts =
        i == 0 || words[i - 1].line != words[i].line || words[i - 1].boundary() ||
        IsUpperWord(words[i - 1].text) ||
        std::string_view(";:)").find(words[i - 1].text.back()) != std::string_view::npos;
    size_t e = i;
    while (e < words.size() && e < i + 6 && words[e].line == words[i].line &&
           IsCapitalizedWord(words[e].text)) {
      ++e;
    }
    const bool line_end = e == words.size() || words[e].line != words[i].line;
    const bool ends = line_end || words[e].boundary() || words[e].text.front() == '(';
    const size_t n = e - i;
    // "... - Kiểm toán Nguyễn Xuân" / "...       Phúc": the signature column
    // squeezed against the recipients', its rest after a wide gap below
    const bool squeezed = !starts && line_end && n <= 3 && IsFamilyName(words[i].text) &&
                          title_line != std::string::npos && words[i].line + 1 < last &&
                          !continuation(words[i].line + 1, true).empty();
    if ((starts || squeezed) && ends && n >= 1 && title_line != std::string::npos &&
        words[i].line - title_line <= kNameAfterTitle) {
      const bool alone = (i == 0 || words[i - 1].line != words[i].line) && line_end;
      std::string name;
      for (size_t k = i; k < e; ++k) name += (k > i ? " " : "") + std::string(words[k].text);
      size_t total = n;
      if (line_end && n <= 3 && IsFamilyName(words[i].text)) {
        // the rest of a name broken over lines: the next lines' right column
        for (size_t l = words[i].line + 1, seen = 0; l < last && seen < 3; ++l) {
          if (IsDecoration(lines[l])) continue;
          ++seen;
          const std::string more = continuation(l, false);
          if (!more.empty()) {
            name += " " + more;
            total += 1 + (more.find(' ') != std::string::npos);
            break;
          }
          if (n == 3) break;
        }
      }
      if (total >= 2 &&
          (IsFamilyName(words[i].text) || (alone && words[i].line - title_line <= 4))) {
        SignerFound f;
        f.line = words[i].line;
        f.signer.name = std::move(name);
        f.signer.title = SignerTitle(
            CompleteTitle(title_lines, tail_end == i ? tail_run : std::vector<std::string>{}));
        out.push_back(std::move(f));
        title_line = std::string::npos;  // one name per title
      }
    }
    i = std::max(e, i + 1);
  }
  return out;
}

// The recipients' block: "Nơi nhận:" at a line's or a table cell's start.
size_t FindRecipients(const Lines& lines, size_t first, size_t last) {
  for (size_t i = first; i < last; ++i) {
    const std::string_view line = StripMarks(lines[i]);
    if (line.rfind("Nơi nhận", 0) == 0 || line.rfind("| Nơi nhận", 0) == 0 ||
        line.rfind("|Nơi nhận", 0) == 0) {
      return i;
    }
  }
  return std::string::npos;
}

void ReadRecipients(const Lines& lines, size_t at, size_t last, DocumentIdentity* id) {
  for (size_t i = at + 1; i < last && i < at + kSignatureAfter; ++i) {
    const std::string_view line = lines[i];
    if (line.empty() || line == "|") {
      // the list ends at an empty line, not at the end of a page
      if (!id->recipients.empty() && !lines.page_break(i)) break;
      continue;
    }
    if (line.rfind("-", 0) != 0) break;
    std::string r(Trim(line.substr(1)));
    while (!r.empty() && (r.back() == ';' || r.back() == '.' || r.back() == ',')) r.pop_back();
    id->recipients.push_back(r);
  }
}

// The signature of the document proper: by its recipients' block (the
// first one after the header: an attached document signs after), else at
// the end.
void ReadSignature(const Lines& lines, const normalizer::NormalizedText& t, SyllableJoiner* joiner,
                   size_t body, size_t last, DocumentIdentity* id) {
  const size_t recipients = FindRecipients(lines, body, last);
  size_t from = last > 60 + body ? last - 60 : body, to = last;
  if (recipients != std::string::npos) {
    from = recipients > body + kSignatureBefore ? recipients - kSignatureBefore : body;
    to = std::min(last, recipients + kSignatureAfter);
    ReadRecipients(lines, recipients, last, id);
  }
  std::vector<SignerFound> found = SignerCandidates(lines, t, joiner, from, to);
  // no recipients and no signature at the end (an appendix follows): the
  // first signature of the body
  if (found.empty() && recipients == std::string::npos && from > body) {
    found = SignerCandidates(lines, t, joiner, body, last);
  }
  if (found.empty()) return;
  const SignerFound* pick = &found.front();
  if (recipients != std::string::npos) {
    for (const SignerFound& f : found) {
      pick = &f;
      if (f.line >= recipients) break;
    }
  }
  id->signer = pick->signer;
}

// ---------------------------------------------------------------- chrome

// A legal website's metadata block before the document ("Số hiệu:" /
// "2530/QĐ-TTg", "Người ký:" / "Trần Hồng Hà"): folded label -> value.
std::vector<std::pair<std::string, std::string>> SiteMetadata(const Lines& lines, size_t last) {
  std::vector<std::pair<std::string, std::string>> out;
  for (size_t i = 0; i < last; ++i) {
    const std::string_view line = StripMarks(lines[i]);
    if (!IsSiteLabelLine(line)) continue;
    const size_t colon = line.find(':');
    std::string_view value = Trim(line.substr(colon + 1));
    for (size_t k = i + 1; value.empty() && k < last && k < i + 4; ++k) {
      const std::string_view next = StripMarks(lines[k]);
      if (IsDecoration(next)) continue;
      if (IsSiteLabelLine(next)) break;
      value = next;
    }
    if (!value.empty()) out.emplace_back(normalizer::FoldKey(line.substr(0, colon)), value);
  }
  return out;
}

std::string MetadataValue(const std::vector<std::pair<std::string, std::string>>& meta,
                          std::string_view label) {
  for (const auto& [k, v] : meta) {
    if (k == label) return v;
  }
  return "";
}

// Fields the document's own header left unread, from the site's metadata.
void FillFromMetadata(const Patterns& p, const Lines& lines, size_t first, DocumentIdentity* id) {
  if (first == 0) return;
  const auto meta = SiteMetadata(lines, first);
  if (meta.empty()) return;
  if (!id->code && id->code_partial.empty()) {
    const std::vector<NumberMatch> n = FindNumbers(p, MetadataValue(meta, "so hieu"));
    if (!n.empty()) id->code = n.front().code;
  }
  if (id->type.empty()) {
    const std::string t = MetadataValue(meta, "loai van ban");
    size_t len;
    id->type = std::string(TypeOfWords(t, &len));
  }
  if (id->issued.empty()) {
    const std::string d = MetadataValue(meta, "ngay ban hanh");
    int day = 0, month = 0, year = 0;
    if (std::sscanf(d.c_str(), "%d/%d/%d", &day, &month, &year) == 3 && year > 1900 && month >= 1 &&
        month <= 12 && day >= 1 && day <= 31) {
      id->issued = {year, month, day};
    }
  }
  if (id->signer.name.empty()) id->signer.name = MetadataValue(meta, "nguoi ky");
  if (id->issuer.empty()) id->issuer = MetadataValue(meta, "noi ban hanh");
}

// "(Ban hành kèm theo Kế hoạch số 344/KH-UBND ngày 30/5/2025 ...)": an
// appendix header that names the document it belongs to.
void ReadAppendixNumber(const Patterns& p, std::string_view text, DocumentIdentity* id) {
  re2::StringPiece g[6];
  const re2::StringPiece in(text.data(), text.size());
  if (!p.appendix_own.Match(in, 0, in.size(), RE2::UNANCHORED, g, 6)) return;
  size_t len;
  const std::string_view type = TypeOfWords(std::string_view(g[1].data(), g[1].size()), &len);
  if (!id->type.empty() && type != id->type) return;
  const std::vector<NumberMatch> numbers =
      FindNumbers(p, std::string_view(g[2].data(), g[2].size()));
  if (numbers.empty()) return;
  id->code = numbers.front().code;
  if (id->issued.empty()) {
    id->issued.day = ParseSmallNumber(std::string_view(g[3].data(), g[3].size()));
    id->issued.month = ParseSmallNumber(std::string_view(g[4].data(), g[4].size()));
    id->issued.year = ParseSmallNumber(std::string_view(g[5].data(), g[5].size()));
  }
}

std::string IssuerFromCode(const DocumentIdentity& id) {
  std::string issuer;
  if (id.code) {
    issuer = id.code->issuer;
  } else if (const size_t dash = id.code_partial.find('-'); dash != std::string::npos) {
    issuer = id.code_partial.substr(dash + 1);
    issuer = issuer.substr(0, issuer.find_first_of(".-"));
  }
  const std::string_view name = IssuerName(issuer);
  return name.empty() ? "" : std::string(name);
}

// ---------------------------------------------------------------- header

struct Header {
  size_t end_line = 0;  // the type heading's line, or the first body line
  size_t heading = std::string::npos;
};

// Reads the number, date and issuing body from the header lines
// [first, end) and returns where the header stops.
Header ReadHeader(const Patterns& p, const Gazetteer& gazetteer, const Lines& lines,
                  SyllableJoiner* joiner, size_t first, size_t last, DocumentIdentity* id) {
  Header h;
  h.end_line = std::min(last, first + kHeaderLines);
  for (size_t i = first; i < h.end_line; ++i) {
    if (!TypeHeading(lines[i]).empty()) {
      h.heading = i;
      h.end_line = i;
      break;
    }
    if (i > first && OpensBody(lines[i])) {
      h.end_line = i;
      break;
    }
  }
  std::vector<Word> words = WordsOf(lines, first, h.end_line);
  const size_t motto = MarkMotto(&words);
  const NumberFound number = FindNumberWord(lines, words);
  if (number.word != std::string::npos) {
    const std::vector<NumberMatch> n = FindNumbers(p, number.code);
    if (!n.empty() && n.front().span.begin == 0) {
      id->code = n.front().code;
    } else if (!number.code.empty()) {
      id->code_partial = number.code;
    }
  }
  // the issuing body: the words in capitals just before the number (or the
  // motto), the motto's words aside
  size_t end = number.word != std::string::npos ? number.word : words.size();
  if (number.word == std::string::npos && motto != std::string::npos) end = motto;
  std::vector<std::string> up;
  for (size_t i = end; i-- > 0;) {
    const Word& w = words[i];
    if (w.motto || w.boundary()) continue;
    if (!IsUpperWord(w.text)) break;
    up.emplace_back(w.text);
  }
  std::reverse(up.begin(), up.end());
  if (up.empty() && motto != std::string::npos) {
    // "ĐẢNG CỘNG SẢN VIỆT NAM" above its body ("BAN CHẤP HÀNH TRUNG ƯƠNG"):
    // the words in capitals after the motto
    for (size_t i = motto; i < words.size(); ++i) {
      const Word& w = words[i];
      if (w.motto || w.boundary()) continue;
      std::string_view rest;
      if (!IsUpperWord(w.text) || IsNumberMarker(w.text, &rest)) break;
      up.emplace_back(w.text);
    }
  }
  id->issuer = IssuerFromHeaderWords(gazetteer, joiner, up);
  // place and date: the header text without cell marks
  std::string joined;
  for (const Word& w : words) {
    if (w.boundary() || w.motto) continue;
    joined += joined.empty() ? "" : " ";
    joined += w.text;
  }
  ReadPlaceDate(RejoinSpaced(joiner, joined), &id->issued, &id->place);
  if (h.heading == std::string::npos) {
    // a letter: the type heading may stand after the subject and addressee
    for (size_t i = h.end_line; i < last && i < first + kHeaderLines; ++i) {
      if (!TypeHeading(lines[i]).empty()) {
        h.heading = i;
        break;
      }
      if (OpensBody(lines[i]) && lines[i].rfind("Kính gửi", 0) != 0) break;
    }
  }
  return h;
}

}  // namespace

DocumentIdentity ReadIdentity(const Patterns& patterns, const Gazetteer& gazetteer,
                              const normalizer::NormalizedText& text, size_t* preamble_end,
                              Span* extent) {
  DocumentIdentity id;
  Lines lines{text.text, SplitLines(text.text), &text.map};
  const LineExtent line_extent = DocumentLineExtent(text.text, lines.spans);
  const size_t first = line_extent.first, last = std::max(line_extent.last, first + 1);
  *extent = {
      first < lines.size() ? lines.spans[first].begin : 0,
      line_extent.last < lines.size() ? lines.spans[line_extent.last].begin : text.text.size()};
  *preamble_end = text.text.size();
  for (size_t i = first; i < lines.size(); ++i) {
    if (IsSectionHeading(lines[i])) {
      *preamble_end = lines.spans[i].begin;
      break;
    }
  }
  // the vocabulary for letters spaced one by one: the document's own words
  SyllableJoiner joiner(std::string_view(text.text).substr(0, kVocabularyBytes));
  const Header h = ReadHeader(patterns, gazetteer, lines, &joiner, first, last, &id);
  std::string header_issuer = id.issuer;
  id.issuer.clear();
  if (h.heading != std::string::npos) {
    const std::string type = TypeHeading(lines[h.heading]);
    id.type = type == "QH" ? "Luật" : type;
    ReadTitle(lines, text.lines, h.heading, &id);  // may set the issuer ("CỦA BỘ CHÍNH TRỊ")
  } else {
    ReadSubject(lines, first, std::min(h.end_line + 1, lines.size()), &id);
  }
  if (!header_issuer.empty() && id.issuer.empty()) id.issuer = header_issuer;
  if (id.type.empty() && !id.code_partial.empty()) {
    const size_t slash = id.code_partial.find('/');
    if (slash != std::string::npos) {
      const std::string code =
          id.code_partial.substr(slash + 1, id.code_partial.find('-', slash) - slash - 1);
      id.type = std::string(CanonicalTypeCode(code));
    }
  }
  if (id.type.empty() && id.code) {
    // the number's type segment; official letters carry none ("5973/UBND-KT")
    const std::string_view t = CanonicalTypeCode(id.code->type);
    id.type = !t.empty() ? std::string(t) : id.code->type.empty() ? "CV" : id.code->type;
  }
  if (!id.code) ReadAppendixNumber(patterns, text.text, &id);
  const size_t body_begin = std::min(h.end_line, lines.size());
  ReadSignature(lines, text, &joiner, body_begin, std::min(last, lines.size()), &id);
  FillFromMetadata(patterns, lines, first, &id);
  if (id.issuer.empty()) {
    id.issuer = IssuerFromPreamble(
        gazetteer, std::string_view(text.text).substr(
                       lines.spans[first].begin,
                       *preamble_end - std::min(*preamble_end, lines.spans[first].begin)));
  }
  if (id.issuer.empty())
    id.issuer = IssuerFromSignature(lines, first, std::min(last, lines.size()));
  if (id.issuer.empty()) id.issuer = IssuerFromCode(id);
  if (id.type.empty() && !id.title.empty() && id.title.rfind("V/", 0) == 0) id.type = "CV";
  return id;
}

}  // namespace vanban::extractor::internal
