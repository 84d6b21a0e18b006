#pragma once
// Content ids: an issue's id is the hash of its bytes, so ingesting the same
// issue twice is recognised whatever its file is called.
#include <cstdint>
#include <string>
#include <string_view>

namespace cg {

// 64-bit FNV-1a. Stable across platforms and releases: ids are stored.
inline uint64_t Fnv1a64(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

// 16 lower-case hex digits of Fnv1a64(bytes).
inline std::string ContentId(std::string_view bytes) {
  static const char* kHex = "0123456789abcdef";
  uint64_t h = Fnv1a64(bytes);
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[i] = kHex[h & 0xF];
  return out;
}

}  // namespace cg
