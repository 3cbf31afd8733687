#include "vanban/extractor.h"

#include <algorithm>

#include "agencies.h"
#include "doc_number.h"
#include "identity.h"
#include "layout.h"
#include "mentions.h"
#include "patterns.h"
#include "relations.h"
#include "tables.h"
#include "tasks.h"

namespace vanban::extractor {

std::string Date::Iso() const {
  if (year == 0) return "";
  char buf[16];
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

std::vector<std::string> Names(const std::vector<Agency>& agencies) {
  std::vector<std::string> names;
  names.reserve(agencies.size());
  for (const Agency& a : agencies) names.push_back(a.name);
  return names;
}

const char* RelationName(Relation r) {
  switch (r) {
    case Relation::kImplements:
      return "implements";
    case Relation::kBasedOn:
      return "based_on";
    case Relation::kGuides:
      return "guides";
    case Relation::kAmends:
      return "amends";
    case Relation::kReplaces:
      return "replaces";
    case Relation::kRepeals:
      return "repeals";
    case Relation::kCites:
      return "cites";
  }
  return "cites";
}

struct Extractor::Impl {
  internal::Patterns patterns;
  internal::Gazetteer gazetteer = internal::Gazetteer::BuiltIn();
};

Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Extractor::AgencyLookup Extractor::LookUpAgency(std::string_view name) const {
  AgencyLookup lookup;
  lookup.agency = impl_->gazetteer.Identify(name);
  lookup.predecessors = impl_->gazetteer.Predecessors(lookup.agency);
  return lookup;
}
Extractor::~Extractor() = default;

Result<std::unique_ptr<Extractor>> Extractor::Create() {
  auto impl = std::make_unique<Impl>();
  for (const RE2* re :
       {&impl->patterns.number, &impl->patterns.issuer_only_number,
        &impl->patterns.law_without_legislature, &impl->patterns.date_numeric,
        &impl->patterns.date_words, &impl->patterns.short_form, &impl->patterns.place_date,
        &impl->patterns.number_line, &impl->patterns.appendix_own, &impl->patterns.relation_cue}) {
    if (!re->ok()) return Status::Internal("bad pattern '" + re->pattern() + "': " + re->error());
  }
  return std::unique_ptr<Extractor>(new Extractor(std::move(impl)));
}

namespace {

// Every mention points at its reference's canonical code; a document cites
// each reference it does not implement, amend ... : "cites".
void AddCitesEdges(const DocumentRecord& record, std::vector<Edge>* edges) {
  for (const Reference& r : record.references) {
    const bool linked = std::any_of(edges->begin(), edges->end(), [&](const Edge& e) {
      return e.from == "self" && e.to == r.code.canonical;
    });
    if (linked) continue;
    const auto first = std::find_if(record.mentions.begin(), record.mentions.end(),
                                    [&](const Mention& m) { return m.code.key == r.code.key; });
    Edge e;
    e.from = "self";
    e.to = r.code.canonical;
    e.relation = Relation::kCites;
    if (first != record.mentions.end()) {
      e.evidence = first->surface;
      e.source = first->source;
    }
    edges->push_back(std::move(e));
  }
}

// A document cannot implement, amend or replace one issued after it: when
// both dates are known that edge is a misread coordination ("Chương trình
// 08 thực hiện Nghị quyết 57 ... và Thông báo 17 ..." where the later
// Thông báo belongs to the sentence, not to the programme).
void DropImpossibleEdges(const DocumentRecord& record, std::vector<Edge>* edges) {
  auto date_of = [&](const std::string& code) -> Date {
    if (code == "self") return record.document.issued;
    for (const Reference& r : record.references) {
      if (r.code.canonical == code) return r.date;
    }
    return {};
  };
  auto before = [](const Date& a, const Date& b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month == 0 || b.month == 0 || a.month != b.month)
      return a.month < b.month && a.month && b.month;
    return a.day && b.day && a.day < b.day;
  };
  std::erase_if(*edges, [&](const Edge& e) {
    if (e.relation == Relation::kCites) return false;
    const Date from = date_of(e.from), to = date_of(e.to);
    return !from.empty() && !to.empty() && before(from, to);
  });
}

// A website's chrome around the document (its metadata block, news summary
// and footer) is not the document's content: the numbers it cites are not
// the document's references and state none of its relations.
void DropChrome(Span extent, std::vector<Mention>* mentions,
                std::vector<internal::MentionExtent>* extents) {
  size_t kept = 0;
  for (size_t i = 0; i < mentions->size(); ++i) {
    const Mention& m = (*mentions)[i];
    if (m.segment == 0 && (m.span.begin < extent.begin || m.span.begin >= extent.end)) continue;
    if (kept != i) {
      (*mentions)[kept] = std::move((*mentions)[i]);
      (*extents)[kept] = std::move((*extents)[i]);
    }
    ++kept;
  }
  mentions->resize(kept);
  extents->resize(kept);
}

}  // namespace

DocumentRecord Extractor::Extract(const normalizer::NormalizedText& text,
                                  std::string source_name) const {
  const internal::Patterns& p = impl_->patterns;
  DocumentRecord record;
  record.source = std::move(source_name);
  size_t preamble_end = 0;
  Span extent;
  record.document = internal::ReadIdentity(p, impl_->gazetteer, text, &preamble_end, &extent);

  std::vector<internal::Segment> segments;
  segments.push_back({0, text.text, &text.map});
  for (size_t i = 0; i < text.footnotes.size(); ++i) {
    segments.push_back({static_cast<int>(i + 1), text.footnotes[i].body, &text.footnotes[i].map});
  }
  std::vector<internal::MentionExtent> extents;
  for (const internal::Segment& s : segments) {
    internal::FindMentions(p, s, &record.mentions, &extents, &record.repairs);
  }
  for (const internal::Segment& s : segments) {
    internal::FindShortForms(p, s, &record.mentions, &extents);
  }
  DropChrome(extent, &record.mentions, &extents);
  for (size_t i = 0; i < record.mentions.size(); ++i) {
    record.mentions[i].in_preamble =
        record.mentions[i].segment == 0 && record.mentions[i].span.begin < preamble_end;
  }
  record.references =
      internal::BuildReferences(&record.mentions, record.document.code, &record.repairs);
  for (const internal::Segment& s : segments) {
    std::vector<const Mention*> ms;
    std::vector<const internal::MentionExtent*> es;
    std::vector<size_t> order;
    for (size_t i = 0; i < record.mentions.size(); ++i) {
      if (record.mentions[i].segment == s.index) order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return record.mentions[a].span.begin < record.mentions[b].span.begin;
    });
    for (size_t i : order) {
      ms.push_back(&record.mentions[i]);
      es.push_back(&extents[i]);
    }
    internal::FindEdges(p, impl_->gazetteer, s.text, *s.map, s.index == 0 ? preamble_end : 0, ms,
                        es, record.document.type != "BC", &record.edges);
  }
  DropImpossibleEdges(record, &record.edges);
  AddCitesEdges(record, &record.edges);
  const std::vector<internal::Block> blocks = internal::ReadBlocks(text);
  const std::vector<internal::Table> tables = internal::ReadTables(text, blocks, impl_->gazetteer);
  const internal::TaskInputs inputs{text, blocks, tables, impl_->gazetteer};
  internal::ExtractTasks(inputs, &record);
  internal::ExtractTargets(inputs, &record);
  return record;
}

std::optional<DocumentCode> ParseDocumentCode(std::string_view text) {
  // Compiled once: immutable after construction, so safe to share.
  static const internal::Patterns patterns;
  const std::vector<internal::NumberMatch> found = internal::FindNumbers(patterns, text);
  if (found.size() != 1 || found[0].span.begin != 0) return std::nullopt;
  return found[0].code;
}

}  // namespace vanban::extractor
