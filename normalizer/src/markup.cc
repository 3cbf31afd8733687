// Rule 5: Markdown and LaTeX residue. The seeds were converted from Word
// through Markdown: '#' marks headings, '**' marks the bold task titles and
// headings, '---' separates the signature, '$\geq 2\%$' is a formula. The
// marks leave the text; what they meant stays as a LineHint.
//
// Emphasis follows CommonMark's flanking rules, so a lone '*' that marks a
// primary lead ("Sở Tài chính*") is text, not markup; a bold span may run
// over several lines of one paragraph (a two-line signature title).
#include <algorithm>
#include <string>
#include <vector>

#include "stages.h"
#include "vanban/utf8.h"

namespace vanban::normalizer::internal {

namespace {

struct Edit {
  size_t begin, end;
  std::string text;  // replacement ("" deletes)
  bool operator<(const Edit& o) const { return begin < o.begin; }
};

struct Line {
  size_t begin, end;     // [begin, end) without the '\n'
  size_t content_begin;  // after heading marks
  uint8_t heading = 0;
  bool rule = false;
  bool bold = false, italic = false, starts_bold = false;
};

struct Delimiter {
  size_t begin, len, line;
};

bool IsPunct(char c) {
  return std::string_view("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").find(c) != std::string_view::npos;
}

// LaTeX commands met in converted documents, as Unicode.
constexpr std::pair<std::string_view, std::string_view> kLatexCommands[] = {
    {"\\geq", "≥"},        {"\\leq", "≤"},   {"\\ge", "≥"},     {"\\le", "≤"},   {"\\neq", "≠"},
    {"\\times", "×"},      {"\\pm", "±"},    {"\\approx", "≈"}, {"\\cdot", "·"}, {"\\div", "÷"},
    {"\\rightarrow", "→"}, {"\\to", "→"},    {"\\%", "%"},      {"\\,", " "},    {"\\;", " "},
    {"\\ ", " "},          {"\\left", ""},   {"\\right", ""},   {"\\text", ""},  {"\\mathrm", ""},
    {"\\mathbf", ""},      {"\\textbf", ""},
};

std::string ConvertLatex(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    bool matched = false;
    if (s[i] == '\\') {
      for (const auto& [cmd, repl] : kLatexCommands) {
        if (s.substr(i, cmd.size()) != cmd) continue;
        const size_t after = i + cmd.size();
        // "\le" must not eat the start of "\left"
        if (std::isalpha(static_cast<unsigned char>(cmd.back())) && after < s.size() &&
            std::isalpha(static_cast<unsigned char>(s[after]))) {
          continue;
        }
        out.append(repl);
        i = after;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    if (s[i] != '{' && s[i] != '}' && s[i] != '^' && s[i] != '_') out.push_back(s[i]);
    ++i;
  }
  // collapse the spaces the commands leave
  std::string collapsed;
  for (char c : out) {
    if (c == ' ' && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed.push_back(c);
  }
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  return collapsed;
}

class MarkupPass {
 public:
  MarkupPass(std::string_view in, NormalizeStats* stats) : in_(in), stats_(stats) {}

  void Analyze() {
    size_t b = 0;
    while (b <= in_.size()) {
      size_t e = in_.find('\n', b);
      if (e == std::string_view::npos) e = in_.size();
      AnalyzeLine(b, e);
      if (e == in_.size()) break;
      b = e + 1;
    }
  }

  void Emit(std::string* out, OffsetMapBuilder* map, std::vector<LineHint>* hints) {
    std::sort(edits_.begin(), edits_.end());
    Emitter emit(in_, out, map);
    size_t pos = 0;
    for (const Edit& e : edits_) {
      if (e.begin < pos) continue;  // overlapping edit (cannot happen; be safe)
      emit.Keep(pos, e.begin);
      if (!e.text.empty()) emit.Put(e.begin, e.end, e.text);
      pos = e.end;
    }
    emit.Keep(pos, in_.size());
    stats_->markup_removed += edits_.size();
    bool after_rule = false;
    for (const Line& l : lines_) {
      LineHint h;
      h.heading_level = l.heading;
      h.bold = l.bold;
      h.italic = l.italic;
      h.starts_bold = l.starts_bold || l.bold;
      h.after_rule = after_rule && l.begin != l.end;
      if (l.rule) {
        after_rule = true;
      } else if (l.begin != l.end) {
        after_rule = false;
      }
      hints->push_back(h);
    }
  }

 private:
  void AnalyzeLine(size_t b, size_t e) {
    Line line{b, e, b};
    const std::string_view text = in_.substr(b, e - b);
    if (text.empty()) stack_.clear();  // a blank line ends the paragraph
    if (IsRule(text)) {
      line.rule = true;
      edits_.push_back({b, e, ""});
      stack_.clear();
      lines_.push_back(line);
      return;
    }
    size_t hashes = 0;
    while (hashes < text.size() && hashes < 7 && text[hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && hashes < text.size() && text[hashes] == ' ') {
      line.heading = static_cast<uint8_t>(hashes);
      line.content_begin = b + hashes + 1;
      edits_.push_back({b, line.content_begin, ""});
    }
    lines_.push_back(line);
    ScanLatex(line.content_begin, e);
    ScanEmphasis(ScanBullet(line.content_begin, e), e);
  }

  static bool IsRule(std::string_view t) {
    if (t.size() < 3) return false;
    const char c = t[0];
    if (c != '-' && c != '*' && c != '_') return false;
    return t.find_first_not_of(c) == std::string_view::npos;
  }

  // "* item" is a Markdown bullet: it becomes "- item", the list marker
  // the rest of the pipeline reads. "*** item:**" lost the space between
  // the bullet and a bold span: a bullet plus an opening "**".
  size_t ScanBullet(size_t b, size_t e) {
    const std::string_view text = in_.substr(b, e - b);
    if (text.size() > 2 && text.compare(0, 2, "* ") == 0) {
      edits_.push_back({b, b + 1, "-"});
      return b + 1;
    }
    if (text.size() > 4 && text.compare(0, 4, "*** ") == 0) {
      edits_.push_back({b, b + 1, "-"});
      stack_.push_back({b + 1, 2, lines_.size() - 1});
      return b + 3;
    }
    return b;
  }

  void ScanLatex(size_t b, size_t e) {
    const std::string_view line = in_.substr(0, e);  // finds stop at the line end
    size_t open = line.find('$', b);
    while (open != std::string_view::npos) {
      const size_t close = line.find('$', open + 1);
      if (close == std::string_view::npos) break;
      const std::string_view inner = in_.substr(open + 1, close - open - 1);
      if (inner.find_first_of("\\^_{") != std::string_view::npos) {
        edits_.push_back({open, close + 1, ConvertLatex(inner)});
        if (edits_.back().text.empty()) edits_.back().text.assign(1, ' ');
        open = line.find('$', close + 1);
      } else {
        open = close;
      }
    }
  }

  void ScanEmphasis(size_t b, size_t e) {
    const std::string_view line = in_.substr(0, e);  // finds stop at the line end
    for (size_t i = line.find('*', b); i < e; i = line.find('*', i)) {
      size_t j = i;
      while (j < e && in_[j] == '*') ++j;
      const char before = i > b ? in_[i - 1] : ' ';
      const char after = j < e ? in_[j] : ' ';
      const bool before_space = before == ' ', after_space = after == ' ';
      const bool left = !after_space && (!IsPunct(after) || before_space || IsPunct(before));
      const bool right = !before_space && (!IsPunct(before) || after_space || IsPunct(after));
      const size_t len = j - i;
      if (right && len <= 3 && TryClose(i, len)) {
        i = j;
        continue;
      }
      if (left && len <= 3) stack_.push_back({i, len, lines_.size() - 1});
      i = j;
    }
  }

  bool TryClose(size_t at, size_t len) {
    for (size_t k = stack_.size(); k-- > 0;) {
      if (stack_[k].len != len) continue;
      const Delimiter open = stack_[k];
      stack_.resize(k);
      edits_.push_back({open.begin, open.begin + len, ""});
      edits_.push_back({at, at + len, ""});
      MarkLines(open, at + len, len);
      return true;
    }
    return false;
  }

  // Records which lines the span [open.begin, close_end) covers whole.
  void MarkLines(const Delimiter& open, size_t close_end, size_t len) {
    const size_t last = lines_.size() - 1;
    for (size_t l = open.line; l <= last; ++l) {
      Line& line = lines_[l];
      const bool from_start = l != open.line || open.begin == line.content_begin;
      const bool to_end = l != last || close_end == line.end;
      if (len >= 2) {
        line.starts_bold |= from_start;
        line.bold |= from_start && to_end;
      }
      if (len != 2) line.italic |= from_start && to_end;
    }
  }

  std::string_view in_;
  NormalizeStats* stats_;
  std::vector<Edit> edits_;
  std::vector<Line> lines_;
  std::vector<Delimiter> stack_;
};

}  // namespace

void MarkupStage(std::string_view in, std::string* out, OffsetMapBuilder* map,
                 std::vector<LineHint>* hints, NormalizeStats* stats) {
  out->clear();
  out->reserve(in.size());
  hints->clear();
  MarkupPass pass(in, stats);
  pass.Analyze();
  pass.Emit(out, map, hints);
}

}  // namespace vanban::normalizer::internal
