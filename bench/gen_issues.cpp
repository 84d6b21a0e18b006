#include "bench/gen_issues.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <random>

#include "graph/hash.h"

namespace cg::bench {
namespace {

// Splits one CSV line (quoted fields with "" escapes).
std::vector<std::string> SplitCsv(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') out.back() += '"', ++i;
      else if (c == '"') quoted = false;
      else out.back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      out.emplace_back();
    } else if (c != '\r') {
      out.back() += c;
    }
  }
  return out;
}

// "NHS DUDLEY CCG" -> "NHS Dudley CCG": words of 3+ letters that are not
// acronyms we know get title case.
std::string TitleCase(const std::string& s) {
  static const char* kKeep[] = {"NHS", "CCG", "STP", "UK", "GP"};
  std::string out, word;
  auto flush = [&] {
    bool keep = std::any_of(std::begin(kKeep), std::end(kKeep), [&](const char* k) { return word == k; });
    for (size_t i = 0; i < word.size(); ++i)
      out += keep || i == 0 ? word[i] : static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
    if (!keep && (word == "AND" || word == "OF" || word == "THE") && out.size() > word.size()) {
      for (size_t i = out.size() - word.size(); i < out.size(); ++i)
        out[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[i])));
    }
    word.clear();
  };
  for (char c : s) {
    if (std::isalpha(static_cast<unsigned char>(c))) word += c;
    else flush(), out += c;
  }
  flush();
  return out;
}

std::vector<NameLists::Coded> ReadCoded(const std::string& path, size_t code_col, size_t name_col, bool title) {
  std::vector<NameLists::Coded> out;
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    auto f = SplitCsv(line);
    if (f.size() <= std::max(code_col, name_col) || f[name_col].empty()) continue;
    out.push_back({f[code_col], title ? TitleCase(f[name_col]) : f[name_col]});
  }
  return out;
}

// Days since 1970-01-01 -> "YYYY-MM-DD" (Howard Hinnant's civil_from_days).
std::string DateOf(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
  return buf;
}

// Builds the text and the matching extraction side by side.
class Writer {
 public:
  explicit Writer(Extraction& x) : x_(x) {}
  std::string& text() { return text_; }

  // Appends `s`; a mention of `e` if given.
  void Put(const std::string& s) { text_ += s; }
  void Mention(EntityType type, const std::string& name, const std::string& code = "") {
    auto it = std::find_if(x_.entities.begin(), x_.entities.end(),
                           [&](const ExtractedEntity& e) { return e.type == type && e.name == name; });
    if (it == x_.entities.end()) {
      ExtractedEntity e;
      e.type = type;
      e.name = name;
      if (!code.empty()) e.codes["ods"] = code;
      x_.entities.push_back(std::move(e));
      it = x_.entities.end() - 1;
    }
    it->mentions.push_back({text_.size(), text_.size() + name.size(), name});
    text_ += name;
  }
  void StartSentence() { sentence_begin_ = text_.size(); }
  void Relate(RelationType type, EntityType ht, const std::string& head, EntityType tt, const std::string& tail,
              std::map<std::string, std::string> attrs = {}) {
    pending_.push_back({type, head, tail, ht, tt, std::move(attrs), {}});
  }
  // Ends the sentence: its relations get it as evidence.
  void EndSentence() {
    for (auto& r : pending_) {
      r.evidence.begin = sentence_begin_;
      r.evidence.end = text_.size();
      r.evidence.sentence = text_.substr(sentence_begin_);
      r.evidence.confidence = 0.9;
      x_.relations.push_back(std::move(r));
    }
    pending_.clear();
  }

 private:
  Extraction& x_;
  std::string text_;
  size_t sentence_begin_ = 0;
  std::vector<ExtractedRelation> pending_;
};

}  // namespace

NameLists LoadNameLists(const std::string& dir) {
  NameLists n;
  n.trusts = ReadCoded(dir + "/trusts.csv", 0, 1, true);
  n.ccgs = ReadCoded(dir + "/ccgs.csv", 0, 1, true);
  n.stps = ReadCoded(dir + "/stps.csv", 0, 1, false);
  if (n.trusts.empty())
    n.trusts = {{"RNA", "The Dudley Group NHS Foundation Trust"},
                {"RTF", "Northumbria Healthcare NHS Foundation Trust"},
                {"RM3", "Salford Royal NHS Foundation Trust"},
                {"RDU", "Frimley Health NHS Foundation Trust"}};
  if (n.ccgs.empty()) n.ccgs = {{"05C", "NHS Dudley CCG"}, {"03R", "NHS Wakefield CCG"}};
  if (n.stps.empty()) n.stps = {{"E54000010", "Black Country"}, {"E54000005", "West Yorkshire"}};
  static const char* kFirst[] = {"Simon", "Jim", "Sarah", "Amanda", "David", "Chris", "Helen", "Ian",
                                 "Julia", "Mark", "Ruth", "Owen", "Priya", "Tom", "Anita", "Gareth"};
  static const char* kLast[] = {"Stevens", "Mackey", "Pinto", "Pritchard", "Dalton", "Ham", "Dickinson", "Cumming",
                                "Wake", "Britnell", "Carter", "Smith", "Patel", "Hughes", "Morris", "Ahmed",
                                "Taylor", "Jones", "Okafor", "Lewis"};
  for (const char* f : kFirst)
    for (const char* l : kLast) n.people.push_back(std::string(f) + " " + l);
  return n;
}

GeneratedIssue GenerateIssue(const NameLists& names, uint64_t seed, uint64_t index) {
  std::mt19937_64 rng(seed * 0x9E3779B97F4A7C15ULL + index);
  std::uniform_real_distribution<double> u(0, 1);
  // Skewed: the first names of each list come up far more often.
  auto pick = [&](size_t n) { return std::min(n - 1, static_cast<size_t>(static_cast<double>(n) * std::pow(u(rng), 3))); };
  GeneratedIssue g;
  Extraction& x = g.extraction;
  x.date = DateOf(16436 + static_cast<int64_t>(index / 20));  // from 2015-01-01
  x.title = "Integration briefing no. " + std::to_string(index + 1);
  x.extractor_version = "synthetic";
  Writer w(x);
  w.Put("Date: " + x.date + "\n" + x.title + "\n\nThe week in new care models\n\n");
  static const char* kRoles[] = {"chief executive", "chair", "medical director", "finance director"};
  static const char* kRatings[] = {"outstanding", "good", "requires improvement", "inadequate"};
  static const char* kPolicies[] = {"Five Year Forward View", "Next Steps on the Five Year Forward View",
                                    "General Practice Forward View", "Carter review"};
  const int paragraphs = 6 + static_cast<int>(rng() % 5);
  for (int p = 0; p < paragraphs; ++p) {
    const auto& trust = names.trusts[pick(names.trusts.size())];
    const auto& other = names.trusts[pick(names.trusts.size())];
    const auto& ccg = names.ccgs[pick(names.ccgs.size())];
    const auto& stp = names.stps[pick(names.stps.size())];
    const std::string& person = names.people[pick(names.people.size())];
    w.Put("  • ");
    w.StartSentence();
    switch (rng() % 5) {
      case 0: {
        const char* role = kRoles[rng() % 4];
        w.Mention(EntityType::kPerson, person);
        w.Put(std::string(" has been appointed ") + role + " of ");
        w.Mention(EntityType::kTrust, trust.name, trust.code);
        w.Put(".");
        w.Relate(RelationType::kRole, EntityType::kPerson, person, EntityType::kTrust, trust.name, {{"role", role}});
        break;
      }
      case 1:
        if (trust.code == other.code) {
          w.Mention(EntityType::kTrust, trust.name, trust.code);
          w.Put(" reported a deficit this quarter.");
          break;
        }
        w.Mention(EntityType::kTrust, trust.name, trust.code);
        w.Put(" and ");
        w.Mention(EntityType::kTrust, other.name, other.code);
        w.Put(" are working together in the ");
        w.Mention(EntityType::kSTP, stp.name + " STP");
        w.Put(" footprint.");
        w.Relate(RelationType::kPartner, EntityType::kTrust, trust.name, EntityType::kTrust, other.name);
        w.Relate(RelationType::kPartOf, EntityType::kTrust, trust.name, EntityType::kSTP, stp.name + " STP");
        break;
      case 2:
        w.Mention(EntityType::kCCG, ccg.name, ccg.code);
        w.Put(" commissions community services from ");
        w.Mention(EntityType::kTrust, trust.name, trust.code);
        w.Put(" under a new ten-year contract.");
        w.Relate(RelationType::kCommissions, EntityType::kCCG, ccg.name, EntityType::kTrust, trust.name);
        break;
      case 3: {
        const char* rating = kRatings[rng() % 4];
        w.Put("The ");
        w.Mention(EntityType::kNationalBody, "Care Quality Commission");
        w.Put(std::string(" rated ") + "");
        w.Mention(EntityType::kTrust, trust.name, trust.code);
        w.Put(std::string(" ") + rating + " after its latest inspection.");
        w.Relate(RelationType::kRegulates, EntityType::kNationalBody, "Care Quality Commission", EntityType::kTrust,
                 trust.name, {{"rating", rating}});
        break;
      }
      default: {
        const char* policy = kPolicies[rng() % 4];
        w.Mention(EntityType::kNationalBody, "NHS England");
        w.Put(" published the ");
        w.Mention(EntityType::kPolicy, policy);
        w.Put(", and ");
        w.Mention(EntityType::kPerson, person);
        w.Put(" welcomed it on behalf of ");
        w.Mention(EntityType::kTrust, trust.name, trust.code);
        w.Put(".");
        w.Relate(RelationType::kPublishes, EntityType::kNationalBody, "NHS England", EntityType::kPolicy, policy);
        w.Relate(RelationType::kCommentsOn, EntityType::kPerson, person, EntityType::kPolicy, policy,
                 {{"stance", "support"}});
        break;
      }
    }
    w.EndSentence();
    w.Put(" Local leaders said the change would take time to show results, and that staff had been closely "
          "involved in the plans from the start.\n");
  }
  g.text = std::move(w.text());
  x.issue = ContentId(g.text);
  x.doc = std::to_string(index) + ".txt";
  for (auto& r : x.relations) r.evidence.issue = x.issue, r.evidence.date = x.date;
  return g;
}

}  // namespace cg::bench
