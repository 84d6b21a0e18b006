#include "extract/relations/relation_util.h"

#include <algorithm>

#include "graph/ascii.h"
#include "extract/knowledge/cues.h"
#include "extract/knowledge/words.h"

namespace cg {

const std::vector<SentenceView>& SentenceViews(const Document& d) {
  if (d.views_key == d.mentions.size() + 1) return d.views;
  d.views_key = d.mentions.size() + 1;
  std::vector<SentenceView>& views = d.views;
  // The views and their mention lists keep their memory (Document::Clear
  // leaves them): refilled, not rebuilt.
  views.resize(d.sentences.size());
  for (size_t s = 0; s < d.sentences.size(); ++s) {
    views[s].mentions.clear();
    views[s].index = static_cast<int>(s);
    views[s].first_tok = d.sentence_first_token[s];
    views[s].end_tok = d.TokenAt(d.sentences[s].span.end);
  }
  for (uint32_t mi = 0; mi < d.mentions.size(); ++mi) {
    const auto& m = d.mentions[mi];
    if (m.entity < 0) continue;
    int s = d.SentenceAt(m.span.begin);
    if (s < 0) continue;
    views[s].mentions.push_back({mi, d.TokenAt(m.span.begin), d.TokenAt(m.span.end), m.entity, m.type});
  }
  return views;
}

namespace {

// The type a group noun names (kOrganisation: any organisation-like type),
// or false if `w` is none.
bool GroupNoun(std::string_view w, EntityType* type) {
  if (Cue<"group_noun_Trust">().contains(w)) return *type = EntityType::kTrust, true;
  if (Cue<"group_noun_CCG">().contains(w)) return *type = EntityType::kCCG, true;
  if (Cue<"group_noun_LocalAuthority">().contains(w)) return *type = EntityType::kLocalAuthority, true;
  if (Cue<"group_noun_any">().contains(w)) return *type = EntityType::kOrganisation, true;
  return false;
}

bool Fits(EntityType want, EntityType t) { return want == EntityType::kOrganisation ? IsOrgLike(t) : want == t; }

}  // namespace

namespace {

// How far (in sentences) a group looks for the organisations it names.
constexpr int kGroupReach = 3;
constexpr int kCountedGroupReach = 12;

struct GroupWords {
  EntityType type = EntityType::kOrganisation;
  size_t count = 0;  // 0: as many as the list has
  uint32_t end = 0;  // the token after the noun
};

// "the three trusts", "both organisations", "Commissioners" opening a
// sentence: the group's words at `tok`, or false.
bool ParseGroup(const Document& d, const SentenceView& v, uint32_t tok, GroupWords* g) {
  const std::string_view w = Low(d, tok);
  static const auto& numbers = CueList("group_number");
  auto number = [&](std::string_view x) {
    return static_cast<size_t>(std::find(numbers.begin(), numbers.end(), x) - numbers.begin()) + 2;
  };
  uint32_t t = tok;
  if (Cue<"group_lead">().contains(w)) {
    g->count = w == "both" ? 2 : 0;
    ++t;
  } else if (!Cue<"group_number">().contains(w) && tok != v.first_tok) {
    return false;  // a bare plural only opening the sentence ("Commissioners in X have")
  }
  if (t < v.end_tok && Cue<"group_number">().contains(Low(d, t))) g->count = number(Low(d, t++));
  for (; t < v.end_tok && t < tok + 4 && d.tokens[t].word; ++t) {  // "three acute trusts"
    if (GroupNoun(Low(d, t), &g->type)) {
      g->end = t + 1;
      return true;
    }
    if (d.tokens[t].cap && !d.tokens[t].upper && t != v.first_tok) return false;  // "six NHS trusts"
  }
  return false;
}

// The entities of a group among the mentions of sentence s (from its last
// when looking back, its first when looking ahead); true when complete.
bool Collect(const Document& d, const std::vector<SentenceView>& views, int s, bool back, const GroupWords& g,
             uint32_t skip_from, uint32_t skip_to, std::vector<int>* out) {
  const auto& ms = views[s].mentions;
  for (size_t n = 0; n < ms.size(); ++n) {
    const size_t k = back ? ms.size() - 1 - n : n;
    if (ms[k].first_tok >= skip_from && ms[k].first_tok < skip_to) continue;
    if (!Fits(g.type, ms[k].type)) continue;
    if (g.count) {
      if (std::find(out->begin(), out->end(), ms[k].entity) == out->end()) out->push_back(ms[k].entity);
      if (out->size() == g.count) return true;
      continue;
    }
    // No number: a list of two or more (read from the mention found) ...
    size_t first = k, last = k;
    while (first > 0 && CoordinatedEnd(d, views[s], first - 1, IsOrgLike) > k) --first;
    last = CoordinatedEnd(d, views[s], k, IsOrgLike) - 1;
    if (last > first) {
      for (size_t i = first; i <= last; ++i)
        if (Fits(g.type, ms[i].type)) out->push_back(ms[i].entity);
      return true;
    }
    // ... or a list of items, each opening with one ("The providers are: - A; - B").
    if (k == 0 && d.blocks[d.sentences[s].block].kind == BlockKind::kBullet) {
      int a = s, b = s;
      auto item = [&](int x) {
        return x >= 0 && x < static_cast<int>(views.size()) && d.blocks[d.sentences[x].block].kind == BlockKind::kBullet &&
               !views[x].mentions.empty() && Fits(g.type, views[x].mentions[0].type);
      };
      while (item(a - 1)) --a;
      while (item(b + 1)) ++b;
      if (b > a) {
        for (int i = a; i <= b; ++i) out->push_back(views[i].mentions[0].entity);
        return true;
      }
    }
  }
  return false;
}

}  // namespace

std::vector<int> GroupAt(const Document& d, const std::vector<SentenceView>& views, const SentenceView& v, uint32_t tok,
                         uint32_t* end) {
  // Every word a group may open with: one lookup rejects most tokens.
  static const WordSet kOpeners = [] {
    WordSet w;
    for (const char* cls : {"group_lead", "group_number", "group_noun_Trust", "group_noun_CCG",
                            "group_noun_LocalAuthority", "group_noun_any"})
      for (const auto& x : CueList(cls)) w.Insert(x);
    return w;
  }();
  GroupWords g;
  if (tok >= v.end_tok || !kOpeners.contains(Low(d, tok)) || !ParseGroup(d, v, tok, &g)) return {};
  *end = g.end;
  std::vector<int> out;
  // The organisations just named; else (a group announced before its
  // members: "Three trusts have agreed ...") those named next.
  for (int s = v.index; s >= 0 && s >= v.index - kGroupReach; --s)
    if (Collect(d, views, s, /*back=*/true, g, s == v.index ? tok : UINT32_MAX, UINT32_MAX, &out)) return out;
  out.clear();
  // A counted group may wait longer for its list ("six trusts ... The
  // providers are: - A; - B; ...").
  const int reach = g.count ? kCountedGroupReach : kGroupReach;
  for (int s = v.index; s < static_cast<int>(views.size()) && s <= v.index + reach; ++s)
    if (Collect(d, views, s, /*back=*/false, g, 0, s == v.index ? g.end : 0, &out)) return out;
  return {};
}

int SubjectBefore(const Document& d, const std::vector<SentenceView>& views, int sentence) {
  constexpr int kReach = 3;
  for (int s = sentence - 1; s >= 0 && s >= sentence - kReach; --s)
    for (const auto& m : views[s].mentions)
      if (IsOrgLike(m.type) && m.type != EntityType::kNationalBody) return m.entity;
  return -1;
}

size_t CoordinatedEnd(const Document& d, const SentenceView& v, size_t k, bool (*keep)(EntityType)) {
  static const WordSet& separators = Cue<"list_separator">();
  size_t e = k + 1;
  while (e < v.mentions.size() && keep(v.mentions[e].type)) {
    const uint32_t from = v.mentions[e - 1].end_tok, to = v.mentions[e].first_tok;
    if (to < from || to - from > 3) break;
    bool only = true;
    for (uint32_t t = from; t < to && only; ++t) only = separators.contains(Low(d, t));
    if (!only) break;
    ++e;
  }
  return e;
}

bool IsOrgLike(EntityType t) {
  return t == EntityType::kTrust || t == EntityType::kCCG || t == EntityType::kSTP ||
         t == EntityType::kNationalBody || t == EntityType::kLocalAuthority || t == EntityType::kOrganisation;
}

void AddRelation(Document* d, RelationType type, int head, int tail, int sentence, double confidence,
                 std::map<std::string, std::string> attributes, std::string_view rule) {
  if (head < 0 || tail < 0 || head == tail) return;
  const bool symmetric = type == RelationType::kPartner;
  const uint64_t a = static_cast<uint32_t>(symmetric ? std::min(head, tail) : head);
  const uint64_t b = static_cast<uint32_t>(symmetric ? std::max(head, tail) : tail);
  if (!d->relation_keys.insert(uint64_t{static_cast<uint8_t>(type)} << 56 | a << 28 | b).second) return;
  DocRelation r;
  r.type = type;
  r.head = head;
  r.tail = tail;
  r.sentence = sentence;
  r.confidence = confidence;
  r.attributes = std::move(attributes);
  r.rule = rule;
  d->relations.push_back(std::move(r));
}

int RecentPerson(const Document& d, const std::vector<SentenceView>& views, int sentence, uint32_t tok,
                 int window) {
  for (int s = sentence; s >= 0 && s > sentence - window; --s) {
    const auto& ms = views[s].mentions;
    for (auto it = ms.rbegin(); it != ms.rend(); ++it)
      if (it->type == EntityType::kPerson && (s < sentence || it->end_tok <= tok)) return it->entity;
  }
  return -1;
}

}  // namespace cg
