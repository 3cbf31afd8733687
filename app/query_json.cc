#include "query_json.h"

#include "record_json.h"

namespace vanban::app {

namespace {

void WriteStrings(const std::vector<std::string>& values, JsonWriter* json) {
  json->BeginArray();
  for (const std::string& v : values) json->String(v);
  json->EndArray();
}

// A task as WriteRecord writes it, with the document it belongs to.
void WriteProgress(const store::ProgressEntry& e, JsonWriter* json) {
  json->BeginObject();
  json->Key("progress").String(store::ProgressName(e.progress));
  json->Key("on").StringOrNull(e.on);
  json->Key("note").StringOrNull(e.note);
  json->Key("source").String(e.source);
  json->Key("evidence").StringOrNull(e.evidence);
  json->Key("report").StringOrNull(e.report);
  json->Key("confidence").Number(e.confidence, 2);
  json->Key("recorded_at").String(e.recorded_at);
  json->EndObject();
}

void WriteTaskRow(const store::TaskRow& row, JsonWriter* json) {
  json->BeginObject();
  json->Key("document");
  WriteSummary(row.document, json);
  json->Key("task");
  WriteTask(row.task, json);
  json->Key("key").String(row.key);
  if (row.state) {
    json->Key("state").String(store::TaskStateName(*row.state));
    json->Key("state_vi").String(store::TaskStateLabel(*row.state));
  }
  if (row.progress) {
    json->Key("status");
    WriteProgress(*row.progress, json);
  }
  if (!row.inherited_from.empty()) json->Key("inherited_from").String(row.inherited_from);
  json->EndObject();
}

void WriteTargets(const std::vector<extractor::Target>& targets, JsonWriter* json) {
  json->BeginArray();
  for (const extractor::Target& t : targets) WriteTarget(t, json);
  json->EndArray();
}

void WriteNumberings(const std::vector<store::Numbering>& numberings, JsonWriter* json) {
  json->BeginArray();
  for (const store::Numbering& n : numberings) {
    json->BeginObject();
    json->Key("parent");
    WriteSummary(n.parent, json);
    json->Key("child");
    WriteSummary(n.child, json);
    json->Key("appendix").String(n.appendix);
    json->Key("taken");
    WriteStrings(n.taken, json);
    json->Key("not_taken");
    WriteStrings(n.not_taken, json);
    json->EndObject();
  }
  json->EndArray();
}

void WriteParentTasks(const std::vector<store::ParentTask>& parents, JsonWriter* json) {
  json->BeginArray();
  for (const store::ParentTask& p : parents) {
    json->BeginObject();
    json->Key("task");
    WriteTaskRow(p.task, json);
    json->Key("taken_up_by").BeginArray();
    for (const store::TaskMatch& m : p.taken_up_by) {
      json->BeginObject();
      json->Key("score").Number(m.score, 3);
      json->Key("by_number").Bool(m.by_number);
      json->Key("task");
      WriteTaskRow(m.task, json);
      json->EndObject();
    }
    json->EndArray();
    json->EndObject();
  }
  json->EndArray();
}

}  // namespace

void WriteSummary(const store::DocumentSummary& d, JsonWriter* json) {
  json->BeginObject();
  json->Key("label").String(d.Label());
  json->Key("code").StringOrNull(d.code);
  json->Key("year").Number(d.year);
  json->Key("type").StringOrNull(d.type);
  json->Key("issued").StringOrNull(d.issued);
  json->Key("issuer").StringOrNull(d.issuer);
  json->Key("title").StringOrNull(d.title);
  json->Key("stored").Bool(d.ingested);
  json->Key("source").StringOrNull(d.source_name);
  json->Key("path").StringOrNull(d.source_path);
  json->EndObject();
}

void WriteLinks(const std::vector<store::Link>& links, JsonWriter* json) {
  json->BeginArray();
  for (const store::Link& link : links) {
    json->BeginObject();
    json->Key("relation").String(link.relation);
    json->Key("document");
    WriteSummary(link.other, json);
    json->Key("evidence").String(link.evidence);
    json->Key("stated_in");
    WriteSummary(link.stated_in, json);
    json->Key("source_span");
    WriteSpan(link.source, json);
    json->EndObject();
  }
  json->EndArray();
}

void WriteTasks(const std::vector<store::TaskRow>& tasks, JsonWriter* json) {
  json->BeginArray();
  for (const store::TaskRow& t : tasks) WriteTaskRow(t, json);
  json->EndArray();
}

void WriteDetails(const store::DocumentDetails& d, JsonWriter* json) {
  const extractor::DocumentIdentity& id = d.identity;
  json->BeginObject();
  json->Key("document");
  WriteSummary(d.summary, json);
  json->Key("code_partial").StringOrNull(id.code_partial);
  json->Key("place").StringOrNull(id.place);
  json->Key("signer").BeginObject();
  json->Key("name").StringOrNull(id.signer.name);
  json->Key("title").StringOrNull(id.signer.title);
  json->EndObject();
  json->Key("recipients");
  WriteStrings(id.recipients, json);
  json->Key("sha256").StringOrNull(d.sha256);
  json->Key("encoding").StringOrNull(d.encoding);
  json->Key("citations").Number(d.citations);
  json->Key("cited_by").Number(d.cited_by);
  json->Key("warnings").Number(d.warnings);
  json->Key("implements");
  WriteLinks(d.implements, json);
  json->Key("implemented_by");
  WriteLinks(d.implemented_by, json);
  json->Key("stated_by_others");
  WriteLinks(d.stated_by_others, json);
  json->Key("effective").BeginObject();
  json->Key("state").String(store::EffectiveStateName(d.effective.state));
  json->Key("because");
  WriteLinks(d.effective.because, json);
  json->EndObject();
  json->Key("tasks");
  WriteTasks(d.tasks, json);
  json->Key("targets");
  WriteTargets(d.targets, json);
  json->EndObject();
}

// Nested objects written with an explicit stack: each entry is a node
// whose "implementers" array is open, and the next child to write.
void WriteImplementers(const store::ImplementerTree& tree, JsonWriter* json) {
  auto open = [&](const store::ImplementerNode& node) {
    json->BeginObject();
    json->Key("document");
    WriteSummary(node.document, json);
    if (!node.evidence.empty()) {
      json->Key("evidence");
      WriteLinks(node.evidence, json);
    }
    json->Key("repeated").Bool(node.repeated);
    json->Key("implementers").BeginArray();
  };
  std::vector<std::pair<const store::ImplementerNode*, size_t>> stack;
  open(tree.root());
  stack.push_back({&tree.root(), 0});
  while (!stack.empty()) {
    auto& [node, next] = stack.back();
    if (next == node->children.size()) {
      json->EndArray();
      json->EndObject();
      stack.pop_back();
      continue;
    }
    const store::ImplementerNode& child = tree.child(*node, next++);
    open(child);
    stack.push_back({&child, 0});
  }
}

void WriteAgencies(const std::vector<store::AgencyRow>& agencies, JsonWriter* json) {
  json->BeginArray();
  for (const store::AgencyRow& a : agencies) {
    json->BeginObject();
    json->Key("name").String(a.name);
    json->Key("key").String(a.key);
    json->Key("lead").Number(a.lead);
    json->Key("coordinate").Number(a.coordinate);
    json->Key("direct").Number(a.direct);
    json->Key("spellings");
    WriteStrings(a.spellings, json);
    json->EndObject();
  }
  json->EndArray();
}

void WriteSearchHits(const std::vector<store::SearchHit>& hits, JsonWriter* json) {
  json->BeginArray();
  for (const store::SearchHit& hit : hits) {
    json->BeginObject();
    json->Key("document");
    WriteSummary(hit.document, json);
    json->Key("snippet").String(hit.snippet);
    json->EndObject();
  }
  json->EndArray();
}

void WriteGraph(const store::Graph& graph, JsonWriter* json) {
  json->BeginObject();
  json->Key("nodes").BeginArray();
  for (const store::DocumentSummary& d : graph.nodes) {
    json->BeginObject();
    json->Key("id").Number(d.id);
    json->Key("document");
    WriteSummary(d, json);
    json->EndObject();
  }
  json->EndArray();
  json->Key("edges").BeginArray();
  for (const store::GraphEdge& e : graph.edges) {
    json->BeginObject();
    json->Key("from").Number(e.from);
    json->Key("to").Number(e.to);
    json->Key("relation").String(e.relation);
    json->Key("statements").Number(e.statements);
    json->EndObject();
  }
  json->EndArray();
  json->EndObject();
}

void WriteCoverage(const store::Coverage& c, JsonWriter* json) {
  json->BeginObject();
  json->Key("document");
  WriteSummary(c.document, json);
  json->Key("as_of").String(c.as_of);
  json->Key("tasks").Number(c.tasks);
  json->Key("targets").Number(c.targets);
  json->Key("states").BeginObject();
  for (const auto& [state, count] : c.states) json->Key(store::TaskStateName(state)).Number(count);
  json->EndObject();
  json->Key("without_lead");
  WriteTasks(c.without_lead, json);
  json->Key("inferred_lead");
  WriteTasks(c.inferred_lead, json);
  json->Key("without_deadline");
  WriteTasks(c.without_deadline, json);
  json->Key("overdue");
  WriteTasks(c.overdue, json);
  json->Key("uncovered_targets");
  WriteTargets(c.uncovered_targets, json);
  json->Key("numbered_after_this");
  WriteNumberings(c.numbered_after_this, json);
  json->Key("numbered_after");
  WriteNumberings(c.numbered_after, json);
  json->Key("children").BeginArray();
  for (const store::DocumentSummary& d : c.children) WriteSummary(d, json);
  json->EndArray();
  json->Key("parent_tasks");
  WriteParentTasks(c.parent_tasks, json);
  json->EndObject();
}

void WriteTotals(const store::Totals& t, JsonWriter* json) {
  json->BeginObject();
  json->Key("documents").Number(t.documents);
  json->Key("cited_only").Number(t.cited_only);
  json->Key("citations").Number(t.citations);
  json->Key("edges").Number(t.edges);
  json->Key("tasks").Number(t.tasks);
  json->Key("targets").Number(t.targets);
  json->Key("agencies").Number(t.agencies);
  json->Key("warnings").Number(t.warnings);
  json->EndObject();
}

void WriteStatusReport(const store::TaskStatusReport& r, JsonWriter* json) {
  json->BeginObject();
  json->Key("as_of").String(r.as_of);
  json->Key("state").String(store::TaskStateName(r.state));
  json->Key("state_vi").String(store::TaskStateLabel(r.state));
  json->Key("task");
  WriteTaskRow(r.task, json);
  json->Key("history").BeginArray();
  for (const store::ProgressEntry& e : r.history) WriteProgress(e, json);
  json->EndArray();
  json->EndObject();
}

}  // namespace vanban::app
