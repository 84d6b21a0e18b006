#pragma once
// HTML input: a saved web page or e-mail of a briefing, parsed with gumbo.
// Headings, list items and paragraphs become blocks; scripts, styles,
// navigation, headers, footers and forms are dropped.
#include <string>
#include <string_view>
#include <vector>

#include "extract/document/document.h"

namespace cg {

// A block of raw (not yet normalised) text, with the offset in the HTML
// source of each of its bytes.
struct RawBlock {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;
  std::vector<uint32_t> offsets;  // one per byte of `text`: where its character starts in the source
  std::vector<uint32_t> ends;     // one per byte of `text`: where its character (or entity) ends
};

// True if `bytes` looks like HTML (starts, after whitespace and a BOM, with
// "<!DOCTYPE html", "<html", "<head" or "<body", any case).
bool LooksLikeHtml(std::string_view bytes);

// The page's text blocks, in document order. `date` receives the content
// of <meta name="date"> (or "dcterms.date"/"article:published_time") if any.
std::vector<RawBlock> HtmlBlocks(std::string_view html, std::string* date);

}  // namespace cg
