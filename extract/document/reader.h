#pragma once
// Reading an issue: bytes -> Document with text, blocks, sentences, tokens.
#include <string_view>

#include "extract/document/document.h"
#include "graph/status.h"

namespace cg {

// Validates UTF-8 (an error names the byte offset), rejects binary data and
// empty issues, detects HTML, normalises, reads the `Date: YYYY-MM-DD`
// header (absent: no date), segments and tokenises.
Result<Document> ReadDocument(std::string_view name, std::string_view bytes);

// The same into `*doc`, which is cleared first (Document::Clear) so that its
// memory serves again; on error `*doc` holds no usable issue.
Status ReadDocument(std::string_view name, std::string_view bytes, Document* doc);

// Offset of the first invalid UTF-8 byte, or npos when valid.
size_t FindInvalidUtf8(std::string_view s);

}  // namespace cg
