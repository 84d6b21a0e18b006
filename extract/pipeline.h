#pragma once
// Pipeline: runs components in order on a Document (spaCy's Language).
#include <memory>
#include <string>
#include <vector>

#include "extract/document/component.h"

namespace cg {

class Pipeline {
 public:
  // Checks that every component's Requires() is assigned by an earlier one
  // (the reader assigns "text", "sentences" and "tokens"); the error names
  // the component and what it lacks.
  static Result<Pipeline> Create(std::vector<std::unique_ptr<Component>> components);

  // Runs every component; an error names the component and the issue.
  // With CAREGRAPH_TRACE=1 in the environment, prints the mentions after
  // each component on stderr (=2: the candidates too), for debugging rules.
  Status Run(Document* doc) const;

  std::vector<std::string> Names() const;

 private:
  std::vector<std::shared_ptr<const Component>> components_;
};

}  // namespace cg
