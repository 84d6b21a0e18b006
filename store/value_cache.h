#pragma once
// The decoded node (edge) values a writer last read or wrote, by key, so
// that the hub nodes every issue touches are not read and decoded from
// RocksDB again for each fold. The database lock makes the writer the only
// process that changes the values, so a cached value is the stored value:
// a fold takes the values it changes out of the cache and puts them back
// only once its batch is written. The cache empties when it outgrows its
// capacity, so memory stays bounded however large the corpus.
#include <string>
#include <unordered_map>
#include <utility>

namespace cg {

template <class Value>
class ValueCache {
 public:
  explicit ValueCache(size_t capacity) : capacity_(capacity) {}

  // Moves the cached value into *out and returns true; false when the key
  // is not cached.
  bool Take(const std::string& key, Value* out) {
    auto it = values_.find(key);
    if (it == values_.end()) return false;
    *out = std::move(it->second);
    values_.erase(it);
    return true;
  }
  // The value now stored under `key`.
  void Put(std::string key, Value&& v) {
    if (values_.size() >= capacity_) values_.clear();
    values_.insert_or_assign(std::move(key), std::move(v));
  }
  // The stored values changed under the cache (a refold): forget them all.
  void Clear() { values_.clear(); }

 private:
  size_t capacity_;
  std::unordered_map<std::string, Value> values_;
};

}  // namespace cg
