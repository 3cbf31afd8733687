#include "html.h"

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

#include "vanban/utf8.h"

namespace vanban::corpus::internal {

namespace {

// A piece of output and the input it stands for; the output is assembled
// from pieces so a table's cells can be collected first and still map back.
struct Piece {
  std::string text;
  size_t source = 0;
  size_t source_len = 0;
  bool copy = false;
};
using Pieces = std::vector<Piece>;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// The entities legal pages use: markup, spaces, quotes and dashes, and the
// Latin letters of Vietnamese that editors write as entities.
const std::map<std::string, char32_t>& Entities() {
  static const std::map<std::string, char32_t> kEntities = {
      {"amp", '&'},       {"lt", '<'},       {"gt", '>'},       {"quot", '"'},
      {"apos", '\''},     {"nbsp", 0xA0},    {"ndash", 0x2013}, {"mdash", 0x2014},
      {"hellip", 0x2026}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C},
      {"rdquo", 0x201D},  {"bull", 0x2022},  {"middot", 0xB7},  {"copy", 0xA9},
      {"reg", 0xAE},      {"deg", 0xB0},     {"times", 0xD7},   {"laquo", 0xAB},
      {"raquo", 0xBB},    {"ge", 0x2265},    {"le", 0x2264},    {"Agrave", 0xC0},
      {"Aacute", 0xC1},   {"Acirc", 0xC2},   {"Atilde", 0xC3},  {"Egrave", 0xC8},
      {"Eacute", 0xC9},   {"Ecirc", 0xCA},   {"Igrave", 0xCC},  {"Iacute", 0xCD},
      {"Ograve", 0xD2},   {"Oacute", 0xD3},  {"Ocirc", 0xD4},   {"Otilde", 0xD5},
      {"Ugrave", 0xD9},   {"Uacute", 0xDA},  {"Yacute", 0xDD},  {"agrave", 0xE0},
      {"aacute", 0xE1},   {"acirc", 0xE2},   {"atilde", 0xE3},  {"egrave", 0xE8},
      {"eacute", 0xE9},   {"ecirc", 0xEA},   {"igrave", 0xEC},  {"iacute", 0xED},
      {"ograve", 0xF2},   {"oacute", 0xF3},  {"ocirc", 0xF4},   {"otilde", 0xF5},
      {"ugrave", 0xF9},   {"uacute", 0xFA},  {"yacute", 0xFD},
  };
  return kEntities;
}

// Decodes the entity at html[at] ('&'); returns its length, 0 if none.
size_t Entity(std::string_view html, size_t at, std::string* out) {
  const size_t semi = html.find(';', at);
  if (semi == std::string_view::npos || semi - at > 12) return 0;
  const std::string_view name = html.substr(at + 1, semi - at - 1);
  char32_t cp = 0;
  if (name.size() > 1 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    for (char c : digits) {
      const int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                    : hex && std::isxdigit(static_cast<unsigned char>(c))
                        ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                        : -1;
      if (d < 0) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d);
      if (cp > 0x10FFFF) return 0;
    }
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) cp = utf8::kReplacement;
  } else {
    const auto it = Entities().find(std::string(name));
    if (it == Entities().end()) return 0;
    cp = it->second;
  }
  utf8::Append(cp, out);
  return semi - at + 1;
}

struct Tag {
  std::string name;  // lower case
  bool closing = false;
  bool self_closing = false;
  std::string attrs;  // lower case, raw
  size_t end = 0;     // one past '>'
};

bool ReadTag(std::string_view html, size_t at, Tag* tag) {
  size_t i = at + 1;
  if (i < html.size() && html[i] == '/') {
    tag->closing = true;
    ++i;
  }
  const size_t name_begin = i;
  while (i < html.size() && (std::isalnum(static_cast<unsigned char>(html[i])) || html[i] == '-'))
    ++i;
  if (i == name_begin) return false;
  tag->name = Lower(html.substr(name_begin, i - name_begin));
  // the end of the tag, past quoted attribute values
  char quote = 0;
  const size_t attrs_begin = i;
  for (; i < html.size(); ++i) {
    if (quote) {
      if (html[i] == quote) quote = 0;
    } else if (html[i] == '"' || html[i] == '\'') {
      quote = html[i];
    } else if (html[i] == '>') {
      break;
    }
  }
  if (i >= html.size()) return false;
  tag->self_closing = i > attrs_begin && html[i - 1] == '/';
  tag->attrs = Lower(html.substr(attrs_begin, i - attrs_begin));
  tag->end = i + 1;
  return true;
}

bool IsVoid(const std::string& n) {
  static const char* kVoid[] = {"br",   "img", "meta",  "link",  "input",  "hr",    "area",
                                "base", "col", "embed", "param", "source", "track", "wbr"};
  return std::any_of(std::begin(kVoid), std::end(kVoid), [&](const char* v) { return n == v; });
}

// Elements whose content is never the document: code, the head, and the
// site's chrome around the document.
bool IsDropped(const Tag& t) {
  static const char* kDropped[] = {"script", "style",  "noscript", "template", "head",  "svg",
                                   "iframe", "nav",    "header",   "footer",   "aside", "form",
                                   "button", "select", "textarea", "object"};
  if (std::any_of(std::begin(kDropped), std::end(kDropped),
                  [&](const char* d) { return t.name == d; }))
    return true;
  for (const char* chrome : {"menu", "footer", "breadcrumb", "sidebar", "navbar"}) {
    for (const char* attr : {"class=", "id="}) {
      const size_t at = t.attrs.find(attr);
      if (at == std::string::npos) continue;
      const size_t end = t.attrs.find_first_of("\"'", t.attrs.find_first_of("\"'", at) + 1);
      if (t.attrs.substr(at, end - at).find(chrome) != std::string::npos) return true;
    }
  }
  return false;
}

bool IsBlock(const std::string& n) {
  static const char* kBlock[] = {"p",       "div",     "br",         "li",   "ul",    "ol",
                                 "section", "article", "blockquote", "pre",  "hr",    "dd",
                                 "dt",      "dl",      "h1",         "h2",   "h3",    "h4",
                                 "h5",      "h6",      "center",     "main", "title", "caption"};
  return std::any_of(std::begin(kBlock), std::end(kBlock), [&](const char* b) { return n == b; });
}

int SpanAttr(const std::string& attrs, const char* name) {
  const size_t at = attrs.find(name);
  if (at == std::string::npos) return 1;
  size_t i = at + std::string_view(name).size();
  while (i < attrs.size() && !std::isdigit(static_cast<unsigned char>(attrs[i]))) {
    if (attrs[i] != '=' && attrs[i] != '"' && attrs[i] != '\'' && !IsSpace(attrs[i])) return 1;
    ++i;
  }
  int n = 0;
  for (; i < attrs.size() && std::isdigit(static_cast<unsigned char>(attrs[i])) && n < 1000; ++i)
    n = n * 10 + (attrs[i] - '0');
  return std::clamp(n, 1, 64);
}

// One outermost table being read: rows of cells, each cell its pieces.
struct TableBuilder {
  std::vector<std::vector<Pieces>> rows;
  std::vector<int> pending;  // rows still covered by a rowspan, per column
  int depth = 0;             // nested tables inside it
  bool in_cell = false;

  size_t cell = 0;  // the cell being read in the last row

  void Row() {
    if (!rows.empty()) Fill();  // a rowspan covering the end of the last row
    rows.emplace_back();
    Fill();
  }
  // Columns a rowspan above still covers come in as empty cells.
  void Fill() {
    auto& row = rows.back();
    while (row.size() < pending.size() && pending[row.size()] > 0) {
      --pending[row.size()];
      row.emplace_back();
    }
  }
  void Cell(int colspan, int rowspan) {
    if (rows.empty()) Row();
    Fill();
    auto& row = rows.back();
    cell = row.size();
    row.emplace_back();
    for (int k = 1; k < colspan; ++k) row.emplace_back();
    if (pending.size() < row.size()) pending.resize(row.size(), 0);
    for (size_t c = cell; c < row.size(); ++c) pending[c] = rowspan - 1;
    in_cell = true;
  }
};

class Renderer {
 public:
  explicit Renderer(std::string_view html) : html_(html) {}

  Pieces Run() {
    size_t i = 0;
    while (i < html_.size()) {
      const char c = html_[i];
      if (c == '<') {
        i = Markup(i);
      } else if (c == '&') {
        std::string decoded;
        const size_t len = Entity(html_, i, &decoded);
        if (len == 0) {
          Text(i, 1, "&", true);
          ++i;
        } else {
          if (decoded == "\u00A0") decoded = " ";
          Text(i, len, decoded, false);
          i += len;
        }
      } else if (IsSpace(c)) {
        size_t j = i;
        while (j < html_.size() && IsSpace(html_[j])) ++j;
        Space(i, j - i);
        i = j;
      } else {
        size_t j = i;
        while (j < html_.size() && html_[j] != '<' && html_[j] != '&' && !IsSpace(html_[j])) ++j;
        Text(i, j - i, std::string(html_.substr(i, j - i)), true);
        i = j;
      }
    }
    if (table_) EmitTable();
    Break();
    return std::move(out_);
  }

 private:
  Pieces& Target() {
    if (table_ && !table_->rows.empty() && table_->cell < table_->rows.back().size() &&
        table_->in_cell)
      return table_->rows.back()[table_->cell];
    return out_;
  }

  bool AtLineStart() {
    Pieces& t = Target();
    for (auto it = t.rbegin(); it != t.rend(); ++it) {
      if (!it->text.empty()) return it->text.back() == '\n';
    }
    return true;
  }

  void Text(size_t at, size_t len, std::string text, bool copy) {
    if (dropped_ > 0) return;
    if (table_ && !table_->in_cell) return;  // text between cells is layout
    if (space_ && !AtLineStart()) Target().push_back({" ", space_at_, space_len_, false});
    space_ = false;
    Target().push_back({std::move(text), at, len, copy});
  }

  void Space(size_t at, size_t len) {
    if (space_) return;
    space_ = true;
    space_at_ = at;
    space_len_ = len;
  }

  // A line ends: in a cell a "<br>", elsewhere a newline.
  void Break(size_t at = 0) {
    space_ = false;
    if (AtLineStart()) return;
    if (table_ && table_->in_cell) {
      Target().push_back({"\n", at, 0, false});
    } else if (!table_) {
      out_.push_back({"\n", at, 0, false});
    }
  }

  size_t Markup(size_t at) {
    if (html_.substr(at, 4) == "<!--") {
      const size_t end = html_.find("-->", at + 4);
      return end == std::string_view::npos ? html_.size() : end + 3;
    }
    if (html_.substr(at, 2) == "<!" || html_.substr(at, 2) == "<?") {
      const size_t end = html_.find('>', at);
      return end == std::string_view::npos ? html_.size() : end + 1;
    }
    Tag tag;
    if (!ReadTag(html_, at, &tag)) {
      Text(at, 1, "<", true);
      return at + 1;
    }
    if (tag.name == "script" || tag.name == "style") {
      // their content is not markup: skip to the closing tag as written
      if (!tag.closing && !tag.self_closing) {
        const size_t end = Lower(html_.substr(tag.end)).find("</" + tag.name);
        if (end == std::string::npos) return html_.size();
        const size_t close = html_.find('>', tag.end + end);
        return close == std::string_view::npos ? html_.size() : close + 1;
      }
      return tag.end;
    }
    if (dropped_ > 0) {
      if (tag.name == dropped_name_ && !IsVoid(tag.name) && !tag.self_closing)
        dropped_ += tag.closing ? -1 : 1;
      return tag.end;
    }
    if (!tag.closing && IsDropped(tag) && !IsVoid(tag.name) && !tag.self_closing) {
      dropped_ = 1;
      dropped_name_ = tag.name;
      return tag.end;
    }
    if (tag.name == "table" || tag.name == "tr" || tag.name == "td" || tag.name == "th") {
      TableTag(tag, at);
      return tag.end;
    }
    if (IsBlock(tag.name)) {
      Break(at);
      if (!tag.closing && tag.name.size() == 2 && tag.name[0] == 'h' && tag.name[1] >= '1' &&
          tag.name[1] <= '6' && !(table_ && table_->in_cell)) {
        Target().push_back(
            {std::string(static_cast<size_t>(tag.name[1] - '0'), '#') + " ", at, 0, false});
      } else if (!tag.closing && tag.name == "li") {
        Target().push_back({"- ", at, 0, false});
      }
    }
    return tag.end;
  }

  void TableTag(const Tag& tag, size_t at) {
    if (tag.name == "table") {
      if (!tag.closing) {
        if (table_) {
          ++table_->depth;
          Break(at);
        } else {
          Break(at);
          table_.emplace();
        }
      } else if (table_) {
        if (table_->depth > 0) {
          --table_->depth;
          Break(at);
        } else {
          EmitTable();
        }
      }
      return;
    }
    if (!table_) return;
    if (table_->depth > 0) {  // a nested table's rows and cells: lines of the cell
      if (!tag.closing) Break(at);
      return;
    }
    space_ = false;
    if (tag.name == "tr") {
      if (!tag.closing) table_->Row();
      table_->in_cell = false;
    } else if (!tag.closing) {
      table_->Cell(SpanAttr(tag.attrs, "colspan"), SpanAttr(tag.attrs, "rowspan"));
    } else {
      table_->in_cell = false;
    }
  }

  // The table as a pipe table; a table of one column is its cells' lines.
  void EmitTable() {
    TableBuilder table = std::move(*table_);
    table_.reset();
    std::erase_if(table.rows, [](const std::vector<Pieces>& r) { return r.empty(); });
    size_t width = 0;
    for (const auto& row : table.rows) width = std::max(width, row.size());
    auto cell_pieces = [&](Pieces cell, bool in_table) {
      while (!cell.empty() && cell.back().text == "\n") cell.pop_back();
      for (Piece& p : cell) {
        if (!in_table) continue;
        if (p.text == "\n") {
          p.text = "<br>";
        } else if (p.text.find('|') != std::string::npos) {
          std::string escaped;
          for (char c : p.text) escaped += c == '|' ? std::string("\\|") : std::string(1, c);
          p.text = escaped;
          p.copy = false;
        }
      }
      return cell;
    };
    for (size_t r = 0; r < table.rows.size(); ++r) {
      auto& row = table.rows[r];
      if (width < 2) {
        for (Pieces& cell : row) {
          Pieces lines = cell_pieces(std::move(cell), false);
          if (lines.empty()) continue;
          out_.insert(out_.end(), lines.begin(), lines.end());
          out_.push_back({"\n", lines.back().source + lines.back().source_len, 0, false});
        }
        continue;
      }
      row.resize(width);
      const size_t at = out_.empty() ? 0 : out_.back().source + out_.back().source_len;
      out_.push_back({"|", at, 0, false});
      for (Pieces& cell : row) {
        Pieces pieces = cell_pieces(std::move(cell), true);
        const size_t from = out_.back().source + out_.back().source_len;
        out_.push_back({" ", from, 0, false});
        out_.insert(out_.end(), pieces.begin(), pieces.end());
        out_.push_back({" |", out_.back().source + out_.back().source_len, 0, false});
      }
      out_.push_back({"\n", out_.back().source + out_.back().source_len, 0, false});
      if (r == 0) {
        std::string rule = "|";
        for (size_t c = 0; c < width; ++c) rule += " --- |";
        out_.push_back({rule + "\n", out_.back().source, 0, false});
      }
    }
  }

  std::string_view html_;
  Pieces out_;
  std::optional<TableBuilder> table_;
  int dropped_ = 0;
  std::string dropped_name_;
  bool space_ = false;
  size_t space_at_ = 0, space_len_ = 0;
};

}  // namespace

void RenderHtml(std::string_view html, std::string* text, OffsetMap* map) {
  Pieces pieces = Renderer(html).Run();
  OffsetMapBuilder builder;
  text->clear();
  size_t last = 0;  // source offsets never go back: an insertion sits at the last one
  for (const Piece& p : pieces) {
    if (p.text.empty()) continue;
    text->append(p.text);
    if (p.copy && p.source >= last) {
      builder.Copy(p.source, p.text.size());
      last = p.source + p.text.size();
    } else if (p.source >= last) {
      builder.Replace(p.source, p.source_len, p.text.size());
      last = p.source + p.source_len;
    } else {
      builder.Replace(last, 0, p.text.size());
    }
  }
  *map = builder.Finish();
}

}  // namespace vanban::corpus::internal
