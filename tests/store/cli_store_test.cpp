// The commands that write to the store: ingest, remove, reindex, verify and
// stats, run as a user runs them.
#include <rocksdb/db.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "extract/extractor.h"
#include "graph/json.h"
#include "store/schema.h"
#include "store/store.h"
#include "tests/store/synthetic.h"
#include "tests/test_util.h"

namespace cg {
namespace {

using test::Quote;
using test::RunCli;
using test::TempDir;
namespace fs = std::filesystem;

// The corpus the CLI tests ingest: samples/ if present, else ../shared/seeds.
fs::path Corpus() {
  fs::path p = test::SourceDir() / "samples";
  if (fs::exists(p)) return p;
  p = test::SharedDir() / "seeds";
  return fs::exists(p) ? p : fs::path();
}

uint64_t StoredIssues(const std::string& db) {
  auto store = Store::Open(db, StoreOptions{.read_only = true});
  REQUIRE(store.ok());
  return (*store)->Stats().value().issues;
}

TEST_CASE("caregraph ingest adds, recognises and summarises", "[store][cli]") {
  const fs::path corpus = Corpus();
  if (corpus.empty()) {
    WARN("no samples/ nor ../shared/seeds: skipped");
    return;
  }
  TempDir tmp;
  const std::string db = (tmp / "db").string();
  auto first = RunCli("ingest --db " + Quote(db) + " " + Quote(corpus.string()));
  INFO(first.err);
  REQUIRE(first.status == 0);
  REQUIRE(first.out.rfind("issues: ", 0) == 0);
  const size_t n = std::stoul(first.out.substr(8));
  CHECK(n >= 5);
  CHECK(first.out.find("issues: " + std::to_string(n) + " added, 0 unchanged, 0 replaced, 0 failed") !=
        std::string::npos);
  CHECK(first.out.find("graph: " + std::to_string(n) + " issues, ") != std::string::npos);
  CHECK(first.err.empty());  // no progress bar when stderr is not a terminal
  CHECK(StoredIssues(db) == n);

  auto again = RunCli("ingest --verbose --db " + Quote(db) + " " + Quote(corpus.string()));
  REQUIRE(again.status == 0);
  CHECK(again.out.find("issues: 0 added, " + std::to_string(n) + " unchanged") != std::string::npos);
  CHECK(again.out.find("unchanged  ") != std::string::npos);

  auto verify = RunCli("verify --db " + Quote(db));
  CHECK(verify.status == 0);
  CHECK(verify.out == db + ": ok\n");

  // stats: the table, and the same counts as JSON.
  auto stats = RunCli("stats --db " + Quote(db));
  REQUIRE(stats.status == 0);
  CHECK(stats.out.rfind("issues", 0) == 0);
  auto json = RunCli("stats --json --db " + Quote(db));
  REQUIRE(json.status == 0);
  auto j = nlohmann::json::parse(json.out);
  CHECK(j["issues"] == n);
  auto store = Store::Open(db, StoreOptions{.read_only = true});
  REQUIRE(store.ok());
  Graph g = (*store)->LoadGraph().value();
  CHECK(j["nodes"] == g.node_count());
  CHECK(j["edges"] == g.edge_count());
  uint64_t by_type = 0;
  for (const auto& [t, c] : j["nodes_by_type"].items()) by_type += c.get<uint64_t>();
  CHECK(by_type == g.node_count());
  if (Extractor::Default().Extract("probe.txt", "NHS England and Simon Stevens met the CQC.\n").value().entities.empty())
    WARN("the extractor found no entities: node counts not checked");
  else
    CHECK(g.node_count() > 0);
}

TEST_CASE("caregraph ingest reports a bad file and ingests the others", "[store][cli]") {
  TempDir tmp;
  const fs::path dir = tmp / "issues";
  fs::create_directories(dir);
  std::ofstream(dir / "a.txt") << "Date: 2016-03-01\n\nNHS England published the Five Year Forward View.\n";
  std::ofstream(dir / "b.txt") << "Date: 2016-03-08\n\nThe CQC rated Dudley Group good.\n";
  std::ofstream(dir / "bad.txt", std::ios::binary) << std::string("\xff\xfe\x00\x01 binary", 10);
  const std::string db = (tmp / "db").string();
  auto r = RunCli("ingest --db " + Quote(db) + " " + Quote(dir.string()));
  if (Extractor::Default().Extract("bad.txt", std::string("\xff\xfe\x00\x01 binary", 10)).ok()) {
    WARN("the extractor accepts binary data: bad-file case not checked");
    return;
  }
  CHECK(r.status == 1);
  CHECK(r.err.find((dir / "bad.txt").string() + ": ") == r.err.rfind("caregraph: ", 0) + 11);
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  CHECK(r.out.find("issues: 2 added, 0 unchanged, 0 replaced, 1 failed") != std::string::npos);
  CHECK(StoredIssues(db) == 2);
}

TEST_CASE("caregraph ingest replaces an edited file; remove retracts it", "[store][cli]") {
  TempDir tmp;
  const fs::path file = tmp / "weekly.txt";
  std::ofstream(file) << "Date: 2016-03-01\n\nNHS England published the Five Year Forward View.\n";
  const std::string db = (tmp / "db").string();
  REQUIRE(RunCli("ingest --db " + Quote(db) + " " + Quote(file.string())).status == 0);
  std::ofstream(file) << "Date: 2016-03-01\n\nNHS Improvement was launched by Jim Mackey.\n";
  auto r = RunCli("ingest -v --db " + Quote(db) + " " + Quote(file.string()));
  REQUIRE(r.status == 0);
  CHECK(r.out.find("replaced  ") == 0);
  CHECK(StoredIssues(db) == 1);

  // By path, relative to where the command runs.
  auto rm = RunCli("remove --db " + Quote(db) + " " + Quote(file.string()));
  INFO(rm.err);
  REQUIRE(rm.status == 0);
  CHECK(rm.out.find("removed ") == 0);
  CHECK(StoredIssues(db) == 0);
  auto again = RunCli("remove --db " + Quote(db) + " " + Quote(file.string()));
  CHECK(again.status == 1);
  CHECK(again.err == "caregraph: " + db + ": no issue with id or source \"" + file.string() + "\"\n");
  auto nodb = RunCli("remove --db " + Quote((tmp / "none").string()) + " x");
  CHECK(nodb.status == 1);
  CHECK(nodb.err.find("no database here") != std::string::npos);
  CHECK_FALSE(fs::exists(tmp / "none"));
}

TEST_CASE("caregraph reindex re-extracts issues of another extractor version", "[store][cli]") {
  TempDir tmp;
  const std::string db = (tmp / "db").string();
  auto kept = test::MakeIssue(8, 0);
  kept.record.extractor_version = std::string(Extractor::Version());
  {
    auto store = Store::Open(db, StoreOptions{});
    REQUIRE(store.ok());
    REQUIRE((*store)->Ingest(kept.record, kept.extraction).ok());
    for (int i = 1; i < 3; ++i) {
      auto s = test::MakeIssue(8, i);
      REQUIRE((*store)->Ingest(s.record, s.extraction).ok());
    }
  }
  auto r = RunCli("reindex --db " + Quote(db));
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out == "reindexed 2 issues, 1 already at extractor version " + std::string(Extractor::Version()) +
                     ", 0 failed\n");
  auto store = Store::Open(db, StoreOptions{.read_only = true});
  REQUIRE(store.ok());
  auto headers = (*store)->IssueHeaders();
  REQUIRE(headers.ok());
  for (const auto& h : *headers) CHECK(h.extractor_version == Extractor::Version());
  // The graph is now what this extractor reads in the stored texts.
  Graph expected;
  for (const auto& h : *headers) {
    auto rec = (*store)->FindIssue(h.id).value();
    Extraction x = kept.extraction;  // the issue reindex left alone keeps its extraction
    if (h.id != kept.record.id) {
      x = Extractor::Default().Extract(fs::path(rec->source).filename().string(), rec->text).value();
      Extractor::Default().AddReferenceRelations(x);
    }
    x.issue = rec->id;
    x.date = rec->date;
    Graph c;
    c.Merge(x);
    for (const auto& node : c.nodes()) expected.UpsertNode(node);
    for (const auto& e : c.edges()) expected.UpsertEdge(e);
  }
  expected.Canonicalise();
  Graph g = (*store)->LoadGraph().value();
  CHECK(nlohmann::json(g.nodes()) == nlohmann::json(expected.nodes()));
  CHECK(nlohmann::json(g.edges()) == nlohmann::json(expected.edges()));
  store->reset();
  auto all = RunCli("reindex --all --db " + Quote(db));
  CHECK(all.out.find("reindexed 3 issues") == 0);
}

TEST_CASE("a second caregraph ingest is told the database is locked", "[store][cli]") {
  TempDir tmp;
  const std::string db = (tmp / "db").string();
  std::ofstream(tmp / "a.txt") << "Date: 2016-03-01\n\nNHS England met.\n";
  auto holder = Store::Open(db, StoreOptions{});
  REQUIRE(holder.ok());
  auto r = RunCli("ingest --db " + Quote(db) + " " + Quote((tmp / "a.txt").string()));
  CHECK(r.status == 1);
  CHECK(r.err == "caregraph: " + db + ": database is locked by another caregraph process\n");
  // Reading commands still work.
  auto stats = RunCli("stats --db " + Quote(db));
  CHECK(stats.status == 0);
  auto verify = RunCli("verify --db " + Quote(db));
  CHECK(verify.status == 0);
}

TEST_CASE("caregraph verify exits 1 naming the problems", "[store][cli]") {
  TempDir tmp;
  const std::string db = (tmp / "db").string();
  {
    auto store = Store::Open(db, StoreOptions{});
    REQUIRE(store.ok());
    for (int i = 0; i < 5; ++i) REQUIRE((*store)->Ingest(test::MakeIssue(4, i).record, test::MakeIssue(4, i).extraction).ok());
  }
  {
    rocksdb::DB* raw = nullptr;
    std::vector<rocksdb::ColumnFamilyDescriptor> cfs = {{rocksdb::kDefaultColumnFamilyName, {}}};
    for (const char* f : schema::kFamilies) cfs.emplace_back(f, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> h;
    REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), db, cfs, &h, &raw).ok());
    REQUIRE(raw->Put({}, h[1 + 6], schema::NameKey("phantom", "person:phantom"), "").ok());
    REQUIRE(raw->Put({}, h[1 + 2], "/nowhere/x.txt", "0123456789abcdef").ok());
    for (auto* x : h) REQUIRE(raw->DestroyColumnFamilyHandle(x).ok());
    delete raw;
  }
  auto r = RunCli("verify --db " + Quote(db));
  CHECK(r.status == 1);
  CHECK(r.out.empty());
  CHECK(r.err.find("names index entry \"phantom\" points at a missing node") != std::string::npos);
  CHECK(r.err.find("source /nowhere/x.txt points at missing issue 0123456789abcdef") != std::string::npos);
  CHECK(r.err.find(": 2 problems found") != std::string::npos);
}

}  // namespace
}  // namespace cg
