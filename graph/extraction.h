#pragma once
// Extraction: what the extractors read in one issue, in the exchange format
// of ../shared/gold/GUIDE.md (also what `caregraph extract --out DIR` writes).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "graph/evidence.h"
#include "graph/types.h"

namespace cg {

struct Mention {
  uint64_t begin = 0;  // byte span in the issue's original bytes
  uint64_t end = 0;
  std::string text;
  friend bool operator==(const Mention&, const Mention&) = default;
};

struct ExtractedEntity {
  EntityType type = EntityType::kOrganisation;
  std::string name;                          // canonical: the fullest, official where known
  std::vector<std::string> aliases;          // every other form the issue uses
  std::map<std::string, std::string> codes;  // set by the linker ("ods" -> "RJC")
  std::vector<std::string> candidates;       // ambiguous link: the codes that remain
  std::vector<Mention> mentions;
  bool optional = false;
  friend bool operator==(const ExtractedEntity&, const ExtractedEntity&) = default;
};

struct ExtractedRelation {
  RelationType type = RelationType::kRole;
  std::string head;  // canonical names of the two entities
  std::string tail;
  EntityType head_type = EntityType::kOrganisation;
  EntityType tail_type = EntityType::kOrganisation;
  std::map<std::string, std::string> attributes;  // role, kind, stance, rating, vanguard
  Evidence evidence;
  friend bool operator==(const ExtractedRelation&, const ExtractedRelation&) = default;
};

struct Extraction {
  std::string doc;    // file name the issue came from ("000_x.txt")
  std::string issue;  // issue id: hash of the content
  std::string date;   // "YYYY-MM-DD" or empty
  std::string title;
  std::string extractor_version;
  std::vector<ExtractedEntity> entities;
  std::vector<ExtractedRelation> relations;
  friend bool operator==(const Extraction&, const Extraction&) = default;

  // The entity with that canonical name and type, or nullptr.
  const ExtractedEntity* Find(const std::string& name, EntityType type) const;
};

}  // namespace cg
