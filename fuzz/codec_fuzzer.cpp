// libFuzzer: the store's value decoders (store/codec.h) on arbitrary bytes,
// as a corrupted or foreign database would hand them over.
//
// Decode() must return false or a value, never read out of bounds or
// allocate without bound; a decoded value must re-encode to bytes that
// decode to a value encoding to the same bytes (a fixed point).
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "store/codec.h"

namespace {

template <typename T>
void RoundTrip(std::string_view in, const char* kind) {
  T v;
  if (!cg::codec::Decode(in, &v)) return;
  std::string once = cg::codec::Encode(v);
  T w;
  if (!cg::codec::Decode(once, &w) || cg::codec::Encode(w) != once) {
    fprintf(stderr, "codec_fuzzer: %s does not round-trip\n", kind);
    abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  // Every decoder on the same bytes: the format byte picks at most one, the
  // others must reject them cleanly.
  RoundTrip<cg::codec::NodeValue>(in, "NodeValue");
  RoundTrip<cg::codec::EdgeValue>(in, "EdgeValue");
  RoundTrip<cg::codec::Manifest>(in, "Manifest");
  RoundTrip<cg::codec::NodeContribution>(in, "NodeContribution");
  RoundTrip<cg::codec::EdgeContribution>(in, "EdgeContribution");
  RoundTrip<cg::IssueRecord>(in, "IssueRecord");
  std::string date;
  cg::codec::DecodeContributionDate(in, &date);
  return 0;
}
