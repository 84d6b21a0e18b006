#include "extract/pipeline.h"

#include <set>

namespace cg {

Result<Pipeline> Pipeline::Create(std::vector<std::unique_ptr<Component>> components) {
  std::set<std::string, std::less<>> assigned = {"text", "sentences", "tokens"};
  Pipeline p;
  for (auto& c : components) {
    for (auto r : c->Requires())
      if (!assigned.count(r))
        return Status::InvalidArgument("pipeline: component " + std::string(c->Name()) + " requires \"" +
                                       std::string(r) + "\" but no earlier component assigns it");
    for (auto a : c->Assigns()) assigned.emplace(a);
    p.components_.push_back(std::move(c));
  }
  return p;
}

Status Pipeline::Run(Document* doc) const {
  for (const auto& c : components_) {
    Status s = c->Run(doc);
    if (!s.ok()) return Status::Corruption(doc->name + ": " + std::string(c->Name()) + ": " + s.message());
  }
  return Status::OK();
}

std::vector<std::string> Pipeline::Names() const {
  std::vector<std::string> out;
  for (const auto& c : components_) out.emplace_back(c->Name());
  return out;
}

}  // namespace cg
