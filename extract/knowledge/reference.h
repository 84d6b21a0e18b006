#pragma once
// ReferenceData: the NHS reference data compiled into caregraph (data/
// reference/, from ODS and ONS; Open Government Licence v3.0): trusts, CCGs
// and STPs with their codes and open/close dates, hospital sites standing
// for their trust, the CCG -> STP lookup and the 2015 vanguards.
//
// Immutable after construction; Get() is thread-safe.
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/types.h"

namespace cg {

struct OrgRecord {
  std::string code;        // ODS code ("RJC", "03F") or ONS code for STPs ("E54000025")
  EntityType type = EntityType::kTrust;
  std::string name;        // canonical, in its usual written case
  std::string open;        // "YYYY-MM-DD" or ""
  std::string close;       // "" while open
  std::string stp;         // CCGs: the STP code
  std::string ons;         // CCGs: ONS E38 code
  std::string successor;   // CCGs: the 2021 successor code
  std::vector<std::string> other_names;  // former/later official names
  // True iff the organisation existed on `date` ("" = any date).
  bool OpenOn(const std::string& date) const;
};

// A written form of an organisation's name and the code it stands for.
struct NameForm {
  std::string text;
  std::string code;
  // A bare short name ("Wye Valley") counts only where the issue also names
  // the organisation in a fuller form.
  bool needs_support = false;
};

struct Vanguard {
  std::string name;
  std::string care_model;   // canonical CareModel name
  std::string announced;    // "YYYY-MM-DD"
  std::vector<std::string> lead_organisations;  // as written by the source
  std::string area;
};

class ReferenceData {
 public:
  static const ReferenceData& Get();

  const std::vector<OrgRecord>& orgs() const { return orgs_; }
  const std::vector<NameForm>& forms() const { return forms_; }
  const std::vector<Vanguard>& vanguards() const { return vanguards_; }
  // The record with that code, or nullptr.
  const OrgRecord* Find(const std::string& code) const;
  // Every code whose written forms include `name` (compared by NameKey:
  // case, punctuation and "&"/"and" folded), of `type`.
  std::vector<std::string> CodesForName(const std::string& name, EntityType type) const;
  // Trusts whose name, without the words every trust name may add or drop
  // (cues.tsv: trust_name_filler: "The", "NHS", "Foundation", "Hospitals",
  // ...), is `name`'s: "Pennine Acute Trust" -> the Pennine Acute Hospitals
  // NHS Trust. For a written form no form matches exactly.
  std::vector<std::string> TrustCodesForCore(const std::string& name) const;
  // The STP record for a CCG code's STP, or nullptr.
  const OrgRecord* StpOf(const OrgRecord& ccg) const;

 private:
  ReferenceData();
  void LoadTrusts();
  void LoadCcgs();
  void LoadStps();
  void LoadSites();
  void LoadVanguards();
  void AddForm(const std::string& text, const std::string& code, bool needs_support);

  std::vector<OrgRecord> orgs_;
  std::unordered_map<std::string, size_t> by_code_;
  std::unordered_map<std::string, std::string> mixed_case_;  // NameKey -> mixed-case spelling
  std::unordered_map<std::string, std::vector<std::string>> history_;  // code -> names
  std::vector<NameForm> forms_;
  std::unordered_map<std::string, std::vector<size_t>> forms_by_key_;  // NameKey -> indexes into forms_
  std::unordered_map<std::string, std::vector<std::string>> trusts_by_core_;  // CoreKey -> trust codes
  std::vector<Vanguard> vanguards_;
};

// The canonical CareModel name for a vanguard care-model label
// ("integrated primary and acute care systems (PACS)" -> "primary and acute
// care system"); "" if unknown.
std::string CareModelForLabel(const std::string& label);

}  // namespace cg
