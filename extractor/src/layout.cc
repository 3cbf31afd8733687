#include "layout.h"

#include <re2/re2.h>

#include <map>

#include "text_util.h"
#include "vanban/normalizer.h"

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

// Reads the marker at the start of a line into the block.
void ParseMarker(Block* b) {
  const std::string_view t = b->text;
  const size_t space = t.find(' ');
  const std::string_view head = t.substr(0, space);
  const std::string_view rest = space == std::string_view::npos ? "" : Trim(t.substr(space));
  auto set = [&](Marker m, std::string label, int level, std::string_view content) {
    b->marker = m;
    b->label = std::move(label);
    b->level = level;
    b->content = content;
  };
  if ((head == "-" || head == "–") && !rest.empty()) return set(Marker::kDash, "", 12, rest);
  if (head == "+" && !rest.empty()) return set(Marker::kPlus, "", 13, rest);
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
  if (num.empty() || rest.empty()) return;
  int parts = 1;
  for (char c : num) parts += c == '.';
  size_t b0 = 0;
  for (int p = 0; p < parts; ++p) {
    const size_t e = std::min(num.find('.', b0), num.size());
    if (!IsDigits(num.substr(b0, e - b0)) || e - b0 > 3) return;
    b0 = e + 1;
  }
  if (parts == 1 && head.back() != '.' && head.back() != ')') return;  // "2026 - 2030"
  set(Marker::kArabic, std::string(num), 1 + parts, rest);
}

int AppendixNumber(std::string_view line) {
  if (line.size() > 40 || (line.rfind("PH", 0) != 0 && line.rfind("Ph", 0) != 0)) return 0;
  const std::string folded = normalizer::FoldKey(line);
  if (folded.rfind("phu luc", 0) != 0 || !IsUpperCaseLine(line)) return 0;
  const std::string_view rest = Trim(std::string_view(folded).substr(7));
  if (rest.empty()) return 1;
  if (IsDigits(rest)) return DigitsValue(rest);
  return 0;
}

}  // namespace

std::vector<Block> ReadBlocks(const normalizer::NormalizedText& text) {
  std::vector<Block> blocks;
  struct Open {
    int level;
    int block;
  };
  std::vector<Open> stack;
  std::map<std::string, int> used_paths;
  std::map<int, int> bullet_count;  // parent block -> bullets seen
  int appendix = 0;
  int section = -1;
  bool closing = false;
  for (size_t li = 0; li < text.lines.size(); ++li) {
    const normalizer::LineHint& h = text.lines[li];
    Block b;
    b.text = Trim(std::string_view(text.text).substr(h.begin, h.end - h.begin));
    if (b.text.empty()) continue;
    b.span = {h.begin, h.end};
    b.bold = h.bold || h.starts_bold;
    b.upper = IsUpperCaseLine(b.text);
    b.content = b.text;
    if (const int n = AppendixNumber(b.text); n > 0) {
      appendix = n;
      stack.clear();
      section = -1;
      closing = false;
    }
    if ((b.text[0] == 'N' || b.text[0] == 'n') &&
        normalizer::FoldKey(b.text.substr(0, 12)).rfind("noi nhan", 0) == 0) {
      closing = true;
    }
    b.appendix = appendix;
    b.closing = closing;
    ParseMarker(&b);
    if (b.marker == Marker::kRoman)
      closing = false;  // a new part (the programme a resolution issues)
    b.closing = closing;
    const int index = static_cast<int>(blocks.size());
    if (b.marker != Marker::kNone) {
      while (!stack.empty() && stack.back().level >= b.level) stack.pop_back();
      b.parent = stack.empty() ? -1 : stack.back().block;
      if (b.marker == Marker::kRoman) section = index;
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
      if (b.parent >= 0) base = blocks[b.parent].path;
      if (b.marker == Marker::kArabic && b.label.find('.') != std::string::npos) {
        // "3.1.3" is a full path below the roman section
        base = section >= 0 ? blocks[section].label : "";
      }
      if (b.marker == Marker::kRoman) base.clear();
      b.path = base.empty() ? label : base + "." + label;
      if (const int seen = used_paths[b.path]++; seen > 0) b.path += "#" + std::to_string(seen + 1);
      if (b.parent >= 0) blocks[b.parent].has_children = true;
      stack.push_back({b.level, index});
    } else {
      b.parent = stack.empty() ? -1 : stack.back().block;
    }
    b.section = section;
    blocks.push_back(std::move(b));
  }
  return blocks;
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
