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
#include <map>
#include <memory>
#include <optional>
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
  // With read_only: open only the families LoadGraph() reads (a render or
  // a query opens half the families: ~1 ms of a 50-node map). The other
  // methods then fail with InvalidArgument.
  bool graph_only = false;
  // A writer folds its issues into the view (store/schema.h) every this
  // many issues; tests set it low to exercise folds mid-ingest.
  size_t fold_every = 1024;
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

// Counts for `caregraph stats`, read without loading the graph.
struct StoreStats {
  uint64_t issues = 0;
  uint64_t nodes = 0;
  uint64_t edges = 0;
  std::map<EntityType, uint64_t> nodes_by_type;    // only types present
  std::map<RelationType, uint64_t> edges_by_type;
};

class Store {
 public:
  virtual ~Store() = default;

  // Opens (creating it atomically when missing and allowed) the database
  // folder `path`. Errors, each naming `path`: Busy when another process
  // holds the write lock; InvalidArgument when `path` is a regular file or
  // a folder that is not a caregraph database; Corruption("<path>: database
  // schema version N, this caregraph reads M") on a schema mismatch;
  // NotFound when missing and read_only or !create_if_missing.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const StoreOptions& options);

  // Stores `issue` and its (linked) extraction in one write batch.
  // extraction.issue and .date are taken from `issue`. kUnchanged (nothing
  // written) when an issue with issue.id is stored; kReplaced when another
  // issue was stored from issue.source: it is retracted in the same batch.
  // REQUIRES: the store was opened for writing.
  virtual Result<IngestOutcome> Ingest(const IssueRecord& issue, const Extraction& extraction) = 0;
  // Retracts one issue (by id or by source path): nodes and edges only it
  // supported disappear, shared ones lose its evidence. NotFound if absent.
  virtual Status Remove(const std::string& issue_id_or_source) = 0;
  // Re-applies a stored issue with a new extraction (`reindex`): its old
  // contributions are retracted and the new ones added in one write batch;
  // the record's date, title and extractor_version are updated. NotFound if
  // no issue has issue.id.
  virtual Status Reindex(const IssueRecord& issue, const Extraction& extraction) = 0;
  // Brings the view (the nodes, edges and names families, which Stats(),
  // FindByName() and Verify() read) up to date with every stored issue;
  // Ingest() does it every so many issues, and closing a writer does it.
  // LoadGraph() never waits for it. REQUIRES: opened for writing.
  virtual Status UpdateView() = 0;
  // Every stored issue (text included), ordered by (date, id).
  virtual Result<std::vector<IssueRecord>> Issues() const = 0;
  // The same without the text (cheap on large corpora).
  virtual Result<std::vector<IssueRecord>> IssueHeaders() const = 0;
  // The issue with that id, else the one ingested from that source path;
  // nullopt if neither.
  virtual Result<std::optional<IssueRecord>> FindIssue(const std::string& issue_id_or_source) const = 0;
  // Ids of the nodes one of whose names or aliases normalises
  // (graph/identity.h NormaliseName) to NormaliseName(name); sorted.
  virtual Result<std::vector<NodeId>> FindByName(const std::string& name) const = 0;
  // Issue, node and edge counts.
  virtual Result<StoreStats> Stats() const = 0;
  // The whole graph, canonicalised.
  virtual Result<Graph> LoadGraph() const = 0;
  // Checks every index against the primary data; returns the problems found
  // (empty iff consistent).
  virtual Result<std::vector<std::string>> Verify() const = 0;
};

}  // namespace cg
