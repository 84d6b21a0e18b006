// The built-in pipeline, in order. A new component is one file defining its
// factory plus one line here (explicit: static self-registration would be
// dropped by the linker from a static library).
#include "extract/document/component.h"

namespace cg {

std::unique_ptr<Component> MakeNameWordMarker();
std::unique_ptr<Component> MakeGazetteerRuler();
std::unique_ptr<Component> MakeOrgPatternRuler();
std::unique_ptr<Component> MakePersonRuler();
std::unique_ptr<Component> MakePlaceOrgRuler();
std::unique_ptr<Component> MakePolicyPatternRuler();
std::unique_ptr<Component> MakeStpAreaRuler();
std::unique_ptr<Component> MakeSystemListRuler();
std::unique_ptr<Component> MakeAreaNameRuler();
std::unique_ptr<Component> MakeMentionSelector();
std::unique_ptr<Component> MakeEntityResolver();
std::unique_ptr<Component> MakeAcronymResolver();
std::unique_ptr<Component> MakePlaceMetonymy();
std::unique_ptr<Component> MakeAnaphoraResolver();
std::unique_ptr<Component> MakeRoleRelations();
std::unique_ptr<Component> MakeRoleAppositives();
std::unique_ptr<Component> MakePartnerRelations();
std::unique_ptr<Component> MakeDevelopsRelations();
std::unique_ptr<Component> MakeListRelations();
std::unique_ptr<Component> MakePartOfRelations();
std::unique_ptr<Component> MakeRegulatesRelations();
std::unique_ptr<Component> MakePublishesRelations();
std::unique_ptr<Component> MakeCommissionsRelations();
std::unique_ptr<Component> MakeLocatedInRelations();
std::unique_ptr<Component> MakeCommentsRelations();

std::vector<std::unique_ptr<Component>> BuiltinComponents() {
  std::vector<std::unique_ptr<Component>> c;
  c.push_back(MakeNameWordMarker());
  c.push_back(MakeGazetteerRuler());
  c.push_back(MakeOrgPatternRuler());
  c.push_back(MakePersonRuler());
  c.push_back(MakePlaceOrgRuler());
  c.push_back(MakePolicyPatternRuler());
  c.push_back(MakeStpAreaRuler());
  c.push_back(MakeSystemListRuler());
  c.push_back(MakeAreaNameRuler());
  c.push_back(MakeMentionSelector());
  c.push_back(MakeEntityResolver());
  c.push_back(MakeAcronymResolver());
  c.push_back(MakePlaceMetonymy());
  c.push_back(MakeAnaphoraResolver());
  c.push_back(MakeRoleRelations());
  c.push_back(MakeRoleAppositives());
  c.push_back(MakePartnerRelations());
  c.push_back(MakeDevelopsRelations());
  c.push_back(MakeListRelations());
  c.push_back(MakePartOfRelations());
  c.push_back(MakeRegulatesRelations());
  c.push_back(MakePublishesRelations());
  c.push_back(MakeCommissionsRelations());
  c.push_back(MakeLocatedInRelations());
  c.push_back(MakeCommentsRelations());
  return c;
}

}  // namespace cg
