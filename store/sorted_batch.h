#pragma once
// The writes of one issue, gathered and handed to RocksDB in (column family,
// key) order. RocksDB's memtable skip list reuses the position of the last
// insert ("splice"), so sorted inserts cost far fewer key comparisons than
// the scattered order in which an issue's nodes and edges are visited: the
// comparisons were most of the ingest time.
#include <rocksdb/write_batch.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace cg {

class SortedBatch {
 public:
  void Put(rocksdb::ColumnFamilyHandle* cf, std::string key, std::string value) {
    ops_.push_back({cf, std::move(key), std::move(value)});
  }
  void Delete(rocksdb::ColumnFamilyHandle* cf, std::string key) { ops_.push_back({cf, std::move(key), std::nullopt}); }

  // Appends every write to `out` in (family id, key) order; of two writes
  // to one key the later one stays last.
  void AppendTo(rocksdb::WriteBatch& out) {
    std::stable_sort(ops_.begin(), ops_.end(), [](const Op& a, const Op& b) {
      if (a.cf->GetID() != b.cf->GetID()) return a.cf->GetID() < b.cf->GetID();
      return a.key < b.key;
    });
    for (const Op& op : ops_) {
      if (op.value) out.Put(op.cf, op.key, *op.value).PermitUncheckedError();
      else out.Delete(op.cf, op.key).PermitUncheckedError();
    }
    ops_.clear();
  }

 private:
  struct Op {
    rocksdb::ColumnFamilyHandle* cf;
    std::string key;
    std::optional<std::string> value;  // nullopt: delete
  };
  std::vector<Op> ops_;
};

}  // namespace cg
