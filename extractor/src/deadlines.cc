#include "deadlines.h"

#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "text_util.h"
#include "vanban/normalizer.h"

namespace vanban::extractor::internal {

namespace {

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[(month - 1) % 12];
}

Date EndOfMonth(int year, int month) {
  return {year, month, DaysInMonth(year, month)};
}
Date EndOfYear(int year) {
  return {year, 12, 31};
}

int Roman(std::string_view r) {
  if (r == "I" || r == "1") return 1;
  if (r == "II" || r == "2") return 2;
  if (r == "III" || r == "3") return 3;
  if (r == "IV" || r == "4") return 4;
  return 0;
}

bool PlausibleYear(int y) {
  return y >= 1990 && y <= 2100;
}

struct Candidate {
  size_t at = std::string::npos;
  Deadline deadline;
};

// Deadline forms, each tried on the folded text (lower case, no marks,
// punctuation as spaces, so "Tháng 5/2025" reads "thang 5 2025").
struct Form {
  const char* regex;
  const char* kind;
};

// The order matters only for ties at one position.
constexpr Form kForms[] = {
    {"\\b(?:hang|moi) (?:nam|thang|quy|tuan)\\b|\\bdinh ky\\b", "recurring"},
    {"\\bthuong xuyen(?: nam (\\d{4}))?|(?:\\b(?:nam )?\\d{4} va )?(?:nhung|cac) nam tiep theo|"
     "\\b(?:tu )?(?:thang \\d{1,2} )?(?:nam )?\\d{4} tro di",
     "ongoing"},
    {"\\btu (?:nam )?(\\d{4}) (?:den|toi) (?:het )?(?:nam )?(\\d{4})",
     "range"},  // "Từ năm 2013 đến năm 2020"
    {"\\btheo huong dan|\\bsau khi\\b|^khi |\\btuy theo|\\btheo lo trinh|\\btheo tien do",
     "conditional"},
    {"(\\d{1,2}) thang (\\d{1,2}) nam (\\d{4})", "date"},      // "01 tháng 01 năm 2026"
    {"thang \\d{1,2} (\\d{1,2}) (?:nam )?(\\d{4})", "month"},  // "Tháng 11, 12/2013"
    {"(\\d{1,2}) (\\d{1,2}) (\\d{4})", "date"},
    {"truoc ngay (\\d{1,2}) (\\d{1,2})(?: (\\d{4}))?", "date"},
    {"6 thang dau nam (\\d{4})", "half"},
    {"6 thang cuoi nam (\\d{4})", "half2"},
    {"thang (\\d{1,2}) (?:nam )?(\\d{4})", "month"},
    {"quy (i{1,3}|iv|[1-4]) (?:nam )?(\\d{4})", "quarter"},
    {"(?:nam )?(\\d{4}) (\\d{4})", "range"},
    {"(?:nam )?(\\d{4})", "year"},
};

int ToInt(const re2::StringPiece& g) {
  return DigitsValue(std::string_view(g.data(), g.size()));
}

bool Build(const char* kind, const re2::StringPiece* g, int document_year, Deadline* d) {
  const std::string k = kind;
  d->kind = k;
  if (k == "recurring" || k == "conditional") return true;
  if (k == "ongoing") {
    if (!g[1].empty()) d->due = EndOfYear(ToInt(g[1]));
    return true;
  }
  if (k == "date") {
    const int day = ToInt(g[1]), month = ToInt(g[2]);
    const int year = g[3].empty() ? document_year : ToInt(g[3]);
    if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month) ||
        !PlausibleYear(year)) {
      return false;
    }
    d->due = {year, month, day};
    return true;
  }
  if (k == "half" || k == "half2") {
    d->kind = "range";
    d->due = k == "half" ? Date{ToInt(g[1]), 6, 30} : EndOfYear(ToInt(g[1]));
    return PlausibleYear(ToInt(g[1]));
  }
  if (k == "month") {
    const int month = ToInt(g[1]), year = ToInt(g[2]);
    if (month < 1 || month > 12 || !PlausibleYear(year)) return false;
    d->due = EndOfMonth(year, month);
    return true;
  }
  if (k == "quarter") {
    std::string r(g[1].data(), g[1].size());
    std::transform(r.begin(), r.end(), r.begin(), ::toupper);
    const int q = Roman(r), year = ToInt(g[2]);
    if (q == 0 || !PlausibleYear(year)) return false;
    d->due = EndOfMonth(year, q * 3);
    return true;
  }
  if (k == "range") {
    const int from = ToInt(g[1]), to = ToInt(g[2]);
    if (!PlausibleYear(from) || !PlausibleYear(to) || to < from) return false;
    d->due = EndOfYear(to);
    return true;
  }
  if (k == "year") {
    if (!PlausibleYear(ToInt(g[1]))) return false;
    d->due = EndOfYear(ToInt(g[1]));
    return true;
  }
  return false;
}

// The forms compiled once: an immutable table, safe to share across threads.
const std::vector<std::unique_ptr<RE2>>& CompiledForms() {
  static const std::vector<std::unique_ptr<RE2>> compiled = [] {
    std::vector<std::unique_ptr<RE2>> v;
    for (const Form& f : kForms) v.push_back(std::make_unique<RE2>(f.regex));
    return v;
  }();
  return compiled;
}

Candidate Earliest(std::string_view folded, int document_year) {
  Candidate best;
  re2::StringPiece g[4];
  const re2::StringPiece in(folded.data(), folded.size());
  for (size_t i = 0; i < std::size(kForms); ++i) {
    const Form& f = kForms[i];
    const RE2& re = *CompiledForms()[i];
    size_t pos = 0;
    while (pos <= folded.size() && re.Match(in, pos, in.size(), RE2::UNANCHORED, g, 4)) {
      const size_t at = static_cast<size_t>(g[0].data() - folded.data());
      pos = at + 1;
      if (at >= best.at) break;
      Deadline d;
      if (Build(f.kind, g, document_year, &d)) {
        best = {at, d};
        break;
      }
      // the whole text is one impossible date ("31/02/2026"): no deadline
      if (at == 0 && g[0].size() == folded.size()) return Candidate{};
    }
  }
  return best;
}

// The stages of a parenthesis that ends a task text, the latest due one.
Deadline StagesInParentheses(std::string_view text, int document_year) {
  std::string_view t = Trim(text);
  while (!t.empty() && (t.back() == '.' || t.back() == ';')) t.remove_suffix(1);
  if (t.empty() || t.back() != ')') return {};
  const size_t open = t.rfind('(');
  if (open == std::string_view::npos || t.size() - open > 120) return {};
  const std::string_view inner = t.substr(open + 1, t.size() - open - 2);
  Deadline best;
  size_t b = 0;
  while (b <= inner.size()) {
    size_t e = std::min(inner.find(',', b), inner.find(" và ", b));
    if (e == std::string_view::npos) e = inner.size();
    const std::string_view part = Trim(inner.substr(b, e - b));
    b = e + (e < inner.size() && inner[e] == ' ' ? 4 : 1);
    if (!IsDeadlineCell(part)) continue;
    const Deadline d = ParseDeadline(part, document_year);
    if (best.kind == "none" || (!d.due.Iso().empty() && d.due.Iso() > best.due.Iso())) best = d;
  }
  if (best.kind != "none") best.text = std::string(inner);
  return best;
}

}  // namespace

Deadline ParseDeadline(std::string_view text, int document_year) {
  Deadline d;
  d.text = std::string(Trim(text));
  while (!d.text.empty() && (d.text.back() == '.' || d.text.back() == ';')) d.text.pop_back();
  if (d.text.empty()) return d;
  const Candidate c = Earliest(normalizer::FoldKey(d.text), document_year);
  if (c.at == std::string::npos) return d;
  d.kind = c.deadline.kind;
  d.due = c.deadline.due;
  return d;
}

std::optional<Deadline> DeadlineInSentence(std::string_view sentence, int document_year) {
  static constexpr std::string_view kCues[] = {
      "trước ngày", "hằng năm", "hàng năm", "hằng tháng", "hàng tháng", "hằng quý", "Định kỳ",
      "định kỳ",    "Hằng năm", "Hàng năm", "Hằng tháng", "Hàng tháng", "Hằng quý"};
  size_t best = std::string_view::npos;
  for (std::string_view cue : kCues) best = std::min(best, sentence.find(cue));
  if (best == std::string_view::npos) return std::nullopt;
  std::string_view tail = sentence.substr(best);
  if (const size_t end = tail.find_first_of(";.\n"); end != std::string_view::npos) {
    tail = tail.substr(0, end);
  }
  // the words from the cue on, as short as they are written
  size_t words = 0, cut = tail.size();
  for (size_t i = 0; i < tail.size(); ++i) {
    if (tail[i] == ' ' && ++words == 5) {
      cut = i;
      break;
    }
  }
  Deadline d = ParseDeadline(tail.substr(0, cut), document_year);
  if (d.kind == "none") return std::nullopt;
  if (d.kind == "recurring") {
    // "định kỳ hằng năm", "trước ngày 15 hằng tháng": keep the phrase
    std::string_view phrase = tail.substr(0, cut);
    if (best >= 11 && sentence.substr(best - 11, 11) == "trước ngày ")
      phrase = sentence.substr(best - 11);
    d.text = std::string(Trim(phrase.substr(0, std::min(phrase.size(), cut + 11))));
  }
  return d;
}

Deadline DeadlineInText(std::string_view text, int document_year) {
  // a labelled deadline, up to the end of its clause
  for (std::string_view label :
       {"Thời hạn hoàn thành", "thời hạn hoàn thành", "Thời gian hoàn thành",
        "thời gian hoàn thành", "Thời hạn thực hiện", "thời hạn thực hiện",
        "Thời hạn:", "thời hạn:", "Thời hạn ",
        "Thời gian thực hiện:", "thời gian thực hiện:", "Tiến độ:", "tiến độ:"}) {
    const size_t at = text.rfind(label);
    if (at == std::string_view::npos) continue;
    std::string_view value = Trim(text.substr(at + label.size()));
    if (!value.empty() && value[0] == ':') value = Trim(value.substr(1));
    value = value.substr(0, value.find_first_of(")"));
    const Deadline d = ParseDeadline(value, document_year);
    if (d.kind != "none") return d;
  }
  // "(Quý IV/2013, Quý I/2014 và thường xuyên)" closing the task: its stages,
  // due at the last one
  if (const Deadline d = StagesInParentheses(text, document_year); d.kind != "none") return d;
  // "... xong trước 30/6/2026", "hoàn thành trước ngày 31/01/2026": the last one
  static const RE2 kBy(
      "(?:trước|đến|chậm nhất|vào)(?: ngày)? "
      "(\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2} tháng \\d{1,2} năm \\d{4})|đến hết (năm \\d{4})");
  re2::StringPiece g[3];
  const re2::StringPiece in(text.data(), text.size());
  size_t pos = 0;
  std::string_view found;
  while (pos < text.size() && kBy.Match(in, pos, in.size(), RE2::UNANCHORED, g, 3)) {
    const re2::StringPiece& value = g[1].empty() ? g[2] : g[1];
    found = std::string_view(value.data(), value.size());
    pos = static_cast<size_t>(g[0].data() - text.data()) + g[0].size();
  }
  if (!found.empty()) {
    const Deadline d = ParseDeadline(found, document_year);
    if (d.kind != "none") return d;
  }
  if (auto d = DeadlineInSentence(text, document_year)) return *d;
  const std::string folded = normalizer::FoldKey(text.substr(0, std::min<size_t>(text.size(), 40)));
  // "Năm 2018, hoàn thành ...": the year the task opens with
  if (folded.rfind("nam ", 0) == 0 && folded.size() >= 8) {
    const Deadline d =
        ParseDeadline(text.substr(0, std::min<size_t>(text.size(), 9)), document_year);
    if (d.kind == "year") return d;
  }
  // "Thường xuyên kiểm tra ...": an ongoing duty
  if (folded.rfind("thuong xuyen", 0) == 0) {
    Deadline d;
    d.kind = "ongoing";
    d.text = "Thường xuyên";
    return d;
  }
  // "hoàn thành trong năm 2025", "trong quý II/2026", "trong tháng 12/2025"
  static const RE2 kWithin(
      "(?:trong|hoàn thành trong|trước|hoàn thành|xong trong) ((?:quý|tháng) [IVX0-9]+/\\d{4}|năm "
      "\\d{4}|(?:quý|tháng) [IVX0-9]+ năm \\d{4})");
  if (kWithin.Match(in, 0, in.size(), RE2::UNANCHORED, g, 2)) {
    const Deadline d = ParseDeadline(std::string_view(g[1].data(), g[1].size()), document_year);
    if (d.kind != "none") return d;
  }
  return {};
}

bool IsDeadlineCell(std::string_view cell) {
  cell = Trim(cell);
  if (cell.empty() || cell.size() > 160) return false;
  const Deadline d = ParseDeadline(cell, 0);
  if (d.kind == "none") return false;
  // A result text can mention a year ("Kế hoạch năm 2026"); a deadline
  // cell starts with its expression.
  const std::string folded = normalizer::FoldKey(cell);
  for (std::string_view start :
       {"thang", "quy", "nam", "truoc", "thuong", "nhiem vu thuong", "hang", "dinh ky",
        "theo huong dan", "theo lo trinh", "khi", "sau khi", "6 thang", "ngay"}) {
    if (folded.rfind(start, 0) == 0) return true;
  }
  return folded[0] >= '0' && folded[0] <= '9';
}

}  // namespace vanban::extractor::internal
