#pragma once
// Gazetteer: every name caregraph knows in advance — the lexicons of
// data/lexicon/ and the reference-data forms of ReferenceData — compiled into
// one pattern trie and matched from every word start of an issue.
//
// Case policy: a form in capitals ("CQC"), a single word ("Monitor"), a
// place or a person, or a form written with a leading "=" must match with
// its exact case; other multi-word forms match in any case ("better care
// fund"). Care models and policies also match with a plural "s".
//
// Immutable after construction; Get() is thread-safe.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/knowledge/pattern_trie.h"
#include "extract/knowledge/words.h"
#include "extract/document/document.h"

namespace cg {

struct GazetteerEntry {
  EntityType type = EntityType::kOrganisation;
  std::string canonical;            // lexicon entries; "" for reference forms
  std::vector<std::string> codes;   // reference forms: every code the form may stand for
  MentionSource source = MentionSource::kLexicon;
  bool exact_case = false;
  bool needs_support = false;
  std::string form;                 // the form as written in the list
  std::string origin;               // for --explain: "lexicon places.tsv: Birmingham", "reference RJC, RJ1"
};

class Gazetteer {
 public:
  static const Gazetteer& Get();

  // Appends a candidate for every match in `doc` that passes the case policy
  // and falls on word boundaries.
  void Scan(const Document& doc, std::vector<MentionCandidate>* out) const;

  bool IsFirstName(std::string_view w) const { return first_names_.contains(w); }
  // True if the lexicon row with this canonical name lists `kind` in its
  // fourth column ("regulator", "media").
  bool HasKind(std::string_view canonical, std::string_view kind) const;
  // The lexicon entry with this canonical name and type, or nullptr.
  const GazetteerEntry* FindCanonical(EntityType type, const std::string& canonical) const;

  size_t pattern_count() const { return ac_.pattern_count(); }

 private:
  Gazetteer();
  void LoadLexicon(std::string_view tsv, bool exact_places, std::string_view file);
  void AddEntry(const std::string& form, GazetteerEntry e);

  PatternTrie ac_;
  std::vector<GazetteerEntry> entries_;
  std::vector<std::vector<uint32_t>> by_pattern_;  // pattern id -> entry ids
  WordSet first_names_;
  std::vector<std::pair<std::string, WordSet>> kinds_;  // kind -> the canonical names of its rows
};

}  // namespace cg
