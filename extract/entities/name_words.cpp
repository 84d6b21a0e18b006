// NameWordMarker: the first step after reading. Marks which tokens may be
// part of a name (extract/knowledge/words.h IsNameWord: capitalised, not a capital
// stopword, not an adverb opening a sentence) once per issue, so that every
// ruler after it reads the answer in one load.
#include "extract/document/component.h"
#include "extract/knowledge/words.h"

namespace cg {
namespace {

class NameWordMarker : public Component {
 public:
  std::string_view Name() const override { return "name_word_marker"; }
  std::vector<std::string_view> Requires() const override { return {"tokens"}; }
  std::vector<std::string_view> Assigns() const override { return {"name_words"}; }
  Status Run(Document* doc) const override {
    MarkNameWords(doc);
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<Component> MakeNameWordMarker() { return std::make_unique<NameWordMarker>(); }

}  // namespace cg
