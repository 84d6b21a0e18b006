// libFuzzer harness: see CheckExtract() in fuzz/properties.h for what it checks.
// A crash input becomes a file in tests/regress/extract/ (replayed by ctest).
#include <cstdio>
#include <cstdlib>

#include "fuzz/properties.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bad = cg::fuzz::CheckExtract(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!bad.empty()) {
    std::fprintf(stderr, "extract_fuzzer: %s\n", bad.c_str());
    std::abort();
  }
  return 0;
}
