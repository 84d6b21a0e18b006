#include "extract/document/html.h"

#include <gumbo.h>

#include <cctype>
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "extract/document/limits.h"

namespace cg {
namespace {

bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

bool Dropped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_ASIDE: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

// Tags that start a new block, and its kind.
bool BlockTag(GumboTag tag, BlockKind* kind) {
  switch (tag) {
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
      *kind = BlockKind::kHeading;
      return true;
    case GUMBO_TAG_LI:
      *kind = BlockKind::kBullet;
      return true;
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE: case GUMBO_TAG_BODY:
      *kind = BlockKind::kParagraph;
      return true;
    default:
      return false;
  }
}

class Walker {
 public:
  std::vector<RawBlock> blocks;

  // Every node under `root`, in document order, with an explicit stack
  // (a page may nest as deep as kMaxHtmlDepth, and more through the
  // parser's own repairs: no recursion).
  void Visit(const GumboNode* root) {
    struct Frame {
      const GumboVector* children;
      unsigned next;
      bool block;       // a block element: flush and restore the kind after it
      BlockKind saved;
    };
    std::vector<Frame> stack;
    auto enter = [&](const GumboNode* node) {
      if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        AppendText(node->v.text);
        return;
      }
      if (node->type == GUMBO_NODE_DOCUMENT) {
        stack.push_back({&node->v.document.children, 0, false, kind_});
        return;
      }
      if (node->type != GUMBO_NODE_ELEMENT) return;
      const GumboElement& el = node->v.element;
      if (Dropped(el.tag) || HasNavRole(el)) return;
      if (el.tag == GUMBO_TAG_BR) {
        Flush();
        return;
      }
      BlockKind kind;
      const bool block = BlockTag(el.tag, &kind);
      stack.push_back({&el.children, 0, block, kind_});
      if (block) {
        Flush();
        kind_ = kind;
      }
    };
    enter(root);
    while (!stack.empty()) {
      Frame& f = stack.back();
      if (f.next < f.children->length) {
        enter(static_cast<const GumboNode*>(f.children->data[f.next++]));
        continue;
      }
      if (f.block) {
        Flush();
        kind_ = f.saved;
      }
      stack.pop_back();
    }
  }

  void Flush() {
    // Trim and keep non-empty blocks.
    size_t b = 0, e = cur_.text.size();
    while (b < e && std::isspace(static_cast<unsigned char>(cur_.text[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(cur_.text[e - 1]))) --e;
    if (e > b) {
      RawBlock out;
      out.kind = kind_;
      out.text = cur_.text.substr(b, e - b);
      out.offsets.assign(cur_.offsets.begin() + b, cur_.offsets.begin() + e);
      out.ends.assign(cur_.ends.begin() + b, cur_.ends.begin() + e);
      blocks.push_back(std::move(out));
    }
    cur_ = RawBlock{};
  }

 private:
  static bool HasNavRole(const GumboElement& el) {
    const GumboAttribute* role = gumbo_get_attribute(&el.attributes, "role");
    if (role && (IEquals(role->value, "navigation") || IEquals(role->value, "banner") ||
                 IEquals(role->value, "contentinfo")))
      return true;
    const GumboAttribute* hidden = gumbo_get_attribute(&el.attributes, "hidden");
    return hidden != nullptr;
  }

  // Decoded text with, for each byte, the source span of the character or
  // character reference ("&amp;") it came from.
  void AppendText(const GumboText& t) {
    const std::string_view dec(t.text);
    const std::string_view raw(t.original_text.data, t.original_text.length);
    const uint32_t base = static_cast<uint32_t>(t.start_pos.offset);
    size_t i = 0, j = 0;
    while (i < dec.size()) {
      size_t len = 1;
      const unsigned char lead = static_cast<unsigned char>(dec[i]);
      if (lead >= 0xF0) len = 4;
      else if (lead >= 0xE0) len = 3;
      else if (lead >= 0xC0) len = 2;
      len = std::min(len, dec.size() - i);
      size_t raw_len = len;
      if (j < raw.size() && raw[j] == '&' && dec[i] != '&') {
        size_t semi = raw.find(';', j);
        raw_len = (semi != std::string_view::npos && semi - j <= 32) ? semi + 1 - j : 1;
      } else if (j < raw.size() && raw[j] == '&') {
        size_t semi = raw.find(';', j);
        if (semi != std::string_view::npos && semi - j <= 32 && raw.substr(j, 5) == "&amp;") raw_len = 5;
      } else if (j < raw.size() && raw[j] == '\r' && dec[i] == '\n') {
        raw_len = (j + 1 < raw.size() && raw[j + 1] == '\n') ? 2 : 1;
      }
      const uint32_t b = base + static_cast<uint32_t>(std::min(j, raw.empty() ? 0 : raw.size() - 1));
      const uint32_t e = base + static_cast<uint32_t>(std::min(j + raw_len, raw.size()));
      for (size_t k = 0; k < len; ++k) {
        char c = dec[i + k];
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        cur_.text += c;
        cur_.offsets.push_back(b);
        cur_.ends.push_back(std::max(e, b + 1));
      }
      i += len;
      j += raw_len;
    }
  }

  RawBlock cur_;
  BlockKind kind_ = BlockKind::kParagraph;
};

// The date of a <meta name="date" content="..."> (or dcterms.date,
// article:published_time) anywhere in the page; an explicit stack, as Visit.
void FindMetaDate(const GumboNode* root, std::string* date) {
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) continue;
    const GumboVector* children =
        node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children : &node->v.element.children;
    if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == GUMBO_TAG_META) {
      const GumboAttribute* name = gumbo_get_attribute(&node->v.element.attributes, "name");
      if (!name) name = gumbo_get_attribute(&node->v.element.attributes, "property");
      const GumboAttribute* content = gumbo_get_attribute(&node->v.element.attributes, "content");
      if (name && content &&
          (IEquals(name->value, "date") || IEquals(name->value, "dcterms.date") ||
           IEquals(name->value, "article:published_time")))
        *date = std::string(content->value).substr(0, 10);
    }
    for (unsigned i = children->length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(children->data[i]));
  }
}

// Elements that never hold others (no closing tag to wait for).
bool IsVoidTag(std::string_view name) {
  for (std::string_view v : {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                             "source", "track", "wbr"})
    if (IEquals(name, v)) return true;
  return false;
}

// Elements whose end tag may be left out ("<p>a<p>b"): they are not
// counted, or a long page of unclosed paragraphs would look deep.
bool IsImpliedEndTag(std::string_view name) {
  for (std::string_view v : {"p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
                             "colgroup", "rt", "rp"})
    if (IEquals(name, v)) return true;
  return false;
}

// `html` with every tag nested deeper than kMaxHtmlDepth blanked out
// (spaces of the same length, so that offsets into the page stay true);
// the text inside is kept. One pass; comments, declarations and the raw text
// of <script>/<style> are skipped whole.
std::string FlattenDeepTags(std::string_view html) {
  std::string out(html);
  uint32_t depth = 0;
  size_t i = 0;
  while ((i = out.find('<', i)) != std::string::npos) {
    if (out.compare(i, 4, "<!--") == 0) {
      const size_t e = out.find("-->", i + 4);
      i = e == std::string::npos ? out.size() : e + 3;
      continue;
    }
    const size_t close = out.find('>', i + 1);
    if (close == std::string::npos) break;
    const bool closing = i + 1 < out.size() && out[i + 1] == '/';
    size_t n = i + 1 + closing;
    const size_t name_begin = n;
    while (n < close && std::isalnum(static_cast<unsigned char>(out[n]))) ++n;
    const std::string_view name(out.data() + name_begin, n - name_begin);
    if (name.empty() || out[i + 1] == '!' || out[i + 1] == '?') {
      i = close + 1;
      continue;
    }
    if (!closing && (IEquals(name, "script") || IEquals(name, "style"))) {
      const std::string end_tag = std::string("</") + std::string(name);
      size_t e = close + 1;
      while (e < out.size() && !(out[e] == '<' && IEquals(std::string_view(out).substr(e, end_tag.size()), end_tag))) ++e;
      i = e;
      continue;
    }
    const bool self_closing = out[close - 1] == '/' || IsVoidTag(name);
    bool blank = false;
    if (IsImpliedEndTag(name)) {
      blank = depth >= kMaxHtmlDepth;  // not counted, but blanked down there
    } else if (closing) {
      blank = depth > kMaxHtmlDepth;
      if (depth > 0) --depth;
    } else if (!self_closing) {
      ++depth;
      blank = depth > kMaxHtmlDepth;
    }
    if (blank) std::fill(out.begin() + static_cast<std::ptrdiff_t>(i), out.begin() + static_cast<std::ptrdiff_t>(close) + 1, ' ');
    i = close + 1;
  }
  return out;
}

}  // namespace

bool LooksLikeHtml(std::string_view b) {
  size_t i = 0;
  if (b.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < b.size() && std::isspace(static_cast<unsigned char>(b[i]))) ++i;
  std::string_view rest = b.substr(i, 16);
  for (std::string_view p : {"<!doctype html", "<html", "<head", "<body", "<!--"}) {
    if (rest.size() >= p.size() && IEquals(rest.substr(0, p.size()), p)) return true;
  }
  return false;
}

std::vector<RawBlock> HtmlBlocks(std::string_view html, std::string* date) {
  GumboOptions opts = kGumboDefaultOptions;
  opts.max_errors = 1000;
  const std::string flat = FlattenDeepTags(html);
  GumboOutput* out = gumbo_parse_with_options(&opts, flat.data(), flat.size());
  Walker w;
  if (date) FindMetaDate(out->document, date);
  // A <title> gives the title when the body has no <h1>.
  w.Visit(out->document);
  w.Flush();
  gumbo_destroy_output(&opts, out);
  return std::move(w.blocks);
}

}  // namespace cg
