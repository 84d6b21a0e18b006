#pragma once
// The on-disk schema of the caregraph RocksDB database. DO NOT CHANGE the
// encodings below without bumping kSchemaVersion.
//
// Column families (besides RocksDB's unused "default"):
//
//   meta           "schema_version" -> decimal string ("2");
//                  "view_folded" -> C(date, issue) of the latest contribution
//                  folded into the view (absent: none);
//                  "view_stale" -> "1" while the view must be refolded from
//                  scratch (absent otherwise).
//   issues         issue id (16 ASCII hex digits, the ContentId of the bytes)
//                  -> IssueRecord (source, date, title, extractor version,
//                  the original text).
//   sources        source path (as ingested, absolute) -> issue id.
//   contributions  C(date, issue) -> IssueContribution: what the issue's
//                  extraction alone merges to (graph/graph.h Graph::Merge):
//                  its nodes, and its edges with their evidence. The primary
//                  data of the graph: a scan lists the issues in fold order.
//   The view, folded from the contributions (LoadGraph() does not read it):
//   nodes          H(node id) -> NodeValue: the merged node (without its
//                  sightings), how many issues support it, and the (date,
//                  issue) of the latest of them.
//   out_edges      H(head) | type | H(tail) -> EdgeValue: the merged edge
//                  (without its evidence), its support count, the latest
//                  (date, issue), the latest evidence date and whether all
//                  its evidence is reference data.
//   in_edges       H(tail) | type | H(head) -> "" (index of out_edges).
//   names          NormaliseName(name or alias) | 0x00 | H(node id) -> ""
//                  (index of nodes: every name and alias of every node).
//
// C(date, issue) is D(date) | issue id. D(date) is the issue date
// ("YYYY-MM-DD") in exactly 10 bytes, padded with 0x00 ("" sorts first).
// H(id) is Fnv1a64(id) (graph/hash.h) as 8 big-endian bytes, so every key of
// a node's edges shares its 8-byte prefix and a prefix seek lists them; the
// full id string is kept in the value (two ids with the same hash are
// refused with a Corruption error, never merged). `type` is the
// RelationType byte (graph/types.h).
//
// Values are a compact binary encoding (store/codec.h): varint lengths and
// counts, strings as bytes, a leading format byte. Issue texts and
// contributions are kept in RocksDB blob files; the node and edge families
// have key prefixes (store/key_prefixes.h) for hashed memtables and prefix
// bloom filters. Neither changes the encoding.
//
// Merge semantics: the graph is the fold, with Graph::UpsertNode and
// Graph::UpsertEdge, of the issues' contributions in (date, issue) order,
// which is key order in `contributions`. Ingesting an issue writes its
// record, source and contribution in one batch: three keys, whatever the
// issue holds. The view follows in batches of many issues: contributions
// after "view_folded" fold onto the stored values (each node and edge
// written once per batch, however many of its issues it holds), and the
// batch moves "view_folded" on. A contribution written or retracted at or
// before "view_folded" (an older issue, a replaced or removed one) sets
// "view_stale" in its own batch instead; the view is then refolded from all
// contributions once, when the writer finishes (Store::UpdateView). Every
// batch is atomic, so after a crash the view is always the fold of the
// contributions up to "view_folded", or marked stale.
#include <cstdint>
#include <string>
#include <string_view>

#include "graph/hash.h"
#include "graph/node.h"
#include "graph/types.h"

namespace cg::schema {

inline constexpr int kSchemaVersion = 2;

inline constexpr const char* kMeta = "meta";
inline constexpr const char* kIssues = "issues";
inline constexpr const char* kSources = "sources";
inline constexpr const char* kNodes = "nodes";
inline constexpr const char* kOutEdges = "out_edges";
inline constexpr const char* kInEdges = "in_edges";
inline constexpr const char* kNames = "names";
inline constexpr const char* kContributions = "contributions";
inline constexpr const char* kSchemaVersionKey = "schema_version";
inline constexpr const char* kViewFoldedKey = "view_folded";
inline constexpr const char* kViewStaleKey = "view_stale";

// Every column family of the schema, in the order Open() uses.
inline constexpr const char* kFamilies[] = {kMeta,     kIssues,  kSources, kNodes,
                                            kOutEdges, kInEdges, kNames,   kContributions};
inline constexpr size_t kFamilyCount = sizeof(kFamilies) / sizeof(kFamilies[0]);

inline constexpr size_t kHashBytes = 8;
inline constexpr size_t kEdgeKeyBytes = 2 * kHashBytes + 1;
inline constexpr size_t kIssueIdBytes = 16;
inline constexpr size_t kDateBytes = 10;
inline constexpr size_t kContributionKeyBytes = kDateBytes + kIssueIdBytes;

// H(id): 8 big-endian bytes of Fnv1a64(id).
inline std::string NodeHash(std::string_view id) {
  uint64_t h = Fnv1a64(id);
  std::string out(kHashBytes, '\0');
  for (int i = 7; i >= 0; --i, h >>= 8) out[i] = static_cast<char>(h & 0xFF);
  return out;
}

// out_edges key: H(head) | type | H(tail).
inline std::string OutEdgeKey(RelationType type, std::string_view head, std::string_view tail) {
  return NodeHash(head) + static_cast<char>(type) + NodeHash(tail);
}
// in_edges key: H(tail) | type | H(head).
inline std::string InEdgeKey(RelationType type, std::string_view head, std::string_view tail) {
  return NodeHash(tail) + static_cast<char>(type) + NodeHash(head);
}
// The in_edges key of an out_edges key, and back (the same byte swap).
inline std::string SwapEdgeKey(std::string_view key) {
  return std::string(key.substr(kHashBytes + 1, kHashBytes)) + key[kHashBytes] +
         std::string(key.substr(0, kHashBytes));
}

// names key: normalised name | 0x00 | H(id).
inline std::string NameKey(std::string_view normalised, std::string_view id) {
  std::string k(normalised);
  k += '\0';
  k += NodeHash(id);
  return k;
}

// D(date).
inline std::string DateKey(std::string_view date) {
  std::string d(date.substr(0, kDateBytes));
  d.resize(kDateBytes, '\0');
  return d;
}
// contributions key: C(date, issue).
inline std::string ContributionKey(std::string_view date, std::string_view issue) {
  return DateKey(date) + std::string(issue);
}
// The issue id at the end of a contribution key.
inline std::string_view ContributionIssue(std::string_view key) {
  return key.size() < kIssueIdBytes ? std::string_view() : key.substr(key.size() - kIssueIdBytes);
}

}  // namespace cg::schema
