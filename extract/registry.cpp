// The built-in pipeline, in order. A new component is one file defining its
// factory plus one line here (explicit: static self-registration would be
// dropped by the linker from a static library).
#include "extract/component.h"

namespace cg {

std::unique_ptr<Component> MakeGazetteerRuler();
std::unique_ptr<Component> MakeOrgPatternRuler();
std::unique_ptr<Component> MakePersonRuler();
std::unique_ptr<Component> MakePlaceOrgRuler();
std::unique_ptr<Component> MakePolicyPatternRuler();
std::unique_ptr<Component> MakeMentionSelector();
std::unique_ptr<Component> MakeEntityResolver();
std::unique_ptr<Component> MakeAcronymResolver();

std::vector<std::unique_ptr<Component>> BuiltinComponents() {
  std::vector<std::unique_ptr<Component>> c;
  c.push_back(MakeGazetteerRuler());
  c.push_back(MakeOrgPatternRuler());
  c.push_back(MakePersonRuler());
  c.push_back(MakePlaceOrgRuler());
  c.push_back(MakePolicyPatternRuler());
  c.push_back(MakeMentionSelector());
  c.push_back(MakeEntityResolver());
  c.push_back(MakeAcronymResolver());
  return c;
}

}  // namespace cg
