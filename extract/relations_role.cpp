// RoleRelations: who holds which post where (ROLE, Person -> organisation,
// STP or place), from appositives and possessives:
//   "NHS England chief executive Simon Stevens"          (org + post + person)
//   "the council chief executive ... Mark Rogers"        (anaphor + post + person)
//   "Chris Hopson, chief executive of NHS Providers"     (person, post of org)
//   "Nick Harding, Sandwell and West Birmingham CCG boss" (person, org + post)
//   "one of the key figures in Modality"                 (person, ... in org)
//   "Dr David Hegarty, the GP who chairs Dudley CCG"     (person who chairs org)
//   "Robert Harris of Lakeside", "Nigel Edwards of the Nuffield Trust" (unspecified)
//   "But chief executive Chris Hopson ..."               (post + person; the org
//                                                         of the previous sentence)
#include "extract/component.h"
#include "extract/relation_util.h"
#include "extract/words.h"

namespace cg {
namespace {

bool IsRoleWord(std::string_view w) {
  static const WordSet kWords = {
      "chief", "executive", "director", "chair", "chairman", "chairwoman", "deputy", "national", "medical",
      "finance", "nursing", "operating", "officer", "managing", "clinical", "interim", "acting", "lead",
      "leader", "head", "boss", "secretary", "minister", "president", "vice", "non-executive", "stp",
      "programme", "accountable", "senior", "responsible", "partner", "founder", "commissioner", "inspector",
      "of", "hospitals", "general", "practice", "for", "strategy", "transformation", "primary", "care",
      "integration", "new", "models", "mp", "mayor", "council", "leading", "light", "key", "figure",
      "figures", "one", "the", "a", "an", "gp", "chief-executive", "ceo", "cfo", "trustee", "governor",
      "editor", "reporter", "manager", "adviser", "advisor", "principal", "former", "ex", "local"};
  return kWords.contains(w);
}

// The post written in tokens [from, to), tidied ("the council chief
// executive" -> "chief executive").
std::string RoleText(const Document& d, uint32_t from, uint32_t to) {
  std::string out;
  int depth = 0;
  for (uint32_t i = from; i < to; ++i) {
    std::string_view w = Low(d, i);
    // "(and local STP lead)": a second post in brackets is not this one.
    if (w == "(") ++depth;
    if (w == ")") --depth;
    if (depth > 0) continue;
    if (w == "the" || w == "a" || w == "an" || w == "its" || w == "council" || w == "local" || w == "'s" ||
        w == "(" || w == ")" || w == "," || w == "and" || w == "-")
      continue;
    if (!out.empty()) out += ' ';
    out += w;
  }
  if (out.rfind("one of the ", 0) == 0) out.erase(0, 11);
  if (out.size() > 6 && out.substr(out.size() - 7) == "figures") out.pop_back();
  if (out.size() > 7 && out.substr(0, 7) == "one of ") out.erase(0, 7);
  return out.empty() ? "unspecified" : out;
}

bool AllRoleWords(const Document& d, uint32_t from, uint32_t to) {
  if (from >= to) return false;
  bool head = false;
  for (uint32_t i = from; i < to; ++i) {
    std::string_view w = Low(d, i);
    if (w == "(" || w == ")" || w == "," || w == "'s" || w == "-" || w == "and") continue;
    if (!IsRoleWord(w)) return false;
    head |= IsRoleHead(w) || IsRoleHead(TokText(d, i));
  }
  return head;
}

bool CanHoldPost(EntityType t) { return IsOrgLike(t) || t == EntityType::kPlace; }

class RoleRelations : public Component {
 public:
  std::string_view Name() const override { return "role_relations"; }
  std::vector<std::string_view> Requires() const override { return {"entities", "mentions"}; }
  std::vector<std::string_view> Assigns() const override { return {"relations"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    const auto& views = SentenceViews(d);
    for (const auto& v : views) {
      const auto& ms = v.mentions;
      for (size_t k = 0; k < ms.size(); ++k) {
        const SentMention& p = ms[k];
        if (p.type != EntityType::kPerson) continue;
        // A: org [post] person — the org mention right before the post.
        bool found = false;
        if (k > 0) {
          const SentMention& o = ms[k - 1];
          if (CanHoldPost(o.type) && o.type != EntityType::kPlace && p.first_tok - o.end_tok <= 10 &&
              AllRoleWords(d, o.end_tok, p.first_tok)) {
            AddRelation(doc, RelationType::kRole, p.entity, o.entity, v.index, 0.9,
                        {{"role", RoleText(d, o.end_tok, p.first_tok)}});
            found = true;
          }
        }
        // B: person , [the] post (of|at|for|in) org  /  person , org post
        //    /  person , [the ...] who (chairs|leads|runs|heads) org
        if (p.end_tok < v.end_tok && TokText(d, p.end_tok) == ",") {
          for (size_t j = k + 1; j < ms.size() && j <= k + 2; ++j) {
            const SentMention& o = ms[j];
            if (!CanHoldPost(o.type)) continue;
            uint32_t a = p.end_tok + 1, b = o.first_tok;
            if (b < a || b - a > 8 || AnyWord(d, a, b, {",", ";"})) break;
            if (b > a && Low(d, b - 1) == "the") --b;  // "chief executive of the King's Fund"
            std::string_view last = b > a ? Low(d, b - 1) : "";
            if ((last == "of" || last == "at" || last == "for" || last == "in") && AllRoleWords(d, a, b - 1)) {
              AddRelation(doc, RelationType::kRole, p.entity, o.entity, v.index, 0.85,
                          {{"role", RoleText(d, a, b - 1)}});
              found = true;
            } else if (last == "chairs" || last == "leads" || last == "runs" || last == "heads" ||
                       last == "chaired" || last == "led") {
              std::string role = last.rfind("chair", 0) == 0 ? "chair" : last.rfind("head", 0) == 0 ? "head" : "lead";
              AddRelation(doc, RelationType::kRole, p.entity, o.entity, v.index, 0.8, {{"role", role}});
              found = true;
            } else if (a == b) {
              // person , org post
              uint32_t e = o.end_tok;
              if (e < v.end_tok && TokText(d, e) == "'s") ++e;  // "the CCG's chief accountable officer"
              uint32_t f = e;
              while (f < v.end_tok && f < e + 4 && IsRoleWord(Low(d, f))) ++f;
              if (f > e && AllRoleWords(d, e, f)) {
                AddRelation(doc, RelationType::kRole, p.entity, o.entity, v.index, 0.85,
                            {{"role", RoleText(d, e, f)}});
                found = true;
              }
            }
            break;
          }
          // "...; and one of the key figures in Modality": a second post.
          for (size_t j = k + 1; j < ms.size(); ++j) {
            const SentMention& o = ms[j];
            if (o.type == EntityType::kPerson) break;
            if (!CanHoldPost(o.type) || o.first_tok < 3) continue;
            std::string_view prev = Low(d, o.first_tok - 1);
            if (prev != "in" && prev != "at") continue;
            uint32_t a = o.first_tok - 1;
            uint32_t s = a;
            while (s > p.end_tok && IsRoleWord(Low(d, s - 1))) --s;
            if (s < a && a - s >= 2 && (Low(d, s) == "one" || Low(d, s) == "a" || Low(d, s) == "the")) {
              AddRelation(doc, RelationType::kRole, p.entity, o.entity, v.index, 0.6,
                          {{"role", RoleText(d, s, a)}});
              found = true;
            }
          }
        }
        // C: person of [the] org|place  ->  unspecified.
        // ("the Sir Leonard Fenwick of Manchester" is a figure of speech.)
        const bool antonomasia = p.first_tok > v.first_tok && Low(d, p.first_tok - 1) == "the";
        if (!found && !antonomasia && p.end_tok + 1 < v.end_tok && Low(d, p.end_tok) == "of" && k + 1 < ms.size()) {
          const SentMention& o = ms[k + 1];
          uint32_t at = p.end_tok + 1;
          if (at < v.end_tok && Low(d, at) == "the") ++at;
          if (o.first_tok == at && CanHoldPost(o.type)) {
            AddRelation(doc, RelationType::kRole, p.entity, o.entity, v.index, 0.6, {{"role", "unspecified"}});
            found = true;
          }
        }
        // C2: "person, the X of place" -> unspecified ("Sir Howard Bernstein,
        // the Sir Leonard Fenwick of Manchester").
        if (!found && k + 2 < ms.size() && p.end_tok < v.end_tok && TokText(d, p.end_tok) == "," &&
            ms[k + 1].type == EntityType::kPerson && ms[k + 2].type == EntityType::kPlace &&
            ms[k + 2].first_tok == ms[k + 1].end_tok + 1 && Low(d, ms[k + 1].end_tok) == "of") {
          AddRelation(doc, RelationType::kRole, p.entity, ms[k + 2].entity, v.index, 0.5, {{"role", "unspecified"}});
          found = true;
        }
        // E: person ... as [post] of|at org (and org): "Jim Mackey has
        // started work as chief executive of Monitor and the NHS TDA".
        if (!found) {
          uint32_t as = FindWord(d, p.end_tok, std::min(p.end_tok + 6, v.end_tok), {"as"});
          if (as < std::min(p.end_tok + 6, v.end_tok) && !AnyWord(d, p.end_tok, as, {","})) {
            for (size_t j = k + 1; j < ms.size(); ++j) {
              const SentMention& o = ms[j];
              if (o.first_tok <= as) continue;
              if (!CanHoldPost(o.type) || o.type == EntityType::kPlace) break;
              uint32_t b = o.first_tok;
              if (Low(d, b - 1) == "the") --b;
              std::string_view last = Low(d, b - 1);
              if ((last == "of" || last == "at") && AllRoleWords(d, as + 1, b - 1)) {
                std::string role = RoleText(d, as + 1, b - 1);
                AddRelation(doc, RelationType::kRole, p.entity, o.entity, v.index, 0.7, {{"role", role}});
                found = true;
                // "... of Monitor and the NHS TDA": the same post at both.
                if (j + 1 < ms.size() && CanHoldPost(ms[j + 1].type) && ms[j + 1].type != EntityType::kPlace &&
                    ms[j + 1].first_tok >= o.end_tok && ms[j + 1].first_tok - o.end_tok <= 2 &&
                    Low(d, o.end_tok) == "and")
                  AddRelation(doc, RelationType::kRole, p.entity, ms[j + 1].entity, v.index, 0.6, {{"role", role}});
              }
              break;
            }
          }
        }
        // D: [post] person with no organisation: the post's organisation is
        // the one the previous sentence talks about.
        if (!found && p.first_tok > v.first_tok) {
          uint32_t s = p.first_tok;
          while (s > v.first_tok && IsRoleWord(Low(d, s - 1)) && Low(d, s - 1) != "the") --s;
          bool prev_is_org = k > 0 && ms[k - 1].end_tok == s;
          if (s < p.first_tok && !prev_is_org && AllRoleWords(d, s, p.first_tok) &&
              (Low(d, p.first_tok - 1) == "executive" || Low(d, p.first_tok - 1) == "chair" ||
               Low(d, p.first_tok - 1) == "chairman")) {
            int org = PreviousSubject(d, views, v.index);
            if (org >= 0)
              AddRelation(doc, RelationType::kRole, p.entity, org, v.index, 0.4,
                          {{"role", RoleText(d, s, p.first_tok)}});
          }
        }
      }
    }
    for (const auto& v : views) {
      const auto& ms = v.mentions;
      for (size_t k = 0; k < ms.size(); ++k) {
        const SentMention& o = ms[k];
        if (!IsOrgLike(o.type)) continue;
        uint32_t t = o.end_tok;
        // F: "org, where he is chief executive"
        if (t + 4 < v.end_tok && TokText(d, t) == "," && Low(d, t + 1) == "where" &&
            (Low(d, t + 2) == "he" || Low(d, t + 2) == "she") && (Low(d, t + 3) == "is" || Low(d, t + 3) == "was")) {
          uint32_t f = t + 4;
          while (f < v.end_tok && IsRoleWord(Low(d, f))) ++f;
          int person = RecentPerson(d, views, v.index, o.first_tok, 2);
          if (f > t + 4 && AllRoleWords(d, t + 4, f) && person >= 0)
            AddRelation(doc, RelationType::kRole, person, o.entity, v.index, 0.6, {{"role", RoleText(d, t + 4, f)}});
        }
        // G: "org (is|will be) chaired|led by person"
        for (size_t j = k + 1; j < ms.size(); ++j) {
          const SentMention& p = ms[j];
          if (p.type != EntityType::kPerson) continue;
          if (p.first_tok < 2 || Low(d, p.first_tok - 1) != "by") break;
          std::string_view verb = Low(d, p.first_tok - 2);
          if (verb != "chaired" && verb != "led" && verb != "headed" && verb != "run") break;
          if (AnyWord(d, o.end_tok, p.first_tok, {";"}) || p.first_tok - o.end_tok > 6) break;
          AddRelation(doc, RelationType::kRole, p.entity, o.entity, v.index, 0.6,
                      {{"role", verb == "chaired" ? "chair" : verb == "headed" ? "head" : "lead"}});
          break;
        }
      }
    }
    return Status::OK();
  }

 private:
  // The first organisation mentioned in the sentence before `sentence`, if
  // the two are in the same block.
  static int PreviousSubject(const Document& d, const std::vector<SentenceView>& views, int sentence) {
    if (sentence <= 0 || d.sentences[sentence - 1].block != d.sentences[sentence].block) return -1;
    for (const auto& m : views[sentence - 1].mentions)
      if (IsOrgLike(m.type) && m.type != EntityType::kNationalBody) return m.entity;
    return -1;
  }
};

}  // namespace

std::unique_ptr<Component> MakeRoleRelations() { return std::make_unique<RoleRelations>(); }

}  // namespace cg
