#pragma once
// A small RFC 4180 CSV reader (quoted fields, doubled quotes, CRLF) for the
// embedded reference data.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cg {

// `s` split at every `sep` (an empty string gives one empty field): the
// lines and columns of the embedded TSV lexicons.
std::vector<std::string> SplitOn(std::string_view s, char sep);

class CsvTable {
 public:
  // Parses `text` whose first row is the header.
  explicit CsvTable(std::string_view text);
  size_t rows() const { return rows_.size(); }
  // The field of row `r` in column `column` ("" if the column is absent).
  const std::string& Get(size_t r, std::string_view column) const;

 private:
  std::unordered_map<std::string, size_t> columns_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace cg
