// Crash safety: ingests killed with SIGKILL at random moments leave a
// database that opens, verifies, holds whole issues only, and that finishing
// the ingest turns into the same graph as an uninterrupted run.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <random>
#include <thread>

#include "graph/json.h"
#include "store/store.h"
#include "tests/store/synthetic.h"
#include "tests/test_util.h"

namespace cg {
namespace {

using test::TempDir;
namespace fs = std::filesystem;

std::string Dump(const Graph& g) {
  nlohmann::json j{{"nodes", g.nodes()}, {"edges", g.edges()}};
  return j.dump(1);
}

// Runs argv in a child with its output discarded; returns its pid.
pid_t Spawn(const std::vector<std::string>& argv, const std::vector<std::pair<std::string, std::string>>& env = {}) {
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int null = ::open("/dev/null", O_RDWR);
    ::dup2(null, 0);
    ::dup2(null, 1);
    ::dup2(null, 2);
    for (const auto& [k, v] : env) ::setenv(k.c_str(), v.c_str(), 1);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    ::execv(args[0], args.data());
    ::_exit(127);
  }
  return pid;
}

// Waits for `pid`; returns its exit status, or 128+signal.
int Wait(pid_t pid) {
  int st = 0;
  REQUIRE(::waitpid(pid, &st, 0) == pid);
  return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

// Kills `pid` with SIGKILL after `delay`, unless it ended first. True iff
// the kill landed while it ran.
bool KillAfter(pid_t pid, std::chrono::microseconds delay) {
  auto until = std::chrono::steady_clock::now() + delay;
  int st = 0;
  while (std::chrono::steady_clock::now() < until) {
    if (::waitpid(pid, &st, WNOHANG) == pid) return false;
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  ::kill(pid, SIGKILL);
  Wait(pid);
  return true;
}

std::vector<std::string> Verify(const std::string& db) {
  StoreOptions ro;
  ro.read_only = true;
  auto store = Store::Open(db, ro);
  INFO(store.status().message());
  REQUIRE(store.ok());
  auto p = (*store)->Verify();
  REQUIRE(p.ok());
  return *p;
}

// The synthetic corpus the child ingests: 120 issues, then revisions of
// every fifth one (same source, new content), then removal of every
// seventh. The expected final state follows.
constexpr uint32_t kSeed = 11;
constexpr int kIssues = 120;

Status IngestCorpus(Store& store) {
  for (int i = 0; i < kIssues; ++i) {
    auto s = test::MakeIssue(kSeed, i);
    auto r = store.Ingest(s.record, s.extraction);
    if (!r.ok()) return r.status();
  }
  for (int i = 0; i < kIssues; i += 5) {
    auto s = test::MakeIssue(kSeed, i, 1);
    auto r = store.Ingest(s.record, s.extraction);
    if (!r.ok()) return r.status();
  }
  for (int i = 0; i < kIssues; i += 7) {
    auto s = test::MakeIssue(kSeed, i, i % 5 == 0 ? 1 : 0);
    Status st = store.Remove(s.record.id);
    if (!st.ok() && st.code() != Status::Code::kNotFound) return st;
  }
  return Status::OK();
}

std::vector<test::SyntheticIssue> FinalCorpus() {
  std::vector<test::SyntheticIssue> out;
  for (int i = 0; i < kIssues; ++i)
    if (i % 7 != 0) out.push_back(test::MakeIssue(kSeed, i, i % 5 == 0 ? 1 : 0));
  return out;
}

// Every issue version the corpus may hold, by id.
std::map<std::string, test::SyntheticIssue> AllVersions() {
  std::map<std::string, test::SyntheticIssue> out;
  for (int i = 0; i < kIssues; ++i)
    for (int v : {0, 1}) {
      auto s = test::MakeIssue(kSeed, i, v);
      out.emplace(s.record.id, s);
    }
  return out;
}

// The child side: run by the parent as `store_test "store crash child"`.
TEST_CASE("store crash child", "[.crash-child]") {
  const char* db = std::getenv("CG_CRASH_DB");
  REQUIRE(db);
  // Folds into the view every few issues, so that kills land in folds and
  // in refolds as well as in ingests.
  auto store = Store::Open(db, StoreOptions{.fold_every = 7});
  REQUIRE(store.ok());
  REQUIRE(IngestCorpus(**store).ok());
}

TEST_CASE("store writes killed at random moments leave whole issues only", "[store][crash]") {
  TempDir tmp;
  const std::string self = fs::read_symlink("/proc/self/exe").string();
  const auto versions = AllVersions();
  const std::string expected = Dump(test::ReferenceGraph(FinalCorpus()));

  // How long an uninterrupted run takes, to spread the kills over it.
  const std::string ref_db = (tmp / "ref").string();
  auto t0 = std::chrono::steady_clock::now();
  REQUIRE(Wait(Spawn({self, "store crash child"}, {{"CG_CRASH_DB", ref_db}})) == 0);
  const auto full = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0);
  {
    auto store = Store::Open(ref_db, StoreOptions{.read_only = true});
    REQUIRE(store.ok());
    REQUIRE(Dump((*store)->LoadGraph().value()) == expected);
  }

  std::mt19937 rng(2024);
  int killed = 0;
  for (int round = 0; round < 30 && killed < 24; ++round) {
    const std::string db = (tmp / ("db" + std::to_string(round))).string();
    // Two kills per database: the second lands on a recovered one, whose
    // ingest goes faster (the issues already stored are unchanged).
    for (int k = 0; k < 2; ++k) {
      std::uniform_int_distribution<long> when(0, full.count() / (k + 1));
      pid_t pid = Spawn({self, "store crash child"}, {{"CG_CRASH_DB", db}});
      if (KillAfter(pid, std::chrono::microseconds(when(rng)))) ++killed;
      INFO("round " << round << " kill " << k);
      if (!fs::exists(fs::path(db) / "CURRENT")) continue;  // killed before the database existed
      auto problems = Verify(db);
      INFO((problems.empty() ? "" : problems[0]));
      REQUIRE(problems.empty());
      // Atomicity: the graph is exactly that of the issues stored.
      auto store = Store::Open(db, StoreOptions{.read_only = true});
      REQUIRE(store.ok());
      auto issues = (*store)->Issues();
      REQUIRE(issues.ok());
      std::vector<test::SyntheticIssue> present;
      for (const auto& r : *issues) {
        REQUIRE(versions.count(r.id));
        present.push_back(versions.at(r.id));
      }
      REQUIRE(Dump((*store)->LoadGraph().value()) == Dump(test::ReferenceGraph(present)));
    }
    // Finishing the ingest gives the uninterrupted graph, and a view that
    // verifies and counts it.
    auto store = Store::Open(db, StoreOptions{.fold_every = 7});
    REQUIRE(store.ok());
    REQUIRE(IngestCorpus(**store).ok());
    const Graph g = (*store)->LoadGraph().value();
    REQUIRE(Dump(g) == expected);
    REQUIRE((*store)->UpdateView().ok());
    auto problems = (*store)->Verify();
    REQUIRE(problems.ok());
    INFO((problems->empty() ? "" : (*problems)[0]));
    REQUIRE(problems->empty());
    auto st = (*store)->Stats();
    REQUIRE(st.ok());
    CHECK(st->nodes == g.node_count());
    CHECK(st->edges == g.edge_count());
  }
  CHECK(killed >= 20);
}

// The whole command: `caregraph ingest` on a corpus of ~40 issue files.
TEST_CASE("caregraph ingest killed at random moments", "[store][crash][cli]") {
  fs::path src = test::SourceDir() / "samples";
  if (!fs::exists(src)) src = test::SharedDir() / "seeds";
  if (!fs::exists(src)) {
    WARN("no samples/ nor ../shared/seeds: skipped");
    return;
  }
  TempDir tmp;
  const fs::path corpus = tmp / "corpus";
  fs::create_directories(corpus);
  std::vector<fs::path> originals;
  for (const auto& e : fs::directory_iterator(src)) {
    const std::string ext = e.path().extension().string();
    if (ext == ".txt" || ext == ".html" || ext == ".md") originals.push_back(e.path());
  }
  std::sort(originals.begin(), originals.end());
  REQUIRE(!originals.empty());
  // Copies with small edits: a changed closing line makes a new issue.
  for (int i = 0; i < 40; ++i) {
    const fs::path& o = originals[i % originals.size()];
    std::ifstream in(o, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (i >= static_cast<int>(originals.size())) {
      const bool html = o.extension() == ".html";
      text += html ? "<p>Edition " + std::to_string(i) + ".</p>\n" : "\nEdition " + std::to_string(i) + ".\n";
    }
    char name[16];
    std::snprintf(name, sizeof name, "%02d_", i);
    std::ofstream(corpus / (name + o.filename().string()), std::ios::binary) << text;
  }

  auto dump_of = [](const std::string& db) {
    auto store = Store::Open(db, StoreOptions{.read_only = true});
    INFO(store.status().message());
    REQUIRE(store.ok());
    nlohmann::json ids = nlohmann::json::array();
    auto headers = (*store)->IssueHeaders();
    REQUIRE(headers.ok());
    for (const auto& r : *headers) ids.push_back(r.id);
    return ids.dump() + Dump((*store)->LoadGraph().value());
  };

  const std::string ref_db = (tmp / "ref").string();
  auto t0 = std::chrono::steady_clock::now();
  REQUIRE(Wait(Spawn({CG_CLI, "ingest", "--db", ref_db, corpus.string()})) == 0);
  const auto full = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0);
  const std::string expected = dump_of(ref_db);

  std::mt19937 rng(99);
  int killed = 0;
  for (int round = 0; round < 40 && killed < 22; ++round) {
    const std::string db = (tmp / ("db" + std::to_string(round))).string();
    std::uniform_int_distribution<long> when(0, full.count());
    if (KillAfter(Spawn({CG_CLI, "ingest", "--db", db, corpus.string()}), std::chrono::microseconds(when(rng))))
      ++killed;
    INFO("round " << round);
    if (fs::exists(fs::path(db) / "CURRENT")) {
      auto v = test::RunCli("verify --db " + test::Quote(db));
      INFO(v.err);
      REQUIRE(v.status == 0);
    }
    auto finish = test::RunCli("ingest --db " + test::Quote(db) + " " + test::Quote(corpus.string()));
    INFO(finish.err);
    REQUIRE(finish.status == 0);
    REQUIRE(dump_of(db) == expected);
  }
  CHECK(killed >= 20);
}

}  // namespace
}  // namespace cg
