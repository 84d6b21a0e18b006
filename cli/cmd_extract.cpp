// caregraph extract --out DIR FILE...: one JSON extraction per input file,
// DIR/<basename>.json, in the exchange format of GUIDE.md.
// caregraph extract --explain FILE...: why each entity and relation was
// extracted, as text on stdout.
#include <filesystem>
#include <iostream>
#include <string>

#include "cli/commands.h"
#include "cli/common.h"
#include "extract/extractor.h"
#include "graph/json.h"

namespace cg::cli {
namespace {

struct ExtractArgs {
  std::string out;
  std::vector<std::string> inputs;
  bool jsonl = false;
  bool explain = false;
};

// The JSON text of one extraction; an error naming `where` instead of an
// exception that would end the whole batch (nlohmann refuses to write
// invalid UTF-8, which an extractor bug could put in a span's text).
Result<std::string> DumpJson(const nlohmann::json& j, int indent, const std::string& where) {
  try {
    return j.dump(indent);
  } catch (const nlohmann::json::exception& e) {
    return Status::InvalidArgument(where + ": cannot write the extraction as JSON (" + e.what() + ")");
  }
}

// --jsonl: one issue per stdin line ({"id", "date", "text"}), one extraction
// per stdout line, carrying the issue's id as its source and its text, so
// that `caregraph ingest --extractions` can store it (and `reindex` redo it).
// A cluster engine maps this over shards (README: "Beyond one machine").
int RunExtractJsonl() {
  const Extractor& extractor = Extractor::Default();
  std::string line;
  size_t n = 0;
  int failures = 0;
  while (std::getline(std::cin, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = "stdin line " + std::to_string(n);
    nlohmann::json in;
    try {
      in = nlohmann::json::parse(line);
    } catch (const std::exception& e) {
      Fail(Status::InvalidArgument(where + ": not JSON (" + e.what() + ")"));
      ++failures;
      continue;
    }
    if (!in.is_object() || !in.contains("text") || !in["text"].is_string()) {
      Fail(Status::InvalidArgument(where + ": needs a \"text\" string"));
      ++failures;
      continue;
    }
    const std::string id = in.contains("id") && in["id"].is_string() ? in["id"].get<std::string>() : where;
    const std::string text = in["text"].get<std::string>();
    auto x = extractor.Extract(id, text);
    if (!x.ok()) {
      Fail(x.status());
      ++failures;
      continue;
    }
    if (in.contains("date") && in["date"].is_string() && !in["date"].get<std::string>().empty()) {
      x->date = in["date"].get<std::string>();
      for (auto& r : x->relations) r.evidence.date = x->date;
    }
    nlohmann::json out = *x;
    out["source"] = id;
    out["text"] = text;
    auto line = DumpJson(out, -1, where);
    if (!line.ok()) {
      Fail(line.status());
      ++failures;
      continue;
    }
    std::cout << *line << "\n";
  }
  std::cout.flush();
  return failures ? 1 : 0;
}

// One issue's explanation: each entity with the rule behind every mention,
// then each relation with its rule and evidence.
void PrintExplanation(const Explanation& e, std::ostream& out) {
  out << "== " << e.doc << "\n";
  for (const auto& en : e.entities) {
    out << "entity " << ToString(en.type) << " \"" << en.name << "\"";
    for (const auto& c : en.codes) out << " [" << c << "]";
    out << "\n";
    for (const auto& m : en.mentions)
      out << "  \"" << m.text << "\" " << m.begin << "-" << m.end << (m.anaphor ? " (anaphor)" : "") << "  <- "
          << (m.rule.empty() ? "?" : m.rule) << "\n";
  }
  for (const auto& r : e.relations) {
    out << "relation " << ToString(r.type) << " \"" << r.head << "\" -> \"" << r.tail << "\"";
    for (const auto& [k, v] : r.attributes) out << " " << k << "=" << v;
    out << "\n  <- " << (r.rule.empty() ? "?" : r.rule) << "\n";
    if (!r.sentence.empty()) out << "  \"" << r.sentence << "\"\n";
  }
}

int RunExplain(const std::vector<std::string>& inputs) {
  auto files = CollectIssueFiles(inputs);
  if (!files.ok()) return Fail(files.status());
  int failures = 0;
  for (const auto& path : *files) {
    auto bytes = ReadFile(path);
    Result<Explanation> e = bytes.ok() ? Extractor::Default().Explain(std::filesystem::path(path).filename().string(), *bytes)
                                       : Result<Explanation>(bytes.status());
    if (!e.ok()) {
      Fail(e.status());
      ++failures;
      continue;
    }
    PrintExplanation(*e, std::cout);
  }
  std::cout.flush();
  return failures ? 1 : 0;
}

int RunExtract(const ExtractArgs& a) {
  if (a.jsonl) return RunExtractJsonl();
  if (a.explain) {
    if (a.inputs.empty()) return Fail(Status::InvalidArgument("extract --explain: give the issue files to explain"));
    return RunExplain(a.inputs);
  }
  if (a.out.empty() || a.inputs.empty())
    return Fail(Status::InvalidArgument("extract: give --out DIR and FILES, or --jsonl to read issues from stdin"));
  std::error_code ec;
  if (!std::filesystem::is_directory(a.out, ec)) {
    std::filesystem::create_directories(a.out, ec);
    if (ec) return Fail(Status::IOError(a.out + ": cannot create output folder (" + ec.message() + ")"));
  }
  auto files = CollectIssueFiles(a.inputs);
  if (!files.ok()) return Fail(files.status());
  const Extractor& extractor = Extractor::Default();
  int failures = 0;
  for (const auto& path : *files) {
    auto bytes = ReadFile(path);
    std::filesystem::path p(path);
    Result<Extraction> x = bytes.ok() ? extractor.Extract(p.filename().string(), *bytes)
                                      : Result<Extraction>(bytes.status());
    if (!x.ok()) {
      Fail(x.status());
      ++failures;
      continue;
    }
    const std::string out = (std::filesystem::path(a.out) / p.stem()).string() + ".json";
    auto json = DumpJson(nlohmann::json(*x), 2, path);
    Status s = json.ok() ? WriteFileAtomic(out, *json + "\n") : json.status();
    if (!s.ok()) {
      Fail(s);
      ++failures;
    }
  }
  return failures ? 1 : 0;
}

}  // namespace

void SetupExtract(CLI::App& sub, int* exit_code) {
  auto a = std::make_shared<ExtractArgs>();
  sub.add_option("--out", a->out, "folder for the JSON files (created if missing)");
  sub.add_option("files", a->inputs, "issue files or folders");
  sub.add_flag("--jsonl", a->jsonl, "read {id, date, text} issues from stdin, one per line; write one extraction per line");
  sub.add_flag("--explain", a->explain,
               "print, for each entity and relation, the rule, lexicon row or reference form that produced it and the text it matched");
  sub.callback([a, exit_code] { *exit_code = RunExtract(*a); });
}

}  // namespace cg::cli
