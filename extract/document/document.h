#pragma once
// Document: one issue's text and everything the pipeline annotates on it.
//
// `text` is the normalised text (CRLF -> LF; curly quotes, dashes and
// non-breaking spaces -> ASCII; HTML reduced to its text). Every annotation
// is a Span of byte offsets into `text`; OriginalSpan() maps a span back to
// the bytes of the file as read, so evidence points into the real issue.
#include <cstdint>
#include <map>
#include <span>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "graph/types.h"

namespace cg {

// An allocator whose resize() leaves new elements uninitialised (they are
// written right after): the per-byte offset tables are as long as the text.
template <typename T>
struct UninitAllocator : std::allocator<T> {
  template <typename U>
  struct rebind {
    using other = UninitAllocator<U>;
  };
  UninitAllocator() = default;
  template <typename U>
  UninitAllocator(const UninitAllocator<U>&) noexcept {}
  template <typename U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};
using OffsetTable = std::vector<uint32_t, UninitAllocator<uint32_t>>;

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool Contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class BlockKind : uint8_t { kTitle, kByline, kHeading, kBullet, kParagraph };

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  Span span;
};

struct Sentence {
  Span span;
  uint32_t block = 0;  // index into Document::blocks
};

// A word or punctuation token. Words are runs of letters and digits, with
// inner apostrophes, hyphens and decimal points ("King's", "2015-16", "2.4").
struct Token {
  Span span;
  bool word = false;    // letters/digits (else punctuation)
  bool cap = false;     // starts with an upper-case letter
  bool upper = false;   // two or more letters, all upper case ("NHS", "CCG")
  bool digit = false;   // starts with a digit
};

// Where a candidate mention came from; lower values win ties.
enum class MentionSource : uint8_t { kLexicon = 0, kReference = 1, kPattern = 2, kPerson = 3, kAcronym = 4, kAnaphor = 5 };

// A candidate or accepted mention of an entity.
struct MentionCandidate {
  Span span;
  EntityType type = EntityType::kOrganisation;
  std::string canonical;      // canonical name if known (lexicon/reference)
  // Reference codes the form may stand for: a view of the gazetteer's
  // entry (the gazetteer lives for the whole program), so no copy.
  std::span<const std::string> codes;
  MentionSource source = MentionSource::kPattern;
  // true for short forms that only count when the fuller form is in the issue
  bool needs_support = false;
  // Persons: 1 = full name, 2 = title + surname ("Mr Stevens"), 3 = title +
  // given name ("Sir Howard"), 4 = initial + surname ("C. Ham"); for 2 and 3
  // `canonical` holds the bare name.
  uint8_t person = 0;
  // A definite description standing for a named entity ("the trust"): used
  // by relations, never an alias.
  bool anaphor = false;
  // Places inside this mention stay mentions too ("Solent" in "Solent deal").
  bool keeps_inner = false;
  int entity = -1;            // index into Document::entities once resolved
  // What proposed it, for `extract --explain`: a lexicon row, a reference
  // form or a pattern's id (static storage: a literal or the gazetteer's).
  std::string_view rule;
};

// An entity inside one issue, before it becomes an ExtractedEntity.
struct DocEntity {
  EntityType type = EntityType::kOrganisation;
  std::string name;                 // canonical
  std::vector<std::string> codes;   // the linked code, or the candidates when unlinked
  bool linked = false;              // codes[0] is the one organisation meant
  std::vector<uint32_t> mentions;   // indexes into Document::mentions
  std::string surname;              // persons: for "Mr Stevens"
  std::string given;                // persons: for "Sir Howard"
};

// A relation between two entities of the issue, with its evidence sentence.
struct DocRelation {
  RelationType type = RelationType::kRole;
  int head = -1;  // indexes into Document::entities
  int tail = -1;
  std::map<std::string, std::string> attributes;
  int sentence = -1;
  double confidence = 0.5;
  std::string_view rule;  // the construction's id ("role.apposition_post_of"), a literal
};

struct SentMention {
  uint32_t mention;    // index into Document::mentions
  uint32_t first_tok;  // tokens covered [first_tok, end_tok)
  uint32_t end_tok;
  int entity;
  EntityType type;
};

// A sentence with its entity mentions in order (relation components).
struct SentenceView {
  int index = -1;          // into Document::sentences
  uint32_t first_tok = 0;  // tokens [first_tok, end_tok)
  uint32_t end_tok = 0;
  std::vector<SentMention> mentions;
};

class Document {
 public:
  std::string name;       // file name
  std::string id;         // content hash
  std::string date;       // "YYYY-MM-DD" or ""
  bool html = false;      // read from an HTML page
  std::string original;   // the bytes as read
  std::string text;       // normalised
  OffsetTable to_original;      // text byte -> original offset of its source character (size text.size()+1)
  OffsetTable to_original_end;  // text byte -> original end offset of its source character
  std::string lower;      // ASCII-lower-cased `text` (same length)

  std::vector<Block> blocks;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<uint32_t> sentence_first_token;  // per sentence: first token index
  // Per token: IsNameWord (extract/knowledge/words.h), computed once by the pipeline's
  // first component (empty before it: then computed on each call).
  std::vector<uint8_t> name_words;
  OffsetTable token_at;  // byte -> first token starting there or later (size text.size()+1; see TokenAt)

  std::vector<MentionCandidate> candidates;  // every source's proposals
  std::vector<MentionCandidate> mentions;    // accepted, sorted, non-overlapping
  std::vector<MentionCandidate> spare_mentions;  // scratch (AddMentionsInOrder), empty between uses
  std::vector<DocEntity> entities;
  std::vector<DocRelation> relations;
  // (type, head, tail) of every relation (PARTNER: the smaller end first),
  // all added by AddRelation (relation_util.h), which checks duplicates
  // against it in constant time.
  std::unordered_set<uint64_t> relation_keys;

  // Cache of SentenceViews() (extract/relations/relation_util.h), valid while the
  // number of mentions is `views_key - 1` (Clear() sets it to 0 but keeps
  // the views' memory for the next issue).
  mutable std::vector<SentenceView> views;
  mutable size_t views_key = 0;

  std::string_view Text(Span s) const { return std::string_view(text).substr(s.begin, s.size()); }
  // The bytes of the file that `s` was read from (whole characters; a span
  // ending a block ends with that block's last byte, not the next one's).
  Span OriginalSpan(Span s) const {
    return {to_original[s.begin], s.end > s.begin ? to_original_end[s.end - 1] : to_original[s.begin]};
  }
  // Empties every field as a new Document would have it, keeping the
  // vectors' and strings' memory for the next issue (one Document per
  // thread serves every issue it extracts).
  void Clear();
  // Index of the sentence containing byte `pos`, or -1.
  int SentenceAt(uint32_t pos) const;
  // Index of the first token starting at or after `pos`.
  uint32_t TokenAt(uint32_t pos) const;
};

}  // namespace cg
