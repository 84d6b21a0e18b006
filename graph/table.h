#pragma once
// Table: aligned plain-text tables for terminals.
//
//   RANK  NAME             TYPE
//   1     NHS England      NationalBody
//
// Column widths count UTF-8 code points, so names with curly quotes or
// accents stay aligned. Cells never wrap; a column may be given a maximum
// width, beyond which its cells are cut and end in "...". The last column
// carries no trailing spaces, so output diffs cleanly.
#include <string>
#include <vector>

namespace cg {

class Table {
 public:
  explicit Table(std::vector<std::string> headers);

  // Appends a row. Missing cells are empty; extra cells are dropped.
  void AddRow(std::vector<std::string> cells);
  // Cuts the cells of column `col` to at most `width` code points (>= 4).
  void SetMaxWidth(size_t col, size_t width);
  size_t rows() const { return rows_.size(); }

  // The header line, then one line per row, each ending in '\n'. Columns
  // are separated by two spaces.
  std::string Render() const;

 private:
  std::vector<std::string> headers_;
  std::vector<std::vector<std::string>> rows_;
  std::vector<size_t> max_width_;  // 0: unlimited
};

// Number of UTF-8 code points in `s`.
size_t DisplayWidth(const std::string& s);

}  // namespace cg
