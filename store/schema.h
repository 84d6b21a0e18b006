#pragma once
// The on-disk schema of the caregraph RocksDB database. DO NOT CHANGE the
// encodings below without bumping kSchemaVersion.
//
// Column families (besides RocksDB's unused "default"):
//
//   meta           "schema_version" -> decimal string ("1").
//   issues         issue id (16 ASCII hex digits, the ContentId of the bytes)
//                  -> IssueRecord (source, date, title, extractor version,
//                  the original text).
//   sources        source path (as ingested, absolute) -> issue id.
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
//   contributions  what each issue contributed, so that it can be retracted:
//                    'I' | issue id                  -> Manifest: the node ids
//                        and (type, head, tail) edges the issue touches;
//                    'N' | H(node id) | D(date) | issue id
//                        -> NodeContribution: the issue's date and the node as
//                        that issue alone gives it;
//                    'E' | H(head) | type | H(tail) | D(date) | issue id
//                        -> EdgeContribution: the issue's date and the edge
//                        with that issue's evidence.
//                  so a node's (edge's) contributions are listed in (date,
//                  issue) order, and those of one date are one prefix.
//
// D(date) is the issue date ("YYYY-MM-DD") in exactly 10 bytes, padded with
// 0x00 ("" sorts first). H(id) is Fnv1a64(id) (graph/hash.h) as 8 big-endian bytes, so every key of
// a node's edges shares its 8-byte prefix and a prefix seek lists them; the
// full id string is kept in the value (two ids with the same hash are
// refused with a Corruption error, never merged). `type` is the RelationType
// byte (graph/types.h).
//
// Values are a compact binary encoding (store/codec.h): varint lengths and
// counts, strings as bytes, a leading format byte. Issue texts are kept in
// RocksDB blob files (the issues family); the node, edge and contribution
// families have key prefixes (store/key_prefixes.h) for hashed memtables and
// prefix bloom filters. Neither changes the encoding.
//
// Merge semantics: an issue's contribution is what cg::Graph::Merge() makes
// of its extraction alone; a stored node or edge is the fold, with
// Graph::UpsertNode / Graph::UpsertEdge, of the contributions of the issues
// that support it, in (issue date, issue id) order. To keep ingest cheap
// when issues arrive in date order, a value also keeps its "base": the fold
// of the contributions dated before its latest one, so an issue of the
// latest date refolds only that date's contributions, and none when its
// contribution folds the same at any place (it brings the name, codes and
// attributes the value already has: the usual case for hub nodes).
// Sightings and evidence
// are not copied into node and edge values (they would grow with every
// issue); LoadGraph() gathers them from the contributions.
#include <cstdint>
#include <string>
#include <string_view>

#include "graph/hash.h"
#include "graph/node.h"
#include "graph/types.h"

namespace cg::schema {

inline constexpr int kSchemaVersion = 1;

inline constexpr const char* kMeta = "meta";
inline constexpr const char* kIssues = "issues";
inline constexpr const char* kSources = "sources";
inline constexpr const char* kNodes = "nodes";
inline constexpr const char* kOutEdges = "out_edges";
inline constexpr const char* kInEdges = "in_edges";
inline constexpr const char* kNames = "names";
inline constexpr const char* kContributions = "contributions";
inline constexpr const char* kSchemaVersionKey = "schema_version";

// Every column family of the schema, in the order Open() uses.
inline constexpr const char* kFamilies[] = {kMeta,     kIssues,  kSources, kNodes,
                                            kOutEdges, kInEdges, kNames,   kContributions};
inline constexpr size_t kFamilyCount = sizeof(kFamilies) / sizeof(kFamilies[0]);

inline constexpr size_t kHashBytes = 8;
inline constexpr size_t kEdgeKeyBytes = 2 * kHashBytes + 1;
inline constexpr size_t kIssueIdBytes = 16;
inline constexpr size_t kDateBytes = 10;

inline constexpr char kManifestTag = 'I';
inline constexpr char kNodeTag = 'N';
inline constexpr char kEdgeTag = 'E';

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

inline std::string ManifestKey(std::string_view issue) { return std::string(1, kManifestTag) + std::string(issue); }
// D(date).
inline std::string DateKey(std::string_view date) {
  std::string d(date.substr(0, kDateBytes));
  d.resize(kDateBytes, '\0');
  return d;
}
inline std::string NodeContributionPrefix(std::string_view id) { return kNodeTag + NodeHash(id); }
inline std::string NodeContributionKey(std::string_view id, std::string_view date, std::string_view issue) {
  return NodeContributionPrefix(id) + DateKey(date) + std::string(issue);
}
inline std::string EdgeContributionPrefix(std::string_view out_edge_key) {
  return kEdgeTag + std::string(out_edge_key);
}
inline std::string EdgeContributionKey(std::string_view out_edge_key, std::string_view date, std::string_view issue) {
  return EdgeContributionPrefix(out_edge_key) + DateKey(date) + std::string(issue);
}
// The issue id at the end of a contribution key.
inline std::string_view ContributionIssue(std::string_view key) {
  return key.size() < kIssueIdBytes ? std::string_view() : key.substr(key.size() - kIssueIdBytes);
}

}  // namespace cg::schema
