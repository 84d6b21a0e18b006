// The bad-input matrix: every way a user can hand caregraph something
// wrong. Each case checks the one-line error (it names the file and the
// problem), the non-zero exit status, and that the database is unchanged
// (`caregraph export --format jsonl` before and after). A UTF-8 BOM, CRLF
// line ends and a malformed HTML page are not errors: they must work.
#include <rocksdb/db.h>
#include <sys/mount.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <map>

#include "store/schema.h"
#include "store/store.h"
#include "tests/test_util.h"

namespace cg {
namespace {

using test::Quote;
using test::RunCli;
using test::RunResult;
using test::RunShell;
using test::TempDir;
namespace fs = std::filesystem;

const fs::path kSample = test::SourceDir() / "samples" / "01_hospital_chains.txt";

void Write(const fs::path& p, std::string_view bytes) {
  std::ofstream out(p, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  REQUIRE(out.good());
}

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The whole database as the user sees it.
std::string Dump(const std::string& db) {
  auto r = RunCli("export --db " + Quote(db) + " --format jsonl");
  REQUIRE(r.status == 0);
  return r.out;
}

// A database holding one sample issue, and its dump.
struct Db {
  TempDir tmp;
  std::string path = (tmp / "db").string();
  std::string before;
  Db() {
    auto r = RunCli("ingest --db " + Quote(path) + " " + Quote(kSample.string()));
    INFO(r.err);
    REQUIRE(r.status == 0);
    before = Dump(path);
    REQUIRE(before.find("\"Salford Royal NHS Foundation Trust\"") != std::string::npos);
  }
  void RequireUnchanged() const { CHECK(Dump(path) == before); }
};

// One line on stderr, "caregraph: <...what...>: <...problem...>", and a
// non-zero exit status.
void RequireOneLineError(const RunResult& r, const std::string& what, const std::string& problem) {
  INFO("stderr: " << r.err);
  CHECK(r.status != 0);
  CHECK(r.status < 128);  // an exit, not a signal (crash)
  REQUIRE(!r.err.empty());
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  CHECK(r.err.back() == '\n');
  CHECK(r.err.rfind("caregraph: ", 0) == 0);
  CHECK(r.err.find(what) != std::string::npos);
  CHECK(r.err.find(problem) != std::string::npos);
}

RunResult Ingest(const Db& db, const std::string& file) {
  return RunCli("ingest --db " + Quote(db.path) + " " + Quote(file));
}

TEST_CASE("bad input files are one-line errors and leave the database as it was", "[badinput]") {
  Db db;
  TempDir in;

  SECTION("a missing path") {
    const std::string p = (in / "nope.txt").string();
    RequireOneLineError(Ingest(db, p), p, "no such file or folder");
  }
  SECTION("an empty file") {
    const std::string p = (in / "empty.txt").string();
    Write(p, "");
    RequireOneLineError(Ingest(db, p), p, "empty issue");
  }
  SECTION("a file of blank lines and a lone date header") {
    const std::string p = (in / "blank.txt").string();
    Write(p, "Date: 2016-01-12\n\n   \n\t\n");
    RequireOneLineError(Ingest(db, p), p, "empty issue");
  }
  SECTION("a folder with no issues in it") {
    fs::create_directories(in / "folder" / "sub");
    Write(in / "folder" / "notes.csv", "a,b\n");
    Write(in / "folder" / "sub" / "image.png", "\x89PNG");
    const std::string p = (in / "folder").string();
    RequireOneLineError(Ingest(db, p), p, "folder holds no issues");
  }
  SECTION("a binary file") {
    const std::string p = (in / "binary.txt").string();
    std::string bytes = "Date: 2016-01-12\nNHS England";
    for (int i = 0; i < 2000; ++i) bytes += static_cast<char>((i * 7919) % 256);
    Write(p, bytes);
    RequireOneLineError(Ingest(db, p), p, "binary file (NUL byte at offset ");
  }
  SECTION("invalid UTF-8") {
    const std::string p = (in / "latin1.txt").string();
    Write(p, "Date: 2016-01-12\nNHS England met the Caf\xe9 Partnership.\n");
    RequireOneLineError(Ingest(db, p), p, "invalid UTF-8 at byte 40");
  }
  SECTION("a truncated UTF-8 sequence at the end") {
    const std::string p = (in / "cut.txt").string();
    Write(p, "Date: 2016-01-12\nNHS England \xe2\x80");
    RequireOneLineError(Ingest(db, p), p, "invalid UTF-8 at byte 29");
  }
  SECTION("an overlong UTF-8 encoding") {
    const std::string p = (in / "overlong.txt").string();
    Write(p, "NHS England \xc0\xaf\n");
    RequireOneLineError(Ingest(db, p), p, "invalid UTF-8 at byte 12");
  }
  SECTION("a symlink loop given as a file") {
    fs::create_symlink(in / "b.txt", in / "a.txt");
    fs::create_symlink(in / "a.txt", in / "b.txt");
    const std::string p = (in / "a.txt").string();
    RequireOneLineError(Ingest(db, p), p, "symlink loop");
  }
  SECTION("a symlink loop inside a folder") {
    fs::create_directories(in / "issues");
    fs::copy_file(kSample, in / "issues" / "x.txt");
    fs::create_directory_symlink(in / "issues", in / "issues" / "again");
    const std::string p = (in / "issues").string();
    RequireOneLineError(Ingest(db, p), "again", "symlink loop");
  }
  SECTION("a dangling symlink") {
    fs::create_symlink(in / "gone.txt", in / "link.txt");
    const std::string p = (in / "link.txt").string();
    RequireOneLineError(Ingest(db, p), p, "no such file or folder");
  }
  db.RequireUnchanged();
}

// `ingest --extractions` lines: each bad line is an error naming the file
// and line (a "text" that was a number used to escape as a bare nlohmann
// type_error without file or line: regression).
TEST_CASE("bad extraction lines are one-line errors naming the line", "[badinput]") {
  Db db;
  TempDir in;
  const std::string p = (in / "x.jsonl").string();
  std::string line, problem;
  SECTION("not JSON") {
    line = "{\"entities\": [";
    problem = "parse error";
  }
  SECTION("not an object") {
    line = "[1, 2]";
    problem = "must be a JSON object";
  }
  SECTION("an unknown entity type") {
    line = R"({"entities": [{"type": "Spaceship", "name": "x"}]})";
    problem = "Spaceship";
  }
  SECTION("text that is not a string") {
    line = R"({"entities": [], "text": 5})";
    problem = "\"text\" must be a string";
  }
  SECTION("source that is not a string") {
    line = R"({"entities": [], "text": "a", "source": ["x"]})";
    problem = "\"source\" must be a string";
  }
  Write(p, "\n" + line + "\n");
  RequireOneLineError(RunCli("ingest --db " + Quote(db.path) + " --extractions " + Quote(p)), p + " line 2", problem);
  db.RequireUnchanged();
}

TEST_CASE("one bad issue among good ones fails alone", "[badinput]") {
  Db db;
  TempDir in;
  fs::create_directories(in / "issues");
  fs::copy_file(test::SourceDir() / "samples" / "02_stp_footprints.txt", in / "issues" / "a.txt");
  Write(in / "issues" / "b.txt", "caf\xe9\n");
  auto r = Ingest(db, (in / "issues").string());
  CHECK(r.status == 1);
  CHECK(r.err == "caregraph: " + (in / "issues" / "b.txt").string() + ": invalid UTF-8 at byte 3\n");
  CHECK(r.out.find("issues: 1 added, 0 unchanged, 0 replaced, 1 failed") != std::string::npos);
}

// Root reads a chmod 000 file regardless, so as root the test drops to
// `nobody` with setpriv (util-linux) to make the file really unreadable.
TEST_CASE("an unreadable file or folder is a one-line error", "[badinput]") {
  Db db;
  TempDir in;
  std::string prefix;
  if (::geteuid() == 0) {
    if (RunShell("command -v setpriv").status != 0) {
      WARN("running as root without setpriv: chmod 000 does not stop root reading; skipped");
      return;
    }
    prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    // nobody must be able to reach and write the database and the inputs.
    RunShell("chmod -R a+rwX " + Quote(db.tmp.path().string()) + " " + Quote(in.path().string()));
  }
  const auto run = [&](const std::string& p) {
    return RunShell(prefix + Quote(CG_CLI) + " ingest --db " + Quote(db.path) + " " + Quote(p));
  };
  SECTION("a file") {
    const std::string p = (in / "secret.txt").string();
    fs::copy_file(kSample, p);
    fs::permissions(p, fs::perms::none);
    RequireOneLineError(run(p), p, "cannot read (Permission denied)");
  }
  SECTION("a folder") {
    fs::create_directories(in / "locked");
    fs::copy_file(kSample, in / "locked" / "x.txt");
    fs::permissions(in / "locked", fs::perms::none);
    const std::string p = (in / "locked").string();
    RequireOneLineError(run(p), p, "Permission denied");
    fs::permissions(in / "locked", fs::perms::owner_all);
  }
  db.RequireUnchanged();
}

TEST_CASE("a BOM, CRLF line ends and malformed HTML are read, not refused", "[badinput]") {
  Db db;
  TempDir in;
  std::string name, bytes, date, expect;
  SECTION("a UTF-8 byte order mark") {
    name = "bom.txt";
    bytes = "\xEF\xBB\xBF" "Date: 2016-02-02\nBriefing\n\nJim Mackey, chief executive of Northumbria Healthcare NHS "
            "Foundation Trust, spoke.\n";
    date = "2016-02-02";
    expect = "Northumbria Healthcare NHS Foundation Trust";
  }
  SECTION("CRLF line ends") {
    name = "crlf.txt";
    bytes = "Date: 2016-03-03\r\nBriefing\r\n\r\nSir Andrew Cash, chief executive of Sheffield Teaching Hospitals NHS "
            "Foundation Trust, leads the footprint.\r\n";
    date = "2016-03-03";
    expect = "Sheffield Teaching Hospitals NHS Foundation Trust";
  }
  SECTION("malformed HTML: unclosed tags, stray ampersands, no body") {
    name = "broken.html";
    // (What browsers show; an unclosed <title> would swallow the page, in a
    // browser as here.)
    bytes = "<html><head><meta name=date content=\"2016-04-04\"><title>Briefing</title></head>"
            "<p>Jim Mackey of <b>NHS Improvement</p><div><p>Salford Royal NHS Foundation Trust & Pennine Acute "
            "Hospitals NHS Trust agree a group model.<p>More </i>news</table>";
    date = "2016-04-04";
    expect = "Pennine Acute Hospitals NHS Trust";
  }
  Write(in / name, bytes);
  auto r = Ingest(db, (in / name).string());
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.find("issues: 1 added") != std::string::npos);
  auto show = RunCli("show --db " + Quote(db.path) + " --json " + Quote(expect));
  INFO(show.err);
  CHECK(show.status == 0);
  const std::string after = Dump(db.path);
  CHECK(after.find("\"" + expect + "\"") != std::string::npos);
  CHECK(after.find(date) != std::string::npos);  // the date header was read
  CHECK(after.find("\\r") == std::string::npos);  // no carriage return in any name or sentence
  CHECK(after.find("\xEF\xBB\xBF") == std::string::npos);
  CHECK(after.find("<p>") == std::string::npos);
}

TEST_CASE("database paths that are not caregraph databases", "[badinput]") {
  TempDir tmp;
  SECTION("a regular file") {
    const std::string p = (tmp / "file.db").string();
    Write(p, "not a database\n");
    for (const char* cmd : {"ingest", "stats", "export --format jsonl"}) {
      std::string args = std::string(cmd) + " --db " + Quote(p);
      if (std::string(cmd) == "ingest") args += " " + Quote(kSample.string());
      RequireOneLineError(RunCli(args), p, "is a file, not a database folder");
    }
    CHECK(Slurp(p) == "not a database\n");
  }
  SECTION("a folder of other things") {
    const std::string p = (tmp / "folder").string();
    fs::create_directories(p);
    Write(tmp / "folder" / "notes.txt", "mine\n");
    RequireOneLineError(RunCli("ingest --db " + Quote(p) + " " + Quote(kSample.string())), p,
                        "not a caregraph database");
    CHECK(fs::directory_iterator(p)->path().filename() == "notes.txt");
    CHECK(std::distance(fs::directory_iterator(p), fs::directory_iterator()) == 1);
  }
  SECTION("a database of another schema version") {
    Db db;
    {
      rocksdb::DB* raw = nullptr;
      std::vector<rocksdb::ColumnFamilyDescriptor> cfs = {{rocksdb::kDefaultColumnFamilyName, {}}};
      for (const char* f : schema::kFamilies) cfs.emplace_back(f, rocksdb::ColumnFamilyOptions());
      std::vector<rocksdb::ColumnFamilyHandle*> h;
      REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), db.path, cfs, &h, &raw).ok());
      REQUIRE(raw->Put(rocksdb::WriteOptions(), h[1], schema::kSchemaVersionKey,
                       std::to_string(schema::kSchemaVersion + 1)).ok());
      for (auto* x : h) REQUIRE(raw->DestroyColumnFamilyHandle(x).ok());
      delete raw;
    }
    const std::string problem = "database schema version " + std::to_string(schema::kSchemaVersion + 1) +
                                ", this caregraph reads " +
                                std::to_string(schema::kSchemaVersion);
    RequireOneLineError(RunCli("ingest --db " + Quote(db.path) + " " +
                               Quote((test::SourceDir() / "samples" / "02_stp_footprints.txt").string())),
                        db.path, problem);
    RequireOneLineError(RunCli("export --db " + Quote(db.path) + " --format jsonl"), db.path, problem);
    RequireOneLineError(RunCli("stats --db " + Quote(db.path)), db.path, problem);
    // Still the other version's database, with our one issue in it.
    auto store = Store::Open(db.path, StoreOptions{.read_only = true});
    REQUIRE_FALSE(store.ok());
  }
}

// Flushes every column family to SST files, so that there are SSTs to break.
void FlushToSst(const std::string& db) {
  rocksdb::DB* raw = nullptr;
  std::vector<rocksdb::ColumnFamilyDescriptor> cfs = {{rocksdb::kDefaultColumnFamilyName, {}}};
  for (const char* f : schema::kFamilies) cfs.emplace_back(f, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> h;
  REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), db, cfs, &h, &raw).ok());
  REQUIRE(raw->Flush(rocksdb::FlushOptions(), h).ok());
  for (auto* x : h) REQUIRE(raw->DestroyColumnFamilyHandle(x).ok());
  delete raw;
}

TEST_CASE("a corrupted SST file is reported, not read as data", "[badinput]") {
  Db db;
  FlushToSst(db.path);
  // Flip 16 bytes of the first data block of every SST file.
  std::map<fs::path, std::string> corrupted;
  for (const auto& e : fs::directory_iterator(db.path)) {
    if (e.path().extension() != ".sst") continue;
    std::string bytes = Slurp(e.path());
    REQUIRE(bytes.size() > 100);
    for (size_t i = 10; i < 26; ++i) bytes[i] = static_cast<char>(~bytes[i]);
    Write(e.path(), bytes);
    corrupted[e.path()] = bytes;
  }
  REQUIRE(corrupted.size() >= 2);

  // The store with paranoid checks: Open or the first full read fails with
  // Corruption naming the database.
  StoreOptions paranoid;
  paranoid.read_only = true;
  paranoid.paranoid_checks = true;
  auto store = Store::Open(db.path, paranoid);
  Status s = store.ok() ? (*store)->Issues().status() : store.status();
  INFO(s.message());
  REQUIRE_FALSE(s.ok());
  CHECK(s.code() == Status::Code::kCorruption);
  CHECK(s.message().rfind(db.path + ": ", 0) == 0);
  CHECK(s.message().find("Corruption") != std::string::npos);
  store = Status::NotFound("closed");  // close before the CLI opens it

  // The commands that read everything say so in one line.
  for (const char* cmd : {"export --format jsonl", "verify", "reindex", "stats", "show 'Jim Mackey'"}) {
    auto r = RunCli(std::string(cmd) + " --db " + Quote(db.path));
    RequireOneLineError(r, db.path, "Corruption: block checksum mismatch");
    CHECK(r.out.empty());
  }
  auto ingest = RunCli("ingest --db " + Quote(db.path) + " " +
                       Quote((test::SourceDir() / "samples" / "02_stp_footprints.txt").string()));
  RequireOneLineError(ingest, db.path, "Corruption");
  for (const auto& [path, bytes] : corrupted) CHECK(Slurp(path) == bytes);  // nothing "repaired" or rewritten
}

TEST_CASE("an output path in a missing folder", "[badinput]") {
  Db db;
  TempDir out;
  const fs::path missing = out / "no" / "such";
  for (const std::string& args : {"render --out " + Quote((missing / "g.svg").string()),
                                 "map chains --out " + Quote((missing / "m.svg").string()),
                                 "export --format json --out " + Quote((missing / "g.json").string()),
                                 "export --format graphml --out " + Quote((missing / "g.graphml").string()),
                                 "export --format csv --out " + Quote((missing / "csv").string())}) {
    auto r = RunCli(args + " --db " + Quote(db.path));
    RequireOneLineError(r, (out / "no").string(), "does not exist");
  }
  CHECK_FALSE(fs::exists(out / "no"));  // nothing created on the way
  // extract --out DIR creates DIR (documented); a DIR under a regular file
  // cannot be created: a one-line error naming it.
  Write(out / "file", "x");
  const std::string bad = (out / "file" / "json").string();
  RequireOneLineError(RunCli("extract --out " + Quote(bad) + " " + Quote(kSample.string())), bad, "");
  auto ok = RunCli("extract --out " + Quote((missing / "json").string()) + " " + Quote(kSample.string()));
  CHECK(ok.status == 0);
  CHECK(fs::exists(missing / "json" / "01_hospital_chains.json"));
  db.RequireUnchanged();
}

// A small tmpfs, mounted for the test (root only) and unmounted after.
class SmallDisk {
 public:
  explicit SmallDisk(const fs::path& at, const std::string& size) : path_(at) {
    fs::create_directories(at);
    mounted_ = ::mount("tmpfs", at.c_str(), "tmpfs", 0, ("size=" + size).c_str()) == 0;
  }
  ~SmallDisk() {
    if (mounted_) ::umount2(path_.c_str(), MNT_DETACH);
  }
  bool mounted() const { return mounted_; }
  // Fills the free space with one file (removed by Free()).
  void Fill() {
    auto r = RunShell("dd if=/dev/zero of=" + Quote((path_ / "filler").string()) + " bs=64k");
    REQUIRE(fs::space(path_).available < 64 * 1024);
  }
  void Free() { fs::remove(path_ / "filler"); }

 private:
  fs::path path_;
  bool mounted_ = false;
};

TEST_CASE("a full disk is a one-line error and leaves the database readable", "[badinput]") {
  TempDir tmp;
  SmallDisk disk(tmp / "disk", "8m");
  if (!disk.mounted()) {
    WARN("cannot mount a tmpfs here (needs root): full-disk cases skipped");
    return;
  }
  const std::string db = (tmp / "disk" / "db").string();
  auto first = RunCli("ingest --db " + Quote(db) + " " + Quote(kSample.string()));
  INFO(first.err);
  REQUIRE(first.status == 0);
  const std::string before = Dump(db);

  SECTION("ingest") {
    disk.Fill();
    auto r = RunCli("ingest --db " + Quote(db) + " " + Quote((test::SourceDir() / "samples").string()));
    INFO(r.err);
    CHECK(r.status != 0);
    CHECK(r.status < 128);
    CHECK(r.err.rfind("caregraph: " + db, 0) == 0);
    CHECK(r.err.find("No space left on device") != std::string::npos);
    disk.Free();
    // The issues that did not fit are absent; the database opens and verifies.
    CHECK(Dump(db) == before);
    auto v = RunCli("verify --db " + Quote(db));
    INFO(v.err);
    CHECK(v.status == 0);
    // And it takes them once there is room again.
    auto again = RunCli("ingest --db " + Quote(db) + " " + Quote((test::SourceDir() / "samples").string()));
    INFO(again.err);
    CHECK(again.status == 0);
  }
  SECTION("export, render and extract to a full disk") {
    // The database lives on the small disk too: copy it out so that the
    // commands can read it while the disk is full.
    const std::string copy = (tmp / "db-copy").string();
    fs::copy(db, copy, fs::copy_options::recursive);
    disk.Fill();
    const fs::path out = tmp / "disk";
    for (const std::string& args :
         {"export --format json --out " + Quote((out / "g.json").string()),
          "export --format csv --out " + Quote((out / "csv").string()),
          "render --out " + Quote((out / "g.svg").string())}) {
      auto r = RunCli(args + " --db " + Quote(copy));
      INFO(args);
      RequireOneLineError(r, out.string(), "");
    }
    auto x = RunCli("extract --out " + Quote((out / "json").string()) + " " + Quote(kSample.string()));
    RequireOneLineError(x, out.string(), "");
    disk.Free();
    // Nothing half-written: no output file, no temporary file left behind.
    std::vector<std::string> left;
    for (const auto& e : fs::recursive_directory_iterator(out)) {
      const std::string rel = fs::relative(e.path(), out).string();
      if (rel.rfind("db", 0) != 0 && !(e.is_directory() && fs::is_empty(e.path()))) left.push_back(rel);
    }
    INFO("left on disk: " << ::Catch::Detail::stringify(left));
    CHECK(left.empty());
  }
}

}  // namespace
}  // namespace cg
