#include "graph/identity.h"

#include <cstring>

#include "graph/ascii.h"

namespace cg {
namespace {

// Appends NormaliseName(in) to *out, writing into the string's own buffer.
void AppendNormalised(std::string_view in, std::string* out) {
  const size_t n = in.size();
  // Only "&" grows (to " and "): the result takes at most n + 4 per "&".
  size_t amps = 0;
  if (n > 0)
    for (const char* p = in.data(); (p = static_cast<const char*>(std::memchr(p, '&', in.data() + n - p))); ++p) ++amps;
  const size_t base = out->size();
  out->resize(base + n + 4 * amps);
  char* const o0 = out->data() + base;
  char* o = o0;
  bool space = true;  // suppress leading spaces
  auto put_space = [&] {
    if (!space) *o++ = ' ';
    space = true;
  };
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (IsAsciiAlnum(c)) {
      *o++ = AsciiLower(static_cast<char>(c));
      space = false;
      continue;
    }
    // U+2019 / U+2018 (E2 80 98/99): apostrophes; drop like '.
    if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(in[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(in[i + 2]) == 0x98 || static_cast<unsigned char>(in[i + 2]) == 0x99)) {
      c = '\'';
      i += 2;
    }
    if (c == '\'') {
      // possessive 's: skip the s as well when a word boundary follows
      if (i + 1 < n && (in[i + 1] == 's' || in[i + 1] == 'S') &&
          (i + 2 >= n || !IsAsciiAlnum(static_cast<unsigned char>(in[i + 2])))) {
        ++i;
      }
      continue;
    }
    if (c == '&') {
      put_space();
      std::memcpy(o, "and", 3);
      o += 3;
      space = false;
      put_space();
      continue;
    }
    if (c >= 0x80) {
      *o++ = static_cast<char>(c);  // keep other UTF-8 bytes as they are
      space = false;
    } else {
      put_space();
    }
  }
  while (o > o0 && o[-1] == ' ') --o;
  size_t len = static_cast<size_t>(o - o0);
  if (len >= 4 && std::memcmp(o0, "the ", 4) == 0) {
    std::memmove(o0, o0 + 4, len - 4);
    len -= 4;
  }
  out->resize(base + len);
}

}  // namespace

std::string NormaliseName(std::string_view in) {
  std::string out;
  AppendNormalised(in, &out);
  return out;
}

NodeId NodeKey(EntityType type, std::string_view name, const std::map<std::string, std::string>& codes) {
  if (!codes.empty()) {
    if (auto it = codes.find("ods"); it != codes.end() && !it->second.empty()) return "ods:" + it->second;
    if (auto it = codes.find("ons"); it != codes.end() && !it->second.empty()) return "ons:" + it->second;
  }
  const std::string_view t = ToString(type);
  std::string key;
  key.reserve(t.size() + 1 + name.size());
  for (char c : t) key += AsciiLower(c);
  key += ':';
  AppendNormalised(name, &key);
  return key;
}

NodeId NodeKey(const ExtractedEntity& e) { return NodeKey(e.type, e.name, e.codes); }

}  // namespace cg
