#include "graph/identity.h"

#include <cctype>

namespace cg {

std::string NormaliseName(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  bool space = true;  // suppress leading spaces
  auto put_space = [&] {
    if (!space) out += ' ';
    space = true;
  };
  for (size_t i = 0; i < in.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    // U+2019 / U+2018 (E2 80 98/99): apostrophes; drop like '.
    if (c == 0xE2 && i + 2 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(in[i + 2]) == 0x98 || static_cast<unsigned char>(in[i + 2]) == 0x99)) {
      c = '\'';
      i += 2;
    }
    if (c == '\'') {
      // possessive 's: skip the s as well when a word boundary follows
      if (i + 1 < in.size() && (in[i + 1] == 's' || in[i + 1] == 'S') &&
          (i + 2 >= in.size() || !std::isalnum(static_cast<unsigned char>(in[i + 2])))) {
        ++i;
      }
      continue;
    }
    if (c == '&') {
      put_space();
      out += "and";
      space = false;
      put_space();
      continue;
    }
    if (std::isalnum(c)) {
      out += static_cast<char>(std::tolower(c));
      space = false;
    } else if (c >= 0x80) {
      out += static_cast<char>(c);  // keep other UTF-8 bytes as they are
      space = false;
    } else {
      put_space();
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

NodeId NodeKey(EntityType type, std::string_view name, const std::map<std::string, std::string>& codes) {
  if (auto it = codes.find("ods"); it != codes.end() && !it->second.empty()) return "ods:" + it->second;
  if (auto it = codes.find("ons"); it != codes.end() && !it->second.empty()) return "ons:" + it->second;
  std::string key;
  for (char c : ToString(type)) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  key += ':';
  key += NormaliseName(name);
  return key;
}

NodeId NodeKey(const ExtractedEntity& e) { return NodeKey(e.type, e.name, e.codes); }

}  // namespace cg
