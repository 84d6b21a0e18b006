#pragma once
// Writing official names the way people write them.
#include <string>
#include <string_view>

namespace cg {

// "SOUTH WARWICKSHIRE NHS FOUNDATION TRUST" -> "South Warwickshire NHS
// Foundation Trust"; keeps NHS/CCG/UK in capitals, "and", "of", "the",
// "upon", "on", "in" in lower case inside a name, "King's", "St",
// "Weston-super-Mare". Mixed-case input is returned unchanged.
std::string CaseName(std::string_view upper);

// Upper-cased letters and digits only, single spaces: a key to compare two
// spellings of one official name ("Queen's" == "QUEENS").
std::string NameKey(std::string_view s);

}  // namespace cg
