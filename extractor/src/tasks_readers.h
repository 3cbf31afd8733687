// The prose readers of tasks: one per assigning structure, each claiming
// the paragraphs it reads, sharing one context. Internal to extractor/.
//   ReadFieldTasks      labelled fields ("Cơ quan chủ trì: ...", "Thời gian thực hiện: ...")
//   ReadScopedTasks     an agency heading or "X có trách nhiệm:" over the items that follow
//   ReadSentenceTasks   "Giao X chủ trì ...", "X chủ trì, phối hợp Y ...", "(X chủ trì; ...)"
//   ReadInferredTasks   enumerated items of task sections, the lead from the document (last)
#ifndef VANBAN_EXTRACTOR_TASKS_READERS_H_
#define VANBAN_EXTRACTOR_TASKS_READERS_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layout.h"
#include "tasks.h"

namespace vanban::extractor::internal {

// What a roman section (or a decision's article) is for, from its heading.
enum class SectionKind {
  kOther,       // no cue
  kTasks,       // "NHIỆM VỤ, GIẢI PHÁP", "NỘI DUNG"
  kAssignment,  // "TỔ CHỨC THỰC HIỆN"
  kPurpose,     // "MỤC ĐÍCH, YÊU CẦU", "TÌNH HÌNH", "KẾT QUẢ": never tasks
};

// Who leads and helps, as an assignment sentence states it.
struct Assignment {
  std::string subject;      // the agencies that must act, titles dropped
  std::string coordinates;  // "phối hợp với Y", every such phrase
  std::string_view after;   // the words after the subject
  bool ok() const { return !subject.empty(); }
};

class ProseContext {
 public:
  ProseContext(const TaskInputs& in, DocumentRecord* record, const std::vector<bool>& used_blocks,
               int year, std::string jurisdiction);

  const std::vector<Paragraph>& paragraphs() const { return paragraphs_; }
  const Paragraph& at(size_t i) const { return paragraphs_[i]; }
  size_t size() const { return paragraphs_.size(); }
  const Gazetteer& gazetteer() const { return in_.gazetteer; }
  int year() const { return year_; }

  // A paragraph a reader may still read: running text or an agency heading
  // of the main text, not taken by a table or another reader.
  bool Open(size_t i) const;
  bool claimed(size_t i) const { return claimed_[i]; }
  void Claim(size_t first, size_t last);
  // `i` and every paragraph under it.
  size_t SubtreeEnd(size_t i) const;

  SectionKind SectionOf(size_t i);
  // True where the document may assign: a report (BC) assigns only in its
  // sections of tasks ahead; elsewhere it tells of past work.
  bool MayAssign(size_t i);
  // True under a heading of background: "Thuận lợi", "Khó khăn", "Dự báo
  // tình hình", "Kết quả đạt được" ... describe, they do not assign.
  bool UnderBackground(size_t i) const;

  // The task of paragraph `i`: its text (with the plain paragraphs that
  // continue it), id and number; *last gets the last paragraph read.
  Task Start(size_t i, size_t* last) const;
  // Records the task and claims its paragraphs.
  void Emit(Task task, size_t first, size_t last);

  void SetAgencies(std::string_view list, std::vector<Agency>* out);
  // An agency heading's agencies: one name however many commas it has
  // ("Các cơ quan tham mưu ..., các ban ..., các phòng ...") unless it
  // lists names with ';' or each after a comma starts with a capital.
  void SetHeadingAgencies(std::string_view heading, std::vector<Agency>* out);
  // A field's value as agencies: each ';' part up to its verb ("Bộ Công
  // an tiến hành rà soát ...; các bộ ... rà soát ..." -> "Bộ Công an; các bộ ...").
  std::string AgenciesOfValue(std::string_view value) const;
  // "X (chủ trì), Y (phối hợp)": roles written after the names.
  void SetRoles(std::string_view list, Task* task);

  // The assignment a sentence states, or none.
  Assignment ReadAssignment(std::string_view sentence) const;
  // Sets lead, coordinates and deadline from an assignment; false when none.
  bool Assign(std::string_view text, Task* task);
  // "(Giao X chủ trì, phối hợp Y ...)", "(X chủ trì; thời hạn: quý II/2026)"
  // written after a task: the assignment inside the parentheses.
  bool AssignInline(std::string_view text, Task* task);
  // "..., phối hợp với Y <verb> ...": the coordinating agencies.
  std::string CoordinatesOf(std::string_view sentence) const;
  // A deadline in a task's text ("Thời hạn: ...", "trước ngày ...").
  Deadline DeadlineOf(std::string_view text) const;

  // The unit in charge of the whole plan ("Giao X chủ trì ... tổ chức thực
  // hiện Kế hoạch"), the inferred lead of tasks without one.
  std::vector<Agency> plan_lead, plan_coordinate;
  DocumentRecord& record() { return *record_; }

 private:
  std::string_view SubjectOf(std::string_view sentence) const;
  std::string WithoutTitles(std::string_view subject) const;
  std::string_view HelpersAt(std::string_view sentence, size_t from) const;
  std::string SplitAtAnd(std::string_view list) const;
  std::optional<Task> SplitAtAsking(Task* task);

  const TaskInputs& in_;
  DocumentRecord* record_;
  std::vector<Paragraph> paragraphs_;
  std::vector<bool> claimed_;
  std::map<int, SectionKind> section_kinds_;
  int year_;
  std::string jurisdiction_;
  bool report_ = false;
};

// True when the folded start of `text` begins with `folded_prefix` ("giao ").
bool FoldedStarts(std::string_view text, std::string_view folded_prefix);

// True when the first letter of `t` (one UTF-8 sequence) is a capital.
bool CapitalStart(std::string_view t);

void ReadFieldTasks(ProseContext& cx);
void ReadScopedTasks(ProseContext& cx);
void ReadSentenceTasks(ProseContext& cx);
void ReadInferredTasks(ProseContext& cx);

}  // namespace vanban::extractor::internal

#endif  // VANBAN_EXTRACTOR_TASKS_READERS_H_
