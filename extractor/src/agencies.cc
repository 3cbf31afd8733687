#include "agencies.h"

#include <algorithm>
#include <array>

#include "text_util.h"
#include "vanban/normalizer.h"
#include "vanban/utf8.h"

namespace vanban::extractor::internal {

extern const char kGazetteerData[];

namespace {

constexpr std::array<std::pair<AgencyLevel, std::string_view>, 9> kLevelNames{{
    {AgencyLevel::kCentralParty, "central-party"},
    {AgencyLevel::kNationalAssembly, "national-assembly"},
    {AgencyLevel::kGovernment, "government"},
    {AgencyLevel::kMinistry, "ministry"},
    {AgencyLevel::kProvince, "province"},
    {AgencyLevel::kDepartment, "department"},
    {AgencyLevel::kDistrict, "district"},
    {AgencyLevel::kCommune, "commune"},
    {AgencyLevel::kOther, "other"},
}};

std::vector<std::string_view> SplitOn(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t b = 0;
  while (true) {
    const size_t e = s.find(sep, b);
    out.push_back(s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    if (e == std::string_view::npos) return out;
    b = e + 1;
  }
}

// "|"-separated spellings, trimmed, empty ones dropped.
std::vector<std::string_view> SplitBars(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::string_view v : SplitOn(s, '|')) {
    if (!Trim(v).empty()) out.push_back(Trim(v));
  }
  return out;
}

// The optional key=value fields of a data line.
struct Fields {
  std::unordered_map<std::string_view, std::string_view> values;
  std::string_view Get(std::string_view key) const {
    const auto it = values.find(key);
    return it == values.end() ? std::string_view{} : it->second;
  }
};

Fields ReadFields(const std::vector<std::string_view>& f, size_t from) {
  Fields out;
  for (size_t i = from; i < f.size(); ++i) {
    const size_t eq = f[i].find('=');
    if (eq != std::string_view::npos) out.values[Trim(f[i].substr(0, eq))] = f[i].substr(eq + 1);
  }
  return out;
}

bool IsUpperStart(std::string_view s) {
  if (s.empty()) return false;
  size_t len;
  const char32_t cp = utf8::Decode(s, 0, &len);
  return normalizer::FoldKey(s.substr(0, len)) != "" && ToLowerCodePoint(cp) != cp;
}

bool StartsWithWord(std::string_view text, std::string_view word) {
  return text.rfind(word, 0) == 0 && (text.size() == word.size() || text[word.size()] == ' ');
}

// The position where `a` and `b` differ by exactly one edit (a letter
// changed, added or dropped), or npos when they are equal or further apart.
size_t OneEditAt(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return std::string_view::npos;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return a.size() == b.size() ? std::string_view::npos : i;
  const bool one =
      a.size() == b.size() ? a.substr(i + 1) == b.substr(i + 1) : a.substr(i) == b.substr(i + 1);
  return one ? i : std::string_view::npos;
}

// The folded word around byte `at`.
std::string_view WordAt(std::string_view folded, size_t at) {
  at = std::min(at, folded.size());
  size_t b = at;
  while (b > 0 && folded[b - 1] != ' ') --b;
  size_t e = at;
  while (e < folded.size() && folded[e] != ' ') ++e;
  return folded.substr(b, e - b);
}

// A number or a Roman numeral ("1237", "XI"): names that differ there are
// different bodies, not a typo ("khu vực XI" and "khu vực XII").
bool IsNumeral(std::string_view folded_word) {
  if (folded_word.empty()) return false;
  const bool digits = std::all_of(folded_word.begin(), folded_word.end(),
                                  [](char c) { return c >= '0' && c <= '9'; });
  const bool roman = std::all_of(folded_word.begin(), folded_word.end(), [](char c) {
    return c == 'i' || c == 'v' || c == 'x' || c == 'l' || c == 'c';
  });
  return digits || (roman && folded_word.size() <= 4 && folded_word != "xa");
}

// The first inline enumerator (" a) ", " b\\) ") of `text`: its position,
// and in *after where the text after it starts; npos when there is none.
size_t FindEnumerator(std::string_view text, size_t* after) {
  for (size_t i = 0; i + 3 < text.size(); ++i) {
    if (text[i] != ' ' || text[i + 1] < 'a' || text[i + 1] > 'z') continue;
    size_t j = i + 2;
    if (text[j] == '\\') ++j;
    if (j + 1 < text.size() && text[j] == ')' && text[j + 1] == ' ') {
      *after = j + 2;
      return i;
    }
  }
  return std::string_view::npos;
}

// Notes written after names: "(chủ trì)", "theo chức năng, nhiệm vụ", "(b/c)",
// and what follows a colon ("Sở Tài chính: Căn cứ dự toán ...").
std::string_view StripNotes(std::string_view name) {
  name = Trim(name);
  size_t after;
  name = name.substr(0, FindEnumerator(name, &after));
  if (const size_t colon = name.find(':'); colon != std::string_view::npos && colon > 0) {
    name = Trim(name.substr(0, colon));
  }
  // "theo chức năng, nhiệm vụ", "theo chức năng quản lý": how, not who
  if (const size_t at = name.find(" theo chức năng"); at != std::string_view::npos) {
    name = name.substr(0, at);
  }
  // a list cut short by the sentence: "Ủy ban Trung ương Mặt trận ... và các"
  bool trimmed = true;
  while (trimmed) {
    trimmed = false;
    while (!name.empty() &&
           (name.back() == '.' || name.back() == ';' || name.back() == ',' || name.back() == ':')) {
      name.remove_suffix(1);
    }
    for (std::string_view dangling : {" và", " các", " với"}) {
      if (name.size() > dangling.size() &&
          name.compare(name.size() - dangling.size(), dangling.size(), dangling) == 0) {
        name = Trim(name.substr(0, name.size() - dangling.size()));
        trimmed = true;
      }
    }
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

std::string FirstWord(std::string_view s) {
  return std::string(s.substr(0, s.find(' ')));
}

// The words that name the kind of place after an agency ("tỉnh", "xã"),
// folded, with the level of a place of that kind.
struct LocalityWord {
  std::string_view folded;
  AgencyLevel level;
};
constexpr std::array<LocalityWord, 9> kLocalityWords{{
    {"tinh", AgencyLevel::kProvince},
    {"thanh pho", AgencyLevel::kDistrict},  // a province's city; a centrally-run one is kProvince
    {"quan", AgencyLevel::kDistrict},
    {"huyen", AgencyLevel::kDistrict},
    {"thi xa", AgencyLevel::kDistrict},
    {"thi tran", AgencyLevel::kCommune},
    {"dac khu", AgencyLevel::kCommune},
    {"xa", AgencyLevel::kCommune},
    {"phuong", AgencyLevel::kCommune},
}};

// The level of a unit of a place at `place_level` ("Công an" of a province
// is a department).
AgencyLevel UnitLevel(AgencyLevel place_level) {
  return place_level == AgencyLevel::kProvince ? AgencyLevel::kDepartment : place_level;
}

std::string Join(const std::vector<std::string_view>& words, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (!out.empty()) out.push_back(' ');
    out.append(words[i]);
  }
  return out;
}

// "Ủy ban UBTVQH": the words before an abbreviation that its expansion
// repeats ("Ủy ban" + "Ủy ban Thường vụ Quốc hội") are written once.
void DropRepeatedLead(std::string_view expansion, std::string* out) {
  for (size_t sp = expansion.rfind(' '); sp != std::string_view::npos && sp > 0;
       sp = expansion.rfind(' ', sp - 1)) {
    const std::string lead = std::string(expansion.substr(0, sp)) + " ";
    if (out->size() >= lead.size() &&
        out->compare(out->size() - lead.size(), lead.size(), lead) == 0 &&
        (out->size() == lead.size() || (*out)[out->size() - lead.size() - 1] == ' ')) {
      out->resize(out->size() - lead.size());
      return;
    }
  }
}

size_t WordCount(std::string_view folded) {
  return folded.empty() ? 0
                        : 1 + static_cast<size_t>(std::count(folded.begin(), folded.end(), ' '));
}

// True when words[from..] are a place's proper name: capitalised words or
// numbers ("Ninh Xá", "12").
bool IsProperName(const std::vector<std::string_view>& words, size_t from) {
  for (size_t i = from; i < words.size(); ++i) {
    const std::string_view w = words[i];
    if (w.empty()) continue;
    const bool number = w[0] >= '0' && w[0] <= '9';
    if (!number && !IsUpperStart(w) && w != "-") return false;
  }
  return true;
}

}  // namespace

void Gazetteer::AddEntry(const std::string& canonical, AgencyLevel level,
                         const std::string& successor,
                         const std::vector<std::string_view>& spellings) {
  entries_.push_back({canonical, level, successor});
  const size_t index = entries_.size() - 1;
  entry_by_key_[normalizer::FoldKey(canonical)] = index;
  for (std::string_view s : spellings) entry_by_key_.emplace(normalizer::FoldKey(s), index);
}

void Gazetteer::ReadHead(const std::string& name, std::string_view level) {
  Head h{name, normalizer::FoldKey(name), AgencyLevel::kOther, HeadScope::kFixed};
  if (level == "place") {
    h.scope = HeadScope::kPlace;
  } else if (level == "unit") {
    h.scope = HeadScope::kUnit;
  } else if (const auto l = ParseLevel(level)) {
    h.level = *l;
  }
  heads_.push_back(h);
  heads_by_first_word_[FirstWord(name)].push_back(heads_.size() - 1);
}

void Gazetteer::ReadAgency(const std::string& name, const std::vector<std::string_view>& f,
                           std::vector<std::pair<std::string, size_t>>* former) {
  const std::optional<AgencyLevel> level = f.size() >= 3 ? ParseLevel(Trim(f[2])) : std::nullopt;
  // without a level, the third column lists spellings ("agency <name> <a>|<b>")
  const Fields fields = ReadFields(f, level ? 3 : 2);
  std::vector<std::string_view> spellings = SplitBars(fields.Get("aka"));
  if (!level && f.size() >= 3 && f[2].find('=') == std::string_view::npos) {
    spellings = SplitBars(f[2]);
  }
  AddEntry(name, level.value_or(AgencyLevel::kOther), std::string(fields.Get("successor")),
           spellings);
  for (std::string_view old : SplitBars(fields.Get("formerly"))) {
    former->emplace_back(std::string(old), entries_.size() - 1);
  }
}

void Gazetteer::ReadPlace(const std::string& name, const std::vector<std::string_view>& f) {
  const Fields fields = ReadFields(f, 3);
  const bool city = f.size() >= 3 && normalizer::FoldKey(f[2]) == "thanh pho";
  places_.push_back({name, city, std::string(fields.Get("successor"))});
  place_by_key_[normalizer::FoldKey(name)] = places_.size() - 1;
  for (std::string_view aka : SplitBars(fields.Get("aka"))) {
    place_by_key_.emplace(normalizer::FoldKey(aka), places_.size() - 1);
  }
}

void Gazetteer::ReadCollective(const std::string& name, const std::vector<std::string_view>& f) {
  const Fields fields = ReadFields(f, 3);
  Collective c;
  c.canonical = name;
  c.level =
      f.size() >= 3 ? ParseLevel(Trim(f[2])).value_or(AgencyLevel::kOther) : AgencyLevel::kOther;
  for (std::string_view p : SplitBars(fields.Get("starts"))) c.starts.emplace_back(p);
  for (std::string_view p : SplitBars(fields.Get("exact"))) c.exact.emplace_back(p);
  for (std::string_view w : SplitOn(fields.Get("words"), ' ')) {
    if (!w.empty()) c.words.emplace(w);
  }
  collectives_.push_back(c);
  AddEntry(name, c.level, "", {});  // the plain name of a collective is a known name too
}

Gazetteer Gazetteer::Parse(std::string_view tsv) {
  Gazetteer g;
  // "formerly=" names become rows once every row is read (their successor
  // is the row that lists them)
  std::vector<std::pair<std::string, size_t>> former;
  for (const Span& span : SplitLines(tsv)) {
    const std::string_view line = tsv.substr(span.begin, span.end - span.begin);
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string_view> f = SplitOn(line, '\t');
    if (f.size() < 2 || Trim(f[1]).empty()) continue;
    const std::string name(Trim(f[1]));
    if (f[0] == "head") {
      g.ReadHead(name, f.size() >= 3 ? Trim(f[2]) : std::string_view{});
    } else if (f[0] == "title") {
      g.titles_.push_back(name);
    } else if (f[0] == "nothead") {
      g.not_heads_.push_back(name);
    } else if (f[0] == "abbrev" && f.size() >= 3) {
      g.abbreviations_.emplace_back(name, f[2]);
    } else if (f[0] == "local") {
      g.local_keys_.push_back(normalizer::FoldKey(name));
    } else if (f[0] == "agency") {
      g.ReadAgency(name, f, &former);
    } else if (f[0] == "place") {
      g.ReadPlace(name, f);
    } else if (f[0] == "collective") {
      g.ReadCollective(name, f);
    }
  }
  for (const auto& [old, successor] : former) {
    if (g.entry_by_key_.count(normalizer::FoldKey(old))) continue;  // has a row of its own
    g.AddEntry(old, g.entries_[successor].level, g.entries_[successor].canonical, {});
  }
  std::sort(g.abbreviations_.begin(), g.abbreviations_.end(),
            [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  g.Link();
  return g;
}

std::vector<std::string> Gazetteer::DataProblems() const {
  std::vector<std::string> out;
  for (const Entry& e : entries_) {
    if (!e.successor.empty() && !Find(normalizer::FoldKey(e.successor))) {
      out.push_back("successor of " + e.canonical + " is unknown: " + e.successor);
    }
  }
  for (const Place& p : places_) {
    if (!p.successor.empty() && !place_by_key_.count(normalizer::FoldKey(p.successor))) {
      out.push_back("successor of " + p.name + " is unknown: " + p.successor);
    }
  }
  return out;
}

// Buckets the known names by their head word: a typo is only repaired into
// a name with the same head, so the level never changes.
void Gazetteer::Link() {
  for (const auto& [key, index] : entry_by_key_) {
    const Head* head = HeadOf(key);
    keys_by_head_[head ? head->folded : FirstWord(key)].push_back(key);
  }
  for (auto& [head, keys] : keys_by_head_) std::sort(keys.begin(), keys.end());
}

Gazetteer Gazetteer::BuiltIn() {
  return Parse(kGazetteerData);
}

// The longest head that starts the folded name, word for word.
const Gazetteer::Head* Gazetteer::HeadOf(std::string_view folded) const {
  const Head* best = nullptr;
  for (const Head& h : heads_) {
    if (StartsWithWord(folded, h.folded) && (!best || h.folded.size() > best->folded.size())) {
      best = &h;
    }
  }
  return best;
}

const Gazetteer::Entry* Gazetteer::Find(std::string_view folded) const {
  const auto it = entry_by_key_.find(std::string(folded));
  return it == entry_by_key_.end() ? nullptr : &entries_[it->second];
}

bool Gazetteer::StartsWithHead(std::string_view text) const {
  text = Trim(text);
  if (text.rfind("các ", 0) == 0 || text.rfind("Các ", 0) == 0) return true;
  if (!IsUpperStart(text)) return false;
  for (const std::string& not_head : not_heads_) {
    if (text.rfind(not_head, 0) == 0) return false;
  }
  const std::string first = FirstWord(text);
  if (const auto it = heads_by_first_word_.find(first); it != heads_by_first_word_.end()) {
    for (size_t i : it->second) {
      if (StartsWithWord(text, heads_[i].text)) return true;
    }
  }
  // "Sỏ Nội vụ": a typo in the head word itself
  return normalizer::FoldKey(first) == "so";
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
            (end == name.size() || !is_word(name[end]) || !is_word(from.back()))) {
          DropRepeatedLead(to, &out);
          out += to;
          if (end < name.size() && is_word(name[end])) out.push_back(' ');  // "TP.Huế"
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

const Gazetteer::Collective* Gazetteer::FindCollective(std::string_view name) const {
  const std::string folded = normalizer::FoldKey(name);
  for (const Collective& c : collectives_) {
    const bool exact = std::find(c.exact.begin(), c.exact.end(), folded) != c.exact.end();
    const bool starts = std::any_of(c.starts.begin(), c.starts.end(), [&](const std::string& s) {
      return StartsWithWord(folded, s);
    });
    if (exact) return &c;
    if (!starts) continue;
    bool all_words = true;
    for (std::string_view w : SplitOn(folded, ' ')) {
      if (!c.words.count(std::string(w))) {
        all_words = false;
        break;
      }
    }
    if (all_words) return &c;
  }
  return nullptr;
}

// The known name one edit away from `key` with the same head word, if any.
std::optional<std::string> Gazetteer::RepairTypo(const std::string& key) const {
  if (key.size() <= 6) return std::nullopt;
  const Head* head = HeadOf(key);
  const auto bucket = keys_by_head_.find(head ? head->folded : FirstWord(key));
  if (bucket == keys_by_head_.end()) return std::nullopt;
  for (const std::string& k : bucket->second) {
    if (k.size() <= 6) continue;
    const size_t at = OneEditAt(k, key);
    if (at == std::string_view::npos) continue;
    if (IsNumeral(WordAt(k, at)) || IsNumeral(WordAt(key, at))) continue;
    return entries_[entry_by_key_.at(k)].canonical;
  }
  return std::nullopt;
}

// A known body ("Bộ Xây dựng", "Sở Y tế") followed by words that are not
// part of a name: a lower-case word that does not name a place, a branch, a
// level or a term ("Ngân hàng Nhà nước khu vực V", "Ủy ban Kinh tế của Quốc
// hội", "Phòng Khoáng sản thuộc Sở" stay whole).
const Gazetteer::Entry* Gazetteer::RunOnPrefix(std::string_view name) const {
  static constexpr std::string_view kNameWords[] = {
      "khu", "chi",  "tai",   "tinh",  "thanh", "xa",    "phuong", "huyen", "quan", "thi",
      "cap", "vung", "mien",  "cua",   "va",    "trung", "nha",    "quoc",  "viet", "cac",
      "so",  "tu",   "ve",    "thuoc", "truc",  "o",     "tren",   "dia",   "khoa", "nhiem",
      "lan", "giai", "nganh", "dan",   "doan",  "cong",  "chuyen", "phong", "ban",  "hoi"};
  const Entry* best = nullptr;
  for (size_t i = name.find(' '); i != std::string_view::npos; i = name.find(' ', i + 1)) {
    const Entry* e = Find(normalizer::FoldKey(name.substr(0, i)));
    if (!e) continue;
    const std::string_view rest = Trim(name.substr(i));
    if (rest.empty() || IsUpperStart(rest) || static_cast<unsigned char>(rest[0]) < 'A') continue;
    const std::string next = FirstWord(normalizer::FoldKey(rest));
    if (std::find(std::begin(kNameWords), std::end(kNameWords), next) != std::end(kNameWords)) {
      continue;
    }
    best = e;
  }
  return best;
}

// An agency, or an office holder standing for one ("Tổ trưởng Tổ đảng ...").
bool Gazetteer::StartsAgency(std::string_view text) const {
  return StartsWithHead(text) || WithoutTitle(Trim(text)).size() != Trim(text).size();
}

// "Bộ trưởng Bộ Công an", "Chủ tịch UBND tỉnh": the office holder stands
// for the body named after the title; the body is the agency.
std::string_view Gazetteer::WithoutTitle(std::string_view name) const {
  for (const std::string& title : titles_) {
    if (name.size() > title.size() + 1 && name.compare(0, title.size(), title) == 0 &&
        name[title.size()] == ' ') {
      // "Bí thư tỉnh ủy": a body written in lower case after the title, of
      // more than its head word ("Trưởng phòng" alone is a person)
      const std::string_view body = Trim(name.substr(title.size()));
      if (StartsWithHead(body) ||
          (body.find(' ') != std::string_view::npos && StartsWithHead(CapitalizeFirst(body)))) {
        return body;
      }
    }
  }
  return name;
}

std::string Gazetteer::Canonical(std::string_view written, std::vector<Repair>* repairs) const {
  const std::string_view noted = StripNotes(written);
  if (noted.empty()) return "";
  if (const Collective* c = FindCollective(noted)) return c->canonical;
  const std::string_view body = WithoutTitle(noted);
  if (body.size() != noted.size()) {
    const std::string named = Canonical(CapitalizeFirst(body), nullptr);
    if (repairs) repairs->push_back({"agency-title", std::string(noted), named, {}});
    return named;
  }
  const std::string_view name = noted;
  const std::string expanded = Expand(name);
  const std::string key = normalizer::FoldKey(expanded);
  const Entry* found = Find(key);
  if (!found) found = Find(normalizer::FoldKey(name));
  std::string result;
  std::string reason;
  if (found) {
    result = found->canonical;
    if (normalizer::FoldKey(result) != normalizer::FoldKey(name)) {
      reason = "agency-abbreviation";
    } else if (result != name && IsUpperStart(name)) {
      reason = "agency-typo";  // same letters, other marks: "Sỏ Nội vụ"
    }
  } else if (std::optional<std::string> repaired = RepairTypo(key)) {
    result = *repaired;
    reason = "agency-typo";
  }
  if (result.empty()) {
    if (const Entry* e = RunOnPrefix(expanded)) {
      // "Bộ Xây dựng đẩy nhanh tiến độ ...": the sentence ran on after the name
      result = e->canonical;
      if (repairs) repairs->push_back({"agency-clause", std::string(name), result, {}});
      return result;
    }
    result = CapitalizeFirst(expanded);
    if (expanded != name) reason = "agency-abbreviation";
  }
  if (!reason.empty() && repairs) repairs->push_back({reason, std::string(name), result, {}});
  return result;
}

// Splits "Sở Tư pháp tỉnh Sơn La" into the body and its place: the longest
// leading words that name a known body, or a head word that takes a place
// ("Ủy ban nhân dân" + "tỉnh Lào Cai").
std::optional<Gazetteer::Located> Gazetteer::Locate(const std::string& canonical) const {
  const std::vector<std::string_view> words = SplitOn(canonical, ' ');
  std::optional<Located> by_head;
  for (size_t j = words.size() - 1; j >= 1; --j) {
    const std::string suffix = normalizer::FoldKey(Join(words, j, words.size()));
    Located l;
    l.place_level = AgencyLevel::kProvince;
    std::string place_key = suffix;
    bool worded = false;
    for (const LocalityWord& w : kLocalityWords) {
      if (StartsWithWord(suffix, w.folded)) {
        place_key = suffix.size() > w.folded.size() ? suffix.substr(w.folded.size() + 1) : "";
        l.place_level = w.level;
        worded = true;
        break;
      }
    }
    if (const auto p = place_by_key_.find(place_key); p != place_by_key_.end()) {
      l.place = &places_[p->second];
    }
    if (worded && l.place_level == AgencyLevel::kDistrict && !place_key.empty() && l.place &&
        l.place->city) {
      l.place_level = AgencyLevel::kProvince;  // "thành phố Hà Nội"
    }
    if (worded && place_key.empty() && StartsWithWord(suffix, "thanh pho")) {
      l.place_level = AgencyLevel::kProvince;  // "Công an Thành phố" in a city's plan
    }
    if (!worded && !l.place) continue;  // neither "tỉnh ..." nor a province's name
    if (worded && !l.place && !IsProperName(words, j + WordCount(suffix) - WordCount(place_key))) {
      continue;  // "thành phố Hà Nội và Ủy ban ... cần": a sentence, not a place
    }
    l.base = Join(words, 0, j);
    l.locality = Join(words, j, words.size());
    const std::string base_key = normalizer::FoldKey(l.base);
    if ((l.entry = Find(base_key))) return l;
    if (!by_head) {
      const Head* head = HeadOf(base_key);
      if (head && head->folded == base_key && head->scope != HeadScope::kFixed) {
        l.head = head;
        by_head = l;
      }
    }
  }
  return by_head;
}

// "Sở Thông tin và Truyền thông tỉnh Bắc Giang" -> "Sở Khoa học và Công
// nghệ tỉnh Bắc Ninh": the successor of the body at the successor of the place.
std::string Gazetteer::LocalitySuccessor(const Located& l) const {
  const std::string body_successor = l.entry ? l.entry->successor : "";
  const bool place_moved = l.place && !l.place->successor.empty();
  if (body_successor.empty() && !place_moved) return "";
  std::string body = body_successor.empty() ? l.base : body_successor;
  std::string locality = l.locality;
  if (place_moved) {
    const auto p = place_by_key_.find(normalizer::FoldKey(l.place->successor));
    const bool city = p != place_by_key_.end() && places_[p->second].city;
    const bool worded = normalizer::FoldKey(l.locality) != normalizer::FoldKey(l.place->name) &&
                        !place_by_key_.count(normalizer::FoldKey(l.locality));
    locality = worded ? std::string(city ? "thành phố " : "tỉnh ") + l.place->successor
                      : l.place->successor;
    // "Công an tỉnh Hải Dương" -> "Công an thành phố Hải Phòng"
    constexpr std::string_view kProvinceWord = " tỉnh";
    if (city && body.size() > kProvinceWord.size() &&
        body.compare(body.size() - kProvinceWord.size(), kProvinceWord.size(), kProvinceWord) ==
            0) {
      body.replace(body.size() - kProvinceWord.size(), kProvinceWord.size(), " thành phố");
    }
  }
  return body + " " + locality;
}

Agency Gazetteer::Identify(std::string_view name) const {
  Agency id;
  id.name = Canonical(name, nullptr);
  id.key = normalizer::FoldKey(id.name);
  if (id.name.empty()) return id;
  if (const Entry* e = Find(id.key)) {
    id.known = true;
    id.level = e->level;
    id.successor = e->successor;
    id.key = normalizer::FoldKey(e->canonical);
    return id;
  }
  if (const std::optional<Located> l = Locate(id.name)) {
    id.known = true;
    if (l->entry) {
      const bool local =
          l->entry->level == AgencyLevel::kDistrict || l->entry->level == AgencyLevel::kCommune;
      id.level = local ? UnitLevel(l->place_level) : l->entry->level;
    } else {
      id.level = l->head->scope == HeadScope::kPlace ? l->place_level : UnitLevel(l->place_level);
    }
    id.successor = LocalitySuccessor(*l);
    return id;
  }
  if (const Head* head = HeadOf(id.key); head && head->scope == HeadScope::kFixed) {
    id.level = head->level;
  }
  return id;
}

void Gazetteer::AppendAgencies(std::string_view list, std::string_view jurisdiction,
                               std::vector<Agency>* out, std::vector<Repair>* repairs) const {
  for (const AgencyName& a : Split(list, repairs)) {
    std::string name = Localize(a.name, jurisdiction);
    Agency agency = Identify(name);
    agency.name = std::move(name);  // Split has made it canonical already
    agency.primary = a.primary;
    const bool seen = std::any_of(out->begin(), out->end(),
                                  [&](const Agency& o) { return o.name == agency.name; });
    if (!seen && !agency.name.empty()) out->push_back(std::move(agency));
  }
}

std::vector<Agency> Gazetteer::Predecessors(const Agency& agency) const {
  std::vector<Agency> out;
  if (!agency.known) return out;
  for (const Entry& e : entries_) {
    if (!e.successor.empty() && normalizer::FoldKey(e.successor) == agency.key) {
      out.push_back(Identify(e.canonical));
    }
  }
  return out;
}

// The list with its inline enumerators ("a)", "b\\)") turned into ';',
// dropping the segments after one that start no agency.
std::string Gazetteer::WithoutEnumerators(std::string_view list) const {
  std::string out;
  bool keep = true;
  while (true) {
    size_t after = 0;
    const size_t at = FindEnumerator(list, &after);
    const std::string_view segment = Trim(list.substr(0, at));
    if (keep && !segment.empty()) {
      if (!out.empty()) out += "; ";
      out.append(segment);
    }
    if (at == std::string_view::npos) return out;
    list = list.substr(after);
    keep = StartsWithHead(list);
  }
}

std::vector<AgencyName> Gazetteer::Split(std::string_view list,
                                         std::vector<Repair>* repairs) const {
  // "Sở Tài chính: Căn cứ dự toán ...": what follows an agency's colon is
  // its task, not more agencies.
  if (const size_t colon = list.find(':');
      colon != std::string_view::npos && colon > 0 && StartsWithHead(list.substr(0, colon))) {
    list = list.substr(0, colon);
  }
  // "Các doanh nghiệp công nghệ số a) Các doanh nghiệp viễn thông ...": an
  // enumerator inside the text starts the next item, which is an agency only
  // when it starts with a head ("Sở Tài chính a) Trên cơ sở ..." is one).
  const std::string enumerated = WithoutEnumerators(list);
  list = enumerated;
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
      const Collective* before = items.empty() ? nullptr : FindCollective(items.back());
      const bool joins_collective =
          !items.empty() && IsCollective(items.back() + ", " + std::string(piece));
      bool continues = !items.empty() && !after_semicolon && !StartsAgency(piece) &&
                       !Find(normalizer::FoldKey(piece));
      // after a collective, only more of the collective continues it
      if (continues && before && !joins_collective &&
          !before->words.count(FirstWord(normalizer::FoldKey(piece)))) {
        continues = false;
      }
      // "Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện": the local
      // governments after a semicolon are still the one collective
      const std::string folded_piece = normalizer::FoldKey(piece);
      const bool governments = folded_piece.find("cac ") != std::string::npos ||
                               folded_piece.find("cap ") != std::string::npos;
      const bool collective_tail =
          !items.empty() && (!after_semicolon || governments) && before && joins_collective;
      if (continues || collective_tail) {
        items.back() += ", " + std::string(piece);
      } else {
        items.emplace_back(piece);
      }
    }
    after_semicolon = e < list.size() && list[e] == ';';
    b = e + 1;
  }
  // "X và các sở, ban, ngành liên quan", "các sở ... và các doanh nghiệp",
  // "Bộ Lao động - Thương binh và Xã hội và Bộ Quốc phòng": a group or a
  // second agency after "và" splits off.
  constexpr std::string_view kAnd = " và ";
  std::vector<std::string> split;
  for (std::string item : items) {
    while (true) {
      size_t cut = std::string::npos;
      for (size_t va = item.find(kAnd); va != std::string::npos; va = item.find(kAnd, va + 1)) {
        const std::string left = item.substr(0, va);
        const std::string right = item.substr(va + kAnd.size());
        const bool group = right.rfind("các ", 0) == 0 && !IsCollective(item) &&
                           (IsCollective(right) || IsCollective(left) || StartsAgency(left));
        // a second agency: the whole is no known name and both parts start
        // with a head ("Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân")
        const bool second = IsUpperStart(right) && StartsAgency(right) && StartsAgency(left) &&
                            !IsCollective(item) && !Find(normalizer::FoldKey(Expand(item))) &&
                            !Locate(Expand(item)).has_value();
        // "các bộ, ngành liên quan và giao các trường ...": after a
        // collective, words that start no agency are the sentence, not a name
        const bool tail = !IsCollective(item) && IsCollective(left) && !StartsAgency(right);
        if (tail) {
          item = left;
          break;
        }
        if (group || second) {
          cut = va;
          break;
        }
      }
      if (cut == std::string::npos) break;
      split.push_back(item.substr(0, cut));
      item = item.substr(cut + kAnd.size());
    }
    split.push_back(item);
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
  // In a list ("Hội đồng Dân tộc, các Ủy ban của Quốc hội, Văn phòng X giúp
  // ..."), only the last item can run on into the sentence.
  size_t item = 0;
  for (size_t sep = phrase.find_first_of(",;"); sep != std::string_view::npos;
       sep = phrase.find_first_of(",;", sep + 1)) {
    if (StartsWithHead(phrase.substr(sep + 1))) item = sep + 1;
  }
  while (item < phrase.size() && phrase[item] == ' ') ++item;
  const std::string_view last = phrase.substr(item);
  size_t best = 0;
  for (size_t i = last.find(' '); i != std::string_view::npos; i = last.find(' ', i + 1)) {
    if (Find(normalizer::FoldKey(Expand(last.substr(0, i))))) best = i;
  }
  if (best == 0 || Find(normalizer::FoldKey(Expand(last)))) return phrase;
  return phrase.substr(0, item + best);
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

namespace vanban::extractor {

std::string_view LevelName(AgencyLevel level) {
  for (const auto& [l, name] : internal::kLevelNames) {
    if (l == level) return name;
  }
  return "other";
}

std::optional<AgencyLevel> ParseLevel(std::string_view name) {
  for (const auto& [l, n] : internal::kLevelNames) {
    if (n == name) return l;
  }
  return std::nullopt;
}

}  // namespace vanban::extractor
