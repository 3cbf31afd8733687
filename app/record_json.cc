#include "record_json.h"

namespace vanban::app {

namespace {

using extractor::DocumentRecord;

void WriteDocument(const extractor::DocumentIdentity& d, JsonWriter* json) {
  json->BeginObject();
  json->Key("type").StringOrNull(d.type);
  json->Key("code");
  if (d.code) {
    json->String(d.code->canonical);
  } else {
    json->Null();
  }
  json->Key("code_partial").StringOrNull(d.code_partial);
  json->Key("issued").StringOrNull(d.issued.Iso());
  json->Key("place").StringOrNull(d.place);
  json->Key("issuer").StringOrNull(d.issuer);
  json->Key("signer").BeginObject();
  json->Key("name").StringOrNull(d.signer.name);
  json->Key("title").StringOrNull(d.signer.title);
  json->EndObject();
  json->Key("title").StringOrNull(d.title);
  json->Key("recipients").BeginArray();
  for (const std::string& r : d.recipients) json->String(r);
  json->EndArray();
  json->EndObject();
}

void WriteReferences(const DocumentRecord& r, JsonWriter* json) {
  json->Key("references").BeginArray();
  for (const extractor::Reference& ref : r.references) {
    json->BeginObject();
    json->Key("code").String(ref.code.canonical);
    json->Key("date").StringOrNull(ref.date.Iso());
    json->Key("type").StringOrNull(ref.type);
    json->Key("mentions").Number(static_cast<long long>(ref.mentions));
    if (!ref.aliases.empty()) {
      json->Key("aliases").BeginArray();
      for (const std::string& a : ref.aliases) json->String(a);
      json->EndArray();
    }
    json->EndObject();
  }
  json->EndArray();
}

void WriteEdges(const DocumentRecord& r, JsonWriter* json) {
  json->Key("edges").BeginArray();
  for (const extractor::Edge& e : r.edges) {
    json->BeginObject();
    json->Key("from").String(e.from);
    json->Key("to").String(e.to);
    json->Key("relation").String(extractor::RelationName(e.relation));
    json->Key("evidence").String(e.evidence);
    json->Key("source_span");
    WriteSpan(e.source, json);
    json->EndObject();
  }
  json->EndArray();
}

void WriteMentions(const DocumentRecord& r, JsonWriter* json) {
  json->Key("mentions").BeginArray();
  for (const extractor::Mention& m : r.mentions) {
    json->BeginObject();
    json->Key("code").String(m.code.canonical);
    json->Key("type").StringOrNull(m.type);
    json->Key("surface").String(m.surface);
    json->Key("date").StringOrNull(m.date.Iso());
    json->Key("issuer").StringOrNull(m.issuer);
    json->Key("subject").StringOrNull(m.subject);
    json->Key("footnote").Number(m.segment);
    json->Key("short_form").Bool(m.short_form);
    json->Key("source_span");
    WriteSpan(m.source, json);
    json->EndObject();
  }
  json->EndArray();
}

void WriteRepairs(const DocumentRecord& r, JsonWriter* json) {
  json->Key("repairs").BeginArray();
  for (const extractor::Repair& rep : r.repairs) {
    json->BeginObject();
    json->Key("kind").String(rep.kind);
    json->Key("from").String(rep.from);
    json->Key("to").String(rep.to);
    json->Key("source_span");
    WriteSpan(rep.source, json);
    json->EndObject();
  }
  json->EndArray();
}

void WriteDeadline(const extractor::Deadline& d, JsonWriter* json) {
  json->BeginObject();
  json->Key("text").StringOrNull(d.text);
  json->Key("kind").String(d.kind);
  json->Key("due").StringOrNull(d.due.Iso());
  json->EndObject();
}

void WriteNames(std::string_view key, const std::vector<extractor::Agency>& agencies,
                JsonWriter* json) {
  json->Key(key).BeginArray();
  for (const extractor::Agency& a : agencies) json->String(a.name);
  json->EndArray();
}

void WriteAgency(const extractor::Agency& a, std::string_view role, JsonWriter* json) {
  json->BeginObject();
  json->Key("name").String(a.name);
  json->Key("role").String(role);
  json->Key("key").String(a.key);
  json->Key("level").String(extractor::LevelName(a.level));
  json->Key("primary").Bool(a.primary);
  json->Key("known").Bool(a.known);
  json->Key("successor").StringOrNull(a.successor);
  json->EndObject();
}

// Every agency of a task with its identity; "lead" and "coordinate" list
// the same names only, in the shape the gold files use.
void WriteAgencies(const extractor::Task& t, JsonWriter* json) {
  json->Key("agencies").BeginArray();
  for (const extractor::Agency& a : t.lead) WriteAgency(a, "lead", json);
  for (const extractor::Agency& a : t.coordinate) WriteAgency(a, "coordinate", json);
  if (t.director) WriteAgency(*t.director, "direct", json);
  json->EndArray();
}

void WriteTasks(const DocumentRecord& r, JsonWriter* json) {
  json->Key("tasks").BeginArray();
  for (const extractor::Task& t : r.tasks) WriteTask(t, json);
  json->EndArray();
}

void WriteTargets(const DocumentRecord& r, JsonWriter* json) {
  json->Key("targets").BeginArray();
  for (const extractor::Target& t : r.targets) WriteTarget(t, json);
  json->EndArray();
  if (!r.task_numbering.empty()) {
    json->Key("task_numbering").BeginObject();
    json->Key("appendix").String(r.task_numbering.front().appendix);
    json->Key("follows").String(r.task_numbering.front().code);
    json->EndObject();
  }
}

}  // namespace

void WriteSpan(const Span& s, JsonWriter* json) {
  json->BeginArray().Number(static_cast<long long>(s.begin)).Number(static_cast<long long>(s.end));
  json->EndArray();
}

void WriteTask(const extractor::Task& t, JsonWriter* json) {
  json->BeginObject();
  json->Key("id").String(t.id);
  json->Key("number").StringOrNull(t.number);
  json->Key("text").String(t.text);
  WriteNames("lead", t.lead, json);
  WriteNames("coordinate", t.coordinate, json);
  if (t.director) json->Key("director").String(t.director->name);
  WriteAgencies(t, json);
  if (!t.result.empty()) json->Key("result").String(t.result);
  json->Key("deadline");
  WriteDeadline(t.deadline, json);
  if (t.central_deadline) {
    json->Key("central_deadline");
    WriteDeadline(*t.central_deadline, json);
  }
  json->Key("lead_inferred").Bool(t.lead_inferred);
  if (!t.targets.empty()) {
    json->Key("targets").BeginArray();
    for (int n : t.targets) json->Number(n);
    json->EndArray();
  }
  json->Key("source_span");
  WriteSpan(t.source, json);
  json->EndObject();
}

void WriteTarget(const extractor::Target& t, JsonWriter* json) {
  json->BeginObject();
  json->Key("n").Number(t.n);
  json->Key("text").String(t.text);
  json->Key("value").StringOrNull(t.value);
  if (!t.monitor.empty()) json->Key("monitor").String(t.monitor);
  json->Key("source_span");
  WriteSpan(t.source, json);
  json->EndObject();
}

void WriteRecord(const DocumentRecord& record, JsonWriter* json) {
  json->BeginObject();
  json->Key("source").String(record.source);
  json->Key("document");
  WriteDocument(record.document, json);
  WriteReferences(record, json);
  WriteEdges(record, json);
  WriteTasks(record, json);
  WriteTargets(record, json);
  WriteMentions(record, json);
  WriteRepairs(record, json);
  json->Key("warnings").BeginArray();
  for (const std::string& w : record.warnings) json->String(w);
  json->EndArray();
  json->EndObject();
}

}  // namespace vanban::app
