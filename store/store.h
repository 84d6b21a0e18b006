#pragma once
// Store: the RocksDB knowledge graph. (Contract; see store/schema.h for the
// column families and key encoding.)
//
// One issue is one atomic write batch: it is in the graph whole or not at
// all. A Store opened for writing holds RocksDB's LOCK file; a second
// writer gets Status::Busy("... database is locked by another caregraph
// process"). Read-only opens may run while a writer ingests.
//
// Thread-safety: a Store may be used from one thread at a time.
#include <memory>
#include <string>
#include <vector>

#include "graph/extraction.h"
#include "graph/graph.h"
#include "graph/status.h"

namespace cg {

struct StoreOptions {
  bool read_only = false;          // open without the write lock
  bool create_if_missing = true;   // ignored when read_only
  bool paranoid_checks = false;    // verify checksums on every read
};

// An issue as stored: its text, so that `reindex` can re-extract it.
struct IssueRecord {
  std::string id;                 // content hash (graph/hash.h ContentId)
  std::string source;             // the path it was ingested from
  std::string date;               // "YYYY-MM-DD" or ""
  std::string title;
  std::string extractor_version;
  std::string text;               // the original bytes
};

enum class IngestOutcome {
  kAdded,      // a new issue
  kUnchanged,  // same content already stored: nothing written
  kReplaced,   // same source, new content: the old issue's contributions were retracted
};

class Store {
 public:
  virtual ~Store() = default;

  static Result<std::unique_ptr<Store>> Open(const std::string& path, const StoreOptions& options);

  // Stores `issue` and its (linked) extraction in one write batch.
  virtual Result<IngestOutcome> Ingest(const IssueRecord& issue, const Extraction& extraction) = 0;
  // Retracts one issue (by id or by source path): nodes and edges only it
  // supported disappear, shared ones lose its evidence. NotFound if absent.
  virtual Status Remove(const std::string& issue_id_or_source) = 0;
  // Every stored issue (text included), ordered by (date, id).
  virtual Result<std::vector<IssueRecord>> Issues() const = 0;
  // The whole graph, canonicalised.
  virtual Result<Graph> LoadGraph() const = 0;
  // Checks every index against the primary data; returns the problems found
  // (empty iff consistent).
  virtual Result<std::vector<std::string>> Verify() const = 0;
};

}  // namespace cg
