#include "extract/document/reader.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "extract/document/html.h"
#include "extract/document/limits.h"
#include "extract/document/sentences.h"
#include "extract/document/tokens.h"
#include "graph/hash.h"

namespace cg {

size_t FindInvalidUtf8(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    // ASCII eight bytes at a time.
    if (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, s.data() + i, 8);
      if ((word & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return i;
    if (i + len > n) return i;
    for (size_t k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
      return i;
    i += len;
  }
  return std::string_view::npos;
}

namespace {

// Decodes the code point at s[i] (valid UTF-8 assumed); sets *len.
uint32_t DecodeAt(std::string_view s, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { *len = 1; return c; }
  size_t l = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  if (i + l > s.size()) { *len = 1; return c; }
  uint32_t cp = c & (l == 2 ? 0x1F : l == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < l; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *len = l;
  return cp;
}

// The ASCII stand-in for typographic characters ("" = keep, "\x01" = drop).
const char* Replacement(uint32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB: return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: return "-";
    case 0x00A0: case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006: case 0x2007: case 0x2008:
    case 0x2009: case 0x200A: case 0x202F: case 0x205F: case 0x3000: case '\t': return " ";
    case 0x2026: return "...";
    case 0x2022: case 0x25CF: case 0x25AA: case 0x2023: return "*";
    case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: case 0x00AD: return "\x01";
    default: return "";
  }
}

// Printable ASCII other than space (0x21..0x7E), in one comparison.
inline bool IsPrintable(unsigned char c) { return static_cast<unsigned char>(c - 0x21) < 0x5E; }

// Where the bytes of a block come from: byte k of a plain-text line sits at
// base + k; an HTML block's bytes each carry their own offsets.
// Copy(k, len, op, ep) writes the offsets of bytes [k, k + len) at once.
struct LinearOffsets {
  uint32_t base;
  uint32_t At(size_t k) const { return base + static_cast<uint32_t>(k); }
  uint32_t End(size_t k) const { return base + static_cast<uint32_t>(k) + 1; }
  // (May write up to three entries past len: TextBuilder keeps that slack.)
  void Copy(size_t k, size_t len, uint32_t* op, uint32_t* ep) const {
    const uint32_t b = base + static_cast<uint32_t>(k);
#ifdef __SSE2__
    __m128i at = _mm_add_epi32(_mm_set1_epi32(static_cast<int>(b)), _mm_setr_epi32(0, 1, 2, 3));
    const __m128i four = _mm_set1_epi32(4), one = _mm_set1_epi32(1);
    for (size_t x = 0; x < len; x += 4) {
      _mm_storeu_si128(reinterpret_cast<__m128i*>(op + x), at);
      _mm_storeu_si128(reinterpret_cast<__m128i*>(ep + x), _mm_add_epi32(at, one));
      at = _mm_add_epi32(at, four);
    }
#else
    for (size_t x = 0; x < len; ++x) op[x] = b + static_cast<uint32_t>(x);
    for (size_t x = 0; x < len; ++x) ep[x] = b + static_cast<uint32_t>(x) + 1;
#endif
  }
};
struct TableOffsets {
  const std::vector<uint32_t>& offsets;
  const std::vector<uint32_t>& ends;
  uint32_t At(size_t k) const { return offsets[k]; }
  uint32_t End(size_t k) const { return ends[k]; }
  void Copy(size_t k, size_t len, uint32_t* op, uint32_t* ep) const {
    std::memcpy(op, offsets.data() + k, len * sizeof(uint32_t));
    std::memcpy(ep, ends.data() + k, len * sizeof(uint32_t));
  }
};

// The length of the run at the start of s[0, n) that normalises to itself:
// printable ASCII and single spaces, not starting with a space when
// `after_space`. Sixteen bytes at a time where SSE2 is there.
size_t PlainRun(const char* s, size_t n, bool after_space) {
  size_t i = 0;
  bool prev_space = after_space;
#ifdef __SSE2__
  const __m128i below = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7F);
  while (n - i >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    // Signed: bytes >= 0x80 are negative, so "< 0x20" catches them too.
    const __m128i bad = _mm_or_si128(_mm_cmplt_epi8(v, below), _mm_cmpeq_epi8(v, del));
    const __m128i sp = _mm_cmpeq_epi8(v, below);
    const __m128i twice = _mm_and_si128(sp, _mm_slli_si128(sp, 1));  // a space after a space
    const unsigned space_bits = static_cast<unsigned>(_mm_movemask_epi8(sp));
    const unsigned stop = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(bad, twice))) |
                          (prev_space ? space_bits & 1u : 0u);
    if (stop != 0) return i + static_cast<size_t>(__builtin_ctz(stop));
    prev_space = (space_bits >> 15) != 0;
    i += 16;
  }
#endif
  for (; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ') {
      if (prev_space) break;
      prev_space = true;
    } else if (IsPrintable(c)) {
      prev_space = false;
    } else {
      break;
    }
  }
  return i;
}

// Builds Document::text block by block, normalising and recording offsets.
class TextBuilder {
 public:
  // `size_hint`: the text's likely length (its buffers start that long).
  TextBuilder(Document* doc, size_t size_hint) : doc_(doc) { Reserve(size_hint); }

  // Appends a block whose byte k sits at original offset from.At(k) and
  // ends at from.End(k).
  template <typename Offsets>
  void AddBlock(BlockKind kind, std::string_view raw, const Offsets& from) {
    // No character grows when normalised ("\u2026" is three bytes and
    // "..."): the block takes at most its raw size plus the separator. The
    // buffers grow ahead of the text and are cut to it in Finish().
    size_t w = w_;
    const bool separate = w > 0;
    Reserve(w + raw.size() + 2 + 4);  // 4: LinearOffsets::Copy's slack
    char* tp = doc_->text.data();
    uint32_t* op = doc_->to_original.data();
    uint32_t* ep = doc_->to_original_end.data();
    auto put = [&](char c, uint32_t at, uint32_t at_end) {
      tp[w] = c;
      op[w] = at;
      ep[w] = at_end;
      ++w;
    };
    // The separator belongs to the end of the previous block.
    if (separate) {
      put('\n', last_end_, last_end_);
      put('\n', last_end_, last_end_);
    }
    const size_t begin = w;
    bool last_space = true;
    for (size_t i = 0; i < raw.size();) {
      // Fast path: printable ASCII is copied as it is; runs of spaces are one.
      const unsigned char c0 = static_cast<unsigned char>(raw[i]);
      if (IsPrintable(c0)) {
        // Usually the rest of the line: copied as it is, offsets in bulk.
        const size_t len = PlainRun(raw.data() + i, raw.size() - i, false);
        std::memcpy(tp + w, raw.data() + i, len);
        from.Copy(i, len, op + w, ep + w);
        w += len;
        i += len;
        last_space = raw[i - 1] == ' ';
        continue;
      }
      if (c0 == ' ') {
        if (!last_space) put(' ', from.At(i), from.End(i));
        last_space = true;
        ++i;
        continue;
      }
      size_t len;
      uint32_t cp = DecodeAt(raw, i, &len);
      const uint32_t at = from.At(i);
      const uint32_t at_end = from.End(i + len - 1);
      const char* rep = Replacement(cp);
      if (cp < 0x20 && cp != '\t') rep = " ";  // stray control characters
      if (rep[0] == '\x01') {
        i += len;
        continue;
      }
      std::string_view piece = *rep ? std::string_view(rep) : raw.substr(i, len);
      if (piece == " ") {
        if (!last_space) put(' ', at, at_end);
        last_space = true;
      } else {
        for (char c : piece) put(c, at, at_end);
        last_space = false;
      }
      i += len;
    }
    while (w > begin && tp[w - 1] == ' ') --w;
    // A block with no text leaves its separator (as the text's end always
    // did): the next block starts after it.
    w_ = w;
    if (w > begin) doc_->blocks.push_back({kind, {static_cast<uint32_t>(begin), static_cast<uint32_t>(w)}});
    if (w > 0) last_end_ = ep[w - 1];
  }

  void Finish(uint32_t original_size) {
    doc_->text.resize(w_);
    doc_->to_original.resize(w_);
    doc_->to_original_end.resize(w_);
    // The end of the text maps to the end of the last block's bytes.
    doc_->to_original.push_back(std::min(last_end_, original_size));
  }

 private:
  // Makes the buffers at least `need` long (their tails are scratch).
  void Reserve(size_t need) {
    if (doc_->text.size() >= need) return;
    const size_t n = std::max(need, doc_->text.size() * 2);
    doc_->text.resize(n);
    doc_->to_original.resize(n);
    doc_->to_original_end.resize(n);
  }

  Document* doc_;
  size_t w_ = 0;  // the text's length so far
  uint32_t last_end_ = 0;
};

bool ParseDate(std::string_view s, std::string* out) {
  // YYYY-MM-DD with a plausible month and day.
  if (s.size() < 10) return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  if (s[4] != '-' || s[7] != '-') return false;
  int m = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  *out = std::string(s.substr(0, 10));
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// A `Date: YYYY-MM-DD` header line (or `date:`): true with the date in *out.
// One reading for plain text, for the line before an HTML page and for an
// HTML page's first block.
bool DateHeader(std::string_view line, std::string* out) {
  if (line.size() < 5 || (line.substr(0, 5) != "Date:" && line.substr(0, 5) != "date:")) return false;
  return ParseDate(Trim(line.substr(5)), out);
}

// True if `s` has at most `limit` words (runs of bytes other than spaces
// and tabs); stops counting past the limit.
bool AtMostWords(std::string_view s, size_t limit) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = c == ' ' || c == '\t';
    if (!sp && !in && ++n > limit) return false;
    in = !sp;
  }
  return true;
}

// Strips a leading list marker and returns true: a bullet ("•", "*", "-",
// "–", "·", "●", or the "o" of lists pasted from a word processor) or a
// number ("1.", "12)"), followed by a space or tab.
bool StripBullet(std::string_view& line, size_t& skipped) {
  static const std::string_view kMarks[] = {"\xE2\x80\xA2", "\xE2\x80\x93", "\xC2\xB7", "*", "-", "\xE2\x97\x8F", "o"};
  size_t mark = 0;
  for (auto m : kMarks)
    if (line.substr(0, m.size()) == m) {
      mark = m.size();
      break;
    }
  if (mark == 0) {
    size_t digits = 0;
    while (digits < line.size() && digits < 3 && line[digits] >= '0' && line[digits] <= '9') ++digits;
    if (digits > 0 && digits < line.size() && (line[digits] == '.' || line[digits] == ')')) mark = digits + 1;
  }
  if (mark == 0 || line.size() <= mark || (line[mark] != ' ' && line[mark] != '\t')) return false;
  skipped = mark;
  line.remove_prefix(mark);
  const size_t before = line.size();
  line = Trim(line);
  skipped += before - line.size();
  return true;
}

bool EndsSentence(std::string_view s) {
  while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')')) s.remove_suffix(1);
  // typographic closing quotes
  while (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" || s.substr(s.size() - 3) == "\xE2\x80\x99"))
    s.remove_suffix(3);
  return !s.empty() && (s.back() == '.' || s.back() == ',' || s.back() == ';' || s.back() == ':');
}

// Plain text: one block per non-empty line.
void ReadPlainText(std::string_view bytes, size_t start, Document* doc, TextBuilder* tb) {
  bool first = true;
  size_t pos = start;
  while (pos < bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) nl = bytes.size();
    std::string_view raw = bytes.substr(pos, nl - pos);
    std::string_view line = Trim(raw);
    // Where the trimmed line starts in the original bytes (Trim strips
    // spaces, tabs and CRs: a line may start with an old Mac line end).
    const size_t line_start = pos + static_cast<size_t>(line.data() - raw.data());
    pos = nl + 1;
    if (line.empty()) continue;
    std::string d;
    if (first && doc->date.empty() && DateHeader(line, &d)) {
      doc->date = d;
      continue;
    }
    size_t skipped = 0;
    BlockKind kind;
    if (StripBullet(line, skipped)) kind = BlockKind::kBullet;
    else if (first) kind = BlockKind::kTitle;
    else if (line.substr(0, 3) == "By " && AtMostWords(line, 12)) kind = BlockKind::kByline;
    else if (AtMostWords(line, 14) && !EndsSentence(line)) kind = BlockKind::kHeading;
    else kind = BlockKind::kParagraph;
    first = false;
    tb->AddBlock(kind, line, LinearOffsets{static_cast<uint32_t>(line_start + skipped)});
  }
}

}  // namespace

int Document::SentenceAt(uint32_t pos) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](uint32_t p, const Sentence& s) { return p < s.span.begin; });
  if (it == sentences.begin()) return -1;
  --it;
  return pos < it->span.end ? static_cast<int>(it - sentences.begin()) : -1;
}

uint32_t Document::TokenAt(uint32_t pos) const {
  if (token_at.size() == text.size() + 1 && pos < token_at.size()) return token_at[pos];
  auto it = std::lower_bound(tokens.begin(), tokens.end(), pos,
                             [](const Token& t, uint32_t p) { return t.span.begin < p; });
  return static_cast<uint32_t>(it - tokens.begin());
}

Status ReadDocument(std::string_view name, std::string_view bytes, Document* out) {
  out->Clear();
  Document& doc = *out;
  const std::string_view n = name;
  if (bytes.size() >= kMaxIssueBytes) return Status::InvalidArgument(std::string(n) + ": issue larger than 4 GiB");
  if (const void* nul = std::memchr(bytes.data(), 0, bytes.size()))
    return Status::InvalidArgument(std::string(n) + ": binary file (NUL byte at offset " +
                                   std::to_string(static_cast<const char*>(nul) - bytes.data()) + ")");
  if (size_t bad = FindInvalidUtf8(bytes); bad != std::string_view::npos)
    return Status::InvalidArgument(std::string(n) + ": invalid UTF-8 at byte " + std::to_string(bad));
  doc.name.assign(name);
  doc.id = ContentId(bytes);
  doc.original.assign(bytes);
  TextBuilder tb(&doc, bytes.size() + 64);
  size_t start = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  // The `Date: YYYY-MM-DD` header line may stand before an HTML page too.
  {
    size_t p = start;
    while (p < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[p]))) ++p;
    size_t nl = bytes.find('\n', p);
    if (nl == std::string_view::npos) nl = bytes.size();
    std::string d;
    if (DateHeader(bytes.substr(p, nl - p), &d)) {
      doc.date = d;
      start = nl;
    }
  }
  if (LooksLikeHtml(bytes.substr(start))) {
    doc.html = true;
    std::string date;
    auto blocks = HtmlBlocks(bytes.substr(start), &date);
    for (auto& b : blocks) {
      for (auto& o : b.offsets) o += static_cast<uint32_t>(start);
      for (auto& o : b.ends) o += static_cast<uint32_t>(start);
    }
    std::string d;
    if (doc.date.empty() && ParseDate(date, &d)) doc.date = d;
    bool first = true;
    for (auto& b : blocks) {
      std::string_view t = b.text;
      if (std::string dd; first && doc.date.empty() && DateHeader(t, &dd)) {
        doc.date = dd;
        continue;
      }
      BlockKind kind = b.kind;
      if (first && kind == BlockKind::kHeading) kind = BlockKind::kTitle;
      if (kind == BlockKind::kParagraph && t.substr(0, 3) == "By " && AtMostWords(t, 12)) kind = BlockKind::kByline;
      first = false;
      tb.AddBlock(kind, t, TableOffsets{b.offsets, b.ends});
    }
  } else {
    ReadPlainText(bytes, start, &doc, &tb);
  }
  tb.Finish(static_cast<uint32_t>(bytes.size()));
  if (doc.blocks.empty()) return Status::InvalidArgument(std::string(n) + ": empty issue (no text)");
  doc.lower.assign(doc.text);
  for (char& c : doc.lower)  // ASCII only: same length
    c = static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 'a' - 'A' : 0));
  SplitSentences(&doc);
  Tokenise(&doc);
  return Status::OK();
}

Result<Document> ReadDocument(std::string_view name, std::string_view bytes) {
  Document doc;
  Status s = ReadDocument(name, bytes, &doc);
  if (!s.ok()) return s;
  return doc;
}

void Document::Clear() {
  name.clear();
  id.clear();
  date.clear();
  html = false;
  original.clear();
  text.clear();
  to_original.clear();
  to_original_end.clear();
  lower.clear();
  blocks.clear();
  sentences.clear();
  tokens.clear();
  sentence_first_token.clear();
  token_at.clear();
  name_words.clear();
  candidates.clear();
  mentions.clear();
  spare_mentions.clear();
  entities.clear();
  relations.clear();
  relation_keys.clear();
  views_key = 0;  // `views` keeps its lists' memory: invalid until recomputed
}

}  // namespace cg
