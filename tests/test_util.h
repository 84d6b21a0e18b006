#pragma once
// Helpers shared by the tests: paths, temporary folders, running the CLI.
#include <cstdlib>
#include <filesystem>
#include <string>

namespace cg::test {

inline std::filesystem::path SourceDir() { return CG_SOURCE_DIR; }
inline std::filesystem::path SharedDir() { return CG_SHARED_DIR; }
inline bool HaveShared() { return std::filesystem::exists(SharedDir() / "seeds"); }

// A fresh temporary folder, removed when the object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& s) const { return path_ / s; }

 private:
  std::filesystem::path path_;
};

struct RunResult {
  int status = -1;     // exit status (or 128+signal)
  std::string out;     // stdout
  std::string err;     // stderr
};

// Runs `caregraph ARGS` (a shell-quoted argument string) and captures its
// output. The built binary's path comes from CMake.
RunResult RunCli(const std::string& args);
// Runs any shell command the same way.
RunResult RunShell(const std::string& command);
// Quotes one argument for the shell.
std::string Quote(const std::string& s);

}  // namespace cg::test
