// ListRelations: a list introduced by a sentence or heading that names a
// care model ("These are the new accountable care systems:", "Primary and
// acute care system vanguards"): each item's label, an organisation or STP
// opening the item, develops that model (DEVELOPS; vanguard: true where
// the introduction calls them vanguards).
#include "extract/document/component.h"
#include "extract/relations/relation_util.h"

namespace cg {
namespace {

// How many blocks before a list its introduction may stand (a heading and
// a sentence, or a sentence and a blank-line heading).
constexpr uint32_t kIntroReach = 2;

class ListRelations : public Component {
 public:
  std::string_view Name() const override { return "list_relations"; }
  std::vector<std::string_view> Requires() const override { return {"entities", "mentions"}; }
  std::vector<std::string_view> Assigns() const override { return {"relations"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    const auto& views = SentenceViews(d);
    // The sentences of each block, as [first, end) into d.sentences.
    thread_local std::vector<std::pair<uint32_t, uint32_t>> by_block;
    by_block.assign(d.blocks.size(), {0, 0});
    for (uint32_t s = static_cast<uint32_t>(d.sentences.size()); s-- > 0;) {
      auto& b = by_block[d.sentences[s].block];
      if (b.second == 0) b.second = s + 1;
      b.first = s;
    }
    for (uint32_t b = 0; b < d.blocks.size();) {
      if (d.blocks[b].kind != BlockKind::kBullet) {
        ++b;
        continue;
      }
      uint32_t end = b;
      while (end < d.blocks.size() && d.blocks[end].kind == BlockKind::kBullet) ++end;
      const Intro intro = FindIntro(d, views, by_block, b);
      if (intro.model >= 0)
        for (uint32_t item = b; item < end; ++item) {
          const auto [s, e] = by_block[item];
          if (s == e || views[s].mentions.empty()) continue;
          const SentMention& label = views[s].mentions[0];
          if (label.first_tok != views[s].first_tok || !DeveloperType(label.type)) continue;
          AddRelation(doc, RelationType::kDevelops, label.entity, intro.model, static_cast<int>(s), 0.6,
                      {{"vanguard", intro.vanguard ? "true" : "false"}}, "lists.care_model_list_item");
        }
      b = end;
    }
    return Status::OK();
  }

 private:
  struct Intro {
    int model = -1;  // the care model's entity
    bool vanguard = false;
  };

  // The last care model named in the blocks just before the list at `first`.
  static Intro FindIntro(const Document& d, const std::vector<SentenceView>& views,
                         const std::vector<std::pair<uint32_t, uint32_t>>& by_block, uint32_t first) {
    Intro in;
    for (uint32_t b = first; b > 0 && first - b < kIntroReach;) {
      --b;
      if (d.blocks[b].kind == BlockKind::kBullet) break;
      for (uint32_t s = by_block[b].first; s < by_block[b].second; ++s) {
        for (const SentMention& m : views[s].mentions)
          if (m.type == EntityType::kCareModel) in.model = m.entity;
        for (uint32_t t = views[s].first_tok; t < views[s].end_tok; ++t)
          in.vanguard |= Low(d, t).rfind("vanguard", 0) == 0;
      }
      if (in.model >= 0) return in;
    }
    return in;
  }
};

}  // namespace

std::unique_ptr<Component> MakeListRelations() { return std::make_unique<ListRelations>(); }

}  // namespace cg
