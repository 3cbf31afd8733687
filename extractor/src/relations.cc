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
};

Relation RelationOfCue(std::string_view cue) {
  const std::string folded = normalizer::FoldKey(cue);
  if (folded.rfind("huong dan", 0) == 0) return Relation::kGuides;
  if (folded.rfind("sua doi", 0) == 0) return Relation::kAmends;
  if (folded.rfind("thay the", 0) == 0) return Relation::kReplaces;
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

// Words between a cue and its object that do not break the link
// ("thực hiện có hiệu quả Kế hoạch ...").
bool IsFillerGap(std::string_view gap) {
  gap = Trim(gap);
  if (gap.empty()) return true;
  if (gap.size() > 40 || gap.find_first_of(",;.()") != std::string_view::npos) return false;
  const std::string folded = normalizer::FoldKey(gap);
  for (std::string_view ok :
       {"co hieu qua", "hieu qua", "nghiem tuc", "nghiem", "day du", "tot", "kip thoi", "dong bo",
        "cac nhiem vu tai", "theo", "mot so dieu cua", "mot so dieu", "mot so noi dung cua"}) {
    if (folded == ok) return true;
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
    cues.push_back({RelationOfCue(text.substr(b, e - b)), b, e});
  }
  return cues;
}

// Clauses: a line split at "; " and at ". " + upper case.
std::vector<Span> SplitClauses(std::string_view text) {
  std::vector<Span> clauses;
  for (const Span& line : SplitLines(text)) {
    size_t b = line.begin;
    int depth = 0;
    for (size_t i = line.begin; i < line.end; ++i) {
      const char c = text[i];
      if (c == '(') ++depth;
      if (c == ')' && depth > 0) --depth;
      const bool semicolon = c == ';' && depth == 0;
      const bool period = c == '.' && depth == 0 && i + 2 < line.end && text[i + 1] == ' ' &&
                          !(text[i + 2] >= 'a' && text[i + 2] <= 'z');
      if (semicolon || period) {
        clauses.push_back({b, i + 1});
        b = i + 1;
      }
    }
    if (b < line.end) clauses.push_back({b, line.end});
  }
  return clauses;
}

// ", đồng thời" (at the same time) after an object: the next cue has the
// same subject as the previous one.
bool ContinuesSubject(std::string_view between) {
  const std::string folded = normalizer::FoldKey(between);
  return folded.find("dong thoi") != std::string::npos && folded.size() < 80;
}

// A draft that will replace something does not replace it yet.
bool IsDraftBefore(std::string_view clause_before_cue) {
  const std::string folded = normalizer::FoldKey(clause_before_cue);
  const size_t draft = folded.rfind("du thao");
  return draft != std::string::npos && folded.size() - draft < 30;
}

bool SaysThisDocument(std::string_view before_cue) {
  const std::string folded = normalizer::FoldKey(before_cue);
  for (std::string_view w : {"ke hoach nay", "quyet dinh nay", "nghi quyet nay", "chi thi nay",
                             "chuong trinh nay", "thong tu nay", "nghi dinh nay", "van ban nay"}) {
    if (folded.find(w) != std::string::npos) return true;
  }
  return false;
}

class EdgeFinder {
 public:
  EdgeFinder(const RE2& cue_regex, const Gazetteer& gazetteer, std::string_view text,
             const OffsetMap& map, size_t preamble_end, const std::vector<const Mention*>& mentions,
             const std::vector<const MentionExtent*>& extents, bool self_implements,
             std::vector<Edge>* edges)
      : cue_regex_(cue_regex),
        gazetteer_(gazetteer),
        text_(text),
        map_(map),
        preamble_end_(preamble_end),
        mentions_(mentions),
        extents_(extents),
        self_implements_(self_implements),
        edges_(edges) {}

  void Run() {
    const std::vector<Cue> cues = FindCues(cue_regex_, text_);
    size_t cue_i = 0, mention_i = 0;
    bool preamble_list = false;  // "Thực hiện A; B; C." in the preamble
    Span sentence{0, 0};
    for (const Span& clause : SplitClauses(text_)) {
      std::vector<size_t> ms;
      while (mention_i < mentions_.size() && mentions_[mention_i]->span.begin < clause.end) {
        if (mentions_[mention_i]->span.begin >= clause.begin) ms.push_back(mention_i);
        ++mention_i;
      }
      std::vector<Cue> cs;
      while (cue_i < cues.size() && cues[cue_i].begin < clause.end) {
        if (cues[cue_i].begin >= clause.begin) cs.push_back(cues[cue_i]);
        ++cue_i;
      }
      const bool new_sentence = clause.begin == 0 || text_[clause.begin - 1] != ';';
      if (new_sentence) {
        preamble_list = false;
        sentence = clause;
      }
      sentence.end = clause.end;
      preamble_list = Clause(clause, ms, cs, preamble_list);
    }
  }

 private:
  // Returns whether the preamble list continues into the next clause.
  bool Clause(const Span& clause, const std::vector<size_t>& ms, const std::vector<Cue>& cs,
              bool preamble_list) {
    const bool in_preamble = clause.begin < preamble_end_;
    bool list_continues = false;
    if (preamble_list && in_preamble && !ms.empty() &&
        Trim(text_.substr(clause.begin, extents_[ms.front()]->phrase_begin - clause.begin))
            .empty()) {
      AddEdge("self", ms.front(), Relation::kImplements, clause);
      list_continues = true;
    }
    std::vector<size_t> last_subjects;
    size_t last_object_end = clause.begin;
    for (const Cue& cue : cs) {
      const std::vector<size_t> objects = ObjectsOf(cue, ms, clause);
      if (objects.empty()) continue;
      const std::string_view before = text_.substr(clause.begin, cue.begin - clause.begin);
      if (IsDraftBefore(before)) continue;
      std::vector<size_t> subjects = SubjectsOf(cue, ms);
      // "A ban hành ... thực hiện B, đồng thời sửa đổi C": A amends C.
      if (!last_subjects.empty() && cue.begin >= last_object_end &&
          ContinuesSubject(text_.substr(last_object_end, cue.begin - last_object_end))) {
        subjects = last_subjects;
      }
      last_subjects = subjects;
      last_object_end = mentions_[objects.back()]->span.end;
      std::vector<std::string> from;
      for (size_t s : subjects) from.push_back(mentions_[s]->code.canonical);
      if (from.empty() && (in_preamble || SaysThisDocument(before))) from.push_back("self");
      for (const std::string& f : from) {
        for (size_t o : objects) AddEdge(f, o, cue.relation, clause);
      }
      if (from.size() == 1 && from[0] == "self" && in_preamble &&
          cue.relation == Relation::kImplements && Trim(before).empty()) {
        list_continues = true;
      }
    }
    return list_continues || (preamble_list && ms.empty());
  }

  // The mention right after the cue and those coordinated with it.
  std::vector<size_t> ObjectsOf(const Cue& cue, const std::vector<size_t>& ms, const Span& clause) {
    std::vector<size_t> objects;
    for (size_t k = 0; k < ms.size(); ++k) {
      const MentionExtent& e = *extents_[ms[k]];
      if (e.phrase_begin < cue.end || e.abbreviation_note) continue;
      if (objects.empty()) {
        if (!IsFillerGap(text_.substr(cue.end, e.phrase_begin - cue.end))) break;
        objects.push_back(ms[k]);
        continue;
      }
      // coordinated: ", Nghị quyết số ..." or "và Kế hoạch số ..."
      const size_t prev_end = mentions_[objects.back()]->span.end;
      const std::string_view gap = text_.substr(prev_end, e.phrase_begin - prev_end);
      if (HasCue(prev_end, e.phrase_begin)) break;
      const std::string_view tail = Trim(gap);
      const bool joined =
          (!tail.empty() && tail.back() == ',') || tail.ends_with("và") || tail.empty();
      if (!joined) break;
      objects.push_back(ms[k]);
    }
    (void)clause;
    return objects;
  }

  // The nearest mention before the cue, and those coordinated with it.
  std::vector<size_t> SubjectsOf(const Cue& cue, const std::vector<size_t>& ms) {
    std::vector<size_t> subjects;
    for (size_t k = ms.size(); k-- > 0;) {
      const Mention& m = *mentions_[ms[k]];
      if (m.span.end > cue.begin || extents_[ms[k]]->abbreviation_note) continue;
      if (subjects.empty()) {
        // The subject's own words (date, issuer, "ban hành Chương trình
        // ...") lead to the cue; a comma or a parenthesis means the
        // sentence moved on to something else.
        if (!LeadsToCue(m.span.end, cue.begin)) break;
        subjects.push_back(ms[k]);
        continue;
      }
      const size_t next_begin = extents_[subjects.back()]->phrase_begin;
      const std::string_view tail = Trim(text_.substr(m.span.end, next_begin - m.span.end));
      const bool joined =
          tail.size() < 40 && tail.find(',') == std::string_view::npos && tail.ends_with("và");
      if (!joined || HasCue(m.span.end, next_begin)) break;
      subjects.push_back(ms[k]);
    }
    return subjects;
  }

  // The text between a subject and its cue: the subject's own words (date,
  // issuer, "ban hành Quy định ..., thay thế", an opening parenthesis about
  // it) lead to the cue; a closed parenthesis, or a comma followed by
  // another agency ("..., UBND tỉnh đã giao ...") means the sentence moved
  // on to another subject.
  bool LeadsToCue(size_t begin, size_t end) const {
    if (end < begin || end - begin > 200) return false;
    std::string gap(text_.substr(begin, end - begin));
    for (const Cue& c : FindCues(cue_regex_, gap)) {
      for (size_t i = c.begin; i < c.end; ++i) gap[i] = ' ';
    }
    if (gap.find(')') != std::string::npos) return false;
    for (size_t comma = gap.find(','); comma != std::string::npos;
         comma = gap.find(',', comma + 1)) {
      if (gazetteer_.StartsWithHead(Trim(std::string_view(gap).substr(comma + 1)))) return false;
    }
    return true;
  }

  bool HasCue(size_t begin, size_t end) const {
    if (end <= begin) return false;
    return !FindCues(cue_regex_, text_.substr(begin, end - begin)).empty();
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
    e.evidence = std::string(Trim(text_.substr(clause.begin, clause.end - clause.begin)));
    e.source = map_.ToSource(clause);
    edges_->push_back(std::move(e));
  }

  const RE2& cue_regex_;
  const Gazetteer& gazetteer_;
  std::string_view text_;
  const OffsetMap& map_;
  size_t preamble_end_;
  const std::vector<const Mention*>& mentions_;
  const std::vector<const MentionExtent*>& extents_;
  bool self_implements_;
  std::vector<Edge>* edges_;
};

}  // namespace

void FindEdges(const Patterns& patterns, const Gazetteer& gazetteer, std::string_view text,
               const OffsetMap& map, size_t preamble_end,
               const std::vector<const Mention*>& mentions,
               const std::vector<const MentionExtent*>& extents, bool self_implements,
               std::vector<Edge>* edges) {
  EdgeFinder(patterns.relation_cue, gazetteer, text, map, preamble_end, mentions, extents,
             self_implements, edges)
      .Run();
}

}  // namespace vanban::extractor::internal
