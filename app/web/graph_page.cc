// Lược đồ: the implementation tree and the relation graph of a document as
// SVG, laid out in layers by depth; every node links to its document.
#include <algorithm>
#include <map>

#include "web/handlers.h"
#include "web/html.h"

namespace vanban::web::internal {

namespace {

constexpr int kWidth = 200, kHeight = 46, kGapX = 24, kGapY = 60, kMargin = 20;

struct Node {
  store::DocumentSummary doc;
  int layer = 0;
  bool repeated = false;
};
struct Edge {
  size_t from = 0, to = 0;  // indices of nodes; drawn from `from` down to `to`
  std::string relation;
};

std::string Color(const std::string& relation) {
  static const std::map<std::string, std::string> kColors = {
      {"implements", "#1f77b4"}, {"based_on", "#2ca02c"}, {"guides", "#9467bd"},
      {"amends", "#ff7f0e"},     {"replaces", "#d62728"}, {"repeals", "#8c564b"},
      {"cites", "#aaaaaa"}};
  const auto it = kColors.find(relation);
  return it == kColors.end() ? "#555555" : it->second;
}

std::string NodeSvg(const Node& n, int x, int y, store::DocumentId focus) {
  const std::string sub = n.doc.code.empty() ? "" : Shorten(n.doc.issuer, 30);
  std::string box =
      "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
      std::to_string(kWidth) + "\" height=\"" + std::to_string(kHeight) + "\" rx=\"6\" fill=\"" +
      (n.doc.id == focus ? "#ffe9b3"
       : n.doc.ingested  ? "#e8f0fb"
                         : "#f2f2f2") +
      "\" stroke=\"#1f3b63\"" + (n.repeated ? " stroke-dasharray=\"4 3\"" : "") + "/>";
  const std::string tx = std::to_string(x + 8);
  box += "<text x=\"" + tx + "\" y=\"" + std::to_string(y + 19) +
         "\" font-size=\"12\" font-weight=\"bold\">" + Escape(Shorten(ShortLabel(n.doc), 25)) +
         "</text>";
  box += "<text x=\"" + tx + "\" y=\"" + std::to_string(y + 36) +
         "\" font-size=\"10\" fill=\"#555\">" + Escape(sub) + "</text>";
  box = "<title>" + Escape(n.doc.Label() + (n.doc.title.empty() ? "" : " — " + n.doc.title)) +
        "</title>" + box;
  if (n.doc.id == 0) return "<g class=\"node\">" + box + "</g>";
  return "<a class=\"node\" href=\"" + DocumentHref(n.doc.id) + "\">" + box + "</a>";
}

// Nodes in rows by layer, in the order given; edges as arrows between them.
std::string LayeredSvg(const std::vector<Node>& nodes, const std::vector<Edge>& edges,
                       store::DocumentId focus) {
  std::map<int, int> in_layer;
  std::vector<std::pair<int, int>> at(nodes.size());
  int min_layer = 0;
  for (const Node& n : nodes) min_layer = std::min(min_layer, n.layer);
  int width = 0, height = 0;
  for (size_t i = 0; i < nodes.size(); ++i) {
    const int row = nodes[i].layer - min_layer;
    const int col = in_layer[row]++;
    at[i] = {kMargin + col * (kWidth + kGapX), kMargin + row * (kHeight + kGapY)};
    width = std::max(width, at[i].first + kWidth + kMargin);
    height = std::max(height, at[i].second + kHeight + kMargin);
  }
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(width) +
                    "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 " +
                    std::to_string(width) + " " + std::to_string(height) +
                    "\" font-family=\"DejaVu Sans, Arial, sans-serif\"><defs><marker id=\"arrow\" "
                    "viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                    "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" "
                    "fill=\"#555\"/></marker></defs>";
  for (const Edge& e : edges) {
    const auto [x1, y1] = at[e.from];
    const auto [x2, y2] = at[e.to];
    const bool down = y2 > y1;
    svg += "<line x1=\"" + std::to_string(x1 + kWidth / 2) + "\" y1=\"" +
           std::to_string(down ? y1 + kHeight : y1) + "\" x2=\"" + std::to_string(x2 + kWidth / 2) +
           "\" y2=\"" + std::to_string(down ? y2 : y2 + kHeight) + "\" stroke=\"" +
           Color(e.relation) + "\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"" +
           (e.relation == "cites" ? " stroke-dasharray=\"3 3\"" : "") + "><title>" +
           Escape(RelationLabel(e.relation, false)) + "</title></line>";
  }
  for (size_t i = 0; i < nodes.size(); ++i) {
    svg += NodeSvg(nodes[i], at[i].first, at[i].second, focus);
  }
  return svg + "</svg>";
}

// The implementers tree: the root on top, each level below it.
std::string TreeSvg(const store::ImplementerTree& tree, store::DocumentId focus) {
  std::vector<Node> nodes;
  std::vector<Edge> edges;
  for (const store::ImplementerNode& n : tree.nodes) {
    nodes.push_back({n.document, n.depth, n.repeated});
  }
  for (size_t i = 0; i < tree.nodes.size(); ++i) {
    for (size_t child : tree.nodes[i].children) edges.push_back({i, child, "implements"});
  }
  return LayeredSvg(nodes, edges, focus);
}

// Layers from the typed edges: a document sits below what it implements,
// amends, is based on ...; cycles stop after as many rounds as documents.
std::vector<int> Layers(const store::Graph& g, const std::map<store::DocumentId, size_t>& index) {
  std::vector<int> layer(g.nodes.size(), 0);
  for (size_t round = 0; round < g.nodes.size(); ++round) {
    bool changed = false;
    for (const store::GraphEdge& e : g.edges) {
      if (e.relation == "cites") continue;
      const size_t from = index.at(e.from), to = index.at(e.to);
      if (layer[from] < layer[to] + 1) {
        layer[from] = layer[to] + 1;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return layer;
}

std::string GraphSvg(const store::Graph& g, bool cites, store::DocumentId focus) {
  std::map<store::DocumentId, size_t> index;
  for (size_t i = 0; i < g.nodes.size(); ++i) index[g.nodes[i].id] = i;
  const std::vector<int> layer = Layers(g, index);
  std::vector<size_t> order(g.nodes.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return layer[a] < layer[b]; });
  std::vector<size_t> position(order.size());
  std::vector<Node> nodes;
  for (size_t i = 0; i < order.size(); ++i) {
    position[order[i]] = i;
    nodes.push_back({g.nodes[order[i]], layer[order[i]], false});
  }
  std::vector<Edge> edges;
  for (const store::GraphEdge& e : g.edges) {
    if (e.relation == "cites" && !cites) continue;
    edges.push_back({position[index.at(e.from)], position[index.at(e.to)], e.relation});
  }
  return LayeredSvg(nodes, edges, focus);
}

std::string Legend() {
  std::string out = "<p class=\"legend\">";
  for (const char* r :
       {"implements", "based_on", "guides", "amends", "replaces", "repeals", "cites"}) {
    out +=
        "<span><svg width=\"24\" height=\"8\"><line x1=\"0\" y1=\"4\" x2=\"24\" y2=\"4\" "
        "stroke=\"" +
        Color(r) + "\" stroke-width=\"3\"/></svg> " + std::string(RelationLabel(r, false)) +
        "</span>";
  }
  return out + "</p>";
}

}  // namespace

Response GraphPage(const Context& c) {
  auto doc = DocumentArg(c, 0);
  if (!doc.ok()) return FromStatus(c, doc.status());
  const std::string cites_param = Param(c, "cites");
  if (!cites_param.empty() && cites_param != "1" && cites_param != "0") {
    return Error(c, 400, "'cites' is 1 (show plain citations) or 0");
  }
  const bool cites = cites_param == "1";
  auto depth = CountParam(c, "depth", 6, 100);
  if (!depth.ok()) return FromStatus(c, depth.status());
  auto tree = store::Implementers(c.store, doc->id, static_cast<int>(*depth));
  if (!tree.ok()) return FromStatus(c, tree.status());
  auto graph = store::CitationGraph(c.store, doc->id);
  if (!graph.ok()) return FromStatus(c, graph.status());
  const std::string id = std::to_string(doc->id);
  std::string body = "<h1>Lược đồ: " + DocumentLink(*doc) + "</h1>";
  body += "<h2>Cây văn bản thực hiện</h2>";
  if (tree->nodes.size() > c.limits.max_graph_nodes) {
    body += "<p class=\"error\">Cây có " + std::to_string(tree->nodes.size()) +
            " văn bản, quá nhiều để vẽ; chọn độ sâu nhỏ hơn (depth).</p>";
  } else if (tree->nodes.size() == 1) {
    body += "<p class=\"muted\">Chưa có văn bản nào thực hiện văn bản này.</p>";
  } else {
    body += TreeSvg(*tree, doc->id);
  }
  body += "<h2>Quan hệ</h2><p>" +
          std::string(cites ? "<a href=\"/document/" + id + "/graph\">Ẩn dẫn chiếu</a>"
                            : "<a href=\"/document/" + id + "/graph?cites=1\">Hiện dẫn chiếu</a>") +
          "</p>" + Legend();
  if (graph->nodes.size() > c.limits.max_graph_nodes) {
    body += "<p class=\"error\">Đồ thị có " + std::to_string(graph->nodes.size()) +
            " văn bản, quá nhiều để vẽ.</p>";
  } else {
    body += GraphSvg(*graph, cites, doc->id);
  }
  return HtmlPage("Lược đồ " + ShortLabel(*doc), body);
}

}  // namespace vanban::web::internal
