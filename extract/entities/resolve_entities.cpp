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
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document/component.h"
#include "extract/knowledge/key_table.h"
#include "extract/knowledge/reference.h"
#include "graph/identity.h"

namespace cg {
namespace {

std::string_view LastWord(std::string_view s) {
  size_t p = s.rfind(' ');
  return p == std::string_view::npos ? s : s.substr(p + 1);
}
std::string_view FirstWord(std::string_view s) { return s.substr(0, s.find(' ')); }

class EntityResolver : public Component {
 public:
  std::string_view Name() const override { return "entity_resolver"; }
  std::vector<std::string_view> Requires() const override { return {"mentions"}; }
  std::vector<std::string_view> Assigns() const override { return {"entities"}; }

  Status Run(Document* doc) const override {
    const ReferenceData& ref = ReferenceData::Get();
    thread_local KeyTable by_key;  // looked up only, never iterated
    by_key.Reset(doc->mentions.size());  // at most one key per mention
    thread_local std::string key;  // the key being built
    // Name and codes are copied only when the key makes a new entity.
    auto entity_for = [&](std::string_view key, EntityType type, std::string_view name,
                          std::span<const std::string> codes) {
      if (const int* found = by_key.Find(key)) return *found;
      DocEntity e;
      e.type = type;
      e.name = std::string(name);
      e.codes.assign(codes.begin(), codes.end());
      doc->entities.push_back(std::move(e));
      const int ei = static_cast<int>(doc->entities.size() - 1);
      by_key.FindOrInsert(key, ei);
      return ei;
    };
    auto code_key = [&](const std::string& code) -> const std::string& {
      key.assign("code:").append(code);
      return key;
    };
    doc->entities.reserve(doc->entities.size() + doc->mentions.size());
    thread_local std::vector<uint32_t> deferred;
    deferred.clear();
    thread_local std::vector<std::string> open;  // codes: short strings, no allocation
    thread_local std::vector<std::string> codes;
    for (uint32_t mi = 0; mi < doc->mentions.size(); ++mi) {
      MentionCandidate& m = doc->mentions[mi];
      const std::string_view surface = doc->Text(m.span);
      if (m.needs_support || m.person == 2 || m.person == 3 || m.person == 4) {
        deferred.push_back(mi);
        continue;
      }
      if (m.source == MentionSource::kReference) {
        open.clear();
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
          m.entity = entity_for(key.assign("amb:").append(NodeKey(m.type, surface, {})), m.type, surface, m.codes);
        } else if (open.size() == 1) {
          const OrgRecord* o = ref.Find(open[0]);
          m.entity = entity_for(code_key(open[0]), o->type, o->name, open);
          doc->entities[m.entity].linked = true;
        } else {
          m.entity = entity_for(key.assign("amb:").append(NodeKey(m.type, surface, {})), m.type, surface, open);
        }
      } else {
        std::string surface_copy;  // only when there is no canonical name
        if (m.canonical.empty()) surface_copy = std::string(surface);
        const std::string& name = m.canonical.empty() ? surface_copy : m.canonical;
        // A trust, CCG or STP found by its head word may still be in the
        // reference data under that name ("Frimley Health STP").
        codes.clear();
        if (m.type == EntityType::kTrust || m.type == EntityType::kCCG || m.type == EntityType::kSTP)
          for (const auto& c : ref.CodesForName(name, m.type))
            if (const OrgRecord* o = ref.Find(c); o && o->OpenOn(doc->date)) codes.push_back(c);
        // "Pennine Acute Trust": a trust's name with words dropped or added
        // (also where the name's words did not say NHS: "X Trust").
        // One distinctive word is too little for the latter ("Nuffield Trust").
        const bool trust_like = m.type == EntityType::kTrust ||
                                (m.type == EntityType::kOrganisation && name.size() > 6 &&
                                 name.compare(name.size() - 6, 6, " Trust") == 0 &&
                                 std::count(name.begin(), name.end(), ' ') >= 2);
        if (codes.empty() && trust_like)
          for (const auto& c : ref.TrustCodesForCore(name))
            if (const OrgRecord* o = ref.Find(c); o && o->OpenOn(doc->date)) codes.push_back(c);
        if (codes.size() == 1) {
          const OrgRecord* o = ref.Find(codes[0]);
          m.entity = entity_for(code_key(codes[0]), o->type, o->name, codes);
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
        if (const int* found = by_key.Find(NodeKey(m.type, m.canonical, {}))) m.entity = *found;
      } else if (m.needs_support) {
        for (const auto& c : m.codes) {
          if (const int* found = by_key.Find(code_key(c))) {
            m.entity = *found;
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
    // (Compacted in place: the kept ones keep their order.)
    thread_local std::vector<int> remap;
    remap.assign(doc->mentions.size(), -1);
    uint32_t kept = 0;
    for (uint32_t mi = 0; mi < doc->mentions.size(); ++mi) {
      if (doc->mentions[mi].entity < 0) continue;
      remap[mi] = static_cast<int>(kept);
      if (kept != mi) doc->mentions[kept] = std::move(doc->mentions[mi]);
      ++kept;
    }
    doc->mentions.resize(kept);
    for (auto& e : doc->entities) {
      size_t w = 0;
      for (uint32_t mi : e.mentions)
        if (remap[mi] >= 0) e.mentions[w++] = static_cast<uint32_t>(remap[mi]);
      e.mentions.resize(w);
      std::sort(e.mentions.begin(), e.mentions.end());
    }
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<Component> MakeEntityResolver() { return std::make_unique<EntityResolver>(); }

}  // namespace cg
