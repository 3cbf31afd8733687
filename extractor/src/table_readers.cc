#include <algorithm>

#include "table_grid.h"
#include "text_util.h"
#include "vanban/normalizer.h"
#include "vanban/utf8.h"

namespace vanban::extractor::internal {

namespace {

bool IsBar(const TextLine& l) {
  return l.text == "|";
}

std::string JoinLines(const std::vector<std::string_view>& parts) {
  std::string out;
  for (std::string_view p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += '\n';
    out += p;
  }
  return out;
}

// At least two cells name a column: the row is a header.
bool LooksLikeHeader(const std::vector<std::string>& cells) {
  int named = 0;
  for (const std::string& c : cells) {
    Column col;
    named += HeaderColumn(c, &col) || IsNumberHeader(c);
  }
  return named >= 2;
}

// The header may follow up to four group rows that open a part of the
// table ("I. NHIỆM VỤ CHUNG" above "STT | Nội dung | ..."); those rows stay
// rows of the grid. False when none of them is a header.
bool TakeHeader(std::vector<GridRow> rows, size_t first_line, size_t end_line, Grid* grid) {
  constexpr size_t kGroupRowsBeforeHeader = 4;
  size_t h = 0;
  while (h < rows.size() && h < kGroupRowsBeforeHeader && !LooksLikeHeader(rows[h].cells)) ++h;
  if (h >= rows.size() || !LooksLikeHeader(rows[h].cells)) return false;
  grid->header = rows[h].cells;
  grid->rows.clear();
  for (size_t r = 0; r < rows.size(); ++r) {
    if (r != h) grid->rows.push_back(std::move(rows[r]));
  }
  grid->first_line = first_line;
  grid->end_line = end_line;
  return true;
}

// Lines that end a table whatever its family: the recipients, a new appendix.
bool EndsTable(std::string_view line) {
  const std::string folded = normalizer::FoldKey(line.substr(0, 24));
  return folded.rfind("noi nhan", 0) == 0 || folded.rfind("phu luc", 0) == 0;
}

}  // namespace

bool ReadPipeLines(const std::vector<TextLine>& lines, size_t at, Grid* grid) {
  if (at >= lines.size() || !IsBar(lines[at])) return false;
  std::vector<GridRow> rows(1);
  std::vector<std::string_view> cell;
  rows.back().first_line = at;
  rows.back().span = lines[at].span;
  size_t width = 0;  // the header's cells, once it is read
  size_t i = at + 1, end = at + 1;
  while (i < lines.size()) {
    const TextLine& l = lines[i];
    if (!IsBar(l)) {
      if (l.text.empty()) {
        ++i;
        continue;
      }
      if (cell.empty() && EndsTable(l.text)) break;  // "| PHỤ LỤC II": a layout cell
      cell.push_back(l.text);
      rows.back().span.end = l.span.end;
      ++i;
      continue;
    }
    // a '|' closes the open cell; more of them in a row are empty cells
    // and, from two on, the end of the row and the start of the next
    rows.back().cells.push_back(JoinLines(cell));
    cell.clear();
    size_t bars = 1;
    while (i + bars < lines.size() && IsBar(lines[i + bars])) ++bars;
    rows.back().span.end = lines[i + bars - 1].span.end;
    end = i + bars;
    size_t next = i + bars;
    while (next < lines.size() && lines[next].text.empty()) ++next;
    const bool blank_after = next > i + bars;
    const bool last =
        next >= lines.size() || (blank_after && !IsBar(lines[next])) || EndsTable(lines[next].text);
    if (bars >= 2 || last) {
      if (width == 0) width = rows.back().cells.size();
      // empty cells close this row when there are enough to fill it; fewer
      // open the next (a group row spans the width in one cell)
      size_t empties = bars >= 2 ? bars - 2 : 0;
      const size_t missing =
          width > rows.back().cells.size() ? width - rows.back().cells.size() : 0;
      if (empties >= missing) {
        rows.back().cells.resize(rows.back().cells.size() + missing);
        empties -= missing;
      }
      if (last) break;
      rows.emplace_back();
      rows.back().first_line = i + bars - 1;
      rows.back().span = lines[i + bars - 1].span;
      rows.back().cells.assign(empties, "");  // empty cells opening the next row
    } else if (blank_after && IsBar(lines[next])) {
      // a table broken by blank lines goes on with its next row
      rows.emplace_back();
      rows.back().first_line = next;
      rows.back().span = lines[next].span;
      i = next + 1;
      continue;
    }
    i = next;
  }
  std::erase_if(rows, [](const GridRow& r) {
    return std::all_of(r.cells.begin(), r.cells.end(),
                       [](const std::string& c) { return c.empty(); });
  });
  if (rows.empty() || !LooksLikeHeader(rows[0].cells)) return false;
  grid->header = rows[0].cells;
  grid->rows.assign(rows.begin() + 1, rows.end());
  grid->first_line = at;
  grid->end_line = end;
  return true;
}

namespace {

// The cells of one pipe-table line: "| a | b \| c | d<br>e |".
std::vector<std::string> PipeCells(std::string_view line) {
  std::vector<std::string> cells;
  std::string cell;
  size_t i = line.front() == '|' ? 1 : 0;
  for (; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
      cell += '|';
      ++i;
    } else if (c == '|') {
      cells.emplace_back(Trim(cell));
      cell.clear();
    } else if (c == '<' && (line.substr(i, 4) == "<br>" || line.substr(i, 5) == "<br/>" ||
                            line.substr(i, 6) == "<br />")) {
      cell += '\n';
      i = line.find('>', i);
    } else {
      cell += c;
    }
  }
  if (!Trim(cell).empty()) cells.emplace_back(Trim(cell));
  return cells;
}

bool IsDelimiterRow(const std::vector<std::string>& cells) {
  return !cells.empty() && std::all_of(cells.begin(), cells.end(), [](const std::string& c) {
    return !c.empty() && c.find_first_not_of(":-") == std::string::npos;
  });
}

bool IsPipeLine(std::string_view t) {
  return t.size() >= 3 && t.front() == '|' && t.back() == '|' &&
         std::count(t.begin(), t.end(), '|') >= 3;
}

}  // namespace

bool ReadPipeTable(const std::vector<TextLine>& lines, size_t at, Grid* grid) {
  if (at >= lines.size() || !IsPipeLine(lines[at].text)) return false;
  std::vector<GridRow> rows;
  size_t i = at;
  for (; i < lines.size() && IsPipeLine(lines[i].text); ++i) {
    std::vector<std::string> cells = PipeCells(lines[i].text);
    if (IsDelimiterRow(cells)) continue;
    GridRow row;
    row.cells = std::move(cells);
    row.span = lines[i].span;
    row.first_line = i;
    rows.push_back(std::move(row));
  }
  return TakeHeader(std::move(rows), at, i, grid);
}

namespace {

bool IsRowStart(const TextLine& l) {
  std::string label;
  return ParseRowNumber(l.text, &label);
}

// A line that carries on the cell above it rather than starting the next:
// an item of a list, a lower-case start, after a colon or comma.
bool Continues(std::string_view line, std::string_view above) {
  if (line.empty()) return false;
  if (line.starts_with("- ") || line.starts_with("+ ") || line.starts_with("• ")) return true;
  if (above.ends_with(":") || above.ends_with(",")) return true;
  size_t len;
  const char32_t cp = utf8::Decode(line, 0, &len);
  return ToUpperCodePoint(cp) != cp;
}

// Two header cells, one per line.
bool IsHeaderLine(const std::vector<TextLine>& lines, size_t i) {
  Column c;
  return i + 1 < lines.size() &&
         (HeaderColumn(lines[i].text, &c) || IsNumberHeader(lines[i].text)) &&
         HeaderColumn(lines[i + 1].text, &c);
}

}  // namespace

bool ReadCellLines(const std::vector<TextLine>& lines, size_t at, Grid* grid) {
  if (at >= lines.size() || !IsNumberHeader(lines[at].text)) return false;
  size_t i = at;
  grid->header.clear();
  grid->header.emplace_back(lines[i++].text);
  Column c;
  while (i < lines.size() && HeaderColumn(lines[i].text, &c))
    grid->header.emplace_back(lines[i++].text);
  const size_t n = grid->header.size();
  if (n < 3) return false;
  bool blanks = false;
  while (i < lines.size() && !EndsTable(lines[i].text)) {
    // the header again (after a page break, or over a part of the table
    // that group rows opened): its cells, then blank lines up to a row
    if (!IsRowStart(lines[i]) && IsHeaderLine(lines, i)) {
      size_t j = i;
      while (j < lines.size() && (HeaderColumn(lines[j].text, &c) || IsNumberHeader(lines[j].text)))
        ++j;
      while (j < lines.size() && lines[j].text.empty()) ++j;
      if (j >= lines.size() || !IsRowStart(lines[j])) break;
      i = j;
    }
    if (!IsRowStart(lines[i])) break;
    const size_t start = i++;
    std::vector<std::string_view> body;
    // the row's own lines, then lines that carry on its last cells; a
    // page break between them is no empty cell
    while (i < lines.size()) {
      if (lines[i].page_break) {
        ++i;
        continue;
      }
      const bool full = body.size() + 1 >= n;  // the number and the other cells
      if (full && (IsRowStart(lines[i]) || lines[i].text.empty() || EndsTable(lines[i].text)))
        break;
      if (full && !Continues(lines[i].text, body.empty() ? "" : body.back())) break;
      blanks |= lines[i].text.empty();
      body.push_back(lines[i].text);
      ++i;
    }
    // extra lines join the cell above them until the row has its width
    std::vector<std::string> cells;
    size_t extra = body.size() > n - 1 ? body.size() - (n - 1) : 0;
    for (size_t k = 0; k < body.size(); ++k) {
      if (extra > 0 && !cells.empty() && !cells.back().empty() &&
          (Continues(body[k], cells.back()) || k + 1 == body.size())) {
        cells.back() += '\n';
        cells.back() += body[k];
        --extra;
        continue;
      }
      cells.emplace_back(body[k]);
    }
    GridRow row;
    row.cells.emplace_back(lines[start].text);
    row.cells.insert(row.cells.end(), cells.begin(), cells.end());
    row.first_line = start;
    row.span = {lines[start].span.begin, lines[i - 1].span.end};
    grid->rows.push_back(std::move(row));
    // blank lines after a row's last cell, before the next row or header
    size_t next = i;
    while (next < lines.size() && lines[next].text.empty()) ++next;
    if (next > i && next < lines.size() && (IsRowStart(lines[next]) || IsHeaderLine(lines, next)))
      i = next;
  }
  // without blank lines this is the flattened family, which names cells
  // by their content instead (the legacy reader)
  if (!blanks || grid->rows.empty()) return false;
  grid->first_line = at;
  grid->end_line = i;
  return true;
}

}  // namespace vanban::extractor::internal

namespace vanban::extractor::internal {

namespace {

bool IsGridRule(std::string_view t) {
  return t.size() >= 3 && t.front() == '+' && t.back() == '+' &&
         t.find_first_not_of("+-=: ") == std::string_view::npos;
}

}  // namespace

bool ReadGridTable(const std::vector<TextLine>& lines, size_t at, Grid* grid) {
  if (at >= lines.size() || !IsGridRule(lines[at].text)) return false;
  std::vector<GridRow> rows;
  GridRow row;
  std::vector<std::vector<std::string_view>> parts;
  auto close = [&](size_t i) {
    if (parts.empty()) return;
    for (const auto& p : parts) row.cells.push_back(JoinLines(p));
    row.span.end = lines[i - 1].span.end;
    rows.push_back(std::move(row));
    row = GridRow();
    parts.clear();
  };
  size_t i = at + 1;
  for (; i < lines.size(); ++i) {
    const std::string_view t = lines[i].text;
    if (IsGridRule(t)) {
      close(i);
      continue;
    }
    if (t.size() < 2 || t.front() != '|') break;
    if (parts.empty()) {
      row.first_line = i;
      row.span = lines[i].span;
    }
    // the cells of this line, added to the lines of the row's cells
    size_t b = 1, c = 0;
    while (b < t.size()) {
      size_t e = t.find('|', b);
      if (e == std::string_view::npos) e = t.size();
      if (parts.size() <= c) parts.emplace_back();
      const std::string_view cell = Trim(t.substr(b, e - b));
      if (!cell.empty()) parts[c].push_back(cell);
      ++c;
      b = e + 1;
    }
  }
  close(i);
  return TakeHeader(std::move(rows), at, i, grid);
}

namespace {

// The text between tags, entities of the common kind decoded.
std::string StripTags(std::string_view html) {
  std::string out;
  bool in_tag = false;
  for (size_t i = 0; i < html.size(); ++i) {
    const char c = html[i];
    if (c == '<') {
      in_tag = true;
      // a line break inside a cell
      if (html.substr(i, 3) == "<br" || html.substr(i, 2) == "<p") out += '\n';
    } else if (c == '>') {
      in_tag = false;
    } else if (!in_tag) {
      out += c;
    }
  }
  for (const auto& [entity, text] : {std::pair{"&amp;", "&"}, std::pair{"&nbsp;", " "},
                                     std::pair{"&lt;", "<"}, std::pair{"&gt;", ">"}}) {
    for (size_t p = out.find(entity); p != std::string::npos; p = out.find(entity, p)) {
      out.replace(p, std::string_view(entity).size(), text);
    }
  }
  return out;
}

// Lower-case ASCII copy, to find tags whatever their case.
std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The next tag `name` ("<td") from `from`: the name whole, not "<thead".
size_t FindTag(const std::string& lower, std::string_view name, size_t from) {
  for (size_t p = lower.find(name, from); p != std::string::npos; p = lower.find(name, p + 1)) {
    const size_t after = p + name.size();
    if (after >= lower.size() || lower[after] == '>' || lower[after] == ' ' ||
        lower[after] == '\n' || lower[after] == '/')
      return p;
  }
  return std::string::npos;
}

}  // namespace

bool ReadHtmlTable(const std::vector<TextLine>& lines, size_t at, Grid* grid) {
  if (at >= lines.size() || LowerAscii(lines[at].text).find("<table") == std::string::npos)
    return false;
  // the table's lines, up to its end tag
  std::string html;
  size_t i = at;
  constexpr size_t kMaxLines = 5000;
  for (; i < lines.size() && i < at + kMaxLines; ++i) {
    html += lines[i].text;
    html += '\n';
    if (LowerAscii(lines[i].text).find("</table") != std::string::npos) {
      ++i;
      break;
    }
  }
  const std::string lower = LowerAscii(html);
  std::vector<GridRow> rows;
  for (size_t tr = FindTag(lower, "<tr", 0); tr != std::string::npos;
       tr = FindTag(lower, "<tr", tr + 3)) {
    const size_t tr_end = std::min(lower.find("</tr", tr), FindTag(lower, "<tr", tr + 3));
    GridRow row;
    row.first_line = at;
    row.span = {lines[at].span.begin, lines[i - 1].span.end};
    size_t td = tr;
    while (true) {
      const size_t a = std::min(FindTag(lower, "<td", td), FindTag(lower, "<th", td));
      if (a == std::string::npos || a >= tr_end) break;
      const size_t open_end = lower.find('>', a);
      if (open_end == std::string::npos) break;
      size_t close =
          std::min({lower.find("</td", open_end), lower.find("</th", open_end),
                    FindTag(lower, "<td", open_end), FindTag(lower, "<th", open_end), tr_end});
      if (close == std::string::npos) close = lower.size();
      std::string cell =
          StripTags(std::string_view(html).substr(open_end + 1, close - open_end - 1));
      std::string joined;
      size_t b = 0;
      while (b <= cell.size()) {
        size_t e = cell.find('\n', b);
        if (e == std::string::npos) e = cell.size();
        const std::string_view part = Trim(std::string_view(cell).substr(b, e - b));
        if (!part.empty()) {
          if (!joined.empty()) joined += '\n';
          joined += part;
        }
        b = e + 1;
      }
      row.cells.push_back(std::move(joined));
      td = close;
      if (close >= tr_end) break;
    }
    if (!row.cells.empty()) rows.push_back(std::move(row));
    if (tr_end == std::string::npos) break;
  }
  return TakeHeader(std::move(rows), at, i, grid);
}

}  // namespace vanban::extractor::internal
