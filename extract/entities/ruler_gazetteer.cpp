// GazetteerRuler: candidates from the lexicons and the NHS reference data.
#include "extract/document/component.h"
#include "extract/knowledge/gazetteer.h"

namespace cg {
namespace {

class GazetteerRuler : public Component {
 public:
  std::string_view Name() const override { return "gazetteer_ruler"; }
  std::vector<std::string_view> Requires() const override { return {"tokens"}; }
  std::vector<std::string_view> Assigns() const override { return {"candidates"}; }
  Status Run(Document* doc) const override {
    // Room for every ruler's proposals at once: regrowing a vector of
    // candidates copies them and costs the allocator a large request.
    doc->candidates.reserve(doc->candidates.size() + doc->tokens.size() / 4 + 16);
    Gazetteer::Get().Scan(*doc, &doc->candidates);
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<Component> MakeGazetteerRuler() { return std::make_unique<GazetteerRuler>(); }

}  // namespace cg
