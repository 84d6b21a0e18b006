#include "extract/sentences.h"

#include <array>
#include <string_view>

#include "extract/ascii.h"

namespace cg {
namespace {

constexpr std::array<std::string_view, 34> kAbbreviations = {
    "mr",  "mrs",  "ms",   "dr",   "st",   "prof", "sr",   "jr",  "rev",  "cllr", "gen", "col",
    "capt", "lt",  "no",   "nos",  "vs",   "v",    "eg",   "ie",  "cf",   "approx", "co", "inc",
    "jan", "feb",  "aug",  "sept", "sep",  "oct",  "nov",  "dec", "rt",   "hon"};

bool IsAlnum(char c) { return IsAsciiAlnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

// The word ending just before position `dot` in `t`, lower-cased.
std::string PrevWord(std::string_view t, size_t dot) {
  size_t b = dot;
  while (b > 0 && (IsAlnum(t[b - 1]) || t[b - 1] == '.')) --b;
  std::string w;
  for (size_t i = b; i < dot; ++i)
    if (t[i] != '.') w += AsciiLower(t[i]);
  return w;
}

bool StartsSentence(std::string_view t, size_t i) {
  if (i >= t.size()) return true;
  unsigned char c = static_cast<unsigned char>(t[i]);
  return IsAsciiUpper(c) || IsAsciiDigit(c) || c == '"' || c == '\'' || c == '(' || c == '[' || c == '*' ||
         c == 0xC2 /* £ */ || c == '$';
}

}  // namespace

void SplitSentences(Document* doc) {
  const std::string_view t = doc->text;
  doc->sentences.reserve(t.size() / 64 + 8);
  for (uint32_t bi = 0; bi < doc->blocks.size(); ++bi) {
    const Span blk = doc->blocks[bi].span;
    uint32_t start = blk.begin;
    auto emit = [&](uint32_t end) {
      while (start < end && t[start] == ' ') ++start;
      uint32_t e = end;
      while (e > start && t[e - 1] == ' ') --e;
      if (e > start) doc->sentences.push_back({{start, e}, bi});
      start = end;
    };
    for (uint32_t i = blk.begin; i < blk.end; ++i) {
      char c = t[i];
      if (c != '.' && c != '!' && c != '?') continue;
      uint32_t j = i + 1;
      while (j < blk.end && (t[j] == '.' || t[j] == '!' || t[j] == '?')) ++j;  // "..." or "?!"
      while (j < blk.end && (t[j] == '"' || t[j] == '\'' || t[j] == ')' || t[j] == ']')) ++j;
      if (j >= blk.end) break;  // the block's end closes the sentence
      if (t[j] != ' ') continue;
      uint32_t k = j;
      while (k < blk.end && t[k] == ' ') ++k;
      if (!StartsSentence(t, k)) continue;
      if (c == '.' && j == i + 1) {
        std::string w = PrevWord(t, i);
        bool abbrev = false;
        for (auto a : kAbbreviations) abbrev |= (w == a);
        // A single upper-case letter is an initial ("J. Smith").
        if (w.size() == 1 && IsAsciiAlpha(static_cast<unsigned char>(w[0])) && i > 0 &&
            IsAsciiUpper(static_cast<unsigned char>(t[i - 1])))
          abbrev = true;
        // "e.g." / "U.S." style: dots inside the word.
        if (i > 2 && t[i - 2] == '.') abbrev = true;
        if (abbrev) continue;
      }
      emit(j);
      i = j;
    }
    emit(blk.end);
  }
}

}  // namespace cg
