// PlaceMetonymy: a trust called by its area alone ("East London was rated
// outstanding", "Yeovil has set the pace") in an issue that names it with
// its head words ("East London FT", "Yeovil NHS Foundation Trust"): the
// place mention becomes a mention of the trust. Not after a locative word
// ("services in East London" is the place; cues.tsv: place_preposition).
#include <algorithm>
#include <string>
#include <vector>

#include "extract/document/component.h"
#include "extract/knowledge/cues.h"
#include "extract/document/text.h"
#include "extract/knowledge/words.h"

namespace cg {
namespace {

// `surface` without the trust head words at its end ("East London NHS
// Foundation Trust" -> "East London"); "" if nothing is left or no head
// word was there.
std::string AreaPart(std::string_view surface) {
  static const WordSet& filler = Cue<"trust_head_word">();
  std::string_view s = surface;
  bool cut = false;
  for (;;) {
    const size_t sp = s.rfind(' ');
    if (sp == std::string_view::npos || !filler.contains(s.substr(sp + 1))) break;
    s = s.substr(0, sp);
    cut = true;
  }
  return cut ? std::string(s) : std::string();
}

class PlaceMetonymy : public Component {
 public:
  std::string_view Name() const override { return "place_metonymy"; }
  std::vector<std::string_view> Requires() const override { return {"entities", "mentions"}; }
  std::vector<std::string_view> Assigns() const override { return {"entities"}; }

  Status Run(Document* doc) const override {
    Document& d = *doc;
    // (area part, trust entity) of every trust mention in the issue.
    std::vector<std::pair<std::string, int>> areas;
    for (const MentionCandidate& m : d.mentions)
      if (m.type == EntityType::kTrust && m.entity >= 0 && !m.anaphor)
        if (std::string a = AreaPart(d.Text(m.span)); !a.empty()) areas.push_back({std::move(a), m.entity});
    if (areas.empty()) return Status::OK();
    static const WordSet& locative = Cue<"place_preposition">();
    for (uint32_t mi = 0; mi < d.mentions.size(); ++mi) {
      MentionCandidate& m = d.mentions[mi];
      if (m.type != EntityType::kPlace || m.entity < 0) continue;
      const uint32_t t = d.TokenAt(m.span.begin);
      if (t > 0 && (locative.contains(Low(d, t - 1)) || (Low(d, t - 1) == "the" && t > 1 &&
                                                          locative.contains(Low(d, t - 2)))))
        continue;
      const std::string_view surface = d.Text(m.span);
      for (const auto& [area, trust] : areas) {
        if (area != surface) continue;
        Move(&d, mi, trust);
        break;
      }
    }
    return Status::OK();
  }

 private:
  static void Move(Document* d, uint32_t mi, int trust) {
    auto& from = d->entities[d->mentions[mi].entity].mentions;
    from.erase(std::remove(from.begin(), from.end(), mi), from.end());
    auto& to = d->entities[trust].mentions;
    to.insert(std::lower_bound(to.begin(), to.end(), mi), mi);
    d->mentions[mi].entity = trust;
    d->mentions[mi].type = EntityType::kTrust;
    d->mentions[mi].rule = "metonymy: a trust called by its area";
  }
};

}  // namespace

std::unique_ptr<Component> MakePlaceMetonymy() { return std::make_unique<PlaceMetonymy>(); }

}  // namespace cg
