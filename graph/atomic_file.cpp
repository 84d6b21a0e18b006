#include "graph/atomic_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace cg {

namespace fs = std::filesystem;

std::string TempPathFor(const std::string& path) { return path + ".tmp." + std::to_string(::getpid()); }

Status CommitTemp(const std::string& tmp, const std::string& path) {
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return Status::IOError(path + ": cannot write (" + ec.message() + ")");
  }
  return Status::OK();
}

Status WriteFileAtomic(const std::string& path, std::string_view data) {
  const fs::path target(path);
  const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(path + ": folder " + dir.string() + " does not exist");
  const std::string tmp = TempPathFor(path);
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IOError(path + ": cannot write (" + std::strerror(errno) + ")");
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    out.flush();
    if (!out) {
      out.close();
      std::remove(tmp.c_str());
      return Status::IOError(path + ": write failed (disk full?)");
    }
  }
  return CommitTemp(tmp, path);
}

}  // namespace cg
