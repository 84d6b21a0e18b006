#include "cli/common.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

namespace cg::cli {
namespace fs = std::filesystem;

std::string DefaultDbPath() {
  const char* env = std::getenv("CAREGRAPH_DB");
  return env && *env ? env : "caregraph.db";
}

void AddDbOption(CLI::App& sub, std::string* db) {
  *db = DefaultDbPath();
  sub.add_option("--db", *db, "RocksDB database folder (default: $CAREGRAPH_DB, else ./caregraph.db)");
}

int Fail(const Status& s) {
  std::string msg = s.message();
  std::replace(msg.begin(), msg.end(), '\n', ' ');  // one line, always
  std::cerr << "caregraph: " << msg << "\n";
  return s.code() == Status::Code::kAmbiguous ? 2 : 1;
}

namespace {

bool IsIssueFile(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  return ext == ".txt" || ext == ".html" || ext == ".htm";
}

Status Walk(const fs::path& dir, std::set<fs::path>& visiting, std::vector<std::string>& out) {
  std::error_code ec;
  fs::path real = fs::canonical(dir, ec);
  if (ec) return Status::IOError(dir.string() + ": " + ec.message());
  if (!visiting.insert(real).second) return Status::InvalidArgument(dir.string() + ": symlink loop");
  std::vector<fs::path> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(it->path());
  if (ec) return Status::IOError(dir.string() + ": " + ec.message());
  std::sort(entries.begin(), entries.end());
  for (const auto& p : entries) {
    if (fs::is_directory(p, ec)) {
      if (p.filename().string().starts_with(".")) continue;
      Status s = Walk(p, visiting, out);
      if (!s.ok()) return s;
    } else if (IsIssueFile(p)) {
      out.push_back(p.string());
    }
  }
  visiting.erase(real);
  return Status::OK();
}

}  // namespace

Result<std::vector<std::string>> CollectIssueFiles(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const auto& path : paths) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
      if (errno == ELOOP) return Status::InvalidArgument(path + ": symlink loop");
      return Status::NotFound(path + ": no such file or folder");
    }
    if (S_ISDIR(st.st_mode)) {
      std::set<fs::path> visiting;
      size_t before = out.size();
      Status s = Walk(path, visiting, out);
      if (!s.ok()) return s;
      if (out.size() == before)
        return Status::NotFound(path + ": folder holds no issues (*.txt, *.html, *.htm)");
    } else {
      out.push_back(path);
    }
  }
  return out;
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot read (" + std::strerror(errno) + ")");
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IOError(path + ": read error");
  return data;
}

Result<std::unique_ptr<Store>> OpenForRead(const std::string& db, bool graph_only) {
  std::error_code ec;
  if (!fs::exists(db, ec))
    return Status::NotFound(db + ": no database here (run `caregraph ingest --db " + db + " FILES` first)");
  StoreOptions opt;
  opt.read_only = true;
  opt.graph_only = graph_only;
  return Store::Open(db, opt);
}

Result<Graph> LoadGraph(const std::string& db) {
  auto store = OpenForRead(db, /*graph_only=*/true);
  if (!store.ok()) return store.status();
  return (*store)->LoadGraph();
}

}  // namespace cg::cli
