// AcronymResolver: acronyms defined in the text ("Northern Care Alliance
// (NCA)") and acronyms that spell an entity's initials ("SWFT" for South
// Warwickshire Foundation Trust, "WVT" for Wye Valley Trust) become mentions
// of that entity wherever they occur.
#include <algorithm>
#include <cstring>

#include "graph/ascii.h"
#include "extract/document/component.h"
#include "extract/knowledge/key_table.h"
#include "extract/entities/mention_order.h"
#include "extract/knowledge/words.h"

namespace cg {
namespace {

// Initials of the capitalised words of `name`, with "NHS" (as "NHS") in
// with_nhs and without it in skip_nhs: the size of each in *with_len and
// *skip_len, 0 when a word is in lower case (not a name to abbreviate) or
// when they run past eight letters (no acronym is that long: callers keep
// 2 to 6). One pass over `name` for both.
void BothInitials(std::string_view name, char (&with_nhs)[8], size_t* with_len, char (&skip_nhs)[8],
                  size_t* skip_len) {
  size_t a = 0, b = 0;
  bool a_ok = true, b_ok = true;
  const char* p = name.data();
  const char* const end = p + name.size();
  while (p < end) {
    const char* q = p;
    while (q < end && *q != ' ') ++q;
    const std::string_view w(p, static_cast<size_t>(q - p));
    p = q < end ? q + 1 : end;
    if (w.empty() || w == "and" || w == "of" || w == "the" || w == "&" || w == "for" || w == "in" || w == "The")
      continue;
    if (w == "NHS") {
      if (a_ok) {
        if (a + 3 > sizeof(with_nhs)) {
          a_ok = false;
        } else {
          std::memcpy(with_nhs + a, "NHS", 3);
          a += 3;
        }
      }
      continue;
    }
    if (!IsAsciiUpper(static_cast<unsigned char>(w[0]))) {  // a lower-case word
      a_ok = b_ok = false;
      break;
    }
    if (a_ok) {
      if (a == sizeof(with_nhs)) a_ok = false;
      else with_nhs[a++] = w[0];
    }
    if (b_ok) {
      if (b == sizeof(skip_nhs)) b_ok = false;
      else skip_nhs[b++] = w[0];
    }
    if (!a_ok && !b_ok) break;
  }
  *with_len = a_ok ? a : 0;
  *skip_len = b_ok ? b : 0;
}

class AcronymResolver : public Component {
 public:
  std::string_view Name() const override { return "acronym_resolver"; }
  std::vector<std::string_view> Requires() const override { return {"entities"}; }
  std::vector<std::string_view> Assigns() const override { return {"entities", "mentions"}; }

  Status Run(Document* doc) const override {
    // Looked up, never iterated: flat tables kept from issue to issue.
    // An acronym ambiguous between entities is in both, and counts as absent.
    thread_local KeyTable acronym;  // acronym -> entity
    thread_local KeyTable ambiguous;
    // At most one key per mention (definitions) and two per written form.
    size_t forms_count = doc->entities.size();
    for (const auto& e : doc->entities) forms_count += e.mentions.size();
    acronym.Reset(doc->mentions.size() + 2 * forms_count);
    ambiguous.Reset(2 * forms_count);
    // 1. Definitions: a mention followed by "(ACR)".
    for (const auto& m : doc->mentions) {
      uint32_t t = doc->TokenAt(m.span.end);
      if (t + 2 < doc->tokens.size() && TokText(*doc, t) == "(" && doc->tokens[t + 1].upper &&
          TokText(*doc, t + 2) == ")")
        acronym.FindOrInsert(TokText(*doc, t + 1), m.entity) = m.entity;
    }
    // 2. Initials of every written form of every organisation.
    for (int ei = 0; ei < static_cast<int>(doc->entities.size()); ++ei) {
      const DocEntity& e = doc->entities[ei];
      if (e.type == EntityType::kPerson || e.type == EntityType::kPlace) continue;
      thread_local std::vector<std::string_view> forms;  // views: the entity and the text outlive them
      forms.assign(1, e.name);
      for (uint32_t mi : e.mentions) forms.push_back(doc->Text(doc->mentions[mi].span));
      // A form written again (the same as the one before) adds nothing.
      std::string_view previous;
      bool first = true;
      for (const auto& f : forms) {
        if (!first && f == previous) continue;
        first = false;
        previous = f;
        char with_nhs[8], skip_nhs[8];
        size_t with_len, skip_len;
        BothInitials(f, with_nhs, &with_len, skip_nhs, &skip_len);
        for (const std::string_view a : {std::string_view(with_nhs, with_len), std::string_view(skip_nhs, skip_len)}) {
          if (a.size() < 2 || a.size() > 6) continue;
          if (acronym.FindOrInsert(a, ei) != ei) ambiguous.FindOrInsert(a, 1);
        }
      }
    }
    if (acronym.size() == ambiguous.size()) return Status::OK();  // every one ambiguous (or none)
    auto find = [&](std::string_view w) -> const int* {
      const int* e = acronym.Find(w);
      return e && !ambiguous.Find(w) ? e : nullptr;
    };
    // 3. Every uncovered occurrence becomes a mention.
    size_t next = 0;
    std::vector<MentionCandidate> added;
    for (uint32_t ti = 0; ti < doc->tokens.size(); ++ti) {
      const Token& tok = doc->tokens[ti];
      if (!tok.upper) continue;
      const std::string_view w = TokText(*doc, ti);
      const int* it = find(w);
      if (!it && w.size() > 2 && w.back() == 's') it = find(w.substr(0, w.size() - 1));
      if (!it) continue;
      while (next < doc->mentions.size() && doc->mentions[next].span.end <= tok.span.begin) ++next;
      if (next < doc->mentions.size() && doc->mentions[next].span.Overlaps(tok.span)) continue;
      MentionCandidate m;
      m.span = tok.span;
      m.type = doc->entities[*it].type;
      m.source = MentionSource::kAcronym;
      m.rule = "acronym: defined in the issue or the initials of a name it holds";
      m.entity = *it;
      added.push_back(std::move(m));
    }
    if (added.empty()) return Status::OK();
    AddMentionsInOrder(doc, std::move(added), EqualStarts::kAnyOrder);
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<Component> MakeAcronymResolver() { return std::make_unique<AcronymResolver>(); }

}  // namespace cg
