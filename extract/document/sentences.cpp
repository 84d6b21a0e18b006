#include "extract/document/sentences.h"

#include <array>
#include <cstdint>
#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <string_view>

#include "extract/document/limits.h"
#include "graph/ascii.h"

namespace cg {
namespace {

constexpr std::array<std::string_view, 34> kAbbreviations = {
    "mr",  "mrs",  "ms",   "dr",   "st",   "prof", "sr",   "jr",  "rev",  "cllr", "gen", "col",
    "capt", "lt",  "no",   "nos",  "vs",   "v",    "eg",   "ie",  "cf",   "approx", "co", "inc",
    "jan", "feb",  "aug",  "sept", "sep",  "oct",  "nov",  "dec", "rt",   "hon"};

bool IsAlnum(char c) { return IsAsciiAlnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

// The word ending just before position `dot` in `t`, lower-cased.
std::string PrevWord(std::string_view t, size_t dot) {
  size_t b = dot;
  while (b > 0 && (IsAlnum(t[b - 1]) || t[b - 1] == '.')) --b;
  std::string w;
  for (size_t i = b; i < dot; ++i)
    if (t[i] != '.') w += AsciiLower(t[i]);
  return w;
}

bool StartsSentence(std::string_view t, size_t i) {
  if (i >= t.size()) return true;
  unsigned char c = static_cast<unsigned char>(t[i]);
  return IsAsciiUpper(c) || IsAsciiDigit(c) || c == '"' || c == '\'' || c == '(' || c == '[' || c == '*' ||
         c == 0xC2 /* £ */ || c == '$';
}

// Nonzero if some byte of `v` equals the byte repeated in `pattern`.
inline uint64_t HasByte(uint64_t v, uint64_t pattern) {
  const uint64_t x = v ^ pattern;
  return (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
}

// The first '.', '!' or '?' in t[i, end), or end; sixteen bytes at a time
// with SSE2, else eight.
uint32_t NextStop(const char* t, uint32_t i, uint32_t end) {
#ifdef __SSE2__
  const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'), query = _mm_set1_epi8('?');
  while (end - i >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + i));
    const __m128i hit =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, bang)), _mm_cmpeq_epi8(v, query));
    if (const int m = _mm_movemask_epi8(hit)) return i + static_cast<uint32_t>(__builtin_ctz(static_cast<unsigned>(m)));
    i += 16;
  }
#endif
  while (end - i >= 8) {
    uint64_t v;
    std::memcpy(&v, t + i, 8);
    if (HasByte(v, 0x2E2E2E2E2E2E2E2Eull) | HasByte(v, 0x2121212121212121ull) | HasByte(v, 0x3F3F3F3F3F3F3F3Full)) break;
    i += 8;
  }
  while (i < end && t[i] != '.' && t[i] != '!' && t[i] != '?') ++i;
  return i;
}

}  // namespace

void SplitSentences(Document* doc) {
  const std::string_view t = doc->text;
  doc->sentences.reserve(t.size() / 64 + 8);
  for (uint32_t bi = 0; bi < doc->blocks.size(); ++bi) {
    const Span blk = doc->blocks[bi].span;
    uint32_t start = blk.begin;
    auto emit_one = [&](uint32_t end) {
      while (start < end && t[start] == ' ') ++start;
      uint32_t e = end;
      while (e > start && t[e - 1] == ' ') --e;
      if (e > start) doc->sentences.push_back({{start, e}, bi});
      start = end;
    };
    // A sentence past kMaxSentenceBytes is cut at its last ';', ',' or
    // space before the limit (no such byte: at the limit, between UTF-8
    // characters).
    auto emit = [&](uint32_t end) {
      while (end - start > kMaxSentenceBytes) {
        const uint32_t limit = start + kMaxSentenceBytes;
        uint32_t cut = 0;
        for (const char sep : {';', ',', ' '}) {
          for (uint32_t k = limit; k > start + kMaxSentenceBytes / 2 && !cut; --k)
            if (t[k - 1] == sep) cut = k;
          if (cut) break;
        }
        if (!cut) {
          cut = limit;
          while (cut > start + 1 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
        }
        emit_one(cut);
      }
      emit_one(end);
    };
    for (uint32_t i = blk.begin; i < blk.end; ++i) {
      i = NextStop(t.data(), i, blk.end);
      if (i >= blk.end) break;
      const char c = t[i];
      uint32_t j = i + 1;
      while (j < blk.end && (t[j] == '.' || t[j] == '!' || t[j] == '?')) ++j;  // "..." or "?!"
      while (j < blk.end && (t[j] == '"' || t[j] == '\'' || t[j] == ')' || t[j] == ']')) ++j;
      if (j >= blk.end) break;  // the block's end closes the sentence
      if (t[j] != ' ') continue;
      uint32_t k = j;
      while (k < blk.end && t[k] == ' ') ++k;
      if (!StartsSentence(t, k)) continue;
      if (c == '.' && j == i + 1) {
        std::string w = PrevWord(t, i);
        bool abbrev = false;
        for (auto a : kAbbreviations) abbrev |= (w == a);
        // A single upper-case letter is an initial ("J. Smith").
        if (w.size() == 1 && IsAsciiAlpha(static_cast<unsigned char>(w[0])) && i > 0 &&
            IsAsciiUpper(static_cast<unsigned char>(t[i - 1])))
          abbrev = true;
        // "e.g." / "U.S." style: dots inside the word.
        if (i > 2 && t[i - 2] == '.') abbrev = true;
        if (abbrev) continue;
      }
      emit(j);
      i = j;
    }
    emit(blk.end);
  }
}

}  // namespace cg
