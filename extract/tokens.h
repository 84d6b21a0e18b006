#pragma once
// Tokenisation of Document::text into words and punctuation (see Token).
#include "extract/document.h"

namespace cg {

// Fills doc->tokens and doc->sentence_first_token.
void Tokenise(Document* doc);

// True for bytes that belong to words: ASCII letters and digits, and every
// byte of a multi-byte UTF-8 character (accented letters).
inline bool IsWordByte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}

}  // namespace cg
