#include "viz/style.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace cg::viz {
namespace {

// Paul Tol's "light" scheme is made for filled shapes under black text and
// stays distinct under the common colour-vision deficiencies; the shapes
// differ too, so no type is told apart by colour alone.
struct TypeRow {
  EntityType type;
  NodeStyle style;
  const char* shape_name;  // as the legend names it
};
constexpr std::array<TypeRow, 10> kTypeStyles = {{
    {EntityType::kTrust, {"box", "filled,rounded", "#77AADD"}, "rounded box"},
    {EntityType::kCCG, {"hexagon", "filled", "#99DDFF"}, "hexagon"},
    {EntityType::kSTP, {"folder", "filled", "#44BB99"}, "folder"},
    {EntityType::kPerson, {"ellipse", "filled", "#EEDD88"}, "ellipse"},
    {EntityType::kPolicy, {"note", "filled", "#FFFFFF"}, "note"},
    {EntityType::kCareModel, {"octagon", "filled", "#EE8866"}, "octagon"},
    {EntityType::kNationalBody, {"box3d", "filled", "#FFAABB"}, "3-D box"},
    {EntityType::kLocalAuthority, {"component", "filled", "#BBCC33"}, "component"},
    {EntityType::kOrganisation, {"tab", "filled", "#DDDDDD"}, "tab"},
    {EntityType::kPlace, {"house", "filled", "#AAAA00"}, "house"},
}};

// Line colours from Tol's "bright" and "muted" schemes: dark enough to read
// on white, distinct for colour-blind readers; the dash pattern and arrow
// head differ as well.
struct RelRow {
  RelationType type;
  EdgeStyle style;
};
constexpr std::array<RelRow, 9> kRelStyles = {{
    {RelationType::kRole, {"solid", "#4477AA", "normal", "────▶"}},
    {RelationType::kPartner, {"bold", "#EE6677", "none", "━━━━"}},
    {RelationType::kDevelops, {"bold", "#228833", "normal", "━━━▶"}},
    {RelationType::kPartOf, {"dashed", "#777777", "empty", "─ ─ ▷"}},
    {RelationType::kLocatedIn, {"dotted", "#999933", "normal", "·····"}},
    {RelationType::kRegulates, {"solid", "#AA3377", "tee", "───┤"}},
    {RelationType::kPublishes, {"dashed", "#997700", "normal", "─ ─ ─"}},
    {RelationType::kCommissions, {"dashed", "#0077BB", "diamond", "─ ─ ◆"}},
    {RelationType::kCommentsOn, {"dotted", "#882255", "open", "····>"}},
}};

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 if invalid.
size_t Utf8Len(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  size_t n;
  uint32_t cp;
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) n = 2, cp = c & 0x1F;
  else if ((c & 0xF0) == 0xE0) n = 3, cp = c & 0x0F;
  else if ((c & 0xF8) == 0xF0) n = 4, cp = c & 0x07;
  else return 0;
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    const auto d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (d & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are invalid.
  if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
      (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
    return 0;
  return n;
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// Replaces whole-word occurrences of `from` in `s` with `to`.
void ReplaceWords(std::string& s, std::string_view from, std::string_view to) {
  size_t pos = 0;
  while ((pos = s.find(from, pos)) != std::string::npos) {
    const size_t end = pos + from.size();
    const bool left = pos == 0 || s[pos - 1] == ' ';
    const bool right = end == s.size() || s[end] == ' ' || s[end] == ',' || s[end] == ')';
    if (left && right) {
      s.replace(pos, from.size(), to);
      pos += to.size();
    } else {
      pos = end;
    }
  }
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Cuts `s` to at most `max` code points, ending with "…" when cut.
std::string Elide(std::string_view s, size_t max) {
  if (CodePoints(s) <= max) return std::string(s);
  std::string out;
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80 && ++n > max - 1) break;
    out += s[i];
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "…";
}

}  // namespace

NodeStyle StyleOf(EntityType t) {
  for (const auto& r : kTypeStyles)
    if (r.type == t) return r.style;
  return kTypeStyles[8].style;  // Organisation: unreachable for valid enums
}

EdgeStyle StyleOf(RelationType t) {
  for (const auto& r : kRelStyles)
    if (r.type == t) return r.style;
  return kRelStyles[0].style;
}

std::string CleanUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const size_t n = Utf8Len(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
    } else if (n == 1 && (c < 0x20 || c == 0x7F) && c != '\n') {
      out += ' ';
      ++i;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  return out;
}

std::string Text(std::string_view s, bool keep_newlines) {
  std::string out;
  for (char c : CleanUtf8(s)) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '&': out += "&amp;"; break;
      case '\n': out += keep_newlines ? "\\n" : " "; break;
      default: out += c;
    }
  }
  return out;
}

std::string Html(std::string_view s) {
  std::string out;
  for (char c : CleanUtf8(s)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\n': out += "<BR/>"; break;
      default: out += c;
    }
  }
  return out;
}

std::string ShortLabel(std::string_view name, size_t width) {
  std::string s = CleanUtf8(name);
  ReplaceWords(s, "NHS Foundation Trust", "NHS FT");
  ReplaceWords(s, "Foundation Trust", "FT");
  ReplaceWords(s, "Clinical Commissioning Group", "CCG");
  ReplaceWords(s, "Sustainability and Transformation Partnership", "STP");
  ReplaceWords(s, "Sustainability and Transformation Plan", "STP");
  ReplaceWords(s, "Metropolitan Borough Council", "MBC");
  ReplaceWords(s, "University Hospitals", "Univ. Hospitals");
  std::vector<std::string> lines;
  std::string cur;
  for (const auto& w : Words(s)) {
    if (!cur.empty() && CodePoints(cur) + 1 + CodePoints(w) > width) {
      lines.push_back(std::move(cur));
      cur.clear();
    }
    cur += (cur.empty() ? "" : " ") + w;
  }
  if (!cur.empty()) lines.push_back(std::move(cur));
  constexpr size_t kMaxLines = 3;
  if (lines.size() > kMaxLines) {
    lines.resize(kMaxLines);
    lines.back() = Elide(lines.back() + " …", width);
    if (!lines.back().ends_with("…")) lines.back() += "…";
  }
  std::string out;
  for (const auto& l : lines) {
    if (!out.empty()) out += '\n';
    out += Elide(l, width + width / 2);
  }
  return out;
}

std::string NodeTooltip(const Node& n) {
  std::string out = n.name + "\n" + std::string(ToString(n.type));
  for (const auto& [k, v] : n.codes) out += "\n" + k + ": " + v;
  if (!n.aliases.empty()) {
    out += "\nalso: ";
    for (size_t i = 0; i < n.aliases.size(); ++i) out += (i ? "; " : "") + n.aliases[i];
  }
  if (!n.seen.empty()) out += "\nin " + std::to_string(n.seen.size()) + (n.seen.size() == 1 ? " issue" : " issues");
  return out;
}

std::string EdgeLabel(const Edge& e) {
  for (const char* key : {"role", "kind", "rating", "stance"}) {
    auto it = e.attributes.find(key);
    if (it != e.attributes.end() && !it->second.empty() && it->second != "unspecified")
      return Elide(CleanUtf8(it->second), 28);
  }
  if (e.type == RelationType::kDevelops) {
    auto it = e.attributes.find("vanguard");
    return it != e.attributes.end() && it->second == "true" ? "vanguard" : "develops";
  }
  if (e.type == RelationType::kPartOf || e.type == RelationType::kLocatedIn || e.type == RelationType::kRole)
    return "";
  std::string name = Lower(ToString(e.type));
  for (char& c : name)
    if (c == '_') c = ' ';
  return name;
}

std::string EdgeTooltip(const Edge& e, std::string_view head_name, std::string_view tail_name) {
  std::string out = std::string(head_name) + " " + std::string(ToString(e.type));
  const std::string label = EdgeLabel(e);
  if (!label.empty()) out += " (" + label + ")";
  out += ' ';
  out += tail_name;
  constexpr size_t kMaxSentences = 3;
  size_t shown = 0;
  for (const auto& ev : e.evidence) {
    if (shown == kMaxSentences) break;
    if (ev.sentence.empty()) continue;
    out += "\n";
    if (!ev.date.empty()) out += "[" + ev.date + "] ";
    else if (ev.source == Source::kReference) out += "[reference] ";
    out += ev.sentence;
    ++shown;
  }
  size_t with_sentence = 0;
  for (const auto& ev : e.evidence) with_sentence += !ev.sentence.empty();
  if (with_sentence > shown) {
    out += "\n+";
    out += std::to_string(with_sentence - shown);
    out += " more";
  }
  return out;
}

std::string LegendHtml(std::string_view title, const std::set<EntityType>& types,
                       const std::set<RelationType>& relations) {
  // One grid: Graphviz stretches every nested table to its cell's width, so
  // the title, the entity row and the relation row share columns instead.
  const size_t columns = 1 + std::max(types.size(), relations.size());
  auto pad = [&](size_t used) {
    return used < columns ? "<TD COLSPAN=\"" + std::to_string(columns - used) + "\"></TD>" : std::string();
  };
  std::string h = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"3\">";
  if (!title.empty())
    h += "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"" + std::to_string(columns) + "\"><FONT POINT-SIZE=\"20\"><B>" +
         Html(title) + "</B></FONT></TD></TR>";
  if (!types.empty()) {
    h += "<TR><TD ALIGN=\"LEFT\"><B>Entities</B></TD>";
    for (const auto& r : kTypeStyles) {
      if (!types.count(r.type)) continue;
      h += "<TD BORDER=\"1\" BGCOLOR=\"" + std::string(r.style.fillcolor) + "\">" + Html(ToString(r.type)) +
           "<BR/><FONT POINT-SIZE=\"9\">" + Html(r.shape_name) + "</FONT></TD>";
    }
    h += pad(1 + types.size()) + "</TR>";
  }
  if (!relations.empty()) {
    h += "<TR><TD ALIGN=\"LEFT\"><B>Relations</B></TD>";
    for (const auto& r : kRelStyles) {
      if (!relations.count(r.type)) continue;
      h += "<TD><FONT COLOR=\"" + std::string(r.style.color) + "\">" + Html(r.style.sample) + "</FONT><BR/>" +
           Html(ToString(r.type)) + "</TD>";
    }
    h += pad(1 + relations.size()) + "</TR>";
  }
  h += "</TABLE>";
  return h;
}

}  // namespace cg::viz
