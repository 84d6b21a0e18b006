#pragma once
// Export: dumps of the graph that other tools load unchanged (the schemas
// are in docs/formats.md).
//
//   json     networkx node-link JSON of a directed multigraph, with the edge
//            list under both "links" and "edges" so every networkx version
//            reads it (nx.node_link_graph);
//   graphml  GraphML with a typed <key> per attribute, every value written,
//            for networkx read_graphml and Gephi;
//   csv      nodes.csv + edges.csv with neo4j-admin import headers (id:ID,
//            :LABEL, :START_ID, :END_ID, :TYPE), for Neo4j, Kuzu and pandas;
//   jsonl    one JSON record per line, nodes then edges, streamed.
//
// Every dump is deterministic: nodes in id order, edges in (source, type,
// target) order, evidence in (date, issue, begin) order, object keys sorted,
// whatever the order the graph was built in. So two dumps of equal graphs
// are byte-identical and dumps diff cleanly.
//
// Strings are written as valid UTF-8 (invalid bytes become U+FFFD); GraphML
// also drops the characters XML 1.0 forbids; CSV neutralises spreadsheet
// formulas (see WriteCsv).
//
// Thread-safety: the writers only read the graph; they may run concurrently
// on one const Graph.
#include <optional>
#include <ostream>
#include <span>
#include <string_view>

#include "graph/graph.h"
#include "graph/status.h"

namespace cg {

enum class ExportFormat { kJson, kGraphml, kCsv, kJsonl };

// One row per format: what `caregraph export --format` accepts.
struct ExportFormatInfo {
  ExportFormat format;
  std::string_view name;     // "json", as typed on the command line
  std::string_view summary;  // one line for --help
  bool folder;               // true iff it writes a folder (csv) rather than one stream
};
std::span<const ExportFormatInfo> ExportFormats();
// Case-insensitive; nullopt for an unknown name.
std::optional<ExportFormat> ParseExportFormat(std::string_view name);
// The accepted names, comma-separated, for error messages.
std::string ExportFormatNames();

// Writes `g` as `format` to `out`. REQUIRES: `format` is not a folder format
// (csv: use WriteCsv). Returns IOError if the stream fails (disk full,
// closed pipe) and InvalidArgument for a folder format. Nothing is buffered
// beyond one record: a large graph streams.
Status Export(const Graph& g, ExportFormat format, std::ostream& out);

// The individual writers (Export dispatches to them).
Status WriteNodeLinkJson(const Graph& g, std::ostream& out);
Status WriteGraphml(const Graph& g, std::ostream& out);
Status WriteJsonl(const Graph& g, std::ostream& out);
// Writes the two neo4j-admin CSV files. Quoting follows RFC 4180 (fields
// holding , " CR or LF are quoted, quotes doubled; lines end in LF). A cell
// starting with = + - @ TAB or CR gets a leading apostrophe, so that a
// spreadsheet never runs it as a formula; ids are treated alike in both
// files, so references still match.
Status WriteCsv(const Graph& g, std::ostream& nodes, std::ostream& edges);

// The file names WriteCsv's streams are meant for.
inline constexpr std::string_view kCsvNodesFile = "nodes.csv";
inline constexpr std::string_view kCsvEdgesFile = "edges.csv";

}  // namespace cg
