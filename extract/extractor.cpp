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
    auto doc = ReadDocument(doc_name, bytes);
    if (!doc.ok()) return doc.status();
    Status s = pipeline_.Run(&*doc);
    if (!s.ok()) return s;
    return ToExtraction(*doc);
  }

  void AddReferenceRelations(Extraction& x) const override { AddReferenceEdges(x); }

 private:
  Pipeline pipeline_;
};

}  // namespace

std::string_view Extractor::Version() { return "1"; }

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
