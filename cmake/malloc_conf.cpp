// jemalloc's options, read at its first allocation (linked into every
// program when jemalloc is, see CMakeLists.txt). One arena: one thread does
// the work, RocksDB's background threads would otherwise each fill arenas of
// their own; freed pages go back to the system within a second. Together
// they kept store_bench's peak RSS at 10k issues at 37 MB instead of 44 MB.
extern "C" {
extern const char* malloc_conf;
const char* malloc_conf = "narenas:1,dirty_decay_ms:1000,muzzy_decay_ms:0";
}
