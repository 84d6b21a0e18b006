#pragma once
// Explanation: why each entity and relation of one issue was extracted
// (`caregraph extract --explain`): for every mention, the lexicon row,
// reference form or pattern that proposed it; for every relation, the id of
// the construction that found it and the sentence it rests on.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "graph/types.h"

namespace cg {

struct Explanation {
  struct Mention {
    std::string text;    // as written in the issue
    uint32_t begin = 0;  // byte span in the file as read
    uint32_t end = 0;
    std::string rule;    // "lexicon places.tsv: Birmingham", "pattern org_heads.tsv: ..."
    bool anaphor = false;
  };
  struct Entity {
    EntityType type = EntityType::kOrganisation;
    std::string name;
    std::vector<std::string> codes;  // "ods=RJC"
    std::vector<Mention> mentions;
  };
  struct Relation {
    RelationType type = RelationType::kRole;
    std::string head, tail;
    std::map<std::string, std::string> attributes;
    std::string rule;      // "role.apposition_post_of", "reference data"
    std::string sentence;  // the evidence
  };
  std::string doc;
  std::vector<Entity> entities;
  std::vector<Relation> relations;
};

}  // namespace cg
