// caregraph export --format json|graphml|csv|jsonl [--out PATH] [filters]
//
// json, graphml and jsonl go to stdout unless --out names a file; csv needs
// --out DIR and writes DIR/nodes.csv and DIR/edges.csv. Files are streamed
// to a temporary name beside the target and renamed into place only once
// complete, so a failed or interrupted export leaves nothing half-written.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/query_args.h"
#include "graph/export.h"
#include "graph/filter.h"

namespace cg::cli {
namespace {
namespace fs = std::filesystem;

struct ExportArgs : FilterArgs {
  std::string db, format, out;
};

// A file written under a temporary name and renamed by Commit().
class AtomicFile {
 public:
  explicit AtomicFile(std::string path)
      : path_(std::move(path)), tmp_(path_ + ".tmp." + std::to_string(::getpid())) {
    out_.open(tmp_, std::ios::binary | std::ios::trunc);
  }
  ~AtomicFile() {
    if (!committed_) std::remove(tmp_.c_str());
  }
  std::ostream& stream() { return out_; }
  Status Opened() const {
    return out_.is_open() ? Status::OK() : Status::IOError(path_ + ": cannot write");
  }
  // Closes the temporary file; the error names the target.
  Status Close() {
    out_.close();
    return out_ ? Status::OK() : Status::IOError(path_ + ": write failed (disk full?)");
  }
  Status Commit() {
    std::error_code ec;
    fs::rename(tmp_, path_, ec);
    if (ec) return Status::IOError(path_ + ": " + ec.message());
    committed_ = true;
    return Status::OK();
  }

 private:
  std::string path_, tmp_;
  std::ofstream out_;
  bool committed_ = false;
};

Status CheckFolder(const fs::path& dir, const std::string& what) {
  std::error_code ec;
  if (!fs::is_directory(dir.empty() ? fs::path(".") : dir, ec))
    return Status::NotFound(what + ": folder " + dir.string() + " does not exist");
  return Status::OK();
}

Status WriteCsvFolder(const Graph& g, const std::string& dir) {
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
    return Status::InvalidArgument(dir + ": exists and is not a folder (csv writes a folder)");
  if (!fs::exists(dir, ec)) {
    if (Status s = CheckFolder(fs::path(dir).parent_path(), dir); !s.ok()) return s;
    fs::create_directory(dir, ec);
    if (ec) return Status::IOError(dir + ": " + ec.message());
  }
  AtomicFile nodes((fs::path(dir) / kCsvNodesFile).string());
  AtomicFile edges((fs::path(dir) / kCsvEdgesFile).string());
  for (auto* f : {&nodes, &edges})
    if (Status s = f->Opened(); !s.ok()) return s;
  if (Status s = WriteCsv(g, nodes.stream(), edges.stream()); !s.ok())
    return Status::IOError(dir + ": " + s.message());
  for (auto* f : {&nodes, &edges})
    if (Status s = f->Close(); !s.ok()) return s;
  for (auto* f : {&nodes, &edges})
    if (Status s = f->Commit(); !s.ok()) return s;
  return Status::OK();
}

Status WriteStream(const Graph& g, ExportFormat format, const std::string& path) {
  if (path.empty() || path == "-") {
    Status s = Export(g, format, std::cout);
    return s.ok() ? s : Status::IOError("stdout: write failed");
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) return Status::InvalidArgument(path + ": is a folder, expected a file");
  if (Status s = CheckFolder(fs::path(path).parent_path(), path); !s.ok()) return s;
  AtomicFile file(path);
  if (Status s = file.Opened(); !s.ok()) return s;
  if (Status s = Export(g, format, file.stream()); !s.ok()) return Status::IOError(path + ": " + s.message());
  if (Status s = file.Close(); !s.ok()) return s;
  return file.Commit();
}

Status Run(const ExportArgs& a) {
  auto format = ParseExportFormat(a.format);
  if (!format)
    return Status::InvalidArgument("export: unknown format \"" + a.format + "\" (use " + ExportFormatNames() + ")");
  if (*format == ExportFormat::kCsv && a.out.empty())
    return Status::InvalidArgument("export: csv writes nodes.csv and edges.csv: give --out DIR");
  auto filter = a.Make();
  if (!filter.ok()) return filter.status();
  auto graph = LoadGraph(a.db);
  if (!graph.ok()) return graph.status();
  const Graph g = filter->empty() ? std::move(*graph) : Apply(*graph, *filter);
  Status s = *format == ExportFormat::kCsv ? WriteCsvFolder(g, a.out) : WriteStream(g, *format, a.out);
  if (s.ok() && !a.out.empty() && a.out != "-")
    std::cerr << "exported " << g.node_count() << " nodes and " << g.edge_count() << " edges to " << a.out << "\n";
  return s;
}

}  // namespace

void SetupExport(CLI::App& sub, int* exit_code) {
  auto args = std::make_shared<ExportArgs>();
  AddDbOption(sub, &args->db);
  sub.add_option("--format,-f", args->format, "json, graphml, csv or jsonl (see docs/formats.md)")->required();
  sub.add_option("--out,-o", args->out, "output file (default: stdout); for csv, the output folder");
  AddFilterOptions(sub, args.get());
  sub.callback([args, exit_code] {
    Status s = Run(*args);
    *exit_code = s.ok() ? 0 : Fail(s);
  });
}

}  // namespace cg::cli
