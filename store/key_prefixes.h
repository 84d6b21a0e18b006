#pragma once
// The key prefixes of the node and edge families: RocksDB's
// prefix_extractor for them, so that their memtables are hash tables of
// small skip lists, one per prefix (a node; an edge; a node's in-edges),
// and the table files keep prefix bloom filters. Inserting
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

// The key prefix of a family, or null for none (whole-key families).
inline std::shared_ptr<const rocksdb::SliceTransform> KeyPrefix(std::string_view family) {
  if (family == kNodes) return std::make_shared<FixedPrefix>(kHashBytes);
  if (family == kOutEdges) return std::make_shared<FixedPrefix>(kEdgeKeyBytes);
  if (family == kInEdges) return std::make_shared<FixedPrefix>(kHashBytes);
  return nullptr;
}

}  // namespace cg::schema
