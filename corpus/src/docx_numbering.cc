#include "docx_numbering.h"

#include "docx_xml.h"

namespace vanban::corpus::internal {

namespace {

std::string Roman(int n, bool upper) {
  static const std::pair<int, const char*> kDigits[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (const auto& [value, digits] : kDigits) {
    for (; n >= value; n -= value) out += digits;
  }
  if (upper) {
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string Letter(int n, bool upper) {
  if (n < 1) return std::to_string(n);
  // Word repeats the letter past z: aa, bb ...
  const char c = static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26);
  return std::string(static_cast<size_t>((n - 1) / 26 + 1), c);
}

std::string Format(int n, const std::string& format) {
  if (format == "lowerLetter") return Letter(n, false);
  if (format == "upperLetter") return Letter(n, true);
  if (format == "lowerRoman") return Roman(n, false);
  if (format == "upperRoman") return Roman(n, true);
  return std::to_string(n);  // decimal and the formats we do not spell out
}

}  // namespace

Numbering::Numbering(const Poco::XML::Node* root) {
  for (Poco::XML::Node* n = root ? root->firstChild() : nullptr; n; n = n->nextSibling()) {
    if (Is(n, "abstractNum")) {
      auto& levels = abstract_[Attr(n, "abstractNumId")];
      for (Poco::XML::Node* l = n->firstChild(); l; l = l->nextSibling()) {
        if (!Is(l, "lvl")) continue;
        Level& level = levels[IntOr(Attr(l, "ilvl"), 0)];
        level.start = IntOr(Attr(Child(l, "start"), "val"), 1);
        if (Poco::XML::Node* f = Child(l, "numFmt")) level.format = Attr(f, "val");
        level.text = Attr(Child(l, "lvlText"), "val");
      }
    } else if (Is(n, "num")) {
      nums_[Attr(n, "numId")] = Attr(Child(n, "abstractNumId"), "val");
    }
  }
}

std::string Numbering::Next(const std::string& num_id, int level) {
  const auto num = nums_.find(num_id);
  if (num == nums_.end() || level < 0 || level > 8) return "";
  const auto& levels = abstract_[num->second];
  const auto it = levels.find(level);
  if (it == levels.end()) return "";
  const Level& lvl = it->second;
  if (lvl.format == "none") return "";
  if (lvl.format == "bullet") return "- ";
  std::vector<int>& counter = counters_[num->second];
  counter.resize(9, 0);
  // a level counts from its start; the deeper levels start again
  counter[level] = counter[level] == 0 ? lvl.start : counter[level] + 1;
  for (int deeper = level + 1; deeper < 9; ++deeper) counter[deeper] = 0;
  std::string label;
  for (size_t i = 0; i < lvl.text.size(); ++i) {
    if (lvl.text[i] == '%' && i + 1 < lvl.text.size() && lvl.text[i + 1] >= '1' &&
        lvl.text[i + 1] <= '9') {
      const int at = lvl.text[i + 1] - '1';
      const auto above = levels.find(at);
      const int value = counter[at] == 0 && above != levels.end() ? above->second.start
                                                                  : std::max(counter[at], 1);
      label += Format(value, above != levels.end() ? above->second.format : "decimal");
      ++i;
    } else {
      label += lvl.text[i];
    }
  }
  return label.empty() ? "" : label + " ";
}

}  // namespace vanban::corpus::internal
