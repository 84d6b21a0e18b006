#include "extract/pipeline.h"

#include <cstdio>
#include <cstdlib>
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
  const char* trace = std::getenv("CAREGRAPH_TRACE");  // once per document, not per component
  for (const auto& c : components_) {
    Status s = c->Run(doc);
    if (trace) {
      std::fprintf(stderr, "== after %s: %zu candidates, %zu mentions, %zu entities\n", std::string(c->Name()).c_str(),
                   doc->candidates.size(), doc->mentions.size(), doc->entities.size());
      if (trace[0] == '2')
        for (const auto& m : doc->candidates)
          std::fprintf(stderr, "  cand [%u,%u) %s %s\n", m.span.begin, m.span.end,
                       std::string(doc->Text(m.span)).c_str(), std::string(ToString(m.type)).c_str());
      for (const auto& m : doc->mentions)
        std::fprintf(stderr, "  mention [%u,%u) %s %s -> %d\n", m.span.begin, m.span.end,
                     std::string(doc->Text(m.span)).c_str(), std::string(ToString(m.type)).c_str(), m.entity);
    }
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
