// RoleAppositives: posts written beside a person's name (ROLE), clause by
// clause, where a clause may name several posts:
//   "Name, post of|at|for Org"        "Name (post, Org)"   "Name OBE (Org post)"
//   "Name, currently Org's post"      "Name, Org post and post of Org2"
//   "Name, now Org"                   (post unspecified)
//   "Name, who runs Org"              "Name, the Labour MP for Town"
//   "the post of Org, Name,"          "Org's post, Name,"
//   "The current post, Name, ..."     (the organisation the text is about)
//   "The chair and chief executive, Name1 and Name2, of Org"
//   "Label - Name (...)"              a list item labelled by an STP, a place
//                                     or an organisation: the person's post there
// Words come from data/lexicon/cues.tsv (post_word, post_head, post_adverb,
// post_verb, honour).
#include <vector>

#include "extract/document/component.h"
#include "extract/knowledge/cues.h"
#include "extract/knowledge/posts.h"
#include "extract/relations/relation_util.h"
#include "extract/knowledge/words.h"

namespace cg {
namespace {

bool IsPerson(EntityType t) { return t == EntityType::kPerson; }

// One sentence with its mentions indexed by first token.
struct Clause {
  const Document& d;
  const SentenceView& v;
  const std::vector<int>& at;  // token - v.first_tok -> index into v.mentions, or -1
  Document* doc;
  int person;
  uint32_t lim;  // the clause ends here (exclusive)
  bool bracket;  // opened by "(": "post, Org" inside

  const SentMention* MentionAt(uint32_t tok) const {
    if (tok < v.first_tok || tok >= lim) return nullptr;
    const int k = at[tok - v.first_tok];
    return k < 0 ? nullptr : &v.mentions[k];
  }
  std::string_view W(uint32_t tok) const { return tok < lim ? Low(d, tok) : std::string_view(); }
  void Role(const SentMention& o, std::string post, double confidence, std::string_view rule) const {
    AddRelation(doc, RelationType::kRole, person, o.entity, v.index, confidence, {{"role", std::move(post)}}, rule);
  }
};

// "Org [and Org2]['s] post": returns the token after it, or 0.
uint32_t OrgsThenPost(const Clause& c, uint32_t i, bool adverb) {
  std::vector<const SentMention*> orgs;
  const SentMention* m = c.MentionAt(i);
  if (!m || !IsOrgLike(m->type)) return 0;
  orgs.push_back(m);
  uint32_t j = m->end_tok;
  while ((c.W(j) == "and" || c.W(j) == "&") && c.MentionAt(j + 1) && IsOrgLike(c.MentionAt(j + 1)->type)) {
    orgs.push_back(c.MentionAt(j + 1));
    j = orgs.back()->end_tok;
  }
  if (c.W(j) == "'s") ++j;
  uint32_t r = j;
  while (r < c.lim && !c.MentionAt(r) && IsPostWord(c.W(r)) && c.W(r) != "of" && c.W(r) != "for") ++r;
  while (r > j && !IsRoleHead(c.W(r - 1))) --r;  // "NHSE's director for the ..." ends at "director"
  std::string post;
  if (AllPostWords(c.d, j, r)) {
    post = PostText(c.d, j, r);
  } else if (adverb && (j >= c.lim || c.W(j) == "," || c.W(j) == "." || c.W(j) == ")" || c.W(j) == "and")) {
    post = "unspecified";  // "Name, currently Org."
    r = j;
  } else {
    return 0;
  }
  for (const SentMention* o : orgs) c.Role(*o, post, 0.8, "role.apposition_org_post");
  return r;
}

// "post (of|at|for|in) [the] Org", "post, Org" in brackets, "who runs Org":
// returns the token after the organisation, or 0.
uint32_t PostThenOrg(const Clause& c, uint32_t i) {
  uint32_t r = i;
  while (r < c.lim && !c.MentionAt(r) &&
         (IsPostWord(c.W(r)) || c.W(r) == "at" || c.W(r) == "in" || (c.bracket && c.W(r) == ",")))
    ++r;
  if (c.W(r) == "who" && Cue<"post_verb">().contains(c.W(r + 1))) {  // "[the GP] who runs Org"
    const SentMention* o = c.MentionAt(r + 2 + (c.W(r + 2) == "the"));
    if (!o || !IsOrgLike(o->type)) return 0;
    c.Role(*o, r > i && AllPostWords(c.d, i, r) ? PostText(c.d, i, r) : std::string(c.W(r + 1)), 0.8, "role.who_runs");
    return o->end_tok;
  }
  const SentMention* o = c.MentionAt(r);
  if (!o || r == i) return 0;
  if (!CanHoldPost(o->type)) {  // "director of the Programme at Org"
    const uint32_t at = o->end_tok;
    const SentMention* host = c.W(at) == "at" ? c.MentionAt(at + 1 + (c.W(at + 1) == "the")) : nullptr;
    if (!host || !IsOrgLike(host->type) || !AllPostWords(c.d, i, r)) return 0;
    c.Role(*host, PostText(c.d, i, r) + " " + std::string(c.d.Text({c.d.tokens[o->first_tok].span.begin,
                                                                       c.d.tokens[o->end_tok - 1].span.end})), 0.8, "role.post_of_programme_at");
    return host->end_tok;
  }
  uint32_t k = r;
  if (c.W(k - 1) == "the" && k - 1 > i) --k;
  const std::string_view link = c.W(k - 1);
  const bool prep = link == "of" || link == "at" || link == "for" || link == "in";
  if (!(prep || (c.bracket && link == ",")) || k - 1 == i || !AllPostWords(c.d, i, k - 1)) return 0;
  if (o->type == EntityType::kPlace && link != "for" && link != "of") return 0;
  std::string post = PostText(c.d, i, k - 1);
  c.Role(*o, post, 0.85, "role.apposition_post_of");
  uint32_t j = o->end_tok;
  // "chief executive of Org and Org2": the same post at both.
  if (c.W(j) == "and" && c.MentionAt(j + 1) && IsOrgLike(c.MentionAt(j + 1)->type) && IsOrgLike(o->type)) {
    const SentMention* o2 = c.MentionAt(j + 1);
    const std::string_view after = c.W(o2->end_tok);
    if (after.empty() || after == "," || after == "." || after == ")" || after == "and") {
      c.Role(*o2, post, 0.7, "role.apposition_post_of_and");
      j = o2->end_tok;
    }
  }
  return j;
}

// The clause after a person's name: segments joined by "and" or ",".
void ReadClause(const Clause& c, uint32_t i) {
  static const WordSet& adverbs = Cue<"post_adverb">();
  for (int seg = 0; seg < 4 && i < c.lim; ++seg) {
    bool adverb = false;
    while (i < c.lim && !c.MentionAt(i) &&
           (adverbs.contains(c.W(i)) || c.W(i) == "the" || c.W(i) == "a" || c.W(i) == "an")) {
      adverb |= adverbs.contains(c.W(i));
      ++i;
    }
    // "Name, who will be the chief executive of X": a post by a copula.
    static const WordSet& copulas = Cue<"post_copula">();
    if (c.W(i) == "who" && copulas.contains(c.W(i + 1)))
      for (++i; i < c.lim && copulas.contains(c.W(i));) ++i;
    while (i < c.lim && (c.W(i) == "the" || c.W(i) == "a") && !c.MentionAt(i)) ++i;
    uint32_t next = OrgsThenPost(c, i, adverb);
    if (!next) next = PostThenOrg(c, i);
    if (!next) return;
    // "..., Org post for the Region": the place the post covers.
    if (c.W(next) == "for") {
      const uint32_t k = next + 1 + (c.W(next + 1) == "the");
      if (const SentMention* p = c.MentionAt(k); p && p->type == EntityType::kPlace) {
        c.Role(*p, "unspecified", 0.6, "role.post_for_place");
        next = p->end_tok;
      }
    }
    if (c.W(next) != "and" && c.W(next) != ",") return;
    i = next + 1;
  }
}

class RoleAppositives : public Component {
 public:
  std::string_view Name() const override { return "role_appositives"; }
  std::vector<std::string_view> Requires() const override { return {"entities", "mentions"}; }
  std::vector<std::string_view> Assigns() const override { return {"relations"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    thread_local std::vector<int> at;
    const auto& views = SentenceViews(d);
    for (const SentenceView& v : views) {
      if (v.mentions.empty()) continue;
      at.assign(v.end_tok - v.first_tok, -1);
      for (size_t k = 0; k < v.mentions.size(); ++k) at[v.mentions[k].first_tok - v.first_tok] = static_cast<int>(k);
      for (size_t k = 0; k < v.mentions.size(); ++k) {
        const SentMention& p = v.mentions[k];
        if (p.type != EntityType::kPerson) continue;
        Appositive(doc, v, at, p);
        Respective(doc, v, k);
        Preceding(doc, views, v, k);
        Label(doc, v, k);
      }
    }
    return Status::OK();
  }

 private:
  // "Name[ OBE], ..." and "Name (...)".
  static void Appositive(Document* doc, const SentenceView& v, const std::vector<int>& at, const SentMention& p) {
    const Document& d = *doc;
    static const WordSet& honours = Cue<"honour">();
    uint32_t t = p.end_tok;
    while (t < v.end_tok && honours.contains(Low(d, t))) ++t;
    if (t + 1 >= v.end_tok) return;
    const std::string_view open = Low(d, t);
    if (open != "," && open != "(") return;
    uint32_t lim = t + 1;
    const std::string_view close = open == "(" ? ")" : ";";
    while (lim < v.end_tok && Low(d, lim) != close && Low(d, lim) != ";") ++lim;
    Clause c{d, v, at, doc, p.entity, lim, open == "("};
    ReadClause(c, t + 1);
  }

  // "The chair and chief executive, Name1 and Name2, of Org": the people
  // listed between commas after posts hold them at Org, in order where as
  // many posts as names are listed.
  static void Respective(Document* doc, const SentenceView& v, size_t k) {
    const Document& d = *doc;
    const auto& ms = v.mentions;
    if (k > 0 && ms[k - 1].type == EntityType::kPerson && CoordinatedEnd(d, v, k - 1, IsPerson) > k) return;  // not the first
    const size_t e = CoordinatedEnd(d, v, k, IsPerson);
    if (e - k < 2 || e >= ms.size() || !IsOrgLike(ms[e].type)) return;
    const uint32_t after = ms[e - 1].end_tok;
    if (ms[e].first_tok != after + 2 + (Low(d, after + 2) == "the") || Low(d, after) != "," ||
        (Low(d, after + 1) != "of" && Low(d, after + 1) != "at"))
      return;
    const uint32_t comma = ms[k].first_tok - 1;
    if (comma <= v.first_tok || Low(d, comma) != ",") return;
    uint32_t s = comma;
    while (s > v.first_tok && (IsPostWord(Low(d, s - 1)) || Low(d, s - 1) == "and")) --s;
    if (!AllPostWords(d, s, comma)) return;
    // The posts, split at "and": one each when they pair up with the names.
    std::vector<std::pair<uint32_t, uint32_t>> posts;
    uint32_t from = s;
    for (uint32_t t = s; t <= comma; ++t)
      if (t == comma || Low(d, t) == "and") {
        if (t > from) posts.push_back({from, t});
        from = t + 1;
      }
    for (size_t i = k; i < e; ++i) {
      const std::string post = posts.size() == e - k ? PostText(d, posts[i - k].first, posts[i - k].second)
                                                     : PostText(d, s, comma);
      AddRelation(doc, RelationType::kRole, ms[i].entity, ms[e].entity, v.index, 0.7, {{"role", post}}, "role.respective");
    }
  }

  // "the post of Org, Name," and "Org's post, Name,".
  static void Preceding(Document* doc, const std::vector<SentenceView>& views, const SentenceView& v, size_t k) {
    const Document& d = *doc;
    const SentMention& p = v.mentions[k];
    if (p.first_tok < v.first_tok + 2 || Low(d, p.first_tok - 1) != ",") return;
    // "The current chief executive, Name, ...": the post of the
    // organisation the text is about.
    if (k == 0 || v.mentions[k - 1].end_tok + 1 < p.first_tok) {
      uint32_t s = p.first_tok - 1;
      while (s > v.first_tok && IsPostWord(Low(d, s - 1))) --s;
      const bool opens = s == v.first_tok || Low(d, s - 1) == ",";
      if (opens && Low(d, s) == "the" && AllPostWords(d, s, p.first_tok - 1))
        if (const int org = SubjectBefore(d, views, v.index); org >= 0)
          AddRelation(doc, RelationType::kRole, p.entity, org, v.index, 0.5, {{"role", PostText(d, s, p.first_tok - 1)}}, "role.the_post_name_no_org");
    }
    if (k == 0) return;
    const SentMention& o = v.mentions[k - 1];
    if (!IsOrgLike(o.type) || o.end_tok + 8 < p.first_tok) return;
    if (o.end_tok + 1 == p.first_tok) {  // "the post of Org, Name"
      uint32_t b = o.first_tok;
      if (b > v.first_tok && Low(d, b - 1) == "the") --b;
      if (b <= v.first_tok + 1 || (Low(d, b - 1) != "of" && Low(d, b - 1) != "at")) return;
      uint32_t s = b - 1;
      while (s > v.first_tok && IsPostWord(Low(d, s - 1)) && Low(d, s - 1) != "the") --s;
      if (s > v.first_tok && Low(d, s - 1) == "the" && AllPostWords(d, s, b - 1))
        AddRelation(doc, RelationType::kRole, p.entity, o.entity, v.index, 0.8, {{"role", PostText(d, s, b - 1)}}, "role.the_post_of_org_name");
      return;
    }
    uint32_t j = o.end_tok;  // "Org's post, Name"
    if (Low(d, j) == "'s") ++j;
    if (p.first_tok - 1 > j && p.first_tok - 1 - j <= 6 && AllPostWords(d, j, p.first_tok - 1))
      AddRelation(doc, RelationType::kRole, p.entity, o.entity, v.index, 0.8,
                  {{"role", PostText(d, j, p.first_tok - 1)}}, "role.org_post_name");
  }

  // "Label - Name ...": the list item's label is where the person's post is.
  static void Label(Document* doc, const SentenceView& v, size_t k) {
    const Document& d = *doc;
    if (k == 0) return;
    const SentMention& l = v.mentions[k - 1];
    const SentMention& p = v.mentions[k];
    if (k != 1 || !CanHoldPost(l.type) || l.end_tok + 1 != p.first_tok || !StartsLine(d, l.first_tok)) return;
    const std::string_view dash = Low(d, l.end_tok);
    if (dash != "-" && dash != ":") return;
    AddRelation(doc, RelationType::kRole, p.entity, l.entity, v.index, 0.7,
                {{"role", l.type == EntityType::kSTP ? "STP lead" : "unspecified"}}, "role.list_label");
  }
};

}  // namespace

std::unique_ptr<Component> MakeRoleAppositives() { return std::make_unique<RoleAppositives>(); }

}  // namespace cg
