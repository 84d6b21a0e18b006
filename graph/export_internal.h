#pragma once
// Shared by the export writers (graph/export_*.cpp): canonical order,
// attribute naming and string hygiene. Not part of the public API.
//
// Attribute naming, the same in every format:
//  - a node's codes appear as one field each ("ods"), besides the "codes"
//    object in the JSON formats;
//  - node and edge attributes appear flat, under their own name, except
//    where that name is structural or already taken: then as "attr_<name>"
//    (also any name already starting with "attr_", so the rule reverses);
//  - the edge attribute "source" (text/reference) is called "origin":
//    networkx would silently drop an attribute named source.
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"

namespace cg::export_internal {

// `s` with every invalid UTF-8 sequence replaced by U+FFFD.
std::string ValidUtf8(std::string_view s);

// Node indexes in id order; edge indexes in (head, type, tail) order.
std::vector<Graph::Index> NodeOrder(const Graph& g);
std::vector<Graph::Index> EdgeOrder(const Graph& g);
// The edge's evidence in (date, issue, begin, end, sentence) order.
std::vector<Evidence> SortedEvidence(const Edge& e);

// A node's earliest and latest sighting date ("" if none is dated).
std::string NodeFirstSeen(const Node& n);
std::string NodeLastSeen(const Node& n);
// The distinct issue ids of the edge's evidence, in evidence order.
std::vector<std::string> EvidenceIssues(const std::vector<Evidence>& sorted);

// The multigraph key of an edge: its relation type ("ROLE"), unique between
// one source and target.
std::string EdgeKey(const Edge& e);
// A document-wide unique, stable edge id ("ROLE-0123456789abcdef": the type
// and a hash of type, head and tail), for GraphML.
std::string EdgeId(const Edge& e);

// The field names used for codes and attributes (see the file comment).
std::string CodeField(const std::string& code);
std::string NodeAttributeField(const std::string& key, const std::vector<std::string>& code_fields);
std::string EdgeAttributeField(const std::string& key);
// True for attributes holding "true"/"false" (vanguard): typed boolean.
bool IsBooleanAttribute(std::string_view key);

// Every code key, node attribute key and edge attribute key in the graph,
// sorted: the columns of GraphML and CSV.
struct Schema {
  std::vector<std::string> codes;
  std::vector<std::string> node_attributes;
  std::vector<std::string> edge_attributes;
};
Schema CollectSchema(const Graph& g);

// List items joined with ';' (a ';' inside an item becomes ',').
std::string JoinList(const std::vector<std::string>& items);

// The value of `key` in `m`, or "".
std::string ValueOr(const std::map<std::string, std::string>& m, const std::string& key);

// Appends the JSON record of a node / an edge of the json and jsonl formats
// (docs/formats.md) to `out`, on one line, keys sorted, non-ASCII kept,
// invalid UTF-8 replaced by U+FFFD. `code_fields` are CodeField() of every
// code key in the graph. A non-empty `record` adds "record": record (jsonl).
void AppendNodeRecord(std::string& out, const Node& n, const std::vector<std::string>& code_fields,
                      std::string_view record = {});
void AppendEdgeRecord(std::string& out, const Edge& e, std::string_view record = {});

}  // namespace cg::export_internal
