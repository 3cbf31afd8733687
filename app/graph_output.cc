#include "graph_output.h"

#include <string>
#include <string_view>

namespace vanban::app {

namespace {

const char* RelationColor(std::string_view relation) {
  if (relation == "implements") return "#1b9e77";
  if (relation == "based_on") return "#7570b3";
  if (relation == "guides") return "#66a61e";
  if (relation == "amends") return "#d95f02";
  if (relation == "replaces") return "#e7298a";
  if (relation == "repeals") return "#a6761d";
  return "#999999";  // cites
}

// Escapes for a double-quoted DOT string and for XML text alike.
std::string Escape(std::string_view text, bool xml) {
  std::string out;
  for (const char c : text) {
    if (xml && c == '&') {
      out += "&amp;";
    } else if (xml && c == '<') {
      out += "&lt;";
    } else if (xml && c == '>') {
      out += "&gt;";
    } else if (c == '"') {
      out += xml ? "&quot;" : "\\\"";
    } else if (!xml && c == '\\') {
      out += "\\\\";
    } else {
      out += c;
    }
  }
  return out;
}

std::string NodeLabel(const store::DocumentSummary& d) {
  std::string label = d.code.empty() ? d.source_name : d.code;
  if (!d.issued.empty()) label += "\n" + d.issued;
  return label;
}

}  // namespace

void WriteDot(const store::Graph& graph, std::ostream& out) {
  out << "digraph vanban {\n  rankdir=BT;\n  node [shape=box, fontname=\"Helvetica\"];\n"
         "  edge [fontname=\"Helvetica\", fontsize=9];\n";
  for (const store::DocumentSummary& d : graph.nodes) {
    std::string label = Escape(NodeLabel(d), false);
    for (size_t at = label.find('\n'); at != std::string::npos; at = label.find('\n', at)) {
      label.replace(at, 1, "\\n");
    }
    out << "  d" << d.id << " [label=\"" << label << "\"" << (d.ingested ? "" : ", style=dashed")
        << "];\n";
  }
  for (const store::GraphEdge& e : graph.edges) {
    out << "  d" << e.from << " -> d" << e.to << " [label=\"" << e.relation << "\", color=\""
        << RelationColor(e.relation) << "\", fontcolor=\"" << RelationColor(e.relation) << "\"];\n";
  }
  out << "}\n";
}

void WriteGraphMl(const store::Graph& graph, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
         "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
         "  <key id=\"title\" for=\"node\" attr.name=\"title\" attr.type=\"string\"/>\n"
         "  <key id=\"stored\" for=\"node\" attr.name=\"stored\" attr.type=\"boolean\"/>\n"
         "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
         "  <key id=\"color\" for=\"edge\" attr.name=\"color\" attr.type=\"string\"/>\n"
         "  <key id=\"statements\" for=\"edge\" attr.name=\"statements\" attr.type=\"int\"/>\n"
         "  <graph id=\"vanban\" edgedefault=\"directed\">\n";
  for (const store::DocumentSummary& d : graph.nodes) {
    out << "    <node id=\"d" << d.id << "\"><data key=\"label\">" << Escape(d.Label(), true)
        << "</data><data key=\"title\">" << Escape(d.title, true) << "</data><data key=\"stored\">"
        << (d.ingested ? "true" : "false") << "</data></node>\n";
  }
  for (const store::GraphEdge& e : graph.edges) {
    out << "    <edge source=\"d" << e.from << "\" target=\"d" << e.to
        << "\"><data key=\"relation\">" << e.relation << "</data><data key=\"color\">"
        << RelationColor(e.relation) << "</data><data key=\"statements\">" << e.statements
        << "</data></edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace vanban::app
