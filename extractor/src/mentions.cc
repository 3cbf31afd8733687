#include "mentions.h"

#include <algorithm>
#include <charconv>
#include <map>

#include "doc_number.h"
#include "doc_types.h"
#include "text_util.h"
#include "vanban/edit_distance.h"
#include "vanban/normalizer.h"
#include "vanban/utf8.h"

namespace vanban::extractor::internal {

namespace {

bool IsLetterByte(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
}

// The type word written before a number ("Kế hoạch hành động số",
// "Luật Chuyển đổi số số"): its type and where it starts, or "".
std::string TypeWordBefore(std::string_view text, size_t number_begin, size_t* phrase_begin) {
  *phrase_begin = number_begin;
  size_t from = number_begin > 90 ? number_begin - 90 : 0;
  std::string_view window = text.substr(from, number_begin - from);
  window = TrimSpace(window);
  from = static_cast<size_t>(window.data() - text.data());  // indices below are in the window
  for (std::string_view suffix : {"số:", "Số:", "số", "Số", "SỐ"}) {
    if (window.ends_with(suffix)) {
      window = TrimSpace(window.substr(0, window.size() - suffix.size()));
      break;
    }
  }
  std::string best;
  size_t best_len = 0;
  for (const DocumentType& t : DocumentTypes()) {
    for (std::string_view name : t.names) {
      if (name.size() <= best_len || name.size() > window.size()) continue;
      const size_t at = window.size() - name.size();
      if (at > 0 && IsLetterByte(window[at - 1])) continue;
      // the first letter must agree (ASCII case aside) before folding
      if ((window[at] | 0x20) != (name[0] | 0x20) && static_cast<unsigned char>(name[0]) < 0x80) {
        continue;
      }
      if (normalizer::FoldKey(window.substr(at)) != normalizer::FoldKey(name)) continue;
      best = t.code == "QH" ? "Luật" : std::string(t.code);
      best_len = name.size();
      *phrase_begin = from + at;
    }
  }
  if (!best.empty()) return best;
  // "Luật Chuyển đổi số số 148/2025/QH15": a law's name between the word
  // and the number.
  const size_t law = window.rfind("Luật ");
  if (law != std::string_view::npos &&
      window.substr(law).find_first_of(",;.()") == std::string_view::npos) {
    *phrase_begin = from + law;
    return "Luật";
  }
  return "";
}

// Where the description after a mention must stop.
size_t DescriptionLimit(std::string_view text, size_t from, size_t next_phrase) {
  const size_t limit = std::min(next_phrase, text.size());
  const std::string_view window = text.substr(0, limit);
  size_t end = limit;
  for (std::string_view stop : {";", ". ", "\n", "(", ")"}) {
    const size_t at = window.find(stop, from);
    if (at != std::string_view::npos && at < end) end = at;
  }
  return end;
}

Date ParseNumericDate(const re2::StringPiece* g) {
  Date d;
  d.day = DigitsValue(std::string_view(g[1].data(), g[1].size()));
  d.month = DigitsValue(std::string_view(g[2].data(), g[2].size()));
  d.year = DigitsValue(std::string_view(g[3].data(), g[3].size()));
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return {};
  return d;
}

// Reads "ngày dd/mm/yyyy", "ngày d tháng m năm y", "của X", "về Y" after a
// number, in any order the documents use, up to `limit`.
void ReadDescription(const Patterns& p, std::string_view text, size_t from, size_t limit,
                     Mention* m, size_t* tail_end) {
  size_t pos = from;
  *tail_end = from;
  for (int round = 0; round < 3 && pos < limit; ++round) {
    const std::string_view rest = text.substr(pos, limit - pos);
    re2::StringPiece g[4];
    const re2::StringPiece in(rest.data(), rest.size());
    const std::string_view trimmed = TrimSpace(rest);
    if (m->date.empty() && p.date_numeric.Match(in, 0, in.size(), RE2::ANCHOR_START, g, 4)) {
      m->date = ParseNumericDate(g);
      pos += g[0].size();
    } else if (m->date.empty() && trimmed.rfind("ngày", 0) == 0 &&
               p.date_words.Match(in, 0, in.size(), RE2::UNANCHORED, g, 4) &&
               g[0].data() - rest.data() < 8) {
      if (!g[3].empty()) m->date.year = DigitsValue(std::string_view(g[3].data(), g[3].size()));
      if (!g[2].empty()) m->date.month = DigitsValue(std::string_view(g[2].data(), g[2].size()));
      if (!g[1].empty()) m->date.day = DigitsValue(std::string_view(g[1].data(), g[1].size()));
      pos = static_cast<size_t>(g[0].data() - text.data()) + g[0].size();
    } else if (m->issuer.empty() && trimmed.rfind("của ", 0) == 0) {
      const size_t b =
          static_cast<size_t>(trimmed.data() - text.data()) + std::string_view("của ").size();
      // the issuer ends at the first of these words, searched only up to
      // `limit` so a long document is not scanned again per mention
      const std::string_view window = text.substr(0, limit);
      size_t e = limit;
      for (std::string_view stop : {" về ", ",", " ngày ", " ban hành", " thực hiện", " triển khai",
                                    " đã ", " phê duyệt", " tại "}) {
        const size_t at = window.find(stop, b);
        if (at != std::string_view::npos && at < e) e = at;
      }
      m->issuer = std::string(TrimSpace(text.substr(b, e - b)));
      pos = e;
    } else {
      break;
    }
    *tail_end = pos;
  }
  const std::string_view rest = TrimSpace(text.substr(pos, limit - pos));
  if (rest.rfind("về ", 0) == 0) {
    const size_t b = static_cast<size_t>(rest.data() - text.data());
    m->subject = std::string(rest.substr(0, std::min<size_t>(rest.size(), 400)));
    *tail_end = b + rest.size();
  }
}

// "(viết tắt là Nghị quyết số 71/NQ-CP)", "(sau đây gọi tắt là NQ24)",
// "(sau đây gọi là Nghị quyết số 57-NQ/TW)": a name given to a document
// cited just before, not a new citation.
bool InsideAbbreviationNote(std::string_view text, size_t phrase_begin) {
  const size_t open = text.rfind('(', phrase_begin);
  if (open == std::string_view::npos || phrase_begin - open > 60) return false;
  if (text.find(')', open) < phrase_begin) return false;
  const std::string_view inside = text.substr(open + 1, phrase_begin - open - 1);
  if (inside.find("tắt") == std::string_view::npos &&
      inside.find("TẮT") == std::string_view::npos &&
      inside.find("gọi") == std::string_view::npos) {
    return false;  // the cheap test first: folding is the costly part
  }
  const std::string folded = normalizer::FoldKey(inside);
  return folded.find("viet tat") != std::string::npos ||
         folded.find("goi tat") != std::string::npos || folded.find("goi la") != std::string::npos;
}

// The legislature that passes laws in `year` (Quốc hội khóa XIII sat
// 2011-2016, each later one five years), or 0 in a year two of them share.
int LegislatureOfYear(int year) {
  if (year >= 2012) return (year - 2011) % 5 == 0 ? 0 : 13 + (year - 2011) / 5;
  if (year >= 2008 && year <= 2010) return 12;
  if (year >= 2003 && year <= 2006) return 11;
  return 0;
}

// "Luật Đầu tư công số ...": the words before a number name a law (the
// law's name may end in another type word: "Luật Ban hành văn bản").
bool NamesALaw(std::string_view text, size_t number_begin) {
  const size_t from = number_begin > 120 ? number_begin - 120 : 0;
  const std::string_view window = text.substr(from, number_begin - from);
  const size_t law = window.rfind("Luật ");
  return law != std::string_view::npos &&
         window.substr(law).find_first_of(",;.()") == std::string_view::npos;
}

// "Luật Ban hành văn bản quy phạm pháp luật số 64/2025": a law cited
// without its legislature. The legislature of another law of that year in
// the same text, or the one sitting that whole year, completes it
// (64/2025/QH15).
void AddLawsWithoutLegislature(const Patterns& patterns, std::string_view text,
                               std::vector<NumberMatch>* numbers) {
  re2::StringPiece g[3];
  const re2::StringPiece in(text.data(), text.size());
  std::vector<NumberMatch> found;
  size_t pos = 0;
  while (pos < text.size() &&
         patterns.law_without_legislature.Match(in, pos, in.size(), RE2::UNANCHORED, g, 3)) {
    const size_t begin = static_cast<size_t>(g[1].data() - text.data());
    const size_t end = static_cast<size_t>(g[2].data() - text.data()) + g[2].size();
    pos = end;
    const bool taken = std::any_of(numbers->begin(), numbers->end(), [&](const NumberMatch& n) {
      return n.span.begin < end && begin < n.span.end;
    });
    if (taken || !NamesALaw(text, begin)) continue;
    int year = 0;
    const std::string_view y(g[2].data(), g[2].size());
    if (std::from_chars(y.data(), y.data() + y.size(), year).ec != std::errc()) continue;
    std::string legislature;
    for (const NumberMatch& n : *numbers) {
      if (n.code.type == "QH" && n.code.year == year && n.code.issuer.rfind("QH", 0) == 0) {
        legislature = n.code.issuer;
      }
    }
    if (legislature.empty() && LegislatureOfYear(year) > 0) {
      legislature = "QH" + std::to_string(LegislatureOfYear(year));
    }
    if (legislature.empty()) continue;
    NumberMatch m;
    m.span = {begin, end};
    m.code.number = std::string(g[1].data(), g[1].size());
    m.code.year = year;
    m.code.type = "QH";
    m.code.issuer = legislature;
    m.code.canonical = m.code.number + "/" + std::string(y) + "/" + legislature;
    m.code.key = CodeKey(m.code.canonical);
    m.repaired = true;
    m.repair_kind = "law-legislature";
    found.push_back(std::move(m));
  }
  if (found.empty()) return;
  numbers->insert(numbers->end(), found.begin(), found.end());
  std::sort(numbers->begin(), numbers->end(),
            [](const NumberMatch& a, const NumberMatch& b) { return a.span.begin < b.span.begin; });
}

}  // namespace

void FindMentions(const Patterns& patterns, const Segment& segment, std::vector<Mention>* mentions,
                  std::vector<MentionExtent>* extents, std::vector<Repair>* repairs) {
  std::vector<NumberMatch> numbers = FindNumbers(patterns, segment.text);
  AddLawsWithoutLegislature(patterns, segment.text, &numbers);
  std::vector<size_t> phrase_begins(numbers.size());
  std::vector<std::string> types(numbers.size());
  for (size_t i = 0; i < numbers.size(); ++i) {
    types[i] = TypeWordBefore(segment.text, numbers[i].span.begin, &phrase_begins[i]);
  }
  for (size_t i = 0; i < numbers.size(); ++i) {
    const NumberMatch& n = numbers[i];
    Mention m;
    m.code = n.code;
    m.segment = segment.index;
    m.span = n.span;
    m.source = segment.map->ToSource(n.span);
    m.type = !types[i].empty() ? types[i] : (n.code.type.empty() ? "CV" : n.code.type);
    m.surface = std::string(segment.text.substr(phrase_begins[i], n.span.end - phrase_begins[i]));
    const size_t next_phrase = i + 1 < numbers.size() ? phrase_begins[i + 1] : segment.text.size();
    MentionExtent extent;
    extent.phrase_begin = phrase_begins[i];
    extent.abbreviation_note = InsideAbbreviationNote(segment.text, phrase_begins[i]);
    ReadDescription(patterns, segment.text, n.span.end,
                    DescriptionLimit(segment.text, n.span.end, next_phrase), &m, &extent.tail_end);
    if (n.repaired) {
      repairs->push_back({n.repair_kind,
                          std::string(segment.text.substr(n.span.begin, n.span.end - n.span.begin)),
                          n.code.canonical, m.source});
    }
    mentions->push_back(std::move(m));
    extents->push_back(extent);
  }
}

void FindShortForms(const Patterns& patterns, const Segment& segment,
                    std::vector<Mention>* mentions, std::vector<MentionExtent>* extents) {
  // Fully cited documents by (type, number).
  std::map<std::pair<std::string, std::string>, std::vector<size_t>> cited;
  for (size_t i = 0; i < mentions->size(); ++i) {
    const Mention& m = (*mentions)[i];
    if (!m.short_form) cited[{m.code.type, m.code.number}].push_back(i);
  }
  std::vector<Span> taken;
  for (const Mention& m : *mentions) {
    if (m.segment == segment.index) taken.push_back(m.span);
  }
  std::sort(taken.begin(), taken.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  re2::StringPiece g[3];
  const re2::StringPiece in(segment.text.data(), segment.text.size());
  size_t pos = 0;
  while (pos < segment.text.size() &&
         patterns.short_form.Match(in, pos, in.size(), RE2::UNANCHORED, g, 3)) {
    const size_t begin = static_cast<size_t>(g[0].data() - segment.text.data());
    const size_t end = static_cast<size_t>(g[2].data() - segment.text.data()) + g[2].size();
    pos = end;
    if (begin > 0 && IsLetterByte(segment.text[begin - 1])) continue;
    // `taken` is in text order: only the spans around this one can overlap
    const auto near = std::lower_bound(taken.begin(), taken.end(), begin,
                                       [](const Span& s, size_t b) { return s.end <= b; });
    const bool overlaps = near != taken.end() && near->begin < end + 8;
    if (overlaps) continue;
    const std::string word(g[1].data(), g[1].size());
    size_t used;
    std::string type(TypeOfWords(word, &used));
    if (type.empty()) type = std::string(CanonicalTypeCode(word));
    const std::string number(g[2].data(), g[2].size());
    const auto it = cited.find({type, number});
    if (it == cited.end()) continue;
    // exactly one document with that type and number
    const Mention& full = (*mentions)[it->second.front()];
    bool unique = true;
    for (size_t k : it->second) unique &= (*mentions)[k].code.key == full.code.key;
    if (!unique) continue;
    Mention m;
    m.code = full.code;
    m.type = full.type;
    m.segment = segment.index;
    m.span = {begin, end};
    m.source = segment.map->ToSource(m.span);
    m.surface = std::string(segment.text.substr(begin, end - begin));
    m.short_form = true;
    mentions->push_back(std::move(m));
    extents->push_back({begin, end, InsideAbbreviationNote(segment.text, begin)});
  }
}

namespace {

// Edit distance 1 between two ASCII/UTF-8 strings, by bytes (the issuer
// codes that differ are upper-case ASCII in practice: BKHCN / BKHHCN).
bool OneEditApart(std::string_view a, std::string_view b) {
  return a != b && BoundedEditDistance(a, b, 1) == 1;
}

struct Group {
  DocumentCode code;
  std::vector<size_t> mentions;
};

// Merges group `from` into group `into`, recording the alias.
void Merge(std::vector<Group>* groups, size_t into, size_t from, const char* kind,
           std::vector<Mention>* mentions, std::vector<Repair>* repairs) {
  Group& a = (*groups)[into];
  Group& b = (*groups)[from];
  repairs->push_back(
      {kind, b.code.canonical, a.code.canonical, (*mentions)[b.mentions.front()].source});
  a.mentions.insert(a.mentions.end(), b.mentions.begin(), b.mentions.end());
  b.mentions.clear();
}

}  // namespace

std::vector<Reference> BuildReferences(std::vector<Mention>* mentions,
                                       const std::optional<DocumentCode>& own,
                                       std::vector<Repair>* repairs) {
  std::vector<Group> groups;
  std::map<std::string, size_t> by_key;
  for (size_t i = 0; i < mentions->size(); ++i) {
    const DocumentCode& c = (*mentions)[i].code;
    auto [it, fresh] = by_key.emplace(c.key, groups.size());
    if (fresh) groups.push_back({c, {}});
    groups[it->second].mentions.push_back(i);
  }
  // Typos: same number, type and year, issuers one letter apart. The
  // spelling cited more often is the real one.
  for (size_t a = 0; a < groups.size(); ++a) {
    for (size_t b = a + 1; b < groups.size(); ++b) {
      Group& ga = groups[a];
      Group& gb = groups[b];
      if (ga.mentions.empty() || gb.mentions.empty()) continue;
      if (ga.code.number != gb.code.number || ga.code.type != gb.code.type) continue;
      if (ga.code.year == gb.code.year && OneEditApart(ga.code.issuer, gb.code.issuer)) {
        const bool a_wins = ga.mentions.size() >= gb.mentions.size();
        Merge(&groups, a_wins ? a : b, a_wins ? b : a, "number-typo", mentions, repairs);
      } else if (ga.code.issuer == gb.code.issuer && (ga.code.year == 0) != (gb.code.year == 0)) {
        const bool a_wins = ga.code.year != 0;  // the code with its year is the full one
        Merge(&groups, a_wins ? a : b, a_wins ? b : a, "number-without-year", mentions, repairs);
      }
    }
  }
  std::vector<Reference> refs;
  for (Group& g : groups) {
    if (g.mentions.empty()) continue;
    if (own && g.code.key == own->key) continue;
    Reference r;
    r.code = g.code;
    r.mentions = g.mentions.size();
    for (size_t i : g.mentions) {
      Mention& m = (*mentions)[i];
      if (m.code.key != g.code.key &&
          std::find(r.aliases.begin(), r.aliases.end(), m.code.canonical) == r.aliases.end()) {
        r.aliases.push_back(m.code.canonical);
      }
      m.code = g.code;
      if (r.date.empty() && !m.date.empty()) r.date = m.date;
      if (r.type.empty() && !m.short_form) r.type = m.type;
    }
    refs.push_back(std::move(r));
  }
  return refs;
}

}  // namespace vanban::extractor::internal
