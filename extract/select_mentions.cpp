// MentionSelector: settles overlapping candidates — the longest span wins,
// then the more trusted source (lexicon, reference, patterns, persons) —
// leaving non-overlapping mentions in text order ("first longest" filter).
#include <algorithm>

#include "extract/component.h"

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
    std::stable_sort(c.begin(), c.end(), [](const MentionCandidate& a, const MentionCandidate& b) {
      if (a.span.size() != b.span.size()) return a.span.size() > b.span.size();
      if (a.source != b.source) return a.source < b.source;
      return a.span.begin < b.span.begin;
    });
    std::vector<MentionCandidate> accepted;
    for (auto& m : c) {
      bool clash = false;
      for (const auto& a : accepted) {
        // A place inside a "keeps inner" mention ("Solent" in "the Solent
        // deal") is both a place and part of the policy's name.
        if (a.keeps_inner && a.span.Contains(m.span) && m.type == EntityType::kPlace) continue;
        clash |= a.span.Overlaps(m.span);
      }
      if (!clash) accepted.push_back(std::move(m));
    }
    std::sort(accepted.begin(), accepted.end(),
              [](const MentionCandidate& a, const MentionCandidate& b) { return a.span.begin < b.span.begin; });
    doc->mentions = std::move(accepted);
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<Component> MakeMentionSelector() { return std::make_unique<MentionSelector>(); }

}  // namespace cg
