#include "extract/relations_out.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "extract/extractor.h"
#include "extract/knowledge/names.h"
#include "extract/knowledge/reference.h"

namespace cg {
namespace {

std::string CodeKey(EntityType t, const std::string& code) {
  (void)t;
  return code.size() == 9 && code[0] == 'E' ? "ons" : "ods";
}

}  // namespace

Extraction ToExtraction(const Document& doc) {
  Extraction x;
  x.doc = doc.name;
  x.issue = doc.id;
  x.date = doc.date;
  for (const auto& b : doc.blocks)
    if (b.kind == BlockKind::kTitle) {
      // A title is a line, not a document: a first line of megabytes is cut.
      constexpr size_t kMaxTitle = 300;
      std::string_view t = doc.Text(b.span);
      if (t.size() > kMaxTitle) {
        size_t cut = kMaxTitle;
        while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;  // whole characters
        t = t.substr(0, cut);
      }
      x.title = std::string(t);
      break;
    }
  x.extractor_version = std::string(Extractor::Version());
  const ReferenceData& ref = ReferenceData::Get();
  std::vector<int> out_index(doc.entities.size(), -1);
  x.entities.reserve(doc.entities.size());
  for (size_t ei = 0; ei < doc.entities.size(); ++ei) {
    const DocEntity& e = doc.entities[ei];
    if (std::none_of(e.mentions.begin(), e.mentions.end(), [&](uint32_t mi) { return !doc.mentions[mi].anaphor; }))
      continue;
    ExtractedEntity o;
    o.type = e.type;
    o.name = e.name;
    // Every other form, sorted and unique (views of the text until copied).
    thread_local std::vector<std::string_view> aliases;
    aliases.clear();
    o.mentions.reserve(e.mentions.size());
    for (uint32_t mi : e.mentions) {
      if (doc.mentions[mi].anaphor) continue;
      const Span s = doc.mentions[mi].span;
      const std::string_view surface = doc.Text(s);
      if (surface != o.name) aliases.push_back(surface);
      const Span orig = doc.OriginalSpan(s);
      o.mentions.push_back({orig.begin, orig.end, std::string(surface)});
    }
    std::sort(aliases.begin(), aliases.end());
    aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
    o.aliases.assign(aliases.begin(), aliases.end());
    if (e.linked) {
      o.codes[CodeKey(e.type, e.codes[0])] = e.codes[0];
      if (const OrgRecord* r = ref.Find(e.codes[0]); r && !r->ons.empty()) o.codes["ons"] = r->ons;
    } else {
      o.candidates = e.codes;
    }
    out_index[ei] = static_cast<int>(x.entities.size());
    x.entities.push_back(std::move(o));
  }
  // (type, head, tail) already output: one relation per triple. A list
  // searched in full while short (an issue has tens of relations), then a set.
  thread_local std::vector<std::tuple<int, int, int>> seen;
  seen.clear();
  std::set<std::tuple<int, int, int>> seen_set;
  x.relations.reserve(doc.relations.size());
  for (const auto& r : doc.relations) {
    if (r.head < 0 || r.tail < 0 || r.head == r.tail) continue;
    int h = out_index[r.head], t = out_index[r.tail];
    if (h < 0 || t < 0) continue;
    int a = h, b = t;
    if (IsSymmetric(r.type) && b < a) std::swap(a, b);
    const std::tuple<int, int, int> triple{static_cast<int>(r.type), a, b};
    if (seen.size() < 64) {
      if (std::find(seen.begin(), seen.end(), triple) != seen.end()) continue;
      seen.push_back(triple);
      if (seen.size() == 64) seen_set.insert(seen.begin(), seen.end());
    } else if (!seen_set.insert(triple).second) {
      continue;
    }
    ExtractedRelation o;
    o.type = r.type;
    o.head = x.entities[h].name;
    o.head_type = x.entities[h].type;
    o.tail = x.entities[t].name;
    o.tail_type = x.entities[t].type;
    o.attributes = r.attributes;
    if (r.sentence >= 0) {
      const Span s = doc.sentences[r.sentence].span;
      const Span orig = doc.OriginalSpan(s);
      o.evidence.sentence = doc.html ? std::string(doc.Text(s)) : doc.original.substr(orig.begin, orig.end - orig.begin);
      o.evidence.begin = orig.begin;
      o.evidence.end = orig.end;
    }
    o.evidence.issue = doc.id;
    o.evidence.date = doc.date;
    o.evidence.confidence = r.confidence;
    x.relations.push_back(std::move(o));
  }
  return x;
}

namespace {

// NameKey of every reference form -> its code (unique forms only).
const std::unordered_map<std::string, std::string>& FormCodes() {
  static const auto kMap = [] {
    std::unordered_map<std::string, std::string> m;
    std::set<std::string> dup;
    for (const auto& f : ReferenceData::Get().forms()) {
      std::string k = NameKey(f.text);
      auto [it, fresh] = m.emplace(k, f.code);
      if (!fresh && it->second != f.code) dup.insert(k);
    }
    for (const auto& k : dup) m.erase(k);
    return m;
  }();
  return kMap;
}

}  // namespace

void AddReferenceEdges(Extraction& x) {
  const ReferenceData& ref = ReferenceData::Get();
  auto ensure = [&](EntityType type, const std::string& name, const std::string& code) {
    for (const auto& e : x.entities)
      if (e.type == type && e.name == name) return;
    ExtractedEntity e;
    e.type = type;
    e.name = name;
    if (!code.empty()) e.codes[CodeKey(type, code)] = code;
    x.entities.push_back(std::move(e));
  };
  auto add = [&](RelationType type, const ExtractedEntity& head, EntityType tail_type, const std::string& tail,
                 std::map<std::string, std::string> attrs) {
    ExtractedRelation r;
    r.type = type;
    r.head = head.name;
    r.head_type = head.type;
    r.tail = tail;
    r.tail_type = tail_type;
    r.attributes = std::move(attrs);
    r.evidence.source = Source::kReference;
    r.evidence.issue = x.issue;
    r.evidence.date = x.date;
    return r;
  };
  std::vector<ExtractedRelation> rels;
  const size_t n = x.entities.size();
  for (size_t i = 0; i < n; ++i) {
    const ExtractedEntity e = x.entities[i];
    auto ods = e.codes.find("ods");
    if (ods == e.codes.end()) continue;
    const OrgRecord* o = ref.Find(ods->second);
    if (!o) continue;
    if (o->type == EntityType::kCCG) {
      if (const OrgRecord* stp = ref.StpOf(*o)) {
        ensure(EntityType::kSTP, stp->name, stp->code);
        rels.push_back(add(RelationType::kPartOf, e, EntityType::kSTP, stp->name, {}));
      }
    }
    for (const auto& v : ref.vanguards()) {
      if (v.care_model.empty()) continue;
      for (const auto& lead : v.lead_organisations) {
        auto it = FormCodes().find(NameKey(lead));
        if (it == FormCodes().end() || it->second != o->code) continue;
        ensure(EntityType::kCareModel, v.care_model, "");
        rels.push_back(add(RelationType::kDevelops, e, EntityType::kCareModel, v.care_model,
                           {{"vanguard", "true"}, {"vanguard_name", v.name}}));
        break;
      }
    }
  }
  for (auto& r : rels) x.relations.push_back(std::move(r));
}

}  // namespace cg
