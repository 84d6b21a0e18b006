// OrgPatternRuler: organisations in no list, found by their head words
// ("... NHS Foundation Trust", "... CCG", "... County Council", "... STP",
// "... Partnership") and the capitalised words before them.
#include <cctype>
#include <unordered_map>

#include "extract/document/component.h"
#include "extract/knowledge/csv.h"
#include "extract/knowledge/cues.h"
#include "extract/knowledge/embedded.h"
#include "extract/document/limits.h"
#include "extract/knowledge/words.h"

namespace cg {
namespace {

struct Head {
  std::vector<std::string> words;  // as written; lower-case words match any case
  EntityType type;
  bool needs_nhs_word = false;     // "X Trust": a Trust only with an NHS-ish word
  bool list = false;               // plural: "A and B CCGs" names two
  std::string name_suffix;         // "STP": the name is the words before + this
  std::string origin;              // for --explain
};

// data/lexicon/org_heads.tsv: words<TAB>type[<TAB>nhs], longest first
// where they share a first word (the file's order).
const std::vector<Head>& Heads() {
  static const std::vector<Head> kHeads = [] {
    std::vector<Head> heads;
    for (const auto& line : SplitOn(embedded::org_heads_tsv(), '\n')) {
      if (line.empty() || line[0] == '#') continue;
      const auto cols = SplitOn(line, '\t');
      const auto type = cols.size() >= 2 ? ParseEntityType(cols[1]) : std::nullopt;
      if (!type) continue;
      const std::string flag = cols.size() >= 3 ? cols[2] : "";
      Head h{SplitOn(cols[0], ' '), *type, flag == "nhs", flag == "list",
             flag.rfind("name=", 0) == 0 ? flag.substr(5) : "", "pattern org_heads.tsv: name + \"" + cols[0] + "\""};
      heads.push_back(std::move(h));
    }
    return heads;
  }();
  return kHeads;
}

// "X Trust and Y Trust" is two organisations: "and" after a head word
// does not join names.
bool IsHeadWord(std::string_view w) { return Cue<"org_head_word">().contains(w); }

// Lower-case head words match any case (via Document::lower), others exactly.
bool WordMatches(const Document& d, uint32_t tok, std::string_view want) {
  const Span s = d.tokens[tok].span;
  if (s.size() != want.size()) return false;
  const char first = want[0];
  if (first >= 'a' && first <= 'z') return std::string_view(d.lower).substr(s.begin, s.size()) == want;
  return d.Text(s) == want;
}

bool IsTrailingOrgWord(std::string_view w) { return Cue<"org_trailing_word">().contains(w); }

// Words that make "X Trust" an NHS trust rather than a charity.
bool HasNhsWord(const Document& d, uint32_t from, uint32_t to) {
  static const WordSet& words = Cue<"nhs_word">();
  for (uint32_t i = from; i < to; ++i)
    if (words.contains(TokText(d, i))) return true;
  return false;
}

// A capitalised post ("Chief Executive of ..."): not part of a name.
bool BreaksName(std::string_view w) { return Cue<"name_breaking_post">().contains(w); }

class OrgPatternRuler : public Component {
 public:
  std::string_view Name() const override { return "org_pattern_ruler"; }
  std::vector<std::string_view> Requires() const override { return {"tokens"}; }
  std::vector<std::string_view> Assigns() const override { return {"candidates"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    const uint32_t n = static_cast<uint32_t>(d.tokens.size());
    // Only the heads whose first word is this token's (lower-cased).
    static const std::vector<std::string> kFirstWords = [] {
      std::vector<std::string> v;
      for (const Head& h : Heads()) v.push_back(LowerCopy(h.words[0]));
      return v;
    }();
    static const auto kByFirst = [] {  // keys view kFirstWords, complete before this
      std::unordered_map<std::string_view, std::vector<const Head*>> m;
      for (size_t k = 0; k < Heads().size(); ++k) m[kFirstWords[k]].push_back(&Heads()[k]);
      return m;
    }();
    static const WordSet kFirsts = [] {
      WordSet s;
      for (const auto& w : kFirstWords) s.Insert(w);
      return s;
    }();
    const char* const text = d.text.data();
    const char* const lower = d.lower.data();
    for (uint32_t i = 0; i < n; ++i) {
      const Token& tok = d.tokens[i];
      if (!tok.word) continue;
      const Span s = tok.span;
      // "London Borough of Sutton", "Royal Borough of Greenwich" (the
      // token's own text first: it rules out nearly every token).
      if (((s.size() == 6 && std::string_view(text + s.begin, 6) == "London") ||
           (s.size() == 5 && std::string_view(text + s.begin, 5) == "Royal")) &&
          i + 3 < n && TokText(d, i + 1) == "Borough" && TokText(d, i + 2) == "of" && IsNameWord(d, i + 3)) {
        uint32_t last = i + 3;
        while (last + 1 < n && IsNameWord(d, last + 1)) ++last;
        MentionCandidate c;
        c.span = {d.tokens[i].span.begin, d.tokens[last].span.end};
        c.type = EntityType::kLocalAuthority;
        c.source = MentionSource::kPattern;
        c.rule = "pattern: London/Royal Borough of <name>";
        c.canonical = std::string(d.Text(c.span));
        doc->candidates.push_back(std::move(c));
      }
      const std::string_view low(lower + s.begin, s.size());
      if (!kFirsts.contains(low)) continue;
      auto candidates = kByFirst.find(low);
      if (candidates == kByFirst.end()) continue;
      for (const Head* hp : candidates->second) {
        const Head& h = *hp;
        const uint32_t len = static_cast<uint32_t>(h.words.size());
        if (i + len > n) continue;
        bool ok = true;
        for (uint32_t k = 0; k < len && ok; ++k) ok = WordMatches(d, i + k, h.words[k]);
        if (!ok) continue;
        if (h.list) {
          AddListed(doc, i, h.type);
          break;
        }
        uint32_t start = NameStart(d, i, h.type);
        if (start == i) {
          // "Frimley Health's bespoke STP": a possessive name before the STP.
          if (h.type == EntityType::kSTP) AddPossessiveStp(doc, i);
          break;
        }
        EntityType type = h.type;
        if (h.needs_nhs_word && !HasNhsWord(d, start, i)) type = EntityType::kOrganisation;
        uint32_t last = i + len - 1;
        // "Symphony Healthcare Services", "Care UK Ltd": trailing org words.
        if (type == EntityType::kOrganisation)
          while (last + 1 < n && IsTrailingOrgWord(TokText(d, last + 1))) ++last;
        MentionCandidate c;
        c.span = {d.tokens[start].span.begin, d.tokens[last].span.end};
        c.type = type;
        c.source = MentionSource::kPattern;
        c.rule = h.origin;
        c.canonical = h.name_suffix.empty()
                          ? Canonical(d, c.span, start, i, type)
                          : std::string(d.Text({d.tokens[start].span.begin, d.tokens[i - 1].span.end})) + " " + h.name_suffix;
        doc->candidates.push_back(std::move(c));
        break;  // the longest head at i wins
      }
    }
    return Status::OK();
  }

 private:
  // The first token of the name ending before the head at `head`; == head
  // when there is no name.
  static uint32_t NameStart(const Document& d, uint32_t head, EntityType type) {
    uint32_t start = head;
    uint32_t i = head;
    while (i > 0 && head - i < kMaxNameTokens) {
      uint32_t j = i - 1;
      if (d.Text({d.tokens[j].span.end, d.tokens[j + 1].span.begin}).find('\n') != std::string_view::npos) break;
      std::string_view w = TokText(d, j);
      if (IsNameWord(d, j) && !IsTitle(w) && !BreaksName(w)) {
        start = j;
        i = j;
        continue;
      }
      // Connectors inside names: "Sandwell and West Birmingham", "Isle of Wight".
      if ((w == "and" || w == "&" || w == "of" || w == "upon" || w == "on" || w == "-") && j > 0 &&
          start == j + 1 && IsNameWord(d, j - 1) && !BreaksName(TokText(d, j - 1)) &&
          !((w == "and" || w == "&") && IsHeadWord(TokText(d, j - 1)))) {
        i = j;
        continue;
      }
      break;
    }
    (void)type;
    return start;
  }

  static std::string Canonical(const Document& d, Span span, uint32_t start, uint32_t head, EntityType type) {
    std::string name(d.Text(span));
    if (type == EntityType::kCCG) {
      std::string core(d.Text({d.tokens[start].span.begin, d.tokens[head - 1].span.end}));
      if (core.rfind("NHS ", 0) == 0) core.erase(0, 4);
      return "NHS " + core + " Clinical Commissioning Group";
    }
    return name;
  }

  // "Liverpool and South Sefton CCGs": each name of the list before a
  // plural head is an organisation of its own.
  static void AddListed(Document* doc, uint32_t head, EntityType type) {
    const Document& d = *doc;
    uint32_t end = head;  // the current name ends before this token
    while (end > 0 && head - end < kMaxNameTokens && IsNameWord(d, end - 1) && !BreaksName(TokText(d, end - 1))) {
      uint32_t start = end - 1;
      while (start > 0 && head - start < kMaxNameTokens && IsNameWord(d, start - 1) && !BreaksName(TokText(d, start - 1)))
        --start;
      MentionCandidate c;
      c.span = {d.tokens[start].span.begin, d.tokens[end - 1].span.end};
      c.type = type;
      c.source = MentionSource::kPattern;
      c.rule = "pattern org_heads.tsv: a list of names before a plural head";
      c.canonical = Canonical(d, {c.span.begin, d.tokens[end].span.end}, start, end, type);
      // The head makes the name the organisation's, not the place's.
      std::erase_if(doc->candidates, [&](const MentionCandidate& o) { return o.span == c.span && o.type == EntityType::kPlace; });
      doc->candidates.push_back(std::move(c));
      if (start < 2) break;
      const std::string_view sep = TokText(d, start - 1);
      if (sep != "and" && sep != "," && sep != "&") break;
      end = start - 1;
    }
  }

  static void AddPossessiveStp(Document* doc, uint32_t stp) {
    const Document& d = *doc;
    // Walk back over at most two lower-case words to "'s".
    uint32_t i = stp;
    int skipped = 0;
    while (i > 0 && skipped <= 2) {
      std::string_view w = TokText(d, i - 1);
      if (w == "'s") break;
      if (!d.tokens[i - 1].word || d.tokens[i - 1].cap) return;
      --i;
      ++skipped;
    }
    if (i == 0 || TokText(d, i - 1) != "'s" || i < 2) return;
    uint32_t end = i - 2;  // last word of the name
    if (!IsNameWord(d, end)) return;
    uint32_t start = NameStart(d, end + 1, EntityType::kSTP);
    MentionCandidate c;
    c.span = {d.tokens[start].span.begin, d.tokens[stp].span.end};
    c.type = EntityType::kSTP;
    c.source = MentionSource::kPattern;
    c.rule = "pattern: <name>'s ... STP";
    c.canonical = std::string(d.Text({d.tokens[start].span.begin, d.tokens[end].span.end})) + " STP";
    doc->candidates.push_back(std::move(c));
  }
};

}  // namespace

std::unique_ptr<Component> MakeOrgPatternRuler() { return std::make_unique<OrgPatternRuler>(); }

}  // namespace cg
