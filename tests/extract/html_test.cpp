// HTML input: a saved page reduced to its article text, with spans into the
// HTML source (extract/document/html.h, extract/document/reader.h).
#include <catch2/catch.hpp>
#include <string>

#include "extract/extractor.h"
#include "extract/document/html.h"
#include "extract/document/reader.h"
#include "tests/extract/extract_util.h"

using cg::BlockKind;

namespace {

const char kPage[] = R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="date" content="2017-02-14T09:00:00Z">
<title>Page title in the head</title>
<style>.lede { font-weight: bold } /* Wye Valley NHS Trust styling */</style>
<script>var tracker = "Frimley Health NHS Foundation Trust analytics"; function go(){ return "Menu text"; }</script>
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/jobs">Careers at Dudley CCG</a></li></ul></nav>
<div role="navigation">Skip to Birmingham city council content</div>
<main>
<h1>Winter pressures in the Marches</h1>
<p class="lede">Wye Valley NHS Trust opened twenty extra beds this week.</p>
<h2>What the regulators said</h2>
<ul>
  <li>Bed occupancy stayed above 95 per cent</li>
  <li>Discharges slowed at weekends</li>
</ul>
<p>Staff at <b>Wye Valley NHS Trust</b> were thanked by the board.</p>
<script>document.write("Hidden Yeovil District Hospital text");</script>
</main>
<footer><p>Copyright NHS Improvement 2017. Contact Herefordshire news desk.</p></footer>
</body>
</html>
)";

std::vector<BlockKind> Kinds(const cg::Document& d) {
  std::vector<BlockKind> out;
  for (const auto& b : d.blocks) out.push_back(b.kind);
  return out;
}

}  // namespace

TEST_CASE("HTML: scripts, styles, navigation and footers are not read", "[extract]") {
  auto d = cg::ReadDocument("page.html", kPage);
  REQUIRE(d.ok());
  CHECK(d->html);
  INFO(d->text);
  for (const char* absent : {"tracker", "analytics", "Menu text", "font-weight", "styling", "Careers",
                             "Home", "Skip to", "Hidden", "document.write", "Copyright", "news desk",
                             "Page title in the head"})
    CHECK(d->text.find(absent) == std::string::npos);
  CHECK(d->text.find("opened twenty extra beds") != std::string::npos);

  auto x = cg::test::ExtractOk(kPage, "page.html");
  INFO(cg::test::Describe(x));
  for (const char* absent : {"Frimley Health NHS Foundation Trust", "NHS Dudley Clinical Commissioning Group",
                             "Yeovil District Hospital NHS Foundation Trust", "NHS Improvement", "Herefordshire"})
    CHECK(cg::test::FindByName(x, absent) == nullptr);
  CHECK(cg::test::FindByName(x, "Wye Valley NHS Trust") != nullptr);
}

TEST_CASE("HTML: headings, list items and paragraphs become blocks", "[extract]") {
  auto d = cg::ReadDocument("page.html", kPage);
  REQUIRE(d.ok());
  const std::vector<BlockKind> want = {BlockKind::kTitle,  BlockKind::kParagraph, BlockKind::kHeading,
                                       BlockKind::kBullet, BlockKind::kBullet,    BlockKind::kParagraph};
  CHECK(Kinds(*d) == want);
  REQUIRE(d->blocks.size() == want.size());
  CHECK(d->Text(d->blocks[0].span) == "Winter pressures in the Marches");
  CHECK(d->Text(d->blocks[2].span) == "What the regulators said");
  CHECK(d->Text(d->blocks[3].span) == "Bed occupancy stayed above 95 per cent");
  // Inline markup does not split a paragraph.
  CHECK(d->Text(d->blocks[5].span) == "Staff at Wye Valley NHS Trust were thanked by the board.");
  // A bullet without a full stop is one sentence.
  CHECK(d->SentenceAt(d->blocks[3].span.begin) != d->SentenceAt(d->blocks[4].span.begin));
  auto x = cg::test::ExtractOk(kPage, "page.html");
  CHECK(x.title == "Winter pressures in the Marches");
}

TEST_CASE("HTML: the date comes from <meta name=\"date\">", "[extract]") {
  auto d = cg::ReadDocument("page.html", kPage);
  REQUIRE(d.ok());
  CHECK(d->date == "2017-02-14");
  CHECK(cg::test::ExtractOk(kPage, "page.html").date == "2017-02-14");
}

TEST_CASE("HTML: a Date line before <!DOCTYPE> is read", "[extract]") {
  const std::string page = "Date: 2018-07-02\n<!DOCTYPE html>\n<html><body><h1>Summer notes</h1>"
                           "<p>Wye Valley NHS Trust met its targets.</p></body></html>\n";
  auto d = cg::ReadDocument("page.html", page);
  REQUIRE(d.ok());
  CHECK(d->html);
  CHECK(d->date == "2018-07-02");
  CHECK(d->text.find("Date") == std::string::npos);
  CHECK(d->Text(d->blocks[0].span) == "Summer notes");
  // The header wins over a meta date.
  const std::string both = "Date: 2018-07-02\n<!DOCTYPE html><html><head><meta name=\"date\" content=\"2011-01-01\">"
                           "</head><body><p>Some text here.</p></body></html>";
  auto b = cg::ReadDocument("page.html", both);
  REQUIRE(b.ok());
  CHECK(b->date == "2018-07-02");
}

TEST_CASE("HTML: entity mention spans point into the HTML source bytes", "[extract]") {
  const std::string page(kPage);
  auto x = cg::test::ExtractOk(page, "page.html");
  const cg::ExtractedEntity* wv = cg::test::FindByName(x, "Wye Valley NHS Trust");
  REQUIRE(wv != nullptr);
  REQUIRE(wv->mentions.size() == 2);
  CHECK(wv->mentions[0].begin == page.find("Wye Valley NHS Trust opened"));
  CHECK(wv->mentions[1].begin == page.find("Wye Valley NHS Trust</b>"));
  // Inside a text node the whole span is the name.
  const auto& m = wv->mentions[0];
  CHECK(page.substr(m.begin, m.end - m.begin) == "Wye Valley NHS Trust");
}

// A mention that ends where its text node ends (before "</b>") maps its end
// to the first byte of the next text node, so the span takes in the tag:
// page bytes "Wye Valley NHS Trust</b>". Same cause as the reader's spans at
// block ends: an exclusive end is mapped through the next byte's offset.
TEST_CASE("HTML: a mention just before a closing tag ends before the tag", "[extract]") {
  const std::string page(kPage);
  auto x = cg::test::ExtractOk(page, "page.html");
  const cg::ExtractedEntity* wv = cg::test::FindByName(x, "Wye Valley NHS Trust");
  REQUIRE(wv != nullptr);
  REQUIRE(wv->mentions.size() == 2);
  const auto& m = wv->mentions[1];
  CHECK(page.substr(m.begin, m.end - m.begin) == "Wye Valley NHS Trust");
}

// A character reference earlier in the same text node makes the decoded text
// shorter than the source; spans after it must still land on the name.
TEST_CASE("HTML: spans stay right after character references", "[extract]") {
  const std::string page =
      "<!DOCTYPE html><html><body><h1>Beds &amp; budgets</h1>"
      "<p>Smith &amp; Jones &ndash; the consultancy &mdash; advised Wye Valley NHS Trust on its plan.</p>"
      "</body></html>";
  auto x = cg::test::ExtractOk(page, "page.html");
  INFO(cg::test::Describe(x));
  const cg::ExtractedEntity* wv = cg::test::FindByName(x, "Wye Valley NHS Trust");
  REQUIRE(wv != nullptr);
  REQUIRE(wv->mentions.size() == 1);
  const auto& m = wv->mentions[0];
  CHECK(page.substr(m.begin, m.end - m.begin) == "Wye Valley NHS Trust");
  CHECK(x.title == "Beds & budgets");
}

TEST_CASE("HTML: a malformed page still extracts", "[extract]") {
  const std::string page =
      "<html><body><h1>Unclosed things\n<p>Wye Valley NHS Trust and its partners met on Monday.\n"
      "<p>The board <b>agreed <i>a plan\n<ul><li>First item<li>Second item\n<div><span>Trailing text";
  auto d = cg::ReadDocument("broken.html", page);
  REQUIRE(d.ok());
  CHECK(d->html);
  INFO(d->text);
  CHECK(d->text.find("Wye Valley NHS Trust and its partners met on Monday.") != std::string::npos);
  CHECK(d->text.find("Second item") != std::string::npos);
  CHECK(d->text.find("Trailing text") != std::string::npos);
  auto x = cg::test::ExtractOk(page, "broken.html");
  CHECK(cg::test::FindByName(x, "Wye Valley NHS Trust") != nullptr);
  // Garbage markup is not a crash either.
  for (const char* junk : {"<html><<<>>><body", "<html><body><p>&#xZZZZ; &bogus; <//p></body>", "<html>\xC2\xA0</html>",
                           "<!DOCTYPE html><html><script>unterminated"}) {
    INFO(junk);
    auto r = cg::Extractor::Default().Extract("junk.html", junk);
    if (!r.ok()) CHECK(r.status().message().find("junk.html") != std::string::npos);
  }
}

TEST_CASE("HTML: LooksLikeHtml", "[extract]") {
  CHECK(cg::LooksLikeHtml("<!DOCTYPE html><html></html>"));
  CHECK(cg::LooksLikeHtml("\xEF\xBB\xBF  <HTML><body>"));
  CHECK(cg::LooksLikeHtml("\n<body><p>x</p></body>"));
  CHECK_FALSE(cg::LooksLikeHtml("Date: 2016-01-01\nA plain <b>issue</b>"));
  CHECK_FALSE(cg::LooksLikeHtml("The <html> tag is mentioned here."));
}
