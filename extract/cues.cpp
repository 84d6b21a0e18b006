#include "extract/cues.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "extract/embedded.h"

namespace cg {
namespace {

struct CueClass {
  WordSet set;
  std::vector<std::string> words;  // in file order
};
using CueTable = std::map<std::string, CueClass, std::less<>>;

// One line: class, a tab, words separated by spaces.
void ParseLine(std::string_view line, CueTable* out) {
  const size_t tab = line.find('\t');
  if (tab == std::string_view::npos) return;
  CueClass& cls = (*out)[std::string(line.substr(0, tab))];
  std::string_view rest = line.substr(tab + 1);
  while (!rest.empty()) {
    const size_t sp = rest.find(' ');
    const std::string_view w = rest.substr(0, sp);
    if (!w.empty() && !cls.set.contains(w)) {
      cls.set.Insert(w);
      cls.words.emplace_back(w);
    }
    if (sp == std::string_view::npos) break;
    rest.remove_prefix(sp + 1);
  }
}

CueTable Load() {
  CueTable t;
  std::string_view text = embedded::cues_tsv();
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && line[0] != '#') ParseLine(line, &t);
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return t;
}

const CueClass& Find(std::string_view cls) {
  static const CueTable kTable = Load();
  auto it = kTable.find(cls);
  if (it == kTable.end()) {
    std::fprintf(stderr, "caregraph: no cue class \"%.*s\" in data/lexicon/cues.tsv\n", static_cast<int>(cls.size()),
                 cls.data());
    std::abort();
  }
  return it->second;
}

}  // namespace

const WordSet& Cues(std::string_view cls) { return Find(cls).set; }
const std::vector<std::string>& CueList(std::string_view cls) { return Find(cls).words; }

}  // namespace cg
