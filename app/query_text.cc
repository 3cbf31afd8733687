#include "query_text.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "labels.h"
#include "source_lines.h"
#include "text_table.h"

namespace vanban::app {

namespace {

constexpr size_t kEvidenceWidth = 160;
constexpr size_t kTitleWidth = 90;
constexpr size_t kTaskTextWidth = 70;
constexpr size_t kNameWidth = 60;

std::string Due(const extractor::Deadline& d) {
  const std::string due = d.due.Iso();
  if (d.text.empty()) return due.empty() ? "-" : due;
  return due.empty() ? d.text : due + " (" + d.text + ")";
}

// A document in running text: its number, else a short title and the file.
std::string Name(const store::DocumentSummary& d) {
  if (!d.code.empty() || d.title.empty()) return d.Label();
  return Shorten(d.title, kNameWidth) + " [" + d.source_name + "]";
}

// "stated in 03-ke-hoach.txt:42": the line the sentence starts on (its
// byte span when the file is gone or changed).
std::string Source(const store::Link& link, SourceLines* lines) {
  return "stated in " +
         lines->Locate(link.stated_in.source_path, link.stated_in.source_name, link.source);
}

// One sentence per edge: the one the implementing document states itself
// when there is one; how many other documents say the same is counted.
void PrintEvidence(const std::vector<store::Link>& evidence, store::DocumentId by,
                   const std::string& indent, SourceLines* lines, std::ostream& out) {
  if (evidence.empty()) return;
  const auto own = std::find_if(evidence.begin(), evidence.end(),
                                [&](const store::Link& e) { return e.stated_in.id == by; });
  const store::Link& e = own != evidence.end() ? *own : evidence.front();
  out << indent << "\"" << Shorten(e.evidence, kEvidenceWidth) << "\" (" << Source(e, lines) << ")";
  if (evidence.size() > 1) out << " +" << evidence.size() - 1 << " other statement(s)";
  out << "\n";
}

// Links grouped by the document at the other end and the relation, in the
// order they first appear: one line per document, with its statements.
std::vector<std::vector<store::Link>> GroupByDocument(const std::vector<store::Link>& links) {
  std::vector<std::vector<store::Link>> groups;
  std::map<std::pair<store::DocumentId, std::string>, size_t> index;
  for (const store::Link& link : links) {
    const auto [it, added] =
        index.emplace(std::make_pair(link.other.id, link.relation), groups.size());
    if (added) groups.emplace_back();
    groups[it->second].push_back(link);
  }
  return groups;
}

// The tree drawn with an explicit stack: a chain of any length prints
// without recursion. Each entry is a node still to print and the prefix of
// its parent's column.
void PrintTree(const store::ImplementerTree& tree, std::ostream& out) {
  struct Pending {
    size_t node;
    bool last;           // the last child of its parent
    std::string prefix;  // what stands left of its branch
  };
  std::vector<Pending> stack;
  SourceLines lines;
  auto push_children = [&](const store::ImplementerNode& parent, const std::string& prefix) {
    for (size_t i = parent.children.size(); i-- > 0;) {
      stack.push_back({parent.children[i], i + 1 == parent.children.size(), prefix});
    }
  };
  push_children(tree.root(), "");
  while (!stack.empty()) {
    const Pending p = std::move(stack.back());
    stack.pop_back();
    const store::ImplementerNode& child = tree.nodes[p.node];
    out << p.prefix << (p.last ? "└── " : "├── ") << Headline(child.document)
        << (child.repeated ? " (expanded once, elsewhere in this tree)" : "") << "\n";
    const std::string inner = p.prefix + (p.last ? "    " : "│   ");
    PrintEvidence(child.evidence, child.document.id,
                  inner + (child.children.empty() ? "    " : "│   "), &lines, out);
    push_children(child, inner);
  }
}

void PrintTaskList(const std::string& heading, const std::vector<store::TaskRow>& tasks,
                   Language lang, std::ostream& out) {
  out << Say(lang, heading) << " (" << tasks.size() << ")" << (tasks.empty() ? "\n" : ":\n");
  for (const store::TaskRow& t : tasks) {
    out << "  " << t.task.id << "  " << Shorten(t.task.text, kTaskTextWidth) << "  ["
        << Say(lang, "lead") << ": "
        << (t.task.lead.empty() ? "-" : Join(extractor::Names(t.task.lead), "; ")) << "; "
        << Say(lang, "due") << ": " << Due(t.task.deadline) << "]\n";
  }
}

void PrintNumbering(const store::Numbering& n, std::ostream& out) {
  auto join = [](const std::vector<std::string>& v) {
    return v.empty() ? std::string("none") : Join(v, ", ");
  };
  out << "  " << Name(n.child) << " appendix " << n.appendix << " numbers its rows after "
      << Name(n.parent) << ": takes up " << join(n.taken) << "; leaves out " << join(n.not_taken)
      << "\n";
}

void PrintParentTasks(const std::vector<store::ParentTask>& parents, std::ostream& out) {
  size_t untaken = 0;
  for (const store::ParentTask& p : parents) {
    out << "  " << p.task.task.id << "  " << Shorten(p.task.task.text, kTaskTextWidth) << "\n";
    if (p.taken_up_by.empty()) {
      out << "      taken up by no child document\n";
      ++untaken;
    }
    for (const store::TaskMatch& m : p.taken_up_by) {
      char score[16];
      std::snprintf(score, sizeof score, "%.2f", m.score);
      out << "      -> " << Name(m.task.document) << " " << m.task.task.id << " ("
          << (m.by_number ? "by number" : std::string("similarity ") + score) << ") "
          << Shorten(m.task.task.text, kTaskTextWidth) << "\n";
    }
  }
  out << "  " << untaken << " of " << parents.size() << " task(s) taken up by no child\n";
}

}  // namespace

std::string Headline(const store::DocumentSummary& d) {
  std::string facts;
  for (const std::string& f : {d.type, d.issued, d.issuer}) {
    if (!f.empty()) facts += (facts.empty() ? "" : ", ") + f;
  }
  if (!d.ingested) facts += (facts.empty() ? "" : "; ") + std::string("cited only");
  std::string line = Name(d);
  if (!facts.empty()) line += " (" + facts + ")";
  if (!d.code.empty() && !d.title.empty()) line += " " + Shorten(d.title, kTitleWidth);
  return line;
}

// The state with its Vietnamese term, as offices write it.
std::string EffectiveStateLabel(store::EffectiveState state) {
  switch (state) {
    case store::EffectiveState::kInForce:
      return "in force (còn hiệu lực: no stored document amends, replaces or repeals it)";
    case store::EffectiveState::kAmended:
      return "amended (bị sửa đổi)";
    case store::EffectiveState::kReplaced:
      return "replaced (bị thay thế)";
    case store::EffectiveState::kRepealed:
      return "repealed (hết hiệu lực)";
  }
  return "";
}

void PrintDetails(const store::DocumentDetails& d, std::ostream& out) {
  const store::DocumentSummary& s = d.summary;
  const extractor::DocumentIdentity& id = d.identity;
  SourceLines lines;
  out << s.Label() << "\n";
  auto field = [&](const char* name, const std::string& value) {
    if (!value.empty())
      out << "  " << name << std::string(10 - std::string(name).size(), ' ') << value << "\n";
  };
  field("type", s.type);
  field("number", s.code.empty() ? id.code_partial : s.code);
  field("issued", s.issued);
  field("place", id.place);
  field("issuer", s.issuer);
  field("title", s.title);
  field("signer", id.signer.name + (id.signer.title.empty() ? "" : " (" + id.signer.title + ")"));
  field("file", s.source_path);
  field("sha256", d.sha256);
  if (!s.ingested) out << "  (cited only: no file of it is stored)\n";
  out << "  status    " << EffectiveStateLabel(d.effective.state);
  std::vector<std::string> stating;  // one name per document, however many sentences
  for (const store::Link& l : d.effective.because) {
    if (std::find(stating.begin(), stating.end(), Name(l.other)) == stating.end()) {
      stating.push_back(Name(l.other));
    }
  }
  if (!stating.empty()) out << " by " << Join(stating, ", ");
  out << "\n";
  out << "  cites " << d.citations << " document(s), cited by " << d.cited_by << ", " << d.warnings
      << " warning(s)\n";
  const auto implements = GroupByDocument(d.implements);
  out << "\nImplements, amends, ... (" << implements.size() << "):\n";
  for (const std::vector<store::Link>& group : implements) {
    out << "  " << group[0].relation << " " << Headline(group[0].other) << "\n";
    PrintEvidence(group, s.id, "      ", &lines, out);
  }
  const auto stated_by_others = GroupByDocument(d.stated_by_others);
  out << "\nImplemented, amended, ... by (" << stated_by_others.size() << "):\n";
  for (const std::vector<store::Link>& group : stated_by_others) {
    out << "  " << Headline(group[0].other) << " " << group[0].relation << " it\n";
    PrintEvidence(group, group[0].other.id, "      ", &lines, out);
  }
  out << "\n";
  PrintTaskList("Tasks", d.tasks, Language::kEnglish, out);
  out << "\nTargets (" << d.targets.size() << ")" << (d.targets.empty() ? "\n" : ":\n");
  for (const extractor::Target& t : d.targets) {
    out << "  (" << t.n << ") " << Shorten(t.text, kTaskTextWidth)
        << (t.value.empty() ? "" : "  [" + t.value + "]") << "\n";
  }
}

void PrintLinks(const std::vector<store::Link>& links, std::ostream& out) {
  TextTable table({"RELATION", "DOCUMENT", "STATED IN", "EVIDENCE"}, {0, 40, 36, 80});
  SourceLines lines;
  for (const store::Link& l : links) {
    table.AddRow({l.relation, Name(l.other),
                  lines.Locate(l.stated_in.source_path, l.stated_in.source_name, l.source),
                  l.evidence});
  }
  table.Print(out);
  out << links.size() << " edge(s)\n";
}

void PrintImplementers(const store::ImplementerTree& tree, std::ostream& out) {
  out << Headline(tree.root().document) << "\n";
  PrintTree(tree, out);
  if (tree.root().children.empty()) out << "(no document in the database implements it)\n";
}

void PrintTasks(const std::vector<store::TaskRow>& tasks, std::ostream& out, size_t width,
                Language lang) {
  const bool roles = std::any_of(tasks.begin(), tasks.end(),
                                 [](const store::TaskRow& t) { return !t.role.empty(); });
  std::vector<std::string> headers = {"DOCUMENT", "TASK", "LEAD", "DUE", "STATE", "TEXT"};
  std::vector<size_t> caps = {24, 10, 40, 12, 0, 60};
  if (roles) {
    headers.insert(headers.begin() + 2, "ROLE");
    caps.insert(caps.begin() + 2, 0);
  }
  for (std::string& h : headers) h = Say(lang, h);
  TextTable table(headers, caps);
  for (const store::TaskRow& t : tasks) {
    std::string lead = Join(extractor::Names(t.task.lead), "; ");
    if (!t.inherited_from.empty()) lead += " (inherited from " + t.inherited_from + ")";
    std::vector<std::string> cells = {Name(t.document),
                                      t.task.id,
                                      lead,
                                      t.task.deadline.due.Iso(),
                                      t.state ? Say(lang, store::TaskStateName(*t.state)) : "",
                                      t.task.text};
    if (roles) cells.insert(cells.begin() + 2, Say(lang, t.role));
    table.AddRow(std::move(cells));
  }
  table.Print(out, width);
  out << tasks.size() << " " << Say(lang, "task(s)") << "\n";
}

void PrintStatusReport(const store::TaskStatusReport& r, std::ostream& out, Language lang) {
  const extractor::Task& t = r.task.task;
  // "  task      ...": the label padded to one column in either language
  const auto field = [&](std::string_view label) {
    const std::string said = Say(lang, label);
    return "  " + said + std::string(Columns(said) < 10 ? 10 - Columns(said) : 1, ' ');
  };
  out << Headline(r.task.document) << "\n" << field("task") << t.id << ": " << t.text << "\n";
  out << field("lead") << Join(extractor::Names(t.lead), "; ") << "\n";
  if (!t.deadline.text.empty()) out << field("deadline") << t.deadline.text << "\n";
  const std::string label = store::TaskStateLabel(r.state);
  out << field("state") << Say(lang, store::TaskStateName(r.state))
      << (label.empty() || lang == Language::kVietnamese ? "" : " (" + label + ")") << " "
      << Say(lang, "as of") << " " << r.as_of << "\n";
  if (const auto& p = r.task.progress; p && p->source == "report") {
    out << field("reported") << Say(lang, store::ProgressName(p->progress)) << " "
        << Say(lang, "by") << " " << p->report << ": \"" << p->evidence << "\"\n";
  }
  out << field("key") << r.task.key << "\n";
  out << "\n" << Say(lang, "History") << " (" << r.history.size() << "):\n";
  for (const store::ProgressEntry& e : r.history) {
    out << "  " << e.recorded_at << "  " << Say(lang, store::ProgressName(e.progress));
    if (!e.on.empty()) out << " " << Say(lang, "on") << " " << e.on;
    out << " (" << Say(lang, e.source);
    if (!e.report.empty()) out << ", " << e.report;
    out << ")";
    if (!e.note.empty()) out << ": " << e.note;
    if (!e.evidence.empty()) out << "\n      \"" << e.evidence << "\"";
    out << "\n";
  }
}

void PrintAgencies(const std::vector<store::AgencyRow>& agencies, std::ostream& out,
                   Language lang) {
  std::vector<std::string> headers = {"AGENCY", "LEAD", "COORDINATE", "DIRECT", "OTHER SPELLINGS"};
  for (std::string& h : headers) h = Say(lang, h);
  TextTable table(headers, {60, 0, 0, 0, 60});
  for (const store::AgencyRow& a : agencies) {
    std::vector<std::string> others;
    for (const std::string& s : a.spellings) {
      if (s != a.name) others.push_back(s);
    }
    table.AddRow({a.name, std::to_string(a.lead), std::to_string(a.coordinate),
                  std::to_string(a.direct), Join(others, "; ")});
  }
  table.Print(out);
  out << agencies.size() << " " << Say(lang, "agencies") << "\n";
}

void PrintSearchHits(const std::vector<store::SearchHit>& hits, std::ostream& out) {
  for (const store::SearchHit& hit : hits) {
    std::string snippet = hit.snippet;
    for (char& c : snippet) c = c == '\n' ? ' ' : c;
    out << Headline(hit.document) << "\n    " << snippet << "\n";
  }
  out << hits.size() << " document(s)\n";
}

void PrintCoverage(const store::Coverage& c, std::ostream& out, Language lang) {
  out << Say(lang, "Coverage of") << " " << Headline(c.document) << "\n"
      << Say(lang, "as of") << " " << c.as_of << ": " << c.tasks << " " << Say(lang, "task(s)")
      << ", " << c.targets << " " << Say(lang, "target(s)") << "\n";
  out << Say(lang, "by state") << ":";
  for (const auto& [state, count] : c.states) {
    out << " " << Say(lang, store::TaskStateName(state)) << " " << count;
  }
  out << "\n\n";
  PrintTaskList("Tasks without a lead", c.without_lead, lang, out);
  PrintTaskList("Tasks whose lead is only inferred", c.inferred_lead, lang, out);
  PrintTaskList("Tasks without a deadline", c.without_deadline, lang, out);
  PrintTaskList("Tasks overdue", c.overdue, lang, out);
  out << Say(lang, "Targets no assignment covers") << " (" << c.uncovered_targets.size() << ")"
      << (c.uncovered_targets.empty() ? "\n" : ":\n");
  for (const extractor::Target& t : c.uncovered_targets) {
    out << "  (" << t.n << ") " << Shorten(t.text, kTaskTextWidth) << "\n";
  }
  if (!c.numbered_after_this.empty() || !c.numbered_after.empty()) {
    out << "\nTask numbering:\n";
    for (const store::Numbering& n : c.numbered_after_this) PrintNumbering(n, out);
    for (const store::Numbering& n : c.numbered_after) PrintNumbering(n, out);
  }
  if (!c.children.empty()) {
    out << "\nTasks taken up by the documents implementing it (";
    for (size_t i = 0; i < c.children.size(); ++i) {
      out << (i ? ", " : "") << Name(c.children[i]);
    }
    out << "):\n";
    PrintParentTasks(c.parent_tasks, out);
  }
}

void PrintTotals(const store::Totals& t, std::ostream& out) {
  out << t.documents << " documents stored, " << t.cited_only << " cited only; " << t.citations
      << " citations, " << t.edges << " typed edges, " << t.tasks << " tasks, " << t.targets
      << " targets, " << t.agencies << " agencies, " << t.warnings << " warnings\n";
}

}  // namespace vanban::app
