#pragma once
// Writing a file whole or not at all: the data goes to a temporary file
// beside the target, which then replaces it in one rename. A reader never
// sees half a file; a failed write leaves the old one. The one way every
// command and map writes its output.
#include <string>
#include <string_view>

#include "graph/status.h"

namespace cg {

// The temporary path to write `path` through (same folder, so the rename
// stays on one file system).
std::string TempPathFor(const std::string& path);
// Moves the finished temporary file over `path`; on failure removes it and
// says why, naming `path`.
Status CommitTemp(const std::string& tmp, const std::string& path);
// `data` written to `path` through TempPathFor and CommitTemp. Errors: the
// folder is missing, the file cannot be written (disk full), the rename.
Status WriteFileAtomic(const std::string& path, std::string_view data);

}  // namespace cg
