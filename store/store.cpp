// PLACEHOLDER until the RocksDB store lands.
#include "store/store.h"
namespace cg {
Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions&) {
  return Status::IOError(path + ": store not implemented yet");
}
}  // namespace cg
