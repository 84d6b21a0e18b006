#pragma once
// The decoded node (edge) values a writer last read or wrote, by key, so
// that the hub nodes every issue touches are not read and decoded from
// RocksDB again for each issue. The database lock makes the writer the only
// process that changes the values, so a cached value is the stored value.
// What a write batch changes enters the cache only once the batch is
// written (Commit); a failed batch leaves the cache as it was (Abort). The
// cache empties when it outgrows its capacity, so memory stays bounded
// however large the corpus.
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace cg {

template <class Value>
class ValueCache {
 public:
  explicit ValueCache(size_t capacity) : capacity_(capacity) {}

  // Moves the cached value into *out (nullopt: known to be absent) and
  // returns true; false when the key is not cached. The caller Stage()s the
  // key's next value.
  bool Take(const std::string& key, std::optional<Value>* out) {
    auto it = values_.find(key);
    if (it == values_.end()) return false;
    *out = std::move(it->second);
    values_.erase(it);
    return true;
  }
  // The value `key` will have once the pending batch is written.
  void Stage(std::string key, std::optional<Value>&& v) { staged_.emplace_back(std::move(key), std::move(v)); }
  void Commit() {
    for (auto& [k, v] : staged_) {
      MakeRoom();
      values_.insert_or_assign(std::move(k), std::move(v));
    }
    staged_.clear();
  }
  // The stored values changed under the cache (a refold): forget them all.
  void Clear() {
    values_.clear();
    staged_.clear();
  }
  // The batch failed: what it touched may or may not be stored; forget it.
  void Abort() {
    for (const auto& kv : staged_) values_.erase(kv.first);
    staged_.clear();
  }

 private:
  void MakeRoom() {
    if (values_.size() >= capacity_) values_.clear();
  }

  size_t capacity_;
  std::unordered_map<std::string, std::optional<Value>> values_;
  std::vector<std::pair<std::string, std::optional<Value>>> staged_;
};

}  // namespace cg
