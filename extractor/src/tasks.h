// Tasks: who must do what by when, from every layout the documents use —
// flattened task tables (here), and the prose read as paragraphs by one
// reader per assigning structure (tasks_readers.h): labelled fields,
// agency-headed lists and assignments that open a list, assignment
// sentences, and last the enumerated items of task sections whose lead
// follows from the document. Internal to extractor/.
#ifndef VANBAN_EXTRACTOR_TASKS_H_
#define VANBAN_EXTRACTOR_TASKS_H_

#include <vector>

#include "agencies.h"
#include "layout.h"
#include "tables.h"
#include "vanban/normalizer.h"
#include "vanban/record.h"

namespace vanban::extractor::internal {

struct TaskInputs {
  const normalizer::NormalizedText& text;
  const std::vector<Block>& blocks;
  const std::vector<Table>& tables;
  const Gazetteer& gazetteer;
};

// Appends the tasks (and the appendix numbering notes) to *record, whose
// document identity and references are already read.
void ExtractTasks(const TaskInputs& in, DocumentRecord* record);

// Targets: the plan's numbered targets and indicator tables, and the target
// numbers each task's assignment covers. Runs after ExtractTasks.
void ExtractTargets(const TaskInputs& in, DocumentRecord* record);

}  // namespace vanban::extractor::internal

#endif  // VANBAN_EXTRACTOR_TASKS_H_
