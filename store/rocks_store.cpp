// Store implemented on RocksDB; the schema is in store/schema.h.
#include <rocksdb/cache.h>
#include <rocksdb/db.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/memtablerep.h>
#include <rocksdb/options.h>
#include <rocksdb/table.h>
#include <rocksdb/write_batch.h>
#include <fcntl.h>
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
#include "store/store.h"
#include "store/value_cache.h"
#include "store/view_fold.h"

namespace cg {
namespace {

namespace fs = std::filesystem;
using codec::EdgeValue;
using codec::IssueContribution;
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
    if (n == schema::kIssues || n == schema::kContributions) {
      // Issue texts and contributions (a few KB each) go to blob files once
      // instead of being rewritten by every compaction (compaction was most
      // of the ingest time at 40k). LZ4, not snappy: compressing them was
      // 12% of an ingest's instructions with snappy (store_bench at 100k:
      // 7,000 -> 9,000 issues/s), for the same database size.
      o.enable_blob_files = true;
      o.min_blob_size = 0;
      o.blob_compression_type = rocksdb::kLZ4Compression;
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

// What a Scan() callback returns to end the scan early; IsStop() tells it
// from an error.
Status StopScan() { return Status::NotFound("\x01stop"); }
bool IsStop(const Status& s) { return s.code() == Status::Code::kNotFound && s.message() == "\x01stop"; }

// Operations per write batch when refolding the whole view.
constexpr size_t kRebuildBatchOps = 16384;

class RocksStore : public Store {
 public:
  RocksStore(std::string path, rocksdb::DB* db, std::vector<rocksdb::ColumnFamilyHandle*> handles, bool read_only,
             size_t fold_every)
      : path_(std::move(path)),
        db_(db),
        handles_(std::move(handles)),
        read_only_(read_only),
        fold_every_(std::max<size_t>(1, fold_every)) {}

  ~RocksStore() override {
    // The view catches up before the writer goes; if it cannot (a full
    // disk), the next writer finishes it and readers do not depend on it.
    if (wrote_) (void)UpdateView();
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
  Status UpdateView() override;
  Result<std::vector<IssueRecord>> Issues() const override { return ListIssues(true); }
  Result<std::vector<IssueRecord>> IssueHeaders() const override { return ListIssues(false); }
  Result<std::optional<IssueRecord>> FindIssue(const std::string& issue_id_or_source) const override;
  Result<std::vector<NodeId>> FindByName(const std::string& name) const override;
  Result<StoreStats> Stats() const override;
  Result<Graph> LoadGraph() const override;
  Result<std::vector<std::string>> Verify() const override;

  // Checks the schema version; called by Open() and Verify().
  Status CheckSchema() const;
  // Reads the view's state (meta "view_folded", "view_stale"); called by Open().
  Status ReadViewState();

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
  // A fold's error (a hash collision), named with the database.
  Status Named(const Status& s) const {
    return s.code() == Status::Code::kCorruption && s.message().rfind(path_, 0) != 0
               ? Status::Corruption(path_ + ": " + s.message())
               : s;
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
  // (and, with `after`, sorts after it) until fn returns a non-OK status.
  Status Scan(Family f, std::string_view prefix, const std::function<Status(std::string_view, std::string_view)>& fn,
              std::string_view after = {}) const {
    if (!cf(f)) return NotOpen(f);
    // A prefix at least as long as the family's key prefix is a prefix seek
    // (one memtable bucket); anything shorter needs the total order.
    rocksdb::ReadOptions ro;
    const rocksdb::SliceTransform* key_prefix = PrefixOf(schema::kFamilies[f]).get();
    ro.total_order_seek = !key_prefix || !key_prefix->InDomain(S(prefix));
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, cf(f)));
    for (it->Seek(S(std::max(prefix, after))); it->Valid(); it->Next()) {
      std::string_view k = V(it->key());
      if (!k.starts_with(prefix)) break;
      if (!after.empty() && k <= after) continue;
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

  // Fills a fold's `slot` with the view's value under `key`: taken from the
  // cache when it has it (the fold stages the next value), else read and
  // decoded; left empty when the view has none.
  template <class Value, class Slot>
  Status LoadSlot(ValueCache<Value>& cache, Family f, const std::string& key, const char* kind, Slot& slot) {
    if (!cache.Take(key, &slot.value)) {
      auto raw = Get(f, key);
      if (!raw.ok()) return raw.status();
      if (!*raw) return Status::OK();
      if (!codec::Decode(**raw, &slot.value)) return Bad(kind);
    }
    slot.present = slot.stored = true;
    return Status::OK();
  }

  // Folds into `fold`, in key order, the contributions whose keys sort
  // after `after`: each key goes to `take` first, and the scan ends at the
  // first key it refuses (null: every contribution).
  Status FoldContributions(ViewFold& fold, std::string_view after = {},
                           const std::function<bool(std::string_view key)>& take = nullptr) const;
  // Whether the view is the fold of every stored contribution.
  Result<bool> ViewCurrent() const;

  Result<std::optional<IssueRecord>> GetIssue(const std::string& id) const;
  Result<std::vector<IssueRecord>> ListIssues(bool with_text) const;

  // Retracts `removed` (if any) and adds `added` with extraction `x` (if
  // any) in one write batch.
  Status Apply(const IssueRecord* removed, const IssueRecord* added, const Extraction* x);
  // Folds the contributions after view_key_ and before `before` (all with
  // "") onto the view, fold_every_ at a time.
  Status FoldPending(std::string_view before = {});
  // Refolds the whole view from the contributions (view_stale_).
  Status Rebuild();

  std::string path_;
  rocksdb::DB* db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  bool read_only_;
  // How many issues the writer stores before folding them into the view:
  // the view's hub nodes are then written once per this many issues, and
  // the fold's working set (the values it touches) stays bounded.
  size_t fold_every_;
  bool wrote_ = false;  // fold and flush on close (see ~RocksStore)
  // The view's state (meta "view_folded", "view_stale"), and how many issues
  // were stored after view_key_ since the last fold.
  std::string view_key_;
  bool view_stale_ = false;
  size_t pending_ = 0;
  // The latest issue date this writer stored: Ingest() folds only issues
  // dated before it, so that more issues of that date, which come in no
  // particular (date, id) order, still land after view_key_.
  std::string latest_date_;
  // Hub nodes are in most folds; edges in far fewer (see value_cache.h).
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

Status RocksStore::FoldContributions(ViewFold& fold, std::string_view after,
                                     const std::function<bool(std::string_view key)>& take) const {
  Status s = Scan(kContributions, "", [&](std::string_view k, std::string_view v) {
    if (take && !take(k)) return StopScan();
    IssueContribution c;
    if (k.size() != schema::kContributionKeyBytes || !codec::Decode(v, &c))
      return Bad("contribution of issue " + std::string(schema::ContributionIssue(k)));
    return Named(fold.Add(schema::ContributionIssue(k), c));
  }, after);
  return IsStop(s) ? Status::OK() : s;
}

Result<bool> RocksStore::ViewCurrent() const {
  auto stale = Get(kMeta, schema::kViewStaleKey);
  if (!stale.ok()) return stale.status();
  if (*stale) return false;
  auto folded = Get(kMeta, schema::kViewFoldedKey);
  if (!folded.ok()) return folded.status();
  if (!cf(kContributions)) return NotOpen(kContributions);
  rocksdb::ReadOptions ro;
  ro.total_order_seek = true;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, cf(kContributions)));
  it->SeekToLast();
  if (!it->status().ok()) return Error(it->status());
  const std::string last = it->Valid() ? it->key().ToString() : "";
  return last == folded->value_or("");
}

Result<std::vector<NodeId>> RocksStore::FindByName(const std::string& name) const {
  if (!cf(kNames)) return NotOpen(kNames);
  const std::string key = NormaliseName(name);
  std::vector<NodeId> out;
  auto current = ViewCurrent();
  if (!current.ok()) return current.status();
  if (!*current) {
    // An ingest is under way or was interrupted: the view lags, the
    // contributions do not.
    ViewFold fold;
    if (Status s = FoldContributions(fold); !s.ok()) return s;
    for (const auto& [h, slot] : fold.nodes())
      if (NameSet(slot.value.node).count(key)) out.push_back(slot.value.node.id);
    std::sort(out.begin(), out.end());
    return out;
  }
  const std::string prefix = key + '\0';
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
  if (!cf(kNodes)) return NotOpen(kNodes);
  StoreStats st;
  Status s = Scan(kIssues, "", [&](std::string_view, std::string_view) {
    ++st.issues;
    return Status::OK();
  });
  if (!s.ok()) return s;
  auto current = ViewCurrent();
  if (!current.ok()) return current.status();
  if (!*current) {
    ViewFold fold;  // the view lags (see FindByName)
    if (s = FoldContributions(fold); !s.ok()) return s;
    for (const auto& [h, slot] : fold.nodes()) {
      ++st.nodes;
      ++st.nodes_by_type[slot.value.node.type];
    }
    for (const auto& [k, slot] : fold.edges()) {
      ++st.edges;
      ++st.edges_by_type[slot.value.edge.type];
    }
    return st;
  }
  s = Scan(kNodes, "", [&](std::string_view k, std::string_view v) {
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
  // The fold of every contribution: the view may lag an ingest under way.
  ViewFold fold(/*gather=*/true);
  if (Status s = FoldContributions(fold); !s.ok()) return s;
  Graph g;
  for (auto& [h, slot] : fold.nodes()) {
    Node n = std::move(slot.value.node);
    n.seen = std::move(slot.seen);  // in (date, issue) order: the scan's
    g.UpsertNode(std::move(n));
  }
  for (auto& [k, slot] : fold.edges()) {
    Edge e = std::move(slot.value.edge);
    // The same piece of evidence from two issues counts once, as in Graph.
    auto key = [](const Evidence& a) { return std::tie(a.date, a.issue, a.begin, a.end, a.sentence, a.source); };
    auto& ev = slot.evidence;
    std::sort(ev.begin(), ev.end(), [&](const Evidence& a, const Evidence& b) { return key(a) < key(b); });
    ev.erase(std::unique(ev.begin(), ev.end(), [&](const Evidence& a, const Evidence& b) { return key(a) == key(b); }),
             ev.end());
    e.evidence = std::move(ev);
    if (!g.IndexOf(e.head) || !g.IndexOf(e.tail))
      return Status::Corruption(path_ + ": edge " + e.head + " " + std::string(ToString(e.type)) + " " + e.tail +
                                " has a missing end (run `caregraph verify`)");
    g.UpsertEdge(std::move(e));
  }
  g.Canonicalise();
  return g;
}

// ---------------------------------------------------------------- writes

Result<IngestOutcome> RocksStore::Ingest(const IssueRecord& issue, const Extraction& x) {
  if (Status s = Writable(); !s.ok()) return s;
  if (issue.id.empty()) return Status::InvalidArgument(issue.source + ": issue has no id");
  auto have = Get(kIssues, issue.id);
  if (!have.ok()) return have.status();
  auto old_id = Get(kSources, issue.source);
  if (!old_id.ok()) return old_id.status();
  std::optional<IssueRecord> old;
  if (*old_id && **old_id != issue.id) {
    auto r = GetIssue(**old_id);
    if (!r.ok()) return r.status();
    old = std::move(*r);
  }
  IngestOutcome outcome = old ? IngestOutcome::kReplaced : IngestOutcome::kAdded;
  if (*have) {
    if (!old) return IngestOutcome::kUnchanged;
    // The source now holds content already stored from elsewhere: its old
    // content goes.
    if (Status s = Apply(&*old, nullptr, nullptr); !s.ok()) return s;
  } else {
    if (Status s = Apply(old ? &*old : nullptr, &issue, &x); !s.ok()) return s;
  }
  if (!view_stale_ && pending_ >= fold_every_) {
    pending_ = 0;
    if (Status s = FoldPending(schema::DateKey(latest_date_)); !s.ok()) return s;
  }
  return outcome;
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
  rocksdb::WriteBatch batch;
  // A contribution at or before the view's last one cannot be folded on
  // top of it: the view is refolded later (store/schema.h).
  bool stale = false;
  if (removed) {
    const std::string k = schema::ContributionKey(removed->date, removed->id);
    stale |= k <= view_key_;
    batch.Delete(cf(kContributions), k);
    batch.Delete(cf(kIssues), removed->id);
    auto src = Get(kSources, removed->source);
    if (!src.ok()) return src.status();
    if (*src && **src == removed->id) batch.Delete(cf(kSources), removed->source);
  }
  if (added) {
    // What the added issue contributes: its extraction merged on its own.
    Graph contribution;
    if (x->issue == added->id && x->date == added->date) {
      contribution.Merge(*x);
    } else {
      Extraction copy = *x;
      copy.issue = added->id;
      copy.date = added->date;
      contribution.Merge(copy);
    }
    const std::string k = schema::ContributionKey(added->date, added->id);
    stale |= k <= view_key_;
    batch.Put(cf(kContributions), k,
              codec::EncodeIssueContribution(added->date, contribution.nodes(), contribution.edges()));
    batch.Put(cf(kIssues), added->id, codec::Encode(*added));
    batch.Put(cf(kSources), added->source, added->id);
  }
  if (stale && !view_stale_) batch.Put(cf(kMeta), schema::kViewStaleKey, "1");
  rocksdb::Status s = db_->Write(rocksdb::WriteOptions(), &batch);
  if (!s.ok()) return Error(s);
  wrote_ = true;
  view_stale_ |= stale;
  if (added && !stale) ++pending_;
  if (added) latest_date_ = std::max(latest_date_, added->date);
  return Status::OK();
}

Status RocksStore::UpdateView() {
  if (Status s = Writable(); !s.ok()) return s;
  return view_stale_ ? Rebuild() : FoldPending();
}

Status RocksStore::FoldPending(std::string_view before) {
  for (;;) {
    // One batch: the values the next fold_every_ contributions touch, each
    // folded from the stored value (cached, or read) and written once.
    ViewFold fold;
    fold.SetLoaders(
        [&](const std::string& h, ViewFold::NodeSlot& slot) { return LoadSlot(node_cache_, kNodes, h, "node", slot); },
        [&](const std::string& k, ViewFold::EdgeSlot& slot) {
          return LoadSlot(edge_cache_, kOutEdges, k, "edge", slot);
        });
    size_t folded = 0;
    std::string last;
    Status s = FoldContributions(fold, view_key_, [&](std::string_view k) {
      if (folded == fold_every_ || (!before.empty() && k >= before)) return false;
      ++folded;
      last.assign(k);
      return true;
    });
    if (!s.ok() || folded == 0) return s;

    rocksdb::WriteBatch batch;
    for (auto& [h, slot] : fold.nodes()) {
      // A fold on top only adds names (a renamed node keeps its old name as
      // an alias), so no entry goes; every name is put again, once per
      // touched node per fold, which also puts the new ones.
      for (const auto& n : NameSet(slot.value.node)) batch.Put(cf(kNames), schema::NameKey(n, slot.value.node.id), "");
      batch.Put(cf(kNodes), h, codec::Encode(slot.value));
    }
    for (auto& [k, slot] : fold.edges()) {
      batch.Put(cf(kOutEdges), k, codec::Encode(slot.value));
      if (!slot.stored) batch.Put(cf(kInEdges), schema::SwapEdgeKey(k), "");
    }
    batch.Put(cf(kMeta), schema::kViewFoldedKey, last);
    // The values the fold touched were taken out of the caches: a failed
    // batch leaves none there that might not be stored.
    if (rocksdb::Status w = db_->Write(rocksdb::WriteOptions(), &batch); !w.ok()) return Error(w);
    view_key_ = std::move(last);
    for (auto& [h, slot] : fold.nodes()) node_cache_.Put(h, std::move(slot.value));
    for (auto& [k, slot] : fold.edges()) edge_cache_.Put(k, std::move(slot.value));
  }
}

Status RocksStore::Rebuild() {
  ViewFold fold;
  std::string last;  // the key of the last contribution folded
  Status s = FoldContributions(fold, {}, [&](std::string_view k) {
    last.assign(k);
    return true;
  });
  if (!s.ok()) return s;
  node_cache_.Clear();
  edge_cache_.Clear();
  // The expected keys and values of every view family; what differs from
  // what is stored is rewritten, in batches: "view_stale" stays set until
  // the last one, so a crash midway leaves the view marked for refolding.
  std::map<std::string, std::string> want[4];  // nodes, out_edges, in_edges, names
  for (const auto& [h, slot] : fold.nodes()) {
    want[0].emplace(h, codec::Encode(slot.value));
    for (const auto& n : NameSet(slot.value.node)) want[3].emplace(schema::NameKey(n, slot.value.node.id), "");
  }
  for (const auto& [k, slot] : fold.edges()) {
    want[1].emplace(k, codec::Encode(slot.value));
    want[2].emplace(schema::SwapEdgeKey(k), "");
  }
  const Family families[4] = {kNodes, kOutEdges, kInEdges, kNames};
  rocksdb::WriteBatch batch;
  auto flush = [&](bool last) -> Status {
    if (!last && batch.Count() < kRebuildBatchOps) return Status::OK();
    rocksdb::Status w = db_->Write(rocksdb::WriteOptions(), &batch);
    batch.Clear();
    return w.ok() ? Status::OK() : Error(w);
  };
  for (int i = 0; i < 4 && s.ok(); ++i) {
    s = Scan(families[i], "", [&](std::string_view k, std::string_view v) {
      auto it = want[i].find(std::string(k));
      if (it == want[i].end()) batch.Delete(cf(families[i]), S(k));
      else if (it->second == v) want[i].erase(it);  // unchanged: nothing to write
      return flush(false);
    });
    for (const auto& [k, v] : want[i]) {
      if (!s.ok()) break;
      batch.Put(cf(families[i]), k, v);
      s = flush(false);
    }
  }
  if (!s.ok()) return s;
  if (last.empty()) batch.Delete(cf(kMeta), schema::kViewFoldedKey);
  else batch.Put(cf(kMeta), schema::kViewFoldedKey, last);
  batch.Delete(cf(kMeta), schema::kViewStaleKey);
  if (s = flush(true); !s.ok()) return s;
  view_key_ = std::move(last);
  view_stale_ = false;
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

Status RocksStore::ReadViewState() {
  auto folded = Get(kMeta, schema::kViewFoldedKey);
  if (!folded.ok()) return folded.status();
  view_key_ = folded->value_or("");
  auto stale = Get(kMeta, schema::kViewStaleKey);
  if (!stale.ok()) return stale.status();
  view_stale_ = stale->has_value();
  // Contributions a crashed writer left unfolded are folded by the next fold.
  return Status::OK();
}

Result<std::vector<std::string>> RocksStore::Verify() const {
  std::vector<std::string> problems;
  auto problem = [&](const std::string& p) {
    if (problems.size() < 1000) problems.push_back(path_ + ": " + p);
  };
  if (!cf(kNames)) return NotOpen(kNames);
  if (Status s = CheckSchema(); !s.ok()) problem(s.message().substr(path_.size() + 2));

  // Issues, their sources and their contributions.
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
  // The view's state: unless it is marked for refolding (the writer then
  // refolds it whole; nothing to check), it must be the fold of the
  // contributions up to "view_folded", which the scan below folds as it
  // checks them.
  auto stale = Get(kMeta, schema::kViewStaleKey);
  if (!stale.ok()) return stale.status();
  auto folded = Get(kMeta, schema::kViewFoldedKey);
  if (!folded.ok()) return folded.status();
  const std::string upto = folded->value_or("");
  ViewFold fold;
  bool folds = !*stale;  // false once a contribution to fold is unusable
  std::unordered_set<std::string> contributed;
  std::string last;
  s = Scan(kContributions, "", [&](std::string_view k, std::string_view v) {
    const std::string issue(schema::ContributionIssue(k));
    IssueContribution c;
    last.assign(k);
    const bool to_fold = folds && k <= upto;
    bool decoded = false;
    if (k.size() != schema::kContributionKeyBytes) problem("malformed contribution key");
    else if (!(decoded = codec::Decode(v, &c))) problem("contribution of issue " + issue + " is undecodable");
    else if (!issue_date.count(issue)) problem("contribution of missing issue " + issue);
    else if (schema::ContributionKey(issue_date[issue], issue) != k)
      problem("contribution of issue " + issue + " is filed under another date");
    contributed.insert(issue);
    if (!to_fold) return Status::OK();
    if (!decoded) {
      folds = false;  // reported above
    } else if (Status added = fold.Add(issue, c); !added.ok()) {
      problem(added.message());
      folds = false;
    }
    return Status::OK();
  });
  if (!s.ok()) return s;
  for (const auto& [id, src] : issue_source)
    if (!contributed.count(id)) problem("issue " + id + " has no contribution");
  if (*stale) return problems;
  if (!upto.empty() && !contributed.count(std::string(schema::ContributionIssue(upto))))
    problem("the view was folded up to a contribution that is not stored");
  if (!upto.empty() && upto > last) problem("the view was folded past the last contribution");
  // Against a partial fold the view would only show the same faults again.
  if (!folds) return problems;

  std::unordered_map<std::string, EdgeValue> stored_edges;
  std::unordered_map<std::string, NodeValue> stored_nodes;
  s = Scan(kNodes, "", [&](std::string_view k, std::string_view v) {
    NodeValue n;
    if (!codec::Decode(v, &n)) {
      problem("node value under key " + std::string(k.size(), '?') + " is undecodable");
      return Status::OK();
    }
    if (schema::NodeHash(n.node.id) != k) problem("node " + n.node.id + " is stored under another id's key");
    auto it = fold.nodes().find(std::string(k));
    if (it == fold.nodes().end()) problem("node " + n.node.id + " is in the view but in no contribution");
    else if (codec::Encode(it->second.value) != v)
      problem("node " + n.node.id + " differs from the fold of its contributions");
    stored_nodes.emplace(std::string(k), std::move(n));
    return Status::OK();
  });
  if (!s.ok()) return s;
  for (const auto& [h, slot] : fold.nodes())
    if (!stored_nodes.count(h)) problem("node " + slot.value.node.id + " is missing from the view");
  s = Scan(kOutEdges, "", [&](std::string_view k, std::string_view v) {
    EdgeValue e;
    if (!codec::Decode(v, &e)) {
      problem("an edge value is undecodable");
      return Status::OK();
    }
    const std::string what = e.edge.head + " " + std::string(ToString(e.edge.type)) + " " + e.edge.tail;
    if (schema::OutEdgeKey(e.edge.type, e.edge.head, e.edge.tail) != k) problem("edge " + what + " is stored under another key");
    if (!stored_nodes.count(schema::NodeHash(e.edge.head))) problem("edge " + what + ": head node missing");
    if (!stored_nodes.count(schema::NodeHash(e.edge.tail))) problem("edge " + what + ": tail node missing");
    auto it = fold.edges().find(std::string(k));
    if (it == fold.edges().end()) problem("edge " + what + " is in the view but in no contribution");
    else if (codec::Encode(it->second.value) != v) problem("edge " + what + " differs from the fold of its contributions");
    stored_edges.emplace(std::string(k), std::move(e));
    return Status::OK();
  });
  if (!s.ok()) return s;
  for (const auto& [k, slot] : fold.edges())
    if (!stored_edges.count(k))
      problem("edge " + slot.value.edge.head + " " + std::string(ToString(slot.value.edge.type)) + " " +
              slot.value.edge.tail + " is missing from the view");
  s = Scan(kInEdges, "", [&](std::string_view k, std::string_view) {
    if (k.size() != schema::kEdgeKeyBytes || !stored_edges.count(schema::SwapEdgeKey(k)))
      problem("in_edges index entry points at a missing edge");
    return Status::OK();
  });
  if (!s.ok()) return s;
  for (const auto& [k, e] : stored_edges) {
    auto in = Get(kInEdges, schema::SwapEdgeKey(k));
    if (!in.ok()) return in.status();
    if (!*in) problem("edge " + e.edge.head + " " + std::string(ToString(e.edge.type)) + " " + e.edge.tail +
                      " is missing from the in_edges index");
  }

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
    auto it = stored_nodes.find(std::string(k.substr(zero + 1)));
    if (it == stored_nodes.end()) problem("names index entry \"" + name + "\" points at a missing node");
    else if (!NameSet(it->second.node).count(name))
      problem("names index entry \"" + name + "\" points at node " + it->second.node.id + ", which has no such name");
    return Status::OK();
  });
  if (!s.ok()) return s;
  for (const auto& [h, n] : stored_nodes)
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
      names = {rocksdb::kDefaultColumnFamilyName, schema::kMeta, schema::kContributions};
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
  auto store = std::make_unique<RocksStore>(path, db, std::move(handles), options.read_only, options.fold_every);
  if (Status s = store->CheckSchema(); !s.ok()) return s;
  if (Status s = store->ReadViewState(); !s.ok()) return s;
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace cg
