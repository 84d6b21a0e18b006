// store_bench: ingest throughput of the RocksDB store on synthetic issues
// (bench/gen_issues.h), in issues/s and MB/s of issue text, and the peak RSS
// of the ingesting process, for growing corpora. Each size runs in its own
// child process on a fresh database so peak RSS is per size.
//
//   store_bench [--sizes 1000,10000,100000] [--extract] [--reference DIR]
//
// --extract also runs the real extractor (Extractor::Default()) on each
// issue, as `caregraph ingest` does; without it the generator's own
// extractions are stored, which measures the store alone.
#include <malloc.h>
#include <CLI/CLI.hpp>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "bench/gen_issues.h"
#include "extract/extractor.h"
#include "store/store.h"

namespace {

namespace fs = std::filesystem;

struct Figures {
  double seconds = 0;
  double megabytes = 0;
  uint64_t nodes = 0, edges = 0, db_bytes = 0;
};

uint64_t DirBytes(const fs::path& p) {
  uint64_t n = 0;
  std::error_code ec;
  for (const auto& e : fs::recursive_directory_iterator(p, ec))
    if (e.is_regular_file(ec)) n += e.file_size(ec);
  return n;
}

// Runs in the child: ingests `count` issues into `db`, timing the store
// (and the extractor with --extract) but not the generator.
int RunOne(const cg::bench::NameLists& names, uint64_t count, bool extract, const std::string& db, int fd) {
  auto store = cg::Store::Open(db, cg::StoreOptions{});
  if (!store.ok()) {
    std::cerr << store.status().message() << "\n";
    return 1;
  }
  using Clock = std::chrono::steady_clock;
  Clock::duration busy{};
  Figures f;
  for (uint64_t i = 0; i < count; ++i) {
    auto g = cg::bench::GenerateIssue(names, 7, i);
    auto t0 = Clock::now();
    cg::Extraction x = std::move(g.extraction);
    if (extract) {
      auto r = cg::Extractor::Default().Extract(x.doc, g.text);
      if (!r.ok()) {
        std::cerr << r.status().message() << "\n";
        return 1;
      }
      x = std::move(*r);
      cg::Extractor::Default().AddReferenceRelations(x);
    }
    cg::IssueRecord rec{x.issue, "/synthetic/" + x.doc, x.date, x.title, x.extractor_version, g.text};
    auto r = (*store)->Ingest(rec, x);
    busy += Clock::now() - t0;
    if (!r.ok()) {
      std::cerr << r.status().message() << "\n";
      return 1;
    }
    f.megabytes += static_cast<double>(g.text.size()) / 1e6;
  }
  // The view's last fold is part of the ingest (`caregraph ingest` waits for it).
  auto t0 = Clock::now();
  if (cg::Status s = (*store)->UpdateView(); !s.ok()) {
    std::cerr << s.message() << "\n";
    return 1;
  }
  busy += Clock::now() - t0;
  f.seconds = std::chrono::duration<double>(busy).count();
  auto st = (*store)->Stats();
  if (st.ok()) f.nodes = st->nodes, f.edges = st->edges;
  store->reset();
  f.db_bytes = DirBytes(db);
  if (::write(fd, &f, sizeof f) != sizeof f) return 1;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  // With glibc's malloc (the sanitizer builds; jemalloc otherwise, see
  // CMakeLists.txt) RocksDB's background threads would each get an arena of
  // their own, growing peak memory with the compactions: one arena serves
  // one writer. A process-wide setting, so here and not in the store.
  ::mallopt(M_ARENA_MAX, 1);
  CLI::App app{"store_bench: ingest throughput and peak RSS of the caregraph store"};
  std::vector<uint64_t> sizes = {1000, 10000, 100000};
  bool extract = false;
  std::string reference = "data/reference", tmpdir = fs::temp_directory_path().string();
  app.add_option("--sizes", sizes, "corpus sizes")->delimiter(',');
  app.add_flag("--extract", extract, "run the real extractor too (the whole `caregraph ingest` path)");
  app.add_option("--reference", reference, "folder with trusts.csv, ccgs.csv, stps.csv");
  app.add_option("--tmp", tmpdir, "where the databases go");
  CLI11_PARSE(app, argc, argv);
  if (!fs::exists(reference) && fs::exists("../shared/reference")) reference = "../shared/reference";
  const auto names = cg::bench::LoadNameLists(reference);
  if (extract) (void)cg::Extractor::Default();  // built before forking: not timed

  std::printf("%-9s %-8s %10s %8s %10s %9s %9s %10s\n", "issues", "mode", "issues/s", "MB/s", "peak RSS", "nodes",
              "edges", "db size");
  for (uint64_t n : sizes) {
    const fs::path db = fs::path(tmpdir) / ("caregraph-store-bench-" + std::to_string(::getpid()) + "-" + std::to_string(n));
    int pipefd[2];
    if (::pipe(pipefd) != 0) return 1;
    pid_t pid = ::fork();
    if (pid == 0) {
      ::close(pipefd[0]);
      ::_exit(RunOne(names, n, extract, db.string(), pipefd[1]));
    }
    ::close(pipefd[1]);
    Figures f;
    const bool got = ::read(pipefd[0], &f, sizeof f) == sizeof f;
    ::close(pipefd[0]);
    int status = 0;
    struct rusage ru {};
    ::wait4(pid, &status, 0, &ru);
    std::error_code ec;
    fs::remove_all(db, ec);
    if (!got || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      std::fprintf(stderr, "store_bench: the run with %llu issues failed\n", static_cast<unsigned long long>(n));
      return 1;
    }
    std::printf("%-9llu %-8s %10.0f %8.2f %8.0f MB %9llu %9llu %7.1f MB\n", static_cast<unsigned long long>(n),
                extract ? "extract" : "store", static_cast<double>(n) / f.seconds, f.megabytes / f.seconds,
                static_cast<double>(ru.ru_maxrss) / 1024.0, static_cast<unsigned long long>(f.nodes),
                static_cast<unsigned long long>(f.edges), static_cast<double>(f.db_bytes) / 1e6);
    std::fflush(stdout);
  }
  return 0;
}
