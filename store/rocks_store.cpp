// Store implemented on RocksDB; the schema is in store/schema.h.
#include <rocksdb/cache.h>
#include <rocksdb/db.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/memtablerep.h>
#include <rocksdb/options.h>
#include <rocksdb/table.h>
#include <rocksdb/write_batch.h>
#include <fcntl.h>
#include <malloc.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <functional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "graph/identity.h"
#include "store/codec.h"
#include "store/key_prefixes.h"
#include "store/schema.h"
#include "store/value_cache.h"
#include "store/store.h"

namespace cg {
namespace {

namespace fs = std::filesystem;
using codec::EdgeContribution;
using codec::EdgeValue;
using codec::EvidenceKind;
using codec::Manifest;
using codec::NodeContribution;
using codec::NodeValue;

// Indexes into the handle vector; the order of schema::kFamilies.
enum Family { kMeta, kIssues, kSources, kNodes, kOutEdges, kInEdges, kNames, kContributions };

rocksdb::Slice S(std::string_view s) { return rocksdb::Slice(s.data(), s.size()); }
std::string_view V(const rocksdb::Slice& s) { return std::string_view(s.data(), s.size()); }

// RocksDB's info log, appended to <db>/LOG (warnings and errors only).
// RocksDB's own file logger aborts on an assertion (Debian's librocksdb keeps
// them) when a write to LOG fails, e.g. on a full disk, so caregraph would
// crash instead of reporting the full disk; this one ignores write errors.
class TolerantLogger : public rocksdb::Logger {
 public:
  explicit TolerantLogger(std::string path)
      : rocksdb::Logger(rocksdb::InfoLogLevel::WARN_LEVEL), path_(std::move(path)) {}
  ~TolerantLogger() override {
    if (fd_ >= 0) ::close(fd_);
  }
  using rocksdb::Logger::Logv;
  void Logv(const char* format, va_list ap) override {
    if (fd_ < 0) fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd_ < 0) return;  // the folder does not exist yet (being created)
    char buf[1024];
    const std::time_t now = std::time(nullptr);
    std::tm tm;
    size_t n = std::strftime(buf, sizeof buf, "%Y/%m/%d-%H:%M:%S ", ::localtime_r(&now, &tm));
    const int m = std::vsnprintf(buf + n, sizeof buf - n - 1, format, ap);
    if (m < 0) return;
    n = std::min(n + static_cast<size_t>(m), sizeof buf - 2);
    buf[n++] = '\n';
    if (::write(fd_, buf, n) < 0) return;  // full disk: the log line is lost, nothing else
  }

 private:
  std::string path_;
  int fd_ = -1;
};

// The Env of read-only opens: RocksDB's default one, without background
// threads. A reader never flushes or compacts, yet every open would start
// a flush and a compaction thread and every exit would join them: four
// thread switches that cost a `caregraph render` of 50 nodes ~1 ms on a
// busy machine (a switch can wait for the core).
class ReaderEnv : public rocksdb::EnvWrapper {
 public:
  ReaderEnv() : rocksdb::EnvWrapper(rocksdb::Env::Default()) {}
  static const char* kClassName() { return "CaregraphReaderEnv"; }
  const char* Name() const override { return kClassName(); }
  void IncBackgroundThreadsIfNeeded(int, Priority) override {}
  void SetBackgroundThreads(int, Priority) override {}
};

// The options shared by every open; memory stays bounded whatever the
// corpus size: one block cache and one write-buffer budget for all families.
struct Tuning {
  rocksdb::DBOptions db;
  rocksdb::ColumnFamilyOptions cf;
  Tuning(bool paranoid, const std::string& path, bool read_only = false) {
    static std::shared_ptr<rocksdb::Cache> cache = rocksdb::NewLRUCache(4 << 20);
    db.info_log = std::make_shared<TolerantLogger>(path + "/LOG");
    db.paranoid_checks = paranoid;
    db.db_write_buffer_size = 8 << 20;
    db.max_background_jobs = 2;
    // One writer; the hashed memtables (below) take no concurrent inserts.
    db.allow_concurrent_memtable_write = false;
    // RocksDB would otherwise start 16 threads per family at every open to
    // open table files: ~6 ms of a 40 ms `caregraph render`.
    db.max_file_opening_threads = 1;
    db.keep_log_file_num = 2;
    db.max_log_file_size = 1 << 20;
    db.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
    if (read_only) {
      static ReaderEnv reader_env;
      db.env = &reader_env;
    }
    rocksdb::BlockBasedTableOptions table;
    table.block_cache = cache;
    // Debian's portable RocksDB computes CRC32c in software; XXH3 block
    // checksums cost a fraction of that (each file records its own kind).
    table.checksum = rocksdb::kXXH3;
    table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
    // Index and filter blocks live in the block cache too, so they do not
    // grow the process with the number of table files.
    table.cache_index_and_filter_blocks = true;
    // Partitioned: building one whole-file filter kept the hash of every key
    // of a compaction's output in memory (peak RSS grew with the corpus).
    table.index_type = rocksdb::BlockBasedTableOptions::IndexType::kTwoLevelIndexSearch;
    table.partition_filters = true;
    table.pin_l0_filter_and_index_blocks_in_cache = true;
    cf.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
    cf.write_buffer_size = 2 << 20;
    // Writes stopped while the two memtables of `contributions` (most of
    // the bytes) waited for their flush; more of them ride a flush out
    // (the budget above still bounds them all).
    cf.max_write_buffer_number = 4;
    // A memtable bloom filter only helps writes' reads; a reader would
    // allocate and clear one per family for nothing.
    cf.memtable_prefix_bloom_size_ratio = read_only ? 0 : 0.05;
    cf.memtable_whole_key_filtering = true;
    // Universal compaction rewrites each byte far fewer times than leveled
    // compaction; compaction was most of the ingest CPU at 40k issues.
    cf.compaction_style = rocksdb::kCompactionStyleUniversal;
    // Flushes and small compactions write uncompressed files; the older 90%
    // of the data is compressed. Compressing every flush was an eighth of
    // the ingest's instructions, on the background threads that must keep
    // up with the writer or stall it.
    cf.compaction_options_universal.compression_size_percent = 90;
  }
};

// Buckets of a hashed memtable: about the distinct prefixes (nodes, edges)
// one 2 MB memtable holds; 64 KB of pointers each.
constexpr size_t kMemtableBuckets = 8192;

// The key prefix of a family (schema::KeyPrefix), built once and shared by
// every open and every scan; null for none (and for families not ours).
const std::shared_ptr<const rocksdb::SliceTransform>& PrefixOf(std::string_view family) {
  static const auto* all = [] {
    auto* m = new std::unordered_map<std::string_view, std::shared_ptr<const rocksdb::SliceTransform>>;
    for (const char* f : schema::kFamilies) (*m)[f] = schema::KeyPrefix(f);
    return m;
  }();
  static const std::shared_ptr<const rocksdb::SliceTransform> kNone;
  auto it = all->find(family);
  return it == all->end() ? kNone : it->second;
}

std::vector<rocksdb::ColumnFamilyDescriptor> Descriptors(const std::vector<std::string>& names,
                                                         const rocksdb::ColumnFamilyOptions& cf) {
  std::vector<rocksdb::ColumnFamilyDescriptor> out;
  for (const auto& n : names) {
    out.emplace_back(n, cf);
    rocksdb::ColumnFamilyOptions& o = out.back().options;
    if (const auto& prefix = PrefixOf(n)) {
      o.prefix_extractor = prefix;
      o.memtable_factory.reset(rocksdb::NewHashSkipListRepFactory(kMemtableBuckets));
    }
    if (n == schema::kIssues) {
      // Issue texts go to blob files once instead of being rewritten by
      // every compaction (compaction was most of the ingest time at 40k).
      o.enable_blob_files = true;
      o.min_blob_size = 0;
      o.blob_compression_type = rocksdb::kSnappyCompression;
      o.enable_blob_garbage_collection = true;
    }
  }
  return out;
}

std::vector<std::string> SchemaFamilies() {
  std::vector<std::string> names = {rocksdb::kDefaultColumnFamilyName};
  for (const char* f : schema::kFamilies) names.push_back(f);
  return names;
}

bool IsLockError(const rocksdb::Status& s) {
  const std::string m = s.ToString();
  return s.IsIOError() && (m.find("lock") != std::string::npos || m.find("Resource temporarily") != std::string::npos);
}

// Every form a node is found by in the names family.
std::set<std::string> NameSet(const Node& n) {
  std::set<std::string> out;
  auto add = [&](const std::string& s) {
    std::string k = NormaliseName(s);
    if (!k.empty()) out.insert(std::move(k));
  };
  add(n.name);
  for (const auto& a : n.aliases) add(a);
  return out;
}

// Orders contributions: (issue date, issue id).
using OrderKey = std::pair<std::string, std::string>;

constexpr size_t kNodeContributionKeyBytes = 1 + schema::kHashBytes + schema::kDateBytes + schema::kIssueIdBytes;
constexpr size_t kEdgeContributionKeyBytes = 1 + schema::kEdgeKeyBytes + schema::kDateBytes + schema::kIssueIdBytes;

// The fold of node contributions in order, with Graph's merge rules.
Node FoldNodes(const std::vector<const Node*>& parts) {
  Node out = *parts.front();
  PrepareNode(out);
  for (size_t i = 1; i < parts.size(); ++i) MergeNodeInto(out, *parts[i]);
  out.seen.clear();
  return out;
}

// Stands in for an edge's full evidence when folding one more contribution
// into a stored edge: UpsertEdge reads only LastSeen() and IsReferenceEdge()
// of the evidence it already has.
std::vector<Evidence> EvidenceSummary(const EdgeValue& v) {
  if (v.evidence_kind == EvidenceKind::kNone) return {};
  Evidence ev;
  ev.issue = "\x01summary";
  ev.date = v.evidence_last_date;
  ev.source = v.evidence_kind == EvidenceKind::kAllReference ? Source::kReference : Source::kText;
  return {ev};
}

// The inverse of EvidenceSummary(): v.edge holds its full evidence; what a
// stored value keeps of it (its last date and kind) is kept, the rest dropped.
void KeepEvidenceSummary(EdgeValue& v) {
  v.evidence_last_date = LastSeen(v.edge);
  v.evidence_kind = v.edge.evidence.empty()     ? EvidenceKind::kNone
                    : IsReferenceEdge(v.edge) ? EvidenceKind::kAllReference
                                              : EvidenceKind::kSomeText;
  v.edge.evidence.clear();
}

// The fold of edge contributions (after `start`, if any) in order.
EdgeValue FoldEdges(const EdgeValue* start, const std::vector<const Edge*>& parts) {
  Edge merged = start ? start->edge : *parts.front();
  if (start) merged.evidence = EvidenceSummary(*start);
  PrepareEdge(merged);
  for (size_t i = start ? 0 : 1; i < parts.size(); ++i) MergeEdgeInto(merged, *parts[i]);
  EdgeValue v;
  v.edge = std::move(merged);
  KeepEvidenceSummary(v);
  return v;
}

// Folds `part` onto the value in place: what FoldEdges(&v, {&part}) gives,
// without copying the edge.
void FoldOnto(EdgeValue& v, const Edge& part) {
  v.edge.evidence = EvidenceSummary(v);
  MergeEdgeInto(v.edge, part);
  KeepEvidenceSummary(v);
}

class RocksStore : public Store {
 public:
  RocksStore(std::string path, rocksdb::DB* db, std::vector<rocksdb::ColumnFamilyHandle*> handles, bool read_only)
      : path_(std::move(path)), db_(db), handles_(std::move(handles)), read_only_(read_only) {}

  ~RocksStore() override {
    // RocksDB does not flush on close while the write-ahead log is on, so
    // every later open (each query, each map) would replay the log: 10 ms
    // at 1,000 nodes. A failed flush (a full disk) leaves the log to replay.
    if (wrote_) db_->Flush(rocksdb::FlushOptions(), handles_).PermitUncheckedError();
    for (auto* h : handles_)
      if (h) db_->DestroyColumnFamilyHandle(h).PermitUncheckedError();
    db_->Close().PermitUncheckedError();
    delete db_;
  }

  Result<IngestOutcome> Ingest(const IssueRecord& issue, const Extraction& x) override;
  Status Remove(const std::string& issue_id_or_source) override;
  Status Reindex(const IssueRecord& issue, const Extraction& x) override;
  Result<std::vector<IssueRecord>> Issues() const override { return ListIssues(true); }
  Result<std::vector<IssueRecord>> IssueHeaders() const override { return ListIssues(false); }
  Result<std::optional<IssueRecord>> FindIssue(const std::string& issue_id_or_source) const override;
  Result<std::vector<NodeId>> FindByName(const std::string& name) const override;
  Result<StoreStats> Stats() const override;
  Result<Graph> LoadGraph() const override;
  Result<std::vector<std::string>> Verify() const override;

  // Checks the schema version; called once by Open().
  Status CheckSchema() const;

 private:
  // [0] is "default"; null when the open left the family closed.
  rocksdb::ColumnFamilyHandle* cf(Family f) const { return handles_[f + 1]; }

  Status Error(const rocksdb::Status& s) const {
    if (s.IsCorruption()) return Status::Corruption(path_ + ": " + s.ToString());
    return Status::IOError(path_ + ": " + s.ToString());
  }
  // A family a graph-only open left closed (StoreOptions::graph_only).
  Status NotOpen(Family f) const {
    return Status::InvalidArgument(path_ + ": opened for the graph only, without \"" + schema::kFamilies[f] + "\"");
  }
  Status Bad(const std::string& what) const {
    return Status::Corruption(path_ + ": undecodable " + what + " (run `caregraph verify`)");
  }

  // Get: value, nullopt if absent, or the error.
  Result<std::optional<std::string>> Get(Family f, std::string_view key) const {
    if (!cf(f)) return NotOpen(f);
    std::string value;
    rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), cf(f), S(key), &value);
    if (s.IsNotFound()) return std::optional<std::string>();
    if (!s.ok()) return Error(s);
    return std::optional<std::string>(std::move(value));
  }

  // Calls fn(key, value) for every entry whose key starts with `prefix`
  // until fn returns a non-OK status.
  Status Scan(Family f, std::string_view prefix,
              const std::function<Status(std::string_view, std::string_view)>& fn) const {
    if (!cf(f)) return NotOpen(f);
    // A prefix at least as long as the family's key prefix is a prefix seek
    // (one memtable bucket); anything shorter needs the total order.
    rocksdb::ReadOptions ro;
    const rocksdb::SliceTransform* key_prefix = PrefixOf(schema::kFamilies[f]).get();
    ro.total_order_seek = !key_prefix || !key_prefix->InDomain(S(prefix));
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, cf(f)));
    for (it->Seek(S(prefix)); it->Valid(); it->Next()) {
      std::string_view k = V(it->key());
      if (!k.starts_with(prefix)) break;
      Status s = fn(k, V(it->value()));
      if (!s.ok()) return s;
    }
    if (!it->status().ok()) return Error(it->status());
    return Status::OK();
  }

  Status Writable() const {
    if (read_only_) return Status::InvalidArgument(path_ + ": database opened read-only");
    return Status::OK();
  }

  // Sets *out to the node (edge) value under `key`: moved out of the cache
  // when it has it (the caller stages the next value), else read and
  // decoded; nullopt when absent. `kind` and `name` name it in the error.
  template <class Value>
  Status TakeValue(ValueCache<Value>& cache, Family f, const std::string& key, const char* kind,
                   const std::string& name, std::optional<Value>* out) {
    if (cache.Take(key, out)) return Status::OK();
    auto raw = Get(f, key);
    if (!raw.ok()) return raw.status();
    out->reset();
    if (*raw) {
      out->emplace();
      if (!codec::Decode(**raw, &**out)) return Bad(std::string(kind) + " " + name);
    }
    return Status::OK();
  }

  Result<std::optional<IssueRecord>> GetIssue(const std::string& id) const;
  Result<std::vector<IssueRecord>> ListIssues(bool with_text) const;

  // Retracts `removed` (if any) and adds `added` with extraction `x` (if
  // any) in one write batch.
  Status Apply(const IssueRecord* removed, const IssueRecord* added, const Extraction* x);
  // Apply() without the cache bookkeeping: builds and writes the batch.
  Status WriteIssue(const IssueRecord* removed, const IssueRecord* added, const Extraction* x);
  Status UpdateNode(const NodeId& id, const IssueRecord* removed, bool removing, const IssueRecord* added,
                    const Node* contribution, rocksdb::WriteBatch& batch);
  Status UpdateEdge(const codec::EdgeRef& ref, const IssueRecord* removed, bool removing, const IssueRecord* added,
                    const Edge* contribution, rocksdb::WriteBatch& batch);

  std::string path_;
  rocksdb::DB* db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  bool read_only_;
  bool wrote_ = false;  // flush on close (see ~RocksStore)
  // Hub nodes are touched by most issues; edges far less (see value_cache.h).
  ValueCache<NodeValue> node_cache_{8192};
  ValueCache<EdgeValue> edge_cache_{4096};
};

// ---------------------------------------------------------------- reads

Result<std::optional<IssueRecord>> RocksStore::GetIssue(const std::string& id) const {
  auto raw = Get(kIssues, id);
  if (!raw.ok()) return raw.status();
  if (!*raw) return std::optional<IssueRecord>();
  IssueRecord r;
  if (!codec::Decode(**raw, &r)) return Bad("issue " + id);
  return std::optional<IssueRecord>(std::move(r));
}

Result<std::optional<IssueRecord>> RocksStore::FindIssue(const std::string& key) const {
  auto byid = GetIssue(key);
  if (!byid.ok() || *byid) return byid;
  auto id = Get(kSources, key);
  if (!id.ok()) return id.status();
  if (!*id) return std::optional<IssueRecord>();
  return GetIssue(**id);
}

Result<std::vector<IssueRecord>> RocksStore::ListIssues(bool with_text) const {
  std::vector<IssueRecord> out;
  Status s = Scan(kIssues, "", [&](std::string_view k, std::string_view v) {
    IssueRecord r;
    if (!codec::Decode(v, &r)) return Bad("issue " + std::string(k));
    if (!with_text) r.text.clear();
    out.push_back(std::move(r));
    return Status::OK();
  });
  if (!s.ok()) return s;
  std::sort(out.begin(), out.end(),
            [](const IssueRecord& a, const IssueRecord& b) { return std::tie(a.date, a.id) < std::tie(b.date, b.id); });
  return out;
}

Result<std::vector<NodeId>> RocksStore::FindByName(const std::string& name) const {
  const std::string prefix = NormaliseName(name) + '\0';
  std::vector<NodeId> out;
  Status s = Scan(kNames, prefix, [&](std::string_view k, std::string_view) {
    if (k.size() != prefix.size() + schema::kHashBytes) return Status::OK();
    auto raw = Get(kNodes, k.substr(prefix.size()));
    if (!raw.ok()) return raw.status();
    if (!*raw) return Status::OK();  // a dangling index entry: Verify reports it
    NodeValue v;
    if (!codec::Decode(**raw, &v)) return Bad("node");
    out.push_back(v.node.id);
    return Status::OK();
  });
  if (!s.ok()) return s;
  std::sort(out.begin(), out.end());
  return out;
}

Result<StoreStats> RocksStore::Stats() const {
  StoreStats st;
  Status s = Scan(kIssues, "", [&](std::string_view, std::string_view) {
    ++st.issues;
    return Status::OK();
  });
  if (s.ok()) s = Scan(kNodes, "", [&](std::string_view k, std::string_view v) {
    // The type is the byte after the format byte.
    if (v.size() < 2 || static_cast<uint8_t>(v[1]) >= kAllEntityTypes.size()) return Bad("node");
    ++st.nodes;
    ++st.nodes_by_type[static_cast<EntityType>(v[1])];
    return Status::OK();
  });
  if (s.ok()) s = Scan(kOutEdges, "", [&](std::string_view k, std::string_view v) {
    if (v.size() < 2 || static_cast<uint8_t>(v[1]) >= kAllRelationTypes.size()) return Bad("edge");
    ++st.edges;
    ++st.edges_by_type[static_cast<RelationType>(v[1])];
    return Status::OK();
  });
  if (!s.ok()) return s;
  return st;
}

Result<Graph> RocksStore::LoadGraph() const {
  std::unordered_map<std::string, Node> nodes;  // by H(id)
  std::vector<Edge> edges;
  std::unordered_map<std::string, size_t> edge_at;  // by out_edges key
  Status s = Scan(kNodes, "", [&](std::string_view k, std::string_view v) {
    NodeValue n;
    if (!codec::Decode(v, &n)) return Bad("node");
    nodes.emplace(std::string(k), std::move(n.node));
    return Status::OK();
  });
  if (s.ok()) s = Scan(kOutEdges, "", [&](std::string_view k, std::string_view v) {
    EdgeValue e;
    if (!codec::Decode(v, &e)) return Bad("edge");
    edge_at.emplace(std::string(k), edges.size());
    edges.push_back(std::move(e.edge));
    return Status::OK();
  });
  // Sightings and evidence live in the contributions.
  if (s.ok()) s = Scan(kContributions, "", [&](std::string_view k, std::string_view v) {
    if (k[0] == schema::kNodeTag && k.size() == kNodeContributionKeyBytes) {
      auto it = nodes.find(std::string(k.substr(1, schema::kHashBytes)));
      if (it == nodes.end()) return Status::OK();
      std::string date;
      if (!codec::DecodeContributionDate(v, &date)) return Bad("node contribution");
      it->second.seen.push_back({std::string(schema::ContributionIssue(k)), date});
    } else if (k[0] == schema::kEdgeTag && k.size() == kEdgeContributionKeyBytes) {
      auto it = edge_at.find(std::string(k.substr(1, schema::kEdgeKeyBytes)));
      if (it == edge_at.end()) return Status::OK();
      EdgeContribution c;
      if (!codec::Decode(v, &c)) return Bad("edge contribution");
      auto& all = edges[it->second].evidence;
      all.insert(all.end(), c.edge.evidence.begin(), c.edge.evidence.end());
    }
    return Status::OK();
  });
  if (!s.ok()) return s;

  Graph g;
  for (auto& [h, n] : nodes) {
    std::sort(n.seen.begin(), n.seen.end(),
              [](const Sighting& a, const Sighting& b) { return std::tie(a.date, a.issue) < std::tie(b.date, b.issue); });
    n.seen.erase(std::unique(n.seen.begin(), n.seen.end()), n.seen.end());
    g.UpsertNode(std::move(n));
  }
  for (auto& e : edges) {
    if (!g.IndexOf(e.head) || !g.IndexOf(e.tail))
      return Status::Corruption(path_ + ": edge " + e.head + " " + std::string(ToString(e.type)) + " " + e.tail +
                                " has a missing end (run `caregraph verify`)");
    // The same piece of evidence from two issues counts once, as in Graph.
    auto key = [](const Evidence& a) {
      return std::tie(a.date, a.issue, a.begin, a.end, a.sentence, a.source);
    };
    std::sort(e.evidence.begin(), e.evidence.end(), [&](const Evidence& a, const Evidence& b) { return key(a) < key(b); });
    e.evidence.erase(std::unique(e.evidence.begin(), e.evidence.end(),
                                 [&](const Evidence& a, const Evidence& b) { return key(a) == key(b); }),
                     e.evidence.end());
    g.UpsertEdge(std::move(e));
  }
  g.Canonicalise();
  return g;
}

// ---------------------------------------------------------------- writes

Result<IngestOutcome> RocksStore::Ingest(const IssueRecord& issue, const Extraction& x) {
  if (Status s = Writable(); !s.ok()) return s;
  if (issue.id.empty()) return Status::InvalidArgument(issue.source + ": issue has no id");
  auto have = GetIssue(issue.id);
  if (!have.ok()) return have.status();
  auto old_id = Get(kSources, issue.source);
  if (!old_id.ok()) return old_id.status();
  std::optional<IssueRecord> old;
  if (*old_id && **old_id != issue.id) {
    auto r = GetIssue(**old_id);
    if (!r.ok()) return r.status();
    old = std::move(*r);
  }
  if (*have) {
    if (!old) return IngestOutcome::kUnchanged;
    // The source now holds content already stored from elsewhere: its old
    // content goes.
    Status s = Apply(&*old, nullptr, nullptr);
    if (!s.ok()) return s;
    return IngestOutcome::kReplaced;
  }
  Status s = Apply(old ? &*old : nullptr, &issue, &x);
  if (!s.ok()) return s;
  return old ? IngestOutcome::kReplaced : IngestOutcome::kAdded;
}

Status RocksStore::Remove(const std::string& key) {
  if (Status s = Writable(); !s.ok()) return s;
  auto r = FindIssue(key);
  if (!r.ok()) return r.status();
  if (!*r) return Status::NotFound(path_ + ": no issue with id or source \"" + key + "\"");
  return Apply(&**r, nullptr, nullptr);
}

Status RocksStore::Reindex(const IssueRecord& issue, const Extraction& x) {
  if (Status s = Writable(); !s.ok()) return s;
  auto r = GetIssue(issue.id);
  if (!r.ok()) return r.status();
  if (!*r) return Status::NotFound(path_ + ": no issue with id \"" + issue.id + "\"");
  return Apply(&**r, &issue, &x);
}

Status RocksStore::Apply(const IssueRecord* removed, const IssueRecord* added, const Extraction* x) {
  Status s = WriteIssue(removed, added, x);
  if (s.ok()) {
    wrote_ = true;
    node_cache_.Commit();
    edge_cache_.Commit();
  } else {
    node_cache_.Abort();
    edge_cache_.Abort();
  }
  return s;
}

Status RocksStore::WriteIssue(const IssueRecord* removed, const IssueRecord* added, const Extraction* x) {
  rocksdb::WriteBatch batch;
  // What the added issue contributes: its extraction merged on its own.
  Graph contribution;
  if (added) {
    if (x->issue == added->id && x->date == added->date) {
      contribution.Merge(*x);
    } else {
      Extraction copy = *x;
      copy.issue = added->id;
      copy.date = added->date;
      contribution.Merge(copy);
    }
  }
  Manifest old;
  if (removed) {
    auto raw = Get(kContributions, schema::ManifestKey(removed->id));
    if (!raw.ok()) return raw.status();
    if (!*raw || !codec::Decode(**raw, &old)) return Bad("manifest of issue " + removed->id);
  }

  // Nodes, and two distinct ids with one hash are refused.
  std::map<NodeId, const Node*> touched;  // id -> the added issue's contribution (or null)
  for (const auto& id : old.nodes) touched.emplace(id, nullptr);
  const std::set<NodeId> removing(old.nodes.begin(), old.nodes.end());
  for (const auto& n : contribution.nodes()) touched[n.id] = &n;
  std::unordered_map<std::string, const NodeId*> hashes;
  for (const auto& [id, n] : touched) {
    auto [it, fresh] = hashes.emplace(schema::NodeHash(id), &id);
    if (!fresh) return Status::Corruption(path_ + ": node ids \"" + *it->second + "\" and \"" + id + "\" have the same hash");
    Status s = UpdateNode(id, removed, removing.count(id) > 0, added, n, batch);
    if (!s.ok()) return s;
  }

  std::map<std::string, std::pair<codec::EdgeRef, const Edge*>> edges;  // by out_edges key
  std::set<std::string> removing_edges;
  for (const auto& ref : old.edges) {
    std::string k = schema::OutEdgeKey(ref.type, ref.head, ref.tail);
    removing_edges.insert(k);
    edges.emplace(std::move(k), std::make_pair(ref, nullptr));
  }
  for (const auto& e : contribution.edges())
    edges[schema::OutEdgeKey(e.type, e.head, e.tail)] = {codec::EdgeRef{e.type, e.head, e.tail}, &e};
  for (const auto& [k, ref_edge] : edges) {
    Status s = UpdateEdge(ref_edge.first, removed, removing_edges.count(k) > 0, added, ref_edge.second, batch);
    if (!s.ok()) return s;
  }

  if (removed) {
    batch.Delete(cf(kIssues), removed->id);
    batch.Delete(cf(kContributions), schema::ManifestKey(removed->id));
    auto src = Get(kSources, removed->source);
    if (!src.ok()) return src.status();
    if (*src && **src == removed->id) batch.Delete(cf(kSources), removed->source);
  }
  if (added) {
    Manifest m;
    for (const auto& n : contribution.nodes()) m.nodes.push_back(n.id);
    for (const auto& e : contribution.edges()) m.edges.push_back({e.type, e.head, e.tail});
    batch.Put(cf(kIssues), added->id, codec::Encode(*added));
    batch.Put(cf(kContributions), schema::ManifestKey(added->id), codec::Encode(m));
    batch.Put(cf(kSources), added->source, added->id);
  }
  rocksdb::Status s = db_->Write(rocksdb::WriteOptions(), &batch);
  return s.ok() ? Status::OK() : Error(s);
}

// How a stored value changes when `added` contributes (and `removed` is
// retracted): the cheapest refold that gives the ordered fold.
enum class Refold {
  kNew,       // no value yet: the contribution alone
  kOnTop,     // the latest (date, issue): fold onto the value
  kNewDate,   // a later date: the value becomes the base, fold onto it
  kSameDate,  // the latest date but not the latest issue: base + that date
  kAll,       // anything else: every contribution again
};

Refold ChooseRefold(bool has_value, const std::string& last_date, const std::string& last_issue, bool has_base,
                    bool contributes, bool removing, const OrderKey& added) {
  if (!contributes || removing) return Refold::kAll;
  if (!has_value) return Refold::kNew;
  if (added.first > last_date) return Refold::kNewDate;
  if (added.first == last_date) {
    // Without a base every contribution has that date: still one prefix.
    return added.second > last_issue ? Refold::kOnTop : Refold::kSameDate;
  }
  return Refold::kAll;
}

// Whether folding `part` onto `have` (the fold of the other contributions)
// gives what folding it in at its place in (date, issue) order would: true
// when it brings the name `have` ends with and no code or attribute that
// differs (aliases are a set). A latest-date contribution that is not the
// latest issue then costs no refold, which keeps hub nodes cheap.
bool FoldsInAnyOrder(const Node& have, const Node& part) {
  if (part.name != have.name) return false;
  for (const auto& [k, v] : part.codes)
    if (auto it = have.codes.find(k); it == have.codes.end() || it->second != v) return false;
  for (const auto& [k, v] : part.attributes)
    if (auto it = have.attributes.find(k); it == have.attributes.end() || it->second != v) return false;
  return true;
}

// The same for an edge contribution of the latest date: its attributes are
// already the edge's, and its evidence is of that date (evidence is a set).
bool FoldsInAnyOrder(const EdgeValue& have, const Edge& part, const std::string& date) {
  if (LastSeen(part) != date || have.evidence_last_date != date) return false;
  for (const auto& [k, v] : part.attributes)
    if (auto it = have.edge.attributes.find(k); it == have.edge.attributes.end() || it->second != v) return false;
  return true;
}

// Whether merging `part` into `have` can leave a name of `part` that the
// names index does not have yet: a merge only adds names (the old name of
// a renamed node becomes an alias), so a part whose every name `have`
// already carries adds none.
bool AddsNames(const Node& have, const Node& part) {
  auto known = [&](const std::string& n) {
    return n == have.name || std::binary_search(have.aliases.begin(), have.aliases.end(), n);
  };
  if (!known(part.name)) return true;
  for (const auto& a : part.aliases)
    if (!known(a)) return true;
  return false;
}

Status RocksStore::UpdateNode(const NodeId& id, const IssueRecord* removed, bool removing, const IssueRecord* added,
                              const Node* contribution, rocksdb::WriteBatch& batch) {
  const std::string h = schema::NodeHash(id);
  std::optional<NodeValue> cur;
  if (Status s = TakeValue(node_cache_, kNodes, h, "node", id, &cur); !s.ok()) return s;
  if (cur && cur->node.id != id)
    return Status::Corruption(path_ + ": node ids \"" + cur->node.id + "\" and \"" + id + "\" have the same hash");
  const OrderKey added_key = added ? OrderKey(added->date, added->id) : OrderKey();
  const Refold how = ChooseRefold(cur.has_value(), cur ? cur->last_date : "", cur ? cur->last_issue : "",
                                  cur && cur->has_base, contribution != nullptr, removing, added_key);

  std::optional<NodeValue> next;
  // The fast paths fold the contribution onto the value in place and only
  // ever add names; the refolds may drop some, so they diff the name sets.
  const bool fast = how == Refold::kNew || how == Refold::kOnTop || how == Refold::kNewDate ||
                    (how == Refold::kSameDate && FoldsInAnyOrder(cur->node, *contribution));
  if (fast) {
    if (how == Refold::kNew || AddsNames(cur->node, *contribution))
      for (const auto& n : NameSet(*contribution)) batch.Put(cf(kNames), schema::NameKey(n, id), "");
    if (how == Refold::kNew) {
      next.emplace();
      next->node = *contribution;
      PrepareNode(next->node);
    } else {
      next = std::move(cur);
      if (how == Refold::kNewDate) {
        next->has_base = true;
        next->base = next->node;
      }
      MergeNodeInto(next->node, *contribution);
    }
    next->node.seen.clear();
    next->count += 1;
    if (how != Refold::kSameDate) {
      next->last_date = added_key.first;
      next->last_issue = added_key.second;
    }
  } else {
    // Refold every contribution (kAll) or those of the latest date on the
    // base (kSameDate), in key order: (date, issue).
    std::string prefix = schema::NodeContributionPrefix(id);
    if (how == Refold::kSameDate) prefix += schema::DateKey(added_key.first);
    std::vector<std::pair<OrderKey, NodeContribution>> parts;
    Status s = Scan(kContributions, prefix, [&](std::string_view k, std::string_view v) {
      std::string issue(schema::ContributionIssue(k));
      if ((removing && issue == removed->id) || (added && issue == added->id)) return Status::OK();
      NodeContribution c;
      if (!codec::Decode(v, &c)) return Bad("contribution of issue " + issue + " to node " + id);
      if (c.node.id != id) return Status::OK();
      OrderKey key(c.date, std::move(issue));
      parts.emplace_back(std::move(key), std::move(c));
      return Status::OK();
    });
    if (!s.ok()) return s;
    if (contribution) {
      parts.emplace_back(added_key, NodeContribution{added->date, *contribution});
      parts.back().second.node.seen.clear();
    }
    std::sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    if (!parts.empty()) {
      next.emplace();
      const std::string& last_date = parts.back().first.first;
      std::vector<const Node*> before, all;
      if (how == Refold::kSameDate) {
        next->has_base = cur->has_base;
        next->base = cur->base;
        if (cur->has_base) all.push_back(&cur->base);
        next->count = cur->count + 1;
      } else {
        next->count = parts.size();
      }
      for (const auto& p : parts) {
        all.push_back(&p.second.node);
        if (how == Refold::kAll && p.first.first < last_date) before.push_back(&p.second.node);
      }
      if (!before.empty()) {
        next->has_base = true;
        next->base = FoldNodes(before);
      }
      next->node = FoldNodes(all);
      next->last_date = last_date;
      next->last_issue = parts.back().first.second;
    }
    // The names index follows the node's names and aliases.
    const bool same_names = cur && next && cur->node.name == next->node.name && cur->node.aliases == next->node.aliases;
    if (!same_names) {
      const std::set<std::string> names_before = cur ? NameSet(cur->node) : std::set<std::string>();
      const std::set<std::string> names_after = next ? NameSet(next->node) : std::set<std::string>();
      for (const auto& n : names_before)
        if (!names_after.count(n)) batch.Delete(cf(kNames), schema::NameKey(n, id));
      for (const auto& n : names_after)
        if (!names_before.count(n)) batch.Put(cf(kNames), schema::NameKey(n, id), "");
    }
  }

  if (next) batch.Put(cf(kNodes), h, codec::Encode(*next));
  else batch.Delete(cf(kNodes), h);
  node_cache_.Stage(h, std::move(next));
  if (removing) batch.Delete(cf(kContributions), schema::NodeContributionKey(id, removed->date, removed->id));
  if (contribution)
    batch.Put(cf(kContributions), schema::NodeContributionKey(id, added->date, added->id),
              codec::EncodeNodeContribution(added->date, *contribution));
  return Status::OK();
}

// The base of an edge value as a value of its own, to fold onto.
EdgeValue BaseOf(const EdgeValue& v) {
  EdgeValue b;
  b.edge = v.base_edge;
  b.evidence_last_date = v.base_evidence_last_date;
  b.evidence_kind = v.base_evidence_kind;
  return b;
}

void SetBase(EdgeValue& v, const EdgeValue& base) {
  v.has_base = true;
  v.base_edge = base.edge;
  v.base_evidence_last_date = base.evidence_last_date;
  v.base_evidence_kind = base.evidence_kind;
}

Status RocksStore::UpdateEdge(const codec::EdgeRef& ref, const IssueRecord* removed, bool removing,
                              const IssueRecord* added, const Edge* contribution, rocksdb::WriteBatch& batch) {
  const std::string key = schema::OutEdgeKey(ref.type, ref.head, ref.tail);
  const std::string what = ref.head + " " + std::string(ToString(ref.type)) + " " + ref.tail;
  std::optional<EdgeValue> cur;
  if (Status s = TakeValue(edge_cache_, kOutEdges, key, "edge", what, &cur); !s.ok()) return s;
  const bool existed = cur.has_value();
  if (cur && (cur->edge.head != ref.head || cur->edge.tail != ref.tail))
    return Status::Corruption(path_ + ": edges " + cur->edge.head + "-" + cur->edge.tail + " and " + what +
                              " have the same key");
  const OrderKey added_key = added ? OrderKey(added->date, added->id) : OrderKey();
  const Refold how = ChooseRefold(cur.has_value(), cur ? cur->last_date : "", cur ? cur->last_issue : "",
                                  cur && cur->has_base, contribution != nullptr, removing, added_key);

  std::optional<EdgeValue> next;
  if (how == Refold::kNew) {
    next = FoldEdges(nullptr, {contribution});
    next->count = 1;
    next->last_date = added_key.first;
    next->last_issue = added_key.second;
  } else if (how == Refold::kOnTop || how == Refold::kNewDate ||
             (how == Refold::kSameDate && FoldsInAnyOrder(*cur, *contribution, added->date))) {
    // Folded onto the value in place.
    next = std::move(cur);
    if (how == Refold::kNewDate) SetBase(*next, *next);
    FoldOnto(*next, *contribution);
    next->count += 1;
    if (how != Refold::kSameDate) {
      next->last_date = added_key.first;
      next->last_issue = added_key.second;
    }
  } else {
    std::string prefix = schema::EdgeContributionPrefix(key);
    if (how == Refold::kSameDate) prefix += schema::DateKey(added_key.first);
    std::vector<std::pair<OrderKey, EdgeContribution>> parts;
    Status s = Scan(kContributions, prefix, [&](std::string_view k, std::string_view v) {
      std::string issue(schema::ContributionIssue(k));
      if ((removing && issue == removed->id) || (added && issue == added->id)) return Status::OK();
      EdgeContribution c;
      if (!codec::Decode(v, &c)) return Bad("contribution of issue " + issue + " to edge " + what);
      OrderKey k2(c.date, std::move(issue));
      parts.emplace_back(std::move(k2), std::move(c));
      return Status::OK();
    });
    if (!s.ok()) return s;
    if (contribution) parts.emplace_back(added_key, EdgeContribution{added->date, *contribution});
    std::sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    if (!parts.empty()) {
      const std::string& last_date = parts.back().first.first;
      std::vector<const Edge*> before, all;
      for (const auto& p : parts) {
        all.push_back(&p.second.edge);
        if (how == Refold::kAll && p.first.first < last_date) before.push_back(&p.second.edge);
      }
      if (how == Refold::kSameDate) {
        std::optional<EdgeValue> base;
        if (cur->has_base) base = BaseOf(*cur);
        next = FoldEdges(base ? &*base : nullptr, all);
        if (base) SetBase(*next, *base);
        next->count = cur->count + 1;
      } else {
        next = FoldEdges(nullptr, all);
        if (!before.empty()) SetBase(*next, FoldEdges(nullptr, before));
        next->count = parts.size();
      }
      next->last_date = last_date;
      next->last_issue = parts.back().first.second;
    }
  }

  const std::string in_key = schema::InEdgeKey(ref.type, ref.head, ref.tail);
  if (next) {
    batch.Put(cf(kOutEdges), key, codec::Encode(*next));
    if (!existed) batch.Put(cf(kInEdges), in_key, "");
  } else {
    batch.Delete(cf(kOutEdges), key);
    batch.Delete(cf(kInEdges), in_key);
  }
  if (removing) batch.Delete(cf(kContributions), schema::EdgeContributionKey(key, removed->date, removed->id));
  if (contribution)
    batch.Put(cf(kContributions), schema::EdgeContributionKey(key, added->date, added->id),
              codec::EncodeEdgeContribution(added->date, *contribution));
  edge_cache_.Stage(key, std::move(next));
  return Status::OK();
}

// ---------------------------------------------------------------- verify

Status RocksStore::CheckSchema() const {
  auto v = Get(kMeta, schema::kSchemaVersionKey);
  if (!v.ok()) return v.status();
  if (!*v) return Status::InvalidArgument(path_ + ": not a caregraph database (no schema version)");
  if (**v != std::to_string(schema::kSchemaVersion))
    return Status::Corruption(path_ + ": database schema version " + **v + ", this caregraph reads " +
                              std::to_string(schema::kSchemaVersion));
  return Status::OK();
}

Result<std::vector<std::string>> RocksStore::Verify() const {
  std::vector<std::string> problems;
  auto problem = [&](const std::string& p) {
    if (problems.size() < 1000) problems.push_back(path_ + ": " + p);
  };
  if (Status s = CheckSchema(); !s.ok()) problem(s.message().substr(path_.size() + 2));

  // Issues and their sources.
  std::unordered_map<std::string, std::string> issue_source, issue_date;  // by id
  Status s = Scan(kIssues, "", [&](std::string_view k, std::string_view v) {
    IssueRecord r;
    if (!codec::Decode(v, &r)) problem("issue " + std::string(k) + " is undecodable");
    else if (r.id != k) problem("issue stored under " + std::string(k) + " has id " + r.id);
    issue_source.emplace(std::string(k), r.source);
    issue_date.emplace(std::string(k), r.date);
    return Status::OK();
  });
  std::unordered_map<std::string, std::string> sources;
  if (s.ok()) s = Scan(kSources, "", [&](std::string_view k, std::string_view v) {
    auto it = issue_source.find(std::string(v));
    if (it == issue_source.end()) problem("source " + std::string(k) + " points at missing issue " + std::string(v));
    else if (it->second != k) problem("source " + std::string(k) + " points at issue " + std::string(v) + " from " + it->second);
    sources.emplace(std::string(k), std::string(v));
    return Status::OK();
  });
  if (!s.ok()) return s;
  for (const auto& [id, src] : issue_source) {
    auto it = sources.find(src);
    if (it == sources.end() || it->second != id)
      problem("issue " + id + " is missing from the sources index (" + src + ")");
  }

  // Nodes first: ids, then contributions, counts and names.
  std::unordered_map<std::string, NodeValue> nodes;  // by H(id)
  s = Scan(kNodes, "", [&](std::string_view k, std::string_view v) {
    NodeValue n;
    if (!codec::Decode(v, &n)) problem("node value under key " + std::string(k.size(), '?') + " is undecodable");
    else if (schema::NodeHash(n.node.id) != k) problem("node " + n.node.id + " is stored under another id's key");
    else nodes.emplace(std::string(k), std::move(n));
    return Status::OK();
  });
  std::unordered_map<std::string, EdgeValue> edges;  // by out_edges key
  if (s.ok()) s = Scan(kOutEdges, "", [&](std::string_view k, std::string_view v) {
    EdgeValue e;
    if (!codec::Decode(v, &e)) {
      problem("an edge value is undecodable");
      return Status::OK();
    }
    const std::string what = e.edge.head + " " + std::string(ToString(e.edge.type)) + " " + e.edge.tail;
    if (schema::OutEdgeKey(e.edge.type, e.edge.head, e.edge.tail) != k) problem("edge " + what + " is stored under another key");
    if (!nodes.count(schema::NodeHash(e.edge.head))) problem("edge " + what + ": head node missing");
    if (!nodes.count(schema::NodeHash(e.edge.tail))) problem("edge " + what + ": tail node missing");
    edges.emplace(std::string(k), std::move(e));
    return Status::OK();
  });
  if (s.ok()) s = Scan(kInEdges, "", [&](std::string_view k, std::string_view) {
    if (k.size() != schema::kEdgeKeyBytes || !edges.count(schema::SwapEdgeKey(k)))
      problem("in_edges index entry points at a missing edge");
    return Status::OK();
  });
  if (!s.ok()) return s;
  for (const auto& [k, e] : edges) {
    auto in = Get(kInEdges, schema::SwapEdgeKey(k));
    if (!in.ok()) return in.status();
    if (!*in) problem("edge " + e.edge.head + " " + std::string(ToString(e.edge.type)) + " " + e.edge.tail +
                      " is missing from the in_edges index");
  }

  // Contributions against manifests, nodes and edges.
  std::unordered_set<std::string> expected;  // contribution keys the manifests name
  std::unordered_map<std::string, uint64_t> node_support, edge_support;
  std::unordered_set<std::string> manifests;
  s = Scan(kContributions, std::string(1, schema::kManifestTag), [&](std::string_view k, std::string_view v) {
    std::string issue(k.substr(1));
    manifests.insert(issue);
    if (!issue_source.count(issue)) problem("manifest of missing issue " + issue);
    Manifest m;
    if (!codec::Decode(v, &m)) {
      problem("manifest of issue " + issue + " is undecodable");
      return Status::OK();
    }
    const std::string& date = issue_date[issue];
    for (const auto& id : m.nodes) expected.insert(schema::NodeContributionKey(id, date, issue));
    for (const auto& e : m.edges)
      expected.insert(schema::EdgeContributionKey(schema::OutEdgeKey(e.type, e.head, e.tail), date, issue));
    return Status::OK();
  });
  if (!s.ok()) return s;
  for (const auto& [id, src] : issue_source)
    if (!manifests.count(id)) problem("issue " + id + " has no manifest");
  size_t found = 0;
  s = Scan(kContributions, "", [&](std::string_view k, std::string_view v) {
    if (k.empty() || k[0] == schema::kManifestTag) return Status::OK();
    if (!expected.count(std::string(k))) problem("a contribution no issue's manifest lists");
    else ++found;
    if (k[0] == schema::kNodeTag && k.size() == kNodeContributionKeyBytes) {
      std::string h(k.substr(1, schema::kHashBytes));
      if (!nodes.count(h)) problem("contribution of issue " + std::string(schema::ContributionIssue(k)) + " to a missing node");
      ++node_support[h];
    } else if (k[0] == schema::kEdgeTag && k.size() == kEdgeContributionKeyBytes) {
      std::string ek(k.substr(1, schema::kEdgeKeyBytes));
      if (!edges.count(ek)) problem("contribution of issue " + std::string(schema::ContributionIssue(k)) + " to a missing edge");
      ++edge_support[ek];
    } else {
      problem("malformed contribution key");
    }
    return Status::OK();
  });
  if (!s.ok()) return s;
  if (found != expected.size()) problem(std::to_string(expected.size() - found) + " contributions listed by manifests are missing");
  for (const auto& [h, n] : nodes)
    if (node_support[h] != n.count)
      problem("node " + n.node.id + " counts " + std::to_string(n.count) + " supporting issues, contributions hold " +
              std::to_string(node_support[h]));
  for (const auto& [k, e] : edges)
    if (edge_support[k] != e.count)
      problem("edge " + e.edge.head + " " + std::string(ToString(e.edge.type)) + " " + e.edge.tail + " counts " +
              std::to_string(e.count) + " supporting issues, contributions hold " + std::to_string(edge_support[k]));

  // The names index both ways.
  std::unordered_set<std::string> name_keys;
  s = Scan(kNames, "", [&](std::string_view k, std::string_view) {
    name_keys.insert(std::string(k));
    size_t zero = k.rfind('\0', k.size() - std::min(k.size(), schema::kHashBytes));
    if (k.size() < schema::kHashBytes + 1 || zero != k.size() - schema::kHashBytes - 1) {
      problem("malformed names index key");
      return Status::OK();
    }
    std::string name(k.substr(0, zero));
    auto it = nodes.find(std::string(k.substr(zero + 1)));
    if (it == nodes.end()) problem("names index entry \"" + name + "\" points at a missing node");
    else if (!NameSet(it->second.node).count(name))
      problem("names index entry \"" + name + "\" points at node " + it->second.node.id + ", which has no such name");
    return Status::OK();
  });
  if (!s.ok()) return s;
  for (const auto& [h, n] : nodes)
    for (const auto& name : NameSet(n.node))
      if (!name_keys.count(schema::NameKey(name, n.node.id)))
        problem("node " + n.node.id + ": name \"" + name + "\" is missing from the names index");
  return problems;
}

// ---------------------------------------------------------------- open

// Creates an empty database at `path` as a whole: built in a sibling
// folder and renamed into place, so a crash never leaves half a database.
Status CreateDatabase(const std::string& path, const Tuning& t) {
  fs::path target = fs::absolute(path);
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  const std::string tmp = target.string() + ".creating." + std::to_string(::getpid());
  fs::remove_all(tmp, ec);
  rocksdb::DBOptions opts = t.db;
  opts.create_if_missing = true;
  opts.create_missing_column_families = true;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  rocksdb::Status s = rocksdb::DB::Open(opts, tmp, Descriptors(SchemaFamilies(), t.cf), &handles, &db);
  if (!s.ok()) return Status::IOError(path + ": cannot create database (" + s.ToString() + ")");
  rocksdb::WriteOptions sync;
  sync.sync = true;
  s = db->Put(sync, handles[1 + kMeta], schema::kSchemaVersionKey, std::to_string(schema::kSchemaVersion));
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h).PermitUncheckedError();
  rocksdb::Status c = db->Close();
  delete db;
  if (!s.ok() || !c.ok()) {
    fs::remove_all(tmp, ec);
    return Status::IOError(path + ": cannot create database (" + (s.ok() ? c : s).ToString() + ")");
  }
  fs::rename(tmp, target, ec);
  if (ec) {
    fs::remove_all(tmp, ec);  // another process created it first: use theirs
    if (!fs::exists(target / "CURRENT")) return Status::IOError(path + ": cannot create database");
  }
  return Status::OK();
}

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  struct stat st;
  const bool exists = ::stat(path.c_str(), &st) == 0;
  if (exists && !S_ISDIR(st.st_mode))
    return Status::InvalidArgument(path + ": is a file, not a database folder");
  // With glibc's malloc (the sanitizer builds; jemalloc otherwise, see
  // CMakeLists.txt) RocksDB's background threads would each get an arena of
  // their own, which grew peak memory with the compactions (store_bench:
  // 49 -> 35 MB at 30k issues); one arena is enough for one writer.
  static const bool arenas_limited = ::mallopt(M_ARENA_MAX, 1) == 1;
  (void)arenas_limited;
  const Tuning t(options.paranoid_checks, path, options.read_only);
  std::error_code ec;
  if (!fs::exists(fs::path(path) / "CURRENT", ec)) {
    if (exists && !fs::is_empty(path, ec))
      return Status::InvalidArgument(path + ": not a caregraph database (a folder without RocksDB's CURRENT file)");
    if (options.read_only || !options.create_if_missing) return Status::NotFound(path + ": no database here");
    Status s = CreateDatabase(path, t);
    if (!s.ok()) return s;
  }

  auto no_family = [&](const std::string& f) {
    return Status::InvalidArgument(path + ": not a caregraph database (no column family \"" + f + "\")");
  };
  std::vector<std::string> names = SchemaFamilies();
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  rocksdb::Status rs;
  if (options.read_only) {
    // A reader may open a subset of the families: ours, without listing
    // them first (reading the MANIFEST once, not twice); a missing one
    // fails the open.
    if (options.graph_only) {
      names = {rocksdb::kDefaultColumnFamilyName, schema::kMeta, schema::kNodes, schema::kOutEdges,
               schema::kContributions};
    }
    rs = rocksdb::DB::OpenForReadOnly(t.db, path, Descriptors(names, t.cf), &handles, &db);
    if (rs.ok() && options.graph_only) {
      // Back to one slot per family, in schema order, null when closed.
      std::vector<rocksdb::ColumnFamilyHandle*> all(1 + schema::kFamilyCount, nullptr);
      for (auto* h : handles) {
        const auto* f = std::find(std::begin(schema::kFamilies), std::end(schema::kFamilies), h->GetName());
        all[f == std::end(schema::kFamilies) ? 0 : 1 + (f - std::begin(schema::kFamilies))] = h;
      }
      handles = std::move(all);
    }
    const std::string kNotFound = "Column family not found: ";
    if (rs.IsInvalidArgument() && rs.ToString().find(kNotFound) != std::string::npos) {
      const std::string m = rs.ToString();
      return no_family(m.substr(m.find(kNotFound) + kNotFound.size()));
    }
  } else {
    std::vector<std::string> present;
    rs = rocksdb::DB::ListColumnFamilies(t.db, path, &present);
    if (!rs.ok()) return Status::IOError(path + ": cannot open database (" + rs.ToString() + ")");
    for (const char* f : schema::kFamilies)
      if (std::find(present.begin(), present.end(), f) == present.end()) return no_family(f);
    // Open every family (RocksDB requires it for writing); ours come first.
    for (const auto& p : present)
      if (std::find(names.begin(), names.end(), p) == names.end()) names.push_back(p);
    rs = rocksdb::DB::Open(t.db, path, Descriptors(names, t.cf), &handles, &db);
  }
  if (!rs.ok()) {
    if (IsLockError(rs)) return Status::Busy(path + ": database is locked by another caregraph process");
    if (rs.IsCorruption()) return Status::Corruption(path + ": " + rs.ToString());
    return Status::IOError(path + ": cannot open database (" + rs.ToString() + ")");
  }
  auto store = std::make_unique<RocksStore>(path, db, std::move(handles), options.read_only);
  if (Status s = store->CheckSchema(); !s.ok()) return s;
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace cg
