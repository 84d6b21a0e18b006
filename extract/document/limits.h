#pragma once
// Limits: the bounds that keep extraction linear in the size of an issue
// whatever its shape (README: Limits). A rule that reads a name backwards or
// forwards from a head word stops after kMaxNameTokens tokens: no real
// organisation, policy or place name is longer, and a pasted run of head
// words ("Council Council ...") then costs O(n), not O(n^2).
#include <cstdint>

namespace cg {

// An issue of this many bytes or more is refused ("issue larger than 4
// GiB"): offsets into it are 32-bit.
inline constexpr uint64_t kMaxIssueBytes = 0xFFFFFFF0u;

inline constexpr uint32_t kMaxNameTokens = 12;

// A sentence longer than this many bytes (a pasted table, a list with no
// full stop) is cut at its last comma, semicolon or space before the limit:
// the relation rules compare the mentions of a sentence pairwise, so a
// bounded sentence keeps them linear in the issue. Real sentences are far
// shorter (the development set's longest is under 700 bytes).
inline constexpr uint32_t kMaxSentenceBytes = 2000;

// HTML elements nested deeper than this (browsers stop at 512 too) lose
// their tags before the parser sees them, their text kept: gumbo's time
// grows with the square of the depth, and no real page nests so deep.
inline constexpr uint32_t kMaxHtmlDepth = 512;

}  // namespace cg
