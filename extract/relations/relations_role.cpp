// RoleRelations: who holds which post where (ROLE, Person -> organisation,
// STP or place), from posts written before a name and from verbs (the
// appositives after a name are relations_role_appositive.cpp's):
//   "NHS England chief executive Simon Stevens"          (org + post + person)
//   "the council chief executive ... Mark Rogers"        (anaphor + post + person)
//   "Robert Harris of Lakeside", "Nigel Edwards of the Nuffield Trust" (unspecified)
//   "But chief executive Chris Hopson ..."               (post + person; the org
//                                                         of the previous sentence)
#include "extract/document/component.h"
#include "extract/knowledge/cues.h"
#include "extract/knowledge/posts.h"
#include "extract/relations/relation_util.h"
#include "extract/knowledge/words.h"

namespace cg {
namespace {


class RoleRelations : public Component {
 public:
  std::string_view Name() const override { return "role_relations"; }
  std::vector<std::string_view> Requires() const override { return {"entities", "mentions"}; }
  std::vector<std::string_view> Assigns() const override { return {"relations"}; }

  Status Run(Document* doc) const override {
    const auto& views = SentenceViews(*doc);
    for (const auto& v : views)
      for (size_t k = 0; k < v.mentions.size(); ++k)
        if (v.mentions[k].type == EntityType::kPerson) AroundPerson(doc, views, v, k);
    for (const auto& v : views) JoinsAs(doc, v);
    for (const auto& v : views)
      for (size_t k = 0; k < v.mentions.size(); ++k)
        if (IsOrgLike(v.mentions[k].type)) AfterOrganisation(doc, views, v, k);
    return Status::OK();
  }

 private:
  // A, C, E, D: the posts written around the person at v.mentions[k].
  static void AroundPerson(Document* doc, const std::vector<SentenceView>& views, const SentenceView& v, size_t k) {
    const Document& d = *doc;
    const auto& ms = v.mentions;
    const SentMention& p = ms[k];
    // A: org [post] person — the org mention right before the post.
    bool found = false;
    if (k > 0) {
      const SentMention& o = ms[k - 1];
      if (CanHoldPost(o.type) && o.type != EntityType::kPlace && p.first_tok - o.end_tok <= 10 &&
          AllPostWords(d, o.end_tok, p.first_tok)) {
        AddRelation(doc, RelationType::kRole, p.entity, o.entity, v.index, 0.9,
                    {{"role", PostText(d, o.end_tok, p.first_tok)}}, "role.org_post_person");
        found = true;
      }
    }
    // C: person of [the] org|place  ->  unspecified.
    if (!found && p.end_tok + 1 < v.end_tok && Low(d, p.end_tok) == "of" && k + 1 < ms.size()) {
      const SentMention& o = ms[k + 1];
      uint32_t at = p.end_tok + 1;
      if (at < v.end_tok && Low(d, at) == "the") ++at;
      if (o.first_tok == at && CanHoldPost(o.type)) {
        AddRelation(doc, RelationType::kRole, p.entity, o.entity, v.index, 0.6, {{"role", "unspecified"}}, "role.person_of_org");
        found = true;
      }
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
          if ((last == "of" || last == "at") && AllPostWords(d, as + 1, b - 1)) {
            std::string role = PostText(d, as + 1, b - 1);
            AddRelation(doc, RelationType::kRole, p.entity, o.entity, v.index, 0.7, {{"role", role}}, "role.as_post_of");
            found = true;
            // "... of Monitor and the NHS TDA": the same post at both.
            if (j + 1 < ms.size() && CanHoldPost(ms[j + 1].type) && ms[j + 1].type != EntityType::kPlace &&
                ms[j + 1].first_tok >= o.end_tok && ms[j + 1].first_tok - o.end_tok <= 2 &&
                Low(d, o.end_tok) == "and")
              AddRelation(doc, RelationType::kRole, p.entity, ms[j + 1].entity, v.index, 0.6, {{"role", role}}, "role.as_post_of_and");
          }
          break;
        }
      }
    }
    // D: [post] person with no organisation: the post's organisation is
    // the one the previous sentence talks about.
    if (!found && p.first_tok > v.first_tok) {
      uint32_t s = p.first_tok;
      while (s > v.first_tok && IsPostWord(Low(d, s - 1)) && Low(d, s - 1) != "the") --s;
      bool prev_is_org = k > 0 && ms[k - 1].end_tok == s;
      if (s < p.first_tok && !prev_is_org && AllPostWords(d, s, p.first_tok) &&
          (Low(d, p.first_tok - 1) == "executive" || Low(d, p.first_tok - 1) == "chair" ||
           Low(d, p.first_tok - 1) == "chairman")) {
        int org = SubjectBefore(d, views, v.index);
        if (org >= 0)
          AddRelation(doc, RelationType::kRole, p.entity, org, v.index, 0.4,
                      {{"role", PostText(d, s, p.first_tok)}}, "role.post_person_subject_before");
      }
    }
  }

  // F, G: posts held at the organisation at v.mentions[k].
  static void AfterOrganisation(Document* doc, const std::vector<SentenceView>& views, const SentenceView& v,
                                size_t k) {
    const Document& d = *doc;
    const auto& ms = v.mentions;
    const SentMention& o = ms[k];
    uint32_t t = o.end_tok;
    // F: "org, where he is chief executive"
    if (t + 4 < v.end_tok && TokText(d, t) == "," && Low(d, t + 1) == "where" &&
        (Low(d, t + 2) == "he" || Low(d, t + 2) == "she") && (Low(d, t + 3) == "is" || Low(d, t + 3) == "was")) {
      uint32_t f = t + 4;
      while (f < v.end_tok && IsPostWord(Low(d, f))) ++f;
      int person = RecentPerson(d, views, v.index, o.first_tok, 2);
      if (f > t + 4 && AllPostWords(d, t + 4, f) && person >= 0)
        AddRelation(doc, RelationType::kRole, person, o.entity, v.index, 0.6, {{"role", PostText(d, t + 4, f)}}, "role.where_he_is");
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
                  {{"role", verb == "chaired" ? "chair" : verb == "headed" ? "head" : "lead"}}, "role.led_by");
      break;
    }
  }


  // H: "Jo Bloggs ... is to be seconded to Org to take over as interim
  // chief executive", "... to join Org as its chair": a post after "as"
  // with no organisation of its own is held at the organisation the person
  // goes to. The person: the sentence's first.
  static void JoinsAs(Document* doc, const SentenceView& v) {
    const Document& d = *doc;
    const auto& ms = v.mentions;
    static const WordSet& joining = Cue<"join_word">();
    if (ms.size() < 2 || ms[0].type != EntityType::kPerson) return;
    const uint32_t as = FindWord(d, ms[0].end_tok, v.end_tok, {"as"});
    if (as >= v.end_tok) return;
    // "as its chair": the possessive is the organisation's.
    const uint32_t post = as + 1 + (as + 1 < v.end_tok && (Low(d, as + 1) == "its" || Low(d, as + 1) == "their"));
    uint32_t e = post;
    while (e < v.end_tok && IsPostWord(Low(d, e)) && Low(d, e) != "of" && Low(d, e) != "for") ++e;
    while (e > post && !IsRoleHead(Low(d, e - 1))) --e;
    if (!AllPostWords(d, post, e) || (e < v.end_tok && (Low(d, e) == "of" || Low(d, e) == "at"))) return;
    for (size_t j = ms.size(); j-- > 1;) {
      const SentMention& o = ms[j];
      if (o.end_tok > as || !IsOrgLike(o.type) || o.first_tok < 2) continue;
      uint32_t b = o.first_tok;
      if (Low(d, b - 1) == "the") --b;
      if (joining.contains(Low(d, b - 1)))
        AddRelation(doc, RelationType::kRole, ms[0].entity, o.entity, v.index, 0.6, {{"role", PostText(d, post, e)}}, "role.joins_as");
      return;
    }
  }
};

}  // namespace

std::unique_ptr<Component> MakeRoleRelations() { return std::make_unique<RoleRelations>(); }

}  // namespace cg
