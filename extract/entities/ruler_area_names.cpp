// AreaNameRuler: an area no list knows, named by the capitalised words
// before an area noun: "the North Mersey footprint", "the Fenland patch"
// (cues.tsv: area_noun) is the Place "North Mersey". Names that are an
// organisation's ("the Trust area") or a footprint the reference data knows
// (StpAreaRuler, a longer mention) are left to those.
#include "extract/document/component.h"
#include "extract/knowledge/cues.h"
#include "extract/document/limits.h"
#include "extract/document/text.h"
#include "extract/knowledge/words.h"

namespace cg {
namespace {

class AreaNameRuler : public Component {
 public:
  std::string_view Name() const override { return "area_name_ruler"; }
  std::vector<std::string_view> Requires() const override { return {"tokens"}; }
  std::vector<std::string_view> Assigns() const override { return {"candidates"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    static const WordSet& nouns = Cue<"area_noun">();
    static const WordSet& not_names = Cue<"org_head_word">();
    for (uint32_t i = 2; i < d.tokens.size(); ++i) {
      if (d.tokens[i].cap || !nouns.contains(Low(d, i))) continue;
      uint32_t start = i;
      while (start > 0 && i - start < kMaxNameTokens && IsNameWord(d, start - 1) && !d.tokens[start - 1].upper &&
             !not_names.contains(TokText(d, start - 1)))
        --start;
      if (start == i || start == 0 || Low(d, start - 1) != "the") continue;
      MentionCandidate c;
      c.span = {d.tokens[start].span.begin, d.tokens[i - 1].span.end};
      c.type = EntityType::kPlace;
      c.source = MentionSource::kPattern;
      c.rule = "pattern: the <name> + cues.tsv area_noun";
      c.canonical = std::string(d.Text(c.span));
      doc->candidates.push_back(std::move(c));
    }
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<Component> MakeAreaNameRuler() { return std::make_unique<AreaNameRuler>(); }

}  // namespace cg
