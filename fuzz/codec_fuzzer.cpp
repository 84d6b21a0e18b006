// libFuzzer harness: see CheckCodec() in fuzz/properties.h for what it checks.
// A crash input becomes a file in tests/regress/codec/ (replayed by ctest).
#include <cstdio>
#include <cstdlib>

#include "fuzz/properties.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bad = cg::fuzz::CheckCodec(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!bad.empty()) {
    std::fprintf(stderr, "codec_fuzzer: %s\n", bad.c_str());
    std::abort();
  }
  return 0;
}
