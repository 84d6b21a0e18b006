#pragma once
// The look of every caregraph map: one shape and fill colour per entity
// type, one line style and colour per relation type, short node labels,
// tooltips, and the legend. Pure functions of the graph values: no Graphviz
// here, so render.cpp and the tests share them.
//
// Strings returned here are Graphviz *attribute values*, ready for
// agsafeset(): cgraph quotes them when writing DOT, but Graphviz still
// interprets backslash escapes ("\N", "\n") in labels and tooltips and HTML
// entities ("&amp;") in labels, so Text() escapes those. The legend is an
// HTML-like label (pass it through agstrdup_html) and is escaped for that.
#include <set>
#include <string>
#include <string_view>

#include "graph/node.h"
#include "graph/types.h"

namespace cg::viz {

struct NodeStyle {
  const char* shape;      // Graphviz shape name
  const char* style;      // "filled" or "filled,rounded"
  const char* fillcolor;  // "#rrggbb" (Paul Tol's "light" scheme)
};

struct EdgeStyle {
  const char* style;      // "solid", "dashed", "dotted", "bold"
  const char* color;      // "#rrggbb" (Paul Tol's "bright"/"muted" schemes)
  const char* arrowhead;  // "normal", "none", "tee", ...
  const char* sample;     // how the legend draws the line ("━━━", "─ ─ ─")
};

// Total over the enums: every type has a distinct (shape, colour) pair and
// every relation a distinct (style, colour) pair.
NodeStyle StyleOf(EntityType t);
EdgeStyle StyleOf(RelationType t);

// Makes `s` safe as a Graphviz plain-string attribute value: invalid UTF-8
// bytes become U+FFFD, control characters become spaces, "\" is doubled and
// "&" becomes "&amp;" (so it renders as itself). Newlines become the "\n"
// line break when `keep_newlines`, else spaces.
std::string Text(std::string_view s, bool keep_newlines = false);
// Escapes `s` for an HTML-like label: & < > " and non-printing characters.
std::string Html(std::string_view s);
// `s` with invalid UTF-8 replaced by U+FFFD and control characters (other
// than '\n') by spaces: the raw form the other functions start from.
std::string CleanUtf8(std::string_view s);

// A short label for a node, unescaped: common long words abbreviated
// ("NHS Foundation Trust" -> "NHS FT", "Clinical Commissioning Group" ->
// "CCG"), wrapped at word boundaries into lines of about `width` characters
// (counted in code points), at most three lines, the rest elided with "…".
// Lines are joined with '\n'.
std::string ShortLabel(std::string_view name, size_t width = 20);

// Tooltip of a node, unescaped: full name, type, codes and aliases.
std::string NodeTooltip(const Node& n);
// Label of an edge, unescaped: its role, kind, rating or stance attribute,
// else the relation name in lower case ("part of"). Empty for PART_OF and
// LOCATED_IN without attributes (their line style says enough).
std::string EdgeLabel(const Edge& e);
// Tooltip of an edge, unescaped: "Head ROLE Tail", then the evidence
// sentence(s) with their dates (at most three, "+N more").
std::string EdgeTooltip(const Edge& e, std::string_view head_name, std::string_view tail_name);

// The title and legend as one HTML-like label (without the outer "<" ">"),
// drawn as the graph's label above the map so that no layout engine can
// overlap it: the title, then a row with a swatch per entity type present
// (its fill colour, name and shape) and a row per relation type present
// (a sample of its line, its name and style), in enum order. No legend rows
// when both sets are empty.
std::string LegendHtml(std::string_view title, const std::set<EntityType>& types,
                       const std::set<RelationType>& relations);
std::string LegendHtml(const std::set<EntityType>& types, const std::set<RelationType>& relations);

}  // namespace cg::viz
