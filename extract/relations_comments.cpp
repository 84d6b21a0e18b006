// CommentsRelations: who is quoted on, criticises, praises or questions
// whom or what (COMMENTS_ON, with `stance`: critical, supportive, neutral).
//   "Mr Stevens said: '... [Mr Rogers has] been good enough to produce.'"
//   "..., says local government luminary Simon Parker"   (speaker after the verb)
//   "He writes: '...'"                                     (he = the last person named)
//   "NHS England does appear to be keen that the EHCH model be adopted"
// A quotation opened in the sentence carries on into the next sentences until
// it closes. Places and the media a comment was made through are not what a
// comment is on; nor is the speaker's own organisation.
#include "extract/component.h"
#include "extract/gazetteer.h"
#include "extract/relation_util.h"
#include "extract/words.h"

namespace cg {
namespace {

// Verbs of saying: the topics follow the verb.
const std::initializer_list<std::string_view> kSayingWords = {
    "said", "says", "say", "told", "tells", "writes", "wrote", "argued",
    "argues", "suggested", "suggests", "points", "pointed", "claimed",
    "claims", "insisted", "insists", "believes", "thinks", "stressed",
    "noted", "added", "adds", "explained", "explains", "sounds", "admitted",
    "acknowledged", "described", "commented", "predicted", "warned", "warns"};
// Stance verbs and adjectives: the topic may be anywhere in the sentence.
const std::initializer_list<std::string_view> kCriticalWords = {
    "criticised", "criticises", "criticized", "criticise", "attacked", "rejected", "opposed", "opposes",
    "questioned", "questioning", "raising", "raised", "asking", "questions", "backs", "pulled", "withdrew",
    "blocking", "blocked", "complained", "doubts", "dismissed", "condemned", "hate", "resisting", "caution"};
const std::initializer_list<std::string_view> kSupportiveWords = {
    "support", "supports", "supported", "keen", "welcomed",
    "welcomes", "praised", "praises", "backing", "backed",
    "endorsed", "championed", "championing", "promoting", "enthusiastic"};

bool IsSaying(std::string_view w) {
  static const WordSet k = kSayingWords;
  return k.contains(w);
}

int StanceOf(std::string_view w) {  // -1 critical, +1 supportive, 0 none
  static const WordSet kCritical = kCriticalWords;
  static const WordSet kSupportive = kSupportiveWords;
  if (kCritical.contains(w)) return -1;
  if (kSupportive.contains(w)) return 1;
  return 0;
}

// Any of the words above: one lookup rejects most tokens.
bool IsCue(std::string_view w) {
  static const WordSet k = [] {
    WordSet s;
    for (const auto* list : {&kSayingWords, &kCriticalWords, &kSupportiveWords})
      for (auto x : *list) s.Insert(x);
    return s;
  }();
  return k.contains(w);
}

// A newspaper, journal or channel (data/lexicon, fourth column "media").
bool IsMedia(const std::string& name) { return Gazetteer::Get().HasKind(name, "media"); }

bool Speaker(EntityType t) { return t == EntityType::kPerson || IsOrgLike(t); }

class CommentsRelations : public Component {
 public:
  std::string_view Name() const override { return "comments_relations"; }
  std::vector<std::string_view> Requires() const override { return {"entities", "mentions", "relations"}; }
  std::vector<std::string_view> Assigns() const override { return {"relations"}; }

  Status Run(Document* doc) const override {
    const Document& d = *doc;
    const auto& views = SentenceViews(d);
    for (const auto& v : views) {
      for (uint32_t t = v.first_tok; t < v.end_tok; ++t) {
        const std::string_view w = Low(d, t);
        if (!IsCue(w)) continue;
        const bool saying = IsSaying(w);
        const int stance_word = StanceOf(w);
        if (!saying && stance_word == 0) continue;
        int speaker = -1;
        bool inverted = false;
        // "He writes:", "She said".
        if (t > v.first_tok && (Low(d, t - 1) == "he" || Low(d, t - 1) == "she"))
          speaker = RecentPerson(d, views, v.index, t, 4);
        // ", says local government luminary Simon Parker".
        if (speaker < 0 && saying && t > v.first_tok && (TokText(d, t - 1) == "," || TokText(d, t - 1) == "\"")) {
          for (const auto& m : v.mentions)
            if (m.first_tok > t && m.first_tok <= t + 6 && Speaker(m.type)) {
              speaker = m.entity;
              inverted = true;
              break;
            }
        }
        // Otherwise the nearest person or organisation before the verb.
        if (speaker < 0)
          for (const auto& m : v.mentions)
            if (m.end_tok <= t && Speaker(m.type) && !IsMedia(d.entities[m.entity].name)) speaker = m.entity;
        if (speaker < 0) continue;
        // Topics: after a verb of saying (before it when inverted); anywhere
        // for a stance word; plus the rest of an open quotation.
        // A stance word's topic follows it up to the end of its clause
        // ("backs out of the Greater Lincolnshire deal ... but ..."), or,
        // when nothing follows, stands between speaker and word ("a chain
        // is the only option it will support").
        std::vector<SentMention> topics;
        uint32_t clause_end = v.end_tok;
        if (stance_word != 0) clause_end = FindWord(d, t + 1, v.end_tok, {"but", ";", "while", "whereas", "although"});
        for (const auto& m : v.mentions) {
          bool pos_ok = inverted ? m.end_tok <= t : (m.first_tok > t && m.end_tok <= clause_end);
          if (pos_ok) topics.push_back(m);
        }
        if (stance_word != 0 && topics.empty())
          for (const auto& m : v.mentions)
            if (m.first_tok < t && m.entity != speaker && m.first_tok > SpeakerEnd(v, speaker)) topics.push_back(m);
        int stance = stance_word;
        if (OpensQuote(d, t, v.end_tok)) {
          for (int s = v.index + 1; s < static_cast<int>(views.size()) && s <= v.index + 4; ++s) {
            if (d.sentences[s].block != d.sentences[v.index].block) break;
            for (const auto& m : views[s].mentions) topics.push_back(m);
            if (ClosesQuote(d, views[s])) break;
          }
        }
        if (stance == 0) stance = SentenceStance(d, v.first_tok, v.end_tok);
        for (const auto& m : topics) {
          if (m.entity == speaker || m.type == EntityType::kPlace || IsMedia(d.entities[m.entity].name)) continue;
          if (OwnOrganisation(d, speaker, m.entity)) continue;
          AddRelation(doc, RelationType::kCommentsOn, speaker, m.entity, v.index, 0.5,
                      {{"stance", stance < 0 ? "critical" : stance > 0 ? "supportive" : "neutral"}});
        }
        break;  // one speaker per sentence
      }
    }
    return Status::OK();
  }

 private:
  // An odd number of quotation marks after token `t` in the sentence.
  static bool OpensQuote(const Document& d, uint32_t t, uint32_t end) {
    int q = 0;
    for (uint32_t i = t; i < end; ++i) q += TokText(d, i) == "\"";
    return q % 2 == 1;
  }
  static bool ClosesQuote(const Document& d, const SentenceView& v) {
    int q = 0;
    for (uint32_t i = v.first_tok; i < v.end_tok; ++i) q += TokText(d, i) == "\"";
    return q % 2 == 1;
  }
  static int SentenceStance(const Document& d, uint32_t from, uint32_t to) {
    if (AnyWord(d, from, to, {"caution", "warned", "concern", "concerns", "criticised", "unrealistic", "failed",
                              "disastrous", "not", "hard", "questions", "angry"}))
      return -1;
    if (AnyWord(d, from, to, {"welcome", "welcomed", "praise", "support", "keen", "success", "good"})) return 1;
    return 0;
  }
  // The end token of the speaker's last mention in the sentence (0 if none).
  static uint32_t SpeakerEnd(const SentenceView& v, int speaker) {
    uint32_t end = 0;
    for (const auto& m : v.mentions)
      if (m.entity == speaker) end = m.end_tok;
    return end;
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
