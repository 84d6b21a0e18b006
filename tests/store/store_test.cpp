// The RocksDB store: ingest, replace, remove, reindex, idempotence, locking,
// schema checks and verify, on hand-built extractions.
#include <rocksdb/db.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <random>

#include "graph/json.h"
#include "store/codec.h"
#include "store/schema.h"
#include "store/store.h"
#include "tests/store/synthetic.h"
#include "tests/test_util.h"

namespace cg {
namespace {

using test::MakeIssue;
using test::ReferenceGraph;
using test::SyntheticIssue;
using test::TempDir;

std::string Dump(const Graph& g) {
  nlohmann::json j{{"nodes", g.nodes()}, {"edges", g.edges()}};
  return j.dump(1);
}

std::unique_ptr<Store> OpenOrDie(const std::string& path, bool read_only = false, size_t fold_every = 1024) {
  StoreOptions o;
  o.read_only = read_only;
  o.fold_every = fold_every;
  auto s = Store::Open(path, o);
  INFO(s.status().message());
  REQUIRE(s.ok());
  return std::move(s).value();
}

Graph LoadOrDie(const Store& store) {
  auto g = store.LoadGraph();
  INFO(g.status().message());
  REQUIRE(g.ok());
  return std::move(g).value();
}

void RequireNoProblems(const Store& store) {
  auto problems = store.Verify();
  REQUIRE(problems.ok());
  std::string all;
  for (const auto& p : *problems) all += p + "\n";
  INFO(all);
  REQUIRE(problems->empty());
}

// Verify passes as the store is (its view may lag the issues: it is checked
// up to where it was folded) and, for a writer, once the view has caught
// up; the view then counts what the graph holds.
void RequireVerified(Store& store) {
  RequireNoProblems(store);
  Status s = store.UpdateView();
  if (s.code() == Status::Code::kInvalidArgument) return;  // a reader
  INFO(s.message());
  REQUIRE(s.ok());
  RequireNoProblems(store);
  auto st = store.Stats();
  REQUIRE(st.ok());
  Graph g = LoadOrDie(store);
  CHECK(st->nodes == g.node_count());
  CHECK(st->edges == g.edge_count());
}

IngestOutcome IngestOrDie(Store& store, const SyntheticIssue& s) {
  auto r = store.Ingest(s.record, s.extraction);
  INFO(r.status().message());
  REQUIRE(r.ok());
  return *r;
}

// A hand-written issue: two organisations and a person.
SyntheticIssue Handmade(const std::string& source, const std::string& text, const std::string& date,
                        bool with_partner, const std::string& alias) {
  SyntheticIssue s;
  s.record = {ContentId(text), source, date, "t", "v1", text};
  Extraction& x = s.extraction;
  x.issue = s.record.id;
  x.date = date;
  ExtractedEntity trust{EntityType::kTrust, "Dudley Group NHS Foundation Trust", {}, {{"ods", "RNA"}}, {}, {}, false};
  if (!alias.empty()) trust.aliases.push_back(alias);
  ExtractedEntity person{EntityType::kPerson, "Diane Wake", {}, {}, {}, {}, false};
  ExtractedEntity ccg{EntityType::kCCG, "Dudley CCG", {}, {}, {}, {}, false};
  x.entities = {trust, person, ccg};
  ExtractedRelation role;
  role.type = RelationType::kRole;
  role.head = person.name;
  role.head_type = EntityType::kPerson;
  role.tail = trust.name;
  role.tail_type = EntityType::kTrust;
  role.attributes["role"] = "chief executive";
  role.evidence = {s.record.id, 0, 10, "Diane Wake, chief executive of Dudley Group.", date, 0.9, Source::kText};
  x.relations.push_back(role);
  if (with_partner) {
    ExtractedRelation p;
    p.type = RelationType::kPartner;
    p.head = trust.name;
    p.head_type = EntityType::kTrust;
    p.tail = ccg.name;
    p.tail_type = EntityType::kCCG;
    p.evidence = {s.record.id, 11, 20, "The trust works with Dudley CCG.", date, 0.8, Source::kText};
    x.relations.push_back(p);
  }
  return s;
}

const Node* NodeOf(const Graph& g, const std::string& id) { return g.FindNode(id); }

TEST_CASE("ingest stores an issue whole and again changes nothing", "[store]") {
  TempDir tmp;
  const std::string db = (tmp / "db").string();
  auto store = OpenOrDie(db);
  auto a = Handmade("/c/a.txt", "issue a", "2016-01-04", true, "Dudley Group");
  REQUIRE(IngestOrDie(*store, a) == IngestOutcome::kAdded);
  Graph g = LoadOrDie(*store);
  REQUIRE(g.node_count() == 3);
  REQUIRE(g.edge_count() == 2);
  const Node* trust = NodeOf(g, "ods:RNA");
  REQUIRE(trust);
  CHECK(trust->aliases == std::vector<std::string>{"Dudley Group"});
  REQUIRE(trust->seen.size() == 1);
  CHECK(trust->seen[0].issue == a.record.id);
  CHECK(trust->seen[0].date == "2016-01-04");
  CHECK(Dump(g) == Dump(ReferenceGraph({a})));

  const std::string before = Dump(g);
  REQUIRE(IngestOrDie(*store, a) == IngestOutcome::kUnchanged);
  // The same content from another path is the same issue.
  auto copy = a;
  copy.record.source = "/elsewhere/a.txt";
  REQUIRE(IngestOrDie(*store, copy) == IngestOutcome::kUnchanged);
  CHECK(Dump(LoadOrDie(*store)) == before);
  auto issues = store->Issues();
  REQUIRE(issues.ok());
  REQUIRE(issues->size() == 1);
  CHECK((*issues)[0].text == "issue a");
  CHECK((*issues)[0].source == "/c/a.txt");
  RequireVerified(*store);
}

TEST_CASE("removing an issue retracts only what it alone supported", "[store]") {
  TempDir tmp;
  auto store = OpenOrDie((tmp / "db").string());
  auto a = Handmade("/c/a.txt", "issue a", "2016-01-04", true, "Dudley Group");
  auto b = Handmade("/c/b.txt", "issue b", "2016-02-01", false, "");
  IngestOrDie(*store, a);
  IngestOrDie(*store, b);
  Graph both = LoadOrDie(*store);
  REQUIRE(both.FindNode("ods:RNA")->seen.size() == 2);
  REQUIRE(both.edge_count() == 2);

  REQUIRE(store->Remove(a.record.id).ok());
  Graph g = LoadOrDie(*store);
  const Node* trust = NodeOf(g, "ods:RNA");
  REQUIRE(trust);
  CHECK(trust->seen.size() == 1);
  CHECK(trust->aliases.empty());  // "Dudley Group" came from a alone
  CHECK(g.edge_count() == 1);     // the PARTNER edge only a supported is gone
  CHECK(g.edges()[0].type == RelationType::kRole);
  CHECK(g.edges()[0].evidence.size() == 1);
  CHECK(g.edges()[0].evidence[0].issue == b.record.id);
  CHECK(Dump(g) == Dump(ReferenceGraph({b})));
  // The names index lost the alias too.
  CHECK(store->FindByName("dudley group")->empty());
  CHECK(store->FindByName("The Dudley Group NHS Foundation Trust").value() == std::vector<NodeId>{"ods:RNA"});
  RequireVerified(*store);

  CHECK(store->Remove(a.record.id).code() == Status::Code::kNotFound);
  REQUIRE(store->Remove("/c/b.txt").ok());  // by source path
  Graph empty = LoadOrDie(*store);
  CHECK(empty.node_count() == 0);
  CHECK(empty.edge_count() == 0);
  CHECK(store->Stats()->issues == 0);
  RequireVerified(*store);
}

TEST_CASE("a source ingested again with new content replaces its issue", "[store]") {
  TempDir tmp;
  auto store = OpenOrDie((tmp / "db").string());
  auto v1 = Handmade("/c/a.txt", "first draft", "2016-01-04", true, "Dudley Group");
  auto v2 = Handmade("/c/a.txt", "second draft", "2016-01-04", false, "");
  IngestOrDie(*store, v1);
  REQUIRE(IngestOrDie(*store, v2) == IngestOutcome::kReplaced);
  Graph g = LoadOrDie(*store);
  CHECK(Dump(g) == Dump(ReferenceGraph({v2})));
  CHECK(g.edge_count() == 1);
  auto issues = store->Issues();
  REQUIRE(issues->size() == 1);
  CHECK((*issues)[0].id == v2.record.id);
  auto found = store->FindIssue("/c/a.txt");
  REQUIRE(found.ok());
  REQUIRE(*found);
  CHECK((*found)->id == v2.record.id);
  RequireVerified(*store);
}

TEST_CASE("reindex swaps an issue's extraction in place", "[store]") {
  TempDir tmp;
  auto store = OpenOrDie((tmp / "db").string());
  auto a = Handmade("/c/a.txt", "issue a", "2016-01-04", false, "");
  IngestOrDie(*store, a);
  auto better = Handmade("/c/a.txt", "issue a", "2016-01-04", true, "Dudley Group");
  better.record.extractor_version = "v2";
  REQUIRE(store->Reindex(better.record, better.extraction).ok());
  CHECK(Dump(LoadOrDie(*store)) == Dump(ReferenceGraph({better})));
  auto headers = store->IssueHeaders();
  REQUIRE(headers->size() == 1);
  CHECK((*headers)[0].extractor_version == "v2");
  CHECK((*headers)[0].text.empty());
  RequireVerified(*store);
  auto missing = Handmade("/c/z.txt", "not stored", "", false, "");
  CHECK(store->Reindex(missing.record, missing.extraction).code() == Status::Code::kNotFound);
}

TEST_CASE("the stored graph is the same whatever the ingest order, and after removals", "[store]") {
  std::vector<SyntheticIssue> issues;
  for (int i = 0; i < 60; ++i) issues.push_back(MakeIssue(42, i));
  const std::string expected = Dump(ReferenceGraph(issues));
  REQUIRE(ReferenceGraph(issues).node_count() > 10);
  REQUIRE(ReferenceGraph(issues).edge_count() > 10);

  std::mt19937 rng(7);
  std::string first;
  for (int round = 0; round < 3; ++round) {
    TempDir tmp;
    // Folds every few issues, so that older issues arrive after folds.
    auto store = OpenOrDie((tmp / "db").string(), false, 4);
    auto order = issues;
    if (round > 0) std::shuffle(order.begin(), order.end(), rng);
    for (const auto& s : order) IngestOrDie(*store, s);
    INFO("round " << round);
    CHECK(Dump(LoadOrDie(*store)) == expected);
    RequireVerified(*store);
    // Remove a third of them: the graph is that of the rest.
    std::vector<SyntheticIssue> rest;
    for (size_t i = 0; i < order.size(); ++i) {
      if (i % 3 == static_cast<size_t>(round)) REQUIRE(store->Remove(order[i].record.id).ok());
      else rest.push_back(order[i]);
    }
    CHECK(Dump(LoadOrDie(*store)) == Dump(ReferenceGraph(rest)));
    RequireVerified(*store);
    // Replace some with revised versions (same source, new content).
    for (size_t i = 0; i < rest.size(); i += 4) {
      auto revised = MakeIssue(42, std::stoi(rest[i].extraction.doc.substr(6)), 1);
      REQUIRE(IngestOrDie(*store, revised) == IngestOutcome::kReplaced);
      rest[i] = revised;
    }
    CHECK(Dump(LoadOrDie(*store)) == Dump(ReferenceGraph(rest)));
    RequireVerified(*store);
  }
}

TEST_CASE("issues of one date fold the same whatever their order", "[store]") {
  // Many issues of one date, in no (date, id) order: the writer leaves the
  // latest date unfolded while it ingests (store/rocks_store.cpp, Ingest),
  // and the result must still be the ordered fold.
  std::vector<SyntheticIssue> issues;
  for (int i = 0; i < 80; ++i) {
    auto s = MakeIssue(9, i);
    const std::string date = i % 5 == 0 ? "2016-02-02" : "2016-02-01";
    s.record.date = s.extraction.date = date;
    for (auto& r : s.extraction.relations) r.evidence.date = date;
    issues.push_back(std::move(s));
  }
  const std::string expected = Dump(ReferenceGraph(issues));
  std::mt19937 rng(11);
  for (int round = 0; round < 4; ++round) {
    TempDir tmp;
    auto store = OpenOrDie((tmp / "db").string(), false, 3);
    auto order = issues;
    std::shuffle(order.begin(), order.end(), rng);
    for (const auto& s : order) IngestOrDie(*store, s);
    INFO("round " << round);
    CHECK(Dump(LoadOrDie(*store)) == expected);
    RequireVerified(*store);
    // Reopened (no cached values), removing a few gives the fold of the rest.
    store.reset();
    store = OpenOrDie((tmp / "db").string(), false, 3);
    std::vector<SyntheticIssue> rest(order.begin() + 10, order.end());
    for (int i = 0; i < 10; ++i) REQUIRE(store->Remove(order[i].record.id).ok());
    CHECK(Dump(LoadOrDie(*store)) == Dump(ReferenceGraph(rest)));
    RequireVerified(*store);
  }
}

TEST_CASE("the view follows the issues: folded in batches, refolded after older ones and removals", "[store]") {
  std::vector<SyntheticIssue> issues;
  for (int i = 0; i < 36; ++i) issues.push_back(MakeIssue(17, i));
  std::sort(issues.begin(), issues.end(), [](const SyntheticIssue& a, const SyntheticIssue& b) {
    return std::tie(a.record.date, a.record.id) < std::tie(b.record.date, b.record.id);
  });
  // The first issue comes last: older than everything folded by then.
  const SyntheticIssue oldest = issues.front();
  std::vector<SyntheticIssue> present(issues.begin() + 1, issues.end());
  TempDir tmp;
  const std::string db = (tmp / "db").string();
  auto store = OpenOrDie(db, false, 5);
  // Counts, names and the graph agree with the issues stored at every step,
  // whether or not the view has caught up.
  auto check = [&](const std::vector<SyntheticIssue>& want) {
    Graph ref = ReferenceGraph(want);
    CHECK(Dump(LoadOrDie(*store)) == Dump(ref));
    auto st = store->Stats();
    REQUIRE(st.ok());
    CHECK(st->issues == want.size());
    CHECK(st->nodes == ref.node_count());
    CHECK(st->edges == ref.edge_count());
    for (size_t i = 0; i < ref.nodes().size(); i += 7) {
      const Node& n = ref.nodes()[i];
      auto found = store->FindByName(n.name);
      REQUIRE(found.ok());
      CHECK(std::count(found->begin(), found->end(), n.id) == 1);
    }
    RequireNoProblems(*store);
  };
  for (size_t i = 0; i < present.size(); ++i) {
    IngestOrDie(*store, present[i]);
    if (i % 6 == 5) check(std::vector<SyntheticIssue>(present.begin(), present.begin() + i + 1));
  }
  // A reader sees the same while the writer works.
  {
    auto reader = OpenOrDie(db, /*read_only=*/true);
    CHECK(Dump(LoadOrDie(*reader)) == Dump(ReferenceGraph(present)));
    RequireNoProblems(*reader);
  }
  IngestOrDie(*store, oldest);
  present.push_back(oldest);
  check(present);
  REQUIRE(store->Remove(present[3].record.id).ok());
  present.erase(present.begin() + 3);
  check(present);
  // Caught up, and the same after reopening.
  REQUIRE(store->UpdateView().ok());
  check(present);
  store.reset();
  store = OpenOrDie(db, /*read_only=*/true);
  check(present);
}

// Ingests issues 0..count-1 of MakeIssue(seed, .) into a new database at
// `db` and closes it; returns the issues.
std::vector<SyntheticIssue> IngestAndClose(const std::string& db, int seed, int count) {
  std::vector<SyntheticIssue> issues;
  for (int i = 0; i < count; ++i) issues.push_back(MakeIssue(seed, i));
  auto store = OpenOrDie(db);
  for (const auto& s : issues) IngestOrDie(*store, s);
  return issues;
}

TEST_CASE("the database survives closing and reopening", "[store]") {
  TempDir tmp;
  const std::string db = (tmp / "db").string();
  const std::vector<SyntheticIssue> issues = IngestAndClose(db, 3, 20);
  auto store = OpenOrDie(db, /*read_only=*/true);
  CHECK(Dump(LoadOrDie(*store)) == Dump(ReferenceGraph(issues)));
  auto st = store->Stats();
  REQUIRE(st.ok());
  CHECK(st->issues == 20);
  Graph g = LoadOrDie(*store);
  CHECK(st->nodes == g.node_count());
  CHECK(st->edges == g.edge_count());
  CHECK(store->Ingest(issues[0].record, issues[0].extraction).status().code() == Status::Code::kInvalidArgument);
}

TEST_CASE("a graph-only open loads the same graph and refuses the rest clearly", "[store]") {
  TempDir tmp;
  const std::string db = (tmp / "db").string();
  IngestAndClose(db, 5, 10);
  auto full = OpenOrDie(db, /*read_only=*/true);
  auto opened = Store::Open(db, StoreOptions{.read_only = true, .graph_only = true});
  REQUIRE(opened.ok());
  Store& graph_only = **opened;
  CHECK(Dump(LoadOrDie(graph_only)) == Dump(LoadOrDie(*full)));
  // Families it left closed: an error naming the database, no crash.
  auto headers = graph_only.IssueHeaders();
  REQUIRE_FALSE(headers.ok());
  CHECK(headers.status().code() == Status::Code::kInvalidArgument);
  CHECK(headers.status().message().find(db) != std::string::npos);
  CHECK(headers.status().message().find("issues") != std::string::npos);
  CHECK_FALSE(graph_only.FindByName("Dudley CCG").ok());
  CHECK_FALSE(graph_only.Verify().ok());
}

TEST_CASE("a second writer is refused; readers may open while a writer works", "[store]") {
  TempDir tmp;
  const std::string db = (tmp / "db").string();
  auto writer = OpenOrDie(db);
  IngestOrDie(*writer, MakeIssue(1, 1));
  auto second = Store::Open(db, StoreOptions{});
  REQUIRE_FALSE(second.ok());
  CHECK(second.status().code() == Status::Code::kBusy);
  CHECK(second.status().message() == db + ": database is locked by another caregraph process");
  auto reader = OpenOrDie(db, /*read_only=*/true);
  // The writer has not folded the issue into its view yet: the reader
  // still counts and loads it.
  auto st = reader->Stats();
  REQUIRE(st.ok());
  CHECK(st->issues == 1);
  CHECK(st->nodes == ReferenceGraph({MakeIssue(1, 1)}).node_count());
  CHECK(Dump(LoadOrDie(*reader)) == Dump(ReferenceGraph({MakeIssue(1, 1)})));
  IngestOrDie(*writer, MakeIssue(1, 2));
  RequireVerified(*reader);
}

TEST_CASE("a database of another schema version is refused", "[store]") {
  TempDir tmp;
  const std::string db = (tmp / "db").string();
  { OpenOrDie(db); }
  {
    rocksdb::DB* raw = nullptr;
    std::vector<rocksdb::ColumnFamilyDescriptor> cfs = {{rocksdb::kDefaultColumnFamilyName, {}}};
    for (const char* f : schema::kFamilies) cfs.emplace_back(f, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> h;
    REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), db, cfs, &h, &raw).ok());
    REQUIRE(raw->Put(rocksdb::WriteOptions(), h[1], schema::kSchemaVersionKey, "99").ok());
    for (auto* x : h) REQUIRE(raw->DestroyColumnFamilyHandle(x).ok());
    delete raw;
  }
  for (bool ro : {false, true}) {
    StoreOptions o;
    o.read_only = ro;
    auto s = Store::Open(db, o);
    REQUIRE_FALSE(s.ok());
    CHECK(s.status().message() == db + ": database schema version 99, this caregraph reads " +
                                      std::to_string(schema::kSchemaVersion));
  }
}

TEST_CASE("paths that are not databases are clear errors", "[store]") {
  TempDir tmp;
  const std::string file = (tmp / "notes.txt").string();
  std::ofstream(file) << "hello";
  auto s = Store::Open(file, StoreOptions{});
  REQUIRE_FALSE(s.ok());
  CHECK(s.status().message() == file + ": is a file, not a database folder");

  const std::string folder = (tmp / "folder").string();
  std::filesystem::create_directories(folder);
  std::ofstream(folder + "/x") << "x";
  auto f = Store::Open(folder, StoreOptions{});
  REQUIRE_FALSE(f.ok());
  CHECK(f.status().message().find("not a caregraph database") != std::string::npos);

  StoreOptions ro;
  ro.read_only = true;
  auto missing = Store::Open((tmp / "none").string(), ro);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == Status::Code::kNotFound);
  CHECK_FALSE(std::filesystem::exists(tmp / "none"));  // reading creates nothing
}

// Writes to the database behind the store's back.
void Tamper(const std::string& db, const std::function<void(rocksdb::DB*, std::vector<rocksdb::ColumnFamilyHandle*>&)>& fn) {
  rocksdb::DB* raw = nullptr;
  std::vector<rocksdb::ColumnFamilyDescriptor> cfs = {{rocksdb::kDefaultColumnFamilyName, {}}};
  for (const char* f : schema::kFamilies) cfs.emplace_back(f, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> h;
  REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), db, cfs, &h, &raw).ok());
  fn(raw, h);
  for (auto* x : h) REQUIRE(raw->DestroyColumnFamilyHandle(x).ok());
  delete raw;
}

TEST_CASE("verify finds an index that disagrees with the primary data", "[store]") {
  TempDir tmp;
  const std::string db = (tmp / "db").string();
  {
    auto store = OpenOrDie(db);
    for (int i = 0; i < 10; ++i) IngestOrDie(*store, MakeIssue(5, i));
    RequireVerified(*store);
  }
  auto problems_after = [&](auto&& tamper) {
    Tamper(db, tamper);
    auto store = OpenOrDie(db, true);
    auto p = store->Verify();
    REQUIRE(p.ok());
    return *p;
  };
  SECTION("a name pointing at no node") {
    auto p = problems_after([](rocksdb::DB* raw, auto& h) {
      REQUIRE(raw->Put({}, h[1 + 6], schema::NameKey("ghost trust", "ods:NOPE"), "").ok());
    });
    REQUIRE(p.size() == 1);
    CHECK(p[0] == db + ": names index entry \"ghost trust\" points at a missing node");
  }
  SECTION("an in-edge without its edge, and an edge without its in-edge") {
    auto p = problems_after([](rocksdb::DB* raw, auto& h) {
      std::unique_ptr<rocksdb::Iterator> it(raw->NewIterator({}, h[1 + 5]));
      it->SeekToFirst();
      REQUIRE(it->Valid());
      REQUIRE(raw->Delete({}, h[1 + 5], it->key()).ok());
      REQUIRE(raw->Put({}, h[1 + 5], schema::InEdgeKey(RelationType::kRole, "a", "b"), "").ok());
    });
    REQUIRE(p.size() == 2);
    CHECK(std::any_of(p.begin(), p.end(), [](auto& s) { return s.find("missing from the in_edges index") != s.npos; }));
    CHECK(std::any_of(p.begin(), p.end(), [](auto& s) { return s.find("in_edges index entry points at a missing edge") != s.npos; }));
  }
  SECTION("a view value that is not the fold of the contributions") {
    auto p = problems_after([](rocksdb::DB* raw, auto& h) {
      std::unique_ptr<rocksdb::Iterator> it(raw->NewIterator({}, h[1 + 3]));
      it->SeekToFirst();
      REQUIRE(it->Valid());
      codec::NodeValue v;
      REQUIRE(codec::Decode(it->value().ToString(), &v));
      v.count += 1;
      REQUIRE(raw->Put({}, h[1 + 3], it->key(), codec::Encode(v)).ok());
    });
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("differs from the fold of its contributions") != std::string::npos);
  }
  SECTION("an issue whose contribution is lost") {
    std::string lost;
    auto p = problems_after([&](rocksdb::DB* raw, auto& h) {
      std::unique_ptr<rocksdb::Iterator> it(raw->NewIterator({}, h[1 + 7]));
      it->SeekToFirst();
      REQUIRE(it->Valid());
      lost = std::string(schema::ContributionIssue(it->key().ToString()));
      REQUIRE(raw->Delete({}, h[1 + 7], it->key()).ok());
    });
    REQUIRE(!p.empty());
    CHECK(std::any_of(p.begin(), p.end(), [&](auto& s) { return s == db + ": issue " + lost + " has no contribution"; }));
  }
  SECTION("a missing schema version") {
    Tamper(db, [](rocksdb::DB* raw, auto& h) { REQUIRE(raw->Delete({}, h[1], schema::kSchemaVersionKey).ok()); });
    auto s = Store::Open(db, StoreOptions{});
    REQUIRE_FALSE(s.ok());
    CHECK(s.status().message() == db + ": not a caregraph database (no schema version)");
  }
}

}  // namespace
}  // namespace cg
