#pragma once
// The key prefixes of the node, edge and contribution families: RocksDB's
// prefix_extractor for them, so that their memtables are hash tables of
// small skip lists, one per prefix (a node; an edge; a node's or an edge's
// contributions), and the table files keep prefix bloom filters. Inserting
// into one skip list of every key of the memtable was 40% of the ingest
// (~7,000 instructions a key in key comparisons); a hashed bucket costs a
// third of that. A scan whose prefix is at least a key prefix stays inside
// one bucket (prefix seek); any other scan asks for total order.
#include <rocksdb/slice.h>
#include <rocksdb/slice_transform.h>

#include <algorithm>
#include <memory>

#include "store/schema.h"

namespace cg::schema {

// Keys of which the first `bytes` bytes are the prefix (nodes: the whole
// key; out_edges: the whole edge key; in_edges: the tail's hash).
class FixedPrefix : public rocksdb::SliceTransform {
 public:
  explicit FixedPrefix(size_t bytes) : bytes_(bytes) {}
  const char* Name() const override { return "caregraph.FixedPrefix"; }
  // The hash memtable transforms keys out of the domain too: never past the end.
  rocksdb::Slice Transform(const rocksdb::Slice& key) const override {
    return rocksdb::Slice(key.data(), std::min(bytes_, key.size()));
  }
  bool InDomain(const rocksdb::Slice& key) const override { return key.size() >= bytes_; }

 private:
  size_t bytes_;
};

// Contribution keys: 'N' | H(node) and 'E' | edge key are the prefixes;
// manifests ('I') are out of the domain (the hash memtable files them all
// under the empty prefix; their scans use total order).
class ContributionPrefix : public rocksdb::SliceTransform {
 public:
  const char* Name() const override { return "caregraph.ContributionPrefix"; }
  rocksdb::Slice Transform(const rocksdb::Slice& key) const override {
    return rocksdb::Slice(key.data(), std::min(PrefixBytes(key), key.size()));
  }
  bool InDomain(const rocksdb::Slice& key) const override {
    const size_t n = PrefixBytes(key);
    return n != 0 && key.size() >= n;
  }

 private:
  static size_t PrefixBytes(const rocksdb::Slice& key) {
    if (key.empty()) return 0;
    if (key[0] == kNodeTag) return 1 + kHashBytes;
    if (key[0] == kEdgeTag) return 1 + kEdgeKeyBytes;
    return 0;
  }
};

// The key prefix of a family, or null for none (whole-key families).
inline std::shared_ptr<const rocksdb::SliceTransform> KeyPrefix(std::string_view family) {
  if (family == kNodes) return std::make_shared<FixedPrefix>(kHashBytes);
  if (family == kOutEdges) return std::make_shared<FixedPrefix>(kEdgeKeyBytes);
  if (family == kInEdges) return std::make_shared<FixedPrefix>(kHashBytes);
  if (family == kContributions) return std::make_shared<ContributionPrefix>();
  return nullptr;
}

}  // namespace cg::schema
