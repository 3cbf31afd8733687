// Column-aligned tables: pandoc plain (a dashed ruler under the header),
// w3m (cells centred vertically) and pdftotext -layout (cells at the top,
// the header repeated on every page). The normalizer collapsed the runs of
// spaces, but its offset map still knows them: each line is laid out again
// at the columns it had in the file, then cut at the columns' positions.
#include <algorithm>
#include <array>
#include <cmath>
#include <map>

#include "table_grid.h"
#include "text_util.h"
#include "vanban/normalizer.h"
#include "vanban/utf8.h"

namespace vanban::extractor::internal {

namespace {

constexpr size_t kMaxWidth = 400;  // wider "columns" are a broken map, not a layout

// The line as it stood in the file: its indentation and every run of
// spaces restored from the source offsets.
std::u32string Expand(const normalizer::NormalizedText& t, Span line) {
  std::u32string out;
  if (line.begin >= line.end) return out;
  const OffsetMap& map = t.map;
  size_t indent = 0;
  if (line.begin > 0) {
    const size_t first = map.ToSourceBegin(line.begin), newline = map.ToSourceBegin(line.begin - 1);
    if (first > newline + 1) indent = std::min(first - newline - 1, kMaxWidth);
  }
  out.assign(indent, U' ');
  const std::string_view s = std::string_view(t.text).substr(line.begin, line.end - line.begin);
  size_t i = 0;
  while (i < s.size()) {
    size_t len;
    const char32_t cp = utf8::Decode(s, i, &len);
    if (cp == U' ' && i + 1 < s.size()) {
      const size_t here = map.ToSourceBegin(line.begin + i),
                   next = map.ToSourceBegin(line.begin + i + 1);
      const size_t run = next > here ? std::min(next - here, kMaxWidth) : 1;
      out.append(run, U' ');
    } else {
      out.push_back(cp);
    }
    i += len;
  }
  return out;
}

std::string Utf8(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) utf8::Append(c, &out);
  return std::string(Trim(out));
}

std::u32string_view Slice(const std::u32string& s, size_t b, size_t e) {
  if (b >= s.size()) return {};
  return std::u32string_view(s).substr(b, std::min(e, s.size()) - b);
}

// Words of header cells ("Thời gian thực hiện", "Đơn vị phối hợp", "STT"):
// a line made of these alone is a piece of the header.
bool IsHeaderWord(std::string_view w) {
  static constexpr std::array<std::string_view, 56> kWords = {
      "stt",   "tt",   "so",    "thu",  "tu",  "nhiem", "vu",    "giai", "phap", "noi",
      "dung",  "ten",  "don",   "vi",   "co",  "quan",  "chu",   "tri",  "thuc", "hien",
      "phoi",  "hop",  "thoi",  "gian", "han", "hoan",  "thanh", "tien", "do",   "san",
      "pham",  "dau",  "ra",    "ket",  "qua", "ghi",   "du",    "an",   "chi",  "tieu",
      "cong",  "viec", "trach", "theo", "doi", "nhom",  "thuoc", "hanh", "dong", "va",
      "trung", "uong", "kien",  "cap",  "nam", "linh"};
  if (w.size() <= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return true;  // a footnote mark left in a header ("hành động[1]")
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

bool IsHeaderPiece(std::string_view line) {
  const std::string f = normalizer::FoldKey(line);
  if (f.empty()) return false;
  size_t b = 0;
  while (b < f.size()) {
    size_t e = f.find(' ', b);
    if (e == std::string::npos) e = f.size();
    if (!IsHeaderWord(std::string_view(f).substr(b, e - b))) return false;
    b = e + 1;
  }
  return true;
}

bool HasNumberHeader(std::string_view line) {
  const std::string f = " " + normalizer::FoldKey(line) + " ";
  return f.find(" stt ") != std::string::npos || f.find(" tt ") != std::string::npos;
}

// "----- ----- -----": pandoc's ruler; the dash runs are the columns.
bool RulerColumns(const std::u32string& s, std::vector<size_t>* starts) {
  starts->clear();
  size_t dashes = 0;
  for (size_t x = 0; x < s.size(); ++x) {
    if (s[x] != U'-' && s[x] != U' ') return false;
    if (s[x] == U'-') {
      ++dashes;
      if (x == 0 || s[x - 1] == U' ') starts->push_back(x);
    }
  }
  return starts->size() >= 3 && dashes >= 6;
}

// "Thời gian thực hiện Sản phẩm đầu ra": two header names one space
// apart (narrow columns) are two cells.
void SplitNames(const std::u32string& h, size_t b, size_t e,
                std::vector<std::pair<size_t, size_t>>* cells) {
  Column c;
  for (size_t x = b + 1; x < e; ++x) {
    if (h[x] != U' ') continue;
    if (HeaderColumn(Utf8(Slice(h, b, x)), &c) && HeaderColumn(Utf8(Slice(h, x + 1, e)), &c)) {
      cells->emplace_back(b, x);
      return SplitNames(h, x + 1, e, cells);
    }
  }
  cells->emplace_back(b, e);
}

// The header's cells: runs of words one space apart, merged over the
// header's lines where they overlap, left to right.
std::vector<std::pair<size_t, size_t>> HeaderCells(const std::vector<std::u32string>& header) {
  std::vector<std::pair<size_t, size_t>> cells;
  for (const auto& h : header) {
    size_t x = 0;
    while (x < h.size()) {
      while (x < h.size() && h[x] == U' ') ++x;
      if (x >= h.size()) break;
      const size_t b = x;
      size_t e = x;
      while (x < h.size() && (h[x] != U' ' || (x + 1 < h.size() && h[x + 1] != U' '))) {
        if (h[x] != U' ') e = x + 1;
        ++x;
      }
      SplitNames(h, b, e, &cells);
    }
  }
  std::sort(cells.begin(), cells.end());
  std::vector<std::pair<size_t, size_t>> merged;
  for (const auto& c : cells) {
    if (!merged.empty() && c.first < merged.back().second) {
      merged.back().second = std::max(merged.back().second, c.second);
    } else {
      merged.push_back(c);
    }
  }
  return merged;
}

// The columns of body lines: between two header cells, the position after
// a gutter (a run of positions no line writes in) where most lines start
// a cell.
std::vector<size_t> GutterColumns(const std::vector<std::u32string>& body,
                                  const std::vector<std::u32string>& header) {
  size_t width = 0;
  for (const auto& s : body) width = std::max(width, s.size());
  std::vector<int> occupied(width + 1, 0);
  for (const auto& s : body) {
    for (size_t x = 0; x < s.size(); ++x) occupied[x] += s[x] != U' ';
  }
  size_t left = 0;  // the table's left edge: pandoc indents its tables
  while (left < width && occupied[left] == 0) ++left;
  const int strong = std::max(2, occupied[left] / 2);  // half the rows start a cell there
  // header cells one space apart in narrow columns ("Đơn vị thực Đơn vị
  // phối"): split where the body has a strong gutter between two words
  std::vector<std::pair<size_t, size_t>> cells;
  auto word_gap = [&](size_t x) {
    for (const auto& h : header) {
      if (x - 1 < h.size() && h[x - 1] != U' ') return false;
    }
    return true;
  };
  constexpr int kFewestRows = 4;  // a small table's gutters say too little
  const int inner = std::max(kFewestRows, strong);
  for (auto [b, e] : HeaderCells(header)) {
    for (size_t x = b + 1; x < e && x < width; ++x) {
      if (occupied[x] >= inner && occupied[x - 1] == 0 && word_gap(x)) {
        cells.emplace_back(b, x - 1);
        b = x;
      }
    }
    cells.emplace_back(b, e);
  }
  std::vector<size_t> starts = {left};
  // the row numbers' column, narrow, even under a header cell spanning it
  // and the task ("Nội dung" over "STT" and the text)
  constexpr size_t kNumberWidth = 16;
  for (size_t x = left + 1; x <= left + kNumberWidth && x < width; ++x) {
    if (occupied[x] > 0 && occupied[x - 1] == 0) {
      if (cells.empty() || cells[0].second > x) starts.push_back(x);
      break;
    }
  }
  for (size_t k = 0; k + 1 < cells.size(); ++k) {
    size_t best = 0;
    int support = 0;
    double off_centre = 0;
    // ties go to the boundary that centres the header cell on its left in
    // its column (w3m and Word centre header cells)
    const double centre = (cells[k].first + cells[k].second) / 2.0;
    for (size_t x = std::max(cells[k].second, starts.back() + 1);
         x <= cells[k + 1].first && x < width; ++x) {
      if (x == 0 || occupied[x] == 0 || occupied[x - 1] > 0) continue;
      const double off = std::abs((starts.back() + x) / 2.0 - centre);
      if (occupied[x] > support || (occupied[x] == support && off < off_centre)) {
        best = x;
        support = occupied[x];
        off_centre = off;
      }
    }
    if (support > 0 && best > starts.back()) starts.push_back(best);
  }
  // right of the last header cell: a header shifted left by a cell that
  // spans two columns leaves columns without a header; strong gutters only
  if (!cells.empty()) {
    for (size_t x = std::max(cells.back().second, starts.back() + 1); x < width; ++x) {
      if (occupied[x] >= strong && occupied[x - 1] == 0) starts.push_back(x);
    }
  }
  return starts;
}

std::vector<std::string> Cut(const std::u32string& s, const std::vector<size_t>& starts) {
  std::vector<std::string> cells;
  for (size_t c = 0; c < starts.size(); ++c) {
    const size_t e = c + 1 < starts.size() ? starts[c + 1] : s.size();
    cells.push_back(Utf8(Slice(s, starts[c], e)));
  }
  return cells;
}

// The header's names, one per column; columns the header leaves without a
// name were cut inside a cell ("2026 | - 2030") and join their left one.
std::vector<std::string> NameColumns(const std::vector<std::u32string>& header,
                                     std::vector<size_t>* starts) {
  std::vector<std::string> names(starts->size());
  for (const auto& h : header) {
    const std::vector<std::string> cells = Cut(h, *starts);
    for (size_t c = 0; c < cells.size(); ++c) {
      if (cells[c].empty()) continue;
      if (!names[c].empty()) names[c] += ' ';
      names[c] += cells[c];
    }
  }
  std::vector<size_t> kept;
  std::vector<std::string> kept_names;
  size_t last_named = 0;
  for (size_t c = 0; c < names.size(); ++c) {
    if (!names[c].empty()) last_named = c;
  }
  for (size_t c = 0; c < names.size(); ++c) {
    // unnamed columns right of the header stay: the header is a cell short
    if (names[c].empty() && !kept.empty() && c < last_named) continue;
    kept.push_back((*starts)[c]);
    kept_names.push_back(names[c]);
  }
  *starts = std::move(kept);
  return kept_names;
}

struct Line {
  std::u32string wide;
  size_t index = 0;  // in the lines
  size_t page = 0;   // pdftotext starts each page with a blank line
};

bool IsNumbered(const Line& l, const std::vector<size_t>& starts) {
  if (starts.size() < 2) return false;
  std::string label;
  return ParseRowNumber(Utf8(Slice(l.wide, 0, starts[1])), &label);
}

// w3m centres each cell in its row, so a row's number stands on its middle
// line: a row has as many lines above its number as below it, or one more
// below. Several splits of the lines between two numbers fit that; the one
// chosen starts the fewest rows on a line that carries on a sentence
// (`carries_on`: its first cell starts in lower case).
std::vector<size_t> CentredRowStarts(const std::vector<size_t>& numbers,
                                     const std::vector<bool>& carries_on,
                                     const std::vector<bool>& starts_sentence, size_t end) {
  const size_t n = numbers.size();
  std::vector<size_t> starts(n);
  if (n == 0) return starts;
  constexpr int kNone = 1 << 29;
  // cost[r][a]: the best cost with `a` lines above row r's number; from[r][a]
  // the row above's count on that path
  std::vector<std::vector<int>> cost(n);
  std::vector<std::vector<size_t>> from(n);
  // a row starting mid-sentence costs; a row going on with a new sentence
  // costs too, which starting a row there saves
  auto start_cost = [&](size_t r, size_t a) {
    const size_t k = numbers[r] - a;
    return (carries_on[k] ? 1 : 0) - (starts_sentence[k] ? 1 : 0);
  };
  cost[0].assign(numbers[0] + 1, kNone);
  from[0].assign(numbers[0] + 1, 0);
  cost[0][numbers[0]] = start_cost(0, numbers[0]);
  for (size_t r = 0; r + 1 < n; ++r) {
    const size_t gap = numbers[r + 1] - numbers[r] - 1;
    cost[r + 1].assign(gap + 1, kNone);
    from[r + 1].assign(gap + 1, 0);
    for (size_t a = 0; a < cost[r].size(); ++a) {
      if (cost[r][a] >= kNone) continue;
      for (size_t below : {a, a + 1}) {
        if (below > gap) continue;
        const size_t next = gap - below;
        const int c = cost[r][a] + start_cost(r + 1, next);
        if (c < cost[r + 1][next]) {
          cost[r + 1][next] = c;
          from[r + 1][next] = a;
        }
      }
    }
  }
  // the last row ends where the table does, or as near as it can
  const size_t tail = end - numbers[n - 1] - 1;
  size_t best = 0;
  long best_key = -1;
  for (size_t a = 0; a < cost[n - 1].size(); ++a) {
    if (cost[n - 1][a] >= kNone) continue;
    const size_t miss =
        std::min(tail > a ? tail - a : a - tail, tail > a + 1 ? tail - a - 1 : a + 1 - tail);
    const long key = static_cast<long>(miss) * 1000 + cost[n - 1][a];
    if (best_key < 0 || key < best_key) {
      best_key = key;
      best = a;
    }
  }
  size_t a = best;
  for (size_t r = n; r-- > 0;) {
    starts[r] = numbers[r] - a;
    a = from[r][a];
  }
  return starts;
}

class AlignedReader {
 public:
  AlignedReader(const normalizer::NormalizedText& text, const std::vector<TextLine>& lines)
      : text_(text), lines_(lines) {}

  bool Read(size_t at, Grid* grid) {
    if (!FindHeader(at)) return false;
    Body();
    if (body_.empty() || starts_.size() < 3) return false;
    grid->header = names_;
    grid->first_line = header_first_;
    grid->end_line = end_;
    Rows(grid);
    return !grid->rows.empty();
  }

 private:
  Line Wide(size_t i) const { return {Expand(text_, lines_[i].span), i}; }

  // The header: the "STT" line with the header pieces above and below it,
  // and pandoc's ruler under it when there is one.
  bool FindHeader(size_t at) {
    if (!MayStartAligned(lines_[at].text)) return false;
    size_t first = at;
    while (first > 0 && at - first < kHeaderPiecesAbove && IsHeaderPiece(lines_[first - 1].text))
      --first;
    size_t last = at + 1;
    while (last < lines_.size() && last - at <= 4) {
      const Line w = Wide(last);
      std::vector<size_t> ruler;
      if (RulerColumns(w.wide, &ruler)) {
        ruler_ = true;
        starts_ = ruler;
        ++last;
        break;
      }
      if (!IsHeaderPiece(lines_[last].text)) break;
      ++last;
    }
    header_first_ = first;
    body_first_ = last;
    for (size_t i = first; i < last; ++i) {
      Line w = Wide(i);
      std::vector<size_t> r;
      if (!RulerColumns(w.wide, &r)) header_.push_back(std::move(w.wide));
    }
    return !header_.empty() && HeaderCells(header_).size() >= 3;
  }

  // The body: up to a line that ends the table, a blank line that is not
  // between rows or pages, or a new header. A page of pdftotext -layout
  // sets its columns a little apart from the page before: each page gets
  // its own, found near the first page's.
  void Body() {
    size_t blank = 0, page = 0;
    bool feed = false;  // the blank lines hold a page break
    for (size_t i = body_first_; i < lines_.size(); ++i) {
      const std::string_view t = lines_[i].text;
      if (t.empty()) {
        feed |= IsPageBreak(text_.text, text_.map, lines_[i].span);
        if (++blank >= 2 && !feed) break;
        continue;
      }
      const std::string folded = normalizer::FoldKey(t.substr(0, 24));
      if (folded.rfind("noi nhan", 0) == 0 || folded.rfind("phu luc", 0) == 0) break;
      Line w = Wide(i);
      if (blank > 0 && !ruler_) {
        if (!Continues(w) && !(feed && RowsFollow(i))) break;
        page += feed;
      }
      if (feed) page_top_ = body_.size();
      feed = false;
      // a header after rows: the same table's on a page it has just begun
      // (its columns a little apart), else the next table
      if (!body_.empty() && MayStartAligned(t)) {
        if (page == 0 || page_top_ == std::string::npos || body_.size() - page_top_ > kHeaderLines)
          return LeaveNextHeader(i);
        i = PageHeader(i, page);
        blank = 0;
        continue;
      }
      blank = 0;
      w.page = page;
      body_.push_back(std::move(w));
    }
    Columns(page);
  }

  // The next table's header starts at line `i`: the pieces of it above
  // (as FindHeader takes them) are its lines, not rows of this table.
  void LeaveNextHeader(size_t i) {
    size_t first = i;
    while (first > 0 && i - first < kHeaderPiecesAbove && IsHeaderPiece(lines_[first - 1].text))
      --first;
    while (!body_.empty() && body_.back().index >= first) body_.pop_back();
    Columns(body_.empty() ? 0 : body_.back().page);
  }

  // The columns of each page, and the header's names.
  void Columns(size_t page) {
    end_ = body_.empty() ? body_first_ : body_.back().index + 1;
    pages_.assign(page + 1, starts_);
    if (!ruler_) {
      pages_[0] = GutterColumns(PageLines(0), header_);
      names_ = NameColumns(header_, &pages_[0]);
      for (size_t p = 1; p <= page; ++p) {
        std::vector<size_t> own;
        if (const auto h = page_headers_.find(p); h != page_headers_.end()) {
          own = GutterColumns(PageLines(p), h->second);
          if (NameColumns(h->second, &own).size() != names_.size()) own.clear();
        }
        pages_[p] = own.empty() ? NearColumns(PageLines(p), pages_[p - 1]) : own;
      }
    } else {
      names_ = NameColumns(header_, &pages_[0]);
    }
    starts_ = pages_[0];
  }

  // The header repeated at the top of page `page`: the pieces already
  // taken as rows, the line at `i` and the pieces under it. Returns the
  // header's last line.
  size_t PageHeader(size_t i, size_t page) {
    std::vector<std::u32string>& header = page_headers_[page];
    std::vector<std::u32string> above;
    while (body_.size() > page_top_ && IsHeaderPiece(lines_[body_.back().index].text)) {
      above.insert(above.begin(), body_.back().wide);
      body_.pop_back();
    }
    header = std::move(above);
    header.push_back(Wide(i).wide);
    while (i + 1 < lines_.size() && IsHeaderPiece(lines_[i + 1].text) &&
           !MayStartAligned(lines_[i + 1].text)) {
      header.push_back(Wide(++i).wide);
    }
    return i;
  }

  std::vector<std::u32string> PageLines(size_t page) const {
    std::vector<std::u32string> wides;
    for (const Line& l : body_) {
      if (l.page == page && !MayStartAligned(lines_[l.index].text)) wides.push_back(l.wide);
    }
    return wides;
  }

  // The columns of a page: each near where the page before had it.
  static std::vector<size_t> NearColumns(const std::vector<std::u32string>& page,
                                         const std::vector<size_t>& before) {
    size_t width = 0;
    for (const auto& s : page) width = std::max(width, s.size());
    std::vector<int> occupied(width + 1, 0);
    for (const auto& s : page) {
      for (size_t x = 0; x < s.size(); ++x) occupied[x] += s[x] != U' ';
    }
    constexpr size_t kDrift = 4;
    std::vector<size_t> starts;
    for (size_t c = 0; c < before.size(); ++c) {
      const size_t b = before[c];
      size_t best = b;
      int support = 0;
      // the same column when no line of this page writes across it
      if (c == 0 || b >= width || occupied[b - 1] == 0) {
        starts.push_back(starts.empty() || b > starts.back() ? b : starts.back() + 1);
        continue;
      }
      for (size_t x = b > kDrift ? b - kDrift : 1; x <= b + kDrift && x < width; ++x) {
        if (occupied[x] > support && occupied[x - 1] == 0 &&
            (starts.empty() || x > starts.back())) {
          best = x;
          support = occupied[x];
        }
      }
      if (c == 0) best = std::min(best, b);
      starts.push_back(starts.empty() || best > starts.back() ? best : starts.back() + 1);
    }
    return starts;
  }

  // After a page break, the table goes on when a row number stands at its
  // left edge within the next lines.
  bool RowsFollow(size_t i) const {
    constexpr size_t kLook = 60;
    std::string label;
    for (size_t k = i; k < lines_.size() && k < i + kLook; ++k) {
      const std::string_view t = lines_[k].text;
      if (t.empty()) return false;
      if (ParseRowNumber(t.substr(0, t.find(' ')), &label)) return true;
      if (k < i + kHeaderLines && MayStartAligned(t)) return true;  // the header again
    }
    return false;
  }

  // After a blank line the table goes on with a row or a repeated header.
  bool Continues(const Line& w) const {
    if (HasNumberHeader(lines_[w.index].text) && IsHeaderPiece(lines_[w.index].text)) return true;
    std::string label;
    const std::string_view t = lines_[w.index].text;
    return ParseRowNumber(t.substr(0, t.find(' ')), &label);
  }

  void Rows(Grid* grid) {
    // lines that repeat the header on a new page are not rows
    std::vector<const Line*> rows_lines;
    for (const Line& l : body_) {
      if (MayStartAligned(lines_[l.index].text)) continue;
      rows_lines.push_back(&l);
    }
    DropRepeatedGroupRows(&rows_lines);
    std::vector<size_t> numbers;  // positions in rows_lines
    // a row's text cut mid-sentence on its number's line: the cells are
    // centred (w3m), the number stands on the row's middle line
    int lower = 0;
    for (size_t k = 0; k < rows_lines.size(); ++k) {
      if (!IsNumbered(*rows_lines[k], pages_[rows_lines[k]->page])) continue;
      numbers.push_back(k);
      const std::vector<std::string> cells = Cut(rows_lines[k]->wide, pages_[rows_lines[k]->page]);
      if (cells.size() < 2 || cells[1].empty()) continue;
      size_t len;
      const char32_t cp = utf8::Decode(cells[1], 0, &len);
      lower += ToUpperCodePoint(cp) != cp;
    }
    if (numbers.empty()) return;
    const bool centred = !ruler_ && lower >= 2 && lower * 10 >= static_cast<int>(numbers.size());
    std::vector<bool> carries_on(rows_lines.size(), false);
    std::vector<bool> starts_sentence(rows_lines.size(), false);
    if (centred) {
      // a task's text in capitals under a line of text: a new task
      std::string above;
      for (size_t k = 0; k < rows_lines.size(); ++k) {
        const std::vector<std::string> cut = Cut(rows_lines[k]->wide, starts_);
        const std::string title = cut.size() > 1 ? cut[1] : "";
        if (!title.empty() && !above.empty()) {
          size_t len;
          const char32_t cp = utf8::Decode(title, 0, &len);
          starts_sentence[k] = ToLowerCodePoint(cp) != cp;
        }
        above = title;
      }
      for (size_t k = 0; k < rows_lines.size(); ++k) {
        for (const std::string& cell : Cut(rows_lines[k]->wide, starts_)) {
          if (cell.empty()) continue;
          size_t len;
          const char32_t cp = utf8::Decode(cell, 0, &len);
          carries_on[k] = ToUpperCodePoint(cp) != cp || (cp >= U'0' && cp <= U'9');
          break;
        }
      }
    }
    std::vector<size_t> row_starts =
        centred ? CentredRowStarts(numbers, carries_on, starts_sentence, rows_lines.size())
                : numbers;
    if (!centred) row_starts[0] = std::min<size_t>(row_starts[0], numbers[0]);
    for (size_t r = 0; r < row_starts.size(); ++r) {
      const size_t b = r == 0 && !centred ? numbers[0] : row_starts[r];
      const size_t e = r + 1 < row_starts.size() ? row_starts[r + 1] : rows_lines.size();
      GridRow row;
      row.cells.assign(starts_.size(), "");
      row.first_line = rows_lines[b]->index;
      row.span = {lines_[rows_lines[b]->index].span.begin,
                  lines_[rows_lines[e - 1]->index].span.end};
      for (size_t k = b; k < e; ++k) {
        const std::vector<std::string> cells =
            Cut(rows_lines[k]->wide, pages_[rows_lines[k]->page]);
        for (size_t c = 0; c < cells.size() && c < row.cells.size(); ++c) {
          if (cells[c].empty()) continue;
          if (!row.cells[c].empty()) row.cells[c] += '\n';
          row.cells[c] += cells[c];
        }
      }
      grid->rows.push_back(std::move(row));
    }
  }

  // A page of pdftotext -layout that repeats a group row at its top (Word
  // repeats a table's heading rows, and pandoc took the group row for the
  // heading): those lines are not rows, and the lines under them go on
  // with the row the page before left open.
  void DropRepeatedGroupRows(std::vector<const Line*>* rows_lines) const {
    std::vector<std::string> seen;
    std::vector<bool> drop(rows_lines->size(), false);
    size_t page_top = 0;
    bool first_on_page = true;
    for (size_t k = 0; k < rows_lines->size(); ++k) {
      const Line& l = *(*rows_lines)[k];
      if (k > 0 && l.page != (*rows_lines)[k - 1]->page) {
        page_top = k;
        first_on_page = true;
      }
      const std::vector<size_t>& starts = pages_[l.page];
      if (!IsNumbered(l, starts)) continue;
      const std::vector<std::string> cells = Cut(l.wide, starts);
      std::string label;
      ParseRowNumber(cells[0], &label);
      const bool group =
          label.size() <= 4 && label.find_first_of("0123456789") == std::string::npos;
      const bool repeated = std::find(seen.begin(), seen.end(), label) != seen.end();
      if (first_on_page && l.page > 0 && group && repeated && cells.size() > 1 &&
          IsUpperCaseLine(cells[1])) {
        for (size_t d = page_top; d <= k; ++d) drop[d] = true;
      }
      if (group) seen.push_back(label);
      first_on_page = false;
    }
    size_t out = 0;
    for (size_t k = 0; k < rows_lines->size(); ++k) {
      if (!drop[k]) (*rows_lines)[out++] = (*rows_lines)[k];
    }
    rows_lines->resize(out);
  }

  const normalizer::NormalizedText& text_;
  const std::vector<TextLine>& lines_;
  std::vector<std::u32string> header_;
  std::vector<Line> body_;
  std::vector<size_t> starts_;
  std::vector<std::vector<size_t>> pages_;                      // the columns of each page
  std::map<size_t, std::vector<std::u32string>> page_headers_;  // headers repeated on pages
  size_t page_top_ = std::string::npos;            // the first body line of the current page
  static constexpr size_t kHeaderLines = 6;        // a repeated header sits this near a page's top
  static constexpr size_t kHeaderPiecesAbove = 3;  // header lines above its "STT" line
  std::vector<std::string> names_;
  size_t header_first_ = 0, body_first_ = 0, end_ = 0;
  bool ruler_ = false;
};

}  // namespace

bool MayStartAligned(std::string_view line) {
  // every line of every document comes here: most leave before a fold
  constexpr size_t kMaxHeaderLine = 400;
  if (line.empty() || line.size() > kMaxHeaderLine) return false;
  const bool tt = line.find("TT") != std::string_view::npos ||
                  line.find("Stt") != std::string_view::npos ||
                  line.find("stt") != std::string_view::npos;
  if (!tt && !IsHeaderWord(normalizer::FoldKey(line.substr(0, line.find(' '))))) return false;
  if (!IsHeaderPiece(line)) return tt && HasNumberHeader(line);
  if (HasNumberHeader(line)) return true;
  // header words alone can be a piece of text ("đổi số và công"): a header
  // line names at least two columns
  const std::string f = " " + normalizer::FoldKey(line) + " ";
  int names = 0;
  for (std::string_view key :
       {" don vi ", " co quan ", " thoi gian ", " thoi han ", " noi dung ", " nhiem vu ",
        " san pham ", " phoi hop ", " chu tri ", " ket qua "}) {
    names += f.find(key) != std::string::npos;
  }
  return names >= 2;
}

bool ReadAligned(const normalizer::NormalizedText& text, const std::vector<TextLine>& lines,
                 size_t at, Grid* grid) {
  if (at >= lines.size()) return false;
  return AlignedReader(text, lines).Read(at, grid);
}

}  // namespace vanban::extractor::internal
