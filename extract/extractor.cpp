#include "extract/extractor.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "extract/gazetteer.h"
#include "extract/pipeline.h"
#include "extract/reader.h"
#include "extract/reference.h"
#include "extract/relations_out.h"

namespace cg {
namespace {

class PipelineExtractor : public Extractor {
 public:
  explicit PipelineExtractor(Pipeline p) : pipeline_(std::move(p)) {}

  Result<Extraction> Extract(std::string_view doc_name, std::string_view bytes) const override {
    // One Document per thread: its buffers (text, offsets, tokens,
    // candidates...) keep their memory from issue to issue, so reading and
    // annotating an issue allocates little. An issue of more than 1 MB of
    // text gives its memory back afterwards (its offset and token tables
    // are four bytes per byte: a thread keeps at most ~10 MB).
    thread_local Document doc;
    struct Release {
      Document& d;
      ~Release() {
        if (d.text.capacity() > (1u << 20)) d = Document();
      }
    } release{doc};
    Status s = ReadDocument(doc_name, bytes, &doc);
    if (!s.ok()) return s;
    s = pipeline_.Run(&doc);
    if (!s.ok()) return s;
    return ToExtraction(doc);
  }

  void AddReferenceRelations(Extraction& x) const override { AddReferenceEdges(x); }

 private:
  Pipeline pipeline_;
};

}  // namespace

// 2: offsets of lines that start with CRs (old Mac line ends) fixed.
std::string_view Extractor::Version() { return "3"; }

const Extractor& Extractor::Default() {
  static const PipelineExtractor* kDefault = [] {
    auto p = Pipeline::Create(BuiltinComponents());
    if (!p.ok()) {
      std::cerr << "caregraph: " << p.status().message() << "\n";
      std::abort();  // a programming error: the built-in pipeline is inconsistent
    }
    return new PipelineExtractor(std::move(p.value()));
  }();
  return *kDefault;
}

}  // namespace cg
