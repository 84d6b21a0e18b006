// Sentence splitting (extract/document/sentences.h), through ReadDocument.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/document/reader.h"
#include "tests/extract/extract_util.h"

namespace {

// The sentences of one paragraph (a title line comes first and is dropped).
std::vector<std::string> Split(const std::string& paragraph) {
  auto d = cg::ReadDocument("s.txt", "Heading for the test\n\n" + paragraph + "\n");
  INFO(d.status().message());
  REQUIRE(d.ok());
  auto s = cg::test::SentenceTexts(*d);
  REQUIRE(!s.empty());
  s.erase(s.begin());
  return s;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("Sentences: abbreviations, initials and numbers never split", "[extract]") {
  struct Case {
    const char* text;
    V want;
  };
  const Case cases[] = {
      {"Mr. Norman met the board. It agreed the plan.", {"Mr. Norman met the board.", "It agreed the plan."}},
      {"The health minister Mr. Norman said so.", {"The health minister Mr. Norman said so."}},
      {"Dr Smith and Dr. Patel wrote the report.", {"Dr Smith and Dr. Patel wrote the report."}},
      {"The clinic at St Helens opened. Patients came.", {"The clinic at St Helens opened.", "Patients came."}},
      {"Services in St. Helens will close.", {"Services in St. Helens will close."}},
      {"The panel was chaired by J. Smith of the council.", {"The panel was chaired by J. Smith of the council."}},
      {"Reports by A. B. Jones were cited.", {"Reports by A. B. Jones were cited."}},
      {"The deficit reached \xC2\xA3" "2.4bn. Ministers were told.",
       {"The deficit reached \xC2\xA3" "2.4bn.", "Ministers were told."}},
      {"The 2015-16 deficit was \xC2\xA3" "0.5m larger.", {"The 2015-16 deficit was \xC2\xA3" "0.5m larger."}},
      {"Some trusts, e.g. Wye Valley, joined the scheme.", {"Some trusts, e.g. Wye Valley, joined the scheme."}},
      {"Other schemes, i.e. Those in the north, stalled.", {"Other schemes, i.e. Those in the north, stalled."}},
      {"Prof. Ham spoke first. Cllr. Jones spoke next.", {"Prof. Ham spoke first.", "Cllr. Jones spoke next."}},
      {"Version 2.1 of the plan is out. It is long.", {"Version 2.1 of the plan is out.", "It is long."}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Split(c.text) == c.want);
  }
}

TEST_CASE("Sentences: split before a capitalised sentence", "[extract]") {
  struct Case {
    const char* text;
    V want;
  };
  const Case cases[] = {
      {"Beds were cut. Staff left. Waits grew.", {"Beds were cut.", "Staff left.", "Waits grew."}},
      {"Was it worth it? Nobody knows! The board met.", {"Was it worth it?", "Nobody knows!", "The board met."}},
      {"The trust lost money. 2017 was worse.", {"The trust lost money.", "2017 was worse."}},
      {"The plan is late (again). Ministers are cross.", {"The plan is late (again).", "Ministers are cross."}},
      {"Then it stopped... The board met again.", {"Then it stopped...", "The board met again."}},
      // No split where the next word is not capitalised.
      {"The rate fell to 3.5 per cent. and then rose.", {"The rate fell to 3.5 per cent. and then rose."}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Split(c.text) == c.want);
  }
}

TEST_CASE("Sentences: quotations", "[extract]") {
  struct Case {
    const char* text;
    V want;
  };
  const Case cases[] = {
      {"The chair said: \"One. Two.\" Then she left.", {"The chair said: \"One.", "Two.\"", "Then she left."}},
      {"\"We are ready,\" she said. \"The money is there.\"", {"\"We are ready,\" she said.", "\"The money is there.\""}},
      // Curly quotes are normalised first, then split the same way.
      {"He said: \xE2\x80\x9CIt works.\xE2\x80\x9D The board agreed.", {"He said: \"It works.\"", "The board agreed."}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Split(c.text) == c.want);
  }
}

TEST_CASE("Sentences: blocks end sentences; a bullet without a full stop is one sentence", "[extract]") {
  auto d = cg::ReadDocument("b.txt",
                            "Title of the issue\n\n"
                            "  \xE2\x80\xA2 Wards reopen in Hereford from June\n"
                            "  \xE2\x80\xA2 Two trusts merge. The new board meets in May\n"
                            "A heading with no stop\n\n"
                            "A paragraph that ends without a stop\n");
  REQUIRE(d.ok());
  const V want = {"Title of the issue", "Wards reopen in Hereford from June", "Two trusts merge.",
                  "The new board meets in May", "A heading with no stop", "A paragraph that ends without a stop"};
  CHECK(cg::test::SentenceTexts(*d) == want);
  // Every sentence lies in its own block.
  for (const auto& s : d->sentences) CHECK(d->blocks[s.block].span.Contains(s.span));
}
