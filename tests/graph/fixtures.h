#pragma once
// Hand-built graphs for the graph tests, and the gold annotations of
// ../shared/gold merged into one graph.
#include <string>
#include <vector>

#include "graph/extraction.h"
#include "graph/graph.h"

namespace cg::test {

// An entity for an Extraction.
ExtractedEntity Ent(EntityType t, std::string name, std::vector<std::string> aliases = {},
                    std::map<std::string, std::string> codes = {});
// A relation for an Extraction; the types say which entity each name means.
ExtractedRelation Rel(RelationType type, EntityType ht, std::string head, EntityType tt, std::string tail,
                      std::string sentence, std::map<std::string, std::string> attrs = {},
                      Source source = Source::kText);

// Three dated issues about a hospital chain (see fixtures.cpp):
//   A 2016-10-01: ROLE Simon Stevens -> NHS England; PARTNER SWFT -- Wye Valley
//   B 2016-11-15: PARTNER again; DEVELOPS SWFT -> hospital chain;
//                 COMMENTS_ON Simon Stevens -> hospital chain
//   C 2017-01-10: REGULATES NHS Improvement -> Wye Valley; PART_OF Wye Valley
//                 -> Herefordshire STP (reference data)
// plus "Simon Stevens" the Organisation (a namesake consultancy, issue C).
std::vector<Extraction> ChainIssues();
Graph ChainGraph();

// Every gold file of ../shared/gold merged, as issue "gold-N" dated
// 2016-10-0N (N = 1..); relation ends typed by the entity of that name.
// Empty graph if ../shared is absent.
Graph GoldGraph();

}  // namespace cg::test
