// Targets ("chỉ tiêu"): numbered lists and indicator tables, and the target
// numbers an assignment points at ("các mục số 2,3,4 tại mục số 2 tại mục II").
#include <re2/re2.h>

#include <algorithm>

#include "tasks.h"
#include "text_util.h"
#include "vanban/normalizer.h"

namespace vanban::extractor::internal {

namespace {

// "(1). Quy mô kinh tế số/GRDP ≥ 45": number and text.
bool ReadNumberedTarget(std::string_view content, int* n, std::string_view* text) {
  if (content.size() < 4 || content[0] != '(') return false;
  const size_t close = content.find(')');
  if (close == std::string_view::npos || close > 4) return false;
  for (size_t i = 1; i < close; ++i) {
    if (content[i] < '0' || content[i] > '9') return false;
  }
  *n = DigitsValue(content.substr(1, close - 1));
  size_t b = close + 1;
  if (b < content.size() && content[b] == '.') ++b;
  *text = Trim(content.substr(b));
  return !text->empty();
}

// The value a target line ends with: "≥ 45", "100%", "≥ 2%".
std::string ValueOf(std::string_view text) {
  static const RE2 kValue(
      "(?:(≥|>=|≤|<=|>|<)\\s*([\\d.,]+\\s*%?)|(?:đạt|trên|dưới)\\s+([\\d.,]+\\s*%))\\s*$");
  re2::StringPiece g[4];
  const re2::StringPiece in(text.data(), text.size());
  if (!kValue.Match(in, 0, in.size(), RE2::UNANCHORED, g, 4)) return "";
  if (!g[1].empty())
    return std::string(g[1].data(), g[1].size()) + " " + std::string(g[2].data(), g[2].size());
  return std::string(g[3].data(), g[3].size());
}

// Number lists after "mục số": "2,3,4,5,10,11,14".
std::vector<std::vector<int>> NumberLists(std::string_view text) {
  std::vector<std::vector<int>> lists;
  for (size_t at = text.find("mục số "); at != std::string_view::npos;
       at = text.find("mục số ", at + 1)) {
    std::vector<int> list;
    size_t i = at + std::string_view("mục số ").size();
    while (i < text.size()) {
      size_t j = i;
      while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
      if (j == i) break;
      if (const int n = DigitsValue(text.substr(i, j - i)); n > 0) list.push_back(n);
      if (j < text.size() && text[j] == ',') {
        i = j + 1;
        while (i < text.size() && text[i] == ' ') ++i;
      } else {
        break;
      }
    }
    if (!list.empty()) lists.push_back(list);
  }
  return lists;
}

// The target numbers of an assignment. The documents write "items X in
// item K (the targets list) of section II", sometimes with X and K swapped;
// the list that is just K is the container, the other names the targets.
std::vector<int> TargetRefs(std::string_view text, int container) {
  const std::vector<std::vector<int>> lists = NumberLists(text);
  if (lists.empty()) return {};
  for (size_t i = 0; i < lists.size(); ++i) {
    if (lists[i] == std::vector<int>{container} && lists.size() > 1) return lists[i == 0 ? 1 : 0];
  }
  return lists.size() > 1 ? lists[lists.size() - 1] : lists[0];
}

}  // namespace

void ExtractTargets(const TaskInputs& in, DocumentRecord* record) {
  int container = 0;
  for (const Block& b : in.blocks) {
    int n;
    std::string_view text;
    if (b.appendix > 0) continue;
    const std::string_view content = b.marker == Marker::kParen ? b.text : b.content;
    if (!ReadNumberedTarget(content, &n, &text)) continue;
    if (b.parent >= 0 && in.blocks[b.parent].marker == Marker::kArabic && container == 0) {
      container = DigitsValue(std::string_view(in.blocks[b.parent].label)
                                  .substr(0, in.blocks[b.parent].label.find('.')));
    }
    Target t;
    t.n = n;
    t.text = std::string(text);
    t.value = ValueOf(text);
    t.source = in.text.map.ToSource(b.span);
    record->targets.push_back(std::move(t));
  }
  for (const Table& table : in.tables) {
    if (table.IsTaskTable() || !table.has(Column::kTitle)) continue;
    for (const TableRow& row : table.rows) {
      Target t;
      t.n = DigitsValue(row.number);
      if (t.n == 0) continue;  // "II", "A": a group row, not a target
      t.text = row.cells[table.index(Column::kTitle)];
      for (size_t c = 0; c < table.columns.size(); ++c) {
        if (table.columns[c] == Column::kValue && !row.cells[c].empty()) {
          if (!t.value.empty()) t.value += "; ";
          t.value += table.headers[c] + ": " + row.cells[c];
        } else if (table.columns[c] == Column::kMonitor) {
          t.monitor = row.cells[c];
        }
      }
      t.source = in.text.map.ToSource(row.span);
      record->targets.push_back(std::move(t));
    }
  }
  if (record->targets.empty()) return;
  for (Task& task : record->tasks) {
    if (task.text.find("mục số") == std::string::npos) continue;
    task.targets = TargetRefs(task.text, container == 0 ? 2 : container);
  }
}

}  // namespace vanban::extractor::internal
