#include "extract/knowledge/cues.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "extract/knowledge/embedded.h"
#include "extract/document/text.h"

namespace cg {
namespace {

struct CueClass {
  WordSet set;
  std::vector<std::string> words;  // in file order
  std::unique_ptr<PhraseSet> phrases;  // the same words read as phrases
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
  for (auto& [name, cls] : t) cls.phrases = std::make_unique<PhraseSet>(cls.words);
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

PhraseSet::PhraseSet(const std::vector<std::string>& phrases) : phrases_(phrases) {
  for (const std::string& p : phrases_) {
    std::vector<std::string> words;
    for (size_t i = 0; i <= p.size();) {
      size_t j = p.find('_', i);
      if (j == std::string::npos) j = p.size();
      words.push_back(p.substr(i, j - i));
      i = j + 1;
    }
    first_.Insert(words[0]);
    if (words.size() == 1) first_.Insert(words[0] + "s");
    words_.push_back(std::move(words));
  }
}

uint32_t PhraseSet::MatchFrom(const Document& d, uint32_t i, size_t* which, bool plural) const {
  auto lower = [&](uint32_t t) {
    return std::string_view(d.lower).substr(d.tokens[t].span.begin, d.tokens[t].span.size());
  };
  uint32_t best = 0;
  for (size_t k = 0; k < words_.size(); ++k) {
    const auto& w = words_[k];
    uint32_t n = 0;
    for (; n < w.size() && i + n < d.tokens.size(); ++n) {
      const std::string_view t = lower(i + n);
      const bool last = n + 1 == w.size();
      if (t != w[n] && !(plural && last && t.size() == w[n].size() + 1 && t.substr(0, w[n].size()) == w[n] && t.back() == 's'))
        break;
    }
    if (n == w.size() && n > best) {
      best = n;
      if (which) *which = k;
    }
  }
  return best;
}

const PhraseSet& Phrases(std::string_view cls) { return *Find(cls).phrases; }

const WordSet& Cues(std::string_view cls) { return Find(cls).set; }
const std::vector<std::string>& CueList(std::string_view cls) { return Find(cls).words; }

bool AnyWordIn(const Document& d, uint32_t from, uint32_t to, const WordSet& words) {
  for (uint32_t t = from; t < to && t < d.tokens.size(); ++t)
    if (words.contains(Low(d, t))) return true;
  return false;
}

uint32_t FindPhrase(const Document& d, uint32_t from, uint32_t to, const PhraseSet& phrases, uint32_t* len) {
  for (uint32_t t = from; t < to; ++t) {
    if (!d.tokens[t].word) continue;
    if (const uint32_t n = phrases.MatchAt(d, t)) {
      if (len) *len = n;
      return t;
    }
  }
  return to;
}

}  // namespace cg
