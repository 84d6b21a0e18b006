// Hostile shapes (ctest label `stress`): small files of odd shape, each at
// two sizes n and 4n, through the extractor. Each must extract (or be refused
// in one line), and what it yields must stay bounded by what it holds: no
// shape may make the extractor build work, candidates or entities that grow
// faster than the input (extract/document/limits.h). Timing lives in bench/run.sh.
#include <catch2/catch.hpp>
#include <functional>
#include <string>

#include "extract/extractor.h"

namespace {

struct Shape {
  const char* name;
  std::function<std::string(size_t)> make;  // the issue body for size n
  size_t max_entities;                        // at either size; 0: grows at most with the input
};

std::string Repeat(const std::string& unit, size_t n, const std::string& sep = " ") {
  std::string out;
  out.reserve(n * (unit.size() + sep.size()));
  for (size_t i = 0; i < n; ++i) {
    if (i) out += sep;
    out += unit;
  }
  return out;
}

const Shape kShapes[] = {
    {"repeated head words", [](size_t n) { return Repeat("Council", n) + "."; }, 2},
    {"repeated 'Trust'", [](size_t n) { return Repeat("Trust", n) + "."; }, 2},
    {"repeated titles", [](size_t n) { return Repeat("Sir", n) + " Smith said it."; }, 2},
    {"one name joined by 'and'", [](size_t n) { return Repeat("Alderley NHS Trust", n / 4, " and ") + " merged."; }, 2},
    {"names between commas", [](size_t n) { return Repeat("Harriet Vane", n / 2, ", ") + " said so."; }, 2},
    {"a sentence with no full stop",
     [](size_t n) {
       static const char* kWords[] = {"the", "NHS", "England", "trust", "said", "Kent", "and", "Medway", "STP", "chief",
                                      "executive", "Jo", "Bloggs", ","};
       std::string s;
       uint32_t x = 7;
       for (size_t i = 0; i < n; ++i) {
         x = x * 1103515245u + 12345u;
         s += kWords[(x >> 16) % 14];
         s += ' ';
       }
       return s;
     },
     0},
    {"thousands of identical sentences",
     [](size_t n) {
       return Repeat("Harriet Vane, chief executive of Alderley NHS Foundation Trust, said NHS England published it.",
                     n / 16);
     },
     4},
    {"one list item of many names", [](size_t n) { return "- " + Repeat("Alderley NHS Foundation Trust", n / 4, ", "); }, 2},
};

}  // namespace

TEST_CASE("Shapes: pathological plain-text issues extract with bounded output at n and 4n", "[stress][shapes]") {
  for (const Shape& s : kShapes) {
    size_t entities[2] = {0, 0}, relations[2] = {0, 0};
    for (int k = 0; k < 2; ++k) {
      const size_t n = k == 0 ? 20000 : 80000;
      INFO(s.name << " n=" << n);
      const std::string issue = "Date: 2017-01-01\nTitle\n\n" + s.make(n) + "\n";
      auto x = cg::Extractor::Default().Extract("shape.txt", issue);
      REQUIRE(x.ok());
      entities[k] = x->entities.size();
      relations[k] = x->relations.size();
      if (s.max_entities) {
        CHECK(entities[k] <= s.max_entities);
        CHECK(relations[k] <= s.max_entities * s.max_entities);
      }
    }
    INFO(s.name << ": entities " << entities[0] << " -> " << entities[1] << ", relations " << relations[0] << " -> "
                << relations[1]);
    CHECK(entities[1] <= 5 * entities[0] + 2);  // linear: 4n gives at most ~4x
    CHECK(relations[1] <= 5 * relations[0] + 4);
  }
}

TEST_CASE("Shapes: HTML nested 200,000 levels deep extracts, its text kept", "[stress][shapes]") {
  for (size_t depth : {size_t{50000}, size_t{200000}}) {
    INFO("depth " << depth);
    std::string html = "<html><body>";
    for (size_t i = 0; i < depth; ++i) html += "<div>";
    html += "Alderley NHS Trust published its plan.";
    for (size_t i = 0; i < depth; ++i) html += "</div>";
    html += "</body></html>";
    auto x = cg::Extractor::Default().Extract("deep.html", html);
    REQUIRE(x.ok());
    REQUIRE(x->entities.size() == 1);
    CHECK(x->entities[0].name == "Alderley NHS Trust");
    // The mention still points at its bytes in the page as read.
    const auto& m = x->entities[0].mentions.at(0);
    CHECK(html.substr(m.begin, m.end - m.begin) == "Alderley NHS Trust");
  }
}

TEST_CASE("Shapes: a long page of unclosed paragraphs keeps its paragraphs", "[stress][shapes]") {
  std::string html = "<html><body>";
  for (int i = 0; i < 2000; ++i) html += "<p>Paragraph " + std::to_string(i) + " names Alderley NHS Trust";
  html += "</body></html>";
  auto x = cg::Extractor::Default().Extract("paras.html", html);
  REQUIRE(x.ok());
  REQUIRE(x->entities.size() == 1);
  CHECK(x->entities[0].mentions.size() == 2000);
}
