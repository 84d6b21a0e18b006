#include "graph/types.h"

#include <cctype>
#include <string>

namespace cg {
namespace {

constexpr std::array<std::string_view, 10> kEntityNames = {
    "Trust", "CCG", "STP", "Person", "Policy", "CareModel",
    "NationalBody", "LocalAuthority", "Organisation", "Place"};
constexpr std::array<std::string_view, 9> kRelationNames = {
    "ROLE", "PARTNER", "DEVELOPS", "PART_OF", "LOCATED_IN",
    "REGULATES", "PUBLISHES", "COMMISSIONS", "COMMENTS_ON"};

// Lower case with '_', '-' and ' ' removed, so "part-of" == "PART_OF".
std::string Fold(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '_' || c == '-' || c == ' ') continue;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace

std::string_view ToString(EntityType t) { return kEntityNames[static_cast<size_t>(t)]; }
std::string_view ToString(RelationType t) { return kRelationNames[static_cast<size_t>(t)]; }

std::optional<EntityType> ParseEntityType(std::string_view s) {
  const std::string f = Fold(s);
  for (size_t i = 0; i < kEntityNames.size(); ++i)
    if (Fold(kEntityNames[i]) == f) return static_cast<EntityType>(i);
  if (f == "organization") return EntityType::kOrganisation;
  return std::nullopt;
}

std::optional<RelationType> ParseRelationType(std::string_view s) {
  const std::string f = Fold(s);
  for (size_t i = 0; i < kRelationNames.size(); ++i)
    if (Fold(kRelationNames[i]) == f) return static_cast<RelationType>(i);
  return std::nullopt;
}

bool IsOrganisation(EntityType t) {
  switch (t) {
    case EntityType::kTrust:
    case EntityType::kCCG:
    case EntityType::kSTP:
    case EntityType::kNationalBody:
    case EntityType::kLocalAuthority:
    case EntityType::kOrganisation:
      return true;
    default:
      return false;
  }
}

}  // namespace cg
