// The questions vanban answers from a Store, as functions returning plain
// structs; the command line and any other front end only format them.
//
// Documents are named by DocumentId (FindDocument turns what a user types
// into one). Dates are ISO strings ("2025-09-30"), which compare as text.
// Every function reads only; none changes the database.
#ifndef VANBAN_STORE_QUERIES_H_
#define VANBAN_STORE_QUERIES_H_

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vanban/record.h"
#include "vanban/status.h"
#include "vanban/store.h"
#include "vanban/task_status.h"

namespace vanban::store {

// A document as lists and trees show it; a cited-only one has no file.
struct DocumentSummary {
  DocumentId id = 0;
  bool ingested = false;
  std::string code;  // canonical number, "" without one
  int year = 0;
  std::string type;
  std::string issued;
  std::string issuer;
  std::string title;
  std::string source_name;  // file base name, "" when cited only
  std::string source_path;
  // The number, or for a document without one its title and file name.
  std::string Label() const;
};

// The document a command-line argument names: a file (stored from that
// path, or holding the same bytes), a document number (parsed with
// extractor::ParseDocumentCode, matched by key; when the number exists for
// several years, the stored one, else "CODE@YEAR" chooses), or the base
// name of a stored file.
Result<DocumentId> FindDocument(const Store& store, std::string_view code_or_file);
Result<DocumentSummary> Describe(const Store& store, DocumentId id);

// The stored documents, the most recently issued first (then by number), at
// most `limit` of them.
Result<std::vector<DocumentSummary>> RecentDocuments(const Store& store, size_t limit);

// A typed edge between two documents and where it is stated.
struct Link {
  DocumentSummary other;  // the document at the other end
  std::string relation;   // "implements", "amends", ..., "cites"
  std::string evidence;   // the sentence that states it
  DocumentSummary stated_in;
  Span source;  // the sentence's bytes in stated_in's file
};

// A task with the document it belongs to.
struct TaskRow {
  DocumentSummary document;
  extractor::Task task;
  // Found through a body the filter's agency succeeded: that body's name.
  std::string inherited_from;
  // Found by an agency filter: that agency's part, "lead", "coordinate" or
  // "direct"; "" otherwise.
  std::string role;
  std::string key;  // TaskKey: what its status is kept under
  // The status entry that counts (the latest a person recorded, else the
  // latest from a report), if any.
  std::optional<ProgressEntry> progress;
  // Its state on the filter's as_of (FindTasks with as_of set), else unset.
  std::optional<TaskState> state;
};

// What the edges say of a document's force, strongest first: repealed
// (hết hiệu lực) by a document that repeals it, replaced (bị thay thế),
// amended (bị sửa đổi), else in force as far as the database knows (còn
// hiệu lực: no stored document states otherwise).
enum class EffectiveState { kInForce, kAmended, kReplaced, kRepealed };
const char* EffectiveStateName(EffectiveState state);  // "in-force", "amended", ...
struct EffectiveStatus {
  EffectiveState state = EffectiveState::kInForce;
  std::vector<Link> because;  // the incoming edges that state it, with their sentences
};
// From the incoming edges of a document (DocumentDetails::stated_by_others).
EffectiveStatus EffectiveStatusOf(const std::vector<Link>& incoming);

struct DocumentDetails {
  DocumentSummary summary;
  extractor::DocumentIdentity identity;  // as stored (code fields: canonical and key only)
  std::string sha256;
  std::string encoding;
  std::vector<Link> implements;      // what it implements, amends, replaces ...
  std::vector<Link> implemented_by;  // documents that implement it
  // every typed edge into it: implements, amends, replaces, repeals,
  // guides, based_on (plain citations are in CitedBy)
  std::vector<Link> stated_by_others;
  EffectiveStatus effective;
  std::vector<TaskRow> tasks;
  std::vector<extractor::Target> targets;
  size_t citations = 0;  // documents it cites
  size_t cited_by = 0;   // documents that cite it
  size_t warnings = 0;
};
Result<DocumentDetails> Show(const Store& store, DocumentId id);

// Edges out of (Cites) or into (CitedBy) a document, every relation.
Result<std::vector<Link>> Cites(const Store& store, DocumentId id);
Result<std::vector<Link>> CitedBy(const Store& store, DocumentId id);

// The documents implementing a root directly or through others.
struct ImplementerNode {
  DocumentSummary document;
  std::vector<Link> evidence;    // why it implements its parent (empty at the root)
  std::vector<size_t> children;  // indices into ImplementerTree::nodes, in order
  int depth = 0;                 // 0 at the root
  bool repeated = false;  // listed elsewhere in the tree (a diamond or a cycle): not expanded here
};
// The tree of documents implementing a root, flat: nodes[0] is the root and
// each node lists its children's indices, so building, printing and freeing
// a chain of any length takes no recursion (a chain of 30,000 plans once
// overflowed the stack).
struct ImplementerTree {
  std::vector<ImplementerNode> nodes;
  const ImplementerNode& root() const { return nodes.front(); }
  const ImplementerNode& child(const ImplementerNode& node, size_t i) const {
    return nodes[node.children[i]];
  }
};
// `max_depth` levels below the root; 0 means no limit.
Result<ImplementerTree> Implementers(const Store& store, DocumentId root, int max_depth);

struct TaskFilter {
  std::optional<DocumentId> document;
  std::string agency;  // folded and matched as whole words of an agency's folded name
  // And the exact keys (extractor::Agency::key) of one agency, first, and of
  // the bodies it succeeded; a task found only through a predecessor is
  // marked inherited.
  std::vector<std::string> agency_keys;
  std::string role;           // "lead", "coordinate", "direct", or "" for any
  std::string due_before;     // ISO date: due strictly before
  std::string overdue_as_of;  // ISO date: due strictly before, the deadline passed, not done
  // Only tasks in this state on `as_of` (ISO date; DeriveTaskState). With
  // as_of set, every row found carries its state on that day.
  std::optional<TaskState> state;
  std::string as_of;
  std::string kind;  // deadline kind: "date", "quarter", "ongoing", ...
};
Result<std::vector<TaskRow>> FindTasks(const Store& store, const TaskFilter& filter);

// The task `reference` names: "CODE:PATH" ("344/KH-UBND:III.1.a"; CODE as
// FindDocument takes it: a number, a file, a stored file's name) or a task
// key. NotFound names the paths the document has when PATH is not one.
Result<TaskRow> FindTask(const Store& store, std::string_view reference);
// Every status entry recorded for a task key, oldest first.
Result<std::vector<ProgressEntry>> TaskHistory(const Store& store, std::string_view task_key);

// A task (as FindTask names it) with its status history and its state on
// `as_of`.
struct TaskStatusReport {
  TaskRow task;
  std::vector<ProgressEntry> history;
  std::string as_of;
  TaskState state = TaskState::kNoDeadline;
};
Result<TaskStatusReport> StatusOf(const Store& store, std::string_view reference,
                                  std::string_view as_of);

struct AgencyRow {
  std::string name;  // its least spelling in byte order
  std::string key;   // normalizer::FoldKey of it
  size_t lead = 0;
  size_t coordinate = 0;
  size_t direct = 0;
  std::vector<std::string> spellings;
};
Result<std::vector<AgencyRow>> ListAgencies(const Store& store);

struct SearchHit {
  DocumentSummary document;
  std::string snippet;  // matched words in [brackets]
};
// Every word of `text` must occur; case and diacritics do not matter
// ("chuyen doi so" finds "chuyển đổi số").
Result<std::vector<SearchHit>> Search(const Store& store, std::string_view text, size_t limit);

struct GraphEdge {
  DocumentId from = 0;
  DocumentId to = 0;
  std::string relation;
  size_t statements = 0;  // how many sentences state it
};
struct Graph {
  std::vector<DocumentSummary> nodes;
  std::vector<GraphEdge> edges;
};
// The whole citation graph, or with `root` its lineage: the documents it
// reaches by typed (not plain "cites") edges forward (what it implements,
// amends ..., transitively) and backward (what implements it, transitively),
// with every edge among them.
Result<Graph> CitationGraph(const Store& store, std::optional<DocumentId> root);

// Every stored document rebuilt as the record the extractor produced (code
// fields other than canonical and key are not kept), in storage order.
Status ForEachRecord(const Store& store,
                     const std::function<void(const extractor::DocumentRecord&)>& visit);

struct Totals {
  size_t documents = 0;  // stored from files
  size_t cited_only = 0;
  size_t citations = 0;
  size_t edges = 0;  // typed edges
  size_t tasks = 0;
  size_t targets = 0;
  size_t agencies = 0;
  size_t warnings = 0;
};
Result<Totals> CountAll(const Store& store);

// The audit of one document's tasks and targets.
struct TaskMatch {
  TaskRow task;      // the child document's task
  double score = 0;  // folded-word similarity, 1 for a match by number
  bool by_number = false;
};
struct ParentTask {
  TaskRow task;
  std::vector<TaskMatch> taken_up_by;  // best match per child document
};
// An appendix of `child` whose row N is task N of `parent`.
struct Numbering {
  DocumentSummary parent;
  DocumentSummary child;
  std::string appendix;
  std::vector<std::string> taken;      // numbers the appendix has
  std::vector<std::string> not_taken;  // parent's task numbers it leaves out (or gaps)
};
struct Coverage {
  DocumentSummary document;
  std::string as_of;
  size_t tasks = 0;
  size_t targets = 0;
  std::vector<TaskRow> without_lead;
  // a lead only inferred (from the document's issuer or the unit in charge
  // of the plan), none written next to the task: to be checked by a person
  std::vector<TaskRow> inferred_lead;
  std::vector<TaskRow> without_deadline;
  std::vector<TaskRow> overdue;        // last day passed, not done
  std::map<TaskState, size_t> states;  // how many tasks are in each state at as_of
  std::vector<extractor::Target> uncovered_targets;
  std::vector<Numbering> numbered_after_this;  // children numbering rows after this document
  std::vector<Numbering> numbered_after;       // this document's appendices numbered after others
  std::vector<DocumentSummary> children;       // documents implementing this one directly
  std::vector<ParentTask> parent_tasks;        // only when there are children
};
Result<Coverage> CoverageOf(const Store& store, DocumentId id, std::string_view as_of);

// Similarity of two task texts in [0, 1]: Dice coefficient over the folded
// words and word pairs, so paraphrases that keep the key terms score high.
double TaskSimilarity(std::string_view a, std::string_view b);
inline constexpr double kTaskMatchThreshold = 0.45;

}  // namespace vanban::store

#endif  // VANBAN_STORE_QUERIES_H_
