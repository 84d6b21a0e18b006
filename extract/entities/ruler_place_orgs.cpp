// PlaceOrgRuler: organisations named after their area with no head word in
// the lists: a place followed by capitalised words that include an
// organisation noun ("Warrington Health Plus", "Tower Hamlets GP Care Group",
// "Stockport Together"). A place alone stays a place, unless a post follows
// it: "Yeovil chief executive" is the chief executive of the trust there,
// and the town is not the thing the sentence names (the candidate goes).
#include "extract/document/component.h"
#include "extract/knowledge/cues.h"
#include "extract/knowledge/posts.h"
#include "extract/document/text.h"
#include "extract/knowledge/words.h"

namespace cg {
namespace {

bool IsOrgNoun(std::string_view w) { return Cue<"place_org_noun">().contains(w); }

// Lower-case post words with a head among the first three from token t
// ("chief executive", "finance director").
bool BeforePost(const Document& d, uint32_t t) {
  if (t >= d.tokens.size() || Cue<"post_skip">().contains(Low(d, t)) || Low(d, t) == "of" || Low(d, t) == "for")
    return false;
  return PostAt(d, t, 3, /*lower_case=*/true);
}

class PlaceOrgRuler : public Component {
 public:
  std::string_view Name() const override { return "place_org_ruler"; }
  std::vector<std::string_view> Requires() const override { return {"candidates"}; }
  std::vector<std::string_view> Assigns() const override { return {"candidates"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    std::vector<MentionCandidate> added;
    for (const auto& c : d.candidates) {
      if (c.type != EntityType::kPlace || c.source != MentionSource::kLexicon) continue;
      uint32_t t = d.TokenAt(c.span.end);
      uint32_t last = t, k = t;
      bool org = false;
      while (k < d.tokens.size() && k < t + 4 && (IsNameWord(d, k) || TokText(d, k) == "GP") &&
             d.Text({d.tokens[k - 1].span.end, d.tokens[k].span.begin}).find('\n') == std::string_view::npos) {
        if (IsOrgNoun(TokText(d, k))) {
          org = true;
          last = k + 1;
        }
        ++k;
      }
      if (!org) continue;
      MentionCandidate m;
      uint32_t begin = c.span.begin;
      // "the Wirral Partners" is "Wirral Partners".
      if (d.lower.compare(begin, 4, "the ") == 0) begin += 4;
      m.span = {begin, d.tokens[last - 1].span.end};
      m.type = EntityType::kOrganisation;
      m.source = MentionSource::kPattern;
      m.rule = "pattern: place + organisation noun";
      m.canonical = std::string(d.Text(m.span));
      added.push_back(std::move(m));
    }
    std::erase_if(doc->candidates, [&](const MentionCandidate& c) {
      return c.type == EntityType::kPlace && c.source == MentionSource::kLexicon && BeforePost(d, d.TokenAt(c.span.end));
    });
    for (auto& m : added) doc->candidates.push_back(std::move(m));
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<Component> MakePlaceOrgRuler() { return std::make_unique<PlaceOrgRuler>(); }

}  // namespace cg
