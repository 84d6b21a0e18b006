#pragma once
// Posts: the words a post is written with ("deputy chief executive",
// "chief inspector of hospitals"), from data/lexicon/cues.tsv (post_word,
// post_head, post_skip). Shared by the ROLE components.
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/document/document.h"

namespace cg {

// `w` (lower case) can be part of a post's name (a post word or head).
bool IsPostWord(std::string_view w);
// Tokens [from, to) are all post words (brackets, commas, "'s", "-" and
// "and" aside) and hold a post's head word ("director", not "national").
bool AllPostWords(const Document& d, uint32_t from, uint32_t to);
// A post starts at token t: up to `reach` post words from t hold a head
// ("chief executive", "the finance director"); with `lower_case`, only
// words written in lower case count (a post after a name, not a title).
bool PostAt(const Document& d, uint32_t t, uint32_t reach, bool lower_case);
// The post written in tokens [from, to), tidied ("the council chief
// executive" -> "chief executive"); a post in brackets inside it is left
// out ("chair (and STP lead)"); "unspecified" when nothing is left.
std::string PostText(const Document& d, uint32_t from, uint32_t to);

}  // namespace cg
