// Reading an issue: validation, normalisation with offsets back to the
// original bytes, the Date header and block structure (extract/document/reader.h).
#include <catch2/catch.hpp>
#include <string>

#include "extract/extractor.h"
#include "extract/document/reader.h"
#include "tests/extract/extract_util.h"

using cg::BlockKind;
using cg::Document;
using cg::ReadDocument;

namespace {

Document ReadOk(std::string_view bytes, std::string_view name = "issue.txt") {
  auto d = ReadDocument(name, bytes);
  INFO(d.status().message());
  REQUIRE(d.ok());
  return std::move(d).value();
}

std::string OriginalOf(const Document& d, cg::Span s) {
  cg::Span o = d.OriginalSpan(s);
  return d.original.substr(o.begin, o.end - o.begin);
}

std::vector<BlockKind> Kinds(const Document& d) {
  std::vector<BlockKind> out;
  for (const auto& b : d.blocks) out.push_back(b.kind);
  return out;
}

std::vector<std::string> BlockTexts(const Document& d) {
  std::vector<std::string> out;
  for (const auto& b : d.blocks) out.emplace_back(d.Text(b.span));
  return out;
}

}  // namespace

TEST_CASE("Reader: invalid UTF-8 is an error naming the file and the byte offset", "[extract]") {
  struct Case {
    const char* what;
    std::string valid_prefix;  // the first invalid byte follows it
    std::string rest;
  };
  const std::string head = "Weekly notes\n\nThe trust met on ";
  const Case cases[] = {
      {"lone continuation byte", head, "\x80 Monday."},
      {"bad second byte", head, "\xC3\x28 Monday."},
      {"overlong encoding of '/'", head, "\xC0\xAF Monday."},
      {"truncated three-byte sequence at the end", head, "\xE2\x80"},
      {"UTF-16 surrogate", head, "\xED\xA0\x80 Monday."},
      {"code point above U+10FFFF", head, "\xF4\x90\x80\x80 Monday."},
      {"Latin-1 pound sign after curly quotes", "Budget\n\nA \xE2\x80\x9C" "deal\xE2\x80\x9D worth ", "\xA3" "2m."},
  };
  for (const auto& c : cases) {
    SECTION(c.what) {
      const std::string bytes = c.valid_prefix + c.rest;
      const size_t offset = c.valid_prefix.size();
      CHECK(cg::FindInvalidUtf8(bytes) == offset);
      auto d = ReadDocument("notes/week12.txt", bytes);
      REQUIRE_FALSE(d.ok());
      const std::string& msg = d.status().message();
      INFO(msg);
      CHECK(msg.find("notes/week12.txt") != std::string::npos);
      CHECK(msg.find("UTF-8") != std::string::npos);
      CHECK(msg.find("byte " + std::to_string(offset)) != std::string::npos);
      CHECK(msg.find('\n') == std::string::npos);
      // The extractor passes the same error on.
      auto x = cg::Extractor::Default().Extract("notes/week12.txt", bytes);
      REQUIRE_FALSE(x.ok());
      CHECK(x.status().message() == msg);
    }
  }
}

TEST_CASE("Reader: valid multi-byte text is accepted", "[extract]") {
  const std::string ok =
      "Caf\xC3\xA9 notes\n\nThe \xE2\x82\xAC" "5m fund \xF0\x9F\x8F\xA5 opened in Sm\xC3\xB8rbr\xC3\xB8.";
  CHECK(cg::FindInvalidUtf8(ok) == std::string_view::npos);
  Document d = ReadOk(ok);
  CHECK(d.text.rfind("Caf\xC3\xA9 notes", 0) == 0);
  CHECK(d.text.find("Sm\xC3\xB8rbr\xC3\xB8.") != std::string::npos);
}

TEST_CASE("Reader: a NUL byte means a binary file", "[extract]") {
  const std::string bytes = std::string("PK\x03\x04", 4) + std::string(1, '\0') + "rest of a zip";
  auto d = ReadDocument("upload.docx", bytes);
  REQUIRE_FALSE(d.ok());
  const std::string& msg = d.status().message();
  INFO(msg);
  CHECK(msg.find("upload.docx") != std::string::npos);
  CHECK(msg.find("binary") != std::string::npos);
  CHECK(msg.find("offset 4") != std::string::npos);
  CHECK_FALSE(cg::Extractor::Default().Extract("upload.docx", bytes).ok());
}

TEST_CASE("Reader: empty and whitespace-only issues are errors", "[extract]") {
  const char* inputs[] = {"", "   ", "\n\n\n", " \t \r\n \r\n", "\xEF\xBB\xBF", "\xEF\xBB\xBF  \n\t\n",
                          "Date: 2016-05-01\n", "Date: 2016-05-01\n\n   \n"};
  for (const char* in : inputs) {
    INFO("input: \"" << in << "\"");
    auto d = ReadDocument("blank.txt", in);
    REQUIRE_FALSE(d.ok());
    CHECK(d.status().message().find("blank.txt") != std::string::npos);
    CHECK(d.status().message().find("empty") != std::string::npos);
    CHECK_FALSE(cg::Extractor::Default().Extract("blank.txt", in).ok());
  }
}

TEST_CASE("Reader: a byte-order mark is skipped and offsets still point at the original bytes", "[extract]") {
  const std::string bytes = "\xEF\xBB\xBF" "Ward closures in the north\n\nThe board met on Tuesday.\n";
  Document d = ReadOk(bytes);
  REQUIRE(!d.blocks.empty());
  CHECK(d.blocks[0].kind == BlockKind::kTitle);
  CHECK(d.Text(d.blocks[0].span) == "Ward closures in the north");
  CHECK(d.OriginalSpan(d.blocks[0].span).begin == 3);
  CHECK(d.text.find("\xEF\xBB\xBF") == std::string::npos);
  auto x = cg::test::ExtractOk(bytes);
  CHECK(x.title == "Ward closures in the north");
}

TEST_CASE("Reader: CRLF line ends read like LF, with offsets into the CRLF bytes", "[extract]") {
  const std::string lf = "Date: 2016-02-03\nA note on rotas\n\nThe rota changed in March. Staff were told.\n";
  std::string crlf;
  for (char c : lf) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  Document a = ReadOk(lf), b = ReadOk(crlf);
  CHECK(b.text.find('\r') == std::string::npos);
  CHECK(a.text == b.text);
  CHECK(b.date == "2016-02-03");
  CHECK(cg::test::SentenceTexts(a) == cg::test::SentenceTexts(b));
  // "Staff were told." sits after the CRLF header and title lines.
  REQUIRE(b.sentences.size() == 3);
  CHECK(b.OriginalSpan(b.sentences[2].span).begin == crlf.find("Staff"));
  CHECK(OriginalOf(b, b.sentences[2].span) == "Staff were told.");
}

TEST_CASE("Reader: lines that start with CRs (old Mac line ends, CR CR LF) keep their offsets", "[extract]") {
  // A CR alone ends a line on old Macs; "\r\r\n" comes from double
  // conversions. Either way a line may start with CRs, which are trimmed:
  // the sentence's original span must start at its first letter, not two
  // bytes early (evidence cut inside a UTF-8 character broke the JSON).
  const std::string bytes =
      "Date: 2016-02-03\r\r\nA note on rotas\r\r\n\r\r\n\r\rThe rota changed in March. "
      "Staff at Guy\xE2\x80\x99s were told.\r\n";
  Document d = ReadOk(bytes);
  CHECK(d.date == "2016-02-03");
  REQUIRE(d.sentences.size() == 3);
  CHECK(d.OriginalSpan(d.sentences[1].span).begin == bytes.find("The rota"));
  CHECK(OriginalOf(d, d.sentences[1].span) == "The rota changed in March.");
  CHECK(OriginalOf(d, d.sentences[2].span) == "Staff at Guy\xE2\x80\x99s were told.");
  // The whole pipeline writes its extraction as JSON without an error.
  auto x = cg::test::ExtractOk(bytes);
  CHECK(x.title == "A note on rotas");
}

TEST_CASE("Reader: curly quotes, dashes and non-breaking spaces are normalised, spans map back", "[extract]") {
  // U+2019 apostrophe, U+2013 en dash, U+2014 em dash, U+201C/U+201D quotes,
  // U+00A0 no-break space.
  const std::string para =
      "The King\xE2\x80\x99s Fund said the plan \xE2\x80\x93 launched in May \xE2\x80\x94 was "
      "\xE2\x80\x9C" "bold\xE2\x80\x9D and cost \xC2\xA3" "3m\xC2\xA0in\xC2\xA0total.";
  const std::string bytes = "Date: 2016-06-01\nRotas and money\n\n" + para + "\n";
  Document d = ReadOk(bytes);
  const std::string want = "The King's Fund said the plan - launched in May - was \"bold\" and cost \xC2\xA3" "3m in total.";
  CHECK(d.text.find(want) != std::string::npos);
  // A span over the normalised sentence maps back to the curly bytes.
  REQUIRE(d.sentences.size() == 2);
  CHECK(d.Text(d.sentences[1].span) == want);
  CHECK(OriginalOf(d, d.sentences[1].span) == para);
  // So does a span inside it: the quoted word with its quotes.
  const uint32_t q = static_cast<uint32_t>(d.text.find("\"bold\""));
  CHECK(OriginalOf(d, {q, q + 6}) == "\xE2\x80\x9C" "bold\xE2\x80\x9D");

  // Through the extractor: the King's Fund mention's span covers the
  // original bytes with the curly apostrophe.
  auto x = cg::test::ExtractOk(bytes);
  INFO(cg::test::Describe(x));
  const cg::ExtractedEntity* kf = nullptr;
  for (const auto& e : x.entities)
    if (e.name.find("King's Fund") != std::string::npos) kf = &e;
  REQUIRE(kf != nullptr);
  REQUIRE(!kf->mentions.empty());
  const auto& m = kf->mentions.front();
  const std::string orig = bytes.substr(m.begin, m.end - m.begin);
  CHECK(orig.find("King\xE2\x80\x99s Fund") != std::string::npos);
  CHECK(m.text.find("King's Fund") != std::string::npos);
}

TEST_CASE("Reader: the Date header", "[extract]") {
  SECTION("read, and not part of the text") {
    Document d = ReadOk("Date: 2017-03-04\nStaffing in March\n\nNurses left.\n");
    CHECK(d.date == "2017-03-04");
    CHECK(d.text.find("Date") == std::string::npos);
    CHECK(cg::test::ExtractOk("Date: 2017-03-04\nStaffing in March\n\nNurses left.\n").date == "2017-03-04");
  }
  SECTION("after blank lines and with extra spaces") {
    CHECK(ReadOk("\n\nDate:   2015-12-31  \nYear end\n\nA quiet week.\n").date == "2015-12-31");
  }
  SECTION("absent: empty date, not an error") {
    Document d = ReadOk("Staffing in March\n\nNurses left.\n");
    CHECK(d.date.empty());
    CHECK(d.blocks[0].kind == BlockKind::kTitle);
  }
  SECTION("a bad date is not a date") {
    for (const char* bad : {"Date: 2017-13-04", "Date: 2017-02-40", "Date: yesterday", "Date: 17-03-04",
                            "Date: 2017/03/04"}) {
      INFO(bad);
      auto d = ReadDocument("issue.txt", std::string(bad) + "\nStaffing in March\n\nNurses left.\n");
      REQUIRE(d.ok());
      CHECK(d->date.empty());
    }
  }
  SECTION("a Date line further down is text, not the header") {
    Document d = ReadOk("Staffing in March\n\nDate: 2017-03-04\n\nNurses left.\n");
    CHECK(d.date.empty());
  }
}

TEST_CASE("Reader: block kinds of a plain-text issue", "[extract]") {
  const std::string bytes =
      "Date: 2016-09-12\n"
      "Community services under review\n"
      "By our health reporter Ann Lee\n"
      "\n"
      "The week in brief\n"
      "\n"
      "  \xE2\x80\xA2 Three wards closed at the county hospital on Monday.\n"
      "  \xE2\x80\xA2 A new rota starts next month\n"
      "\n"
      "Commissioners want the review finished before the winter, when demand for beds rises and "
      "discharges slow down across the county.\n";
  Document d = ReadOk(bytes);
  INFO(d.text);
  const std::vector<BlockKind> want = {BlockKind::kTitle,  BlockKind::kByline, BlockKind::kHeading,
                                       BlockKind::kBullet, BlockKind::kBullet, BlockKind::kParagraph};
  CHECK(Kinds(d) == want);
  auto texts = BlockTexts(d);
  REQUIRE(texts.size() == 6);
  CHECK(texts[0] == "Community services under review");
  CHECK(texts[2] == "The week in brief");
  // The bullet marker is not part of the bullet's text.
  CHECK(texts[3] == "Three wards closed at the county hospital on Monday.");
  CHECK(texts[4] == "A new rota starts next month");
  CHECK(d.OriginalSpan(d.blocks[3].span).begin == bytes.find("Three wards"));
  // Other bullet markers.
  Document e = ReadOk("Notes\n\n* First point here\n- Second point here\n");
  CHECK(Kinds(e) == std::vector<BlockKind>{BlockKind::kTitle, BlockKind::kBullet, BlockKind::kBullet});
  CHECK(BlockTexts(e)[2] == "Second point here");
}

// A span that ends where its block ends maps to the first byte of the NEXT
// block (the "\n\n" put between blocks takes the next block's offset), so
// the original substring runs on over the line break, blank lines and the
// next bullet's marker. Seen in every relation's evidence sentence.
TEST_CASE("Reader: a span ending at the end of a block maps to the end of its line", "[extract]") {
  const std::string bytes =
      "A note on rotas\r\n\r\nThe rota changed in March.\r\n"
      "  \xE2\x80\xA2 Wards reopen in June\n  \xE2\x80\xA2 Staff return in July\n\nLast line here.\n";
  Document d = ReadOk(bytes);
  REQUIRE(d.blocks.size() == 5);
  for (const auto& b : d.blocks) {
    INFO(d.Text(b.span));
    CHECK(OriginalOf(d, b.span) == std::string(d.Text(b.span)));
  }
  for (const auto& s : d.sentences) {
    INFO(d.Text(s.span));
    CHECK(OriginalOf(d, s.span) == std::string(d.Text(s.span)));
  }
}
