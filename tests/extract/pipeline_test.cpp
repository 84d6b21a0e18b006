// The pipeline's consistency check, and determinism of the whole extractor.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "extract/extractor.h"
#include "extract/pipeline.h"
#include "graph/json.h"
#include "tests/extract/extract_util.h"
#include "tests/test_util.h"

namespace {

// A component for the test: declares what it requires and assigns, and
// optionally fails when run.
class TestComponent : public cg::Component {
 public:
  TestComponent(std::string name, std::vector<std::string_view> needs, std::vector<std::string_view> gives,
                bool fail = false)
      : name_(std::move(name)), requires_(std::move(needs)), assigns_(std::move(gives)), fail_(fail) {}
  std::string_view Name() const override { return name_; }
  std::vector<std::string_view> Requires() const override { return requires_; }
  std::vector<std::string_view> Assigns() const override { return assigns_; }
  cg::Status Run(cg::Document* doc) const override {
    if (fail_) return cg::Status::InvalidArgument("cannot count widgets");
    doc->name += "+" + name_;
    return cg::Status::OK();
  }

 private:
  std::string name_;
  std::vector<std::string_view> requires_, assigns_;
  bool fail_;
};

std::vector<std::unique_ptr<cg::Component>> Components(std::vector<TestComponent> cs) {
  std::vector<std::unique_ptr<cg::Component>> out;
  for (auto& c : cs) out.push_back(std::make_unique<TestComponent>(std::move(c)));
  return out;
}

std::string ReadAll(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::filesystem::path> SampleFiles() {
  std::vector<std::filesystem::path> out;
  for (const auto& e : std::filesystem::directory_iterator(cg::test::SourceDir() / "samples"))
    if (e.path().extension() == ".txt" || e.path().extension() == ".html") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string Json(const cg::Extraction& x) { return nlohmann::json(x).dump(2); }

}  // namespace

TEST_CASE("Pipeline: a component requiring what nobody assigns is refused, naming it", "[extract]") {
  auto p = cg::Pipeline::Create(Components({TestComponent("first", {"tokens"}, {"mentions"}),
                                            TestComponent("widget_counter", {"widgets"}, {"relations"})}));
  REQUIRE_FALSE(p.ok());
  const std::string& msg = p.status().message();
  INFO(msg);
  CHECK(msg.find("widget_counter") != std::string::npos);
  CHECK(msg.find("widgets") != std::string::npos);
  CHECK(msg.find('\n') == std::string::npos);
}

TEST_CASE("Pipeline: a requirement must be assigned by an EARLIER component", "[extract]") {
  auto p = cg::Pipeline::Create(Components({TestComponent("user", {"entities"}, {}),
                                            TestComponent("maker", {"tokens"}, {"entities"})}));
  REQUIRE_FALSE(p.ok());
  CHECK(p.status().message().find("user") != std::string::npos);
  CHECK(p.status().message().find("entities") != std::string::npos);

  auto ok = cg::Pipeline::Create(Components({TestComponent("maker", {"tokens", "text", "sentences"}, {"entities"}),
                                             TestComponent("user", {"entities"}, {})}));
  REQUIRE(ok.ok());
  CHECK(ok->Names() == std::vector<std::string>{"maker", "user"});
  cg::Document doc;
  doc.name = "doc";
  REQUIRE(ok->Run(&doc).ok());
  CHECK(doc.name == "doc+maker+user");  // run in order
}

TEST_CASE("Pipeline: a failing component's error names it and the issue", "[extract]") {
  auto p = cg::Pipeline::Create(Components({TestComponent("broken_counter", {"tokens"}, {}, true)}));
  REQUIRE(p.ok());
  cg::Document doc;
  doc.name = "week7.txt";
  cg::Status s = p->Run(&doc);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("week7.txt") != std::string::npos);
  CHECK(s.message().find("broken_counter") != std::string::npos);
  CHECK(s.message().find("cannot count widgets") != std::string::npos);
}

TEST_CASE("Pipeline: the built-in components form a valid pipeline", "[extract]") {
  auto p = cg::Pipeline::Create(cg::BuiltinComponents());
  INFO(p.status().message());
  REQUIRE(p.ok());
  CHECK(p->Names().size() == cg::BuiltinComponents().size());
}

TEST_CASE("Determinism: the same bytes give the same JSON, on any thread", "[extract]") {
  const auto files = SampleFiles();
  REQUIRE(files.size() >= 3);
  std::vector<std::string> first;
  for (const auto& f : files) {
    const std::string bytes = ReadAll(f);
    auto a = cg::test::ExtractOk(bytes, f.filename().string());
    auto b = cg::test::ExtractOk(bytes, f.filename().string());
    INFO(f);
    CHECK(Json(a) == Json(b));
    CHECK(a == b);
    CHECK(!a.entities.empty());
    first.push_back(Json(a));
  }
  // Two threads at once give the same output as one.
  std::vector<std::string> t1(files.size()), t2(files.size());
  auto run = [&](std::vector<std::string>* out) {
    for (size_t i = 0; i < files.size(); ++i) {
      auto x = cg::Extractor::Default().Extract(files[i].filename().string(), ReadAll(files[i]));
      (*out)[i] = x.ok() ? Json(*x) : x.status().message();
    }
  };
  std::thread a(run, &t1), b(run, &t2);
  a.join();
  b.join();
  CHECK(t1 == first);
  CHECK(t2 == first);
}

TEST_CASE("Determinism: the issue id depends on the bytes, not on the file name", "[extract]") {
  const std::string text = "Date: 2016-01-01\nA title\n\nWye Valley NHS Trust met.\n";
  auto a = cg::test::ExtractOk(text, "a.txt");
  auto b = cg::test::ExtractOk(text, "b.txt");
  auto c = cg::test::ExtractOk(text + "More.\n", "a.txt");
  CHECK(a.doc == "a.txt");
  CHECK(b.doc == "b.txt");
  CHECK(a.issue == b.issue);
  CHECK(a.issue != c.issue);
  CHECK(a.extractor_version == std::string(cg::Extractor::Version()));
}
