// The citation graph for Graphviz (DOT) and for graph tools (GraphML), with
// one color per relation.
#ifndef VANBAN_APP_GRAPH_OUTPUT_H_
#define VANBAN_APP_GRAPH_OUTPUT_H_

#include <ostream>

#include "vanban/queries.h"

namespace vanban::app {

void WriteDot(const store::Graph& graph, std::ostream& out);
void WriteGraphMl(const store::Graph& graph, std::ostream& out);

}  // namespace vanban::app

#endif  // VANBAN_APP_GRAPH_OUTPUT_H_
