#pragma once
// Cue words by class, from data/lexicon/cues.tsv (compiled into the
// binary): the rules read their word lists from there, so a list is
// extended without touching the engine.
#include <string>
#include <string_view>
#include <vector>

#include "extract/words.h"

namespace cg {

// The words of class `cls`. An unknown class is a programming error: the
// process aborts naming it (the file is embedded, so a test catches it).
const WordSet& Cues(std::string_view cls);
// The same words in the order the file lists them (phrases, ordered cues).
const std::vector<std::string>& CueList(std::string_view cls);

}  // namespace cg
