#include "extract/extractor.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "extract/knowledge/gazetteer.h"
#include "extract/pipeline.h"
#include "extract/document/reader.h"
#include "extract/knowledge/reference.h"
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

  Result<Explanation> Explain(std::string_view doc_name, std::string_view bytes) const override {
    Document doc;
    Status s = ReadDocument(doc_name, bytes, &doc);
    if (!s.ok()) return s;
    s = pipeline_.Run(&doc);
    if (!s.ok()) return s;
    return Explain(doc);
  }

  void AddReferenceRelations(Extraction& x) const override { AddReferenceEdges(x); }

 private:
  // The document's entities with their mentions' rules, its relations with
  // theirs, then the reference edges the extraction adds.
  static Explanation Explain(const Document& doc) {
    Explanation out;
    out.doc = doc.name;
    const Extraction x = ToExtraction(doc);
    for (const DocEntity& e : doc.entities) {
      if (e.mentions.empty()) continue;
      Explanation::Entity oe{e.type, e.name, {}, {}};
      if (e.linked) oe.codes.push_back(e.codes[0]);
      for (uint32_t mi : e.mentions) {
        const MentionCandidate& m = doc.mentions[mi];
        const Span o = doc.OriginalSpan(m.span);
        oe.mentions.push_back({std::string(doc.Text(m.span)), o.begin, o.end, std::string(m.rule), m.anaphor});
      }
      out.entities.push_back(std::move(oe));
    }
    for (const DocRelation& r : doc.relations) {
      if (r.head < 0 || r.tail < 0) continue;
      const std::string sentence = r.sentence >= 0 ? std::string(doc.Text(doc.sentences[r.sentence].span)) : "";
      out.relations.push_back({r.type, doc.entities[r.head].name, doc.entities[r.tail].name, r.attributes,
                               std::string(r.rule), sentence});
    }
    Extraction with_ref = x;
    AddReferenceEdges(with_ref);
    for (size_t i = x.relations.size(); i < with_ref.relations.size(); ++i) {
      const ExtractedRelation& r = with_ref.relations[i];
      out.relations.push_back({r.type, r.head, r.tail, r.attributes, "reference data", ""});
    }
    return out;
  }

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
