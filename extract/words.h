#pragma once
// Small word lists shared by the rule-based components.
#include <string>
#include <string_view>

#include "extract/document.h"

namespace cg {

// Capitalised function words that never start or continue a name
// ("The", "But", "Since", "Meanwhile").
bool IsCapitalStopword(std::string_view w);
// Honorifics and titles before a person's name ("Mr", "Sir", "Professor").
bool IsTitle(std::string_view w);
// Titles after which a single name is a given name ("Sir Howard").
bool IsGivenNameTitle(std::string_view w);
// The last word of a post ("executive", "chair", "director", "MP", "boss").
bool IsRoleHead(std::string_view w);
// Verbs of saying ("said", "warned", "writes").
bool IsSpeechVerb(std::string_view w);
// Lower-cased copy.
std::string LowerCopy(std::string_view s);

// Token text helpers.
inline std::string_view TokText(const Document& d, uint32_t i) { return d.Text(d.tokens[i].span); }
// True if token i is a capitalised word that may be part of a name.
bool IsNameWord(const Document& d, uint32_t i);

}  // namespace cg
