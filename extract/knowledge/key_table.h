#pragma once
// KeyTable: string keys of one issue -> int values, for the resolvers.
//
// An open-addressing table over an arena of key bytes. A component keeps
// one per thread and Reset()s it for each issue: the arena and the slots
// keep their memory, so adding and looking up keys allocates nothing once
// warm (a std::unordered_map allocates a node, and often a string, per
// key). Never iterated: nothing depends on an order.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace cg {

class KeyTable {
 public:
  // Empties the table for at most `capacity` keys.
  // A huge issue's memory is given back at the next, smaller one.
  void Reset(size_t capacity) {
    size_ = 0;
    size_t n = 16;
    while (n < 2 * capacity + 2) n *= 2;
    if (slots_.capacity() > (1u << 16) && slots_.capacity() > 4 * n) {
      std::vector<Slot>().swap(slots_);
      std::string().swap(arena_);
    }
    arena_.clear();
    slots_.assign(n, Slot{});
  }
  size_t size() const { return size_; }

  // The value stored under `key`, or nullptr.
  int* Find(std::string_view key) {
    Slot& s = slots_[Probe(key)];
    return s.used ? &s.value : nullptr;
  }
  // The value under `key`, inserted as `value` if the key is new.
  // REQUIRES: fewer than Reset's `capacity` keys before a new one.
  int& FindOrInsert(std::string_view key, int value) {
    Slot& s = slots_[Probe(key)];
    if (!s.used) {
      s = {static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(key.size()), value, true};
      arena_.append(key);
      ++size_;
    }
    return s.value;
  }

 private:
  struct Slot {
    uint32_t off = 0;
    uint32_t len = 0;
    int value = 0;
    bool used = false;
  };
  // The slot holding `key`, or the empty slot where it would go.
  size_t Probe(std::string_view key) const {
    const size_t mask = slots_.size() - 1;
    size_t i = std::hash<std::string_view>()(key) & mask;
    while (slots_[i].used &&
           !(slots_[i].len == key.size() && std::string_view(arena_).substr(slots_[i].off, slots_[i].len) == key))
      i = (i + 1) & mask;
    return i;
  }

  std::string arena_;
  std::vector<Slot> slots_ = std::vector<Slot>(16);
  size_t size_ = 0;
};

}  // namespace cg
