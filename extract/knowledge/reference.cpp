#include "extract/knowledge/reference.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "extract/knowledge/csv.h"
#include "extract/knowledge/cues.h"
#include "extract/knowledge/embedded.h"
#include "extract/knowledge/names.h"

namespace cg {

namespace {

// NameKey without the words any trust's name may add or drop.
std::string CoreKey(std::string_view name) {
  static const WordSet& filler = Cue<"trust_name_filler">();
  const std::string key = NameKey(name);
  std::string out;
  size_t i = 0;
  while (i < key.size()) {
    size_t j = key.find(' ', i);
    if (j == std::string::npos) j = key.size();
    std::string w = key.substr(i, j - i);
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!filler.contains(w)) {
      if (!out.empty()) out += ' ';
      out += w;
    }
    i = j + 1;
  }
  return out;
}

// The words of a core name, "and" left out.
std::vector<std::string> CoreWords(const std::string& core) {
  std::vector<std::string> out;
  for (size_t i = 0; i <= core.size();) {
    size_t j = core.find(' ', i);
    if (j == std::string::npos) j = core.size();
    if (j > i && core.compare(i, j - i, "and") != 0) out.push_back(core.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

}  // namespace

namespace {

bool EndsWith(const std::string& s, std::string_view suf) {
  return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}
bool StartsWith(const std::string& s, std::string_view pre) { return s.rfind(pre, 0) == 0; }

std::string Strip(std::string s, std::string_view suffix) {
  if (EndsWith(s, suffix)) s.erase(s.size() - suffix.size());
  return s;
}

// Words that make a short trust name unmistakably an organisation.
bool HasOrgWord(const std::string& core) {
  static const char* kWords[] = {"Health", "Healthcare", "Hospital", "Hospitals", "Care", "Partnership",
                                 "Community", "Mental", "Ambulance", "Royal", "University", "Teaching",
                                 "Group", "Services", "Infirmary", "Clinic", "Centre", "Alliance",
                                 "Foundation", "Partnerships", "Healthcare's", "Trust"};
  size_t i = 0;
  while (i < core.size()) {
    size_t j = core.find(' ', i);
    if (j == std::string::npos) j = core.size();
    std::string w = core.substr(i, j - i);
    for (const char* k : kWords)
      if (w == k) return true;
    i = j + 1;
  }
  return false;
}

// A capitalised word that can stand for a town: not a compass point or a
// word many trust names share.
bool IsTownLike(const std::string& w) {
  static const char* kCommon[] = {"North", "South", "East", "West", "Central", "Mid", "Great", "Greater", "Royal",
                                  "University", "St", "King's", "Queen", "Queen's", "The", "New", "Isle", "Black",
                                  "Northern", "Southern", "Eastern", "Western", "United", "Surrey", "Kent", "Essex",
                                  "Hull", "Leeds", "London", "Birmingham", "Manchester", "Liverpool", "Sheffield"};
  if (w.size() < 4 || !std::isupper(static_cast<unsigned char>(w[0]))) return false;
  for (const char* c : kCommon)
    if (w == c) return false;
  for (char c : w)
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  return true;
}

// "South Warwickshire NHS Foundation Trust" -> "South Warwickshire".
std::string TrustCore(std::string name) {
  for (std::string_view suf : {" NHS Foundation Trust", " NHS Trust", " Foundation Trust", " NHS FT", " Trust"}) {
    if (EndsWith(name, suf)) {
      name.erase(name.size() - suf.size());
      break;
    }
  }
  if (StartsWith(name, "The ")) name.erase(0, 4);
  return name;
}

// "NHS HULL CCG" -> "HULL" (any case).
std::string CcgCore(std::string name) {
  if (StartsWith(name, "NHS ") || StartsWith(name, "Nhs ")) name.erase(0, 4);
  for (std::string_view suf : {" CCG", " Clinical Commissioning Group", " CLINICAL COMMISSIONING GROUP"})
    name = Strip(name, suf);
  return name;
}

}  // namespace

bool OrgRecord::OpenOn(const std::string& date) const {
  if (date.empty()) return true;
  if (!open.empty() && date < open) return false;
  if (!close.empty() && date > close) return false;
  return true;
}

std::string CareModelForLabel(const std::string& label) {
  std::string l;
  for (char c : label) l += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (l.find("primary and acute") != std::string::npos || l.find("pacs") != std::string::npos)
    return "primary and acute care system";
  if (l.find("multispecialty") != std::string::npos || l.find("(mcp)") != std::string::npos)
    return "multispecialty community provider";
  if (l.find("care homes") != std::string::npos) return "enhanced health in care homes";
  if (l.find("urgent") != std::string::npos) return "urgent and emergency care network";
  if (l.find("acute care collaboration") != std::string::npos) return "acute care collaboration";
  return "";
}

const ReferenceData& ReferenceData::Get() {
  static const ReferenceData kData;
  return kData;
}

const OrgRecord* ReferenceData::Find(const std::string& code) const {
  auto it = by_code_.find(code);
  return it == by_code_.end() ? nullptr : &orgs_[it->second];
}

const OrgRecord* ReferenceData::StpOf(const OrgRecord& ccg) const {
  return ccg.stp.empty() ? nullptr : Find(ccg.stp);
}

void ReferenceData::AddForm(const std::string& text, const std::string& code, bool needs_support) {
  if (text.size() < 3) return;
  forms_.push_back({text, code, needs_support});
}

ReferenceData::ReferenceData() {
  CsvTable hist(embedded::name_history_csv());
  for (size_t r = 0; r < hist.rows(); ++r) {
    const std::string& name = hist.Get(r, "name");
    history_[hist.Get(r, "code")].push_back(name);
    bool lower = std::any_of(name.begin(), name.end(), [](unsigned char c) { return std::islower(c); });
    if (lower) mixed_case_.emplace(NameKey(name), name);
  }
  LoadTrusts();
  LoadCcgs();
  LoadStps();
  LoadSites();
  LoadVanguards();
  for (size_t i = 0; i < orgs_.size(); ++i) by_code_.emplace(orgs_[i].code, i);
  for (size_t i = 0; i < forms_.size(); ++i) forms_by_key_[NameKey(forms_[i].text)].push_back(i);
  for (const NameForm& f : forms_) {
    const OrgRecord* o = Find(f.code);
    if (!o || o->type != EntityType::kTrust || f.needs_support) continue;
    auto& codes = trusts_by_core_[CoreKey(f.text)];
    if (std::find(codes.begin(), codes.end(), f.code) == codes.end()) codes.push_back(f.code);
  }
}

std::vector<std::string> ReferenceData::TrustCodesForCore(const std::string& name) const {
  const std::string core = CoreKey(name);
  if (auto it = trusts_by_core_.find(core); it != trusts_by_core_.end()) return it->second;
  // A shorter form: "Wrightington and Wigan FT" for the trust of three
  // towns. Its words (two or more, "and" aside) all in one trust's core
  // name, the first word first; only where one trust has them.
  const std::vector<std::string> words = CoreWords(core);
  if (words.size() < 2) return {};
  std::vector<std::string> found;
  for (const auto& [other, codes] : trusts_by_core_) {
    const std::vector<std::string> ow = CoreWords(other);
    if (ow.empty() || ow[0] != words[0]) continue;
    bool all = true;
    for (const auto& w : words) all = all && std::find(ow.begin(), ow.end(), w) != ow.end();
    if (!all) continue;
    for (const auto& c : codes)
      if (std::find(found.begin(), found.end(), c) == found.end()) found.push_back(c);
  }
  return found;
}

std::vector<std::string> ReferenceData::CodesForName(const std::string& name, EntityType type) const {
  std::vector<std::string> out;
  auto it = forms_by_key_.find(NameKey(name));
  if (it == forms_by_key_.end()) return out;
  for (size_t i : it->second) {
    const NameForm& f = forms_[i];
    const OrgRecord* o = Find(f.code);
    if (o && o->type == type && !f.needs_support && std::find(out.begin(), out.end(), f.code) == out.end())
      out.push_back(f.code);
  }
  return out;
}

void ReferenceData::LoadTrusts() {
  CsvTable t(embedded::trusts_csv());
  auto written = [&](const std::string& upper) {
    auto it = mixed_case_.find(NameKey(upper));
    std::string s = it != mixed_case_.end() ? it->second : CaseName(upper);
    // The website writes "Nhs" and "Heart Of England" now and then; the
    // usual written case keeps NHS and small words in lower case.
    for (size_t p; (p = s.find("Nhs ")) != std::string::npos;) s.replace(p, 4, "NHS ");
    for (std::string_view w : {" Of ", " And ", " The ", " For ", " In ", " Upon ", " On "}) {
      std::string lower(w);
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (size_t p; (p = s.find(w)) != std::string::npos;) s.replace(p, w.size(), lower);
    }
    return s;
  };
  for (size_t r = 0; r < t.rows(); ++r) {
    OrgRecord o;
    o.code = t.Get(r, "code");
    o.type = EntityType::kTrust;
    o.name = written(t.Get(r, "name"));
    o.open = t.Get(r, "open_date");
    o.close = t.Get(r, "close_date");
    std::set<std::string> names = {o.name};
    for (const auto& h : history_[o.code]) {
      std::string w = written(h);
      if (w.find("Trust") != std::string::npos || w.find("TRUST") != std::string::npos) names.insert(w);
    }
    for (const auto& name : names) {
      if (name != o.name) o.other_names.push_back(name);
      const std::string core = TrustCore(name);
      AddForm(name, o.code, false);
      AddForm("The " + name, o.code, false);
      for (std::string_view suf : {" NHS Foundation Trust", " NHS Trust", " Foundation Trust", " FT", " NHS FT",
                                   " Trust", " foundation trust", " trust"})
        AddForm(core + std::string(suf), o.code, false);
      // The bare core: safe when it carries an organisation word.
      AddForm(core, o.code, !HasOrgWord(core));
      // Its first word, where that is a town rather than a common word
      // ("Yeovil" for Yeovil District Hospital): only beside a fuller name.
      const std::string first = core.substr(0, core.find(' '));
      if (first.size() < core.size() && IsTownLike(first)) AddForm(first, o.code, true);
    }
    orgs_.push_back(std::move(o));
  }
}

void ReferenceData::LoadCcgs() {
  CsvTable t(embedded::ccgs_csv());
  for (size_t r = 0; r < t.rows(); ++r) {
    OrgRecord o;
    o.code = t.Get(r, "code");
    o.type = EntityType::kCCG;
    const std::string core = CaseName(CcgCore(t.Get(r, "name")));
    o.name = "NHS " + core + " Clinical Commissioning Group";
    o.open = t.Get(r, "open_date");
    o.close = t.Get(r, "close_date");
    o.stp = t.Get(r, "stp_code");
    o.ons = t.Get(r, "ons_code");
    o.successor = t.Get(r, "successor_2021");
    std::set<std::string> cores = {core};
    for (const auto& h : history_[o.code]) {
      if (h.find(" ICB") != std::string::npos) continue;  // sub-ICB names of 2022 on
      cores.insert(CaseName(CcgCore(h)));
    }
    for (const auto& c : cores) {
      if (c != core) o.other_names.push_back("NHS " + c + " Clinical Commissioning Group");
      for (std::string_view pre : {"NHS ", ""})
        for (std::string_view suf : {" CCG", " Clinical Commissioning Group", " clinical commissioning group"})
          AddForm(std::string(pre) + c + std::string(suf), o.code, false);
    }
    orgs_.push_back(std::move(o));
  }
}

void ReferenceData::LoadStps() {
  CsvTable t(embedded::stps_csv());
  for (size_t r = 0; r < t.rows(); ++r) {
    OrgRecord o;
    o.code = t.Get(r, "code");
    o.type = EntityType::kSTP;
    const std::string name = t.Get(r, "name");
    o.name = name + " STP";
    std::set<std::string> names = {name};
    const std::string& others = t.Get(r, "other_names");
    for (size_t i = 0; i < others.size();) {
      size_t j = others.find(" | ", i);
      if (j == std::string::npos) j = others.size();
      std::string n = others.substr(i, j - i);
      for (std::string_view suf : {" (STP)", " STP", " (ICS)"}) n = Strip(n, suf);
      if (!n.empty()) names.insert(n);
      i = j + 3;
    }
    for (const auto& n : names) {
      if (n != name) o.other_names.push_back(n);
      for (std::string_view suf : {" STP", " sustainability and transformation plan",
                                   " sustainability and transformation partnership", " STP footprint"})
        AddForm(n + std::string(suf), o.code, false);
    }
    orgs_.push_back(std::move(o));
  }
}

void ReferenceData::LoadSites() {
  CsvTable t(embedded::trust_sites_csv());
  for (size_t r = 0; r < t.rows(); ++r) {
    const std::string& site = t.Get(r, "site_name");
    // Only names that say what they are: "Yeovil District Hospital".
    if (site.find(' ') == std::string::npos) continue;
    bool named = site.find("Hospital") != std::string::npos || site.find("Infirmary") != std::string::npos ||
                 site.find("Centre") != std::string::npos || site.find("Clinic") != std::string::npos;
    if (!named) continue;
    AddForm(site, t.Get(r, "trust_code"), false);
    AddForm("The " + site, t.Get(r, "trust_code"), false);
  }
}

void ReferenceData::LoadVanguards() {
  CsvTable t(embedded::vanguards_csv());
  for (size_t r = 0; r < t.rows(); ++r) {
    Vanguard v;
    v.name = t.Get(r, "name");
    v.care_model = CareModelForLabel(t.Get(r, "care_model"));
    v.announced = t.Get(r, "announced");
    v.area = t.Get(r, "area");
    const std::string& leads = t.Get(r, "lead_organisations");
    for (size_t i = 0; i < leads.size();) {
      size_t j = leads.find("; ", i);
      if (j == std::string::npos) j = leads.size();
      std::string n = leads.substr(i, j - i);
      n = Strip(n, " (lead)");
      if (!n.empty()) v.lead_organisations.push_back(n);
      i = j + 2;
    }
    vanguards_.push_back(std::move(v));
  }
}

}  // namespace cg
