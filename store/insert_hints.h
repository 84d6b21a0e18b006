#pragma once
// Insert hints for the memtables (RocksDB's
// memtable_insert_with_hint_prefix_extractor): the writes of an issue land
// next to earlier writes with the same prefix (a node's value is rewritten
// under the same key; a node's or edge's contributions follow each other in
// date order), so RocksDB remembers where the last key of each prefix went
// and starts the next insert there instead of from the top of the skip
// list. Key comparisons were most of the ingest time.
#include <rocksdb/slice.h>
#include <rocksdb/slice_transform.h>

#include <memory>

#include "store/schema.h"

namespace cg::schema {

// Keys of which the first `bytes` bytes are the prefix (nodes: the whole
// key; out_edges: the whole edge key; in_edges: the tail's hash).
class FixedHintPrefix : public rocksdb::SliceTransform {
 public:
  explicit FixedHintPrefix(size_t bytes) : bytes_(bytes) {}
  const char* Name() const override { return "caregraph.FixedHintPrefix"; }
  rocksdb::Slice Transform(const rocksdb::Slice& key) const override { return rocksdb::Slice(key.data(), bytes_); }
  bool InDomain(const rocksdb::Slice& key) const override { return key.size() >= bytes_; }

 private:
  size_t bytes_;
};

// Contribution keys: 'N' | H(node) and 'E' | edge key are the prefixes;
// manifests ('I') take no hint.
class ContributionHintPrefix : public rocksdb::SliceTransform {
 public:
  const char* Name() const override { return "caregraph.ContributionHintPrefix"; }
  rocksdb::Slice Transform(const rocksdb::Slice& key) const override {
    return rocksdb::Slice(key.data(), PrefixBytes(key));
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

// The hint prefix of a family, or null for none.
inline std::shared_ptr<const rocksdb::SliceTransform> InsertHintPrefix(std::string_view family) {
  if (family == kNodes) return std::make_shared<FixedHintPrefix>(kHashBytes);
  if (family == kOutEdges) return std::make_shared<FixedHintPrefix>(kEdgeKeyBytes);
  if (family == kInEdges) return std::make_shared<FixedHintPrefix>(kHashBytes);
  if (family == kContributions) return std::make_shared<ContributionHintPrefix>();
  return nullptr;
}

}  // namespace cg::schema
