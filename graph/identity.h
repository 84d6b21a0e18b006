#pragma once
// Node identity: which mentions are the same node.
//
// A node linked to an official code is keyed by it ("ods:RJC"), whatever name
// an issue used; any other node by its type and normalised canonical name
// ("person:simon stevens"). The key is the node's id everywhere: in the
// store, in exports and on the command line.
#include <string>
#include <string_view>

#include "graph/extraction.h"
#include "graph/node.h"

namespace cg {

// Lower case, curly quotes straightened, "&" -> "and", possessive "'s" and
// punctuation dropped, a leading "the" dropped, runs of spaces collapsed.
// "The Dudley Group NHS Foundation Trust" -> "dudley group nhs foundation trust".
std::string NormaliseName(std::string_view name);

// The node id of an extracted entity (see above).
NodeId NodeKey(const ExtractedEntity& e);
NodeId NodeKey(EntityType type, std::string_view name,
               const std::map<std::string, std::string>& codes);

}  // namespace cg
