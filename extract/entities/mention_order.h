#pragma once
// Adding mentions found late (acronyms, anaphora) to a document whose
// mentions are in text order, and re-pointing each entity at its mentions.
#include <algorithm>
#include <iterator>
#include <vector>

#include "extract/document/document.h"

namespace cg {

// How mentions that start at the same byte are ordered: kStable keeps the
// document's before the added ones (a stable sort); kAnyOrder leaves it to
// std::sort, as the acronym resolver always did.
enum class EqualStarts { kStable, kAnyOrder };

// REQUIRES: `added` is in text order. Both lists in order, one merge gives
// what the sort would; the merge is used whenever that is certain.
inline void AddMentionsInOrder(Document* doc, std::vector<MentionCandidate> added, EqualStarts ties) {
  auto by_begin = [](const MentionCandidate& a, const MentionCandidate& b) { return a.span.begin < b.span.begin; };
  auto& mentions = doc->mentions;
  const bool mergeable = ties == EqualStarts::kStable
                             ? std::is_sorted(mentions.begin(), mentions.end(), by_begin)
                             : std::adjacent_find(mentions.begin(), mentions.end(), [](const auto& a, const auto& b) {
                                 return !(a.span.begin < b.span.begin);
                               }) == mentions.end();
  if (mergeable) {
    // Merged into the document's spare list, which then swaps with the
    // mentions: both keep their memory for the next issue.
    std::vector<MentionCandidate>& merged = doc->spare_mentions;
    merged.clear();
    merged.reserve(mentions.size() + added.size());
    std::merge(std::make_move_iterator(mentions.begin()), std::make_move_iterator(mentions.end()),
               std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()), std::back_inserter(merged),
               by_begin);
    mentions.swap(merged);
    merged.clear();
  } else {
    for (auto& m : added) mentions.push_back(std::move(m));
    if (ties == EqualStarts::kStable) std::stable_sort(mentions.begin(), mentions.end(), by_begin);
    else std::sort(mentions.begin(), mentions.end(), by_begin);
  }
  for (auto& e : doc->entities) e.mentions.clear();
  for (uint32_t mi = 0; mi < mentions.size(); ++mi) doc->entities[mentions[mi].entity].mentions.push_back(mi);
}

}  // namespace cg
