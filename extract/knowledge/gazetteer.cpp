#include "extract/knowledge/gazetteer.h"

#include "extract/knowledge/csv.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "graph/ascii.h"
#include "extract/knowledge/embedded.h"
#include "extract/knowledge/reference.h"
#include "extract/document/tokens.h"

namespace cg {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool AllCaps(std::string_view s) {
  int letters = 0;
  for (unsigned char c : s) {
    if (IsAsciiLower(c)) return false;
    if (IsAsciiUpper(c)) ++letters;
  }
  return letters >= 2;
}

bool EveryWordCapitalised(std::string_view s) {
  bool start = true;
  for (char c : s) {
    if (start && IsAsciiLower(static_cast<unsigned char>(c))) return false;
    start = c == ' ';
  }
  return true;
}

}  // namespace

const Gazetteer& Gazetteer::Get() {
  static const Gazetteer kGazetteer;
  return kGazetteer;
}

void Gazetteer::AddEntry(const std::string& form, GazetteerEntry e) {
  if (form.empty()) return;
  e.form = form;
  uint32_t id = ac_.Add(Lower(form));
  if (by_pattern_.size() <= id) by_pattern_.resize(id + 1);
  by_pattern_[id].push_back(static_cast<uint32_t>(entries_.size()));
  entries_.push_back(std::move(e));
}

void Gazetteer::LoadLexicon(std::string_view tsv, bool exact_all, std::string_view file) {
  for (const auto& line : SplitOn(tsv, '\n')) {
    if (line.empty() || line[0] == '#') continue;
    auto cols = SplitOn(line, '\t');
    if (cols.size() < 2) continue;
    auto type = ParseEntityType(cols[0]);
    if (!type) continue;
    std::string canonical = cols[1];
    if (!canonical.empty() && canonical[0] == '=') canonical.erase(0, 1);
    if (cols.size() >= 4)
      for (const auto& k : SplitOn(cols[3], '|')) {
        if (k.empty()) continue;
        auto it = std::find_if(kinds_.begin(), kinds_.end(), [&](const auto& e) { return e.first == k; });
        if (it == kinds_.end()) it = kinds_.insert(kinds_.end(), {k, WordSet()});
        it->second.Insert(canonical);
      }
    std::vector<std::string> forms = {cols[1]};
    if (cols.size() >= 3 && !cols[2].empty() && cols[2][0] != '#')
      for (auto& a : SplitOn(cols[2], '|')) forms.push_back(a);
    const bool plural = *type == EntityType::kCareModel || *type == EntityType::kPolicy;
    for (std::string f : forms) {
      bool forced = !f.empty() && f[0] == '=';
      if (forced) f.erase(0, 1);
      // "~chain": a generic short form, only where the issue names the
      // entity in full too.
      const bool support = !f.empty() && f[0] == '~';
      if (support) f.erase(0, 1);
      if (f.empty()) continue;
      GazetteerEntry e;
      e.type = *type;
      e.canonical = canonical;
      e.source = MentionSource::kLexicon;
      e.origin = "lexicon " + std::string(file) + ": " + canonical;
      e.exact_case = forced || exact_all || AllCaps(f) || f.find(' ') == std::string::npos;
      e.needs_support = support;
      AddEntry(f, e);
      if (plural && f.back() != 's' && !support) AddEntry(f + "s", e);
    }
  }
}

bool Gazetteer::HasKind(std::string_view canonical, std::string_view kind) const {
  for (const auto& [k, names] : kinds_)
    if (k == kind) return names.contains(canonical);
  return false;
}

Gazetteer::Gazetteer() {
  LoadLexicon(embedded::national_bodies_tsv(), false, "national_bodies.tsv");
  LoadLexicon(embedded::organisations_tsv(), false, "organisations.tsv");
  LoadLexicon(embedded::care_models_tsv(), false, "care_models.tsv");
  LoadLexicon(embedded::policies_tsv(), false, "policies.tsv");
  LoadLexicon(embedded::places_tsv(), true, "places.tsv");
  LoadLexicon(embedded::towns_tsv(), true, "towns.tsv");
  LoadLexicon(embedded::people_tsv(), true, "people.tsv");
  // Reference forms: one entry per (form, type) carrying every code.
  const auto& ref = ReferenceData::Get();
  std::map<std::pair<std::string, EntityType>, GazetteerEntry> merged;
  for (const auto& f : ref.forms()) {
    const OrgRecord* o = ref.Find(f.code);
    if (!o) continue;
    auto& e = merged[{f.text, o->type}];
    e.type = o->type;
    e.source = MentionSource::kReference;
    e.exact_case = f.text.find(' ') == std::string::npos;
    e.needs_support = e.codes.empty() ? f.needs_support : (e.needs_support && f.needs_support);
    if (std::find(e.codes.begin(), e.codes.end(), f.code) == e.codes.end()) e.codes.push_back(f.code);
  }
  for (auto& [key, e] : merged) {
    e.origin = "reference data: \"" + key.first + "\" ->";
    for (const auto& c : e.codes) e.origin += " " + c;
    AddEntry(key.first, std::move(e));
  }
  // The 2015 vanguards by name ("Salford Together", "Dudley Multispecialty
  // Community Provider"), where the name is not an NHS body's own.
  for (const auto& v : ref.vanguards()) {
    std::string name = v.name;
    if (size_t p = name.find(" ("); p != std::string::npos) name.erase(p);
    if (name.find(' ') == std::string::npos || name.find("Clinical Commissioning Group") != std::string::npos ||
        name.find(" CCG") != std::string::npos || merged.count({name, EntityType::kTrust}))
      continue;
    GazetteerEntry e;
    e.type = EntityType::kOrganisation;
    e.canonical = name;
    e.source = MentionSource::kLexicon;
    e.origin = "reference data: vanguards.csv: " + name;
    AddEntry(name, e);
  }
  ac_.Build();
  for (const auto& n : SplitOn(embedded::first_names_txt(), '\n'))
    if (!n.empty() && n[0] != '#') first_names_.Insert(n);
}

const GazetteerEntry* Gazetteer::FindCanonical(EntityType type, const std::string& canonical) const {
  for (const auto& e : entries_)
    if (e.type == type && e.canonical == canonical && e.source == MentionSource::kLexicon) return &e;
  return nullptr;
}

void Gazetteer::Scan(const Document& doc, std::vector<MentionCandidate>* out) const {
  const std::string_view text = doc.text;
  const std::string_view low = doc.lower;
  // Every match that falls on word boundaries, in order of its end, the
  // longest first at one end.
  struct Hit {
    uint32_t begin, end, pid;
  };
  thread_local std::vector<Hit> hits;  // keeps its memory from issue to issue
  hits.clear();
  auto on_match = [&](size_t begin, uint32_t pid, size_t end) {
    if (end < low.size() && IsWordByte(low[end])) return;
    // The reduced alphabet folds some bytes together: confirm the bytes.
    if (low.substr(begin, end - begin) != ac_.pattern(pid)) return;
    hits.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end), pid});
  };
  // Names start where a word starts or after a byte that is not a word's.
  for (size_t begin = 0; begin < low.size();) {
    if (IsWordByte(low[begin])) {
      const size_t end = WordEnd(low.data(), begin + 1, low.size());
      ac_.MatchWordAt(low, begin, end, [&](uint32_t pid, size_t e) { on_match(begin, pid, e); });
      begin = end + 1;  // inside the word, and the byte after it, start nothing
    } else {
      ac_.MatchAt(low, begin, [&](uint32_t pid, size_t e) { on_match(begin, pid, e); });
      ++begin;
    }
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    return a.end != b.end ? a.end < b.end : a.begin < b.begin;
  });
  out->reserve(out->size() + hits.size());
  for (const Hit& h : hits) {
    const size_t begin = h.begin, end = h.end, len = end - begin;
    for (uint32_t eid : by_pattern_[h.pid]) {
      const GazetteerEntry& e = entries_[eid];
      const std::string_view seen = text.substr(begin, len);
      if (e.exact_case && seen != e.form) continue;
      // Other forms match as written, all in lower case ("better care
      // fund") or with every word capitalised; "NHS providers" is not
      // "NHS Providers".
      const std::string_view lower = low.substr(begin, len);
      const bool sentence_case = seen.substr(1) == lower.substr(1);  // "Hospital chains"
      if (!e.exact_case && seen != e.form && seen != lower && !sentence_case && !EveryWordCapitalised(seen))
        continue;
      MentionCandidate c;
      c.span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
      c.type = e.type;
      c.canonical = e.canonical;
      c.codes = e.codes;
      c.source = e.source;
      c.needs_support = e.needs_support;
      c.rule = e.origin;
      out->push_back(std::move(c));
    }
  }
  if (hits.capacity() > (1u << 16)) std::vector<Hit>().swap(hits);  // a huge issue's: given back
}

}  // namespace cg
