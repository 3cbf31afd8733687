#include "relations.h"

#include <re2/re2.h>
#include <unicode/uchar.h>

#include <algorithm>

#include "patterns.h"
#include "text_util.h"
#include "vanban/normalizer.h"
#include "vanban/utf8.h"

namespace vanban::extractor::internal {

namespace {

struct Cue {
  Relation relation;
  size_t begin, end;
  bool expiry = false;  // "hết hiệu lực": its objects come before it
};

Relation RelationOfCue(std::string_view folded) {
  if (folded.rfind("huong dan", 0) == 0) return Relation::kGuides;
  if (folded.rfind("sua doi", 0) == 0) return Relation::kAmends;
  if (folded.rfind("thay the", 0) == 0 || folded.rfind("het hieu luc", 0) == 0) {
    return Relation::kReplaces;
  }
  if (folded.rfind("bai bo", 0) == 0) return Relation::kRepeals;
  if (folded.rfind("can cu", 0) == 0) return Relation::kBasedOn;
  return Relation::kImplements;
}

// Whether the code point before (or at) byte `i` is a letter: cues are
// whole words ("thực hiện" but not inside a longer word).
bool IsLetterAt(std::string_view text, size_t i, bool before) {
  size_t at = i, len;
  if (before) {
    if (i == 0) return false;
    return u_isalpha(static_cast<UChar32>(utf8::DecodeBefore(text, i, &at)));
  }
  if (i >= text.size()) return false;
  return u_isalpha(static_cast<UChar32>(utf8::Decode(text, i, &len)));
}

bool IsSpace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// Markdown emphasis and list marks are not words.
std::string_view TrimMarks(std::string_view s) {
  s = TrimSpace(s);
  while (!s.empty() && (s.front() == '*' || s.front() == '-' || s.front() == '+' ||
                        s.front() == '|' || s.front() == '_' || s.front() == '"')) {
    s = TrimSpace(s.substr(1));
  }
  while (!s.empty() && (s.back() == '*' || s.back() == '_' || s.back() == '"')) {
    s = TrimSpace(s.substr(0, s.size() - 1));
  }
  return s;
}

// "Điều 5 của", "khoản 2, khoản 3 Điều 1", "điểm a khoản 1 Điều 2 của": the
// parts of the document that follows ("sửa đổi, bổ sung khoản 2 Điều 3
// Quyết định số ...").
bool IsArticleReference(std::string_view gap) {
  const std::string folded = normalizer::FoldKey(gap);
  if (folded.empty() || folded.size() > 80) return false;
  bool article = false;
  size_t i = 0;
  while (i < folded.size()) {
    size_t e = folded.find(' ', i);
    if (e == std::string::npos) e = folded.size();
    const std::string_view word = std::string_view(folded).substr(i, e - i);
    const bool part =
        word == "dieu" || word == "khoan" || word == "diem" || word == "muc" || word == "chuong";
    if (part) {
      article = true;
      // its number or letter follows
      i = std::min(folded.size(), e + 1);
      e = folded.find(' ', i);
      if (e == std::string::npos) e = folded.size();
      const std::string_view id = std::string_view(folded).substr(i, e - i);
      if (id.empty() || id.size() > 4) return false;
    } else if (word != "cua" && word != "va" && word != "tai") {
      return false;
    }
    i = std::min(folded.size(), e + 1);
  }
  return article;
}

// Words between a cue and its object that do not break the link
// ("thực hiện có hiệu quả Kế hoạch ...", "thực hiện chỉ đạo của Thủ
// tướng Chính phủ tại Công điện ...", "thực hiện nhiệm vụ được giao tại
// Quyết định ...").
bool IsFillerGap(std::string_view gap) {
  gap = TrimMarks(gap);
  if (gap.empty()) return true;
  if (IsArticleReference(gap)) return true;
  if (gap.size() > 90 || gap.find_first_of(",;.()") != std::string_view::npos) return false;
  const std::string folded = normalizer::FoldKey(gap);
  for (std::string_view ok :
       {"co hieu qua", "hieu qua", "nghiem tuc", "nghiem", "day du", "tot", "kip thoi", "dong bo",
        "cac nhiem vu tai", "theo", "mot so dieu cua", "mot so dieu", "mot so noi dung cua"}) {
    if (folded == ok) return true;
  }
  // "(ý kiến) chỉ đạo của <someone> tại": the direction given in a document
  bool direction = false;  // what someone asked for, in a document
  for (std::string_view w :
       {"chi dao", "y kien", "yeu cau", "nhiem vu", "cac nhiem vu", "ket luan"}) {
    direction |= folded.rfind(w, 0) == 0;
  }
  const size_t at = folded.rfind(" tai");
  if (!direction || at == std::string::npos || folded.size() > 80) return false;
  // what follows "tại" is at most a type word without "số" ("Công điện")
  std::string_view rest = std::string_view(folded).substr(at + 4);
  if (rest.ends_with(" so")) rest.remove_suffix(3);
  return std::count(rest.begin(), rest.end(), ' ') <= 2;
}

// A nominalised cue ("tình hình triển khai thực hiện X", "kết quả thực
// hiện X", "giám sát việc thực hiện X") reports on the implementation of X
// by someone; it does not state that anything implements X. A future or
// proposed act ("sẽ sửa đổi", "đề xuất sửa đổi") states nothing yet.
bool IsNominalOrFuture(std::string_view folded_before, Relation relation) {
  std::string_view b = folded_before;
  while (!b.empty() && b.back() == ' ') b.remove_suffix(1);
  for (std::string_view filler : {" viec", " cong tac", " qua trinh", " to chuc"}) {
    if (b.ends_with(filler)) {
      b.remove_suffix(filler.size());
      break;
    }
  }
  auto ends_with_word = [&](std::string_view w) {
    return b == w || (b.ends_with(w) && b[b.size() - w.size() - 1] == ' ');
  };
  for (std::string_view w : {"tinh hinh", "ket qua", "so ket", "tong ket", "danh gia", "giam sat",
                             "kiem tra", "bao cao"}) {
    if (ends_with_word(w)) return true;
  }
  if (relation == Relation::kImplements || relation == Relation::kBasedOn) return false;
  for (std::string_view w : {"se", "de xuat", "kien nghi", "nghien cuu", "du kien"}) {
    if (ends_with_word(w)) return true;
  }
  return false;
}

// Relation cues at word boundaries, found by one regex scan.
std::vector<Cue> FindCues(const RE2& cue_regex, std::string_view text) {
  std::vector<Cue> cues;
  re2::StringPiece g[1];
  const re2::StringPiece in(text.data(), text.size());
  size_t pos = 0;
  while (pos < text.size() && cue_regex.Match(in, pos, in.size(), RE2::UNANCHORED, g, 1)) {
    const size_t b = static_cast<size_t>(g[0].data() - text.data());
    const size_t e = b + g[0].size();
    pos = e;
    if (IsLetterAt(text, b, true) || IsLetterAt(text, e, false)) continue;
    const std::string folded = normalizer::FoldKey(text.substr(b, e - b));
    Cue cue{RelationOfCue(folded), b, e};
    cue.expiry = folded.rfind("het hieu luc", 0) == 0;
    cues.push_back(cue);
  }
  return cues;
}

// ---- Paragraphs and clauses ------------------------------------------------

bool HasLetter(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    const char32_t cp = utf8::Decode(s, i, &len);
    if (u_isalpha(static_cast<UChar32>(cp))) return true;
    i += len ? len : 1;
  }
  return false;
}

// "1.", "2.1.", "a)", "Điều 3", "I.", "II-": a line that opens a numbered
// item of the body.
bool StartsNumberedItem(std::string_view line) {
  line = TrimSpace(line);
  if (line.empty()) return false;
  if (line.rfind("Điều ", 0) == 0) return true;
  size_t i = 0;
  while (i < line.size() && ((line[i] >= '0' && line[i] <= '9') || line[i] == '.')) ++i;
  if (i > 0 && i < line.size() && line[i - 1] == '.' && line[i] == ' ') return true;
  if (i > 0 && i < line.size() && line[i] == ')') return true;
  if (line.size() >= 2 && line[1] == ')' && line[0] >= 'a' && line[0] <= 'z') return true;
  size_t r = 0;
  while (r < line.size() && (line[r] == 'I' || line[r] == 'V' || line[r] == 'X')) ++r;
  return r > 0 && r < line.size() && (line[r] == '.' || line[r] == '-');
}

// A numbered item, a bullet ("- ", "+ ", "•") or a table row: a line that
// never continues the line above.
bool StartsItem(std::string_view line) {
  line = TrimSpace(line);
  if (line.empty()) return true;
  const char c = line[0];
  if ((c == '-' || c == '+' || c == '*' || c == '|' || c == '#' || c == '>') &&
      (line.size() == 1 || line[1] == ' ' || line[1] == c)) {
    return true;
  }
  if (line.rfind("•", 0) == 0 || line.rfind("–", 0) == 0) return true;
  return StartsNumberedItem(line);
}

// Whether `line` stops in the middle of a sentence that `next` goes on
// with: the next line starts in lower case, or the line ends with a comma
// or a word that never ends a sentence ("của", "và", "số", "ngày" ...).
bool StopsMidSentence(std::string_view line, std::string_view next) {
  if (line.empty() || next.empty() || IsUpperCaseLine(line) || StartsItem(next)) return false;
  const char last = line.back();
  if (last == '.' || last == ':' || last == ';' || last == '!' || last == '?') return false;
  size_t len = 1;
  if (u_islower(static_cast<UChar32>(utf8::Decode(next, 0, &len)))) return true;
  if (last == ',') return true;
  const size_t space = line.find_last_of(' ');
  const std::string word =
      normalizer::FoldKey(space == std::string_view::npos ? line : line.substr(space + 1));
  for (std::string_view w :
       {"cua", "va", "ve", "so", "ngay", "tai", "theo", "voi", "cho", "hoac"}) {
    if (word == w) return true;
  }
  return false;
}

// Paragraphs: lines hard-wrapped by a converter are joined back; a blank
// line, a line without letters ("|", a page number), an item mark, the end
// of a sentence or a heading in capitals ends a paragraph.
template <typename StartsSentence>
std::vector<Span> SplitParagraphs(std::string_view text, StartsSentence starts_sentence) {
  std::vector<Span> paragraphs;
  const std::vector<Span> lines = SplitLines(text);
  size_t i = 0;
  while (i < lines.size()) {
    const std::string_view first = text.substr(lines[i].begin, lines[i].end - lines[i].begin);
    if (TrimSpace(first).empty()) {
      ++i;
      continue;
    }
    Span p = lines[i];
    size_t j = i + 1;
    size_t last_line = i;
    while (j < lines.size()) {
      const std::string_view prev = TrimSpace(
          text.substr(lines[last_line].begin, lines[last_line].end - lines[last_line].begin));
      std::string_view next = TrimSpace(text.substr(lines[j].begin, lines[j].end - lines[j].begin));
      if (next.empty() && j + 1 < lines.size()) {
        // a converter that puts a blank line after every line: the text
        // goes on when the line stops mid-sentence
        const std::string_view after =
            TrimSpace(text.substr(lines[j + 1].begin, lines[j + 1].end - lines[j + 1].begin));
        if (!after.empty() && StopsMidSentence(prev, after)) {
          ++j;
          next = after;
        }
      }
      if (next.empty() || !HasLetter(prev) || !HasLetter(next) || StartsItem(next)) break;
      const char last = prev.back();
      if (last == '.' || last == ':' || last == '!' || last == '?') break;
      if (IsUpperCaseLine(prev) != IsUpperCaseLine(next) && next.size() > 3) break;
      // "Thực hiện ...", "Căn cứ ..." with a capital opens a sentence: running
      // text capitalises names, not these words (a stray capital on
      // "Sửa đổi" mid-sentence is seen, so only these openers count)
      if (starts_sentence(next)) break;
      p.end = lines[j].end;
      last_line = j;
      ++j;
    }
    paragraphs.push_back(p);
    i = j;
  }
  return paragraphs;
}

struct Clause {
  Span span;
  size_t paragraph_begin = 0;
  bool after_semicolon = false;  // the previous clause of the paragraph ended with ';'
};

// "TP. Hồ Chí Minh", "Q. 1", initials: a period that ends no sentence.
bool IsAbbreviationPeriod(std::string_view text, size_t dot) {
  size_t b = dot;
  while (b > 0 && !IsSpace(text[b - 1]) && text[b - 1] != '(') --b;
  const std::string_view word = text.substr(b, dot - b);
  return word == "TP" || word == "Tp" || word == "tp" ||
         (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z');
}

// Clauses: a paragraph split at "; " and at ". " + a word that is not in
// lower case, outside parentheses.
std::vector<Clause> SplitClauses(std::string_view text, const std::vector<Span>& paragraphs) {
  std::vector<Clause> clauses;
  for (const Span& para : paragraphs) {
    size_t b = para.begin;
    int depth = 0;
    bool after_semicolon = false;
    for (size_t i = para.begin; i < para.end; ++i) {
      const char c = text[i];
      if (c == '(') ++depth;
      if (c == ')' && depth > 0) --depth;
      const bool semicolon = c == ';' && depth == 0;
      const bool period = c == '.' && depth == 0 && i + 2 < para.end && IsSpace(text[i + 1]) &&
                          !(text[i + 2] >= 'a' && text[i + 2] <= 'z') &&
                          !IsAbbreviationPeriod(text, i);
      if (semicolon || period) {
        clauses.push_back({{b, i + 1}, para.begin, after_semicolon});
        after_semicolon = semicolon;
        b = i + 1;
      }
    }
    if (b < para.end && !TrimSpace(text.substr(b, para.end - b)).empty()) {
      clauses.push_back({{b, para.end}, para.begin, after_semicolon});
    }
  }
  return clauses;
}

// The opening of a document (title, "Căn cứ ...", "Thực hiện ...") ends
// with its first paragraph that introduces the body with a colon
// ("... ban hành Kế hoạch như sau:", "QUYẾT ĐỊNH:", "... yêu cầu:"), or at
// the list of recipients that closes a letter, or at the first numbered
// item of the body ("1. ..."). That paragraph comes after the header's date
// line ("Hà Nội, ngày ... tháng ... năm ..."): colons and numbers in a web
// page's header ("Source:", "Số hiệu:") come before it.
size_t OpeningEnd(const RE2& date_words, std::string_view text, const std::vector<Span>& paragraphs,
                  size_t limit) {
  size_t first = 0;
  bool dated = false;
  for (size_t i = 0; i < paragraphs.size() && paragraphs[i].begin < limit; ++i) {
    const Span& p = paragraphs[i];
    const re2::StringPiece in(text.data() + p.begin, p.end - p.begin);
    if (RE2::PartialMatch(in, date_words)) {
      first = i;
      dated = true;
      break;
    }
  }
  for (size_t i = first; i < paragraphs.size(); ++i) {
    const Span& p = paragraphs[i];
    if (p.begin >= limit) break;
    const std::string_view t = TrimMarks(text.substr(p.begin, p.end - p.begin));
    if (StartsWithFolded(t, "Nơi nhận")) return p.begin;
    if (dated && i > first && StartsNumberedItem(t)) return p.begin;
    if (t.empty() || t.back() != ':') continue;
    // "Kính gửi:", and a telegram's "BỘ XÂY DỰNG điện:", address it
    if (StartsWithFolded(t, "Kính gửi") || StartsWithFolded(t, "Số") ||
        StartsWithFolded(t, "V/v") || EndsWithFolded(t, "điện:")) {
      continue;
    }
    return std::min(limit, p.end);
  }
  return limit;
}

// "Số: 128/KH-UBND", "| Số: /KH-TTr.VP |": the number line of the header.
bool IsNumberLine(std::string_view paragraph) {
  const std::string_view t = TrimMarks(paragraph);
  if (t.rfind("Số", 0) != 0 && t.rfind("SỐ", 0) != 0) return false;
  size_t i = std::string_view("Số").size();
  while (i < t.size() && (t[i] == ' ' || t[i] == ':')) ++i;
  return i < t.size() && ((t[i] >= '0' && t[i] <= '9') || t[i] == '/');
}

// Where the document itself starts: its header's number line or date line,
// whichever comes first. A web page's chrome before it ("Thực hiện Nghị
// định 13/2023/NĐ-CP, chúng tôi cập nhật ...") is not the opening.
size_t OpeningBegin(const RE2& date_words, std::string_view text,
                    const std::vector<Span>& paragraphs, size_t limit) {
  for (const Span& p : paragraphs) {
    if (p.begin >= limit) break;
    const std::string_view t = text.substr(p.begin, p.end - p.begin);
    if (IsNumberLine(t)) return p.begin;
    if (RE2::PartialMatch(re2::StringPiece(t.data(), t.size()), date_words)) return p.begin;
  }
  return 0;
}

bool SaysThisDocument(std::string_view before_cue) {
  const std::string folded = normalizer::FoldKey(before_cue);
  for (std::string_view w : {"ke hoach nay", "quyet dinh nay", "nghi quyet nay", "chi thi nay",
                             "chuong trinh nay", "thong tu nay", "nghi dinh nay", "van ban nay",
                             "cong van nay", "thong bao nay", "cong dien nay"}) {
    if (folded.find(w) != std::string::npos) return true;
  }
  return false;
}

// ", đồng thời" (at the same time) after an object: the next cue has the
// same subject as the previous one.
bool ContinuesSubject(std::string_view between) {
  const std::string folded = normalizer::FoldKey(between);
  return folded.find("dong thoi") != std::string::npos && folded.size() < 80;
}

// A draft that will replace something does not replace it yet.
bool IsDraftBefore(std::string_view folded_before) {
  const size_t draft = folded_before.rfind("du thao");
  return draft != std::string::npos && folded_before.size() - draft < 30;
}

// "hết hiệu lực kể từ ngày Quyết định này có hiệu lực", "... kể từ ngày
// ký": ceases to have effect from this document's own date.
bool FromOwnDate(std::string_view after_cue) {
  const std::string folded =
      normalizer::FoldKey(after_cue.substr(0, std::min<size_t>(after_cue.size(), 160)));
  if (folded.find("ke tu ngay") == std::string::npos &&
      folded.find("tu ngay") == std::string::npos) {
    return false;
  }
  return folded.find(" nay") != std::string::npos || folded.find("ngay ky") != std::string::npos ||
         folded.find("ngay ban hanh") != std::string::npos;
}

// The last `bytes` bytes of `s` or a little fewer, starting on a UTF-8
// character boundary.
std::string_view Tail(std::string_view s, size_t bytes) {
  if (s.size() <= bytes) return s;
  size_t b = s.size() - bytes;
  while (b < s.size() && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) ++b;
  return s.substr(b);
}

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : TrimSpace(s)) {
    if (IsSpace(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

class EdgeFinder {
 public:
  EdgeFinder(const RE2& cue_regex, const RE2& date_words, const Gazetteer& gazetteer,
             std::string_view text, const OffsetMap& map, size_t preamble_end,
             const std::vector<const Mention*>& mentions,
             const std::vector<const MentionExtent*>& extents, bool self_implements,
             std::vector<Edge>* edges)
      : cue_regex_(cue_regex),
        gazetteer_(gazetteer),
        text_(text),
        map_(map),
        mentions_(mentions),
        extents_(extents),
        self_implements_(self_implements),
        edges_(edges) {
    cues_ = FindCues(cue_regex_, text_);
    paragraphs_ = SplitParagraphs(text_, [&](std::string_view line) {
      if (line.empty() || !(line[0] >= 'A' && line[0] <= 'Z') || IsUpperCaseLine(line)) {
        return false;
      }
      const size_t at = static_cast<size_t>(line.data() - text_.data());
      const auto it = std::lower_bound(cues_.begin(), cues_.end(), at,
                                       [](const Cue& c, size_t b) { return c.begin < b; });
      return it != cues_.end() && it->begin == at &&
             (it->relation == Relation::kImplements || it->relation == Relation::kBasedOn);
    });
    opening_begin_ = OpeningBegin(date_words, text_, paragraphs_, preamble_end);
    opening_end_ = OpeningEnd(date_words, text_, paragraphs_, preamble_end);
  }

  void Run() {
    size_t cue_i = 0, mention_i = 0;
    List list;                     // "Thực hiện A; B; C": the cue of A applies to B and C
    bool after_semicolon = false;  // the clause before ended with ';'
    for (const Clause& clause : SplitClauses(text_, paragraphs_)) {
      std::vector<size_t> ms;
      while (mention_i < mentions_.size() && mentions_[mention_i]->span.begin < clause.span.end) {
        if (mentions_[mention_i]->span.begin >= clause.span.begin) ms.push_back(mention_i);
        ++mention_i;
      }
      std::vector<Cue> cs;
      while (cue_i < cues_.size() && cues_[cue_i].begin < clause.span.end) {
        if (cues_[cue_i].begin >= clause.span.begin) cs.push_back(cues_[cue_i]);
        ++cue_i;
      }
      // an item of "Thực hiện A;\n\nB;" may stand in a paragraph of its own
      if (!clause.after_semicolon && !after_semicolon) list = {};
      list = DoClause(clause, ms, cs, list);
      after_semicolon = text_[clause.span.end - 1] == ';';
    }
  }

 private:
  struct List {
    std::vector<std::string> from;
    Relation relation = Relation::kCites;
    bool active = false;
    Span origin{0, 0};  // the clause of the cue
  };

  List DoClause(const Clause& clause, const std::vector<size_t>& ms, const std::vector<Cue>& cs,
                const List& list) {
    const Span& span = clause.span;
    List next;
    // a list item: the clause starts with a mention
    if (list.active && !ms.empty() &&
        TrimMarks(text_.substr(span.begin, extents_[ms.front()]->phrase_begin - span.begin))
            .empty()) {
      // the evidence runs from the cue's clause ("Thực hiện A; ...; B;") when short
      const Span evidence =
          span.end - list.origin.begin < 800 ? Span{list.origin.begin, span.end} : span;
      for (size_t o : CoordinatedFrom(ms, 0)) {
        for (const std::string& f : list.from) AddEdge(f, o, list.relation, evidence);
      }
      next = list;
    } else if (list.active && ms.empty()) {
      next = list;
    }
    std::vector<std::string> last_from;
    size_t last_object_end = span.begin;
    for (const Cue& cue : cs) {
      const std::string_view before = text_.substr(span.begin, cue.begin - span.begin);
      // the checks below read only the words just before the cue
      const std::string folded_before = normalizer::FoldKey(Tail(before, 160));
      if (IsDraftBefore(folded_before) || IsNominalOrFuture(folded_before, cue.relation)) continue;
      if (cue.expiry) {
        Expiry(cue, ms, span);
        continue;
      }
      if ((cue.relation == Relation::kAmends || cue.relation == Relation::kReplaces) &&
          IsPassive(cue)) {
        Passive(cue, ms, span);
        continue;
      }
      const std::vector<size_t> objects = ObjectsOf(cue, ms);
      if (objects.empty()) {
        if (cue.relation == Relation::kAmends) NamedAmendment(cue, ms, span);
        continue;
      }
      std::vector<std::string> from;
      for (size_t s : SubjectsOf(cue, ms)) from.push_back(mentions_[s]->code.canonical);
      // "A ban hành ... thực hiện B, đồng thời sửa đổi C": A amends C
      if (!last_from.empty() && cue.begin >= last_object_end &&
          ContinuesSubject(text_.substr(last_object_end, cue.begin - last_object_end))) {
        from = last_from;
      }
      if (from.empty() && SelfIsSubject(cue, clause, ms)) from.push_back("self");
      last_from = from;
      last_object_end = mentions_[objects.back()]->span.end;
      for (const std::string& f : from) {
        for (size_t o : objects) AddEdge(f, o, cue.relation, span);
      }
      // "Thực hiện A; B": B is the next item of the same list
      if (from.size() == 1 && from[0] == "self" && TrimMarks(before).empty()) {
        next = {from, cue.relation, true, span};
      }
    }
    return next;
  }

  // Whether a cue without a cited subject is said of the document itself:
  // in its opening (title, "Thực hiện ...", "... ban hành Kế hoạch thực
  // hiện ..."), where no cited document comes before the cue; or in a
  // clause saying "Kế hoạch này", "Quyết định này" (for a replacement, the
  // sentence before may say it: "Quyết định này có hiệu lực ... Thay thế").
  bool SelfIsSubject(const Cue& cue, const Clause& clause, const std::vector<size_t>& ms) const {
    const std::string_view before = text_.substr(clause.span.begin, cue.begin - clause.span.begin);
    if (SaysThisDocument(before)) return true;
    const bool mention_before = !ms.empty() && mentions_[ms.front()]->span.end <= cue.begin;
    const bool in_opening = clause.span.end > opening_begin_ && clause.span.begin < opening_end_;
    if (in_opening && !mention_before) return true;
    if (cue.relation == Relation::kImplements || cue.relation == Relation::kBasedOn) return false;
    if (mention_before || TrimMarks(before).size() > 0) return false;
    // "Quyết định này có hiệu lực kể từ ngày ký. Thay thế Quyết định số ..."
    const std::string_view para =
        text_.substr(clause.paragraph_begin, clause.span.begin - clause.paragraph_begin);
    return para.size() < 300 && SaysThisDocument(para);
  }

  bool IsPassive(const Cue& cue) const {
    const size_t from = cue.begin > 12 ? cue.begin - 12 : 0;
    const std::string folded_before = normalizer::FoldKey(text_.substr(from, cue.begin - from));
    return folded_before.ends_with("duoc") || folded_before.ends_with("duoc ");
  }

  // The first of the mentions `ms` whose phrase starts after the cue;
  // ms.size() when none does.
  size_t FirstAfter(const Cue& cue, const std::vector<size_t>& ms) const {
    for (size_t k = 0; k < ms.size(); ++k) {
      if (extents_[ms[k]]->phrase_begin >= cue.end) return k;
    }
    return ms.size();
  }

  // "X được sửa đổi, bổ sung bởi (tại, theo) Luật số Y": Y amends X; "X
  // được thay thế bởi (bằng) Y": Y replaces X.
  void Passive(const Cue& cue, const std::vector<size_t>& ms, const Span& span) {
    const size_t by = FirstAfter(cue, ms);
    if (by == ms.size()) return;
    std::string gap = normalizer::FoldKey(
        TrimMarks(text_.substr(cue.end, extents_[ms[by]]->phrase_begin - cue.end)));
    for (std::string_view p : {"mot so dieu ", "mot so dieu"}) {
      if (gap.rfind(p, 0) == 0) gap = gap.substr(p.size());
    }
    if (gap != "boi" && gap != "tai" && gap != "theo" && gap != "bang") return;
    for (size_t o : SubjectsOf(cue, ms)) {
      AddEdge(mentions_[ms[by]]->code.canonical, o, cue.relation, span);
    }
  }

  // "... và Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Ưu đãi
  // người có công số 04/2012/PL-UBTVQH13": the number after the title is
  // the amending document's; the amended one is the document cited before
  // under that name ("Pháp lệnh Ưu đãi người có công số 26/2005/...").
  void NamedAmendment(const Cue& cue, const std::vector<size_t>& ms, const Span& span) {
    const std::string folded_before =
        normalizer::FoldKey(Tail(text_.substr(span.begin, cue.begin - span.begin), 40));
    bool titled = false;
    for (std::string_view t :
         {"phap lenh", "luat", "nghi dinh", "nghi quyet", "thong tu", "quyet dinh"}) {
      titled |= folded_before == t || folded_before.ends_with(" " + std::string(t));
    }
    if (!titled) return;
    const size_t by = FirstAfter(cue, ms);
    if (by == ms.size()) return;
    std::string name = NameBefore(cue.end, mentions_[ms[by]]->span.begin);
    for (std::string_view p : {"mot so dieu cua ", "mot so dieu va ", "cua "}) {
      if (name.rfind(p, 0) == 0) name = name.substr(p.size());
    }
    if (std::count(name.begin(), name.end(), ' ') < 3) return;  // a name, not a type word
    for (size_t k = 0; k < mentions_.size(); ++k) {
      if (mentions_[k]->span.end > cue.begin) break;
      const size_t from = mentions_[k]->span.begin > 120 ? mentions_[k]->span.begin - 120 : 0;
      const std::string named = NameBefore(from, mentions_[k]->span.begin);
      if (named == name || named.ends_with(" " + name)) {
        AddEdge(mentions_[ms[by]]->code.canonical, k, Relation::kAmends, span);
      }
    }
  }

  // The folded words of [begin, number) without the "số" before the number.
  std::string NameBefore(size_t begin, size_t number) const {
    std::string folded = normalizer::FoldKey(text_.substr(begin, number - begin));
    while (!folded.empty() && folded.back() == ' ') folded.pop_back();
    if (folded.ends_with(" so")) folded.resize(folded.size() - 3);
    return folded;
  }

  // "Quyết định số X ... hết hiệu lực kể từ ngày Quyết định này có hiệu
  // lực": this document replaces X.
  void Expiry(const Cue& cue, const std::vector<size_t>& ms, const Span& span) {
    if (!FromOwnDate(text_.substr(cue.end, span.end - cue.end))) return;
    for (size_t o : SubjectsOf(cue, ms)) AddEdge("self", o, Relation::kReplaces, span);
  }

  // Whether `k` (an index into the clause's mentions) restates, in
  // parentheses, a document named just before: "(Nghị quyết số 50/NQ-CP)".
  bool IsNameNote(const std::vector<size_t>& ms, size_t k) const {
    const MentionExtent& e = *extents_[ms[k]];
    if (e.abbreviation_note) return true;
    const std::string_view before = TrimSpace(text_.substr(0, e.phrase_begin));
    if (before.empty() || before.back() != '(') return false;
    const std::string_view after =
        TrimSpace(text_.substr(mentions_[ms[k]]->span.end,
                               std::min<size_t>(8, text_.size() - mentions_[ms[k]]->span.end)));
    return !after.empty() && after.front() == ')';
  }

  size_t NoteEnd(size_t mention) const {
    const size_t close = text_.find(')', mentions_[mention]->span.end);
    return close == std::string_view::npos ? mentions_[mention]->span.end : close + 1;
  }

  bool SameCode(size_t a, size_t b) const {
    return mentions_[a]->code.key == mentions_[b]->code.key;
  }

  // The mention right after the cue and those coordinated with it.
  std::vector<size_t> ObjectsOf(const Cue& cue, const std::vector<size_t>& ms) const {
    for (size_t k = 0; k < ms.size(); ++k) {
      const MentionExtent& e = *extents_[ms[k]];
      if (e.phrase_begin < cue.end || e.abbreviation_note) continue;
      if (!IsFillerGap(text_.substr(cue.end, e.phrase_begin - cue.end))) return {};
      return CoordinatedFrom(ms, k);
    }
    return {};
  }

  // ms[first] and the mentions coordinated with it (", B", "và C", "và
  // Điều 3 Quyết định số D"). A mention in another one's description that
  // follows a cue ("B ... ban hành Kế hoạch triển khai C") belongs to that
  // cue; the list takes up again after a note restating one of its members
  // ("B ... triển khai C (Nghị quyết số B) và D").
  std::vector<size_t> CoordinatedFrom(const std::vector<size_t>& ms, size_t first) const {
    std::vector<size_t> objects{ms[first]};
    size_t last_end = mentions_[ms[first]]->span.end;
    bool nested = false;
    for (size_t k = first + 1; k < ms.size(); ++k) {
      const size_t m = ms[k];
      if (IsNameNote(ms, k)) {
        const bool ours =
            std::any_of(objects.begin(), objects.end(), [&](size_t o) { return SameCode(o, m); });
        if (ours) {
          nested = false;
          last_end = NoteEnd(m);
          continue;
        }
        if (nested) continue;
        break;
      }
      if (nested) continue;
      const size_t phrase = extents_[m]->phrase_begin;
      if (phrase < last_end) continue;
      if (HasCue(last_end, phrase)) {
        nested = true;
        continue;
      }
      if (!Joined(text_.substr(last_end, phrase - last_end))) break;
      objects.push_back(m);
      last_end = mentions_[m]->span.end;
    }
    return objects;
  }

  // The gap between two coordinated mentions ends with ",", "và" or "và"
  // and an article of the next one ("và Điều 3", ", khoản 2 Điều 1 của").
  static bool Joined(std::string_view gap) {
    std::vector<std::string_view> words;
    for (size_t i = 0; i < gap.size();) {
      while (i < gap.size() && IsSpace(gap[i])) ++i;
      const size_t b = i;
      while (i < gap.size() && !IsSpace(gap[i])) ++i;
      if (i > b) words.push_back(gap.substr(b, i - b));
    }
    auto folded = [](std::string_view w) { return normalizer::FoldKey(w); };
    while (!words.empty()) {
      const std::string last = folded(words.back());
      if (last == "cua" || last == "tai") {
        words.pop_back();
        continue;
      }
      const bool number = !last.empty() && last.size() <= 4 && last.find(' ') == std::string::npos;
      if (number && words.size() >= 2) {
        const std::string article = folded(words[words.size() - 2]);
        if (article == "dieu" || article == "khoan" || article == "diem" || article == "muc") {
          words.resize(words.size() - 2);
          continue;
        }
      }
      break;
    }
    if (words.empty()) return true;
    const std::string_view last = words.back();
    return last.back() == ',' || folded(last) == "va";
  }

  // The nearest mention before the cue, and those coordinated with it.
  std::vector<size_t> SubjectsOf(const Cue& cue, const std::vector<size_t>& ms) const {
    std::vector<size_t> subjects;
    for (size_t k = ms.size(); k-- > 0;) {
      const Mention& m = *mentions_[ms[k]];
      if (m.span.end > cue.begin || extents_[ms[k]]->abbreviation_note) continue;
      if (subjects.empty()) {
        if (IsNameNote(ms, k)) continue;  // the note's document is named before it
        // The subject's own words (date, issuer, "ban hành Chương trình
        // ...") lead to the cue; a comma or a parenthesis means the
        // sentence moved on to something else.
        if (!LeadsToCue(m.span.end, cue.begin)) break;
        subjects.push_back(ms[k]);
        continue;
      }
      const size_t next_begin = extents_[subjects.back()]->phrase_begin;
      if (m.span.end > next_begin) continue;
      // "Nghị quyết số A ngày ... và Nghị quyết số B ngày ... của Chính phủ
      // về ban hành Chương trình thực hiện X": both; but when A names its
      // own issuer ("A ... của Chính phủ và B ... về thực hiện X") the
      // description of B alone leads to the cue.
      const std::string_view tail = TrimSpace(text_.substr(m.span.end, next_begin - m.span.end));
      const bool joined = tail.size() < 40 && tail.find(',') == std::string_view::npos &&
                          tail.ends_with("và") && tail.find("của") == std::string_view::npos;
      if (!joined || HasCue(m.span.end, next_begin)) break;
      subjects.push_back(ms[k]);
    }
    return subjects;
  }

  // The text between a subject and its cue: the subject's own words (date,
  // issuer, "ban hành Quy định ..., thay thế", a remark in parentheses
  // "(nay là tỉnh Đồng Tháp)") lead to the cue; a closed parenthesis after
  // a number, or a comma followed by another agency ("..., UBND tỉnh đã
  // giao ...") means the sentence moved on to another subject.
  bool LeadsToCue(size_t begin, size_t end) const {
    if (end < begin || end - begin > 220) return false;
    std::string gap(text_.substr(begin, end - begin));
    for (const Cue& c : CuesIn(begin, end)) {
      for (size_t i = c.begin - begin; i < c.end - begin; ++i) gap[i] = ' ';
    }
    // drop parenthetical remarks without numbers
    for (size_t open = gap.find('('); open != std::string::npos; open = gap.find('(', open + 1)) {
      const size_t close = gap.find(')', open);
      if (close == std::string::npos) break;
      const std::string_view inside = std::string_view(gap).substr(open, close - open);
      if (inside.find_first_of("0123456789") != std::string_view::npos) continue;
      for (size_t i = open; i <= close; ++i) gap[i] = ' ';
    }
    if (gap.find(')') != std::string::npos) return false;
    for (size_t comma = gap.find(','); comma != std::string::npos;
         comma = gap.find(',', comma + 1)) {
      if (gazetteer_.StartsWithHead(TrimSpace(std::string_view(gap).substr(comma + 1))))
        return false;
    }
    return true;
  }

  std::vector<Cue> CuesIn(size_t begin, size_t end) const {
    std::vector<Cue> out;
    auto it = std::lower_bound(cues_.begin(), cues_.end(), begin,
                               [](const Cue& c, size_t b) { return c.begin < b; });
    for (; it != cues_.end() && it->end <= end; ++it) out.push_back(*it);
    return out;
  }

  bool HasCue(size_t begin, size_t end) const {
    if (end <= begin) return false;
    auto it = std::lower_bound(cues_.begin(), cues_.end(), begin,
                               [](const Cue& c, size_t b) { return c.begin < b; });
    return it != cues_.end() && it->end <= end;
  }

  void AddEdge(const std::string& from, size_t object, Relation relation, const Span& clause) {
    const std::string& to = mentions_[object]->code.canonical;
    if (from == to) return;
    if (from == "self" && relation == Relation::kImplements && !self_implements_) return;
    for (const Edge& e : *edges_) {
      if (e.from == from && e.to == to && e.relation == relation) return;
    }
    Edge e;
    e.from = from;
    e.to = to;
    e.relation = relation;
    e.evidence = CollapseSpaces(text_.substr(clause.begin, clause.end - clause.begin));
    e.source = map_.ToSource(clause);
    edges_->push_back(std::move(e));
  }

  const RE2& cue_regex_;
  const Gazetteer& gazetteer_;
  std::string_view text_;
  const OffsetMap& map_;
  const std::vector<const Mention*>& mentions_;
  const std::vector<const MentionExtent*>& extents_;
  bool self_implements_;
  std::vector<Edge>* edges_;
  std::vector<Cue> cues_;
  std::vector<Span> paragraphs_;
  size_t opening_begin_ = 0, opening_end_ = 0;
};

}  // namespace

void FindEdges(const Patterns& patterns, const Gazetteer& gazetteer, std::string_view text,
               const OffsetMap& map, size_t preamble_end,
               const std::vector<const Mention*>& mentions,
               const std::vector<const MentionExtent*>& extents, bool self_implements,
               std::vector<Edge>* edges) {
  EdgeFinder(patterns.relation_cue, patterns.date_words, gazetteer, text, map, preamble_end,
             mentions, extents, self_implements, edges)
      .Run();
}

}  // namespace vanban::extractor::internal
