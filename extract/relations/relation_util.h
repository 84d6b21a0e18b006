#pragma once
// Helpers shared by the relation components: a sentence with its entity
// mentions in order, lists and groups of them, and adding a relation (token
// tests are extract/document/text.h's, cue tests extract/knowledge/cues.h's).
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extract/knowledge/cues.h"
#include "extract/document/document.h"
#include "extract/document/text.h"
#include "extract/knowledge/words.h"

namespace cg {

// One view per sentence, mentions in text order; computed once per set of
// mentions and kept on the Document (relation components share it).
const std::vector<SentenceView>& SentenceViews(const Document& d);

// The organisation the sentences just before `sentence` talk about: the
// first one (not a national body) named in the nearest of the last three
// sentences that names one; -1 if none ("Then chief executive Jo Bloggs
// retired": the post is there).
int SubjectBefore(const Document& d, const std::vector<SentenceView>& views, int sentence);

// A group named by a plural noun at token `tok` of sentence `v` ("the three
// trusts", "both organisations", "the CCGs": cues.tsv group_*): the
// entities it stands for — with a number, that many distinct ones of its
// type named last before it (this sentence, then up to three before); with
// none, the last list of two or more. Empty if `tok` opens no group or
// nothing fits; *end gets the token after the noun.
std::vector<int> GroupAt(const Document& d, const std::vector<SentenceView>& views, const SentenceView& v, uint32_t tok,
                         uint32_t* end);

// The end (exclusive, an index into v.mentions) of the run of mentions
// coordinated with v.mentions[k] ("A, B and C", "A; B; C", "A as well as
// B"): each next mention follows the last with only separators between
// and has a type `keep` accepts. k itself is not tested.
size_t CoordinatedEnd(const Document& d, const SentenceView& v, size_t k, bool (*keep)(EntityType));

// Organisation-like types that can hold posts, partner or commission.
bool IsOrgLike(EntityType t);
// What a post is held at (ROLE's tail): an organisation or a place.
inline bool CanHoldPost(EntityType t) { return IsOrgLike(t) || t == EntityType::kPlace; }
// What develops a care model (DEVELOPS' head).
inline bool DeveloperType(EntityType t) {
  return t == EntityType::kTrust || t == EntityType::kCCG || t == EntityType::kSTP ||
         t == EntityType::kLocalAuthority || t == EntityType::kOrganisation;
}

// Adds a relation unless the same (type, head, tail) is already there; a
// stronger `kind`/`role` per the caller's judgement is set by the caller.
// `rule` names the construction that found it ("role.apposition_post_of":
// a literal), which `extract --explain` prints.
void AddRelation(Document* d, RelationType type, int head, int tail, int sentence, double confidence,
                 std::map<std::string, std::string> attributes, std::string_view rule);

// The most recent Person entity mentioned before token `tok` within the
// last `window` sentences, or -1 (for "he", "she").
int RecentPerson(const Document& d, const std::vector<SentenceView>& views, int sentence, uint32_t tok,
                 int window);

}  // namespace cg
