#include "layout.h"

#include <re2/re2.h>

#include <algorithm>
#include <deque>
#include <map>

#include "agencies.h"

#include "text_util.h"
#include "vanban/normalizer.h"
#include "vanban/utf8.h"

namespace vanban::extractor::internal {

namespace {

bool IsRomanNumeral(std::string_view s) {
  if (s.empty() || s.size() > 5) return false;
  for (char c : s) {
    if (c != 'I' && c != 'V' && c != 'X') return false;
  }
  return true;
}

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Reads the marker at the start of `t` into *n; returns where the text
// after the marker starts (0 without a marker). "Điều 2." counts only
// when `articles` (paragraphs of decisions; table lines never).
size_t ParseMarker(std::string_view t, Numbering* n, bool articles = false) {
  const size_t space = t.find(' ');
  const std::string_view head = t.substr(0, space);
  const std::string_view rest = space == std::string_view::npos ? "" : Trim(t.substr(space));
  auto set = [&](Marker m, std::string label, int level, std::string_view content) -> size_t {
    n->marker = m;
    n->label = std::move(label);
    n->level = level;
    if (content.empty()) return t.size();
    return static_cast<size_t>(content.data() - t.data());
  };
  if ((head == "-" || head == "–") && !rest.empty()) return set(Marker::kDash, "", 12, rest);
  // "•" bullets of word processors (paragraphs only)
  if (articles && head == "•" && !rest.empty()) return set(Marker::kDash, "", 12, rest);
  if (head == "+" && !rest.empty()) return set(Marker::kPlus, "", 13, rest);
  // "B. NHIỆM VỤ": a part above the roman sections
  if (articles && head.size() == 2 && head[1] == '.' && head[0] >= 'A' && head[0] <= 'E' &&
      IsUpperCaseLine(rest)) {
    return set(Marker::kRoman, std::string(1, head[0]), 0, rest);
  }
  if (articles && head == "Điều" && !rest.empty()) {
    // "Điều 2. Giao ...": an article of a decision, at the level of a part
    const size_t end = rest.find_first_of(". ");
    const std::string_view num = rest.substr(0, end);
    if (IsDigits(num) && num.size() <= 3 && end != std::string_view::npos && rest[end] == '.') {
      return set(Marker::kArticle, "Điều " + std::string(num), 1, Trim(rest.substr(end + 1)));
    }
  }
  if (head.size() >= 2 && head.back() == '.' && IsRomanNumeral(head.substr(0, head.size() - 1))) {
    return set(Marker::kRoman, std::string(head.substr(0, head.size() - 1)), 1, rest);
  }
  if (head.size() >= 2 && (head.back() == ')' || head.back() == '.') && head.size() <= 3 &&
      head[0] >= 'a' && head[0] <= 'z' && head.size() == 2) {
    return set(Marker::kLetter, std::string(1, head[0]), 10, rest);
  }
  if (head == "đ)" || head == "đ.") return set(Marker::kLetter, "đ", 10, rest);
  if (head.size() >= 3 && head[0] == '(' && head.find(')') != std::string_view::npos) {
    const std::string_view inner = head.substr(1, head.find(')') - 1);
    if (IsDigits(inner)) return set(Marker::kParen, "(" + std::string(inner) + ")", 11, rest);
  }
  // "1.", "1)", "1.1.", "3.1.3", "1.1"
  std::string_view num = head;
  if (!num.empty() && (num.back() == '.' || num.back() == ')')) num.remove_suffix(1);
  if (num.empty() || rest.empty()) return 0;
  int parts = 1;
  for (char c : num) parts += c == '.';
  size_t b0 = 0;
  for (int p = 0; p < parts; ++p) {
    const size_t e = std::min(num.find('.', b0), num.size());
    if (!IsDigits(num.substr(b0, e - b0)) || e - b0 > 3) return 0;
    b0 = e + 1;
  }
  if (parts == 1 && head.back() != '.' && head.back() != ')') return 0;  // "2026 - 2030"
  return set(Marker::kArabic, std::string(num), 1 + parts, rest);
}

void ParseMarker(Block* b) {
  b->content = b->text.substr(ParseMarker(b->text, b));
}

// Numbers the items in a tree: parents, sections and unique paths. A new
// appendix starts a new tree.
template <class Item>
void NumberItems(std::vector<Item>* items) {
  struct Open {
    int level;
    int item;
  };
  std::vector<Open> stack;
  std::map<std::string, int> used_paths;
  std::map<int, int> bullet_count;  // parent item -> bullets seen
  int section = -1;
  int appendix = 0;
  for (size_t index = 0; index < items->size(); ++index) {
    Item& b = (*items)[index];
    if (b.appendix != appendix) {
      appendix = b.appendix;
      stack.clear();
      section = -1;
    }
    if (b.marker != Marker::kNone) {
      while (!stack.empty() && stack.back().level >= b.level) stack.pop_back();
      b.parent = stack.empty() ? -1 : stack.back().item;
      if (b.marker == Marker::kRoman || b.marker == Marker::kArticle)
        section = static_cast<int>(index);
      std::string label = b.label;
      if (b.marker == Marker::kDash || b.marker == Marker::kPlus) {
        // bullets take the letters Vietnamese lists use (no f, j, w, z)
        static constexpr std::string_view kLetters[] = {"a", "b", "c", "d", "đ", "e", "g", "h",
                                                        "i", "k", "l", "m", "n", "o", "p", "q",
                                                        "r", "s", "t", "u", "v", "x", "y"};
        const int n = bullet_count[b.parent]++;
        label = std::string(kLetters[n % std::size(kLetters)]);
        if (n >= static_cast<int>(std::size(kLetters)))
          label += std::to_string(n / std::size(kLetters));
      }
      std::string base;
      if (b.parent >= 0) base = (*items)[b.parent].path;
      if (b.marker == Marker::kArabic && b.label.find('.') != std::string::npos) {
        // "3.1.3" is a full path below the roman section
        base = section >= 0 ? (*items)[section].label : "";
      }
      if (b.marker == Marker::kRoman || b.marker == Marker::kArticle) base.clear();
      b.path = base.empty() ? label : base + "." + label;
      if (const int seen = used_paths[b.path]++; seen > 0) b.path += "#" + std::to_string(seen + 1);
      if (b.parent >= 0) (*items)[b.parent].has_children = true;
      stack.push_back({b.level, static_cast<int>(index)});
    } else {
      b.parent = stack.empty() ? -1 : stack.back().item;
    }
    b.section = section;
  }
}

int AppendixNumber(std::string_view line) {
  if (line.size() > 40 || (line.rfind("PH", 0) != 0 && line.rfind("Ph", 0) != 0)) return 0;
  const std::string folded = normalizer::FoldKey(line);
  if (folded.rfind("phu luc", 0) != 0 || !IsUpperCaseLine(line)) return 0;
  const std::string_view rest = Trim(std::string_view(folded).substr(7));
  if (rest.empty()) return 1;
  return DigitsValue(rest);  // 0 (no appendix) for anything else or an overflow
}

}  // namespace

std::vector<Block> ReadBlocks(const normalizer::NormalizedText& text) {
  std::vector<Block> blocks;
  int appendix = 0;
  bool closing = false;
  bool blank = false;
  for (size_t li = 0; li < text.lines.size(); ++li) {
    const normalizer::LineHint& h = text.lines[li];
    Block b;
    b.text = Trim(std::string_view(text.text).substr(h.begin, h.end - h.begin));
    if (b.text.empty()) {
      blank = true;
      continue;
    }
    b.after_blank = blank;
    blank = false;
    b.span = {h.begin, h.end};
    b.bold = h.bold || h.starts_bold;
    b.bold_line = h.bold;
    b.upper = IsUpperCaseLine(b.text);
    b.content = b.text;
    if (const int n = AppendixNumber(b.text); n > 0) {
      appendix = n;
      closing = false;
    }
    if ((b.text[0] == 'N' || b.text[0] == 'n') &&
        normalizer::FoldKey(b.text.substr(0, 12)).rfind("noi nhan", 0) == 0) {
      closing = true;
    }
    b.appendix = appendix;
    ParseMarker(&b);
    if (b.marker == Marker::kRoman)
      closing = false;  // a new part (the programme a resolution issues)
    b.closing = closing;
    blocks.push_back(std::move(b));
  }
  NumberItems(&blocks);
  return blocks;
}

namespace {

// A line with no letter or digit ("|", "---", "** **"): a separator.
bool IsSeparator(std::string_view t) {
  for (char c : t) {
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
        static_cast<unsigned char>(c) >= 0x80) {
      return false;
    }
  }
  return true;
}

// A page number alone on its line, left by a PDF conversion.
bool IsPageNumber(std::string_view t) {
  return t.size() <= 3 && IsDigits(t);
}

// True when the line ends a sentence or introduces a list.
bool EndsSentence(std::string_view t) {
  while (!t.empty()) {
    const char c = t.back();
    if (c == '*' || c == ' ' || c == '"' || c == '\'' || c == '_') {
      t.remove_suffix(1);
    } else if (c == ']' && t.rfind('[') != std::string_view::npos && t.size() - t.rfind('[') <= 5) {
      t.remove_suffix(t.size() - t.rfind('['));  // a footnote reference "[2]"
    } else {
      break;
    }
  }
  if (t.empty()) return true;
  const char c = t.back();
  return c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
}

bool EndsWithSemicolon(std::string_view t) {
  t = Trim(t);
  while (!t.empty() && t.back() == '*') t.remove_suffix(1);
  return !t.empty() && t.back() == ';';
}

// The first letter of `t` is a lower-case letter.
bool FirstLetterLower(std::string_view t) {
  for (size_t i = 0; i < t.size() && i < 8; ++i) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    if (c >= 'a' && c <= 'z') return true;
    if (c >= 'A' && c <= 'Z') return false;
    if (c >= 0x80) {
      // a multi-byte letter ("đ", "ủ") is lower when upper-casing changes
      // it; a symbol ("•", "…") has no case
      size_t len;
      const char32_t cp = utf8::Decode(t, i, &len);
      return ToUpperCodePoint(cp) != cp;
    }
    if (c == '(' || c == '"') continue;
    return false;
  }
  return false;
}

// A line in capitals of several words: a heading ("QUYẾT ĐỊNH", "I. MỤC
// ĐÍCH"), not a code ending a wrapped sentence ("36/2025/TT-BNNMT;").
bool Heading(const Block& b) {
  return b.upper && b.text.find(' ') != std::string_view::npos;
}

// How a document breaks its lines, read once from all of them.
struct Wrapping {
  bool blank_separated = false;  // paragraphs are separated by empty lines
  bool hard_wrapped = false;     // sentences run over several lines
  size_t width = 0;              // the length of a full wrapped line
};

Wrapping WrappingOf(const std::vector<Block>& blocks) {
  size_t blanks = 0, lower = 0, plain = 0;
  for (const Block& b : blocks) {
    blanks += b.after_blank;
    if (b.marker == Marker::kNone && !IsSeparator(b.text)) {
      ++plain;
      lower += FirstLetterLower(b.text);
    }
  }
  Wrapping w;
  w.blank_separated = blanks * 3 >= blocks.size() && blocks.size() > 10;
  w.hard_wrapped = plain > 10 && lower * 6 >= plain;
  if (w.hard_wrapped) {
    // three lines in four are shorter than a full one
    std::vector<size_t> lengths;
    for (const Block& b : blocks) lengths.push_back(b.text.size());
    std::nth_element(lengths.begin(), lengths.begin() + lengths.size() * 3 / 4, lengths.end());
    w.width = lengths[lengths.size() * 3 / 4];
  }
  return w;
}

// The line without Markdown residue: "**" bold marks and the backslash of
// escaped punctuation ("a\\)", "II\\." as pandoc writes list markers).
std::string WithoutMarkup(std::string_view t) {
  std::string out;
  out.reserve(t.size());
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '*' && i + 1 < t.size() && t[i + 1] == '*') {
      ++i;
      continue;
    }
    if (t[i] == '\\' && i + 1 < t.size() &&
        std::string_view(".)(-+*[]_#").find(t[i + 1]) != std::string_view::npos) {
      continue;
    }
    out += t[i];
  }
  return out;
}

bool FoldedStartsWith(const std::string& folded, std::string_view prefix) {
  return folded.rfind(prefix, 0) == 0;
}

// Verbs that make a numbered line a sentence, not an agency heading.
constexpr std::string_view kSentenceVerbs[] = {
    " chu tri",    " phoi hop",  " co trach nhiem", " chiu trach nhiem", " to chuc thuc",
    " trien khai", " thuc hien", " lanh dao",       " chi dao",          " khan truong",
    " tiep tuc",   " tap trung", " xay dung ",      " theo doi",         " huong dan"};

}  // namespace

std::string AgencyOfHeading(std::string_view content, const Gazetteer& gazetteer) {
  std::string_view c = Trim(content);
  while (!c.empty() && (c.back() == ':' || c.back() == '.' || c.back() == ' ')) c.remove_suffix(1);
  if (c.empty() || c.size() > 300 || c.find(". ") != std::string_view::npos ||
      c.find(':') != std::string_view::npos) {
    return "";
  }
  const std::string folded = normalizer::FoldKey(c);
  // "Trách nhiệm của X", "Đối với X", "Yêu cầu đối với X": X's duties follow
  for (std::string_view lead :
       {"yeu cau doi voi ", "trach nhiem chung cua ", "trach nhiem cua ", "nhiem vu chung cua ",
        "nhiem vu cua ", "de nghi ", "yeu cau ", "doi voi ", "giao "}) {
    size_t used = 0;
    if (FoldedStartsWith(folded, lead) && StartsWithFolded(c, lead, &used)) {
      c = Trim(c.substr(used));
      break;
    }
  }
  std::string rest = " " + normalizer::FoldKey(c);
  // "Ban Chỉ đạo quốc gia": a board, not the verb "chỉ đạo"
  for (size_t at = rest.find(" ban chi dao"); at != std::string::npos;
       at = rest.find(" ban chi dao", at + 1)) {
    rest.replace(at + 4, 8, "chidao00");
  }
  for (std::string_view verb : kSentenceVerbs) {
    if (rest.find(verb) != std::string::npos) return "";
  }
  // "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban Quản lý ...)": the list;
  // "Văn phòng UBND tỉnh (Trung tâm ...)" stays the office
  if (c.back() == ')' && c.find('(') != std::string_view::npos &&
      normalizer::FoldKey(c.substr(0, 4)) == "cac") {
    const std::string_view inner = c.substr(c.find('(') + 1, c.size() - c.find('(') - 2);
    if (gazetteer.IsAgencyList(inner) && gazetteer.StartsWithHead(inner)) return std::string(inner);
  }
  // "Các nội dung khác", "Các giải pháp": things, not bodies
  const std::string head = normalizer::FoldKey(c.substr(0, std::min<size_t>(c.size(), 24)));
  // "Các đồng chí ...": people, whose offices the sentence names
  for (std::string_view thing :
       {"cac noi dung", "cac nhiem vu", "cac giai phap", "cac chi tieu", "cac van de", "cac du an",
        "cac chuong trinh", "cac hoat dong", "cac dong chi"}) {
    if (head.rfind(thing, 0) == 0) return "";
  }
  return gazetteer.IsAgencyList(c) ? std::string(c) : "";
}

namespace {

// "2.", "I.", "•" alone on its line: its text is on a later line.
bool IsBareMarker(std::string_view t) {
  t = Trim(t);
  Numbering probe;
  return !t.empty() && t.size() <= 8 && t.find(' ') == std::string_view::npos &&
         ParseMarker(std::string(t) + " x", &probe, true) != 0;
}

bool StartsWithMarker(const Block& b) {
  Numbering line;
  return ParseMarker(WithoutMarkup(b.text), &line, /*articles=*/true) != 0;
}

// True when line b goes on the paragraph whose last line is prev.
bool GoesOn(const Block& prev, const Block& b, const Wrapping& wrapping) {
  // "...; " then a lower-case line: clauses of one sentence, not list items
  const bool clause_goes_on = EndsWithSemicolon(prev.text) && FirstLetterLower(b.text);
  const bool breaks = StartsWithMarker(b) || (wrapping.blank_separated && b.after_blank) ||
                      (EndsSentence(prev.text) && !clause_goes_on);
  if (breaks) return false;
  if (FirstLetterLower(b.text)) return true;  // a sentence going on, whatever its markup
  if (Heading(prev) != Heading(b) || prev.bold_line != b.bold_line) return false;
  // a short line before a capital ends its paragraph ("1. Công an tỉnh")
  const bool short_line =
      prev.text.size() * 2 < wrapping.width && !prev.upper && !EndsWithConnector(prev.text);
  return wrapping.blank_separated || (wrapping.hard_wrapped && !short_line);
}

void Append(const Block& b, size_t i, Paragraph* p) {
  p->last = i;
  p->span.end = b.span.end;
  p->text += ' ';
  p->text += WithoutMarkup(b.text);
  p->bold = p->bold && b.bold;
  p->upper = p->upper && b.upper;
}

Paragraph Start(const Block& b, size_t i) {
  Paragraph p;
  p.first = p.last = i;
  p.span = b.span;
  p.text = WithoutMarkup(b.text);
  p.bold = b.bold;
  p.upper = b.upper;
  p.appendix = b.appendix;
  p.closing = b.closing;
  return p;
}

}  // namespace

std::vector<Paragraph> ReadParagraphs(const std::vector<Block>& blocks,
                                      const Gazetteer& gazetteer) {
  const Wrapping wrapping = WrappingOf(blocks);
  std::vector<Paragraph> out;
  bool open = false;  // the paragraph `target` may take the next line
  size_t target = 0;  // the paragraph the next line may go on
  // bare markers ("2.", "•") waiting for their text, in order: a PDF
  // conversion may strand several before the paragraphs they number
  std::deque<size_t> stranded;
  // paragraphs with a lone '|' line on both sides: cells of a flattened table
  std::vector<bool> bar_before, bar_after;
  bool bar = false;
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (IsPageNumber(b.text)) continue;
    if (IsSeparator(b.text)) {
      open = false;
      if (b.text.find('|') != std::string_view::npos) {
        if (!out.empty() && !bar_after.back() && out.back().last + 1 == i) bar_after.back() = true;
        bar = true;
      }
      continue;
    }
    const bool bare = IsBareMarker(WithoutMarkup(b.text));
    Paragraph* last = out.empty() ? nullptr : &out[target];
    const bool same_part = last && last->appendix == b.appendix && last->closing == b.closing;
    // a marker's text starts in capitals: while markers wait, only a line
    // in lower case or after a connector goes on the text before it
    // ("chỉ đạo:" then "xây dựng ...")
    const bool goes_on =
        open && same_part &&
        (stranded.empty() ? GoesOn(blocks[last->last], b, wrapping)
                          : target != stranded.front() &&
                                (FirstLetterLower(b.text) || EndsWithConnector(last->text)));
    if (!bare && StartsWithMarker(b)) stranded.clear();  // a numbered line: they wait no more
    if (!stranded.empty() && !bare && !goes_on) {
      target = stranded.front();  // the text of the first waiting marker
      stranded.pop_front();
      Append(b, i, &out[target]);
    } else if (!bare && goes_on) {
      Append(b, i, last);
    } else {
      out.push_back(Start(b, i));
      bar_before.push_back(bar);
      bar_after.push_back(false);
      target = out.size() - 1;
      if (bare) stranded.push_back(target);
    }
    bar = false;
    open = true;
  }
  // markers and kinds on the joined text
  bool recipients = false;  // inside a "Kính gửi:" list
  bool signature = false;   // just after "KT. CHỦ TỊCH"
  size_t body_start = 0;    // paragraphs before the national motto are page chrome
  for (size_t i = 0; i < out.size() && i < 400; ++i) {
    if (normalizer::FoldKey(out[i].text).find("cong hoa xa hoi chu nghia") != std::string::npos) {
      body_start = i;
      break;
    }
  }
  for (size_t i = 0; i < out.size(); ++i) {
    Paragraph& p = out[i];
    const std::string_view t = Trim(p.text);
    p.text = std::string(t);
    p.content_at = ParseMarker(p.text, &p, /*articles=*/true);
    p.folded = normalizer::FoldKey(p.text);
    const std::string cf = normalizer::FoldKey(p.content());
    if (p.marker != Marker::kDash && p.marker != Marker::kPlus) recipients = false;
    if (i < body_start) {
      p.kind = ParagraphKind::kPreamble;
    } else if (bar_before[i] && bar_after[i]) {
      p.kind = ParagraphKind::kTableCell;
    } else if (p.marker == Marker::kNone && p.text.front() == '(' &&
               (p.text.back() == ')' || p.text.ends_with(").")) &&
               p.text.find(')') >= p.text.size() - 2) {
      p.kind = ParagraphKind::kRemark;
    } else if (p.closing) {
      p.kind = ParagraphKind::kRecipients;
    } else if (FoldedStartsWith(cf, "kinh gui") ||
               (p.text.size() < 400 && cf.find(" kinh gui ") != std::string::npos) ||
               (p.text.size() < 80 && p.text.back() == ':' && cf.size() > 5 &&
                cf.compare(cf.size() - 5, 5, " dien") == 0)) {
      // "Kính gửi:", "THỦ TƯỚNG CHÍNH PHỦ điện:": the addressees follow
      p.kind = ParagraphKind::kRecipients;
      recipients = true;
    } else if (recipients) {
      p.kind = ParagraphKind::kRecipients;
    } else if (FoldedStartsWith(cf, "tren day la") || FoldedStartsWith(cf, "trong qua trinh") ||
               cf.find("chiu trach nhiem thi hanh") != std::string::npos ||
               cf.find("co hieu luc thi hanh") != std::string::npos ||
               cf.find("co hieu luc ke tu ngay") != std::string::npos) {
      p.kind = ParagraphKind::kClosingFormula;
    } else if (p.upper && (FoldedStartsWith(cf, "kt ") || FoldedStartsWith(cf, "tm ") ||
                           FoldedStartsWith(cf, "tl ") || FoldedStartsWith(cf, "q "))) {
      p.kind = ParagraphKind::kSignature;
      signature = true;
      continue;
    } else if (signature && p.text.size() < 60 && !EndsSentence(p.text)) {
      p.kind = ParagraphKind::kSignature;
      continue;
    } else if (p.appendix > 0 && (p.first == 0 || blocks[p.first - 1].appendix != p.appendix)) {
      p.kind = ParagraphKind::kAppendix;
    } else if (p.upper) {
      p.kind = ParagraphKind::kHeading;
    } else if (p.marker != Marker::kNone && p.marker != Marker::kArticle) {
      p.agency = AgencyOfHeading(p.content(), gazetteer);
      if (!p.agency.empty()) p.kind = ParagraphKind::kAgencyHeading;
    } else if (p.marker == Marker::kNone && p.bold && p.text.size() < 150 &&
               !EndsSentence(p.text)) {
      p.kind = ParagraphKind::kHeading;
    }
    signature = false;
  }
  NumberItems(&out);
  return out;
}

std::string ParagraphText(const std::vector<Paragraph>& paragraphs, size_t i, size_t* last) {
  std::string out(paragraphs[i].content());
  size_t j = i + 1;
  // A numbered item takes the plain paragraphs under it, up to the next
  // numbered one or the closing formulas; a plain paragraph stands alone.
  while (paragraphs[i].marker != Marker::kNone && j < paragraphs.size() &&
         paragraphs[j].marker == Marker::kNone && paragraphs[j].kind == ParagraphKind::kBody &&
         paragraphs[j].appendix == paragraphs[i].appendix) {
    out += " ";
    out += paragraphs[j].text;
    ++j;
  }
  if (last) *last = j - 1;
  return out;
}

std::string BlockText(const std::vector<Block>& blocks, size_t i, size_t* last) {
  std::string out(blocks[i].content);
  size_t j = i + 1;
  // An unnumbered paragraph stands alone; a numbered item takes the
  // paragraphs under it, up to the closing formulas of the document.
  auto closes = [](std::string_view t) {
    const std::string f = normalizer::FoldKey(t.substr(0, 24));
    return f.rfind("tren day la", 0) == 0 || f.rfind("noi nhan", 0) == 0;
  };
  while (blocks[i].marker != Marker::kNone && j < blocks.size() &&
         blocks[j].marker == Marker::kNone && !blocks[j].upper && !closes(blocks[j].text) &&
         blocks[j].appendix == blocks[i].appendix) {
    out += " ";
    out += blocks[j].text;
    ++j;
  }
  if (last) *last = j - 1;
  return out;
}

}  // namespace vanban::extractor::internal
