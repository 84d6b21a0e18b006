// CommentsRelations: who is quoted on, criticises, praises or questions
// whom or what (COMMENTS_ON, with `stance`: critical, supportive, neutral).
//   "Jo Bloggs, chief executive of X, said the plan for Y was late"  (a person
//                                             before the verb is the speaker)
//   "..., says Jo Bloggs" / "Y is late, Jo Bloggs has warned"        (speaker after
//                                             the content, the content before)
//   "He said:" then a quotation, in the sentence or the next paragraphs
//   "X has criticised Y", "X welcomed Y"      (stance verbs)
//   "Y was welcomed by Jo Bloggs"             (passive)
// Places, media ("told HSJ") and the speaker's own organisation are not
// what a comment is on. Words: cues.tsv say_verb, tell_verb, stance_*, tone_*.
#include <vector>

#include "extract/document/component.h"
#include "extract/knowledge/cues.h"
#include "extract/knowledge/gazetteer.h"
#include "extract/knowledge/posts.h"
#include "extract/relations/relation_util.h"
#include "extract/knowledge/words.h"

namespace cg {
namespace {

// A newspaper, journal or channel (data/lexicon, fourth column "media").
bool IsMedia(const Document& d, int entity) { return Gazetteer::Get().HasKind(d.entities[entity].name, "media"); }

bool Speaker(EntityType t) { return t == EntityType::kPerson || IsOrgLike(t); }

// How far (in sentences) a quotation opened by a comment may run on.
constexpr int kQuoteReach = 4;

int StanceOf(std::string_view w) {  // -1 critical, +1 supportive, 0 none
  static const WordSet& critical = Cue<"stance_critical">();
  static const WordSet& supportive = Cue<"stance_supportive">();
  return critical.contains(w) ? -1 : supportive.contains(w) ? 1 : 0;
}

int Tone(const Document& d, uint32_t from, uint32_t to) {
  static const WordSet& critical = Cue<"tone_critical">();
  static const WordSet& supportive = Cue<"tone_supportive">();
  if (AnyWordIn(d, from, to, critical)) return -1;
  if (AnyWordIn(d, from, to, supportive)) return 1;
  return 0;
}

// An odd number of quotation marks in [from, to).
bool OddQuotes(const Document& d, uint32_t from, uint32_t to) {
  int q = 0;
  for (uint32_t i = from; i < to; ++i) q += TokText(d, i) == "\"";
  return q % 2 == 1;
}

struct Comment {
  int speaker = -1;
  uint32_t speaker_first = 0;  // the speaker's mention, tokens
  std::vector<SentMention> topics;
  int stance = 0;
};

class CommentsRelations : public Component {
 public:
  std::string_view Name() const override { return "comments_relations"; }
  std::vector<std::string_view> Requires() const override { return {"entities", "mentions", "relations"}; }
  std::vector<std::string_view> Assigns() const override { return {"relations"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    const auto& views = SentenceViews(d);
    static const WordSet& say = Cue<"say_verb">();
    // Sentences inside a quotation already given to its speaker: their own
    // verbs are the speaker's words, not new comments.
    thread_local std::vector<uint8_t> quoted;
    quoted.assign(views.size(), 0);
    for (const auto& v : views) {
      if (quoted[v.index]) continue;
      for (uint32_t t = v.first_tok; t < v.end_tok; ++t) {
        const std::string_view w = Low(d, t);
        const bool saying = say.contains(w);
        const int stance = StanceOf(w);
        if (!saying && stance == 0) continue;
        Comment c = saying ? Said(d, views, v, t, &quoted) : Stance(d, v, t, stance);
        if (c.speaker < 0) continue;
        if (c.stance == 0) c.stance = Tone(d, v.first_tok, v.end_tok);
        Add(doc, v, c);
        break;  // one speaker per sentence
      }
    }
    return Status::OK();
  }

 private:
  // A verb of saying at t: speaker, topics, and the quotation it opens.
  static Comment Said(const Document& d, const std::vector<SentenceView>& views, const SentenceView& v, uint32_t t,
                      std::vector<uint8_t>* quoted) {
    static const WordSet& tell = Cue<"tell_verb">();
    Comment c;
    const bool telling = tell.contains(Low(d, t));
    if (t > v.first_tok && (Low(d, t - 1) == "he" || Low(d, t - 1) == "she")) {
      c.speaker = RecentPerson(d, views, v.index, t, kQuoteReach);
    } else if (!telling && t > v.first_tok && (TokText(d, t - 1) == "," || TokText(d, t - 1) == "\"")) {
      // ", says Jo Bloggs": the speaker follows, the content precedes.
      // Only a post may stand between ("says local GP leader Jo Bloggs"),
      // and the name ends the clause ("said the X plan was late" is not it).
      for (const auto& m : v.mentions)
        if (m.first_tok > t && m.first_tok <= t + 6 && Speaker(m.type) && !IsMedia(d, m.entity) &&
            (m.first_tok == t + 1 || AllPostWords(d, t + 1, m.first_tok)) &&
            (m.end_tok >= v.end_tok || !d.tokens[m.end_tok].word)) {
          c.speaker = m.entity;
          c.speaker_first = m.first_tok;
          for (const auto& x : v.mentions)
            if (x.end_tok <= t) c.topics.push_back(x);
          return c;
        }
    }
    if (c.speaker < 0) {
      // The subject: the last person before the verb, else the nearest
      // organisation just before it.
      for (const auto& m : v.mentions)
        if (m.end_tok <= t && m.type == EntityType::kPerson) c.speaker = m.entity, c.speaker_first = m.first_tok;
      if (c.speaker < 0)
        for (const auto& m : v.mentions)
          if (m.end_tok <= t && t - m.end_tok <= 8 && Speaker(m.type) && !IsMedia(d, m.entity))
            c.speaker = m.entity, c.speaker_first = m.first_tok;
    }
    if (c.speaker < 0) return c;
    // What is said: after the verb (not the addressee of "told X").
    for (const auto& m : v.mentions)
      if (m.first_tok > t && !(telling && m.first_tok <= t + 2)) c.topics.push_back(m);
    // "Y will take more than X, Jo Bloggs has warned": the content before
    // the comma that opens the speaker's part.
    if (c.topics.empty() && !OddQuotes(d, t, v.end_tok)) {
      uint32_t comma = c.speaker_first;
      while (comma > v.first_tok && TokText(d, comma - 1) != ",") --comma;
      for (const auto& m : v.mentions)
        if (comma > v.first_tok && m.end_tok < comma) c.topics.push_back(m);
    }
    Quotation(d, views, v, t, &c, quoted);
    return c;
  }

  // A quotation opened after the verb runs on into the next sentences of
  // its paragraph; "said:" ending a paragraph opens the next one.
  static void Quotation(const Document& d, const std::vector<SentenceView>& views, const SentenceView& v, uint32_t t,
                        Comment* c, std::vector<uint8_t>* quoted) {
    bool open = OddQuotes(d, t, v.end_tok);
    bool colon = v.end_tok > 0 && v.end_tok - 1 > t && TokText(d, v.end_tok - 1) == ":";  // "said:" then a paragraph
    if (!open && !colon) return;
    uint32_t block = d.sentences[v.index].block;
    for (int s = v.index + 1; s < static_cast<int>(views.size()) && s <= v.index + kQuoteReach; ++s) {
      uint32_t from = views[s].first_tok;
      const bool starts_quote = from < views[s].end_tok && TokText(d, from) == "\"";
      if (d.sentences[s].block != block) {
        // The next paragraph carries on a quotation still open (opening
        // with a mark that does not close it), or one announced by "said:".
        if (d.sentences[s].block != block + 1 || (!starts_quote && !colon)) break;
        if (starts_quote) open = true, ++from;
        block = d.sentences[s].block;
      }
      colon = false;
      // People a quotation names are its company, not its topic ("we look
      // forward to Jo Bloggs joining our board").
      for (const auto& m : views[s].mentions)
        if (m.type != EntityType::kPerson) c->topics.push_back(m);
      (*quoted)[s] = 1;
      if (OddQuotes(d, from, views[s].end_tok)) open = !open;
      if (!open) break;
    }
  }

  // A stance verb at t: the speaker right before it ("X has criticised"),
  // the topic after it up to the end of its clause.
  static Comment Stance(const Document& d, const SentenceView& v, uint32_t t, int stance) {
    Comment c;
    c.stance = stance;
    // "X was welcomed by Jo Bloggs": the speaker after "by", X the topic.
    if (t > v.first_tok && t + 1 < v.end_tok && Low(d, t + 1) == "by" && Cue<"post_copula">().contains(Low(d, t - 1))) {
      for (const auto& m : v.mentions)
        if (m.first_tok > t + 1 && m.first_tok <= t + 8 && (m.type == EntityType::kPerson || c.speaker < 0) &&
            Speaker(m.type) && !IsMedia(d, m.entity))
          c.speaker = m.entity, c.speaker_first = m.first_tok;
      for (const auto& m : v.mentions)
        if (m.end_tok < t) c.topics.push_back(m);
      return c;
    }
    for (const auto& m : v.mentions)
      if (m.end_tok <= t && t - m.end_tok <= 3 && Speaker(m.type) && !IsMedia(d, m.entity))
        c.speaker = m.entity, c.speaker_first = m.first_tok;
    if (c.speaker < 0) return c;
    const uint32_t end = FindWord(d, t + 1, v.end_tok, {"but", ";", "while", "whereas", "although"});
    for (const auto& m : v.mentions)
      if (m.first_tok > t && m.end_tok <= end) c.topics.push_back(m);
    return c;
  }

  static void Add(Document* doc, const SentenceView& v, const Comment& c) {
    const Document& d = *doc;
    for (const auto& m : c.topics) {
      if (m.entity == c.speaker || m.type == EntityType::kPlace || IsMedia(d, m.entity)) continue;
      if (OwnOrganisation(d, c.speaker, m.entity)) continue;
      AddRelation(doc, RelationType::kCommentsOn, c.speaker, m.entity, v.index, 0.5,
                  {{"stance", c.stance < 0 ? "critical" : c.stance > 0 ? "supportive" : "neutral"}}, "comments.said_or_stance");
    }
  }

  static bool OwnOrganisation(const Document& d, int person, int org) {
    for (const auto& r : d.relations)
      if (r.type == RelationType::kRole && r.head == person && r.tail == org) return true;
    return false;
  }
};

}  // namespace

std::unique_ptr<Component> MakeCommentsRelations() { return std::make_unique<CommentsRelations>(); }

}  // namespace cg
