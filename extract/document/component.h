#pragma once
// Component: one step of the extraction pipeline (spaCy's pipe).
//
// A component reads what earlier ones assigned on the Document and adds its
// own. Requires()/Assigns() name those annotations ("tokens", "candidates",
// "mentions", "entities", "relations"); the pipeline checks when it is built
// that whatever a component requires an earlier one assigns.
//
// A new component is one file plus one line in extract/registry.cpp.
// Components are stateless and const: one pipeline serves every thread.
#include <memory>
#include <string_view>
#include <vector>

#include "extract/document/document.h"
#include "graph/status.h"

namespace cg {

class Component {
 public:
  virtual ~Component() = default;
  virtual std::string_view Name() const = 0;
  virtual std::vector<std::string_view> Requires() const = 0;
  virtual std::vector<std::string_view> Assigns() const = 0;
  virtual Status Run(Document* doc) const = 0;
};

// The built-in components in pipeline order (extract/registry.cpp).
std::vector<std::unique_ptr<Component>> BuiltinComponents();

}  // namespace cg
