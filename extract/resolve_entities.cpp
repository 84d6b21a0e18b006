// EntityResolver: mentions -> entities of the issue.
//
// Reference mentions are linked to the one organisation open on the issue's
// date (several left: unlinked, with candidates). Short names count only
// where the issue names the organisation in full. A titled surname ("Mr
// Stevens") or given name ("Sir Howard") is the person named in full in the
// issue. Everything else is keyed by type and normalised name.
#include <algorithm>
#include <cstdint>
#include <map>
#include <span>
#include <unordered_map>

#include "extract/component.h"
#include "extract/reference.h"
#include "graph/identity.h"

namespace cg {
namespace {

std::string LastWord(const std::string& s) {
  size_t p = s.rfind(' ');
  return p == std::string::npos ? s : s.substr(p + 1);
}
std::string FirstWord(const std::string& s) { return s.substr(0, s.find(' ')); }

class EntityResolver : public Component {
 public:
  std::string_view Name() const override { return "entity_resolver"; }
  std::vector<std::string_view> Requires() const override { return {"mentions"}; }
  std::vector<std::string_view> Assigns() const override { return {"entities"}; }

  Status Run(Document* doc) const override {
    const ReferenceData& ref = ReferenceData::Get();
    std::unordered_map<std::string, int> by_key;  // looked up only, never iterated
    by_key.reserve(doc->mentions.size());  // at most one key per mention: no rehashing
    // Name and codes are copied only when the key makes a new entity.
    auto entity_for = [&](const std::string& key, EntityType type, std::string_view name,
                          std::span<const std::string> codes) {
      auto it = by_key.find(key);
      if (it != by_key.end()) return it->second;
      DocEntity e;
      e.type = type;
      e.name = std::string(name);
      e.codes.assign(codes.begin(), codes.end());
      doc->entities.push_back(std::move(e));
      return by_key[key] = static_cast<int>(doc->entities.size() - 1);
    };
    doc->entities.reserve(doc->entities.size() + doc->mentions.size());
    std::vector<uint32_t> deferred;
    for (uint32_t mi = 0; mi < doc->mentions.size(); ++mi) {
      MentionCandidate& m = doc->mentions[mi];
      const std::string_view surface = doc->Text(m.span);
      if (m.needs_support || m.person == 2 || m.person == 3 || m.person == 4) {
        deferred.push_back(mi);
        continue;
      }
      if (m.source == MentionSource::kReference) {
        std::vector<std::string> open;
        for (const auto& c : m.codes)
          if (const OrgRecord* o = ref.Find(c); o && o->OpenOn(doc->date)) open.push_back(c);
        // None open on the date (all closed, or not yet opened):
        // the mention stays unlinked, with every code as a candidate.
        // Closed by the date: a merged organisation stands for its
        // successor from the merger on (where the reference data has one).
        if (open.empty())
          for (const auto& c : m.codes)
            if (const OrgRecord* o = ref.Find(c); o && !o->successor.empty())
              if (const OrgRecord* next = ref.Find(o->successor); next && next->OpenOn(doc->date) &&
                                                                  std::find(open.begin(), open.end(), next->code) == open.end())
                open.push_back(next->code);
        if (open.empty()) {
          m.entity = entity_for("amb:" + NodeKey(m.type, surface, {}), m.type, surface, m.codes);
        } else if (open.size() == 1) {
          const OrgRecord* o = ref.Find(open[0]);
          m.entity = entity_for("code:" + open[0], o->type, o->name, open);
          doc->entities[m.entity].linked = true;
        } else {
          m.entity = entity_for("amb:" + NodeKey(m.type, surface, {}), m.type, surface, open);
        }
      } else {
        std::string surface_copy;  // only when there is no canonical name
        if (m.canonical.empty()) surface_copy = std::string(surface);
        const std::string& name = m.canonical.empty() ? surface_copy : m.canonical;
        // A trust, CCG or STP found by its head word may still be in the
        // reference data under that name ("Frimley Health STP").
        std::vector<std::string> codes;
        if (m.type == EntityType::kTrust || m.type == EntityType::kCCG || m.type == EntityType::kSTP)
          for (const auto& c : ref.CodesForName(name, m.type))
            if (const OrgRecord* o = ref.Find(c); o && o->OpenOn(doc->date)) codes.push_back(c);
        if (codes.size() == 1) {
          const OrgRecord* o = ref.Find(codes[0]);
          m.entity = entity_for("code:" + codes[0], o->type, o->name, codes);
          doc->entities[m.entity].linked = true;
        } else {
          m.entity = entity_for(NodeKey(m.type, name, {}), m.type, name, {});
        }
      }
      doc->entities[m.entity].mentions.push_back(mi);
    }
    for (uint32_t mi : deferred) {
      MentionCandidate& m = doc->mentions[mi];
      if (m.needs_support && m.codes.empty()) {
        // A generic short lexicon form: the entity must be named in full.
        auto it = by_key.find(NodeKey(m.type, m.canonical, {}));
        if (it != by_key.end()) m.entity = it->second;
      } else if (m.needs_support) {
        for (const auto& c : m.codes) {
          auto it = by_key.find("code:" + c);
          if (it != by_key.end()) {
            m.entity = it->second;
            break;
          }
        }
      } else {
        // Titled names: the nearest person named in full, preferring one
        // named before the title ("Simon Stevens ... Mr Stevens").
        int best = -1;
        uint64_t best_dist = UINT64_MAX;
        for (int ei = 0; ei < static_cast<int>(doc->entities.size()); ++ei) {
          const DocEntity& e = doc->entities[ei];
          if (e.type != EntityType::kPerson || e.name.find(' ') == std::string::npos || e.mentions.empty()) continue;
          bool hit;
          if (m.person == 2) hit = LastWord(e.name) == m.canonical;
          else if (m.person == 3) hit = FirstWord(e.name) == m.canonical;
          else  // "C. Ham": same surname, same initial
            hit = LastWord(e.name) == LastWord(m.canonical) && !e.name.empty() && e.name[0] == m.canonical[0];
          if (!hit) continue;
          const uint32_t pos = doc->mentions[e.mentions.front()].span.begin;
          const uint64_t dist = pos < m.span.begin ? m.span.begin - pos : (uint64_t{1} << 40) + (pos - m.span.begin);
          if (dist < best_dist) {
            best_dist = dist;
            best = ei;
          }
        }
        if (best < 0) {
          const std::string surface(doc->Text(m.span));
          best = entity_for(NodeKey(EntityType::kPerson, surface, {}), EntityType::kPerson, surface, {});
        }
        m.entity = best;
      }
      if (m.entity >= 0) doc->entities[m.entity].mentions.push_back(mi);
    }
    // Mentions that found no entity (unsupported short names) are dropped.
    std::vector<MentionCandidate> kept;
    std::vector<int> remap(doc->mentions.size(), -1);
    for (uint32_t mi = 0; mi < doc->mentions.size(); ++mi) {
      if (doc->mentions[mi].entity < 0) continue;
      remap[mi] = static_cast<int>(kept.size());
      kept.push_back(std::move(doc->mentions[mi]));
    }
    doc->mentions = std::move(kept);
    for (auto& e : doc->entities) {
      std::vector<uint32_t> ms;
      for (uint32_t mi : e.mentions)
        if (remap[mi] >= 0) ms.push_back(static_cast<uint32_t>(remap[mi]));
      std::sort(ms.begin(), ms.end());
      e.mentions = std::move(ms);
    }
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<Component> MakeEntityResolver() { return std::make_unique<EntityResolver>(); }

}  // namespace cg
