// StpAreaRuler: an STP footprint named by its area alone ("Kent and Medway",
// "Coast, Humber and Vale"), in an issue that talks about STPs or the care
// systems that grew out of them (data/lexicon/cues.tsv: stp_context). The
// areas are the reference data's STP names; commas and "and" between
// their places may differ from the official form ("Durham, Darlington and
// Tees" for "Durham, Darlington, Tees"). Single-place names ("Dorset") stay
// places unless a head word makes them STPs ("Dorset STP", OrgPatternRuler
// and the gazetteer's forms), except where a list item opens with the area
// and a dash or colon ("Dorset - Name (post, Org)"): a list of footprints,
// whose names then win over the places they share a name with.
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/document/component.h"
#include "extract/knowledge/cues.h"
#include "extract/knowledge/reference.h"
#include "extract/document/text.h"
#include "extract/knowledge/words.h"

namespace cg {
namespace {

struct Area {
  std::vector<std::string> words;  // lower-cased, separators left out
  const OrgRecord* stp = nullptr;
  std::vector<std::string> codes;  // {stp->code}: the candidates view it
};

bool IsSeparator(std::string_view lower) { return lower == "," || lower == "and" || lower == "&"; }

// The area's words: its name split at spaces, without separators and
// brackets ("Health & Care Partnership (STP)" keeps "health care partnership").
std::vector<std::string> AreaWords(const std::string& name) {
  std::vector<std::string> out;
  std::string w;
  auto flush = [&] {
    if (!w.empty() && !IsSeparator(w) && w != "stp") out.push_back(w);
    w.clear();
  };
  for (char c : name) {
    if (c == ' ' || c == '(' || c == ')') flush();
    else if (c == ',') { flush(); }
    else w += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  flush();
  return out;
}

struct AreaIndex {
  std::vector<Area> areas;
  std::unordered_map<std::string, std::vector<size_t>> by_first;
};

const AreaIndex& Areas() {
  static const AreaIndex kIndex = [] {
    AreaIndex x;
    for (const OrgRecord& o : ReferenceData::Get().orgs()) {
      if (o.type != EntityType::kSTP) continue;
      std::vector<std::string> names = o.other_names;
      names.push_back(o.name);
      for (const auto& n : names) {
        Area a{AreaWords(n), &o, {o.code}};
        if (!a.words.empty()) x.areas.push_back(std::move(a));
      }
    }
    for (size_t k = 0; k < x.areas.size(); ++k) x.by_first[x.areas[k].words[0]].push_back(k);
    return x;
  }();
  return kIndex;
}

bool TalksAboutStps(const Document& d) {
  const PhraseSet& phrases = PhraseCue<"stp_context_phrase">();
  const WordSet& words = Cue<"stp_context">();
  for (uint32_t i = 0; i < d.tokens.size(); ++i) {
    if (!d.tokens[i].word) continue;
    if (words.contains(Low(d, i)) || phrases.MatchAt(d, i)) return true;
  }
  return false;
}

// The end token (exclusive) of `a` matched from token i, or 0.
uint32_t MatchArea(const Document& d, uint32_t i, const Area& a) {
  const uint32_t n = static_cast<uint32_t>(d.tokens.size());
  uint32_t j = i;
  for (size_t k = 0; k < a.words.size(); ++k) {
    if (k > 0)
      while (j < n && IsSeparator(Low(d, j))) ++j;
    if (j >= n || Low(d, j) != a.words[k]) return 0;
    if (j > i && d.Text({d.tokens[j - 1].span.end, d.tokens[j].span.begin}).find('\n') != std::string_view::npos)
      return 0;
    ++j;
  }
  return j;
}

// True if tokens [i, end) label a list item: they open their line and a
// dash or colon follows.
bool LabelsListItem(const Document& d, uint32_t i, uint32_t end) {
  if (end >= d.tokens.size()) return false;
  const std::string_view next = TokText(d, end);
  return (next == "-" || next == ":") && StartsLine(d, i);
}

class StpAreaRuler : public Component {
 public:
  std::string_view Name() const override { return "stp_area_ruler"; }
  std::vector<std::string_view> Requires() const override { return {"tokens"}; }
  std::vector<std::string_view> Assigns() const override { return {"candidates"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    const AreaIndex& index = Areas();
    bool context_read = false, context = false;
    for (uint32_t i = 0; i < d.tokens.size(); ++i) {
      if (!d.tokens[i].cap) continue;
      auto it = index.by_first.find(std::string(Low(d, i)));
      if (it == index.by_first.end()) continue;
      uint32_t best = 0;
      const Area* area = nullptr;
      for (size_t k : it->second) {
        const uint32_t end = MatchArea(d, i, index.areas[k]);
        if (end > best) best = end, area = &index.areas[k];
      }
      if (!area) continue;
      if (i > 0 && Cue<"locative">().contains(Low(d, i - 1))) {
        i = best - 1;
        continue;
      }
      if (!context_read) context = TalksAboutStps(d), context_read = true;
      if (!context) return Status::OK();
      const bool label = LabelsListItem(d, i, best);
      // "Dorset": a place unless named an STP or labelling a footprint.
      if (area->words.size() < 2 && !label) continue;
      // "... Swindon and Wiltshire sustainability and transformation
      // partnership": the head joins the mention, which then outruns any
      // pattern that starts inside the area.
      uint32_t end = best;
      if (const uint32_t n = PhraseCue<"stp_head_phrase">().MatchAt(d, best)) end = best + n;
      MentionCandidate c;
      c.span = {d.tokens[i].span.begin, d.tokens[end - 1].span.end};
      c.type = EntityType::kSTP;
      c.source = label ? MentionSource::kLexicon : MentionSource::kReference;
      c.rule = label ? "reference stps.csv: a footprint labelling a list item"
                     : "reference stps.csv: a footprint's area in an issue about STPs";
      c.canonical = area->stp->name;
      c.codes = area->codes;
      // A footprint's label wins over the place of the same name.
      if (label) std::erase_if(doc->candidates, [&](const MentionCandidate& o) { return o.span == c.span && o.type == EntityType::kPlace; });
      doc->candidates.push_back(std::move(c));
      i = end - 1;
    }
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<Component> MakeStpAreaRuler() { return std::make_unique<StpAreaRuler>(); }

}  // namespace cg
