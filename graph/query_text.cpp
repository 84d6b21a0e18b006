// Terminal renderings of the query results: aligned tables.
#include <cstdio>

#include "graph/query.h"
#include "graph/table.h"

namespace cg {
namespace {

constexpr size_t kSentenceWidth = 100;

std::string Type(const NodeRef& n) { return std::string(ToString(n.type)); }

// "ROLE ->", "<- ROLE" or "PARTNER": a relation seen from one end.
std::string Arrow(RelationType t, Direction d) {
  const std::string name(ToString(t));
  switch (d) {
    case Direction::kOut: return name + " ->";
    case Direction::kIn: return "<- " + name;
    case Direction::kBoth: return name;
  }
  return name;
}

std::string Attributes(const std::map<std::string, std::string>& attrs) {
  std::string s;
  for (const auto& [k, v] : attrs) {
    if (k == "source" || v.empty()) continue;
    s += (s.empty() ? "" : ", ") + k + "=" + v;
  }
  return s;
}

std::string Range(const std::string& first, const std::string& last) {
  if (first.empty() && last.empty()) return "undated";
  return first == last ? first : first + ".." + last;
}

std::string Where(const Evidence& e) {
  if (e.source == Source::kReference) return "reference data";
  std::string s = e.date.empty() ? "undated" : e.date;
  if (!e.issue.empty()) s += ", issue " + e.issue;
  return s;
}

std::string Score(RankBy by, double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, by == RankBy::kDegree ? "%.0f" : by == RankBy::kBetweenness ? "%.2f" : "%.6f", x);
  return buf;
}

std::string Groups(const std::string& title, const std::vector<CommunitiesResult::Group>& groups) {
  Table t({"ID", "SIZE", "MEMBERS (by degree)"});
  t.SetMaxWidth(2, 120);
  for (const auto& g : groups) {
    std::string names;
    for (size_t i = 0; i < g.members.size() && i < 6; ++i) names += (i ? "; " : "") + g.members[i].name;
    if (g.members.size() > 6) names += "; +" + std::to_string(g.members.size() - 6) + " more";
    t.AddRow({std::to_string(g.id), std::to_string(g.members.size()), names});
  }
  return title + " (" + std::to_string(groups.size()) + ")\n" + t.Render();
}

}  // namespace

std::string ToText(const FindResult& r) {
  if (r.matches.empty()) return "no entity matches \"" + r.query + "\"\n";
  Table t({"NAME", "TYPE", "ID", "MATCH", "FORM"});
  for (const auto& m : r.matches)
    t.AddRow({m.node.name, Type(m.node), m.node.id,
              m.kind == MatchKind::kNear ? "near (" + std::to_string(m.distance) + ")" : std::string(ToString(m.kind)),
              m.form});
  return t.Render();
}

std::string ToText(const Card& c) {
  Table head({"", ""});
  head.AddRow({"name", c.node.name});
  head.AddRow({"type", Type(c.node)});
  head.AddRow({"id", c.node.id});
  std::string aliases;
  for (const auto& a : c.aliases) aliases += (aliases.empty() ? "" : "; ") + a;
  head.AddRow({"aliases", aliases.empty() ? "-" : aliases});
  std::string codes;
  for (const auto& [k, v] : c.codes) codes += (codes.empty() ? "" : ", ") + k + "=" + v;
  head.AddRow({"codes", codes.empty() ? "-" : codes});
  const std::string attrs = Attributes(c.attributes);
  head.AddRow({"attributes", attrs.empty() ? "-" : attrs});
  head.AddRow({"seen", Range(c.first_seen, c.last_seen) + " in " + std::to_string(c.issues.size()) + " issue(s)"});
  std::string out = head.Render();
  out.erase(0, out.find('\n') + 1);  // the header line is empty
  if (!c.issues.empty()) {
    Table issues({"DATE", "ISSUE"});
    for (const auto& s : c.issues) issues.AddRow({s.date.empty() ? "undated" : s.date, s.issue});
    out += "\nissues\n" + issues.Render();
  }
  size_t i = 0;
  while (i < c.relations.size()) {
    const RelationType type = c.relations[i].type;
    Table t({"#", "RELATION", "OTHER", "TYPE", "ATTRIBUTES", "SEEN"});
    std::string evidence;
    size_t count = 0;
    for (; i < c.relations.size() && c.relations[i].type == type; ++i) {
      const auto& r = c.relations[i];
      const std::string num = std::to_string(++count);
      t.AddRow({num, Arrow(r.type, r.direction), r.other.name, Type(r.other), Attributes(r.attributes),
                Range(r.first_seen, r.last_seen)});
      for (const auto& e : r.evidence)
        evidence += "  [" + num + "] " + (e.sentence.empty() ? "" : "\"" + e.sentence + "\" ") + "(" + Where(e) + ")\n";
    }
    out += "\n" + std::string(ToString(type)) + " (" + std::to_string(count) + ")\n" + t.Render() + evidence;
  }
  if (c.relations.empty()) out += "\nno relations\n";
  return out;
}

std::string ToText(const NeighboursResult& r) {
  std::string out = r.origin.name + " (" + Type(r.origin) + ", " + r.origin.id + "): " +
                    std::to_string(r.neighbours.size()) + " neighbour(s) within " + std::to_string(r.depth) +
                    " hop(s)\n";
  if (r.neighbours.empty()) return out;
  Table t({"DEPTH", "NAME", "TYPE", "RELATION", "VIA", "ID"});
  for (const auto& n : r.neighbours) {
    std::string rels;
    for (const auto& s : n.relations) rels += (rels.empty() ? "" : ", ") + Arrow(s.type, s.direction);
    t.AddRow({std::to_string(n.depth), n.node.name, Type(n.node), rels, n.via.name, n.node.id});
  }
  return out + t.Render();
}

std::string ToText(const PathResult& r) {
  std::string out;
  for (size_t p = 0; p < r.paths.size(); ++p) {
    out += (p ? "\n" : "") + std::string("path ") + std::to_string(p + 1) + " of " + std::to_string(r.paths.size()) +
           ": " + std::to_string(r.length) + " hop(s) from " + r.from.name + " to " + r.to.name + "\n";
    Table t({"STEP", "FROM", "RELATION", "TO", "EVIDENCE", "WHERE"});
    t.SetMaxWidth(4, kSentenceWidth);
    for (size_t i = 0; i < r.paths[p].size(); ++i) {
      const auto& h = r.paths[p][i];
      t.AddRow({std::to_string(i + 1), h.from.name, Arrow(h.type, h.direction), h.to.name,
                h.has_evidence ? h.evidence.sentence : "-", h.has_evidence ? Where(h.evidence) : "-"});
    }
    out += t.Render();
  }
  return out;
}

std::string ToText(const RankResult& r) {
  Table t({"RANK", "NAME", "TYPE", r.by == RankBy::kDegree ? "DEGREE" : "SCORE", "EDGES", "ID"});
  for (const auto& x : r.rows)
    t.AddRow({std::to_string(x.rank), x.node.name, Type(x.node), Score(r.by, x.score), std::to_string(x.degree),
              x.node.id});
  return t.Render();
}

std::string ToText(const CommunitiesResult& r) {
  char q[64];
  std::snprintf(q, sizeof q, "%.4f", r.modularity);
  return Groups("connected components", r.components) + "\n" +
         Groups("communities (Louvain, modularity " + std::string(q) + ")", r.communities);
}

std::string ToText(const TimelineResult& r) {
  std::string out = r.node.name + " (" + Type(r.node) + ", " + r.node.id + ")\n";
  Table t({"DATE", "ISSUE", "MENTIONED", "EVIDENCE", "NEW RELATIONS"});
  for (const auto& e : r.entries) {
    std::string rels;
    for (const auto& x : e.new_relations) rels += (rels.empty() ? "" : "; ") + Arrow(x.type, x.direction) + " " + x.other.name;
    t.AddRow({e.date.empty() ? "undated" : e.date, e.issue.empty() ? "(reference)" : e.issue,
              e.mentioned ? "yes" : "no", std::to_string(e.evidence), rels.empty() ? "-" : rels});
  }
  return out + t.Render();
}

}  // namespace cg
