#pragma once
// A deterministic generator of synthetic briefing issues for benchmarks:
// text in the shape of the samples (Date header, title, bullets, prose),
// built from the names in the NHS reference lists, together with the
// extraction a perfect extractor would return (so the store can be measured
// on its own). The same (seed, index) always gives the same issue.
//
// Entities are drawn with a skewed distribution, so a few (NHS England, big
// trusts) appear in most issues, as in real briefings; dates advance with
// the index (about 20 issues a day).
#include <cstdint>
#include <string>
#include <vector>

#include "graph/extraction.h"

namespace cg::bench {

struct NameLists {
  struct Coded {
    std::string code, name;
  };
  std::vector<Coded> trusts, ccgs, stps;
  std::vector<std::string> people;
};

// Reads trusts.csv, ccgs.csv and stps.csv from `reference_dir`; falls back
// to a small built-in list for any file that is missing or empty.
NameLists LoadNameLists(const std::string& reference_dir);

struct GeneratedIssue {
  std::string text;
  Extraction extraction;  // issue id = ContentId(text)
};

GeneratedIssue GenerateIssue(const NameLists& names, uint64_t seed, uint64_t index);

}  // namespace cg::bench
