// PersonRuler: people in no list — titled ("Mr Stevens", "Sir Howard
// Bernstein", "Professor Harris"), given name + surname ("Jesse Norman"),
// introduced by a post ("national director Sam Jones"), or saying something
// ("Ilana Lassman points out").
#include "extract/document/component.h"
#include "extract/knowledge/cues.h"
#include "extract/knowledge/posts.h"
#include "extract/document/text.h"
#include "extract/knowledge/gazetteer.h"
#include "extract/knowledge/words.h"

namespace cg {
namespace {

// A surname-like token: capitalised word, not a stopword, not an
// organisation head word.
bool IsSurnameWord(const Document& d, uint32_t i) {
  if (!IsNameWord(d, i) || d.tokens[i].upper) return false;
  return !Cue<"not_surname">().contains(TokText(d, i));
}

// Most tokens fail the first test: it is inlined at every call.
inline bool IsSurname(const Document& d, uint32_t i) {
  if (i < d.tokens.size() && !d.tokens[i].cap) return false;  // IsNameWord's own first test
  return IsSurnameWord(d, i);
}

bool SameLine(const Document& d, uint32_t a, uint32_t b) {
  if (a >= b) return true;
  return d.Text({d.tokens[a].span.end, d.tokens[b].span.begin}).find('\n') == std::string_view::npos;
}

// Token i opens an appositive post: "," or "(", maybe an adverb, and a
// post ("currently chief executive", "(Finance Director, ...").
bool BeforePost(const Document& d, uint32_t i) {
  const uint32_t n = static_cast<uint32_t>(d.tokens.size());
  if (i + 1 >= n || (TokText(d, i) != "," && TokText(d, i) != "(")) return false;
  uint32_t j = i + 1;
  while (j < n && Cue<"post_adverb">().contains(Low(d, j))) ++j;
  if (j > i + 1 && TokText(d, i) == ",") return true;  // "Name, currently ..."
  return PostAt(d, j, 4, /*lower_case=*/false);
}

class PersonRuler : public Component {
 public:
  std::string_view Name() const override { return "person_ruler"; }
  std::vector<std::string_view> Requires() const override { return {"tokens"}; }
  std::vector<std::string_view> Assigns() const override { return {"candidates"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    const Gazetteer& gaz = Gazetteer::Get();
    const uint32_t n = static_cast<uint32_t>(d.tokens.size());
    for (uint32_t i = 0; i < n; ++i) {
      // Every rule below starts at a capitalised word.
      if (!d.tokens[i].cap) continue;
      std::string_view w = TokText(d, i);
      // 1. Titles, possibly stacked: "Professor Sir Mike Richards".
      if (IsTitle(w)) {
        uint32_t j = i;
        std::string_view last_title = w;
        while (j < n && IsTitle(TokText(d, j))) {
          last_title = TokText(d, j);
          ++j;
          if (j < n && TokText(d, j) == ".") ++j;
        }
        uint32_t k = j;
        while (k < n && k < j + 3 && IsSurname(d, k) && SameLine(d, j, k)) ++k;
        if (k == j) continue;
        MentionCandidate c;
        c.span = {d.tokens[i].span.begin, d.tokens[k - 1].span.end};
        c.type = EntityType::kPerson;
        c.source = MentionSource::kPerson;
        c.rule = "person: title + name";
        c.canonical = std::string(d.Text({d.tokens[j].span.begin, d.tokens[k - 1].span.end}));
        if (k - j >= 2) c.person = 1;
        else c.person = (IsGivenNameTitle(last_title) && gaz.IsFirstName(c.canonical)) ? 3 : 2;
        doc->candidates.push_back(std::move(c));
        i = k - 1;
        continue;
      }
      // 2. An initial and a surname: "H. Alderwick", "J Smith".
      if (d.tokens[i].cap && w.size() == 1 && i + 2 < n && TokText(d, i + 1) == "." && IsSurname(d, i + 2) &&
          SameLine(d, i, i + 2) && (i == 0 || !d.tokens[i - 1].cap)) {
        Add(doc, i, i + 3, "person: initial + surname");
        doc->candidates.back().person = 4;  // resolved to a full name if the issue has one
        i += 2;
        continue;
      }
      // 3. Given name + surname.
      if (d.tokens[i].cap && gaz.IsFirstName(w) && i + 1 < n && IsSurname(d, i + 1) && SameLine(d, i, i + 1) &&
          (i == 0 || !IsTitle(TokText(d, i - 1)))) {
        Add(doc, i, i + 2, "person: first_names.txt given name + surname");
        ++i;
        continue;
      }
      // 4. Two capitalised words introduced by a post or followed by a verb
      // of saying or an appositive post ("Jo Bloggs, currently chief
      // executive of X", "Jo Bloggs (Chair, Y)").
      uint32_t h = i + 2;  // after the name and any honours ("OBE")
      while (h < n && Cue<"honour">().contains(Low(d, h))) ++h;
      if (IsSurname(d, i) && i + 1 < n && IsSurname(d, i + 1) && SameLine(d, i, i + 1) &&
          (h >= n || !d.tokens[h].cap)) {
        // "chief executive Jo Bloggs", "the trust's chair, Jo Bloggs,"
        const uint32_t r = i > 1 && TokText(d, i - 1) == "," ? i - 2 : i - 1;
        bool after_role = i > 0 && IsRoleHead(TokText(d, r)) && !d.tokens[r].cap;
        bool before_speech = h < n && IsSpeechVerb(TokText(d, h));
        if (after_role || before_speech || BeforePost(d, h)) {
          Add(doc, i, i + 2, "person: two capitalised words beside a post or a verb of saying");
          ++i;
        }
      }
    }
    return Status::OK();
  }

 private:
  static void Add(Document* doc, uint32_t from, uint32_t to, std::string_view rule) {
    MentionCandidate c;
    c.span = {doc->tokens[from].span.begin, doc->tokens[to - 1].span.end};
    c.type = EntityType::kPerson;
    c.source = MentionSource::kPerson;
    c.rule = rule;
    c.canonical = std::string(doc->Text(c.span));
    c.person = 1;
    doc->candidates.push_back(std::move(c));
  }
};

}  // namespace

std::unique_ptr<Component> MakePersonRuler() { return std::make_unique<PersonRuler>(); }

}  // namespace cg
