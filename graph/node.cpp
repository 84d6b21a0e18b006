#include "graph/node.h"

#include <algorithm>

#include "graph/extraction.h"

namespace cg {

std::string FirstSeen(const Edge& e) {
  std::string best;
  for (const auto& ev : e.evidence)
    if (!ev.date.empty() && (best.empty() || ev.date < best)) best = ev.date;
  return best;
}

std::string LastSeen(const Edge& e) {
  std::string best;
  for (const auto& ev : e.evidence)
    if (ev.date > best) best = ev.date;
  return best;
}

bool IsReferenceEdge(const Edge& e) {
  return !e.evidence.empty() && std::all_of(e.evidence.begin(), e.evidence.end(), [](const Evidence& ev) {
    return ev.source == Source::kReference;
  });
}

const ExtractedEntity* Extraction::Find(const std::string& name, EntityType type) const {
  for (const auto& e : entities)
    if (e.type == type && e.name == name) return &e;
  return nullptr;
}

}  // namespace cg
