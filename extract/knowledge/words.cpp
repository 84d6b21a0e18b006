#include "extract/knowledge/words.h"

#include "extract/knowledge/cues.h"

#include <array>
#include <cctype>

namespace cg {

void WordSet::Place(Slot s) {
  const std::string_view w(pool_.data() + s.offset, s.size);
  const size_t mask = slots_.size() - 1;
  size_t i = Hash(w) & mask;
  while (slots_[i].size != 0) i = (i + 1) & mask;
  slots_[i] = s;
}

void WordSet::Insert(std::string_view w) {
  if (w.empty() || contains(w)) return;
  lengths_[static_cast<unsigned char>(w[0])] |= uint64_t{1} << std::min<size_t>(w.size(), 63);
  Slot s{static_cast<uint32_t>(pool_.size()), static_cast<uint32_t>(w.size())};
  pool_.append(w);
  if (2 * (count_ + 1) > slots_.size()) {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& o : old)
      if (o.size != 0) Place(o);
  }
  Place(s);
  ++count_;
}

namespace {



}  // namespace

bool IsCapitalStopword(std::string_view w) { return Cue<"capital_stopword">().contains(w); }
bool IsTitle(std::string_view w) { return Cue<"title">().contains(w); }
bool IsGivenNameTitle(std::string_view w) { return Cue<"given_name_title">().contains(w); }
bool IsRoleHead(std::string_view w) {
  static const WordSet& heads = Cue<"post_head">();
  char low[32];
  if (w.size() > sizeof low) return false;
  for (size_t i = 0; i < w.size(); ++i) low[i] = AsciiLower(w[i]);
  return heads.contains(std::string_view(low, w.size()));
}
bool IsSpeechVerb(std::string_view w) { return Cue<"speech_verb">().contains(w); }

std::string LowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

bool ComputeNameWord(const Document& d, uint32_t i) {
  if (i >= d.tokens.size()) return false;
  const Token& t = d.tokens[i];
  if (!t.word || !(t.cap || t.upper) || IsCapitalStopword(TokText(d, i))) return false;
  // A capitalised adverb or participle opening a sentence is not a name
  // ("Sadly", "Talking", "Belatedly").
  if (t.upper) return true;
  bool starts_sentence = i == 0 || TokText(d, i - 1) == "." || TokText(d, i - 1) == "*";
  for (uint32_t k = i == 0 ? 0 : d.tokens[i - 1].span.end; !starts_sentence && k < t.span.begin; ++k)
    starts_sentence = d.text[k] == '\n';
  if (starts_sentence) {
    std::string_view w = TokText(d, i);
    auto ends = [&](std::string_view suf) { return w.size() > suf.size() + 2 && w.substr(w.size() - suf.size()) == suf; };
    if (ends("ly") || ends("ing") || ends("ed")) return false;
  }
  return true;
}

void MarkNameWords(Document* d) {
  const uint32_t n = static_cast<uint32_t>(d->tokens.size());
  d->name_words.assign(n, 0);
  for (uint32_t i = 0; i < n; ++i) {
    const Token& t = d->tokens[i];
    if (t.word && (t.cap || t.upper)) d->name_words[i] = ComputeNameWord(*d, i) ? 1 : 0;
  }
}

}  // namespace cg
