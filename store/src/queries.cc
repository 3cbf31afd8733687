// Document lookup, links, the implementers tree, the graph, search, counts.
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "rows.h"
#include "vanban/corpus.h"
#include "vanban/edit_distance.h"
#include "vanban/extractor.h"
#include "vanban/normalizer.h"
#include "vanban/queries.h"

namespace vanban::store {

namespace {

using internal::Database;
using internal::Direction;
using internal::Relations;
using internal::Statement;

Result<std::optional<DocumentId>> FindFile(Database* db, const std::string& path) {
  VANBAN_ASSIGN_OR_RETURN(
      std::optional<int64_t> id,
      db->QueryInt("SELECT id FROM documents WHERE source_path = ?1", AbsolutePath(path)));
  if (id) return id;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return db->QueryInt("SELECT id FROM documents WHERE sha256 = ?1 LIMIT 1",
                      corpus::Sha256Hex(bytes.str()));
}

// "CODE@YEAR" -> CODE and YEAR (0: year unknown); a plain code has none.
std::pair<std::string, std::optional<int>> SplitYear(std::string_view text) {
  const size_t at = text.rfind('@');
  if (at == std::string_view::npos || at + 1 == text.size()) return {std::string(text), {}};
  const std::string_view digits = text.substr(at + 1);
  if (digits.find_first_not_of("0123456789") != std::string_view::npos)
    return {std::string(text), {}};
  // a year has at most four digits: "@99999999999" would overflow and wrap
  // to another year; -1 says "no such year"
  int year = -1;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), year);
  if (error != std::errc() || year > 9999) year = -1;
  return {std::string(text.substr(0, at)), year};
}

Result<DocumentId> FindByCode(Database* db, const extractor::DocumentCode& code,
                              std::optional<int> year, std::string_view text) {
  struct Candidate {
    DocumentId id;
    bool ingested;
    int year;
  };
  std::vector<Candidate> candidates;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT id, ingested, year FROM documents WHERE code_key = ?1 AND (?2 IS NULL OR year = ?2) "
      "ORDER BY year",
      [&](const Statement& row) {
        candidates.push_back({row.Int(0), row.Int(1) != 0, static_cast<int>(row.Int(2))});
      },
      code.key, year));
  if (candidates.empty()) {
    return Status::NotFound("no document numbered " + std::string(text) + " in the database");
  }
  std::vector<Candidate> stored;
  for (const Candidate& c : candidates) {
    if (c.ingested) stored.push_back(c);
  }
  if (candidates.size() == 1) return candidates[0].id;
  if (stored.size() == 1) return stored[0].id;
  std::string choices;
  for (const Candidate& c : candidates) {
    choices += " " + code.canonical + "@" + std::to_string(c.year);
  }
  return Status::InvalidInput(std::string(text) +
                              " names several documents; add the year:" + choices);
}

// Adds the children of node `at`, one per implementing document with all
// the sentences that say so; a document met before anywhere in the tree is
// listed but not expanded again. Returns the new nodes' indices.
Result<std::vector<size_t>> AddImplementers(Database* db, ImplementerTree* tree, size_t at,
                                            std::set<DocumentId>* seen) {
  const DocumentId id = tree->nodes[at].document.id;
  VANBAN_ASSIGN_OR_RETURN(std::vector<Link> links, internal::LoadLinks(db, id, Direction::kIncoming,
                                                                       Relations::kImplements));
  std::map<DocumentId, size_t> node_of;
  std::vector<size_t> added;
  for (Link& link : links) {
    const DocumentId child = link.other.id;
    if (child == id) continue;
    auto [it, fresh] = node_of.emplace(child, tree->nodes.size());
    if (fresh) {
      ImplementerNode node;
      node.document = link.other;
      node.depth = tree->nodes[at].depth + 1;
      node.repeated = !seen->insert(child).second;
      tree->nodes.push_back(std::move(node));
      tree->nodes[at].children.push_back(it->second);
      added.push_back(it->second);
    }
    tree->nodes[it->second].evidence.push_back(std::move(link));
  }
  return added;
}

// `root` with the documents it reaches by typed edges followed forward
// (what it implements, amends ..., and so on up) and backward (what
// implements or amends it, and so on down). Siblings sharing a parent are
// not each other's lineage, so the walk never turns around.
Result<std::set<DocumentId>> Lineage(Database* db, DocumentId root) {
  std::set<DocumentId> seen{root};
  for (const Direction direction : {Direction::kOutgoing, Direction::kIncoming}) {
    std::vector<DocumentId> frontier{root};
    while (!frontier.empty()) {
      const DocumentId id = frontier.back();
      frontier.pop_back();
      VANBAN_ASSIGN_OR_RETURN(const std::vector<DocumentId> neighbors,
                              internal::LoadNeighbors(db, id, direction, Relations::kTyped));
      for (const DocumentId next : neighbors) {
        if (seen.insert(next).second) frontier.push_back(next);
      }
    }
  }
  return seen;
}

Result<Graph> GraphOf(Database* db, const std::set<DocumentId>& ids) {
  Graph graph;
  for (const DocumentId id : ids) {
    VANBAN_ASSIGN_OR_RETURN(DocumentSummary summary, internal::LoadSummary(db, id));
    graph.nodes.push_back(std::move(summary));
    VANBAN_ASSIGN_OR_RETURN(const std::vector<GraphEdge> edges, internal::LoadEdgeCounts(db, id));
    for (const GraphEdge& e : edges) {
      if (ids.count(e.to) && e.to != id) graph.edges.push_back(e);
    }
  }
  return graph;
}

Result<Graph> WholeGraph(Database* db) {
  Graph graph;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT " + internal::SummaryColumns("d") + " FROM documents d ORDER BY d.id",
      [&](const Statement& row) { graph.nodes.push_back(internal::ReadSummary(row, 0)); }));
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT from_id, to_id, relation, count(*) FROM edges_resolved WHERE from_id <> to_id "
      "GROUP BY from_id, to_id, relation ORDER BY from_id, to_id, relation",
      [&](const Statement& row) {
        graph.edges.push_back(
            {row.Int(0), row.Int(1), row.Text(2), static_cast<size_t>(row.Int(3))});
      }));
  return graph;
}

template <typename... Args>
Result<size_t> Count(Database* db, const char* sql, const Args&... args) {
  VANBAN_ASSIGN_OR_RETURN(const std::optional<int64_t> n, db->QueryInt(sql, args...));
  return static_cast<size_t>(n.value_or(0));
}

}  // namespace

std::string DocumentSummary::Label() const {
  if (!code.empty()) return code;
  std::string label =
      title.empty() ? (type.empty() ? "(no number)" : type + " (no number)") : title;
  if (!source_name.empty()) label += " [" + source_name + "]";
  return label;
}

// A number as a user may type it: folded (case, diacritics), without
// separators or leading zeros, so "57-nq/tw", "57 NQ TW", "344/KHUBND" and
// "057-NQ/TW" meet the stored "57-NQ/TW" and "344/KH-UBND".
std::string LooseKey(std::string_view code) {
  std::string key;
  for (const char c : normalizer::FoldKey(code)) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) key += c;
  }
  const size_t digits = key.find_first_not_of('0');
  return digits == std::string::npos ? key : key.substr(digits);
}

// The lookup of last resort: stored numbers whose loose key equals the
// text's, or, for a bare number ("344") or a part of one, those that start
// with or contain it. One candidate is the answer; several are listed.
Result<DocumentId> FindByLooseCode(Database* db, std::string_view text, std::optional<int> year) {
  const std::string wanted = LooseKey(text);
  if (wanted.empty()) return Status::NotFound("");
  const bool bare_number = wanted.find_first_not_of("0123456789") == std::string::npos;
  struct Candidate {
    DocumentId id;
    std::string label;
  };
  std::vector<Candidate> exact, partial;
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT id, code, year FROM documents WHERE code IS NOT NULL AND (?1 IS NULL OR year = ?1) "
      "ORDER BY ingested DESC, code, year",
      [&](const Statement& row) {
        const std::string code = row.Text(1);
        const std::string key = LooseKey(code);
        Candidate c{row.Int(0), code + "@" + std::to_string(row.Int(2))};
        if (key == wanted) {
          exact.push_back(std::move(c));
        } else if (bare_number ? key.rfind(wanted, 0) == 0 && key.size() > wanted.size() &&
                                     !(key[wanted.size()] >= '0' && key[wanted.size()] <= '9')
                               : key.find(wanted) != std::string::npos) {
          partial.push_back(std::move(c));
        }
      },
      year));
  const std::vector<Candidate>& found = exact.empty() ? partial : exact;
  if (found.size() == 1) return found[0].id;
  if (found.empty()) return Status::NotFound("");
  std::string choices;
  for (size_t i = 0; i < found.size() && i < 12; ++i) choices += " " + found[i].label;
  if (found.size() > 12) choices += " ... (" + std::to_string(found.size()) + " in all)";
  return Status::InvalidInput("'" + std::string(text) + "' may be any of:" + choices);
}

// " Did you mean A, B?": stored numbers whose loose key is one edit (two for
// keys of eight characters or more) from the text's, nearest first; empty
// when none is that close or the text is too short to guess from.
Result<std::string> DidYouMean(Database* db, std::string_view text) {
  const std::string wanted = LooseKey(text);
  if (wanted.size() < 3) return std::string();
  const size_t limit = wanted.size() >= 8 ? 2 : 1;
  std::vector<std::pair<size_t, std::string>> near;
  VANBAN_RETURN_IF_ERROR(
      db->ForEachRow("SELECT DISTINCT code FROM documents WHERE code IS NOT NULL ORDER BY code",
                     [&](const Statement& row) {
                       const std::string code = row.Text(0);
                       const size_t distance = BoundedEditDistance(LooseKey(code), wanted, limit);
                       if (distance <= limit) near.emplace_back(distance, code);
                     }));
  if (near.empty()) return std::string();
  std::stable_sort(near.begin(), near.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string out = " Did you mean ";
  for (size_t i = 0; i < near.size() && i < 5; ++i) out += (i ? ", " : "") + near[i].second;
  return out + "?";
}

Result<DocumentId> FindDocument(const Store& store, std::string_view code_or_file) {
  Database* db = &store.database();
  const std::string text(code_or_file);
  std::error_code error;
  if (std::filesystem::is_regular_file(text, error)) {
    VANBAN_ASSIGN_OR_RETURN(const std::optional<DocumentId> id, FindFile(db, text));
    if (id) return *id;
    return Status::NotFound(text + ": this file is not in the database (ingest it first)");
  }
  const auto [code_text, year] = SplitYear(code_or_file);
  if (year && *year < 0) {
    return Status::InvalidInput("'" + text + "': the year after '@' has at most four digits");
  }
  Status by_code = Status::NotFound("");
  if (const auto code = extractor::ParseDocumentCode(code_text)) {
    auto id = FindByCode(db, *code, year, code_or_file);
    if (id.ok() || id.status().code() != Status::Code::kNotFound) return id;
    by_code = id.status();
  }
  VANBAN_ASSIGN_OR_RETURN(
      const std::optional<DocumentId> by_name,
      db->QueryInt("SELECT id FROM documents WHERE source_name = ?1 ORDER BY id LIMIT 1", text));
  if (by_name) return *by_name;
  auto loose = FindByLooseCode(db, code_text, year);
  if (loose.ok() || loose.status().code() != Status::Code::kNotFound) return loose;
  VANBAN_ASSIGN_OR_RETURN(const std::string suggestion, DidYouMean(db, code_text));
  if (!by_code.message().empty()) return Status::NotFound(by_code.message() + "." + suggestion);
  return Status::NotFound("'" + text +
                          "' is neither a document number, a file, nor the name of a stored file." +
                          suggestion);
}

Result<DocumentSummary> Describe(const Store& store, DocumentId id) {
  return internal::LoadSummary(&store.database(), id);
}

const char* EffectiveStateName(EffectiveState state) {
  switch (state) {
    case EffectiveState::kInForce:
      return "in-force";
    case EffectiveState::kAmended:
      return "amended";
    case EffectiveState::kReplaced:
      return "replaced";
    case EffectiveState::kRepealed:
      return "repealed";
  }
  return "in-force";
}

EffectiveStatus EffectiveStatusOf(const std::vector<Link>& incoming) {
  const auto state_of = [](const std::string& relation) -> std::optional<EffectiveState> {
    if (relation == "repeals") return EffectiveState::kRepealed;
    if (relation == "replaces") return EffectiveState::kReplaced;
    if (relation == "amends") return EffectiveState::kAmended;
    return std::nullopt;
  };
  EffectiveStatus status;
  for (const Link& link : incoming) {
    const std::optional<EffectiveState> state = state_of(link.relation);
    if (state && *state > status.state) status.state = *state;
  }
  for (const Link& link : incoming) {
    if (state_of(link.relation) == status.state) status.because.push_back(link);
  }
  return status;
}

Result<std::vector<DocumentSummary>> RecentDocuments(const Store& store, size_t limit) {
  std::vector<DocumentSummary> documents;
  VANBAN_RETURN_IF_ERROR(store.database().ForEachRow(
      "SELECT " + internal::SummaryColumns("d") +
          " FROM documents d WHERE d.ingested = 1 ORDER BY coalesce(d.issued, '') DESC, "
          "coalesce(d.code, ''), d.id LIMIT ?1",
      [&](const Statement& row) { documents.push_back(internal::ReadSummary(row, 0)); },
      static_cast<int64_t>(limit)));
  return documents;
}

Result<DocumentDetails> Show(const Store& store, DocumentId id) {
  Database* db = &store.database();
  DocumentDetails d;
  VANBAN_ASSIGN_OR_RETURN(d.summary, internal::LoadSummary(db, id));
  VANBAN_ASSIGN_OR_RETURN(d.identity, internal::LoadIdentity(db, id));
  VANBAN_RETURN_IF_ERROR(db->ForEachRow(
      "SELECT sha256, encoding FROM documents WHERE id = ?1",
      [&](const Statement& row) {
        d.sha256 = row.Text(0);
        d.encoding = row.Text(1);
      },
      id));
  VANBAN_ASSIGN_OR_RETURN(d.implements,
                          internal::LoadLinks(db, id, Direction::kOutgoing, Relations::kTyped));
  VANBAN_ASSIGN_OR_RETURN(
      d.implemented_by, internal::LoadLinks(db, id, Direction::kIncoming, Relations::kImplements));
  VANBAN_ASSIGN_OR_RETURN(d.stated_by_others,
                          internal::LoadLinks(db, id, Direction::kIncoming, Relations::kTyped));
  d.effective = EffectiveStatusOf(d.stated_by_others);
  VANBAN_ASSIGN_OR_RETURN(d.tasks, internal::LoadDocumentTasks(db, id));
  VANBAN_ASSIGN_OR_RETURN(d.targets, internal::LoadTargets(db, id, /*uncovered_only=*/false));
  VANBAN_ASSIGN_OR_RETURN(d.citations,
                          Count(db, "SELECT count(*) FROM citations WHERE document_id = ?1", id));
  VANBAN_ASSIGN_OR_RETURN(
      d.cited_by,
      Count(db, "SELECT count(DISTINCT document_id) FROM citations WHERE target_id = ?1", id));
  VANBAN_ASSIGN_OR_RETURN(d.warnings,
                          Count(db, "SELECT count(*) FROM warnings WHERE document_id = ?1", id));
  return d;
}

Result<std::vector<Link>> Cites(const Store& store, DocumentId id) {
  return internal::LoadLinks(&store.database(), id, Direction::kOutgoing, Relations::kAll);
}

Result<std::vector<Link>> CitedBy(const Store& store, DocumentId id) {
  return internal::LoadLinks(&store.database(), id, Direction::kIncoming, Relations::kAll);
}

Result<ImplementerTree> Implementers(const Store& store, DocumentId root, int max_depth) {
  Database* db = &store.database();
  ImplementerTree tree;
  tree.nodes.emplace_back();
  VANBAN_ASSIGN_OR_RETURN(tree.nodes[0].document, internal::LoadSummary(db, root));
  std::set<DocumentId> seen{root};
  // Depth first, children in order: a node's children are all listed
  // (and marked seen) before the first of them is expanded.
  std::vector<size_t> pending{0};
  while (!pending.empty()) {
    const size_t at = pending.back();
    pending.pop_back();
    VANBAN_ASSIGN_OR_RETURN(const std::vector<size_t> added, AddImplementers(db, &tree, at, &seen));
    for (auto it = added.rbegin(); it != added.rend(); ++it) {
      const ImplementerNode& node = tree.nodes[*it];
      if (!node.repeated && (max_depth == 0 || node.depth < max_depth)) pending.push_back(*it);
    }
  }
  return tree;
}

Result<Graph> CitationGraph(const Store& store, std::optional<DocumentId> root) {
  Database* db = &store.database();
  if (!root) return WholeGraph(db);
  VANBAN_ASSIGN_OR_RETURN(const std::set<DocumentId> ids, Lineage(db, *root));
  return GraphOf(db, ids);
}

Result<std::vector<SearchHit>> Search(const Store& store, std::string_view text, size_t limit) {
  // Folded words, each quoted: FTS5 query syntax in the input is taken
  // literally, and the tokenizer folds the words the same way anyway.
  // A phrase of a few dozen words is already precise; past that FTS5's
  // cost grows with every term (minutes and gigabytes for thousands).
  constexpr size_t kMaxTerms = 32;
  constexpr size_t kMaxTermBytes = 64;
  const std::string folded = normalizer::FoldKey(text);
  std::string query;
  size_t terms = 0;
  std::istringstream words(folded);
  for (std::string word; words >> word; ++terms) {
    if (terms == kMaxTerms) {
      return Status::InvalidInput("search takes at most " + std::to_string(kMaxTerms) +
                                  " words; shorten the phrase");
    }
    if (word.size() > kMaxTermBytes) {
      return Status::InvalidInput("search words are at most " + std::to_string(kMaxTermBytes) +
                                  " letters long; '" + word.substr(0, 20) + "...' is not a word");
    }
    query += (query.empty() ? "\"" : " \"") + word + "\"";
  }
  if (query.empty()) return Status::InvalidInput("nothing to search for in the words given");
  std::vector<SearchHit> hits;
  VANBAN_RETURN_IF_ERROR(store.database().ForEachRow(
      "SELECT " + internal::SummaryColumns("d") +
          ", snippet(documents_fts, -1, '[', ']', '...', 16) FROM documents_fts "
          "JOIN documents d ON d.id = documents_fts.rowid WHERE documents_fts MATCH ?1 "
          "ORDER BY rank LIMIT ?2",
      [&](const Statement& row) {
        hits.push_back({internal::ReadSummary(row, 0), row.Text(internal::kSummaryColumnCount)});
      },
      query, limit));
  return hits;
}

Result<Totals> CountAll(const Store& store) {
  Database* db = &store.database();
  Totals t;
  const std::pair<size_t*, const char*> counts[] = {
      {&t.documents, "SELECT count(*) FROM documents WHERE ingested = 1"},
      {&t.cited_only, "SELECT count(*) FROM documents WHERE ingested = 0"},
      {&t.citations, "SELECT count(*) FROM citations"},
      {&t.edges, "SELECT count(*) FROM edges WHERE relation <> 'cites'"},
      {&t.tasks, "SELECT count(*) FROM tasks"},
      {&t.targets, "SELECT count(*) FROM targets"},
      {&t.agencies, "SELECT count(*) FROM agencies"},
      {&t.warnings, "SELECT count(*) FROM warnings"},
  };
  for (const auto& [field, sql] : counts) {
    VANBAN_ASSIGN_OR_RETURN(*field, Count(db, sql));
  }
  return t;
}

}  // namespace vanban::store
