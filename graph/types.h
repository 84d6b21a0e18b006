#pragma once
// The ontology of ../shared/gold/GUIDE.md: entity and relation types.
// The numeric values are stored on disk (store/) and must not change:
// add new values at the end.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace cg {

enum class EntityType : uint8_t {
  kTrust = 0,
  kCCG = 1,
  kSTP = 2,
  kPerson = 3,
  kPolicy = 4,
  kCareModel = 5,
  kNationalBody = 6,
  kLocalAuthority = 7,
  kOrganisation = 8,
  kPlace = 9,
};
inline constexpr std::array<EntityType, 10> kAllEntityTypes = {
    EntityType::kTrust,  EntityType::kCCG,          EntityType::kSTP,
    EntityType::kPerson, EntityType::kPolicy,       EntityType::kCareModel,
    EntityType::kNationalBody, EntityType::kLocalAuthority, EntityType::kOrganisation,
    EntityType::kPlace};

enum class RelationType : uint8_t {
  kRole = 0,
  kPartner = 1,
  kDevelops = 2,
  kPartOf = 3,
  kLocatedIn = 4,
  kRegulates = 5,
  kPublishes = 6,
  kCommissions = 7,
  kCommentsOn = 8,
};
inline constexpr std::array<RelationType, 9> kAllRelationTypes = {
    RelationType::kRole,      RelationType::kPartner,   RelationType::kDevelops,
    RelationType::kPartOf,    RelationType::kLocatedIn, RelationType::kRegulates,
    RelationType::kPublishes, RelationType::kCommissions, RelationType::kCommentsOn};

// The names used in JSON and on the command line ("Trust", "PART_OF").
std::string_view ToString(EntityType t);
std::string_view ToString(RelationType t);
// Case-insensitive; also accepts "part-of"/"partof" style spellings.
std::optional<EntityType> ParseEntityType(std::string_view s);
std::optional<RelationType> ParseRelationType(std::string_view s);

// True for the organisation-like types (Trust, CCG, STP, NationalBody,
// LocalAuthority, Organisation).
bool IsOrganisation(EntityType t);
// PARTNER is symmetric; every other relation has a direction.
inline bool IsSymmetric(RelationType t) { return t == RelationType::kPartner; }

}  // namespace cg
