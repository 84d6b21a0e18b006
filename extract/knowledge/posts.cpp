#include "extract/knowledge/posts.h"

#include "extract/knowledge/cues.h"
#include "extract/document/text.h"
#include "extract/knowledge/words.h"

namespace cg {

bool IsPostWord(std::string_view w) {
  static const WordSet& words = Cue<"post_word">();
  static const WordSet& heads = Cue<"post_head">();
  return words.contains(w) || heads.contains(w);
}

bool AllPostWords(const Document& d, uint32_t from, uint32_t to) {
  if (from >= to) return false;
  bool head = false;
  for (uint32_t i = from; i < to; ++i) {
    std::string_view w = Low(d, i);
    if (w == "(" || w == ")" || w == "," || w == "'s" || w == "-" || w == "and") continue;
    if (!IsPostWord(w)) return false;
    head |= IsRoleHead(w);
  }
  return head;
}

bool PostAt(const Document& d, uint32_t t, uint32_t reach, bool lower_case) {
  for (uint32_t k = t; k < d.tokens.size() && k < t + reach && IsPostWord(Low(d, k)); ++k) {
    if (lower_case && d.tokens[k].cap) return false;
    if (IsRoleHead(Low(d, k))) return true;
  }
  return false;
}

std::string PostText(const Document& d, uint32_t from, uint32_t to) {
  static const WordSet& skip = Cue<"post_skip">();
  std::string out;
  int depth = 0;
  for (uint32_t i = from; i < to; ++i) {
    std::string_view w = Low(d, i);
    if (w == "(") ++depth;
    if (w == ")") --depth;
    if (depth > 0 || skip.contains(w)) continue;
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out.empty() ? "unspecified" : out;
}

}  // namespace cg
