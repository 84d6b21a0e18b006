#include "extract/knowledge/names.h"

#include <array>
#include <cctype>
#include <cstring>

#include "graph/ascii.h"

namespace cg {
namespace {

constexpr std::array<std::string_view, 12> kKeepUpper = {"NHS", "CCG", "UK", "ICB", "II", "III", "IV",
                                                          "STP", "GP", "ICS", "CIC", "UCLH"};
constexpr std::array<std::string_view, 12> kLower = {"AND", "OF", "THE", "UPON", "ON", "IN",
                                                     "FOR", "AT", "BY", "WITH", "SUPER", "LE"};

std::string CaseWord(std::string_view w, bool first) {
  for (auto k : kKeepUpper)
    if (w == k) return std::string(w);
  if (!first)
    for (auto k : kLower)
      if (w == k) {
        std::string out(w);
        for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return out;
      }
  std::string out;
  bool start = true;
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (std::isalpha(c)) {
      out += static_cast<char>(start ? std::toupper(c) : std::tolower(c));
      start = false;
    } else {
      out += static_cast<char>(c);
      // A letter after an apostrophe stays lower case ("King's"), after a
      // hyphen or bracket it starts a word ("Stoke-On" is fixed below).
      start = (c == '-' || c == '(' || c == '/' || c == '.');
    }
  }
  return out;
}

}  // namespace

std::string CaseName(std::string_view s) {
  for (char c : s)
    if (std::islower(static_cast<unsigned char>(c))) return std::string(s);
  std::string out;
  size_t i = 0;
  bool first = true;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    std::string_view w = s.substr(i, j - i);
    if (!w.empty()) {
      // Hyphenated parts: "WESTON-SUPER-MARE" -> "Weston-super-Mare".
      std::string word;
      size_t p = 0;
      bool first_part = true;
      while (p <= w.size()) {
        size_t q = w.find('-', p);
        if (q == std::string_view::npos) q = w.size();
        if (!first_part) word += '-';
        word += CaseWord(w.substr(p, q - p), first && first_part);
        first_part = false;
        p = q + 1;
      }
      if (!out.empty()) out += ' ';
      out += word;
      first = false;
    }
    i = j + 1;
  }
  return out;
}

std::string NameKey(std::string_view s) {
  // Written into the string's own buffer: "&" -> " AND" is the most a byte
  // grows (four bytes for one).
  std::string out;
  out.resize(s.size() * 4);
  char* const o0 = out.data();
  char* o = o0;
  bool space = false;
  for (unsigned char c : s) {
    if (IsAsciiAlnum(c)) {
      if (space && o != o0) *o++ = ' ';
      *o++ = static_cast<char>(IsAsciiLower(c) ? c - ('a' - 'A') : c);
      space = false;
    } else if (c == '&') {
      if (o != o0) *o++ = ' ';
      std::memcpy(o, "AND", 3);
      o += 3;
      space = true;
    } else if (c == ' ' || c == '-' || c == ',' || c == '/') {
      space = true;
    }
  }
  out.resize(static_cast<size_t>(o - o0));
  return out;
}

}  // namespace cg
