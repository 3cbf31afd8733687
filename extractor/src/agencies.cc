#include "agencies.h"

#include <algorithm>

#include "text_util.h"
#include "vanban/normalizer.h"
#include "vanban/utf8.h"

namespace vanban::extractor::internal {

extern const char kGazetteerData[];

namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t b = 0;
  while (true) {
    const size_t e = line.find('\t', b);
    out.push_back(line.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    if (e == std::string_view::npos) return out;
    b = e + 1;
  }
}

std::vector<std::string_view> SplitBars(std::string_view s) {
  std::vector<std::string_view> out;
  size_t b = 0;
  while (!s.empty()) {
    const size_t e = s.find('|', b);
    out.push_back(Trim(s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b)));
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  return out;
}

bool IsUpperStart(std::string_view s) {
  if (s.empty()) return false;
  size_t len;
  const char32_t cp = utf8::Decode(s, 0, &len);
  return normalizer::FoldKey(s.substr(0, len)) != "" && ToLowerCodePoint(cp) != cp;
}

// Folded words allowed in a spelling of the provincial collective ("các sở,
// ban, ngành, cơ quan thuộc UBND tỉnh, UBND các huyện, thị xã, thành phố").
bool IsCollectiveWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "cac",  "so",  "ban",   "nganh", "dia",   "phuong", "va",   "co",     "quan", "don",
      "vi",   "xa",  "huyen", "thi",   "thanh", "pho",    "lien", "thuoc",  "ubnd", "uy",
      "nhan", "dan", "tinh",  "tren",  "giam",  "doc",    "thu",  "truong", "chu",  "tich"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Levenshtein distance, stopping early beyond 1.
bool WithinOneEdit(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return true;
  if (a.size() == b.size()) return a.substr(i + 1) == b.substr(i + 1);
  return a.substr(i) == b.substr(i + 1);
}

// Notes written after names: "(chủ trì)", "theo chức năng, nhiệm vụ", "(b/c)".
std::string_view StripNotes(std::string_view name) {
  name = Trim(name);
  for (std::string_view tail : {" theo chức năng, nhiệm vụ", " theo chức năng nhiệm vụ"}) {
    if (const size_t at = name.find(tail); at != std::string_view::npos) name = name.substr(0, at);
  }
  while (!name.empty() &&
         (name.back() == '.' || name.back() == ';' || name.back() == ',' || name.back() == ':')) {
    name.remove_suffix(1);
  }
  if (const size_t open = name.rfind('(');
      open != std::string_view::npos && open > 0 && name.back() == ')') {
    name = name.substr(0, open);
  }
  return Trim(name);
}

std::string CapitalizeFirst(std::string_view s) {
  if (s.empty()) return "";
  size_t len;
  const char32_t cp = utf8::Decode(s, 0, &len);
  std::string out;
  utf8::Append(ToUpperCodePoint(cp), &out);
  out.append(s.substr(len));
  return out;
}

}  // namespace

Gazetteer Gazetteer::Parse(std::string_view tsv) {
  Gazetteer g;
  for (const Span& span : SplitLines(tsv)) {
    const std::string_view line = tsv.substr(span.begin, span.end - span.begin);
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() < 2) continue;
    if (f[0] == "head") {
      g.heads_.emplace_back(f[1]);
    } else if (f[0] == "abbrev" && f.size() >= 3) {
      g.abbreviations_.emplace_back(f[1], f[2]);
    } else if (f[0] == "local") {
      g.local_keys_.push_back(normalizer::FoldKey(f[1]));
    } else if (f[0] == "agency" || f[0] == "collective") {
      const std::string canonical(f[1]);
      if (f[0] == "collective" && g.collective_.empty()) g.collective_ = canonical;
      g.canonical_by_key_[normalizer::FoldKey(canonical)] = canonical;
      if (f.size() >= 3) {
        for (std::string_view alias : SplitBars(f[2])) {
          g.canonical_by_key_[normalizer::FoldKey(alias)] = canonical;
        }
      }
    }
  }
  std::sort(g.abbreviations_.begin(), g.abbreviations_.end(),
            [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  for (const auto& [key, name] : g.canonical_by_key_) g.known_keys_.push_back(key);
  std::sort(g.known_keys_.begin(), g.known_keys_.end());
  return g;
}

Gazetteer Gazetteer::BuiltIn() {
  return Parse(kGazetteerData);
}

bool Gazetteer::StartsWithHead(std::string_view text) const {
  text = Trim(text);
  if (text.rfind("các ", 0) == 0 || text.rfind("Các ", 0) == 0) return true;
  if (!IsUpperStart(text)) return false;
  // "Báo cáo" (a report), "Ban hành" (to issue): verbs, not the newspaper or a board
  if (text.rfind("Báo cáo", 0) == 0 || text.rfind("Ban hành", 0) == 0) return false;
  for (const std::string& head : heads_) {
    if (text.rfind(head, 0) == 0 && (text.size() == head.size() || text[head.size()] == ' ')) {
      return true;
    }
  }
  // "Sỏ Nội vụ": a typo in the head word itself
  const size_t space = text.find(' ');
  return normalizer::FoldKey(text.substr(0, space)) == "so";
}

std::string Gazetteer::Expand(std::string_view name) const {
  std::string out;
  size_t i = 0;
  auto is_word = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80 || c == '&';
  };
  while (i < name.size()) {
    bool replaced = false;
    if (i == 0 || !is_word(name[i - 1])) {
      for (const auto& [from, to] : abbreviations_) {
        const size_t end = i + from.size();
        if (name.compare(i, from.size(), from) == 0 &&
            (end == name.size() || !is_word(name[end]))) {
          out += to;
          i = end;
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out.push_back(name[i++]);
  }
  return out;
}

bool Gazetteer::IsCollective(std::string_view name) const {
  const std::string folded = normalizer::FoldKey(name);
  // "các sở ...", "sở, ngành, địa phương", "các địa phương", "giám đốc các sở ..."
  const bool starts = folded.rfind("cac so", 0) == 0 || folded.rfind("so nganh", 0) == 0 ||
                      folded.rfind("so ban nganh", 0) == 0 || folded == "cac dia phuong" ||
                      folded.rfind("giam doc cac so", 0) == 0;
  if (!starts) return false;
  size_t b = 0;
  while (b < folded.size()) {
    size_t e = folded.find(' ', b);
    if (e == std::string::npos) e = folded.size();
    if (!IsCollectiveWord(std::string_view(folded).substr(b, e - b))) return false;
    b = e + 1;
  }
  return true;
}

std::string Gazetteer::Canonical(std::string_view written, std::vector<Repair>* repairs) const {
  const std::string_view name = StripNotes(written);
  if (name.empty()) return "";
  if (IsCollective(name)) return collective_;
  const std::string expanded = Expand(name);
  const std::string key = normalizer::FoldKey(expanded);
  auto found = canonical_by_key_.find(key);
  if (found == canonical_by_key_.end()) found = canonical_by_key_.find(normalizer::FoldKey(name));
  std::string result;
  std::string reason;
  if (found != canonical_by_key_.end()) {
    result = found->second;
    if (normalizer::FoldKey(result) != normalizer::FoldKey(name)) {
      reason = "agency-abbreviation";
    } else if (result != name && IsUpperStart(name)) {
      reason = "agency-typo";  // same letters, other marks: "Sỏ Nội vụ"
    }
  } else {
    for (const std::string& k : known_keys_) {
      if (k.size() > 6 && WithinOneEdit(k, key)) {
        result = canonical_by_key_.at(k);
        reason = "agency-typo";
        break;
      }
    }
  }
  if (result.empty()) {
    result = CapitalizeFirst(expanded);
    if (expanded != name) reason = "agency-abbreviation";
  }
  if (!reason.empty() && repairs) repairs->push_back({reason, std::string(name), result, {}});
  return result;
}

std::vector<AgencyName> Gazetteer::Split(std::string_view list,
                                         std::vector<Repair>* repairs) const {
  // Pieces at ';' and ','; a piece that does not start an agency continues
  // the one before ("Sở Văn hóa" + "Thể thao và Du lịch", "các sở" + "ban").
  std::vector<std::string> items;
  bool after_semicolon = true;
  size_t b = 0;
  while (b <= list.size()) {
    size_t e = list.find_first_of(",;", b);
    if (e == std::string_view::npos) e = list.size();
    const std::string_view piece = Trim(list.substr(b, e - b));
    if (!piece.empty()) {
      const bool joins_collective =
          !items.empty() && IsCollective(items.back() + ", " + std::string(piece));
      bool continues = !items.empty() && !after_semicolon && !StartsWithHead(piece) &&
                       !canonical_by_key_.count(normalizer::FoldKey(piece));
      // after a collective, only more of the collective continues it
      if (continues && IsCollective(items.back()) && !joins_collective &&
          !IsCollectiveWord(normalizer::FoldKey(piece.substr(0, piece.find(' '))))) {
        continues = false;
      }
      const bool collective_tail =
          !items.empty() && !after_semicolon && IsCollective(items.back()) && joins_collective;
      if (continues || collective_tail) {
        items.back() += ", " + std::string(piece);
      } else {
        items.emplace_back(piece);
      }
    }
    after_semicolon = e < list.size() && list[e] == ';';
    b = e + 1;
  }
  // "X và các sở, ban, ngành liên quan", "các sở ... và các doanh nghiệp":
  // a group after "và" splits off.
  std::vector<std::string> split;
  for (const std::string& item : items) {
    const size_t va = item.find(" và các ");
    const std::string left = va == std::string::npos ? "" : item.substr(0, va);
    if (va != std::string::npos && (IsCollective(item.substr(va + 4)) || IsCollective(left) ||
                                    canonical_by_key_.count(normalizer::FoldKey(left)))) {
      split.push_back(item.substr(0, va));
      split.push_back(item.substr(va + 4));
    } else {
      split.push_back(item);
    }
  }
  std::vector<AgencyName> out;
  for (const std::string& item : split) {
    std::string_view text = Trim(item);
    const bool primary = text.find('*') != std::string_view::npos;
    std::string clean;
    for (char c : text) {
      if (c != '*') clean.push_back(c);
    }
    std::string name = Canonical(clean, repairs);
    if (name.empty()) continue;
    const bool seen =
        std::any_of(out.begin(), out.end(), [&](const AgencyName& a) { return a.name == name; });
    if (seen) continue;
    if (primary) {
      const auto first_plain =
          std::find_if(out.begin(), out.end(), [](const AgencyName& a) { return !a.primary; });
      out.insert(first_plain, {name, true});
    } else {
      out.push_back({name, false});
    }
  }
  return out;
}

std::string Gazetteer::Localize(const std::string& name, std::string_view jurisdiction) const {
  if (jurisdiction.empty()) return name;
  const std::string key = normalizer::FoldKey(name);
  if (std::find(local_keys_.begin(), local_keys_.end(), key) == local_keys_.end()) return name;
  return name + " " + std::string(jurisdiction);
}

std::string_view Gazetteer::KnownPrefix(std::string_view phrase) const {
  size_t best = 0;
  for (size_t i = phrase.find(' '); i != std::string_view::npos; i = phrase.find(' ', i + 1)) {
    if (canonical_by_key_.count(normalizer::FoldKey(Expand(phrase.substr(0, i))))) best = i;
  }
  if (canonical_by_key_.count(normalizer::FoldKey(Expand(phrase)))) return phrase;
  return best > 0 ? phrase.substr(0, best) : phrase;
}

bool Gazetteer::IsAgencyList(std::string_view list) const {
  list = Trim(list);
  if (list.empty() || list.size() > 400) return false;
  size_t items = 0, agencies = 0;
  size_t b = 0;
  while (b <= list.size()) {
    size_t e = list.find(';', b);
    if (e == std::string_view::npos) e = list.size();
    const std::string_view item = Trim(list.substr(b, e - b));
    if (!item.empty()) {
      ++items;
      size_t words = 1;
      for (char c : item) words += c == ' ';
      // a name, not a sentence: an agency head and not too many words
      if (StartsWithHead(item) && words <= 45 && item.find(". ") == std::string_view::npos) {
        ++agencies;
      }
    }
    b = e + 1;
  }
  return items > 0 && agencies == items;
}

}  // namespace vanban::extractor::internal
