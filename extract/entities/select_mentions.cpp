// MentionSelector: settles overlapping candidates — the longest span wins,
// then a reading that stands on its own over a short form that needs the
// issue to name its organisation in full (an unsupported one is dropped
// later and must not shadow an equally long reading that holds), then the
// more trusted source (lexicon, reference, patterns, persons) —
// leaving non-overlapping mentions in text order ("first longest" filter).
#include <algorithm>
#include <iterator>
#include <map>

#include "extract/document/component.h"

namespace cg {
namespace {

class MentionSelector : public Component {
 public:
  std::string_view Name() const override { return "mention_selector"; }
  std::vector<std::string_view> Requires() const override { return {"candidates"}; }
  std::vector<std::string_view> Assigns() const override { return {"mentions"}; }

  Status Run(Document* doc) const override {
    // The candidates are not needed after this step: take them.
    std::vector<MentionCandidate> c = std::move(doc->candidates);
    doc->candidates.clear();
    // Sorted by index (the same order a stable sort of the candidates
    // gives, without moving their strings around: ties go by index, so a
    // plain sort, which needs no buffer, gives that order).
    // Scratch lists keep their memory from issue to issue.
    thread_local std::vector<uint32_t> order;
    order.resize(c.size());
    // The order as one 64-bit key per candidate (longer first, then
    // standalone before needs-support, then source, then start; the index breaks ties), sorted without looking at the
    // candidates again; the comparison on the candidates when a key does
    // not fit (spans of a megabyte or more).
    uint32_t max_size = 0;
    for (const MentionCandidate& m : c) max_size = std::max(max_size, m.span.size());
    if (max_size < (1u << 20)) {
      thread_local std::vector<std::pair<uint64_t, uint32_t>> keyed;
      keyed.resize(c.size());
      for (uint32_t k = 0; k < c.size(); ++k) {
        const MentionCandidate& m = c[k];
        keyed[k] = {(uint64_t{(1u << 20) - 1 - m.span.size()} << 40) | (uint64_t{m.needs_support} << 39) |
                        (uint64_t{static_cast<uint8_t>(m.source)} << 32) | m.span.begin,
                    k};
      }
      std::sort(keyed.begin(), keyed.end());
      for (uint32_t k = 0; k < c.size(); ++k) order[k] = keyed[k].second;
    } else {
      for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
      std::sort(order.begin(), order.end(), [&c](uint32_t x, uint32_t y) {
        const MentionCandidate& a = c[x];
        const MentionCandidate& b = c[y];
        if (a.span.size() != b.span.size()) return a.span.size() > b.span.size();
        if (a.needs_support != b.needs_support) return b.needs_support;
        if (a.source != b.source) return a.source < b.source;
        if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
        return x < y;
      });
    }
    // Accepted spans by start: an overlap check looks at the neighbours
    // only, so the filter stays O(n log n) on dense text.
    // (The mentions' and the candidates' buffers serve again: a Document
    // is reused from issue to issue.)
    std::vector<MentionCandidate> accepted = std::move(doc->mentions);
    accepted.clear();
    accepted.reserve(c.size());
    // begin -> span, sorted by begin (a flat map: a few hundred at most).
    using Layer = std::vector<std::pair<uint32_t, Span>>;
    thread_local Layer taken;        // non-overlapping
    thread_local Layer taken_inner;  // places kept inside a holder
    thread_local std::vector<Span> holders;  // accepted "keeps inner" spans
    taken.clear();
    taken_inner.clear();
    holders.clear();
    thread_local std::vector<std::pair<uint32_t, uint32_t>> kept;  // (start, candidate) in the order accepted
    kept.clear();
    for (uint32_t k : order) {
      MentionCandidate& m = c[k];
      // A place inside a "keeps inner" mention ("Solent" in "the Solent
      // deal") is both a place and part of the policy's name.
      bool inner = false;
      if (m.type == EntityType::kPlace)
        for (const Span& h : holders) inner |= h.Contains(m.span);
      Layer& layer = inner ? taken_inner : taken;
      auto next = std::lower_bound(layer.begin(), layer.end(), m.span.begin,
                                   [](const std::pair<uint32_t, Span>& e, uint32_t b) { return e.first < b; });
      if (next != layer.end() && next->second.Overlaps(m.span)) continue;
      if (next != layer.begin() && std::prev(next)->second.Overlaps(m.span)) continue;
      if (next == layer.end() || next->first != m.span.begin) layer.insert(next, {m.span.begin, m.span});  // as map::emplace
      if (m.keeps_inner) holders.push_back(m.span);
      kept.push_back({m.span.begin, k});
    }
    // In text order: the starts sorted, then each mention moved once (no
    // strings moved around by the sort). Two equal starts (empty spans)
    // leave the order to the sort of the mentions themselves, as before.
    thread_local std::vector<std::pair<uint32_t, uint32_t>> by_start;
    by_start = kept;
    std::sort(by_start.begin(), by_start.end(),
              [](const std::pair<uint32_t, uint32_t>& x, const std::pair<uint32_t, uint32_t>& y) { return x.first < y.first; });
    bool ties = false;
    for (size_t i = 1; i < by_start.size(); ++i) ties |= by_start[i - 1].first == by_start[i].first;
    if (!ties) {
      for (const auto& e : by_start) accepted.push_back(std::move(c[e.second]));
    } else {
      for (const auto& e : kept) accepted.push_back(std::move(c[e.second]));
      std::sort(accepted.begin(), accepted.end(),
                [](const MentionCandidate& a, const MentionCandidate& b) { return a.span.begin < b.span.begin; });
    }
    doc->mentions = std::move(accepted);
    c.clear();
    doc->candidates = std::move(c);  // empty, as taken above; its room kept
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<Component> MakeMentionSelector() { return std::make_unique<MentionSelector>(); }

}  // namespace cg
