#include "graph/lookup.h"

#include <algorithm>
#include <tuple>

#include "graph/identity.h"

namespace cg {
namespace {

int NearCap(size_t query_len) { return std::min<int>(3, std::max<int>(1, static_cast<int>(query_len) / 4)); }

// True iff `needle` occurs in `hay` starting and ending at word boundaries.
bool ContainsWords(std::string_view hay, std::string_view needle) {
  if (needle.empty()) return false;
  for (size_t pos = hay.find(needle); pos != std::string_view::npos; pos = hay.find(needle, pos + 1)) {
    const bool start = pos == 0 || hay[pos - 1] == ' ';
    const bool end = pos + needle.size() == hay.size() || hay[pos + needle.size()] == ' ';
    if (start && end) return true;
  }
  return false;
}

// Best match of normalised query `q` against one normalised form.
bool MatchForm(std::string_view q, std::string_view form, bool is_alias, NameMatch* m) {
  NameMatch best;
  if (form == q) {
    best.kind = is_alias ? MatchKind::kAlias : MatchKind::kExact;
  } else if (form.starts_with(q)) {
    best.kind = MatchKind::kPrefix;
  } else if (ContainsWords(form, q)) {
    best.kind = MatchKind::kWord;
  } else {
    const int cap = NearCap(q.size());
    if (form.size() > q.size() + cap || q.size() > form.size() + cap) return false;
    const int d = EditDistance(q, form, cap);
    if (d > cap) return false;
    best.kind = MatchKind::kNear;
    best.distance = d;
  }
  if (std::tie(best.kind, best.distance) < std::tie(m->kind, m->distance)) {
    m->kind = best.kind;
    m->distance = best.distance;
    return true;
  }
  return false;
}

std::string Describe(const Graph& g, Graph::Index i) {
  const Node& n = g.nodes()[i];
  return n.name + " (" + std::string(ToString(n.type)) + ", " + n.id + ")";
}

}  // namespace

std::string_view ToString(MatchKind k) {
  switch (k) {
    case MatchKind::kExact: return "exact";
    case MatchKind::kAlias: return "alias";
    case MatchKind::kPrefix: return "prefix";
    case MatchKind::kWord: return "word";
    case MatchKind::kNear: return "near";
  }
  return "near";
}

int EditDistance(std::string_view a, std::string_view b, int cap) {
  const size_t n = a.size(), m = b.size();
  if (static_cast<int>(n > m ? n - m : m - n) > cap) return cap + 1;
  // Three rows suffice for the transposition rule.
  std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
  for (size_t j = 0; j <= m; ++j) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= n; ++i) {
    cur[0] = static_cast<int>(i);
    int row_min = cur[0];
    for (size_t j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > cap) return cap + 1;
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[m];
}

std::vector<NameMatch> FindNodes(const Graph& g, std::string_view text,
                                 const std::vector<EntityType>& types, size_t limit) {
  const std::string q = NormaliseName(text);
  std::vector<NameMatch> out;
  if (q.empty()) return out;
  for (Graph::Index i = 0; i < g.node_count(); ++i) {
    const Node& n = g.nodes()[i];
    if (!types.empty() && std::find(types.begin(), types.end(), n.type) == types.end()) continue;
    NameMatch m;
    m.node = i;
    m.kind = static_cast<MatchKind>(99);
    m.distance = 99;
    auto consider = [&](const std::string& form, bool alias) {
      if (MatchForm(q, NormaliseName(form), alias, &m)) m.form = form;
    };
    // Exact forms first so that ties keep the most official form.
    consider(n.name, false);
    consider(n.id, false);
    for (const auto& [k, v] : n.codes) consider(v, false);
    for (const auto& a : n.aliases) consider(a, true);
    if (m.distance != 99) out.push_back(std::move(m));
  }
  std::sort(out.begin(), out.end(), [&](const NameMatch& a, const NameMatch& b) {
    const Node& x = g.nodes()[a.node];
    const Node& y = g.nodes()[b.node];
    return std::tie(a.kind, a.distance, x.name, x.id) < std::tie(b.kind, b.distance, y.name, y.id);
  });
  if (limit && out.size() > limit) out.resize(limit);
  return out;
}

Result<Graph::Index> ResolveNode(const Graph& g, std::string_view name, const std::vector<EntityType>& types) {
  const std::vector<NameMatch> all = FindNodes(g, name, types);
  // An exact name beats an alias, which beats a partial match.
  auto tier = [](MatchKind k) { return k == MatchKind::kExact ? 0 : k == MatchKind::kAlias ? 1 : k <= MatchKind::kWord ? 2 : 3; };
  const std::string quoted = "\"" + std::string(name) + "\"";
  if (!all.empty() && tier(all.front().kind) < 3) {
    const int best = tier(all.front().kind);
    std::vector<Graph::Index> same;
    for (const auto& m : all)
      if (tier(m.kind) == best) same.push_back(m.node);
    if (same.size() == 1) return same.front();
    std::string msg = quoted + " is ambiguous: " + std::to_string(same.size()) + " entities match: ";
    const size_t shown = std::min<size_t>(same.size(), 10);
    for (size_t i = 0; i < shown; ++i) msg += (i ? "; " : "") + Describe(g, same[i]);
    if (shown < same.size()) msg += "; ...";
    msg += " (give the id, or --type)";
    return Status::Ambiguous(msg);
  }
  std::string msg = "no entity named " + quoted;
  if (!types.empty()) {
    msg += " of type";
    for (auto t : types) msg += " " + std::string(ToString(t));
  }
  if (!all.empty()) {
    msg += "; did you mean: ";
    for (size_t i = 0; i < all.size() && i < 3; ++i) msg += (i ? "; " : "") + Describe(g, all[i].node);
  }
  return Status::NotFound(msg);
}

}  // namespace cg
