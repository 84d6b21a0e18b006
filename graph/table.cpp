#include "graph/table.h"

#include <algorithm>

namespace cg {
namespace {

// The first `width` code points of `s`, ending in "..." if cut.
std::string Cut(const std::string& s, size_t width) {
  if (width == 0 || DisplayWidth(s) <= width) return s;
  std::string out;
  size_t points = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool lead = (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    if (lead && ++points > width - 3) break;
    out += s[i];
  }
  return out + "...";
}

}  // namespace

size_t DisplayWidth(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

Table::Table(std::vector<std::string> headers)
    : headers_(std::move(headers)), max_width_(headers_.size(), 0) {}

void Table::AddRow(std::vector<std::string> cells) {
  cells.resize(headers_.size());
  for (auto& c : cells) std::replace(c.begin(), c.end(), '\n', ' ');
  rows_.push_back(std::move(cells));
}

void Table::SetMaxWidth(size_t col, size_t width) {
  if (col < max_width_.size()) max_width_[col] = std::max<size_t>(width, 4);
}

std::string Table::Render() const {
  std::vector<std::vector<std::string>> all;
  all.reserve(rows_.size() + 1);
  all.push_back(headers_);
  for (const auto& r : rows_) all.push_back(r);
  std::vector<size_t> width(headers_.size(), 0);
  for (auto& r : all)
    for (size_t c = 0; c < r.size(); ++c) {
      r[c] = Cut(r[c], max_width_[c]);
      width[c] = std::max(width[c], DisplayWidth(r[c]));
    }
  std::string out;
  for (const auto& r : all) {
    std::string line;
    for (size_t c = 0; c < r.size(); ++c) {
      line += r[c];
      if (c + 1 < r.size()) line.append(width[c] - DisplayWidth(r[c]) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + '\n';
  }
  return out;
}

}  // namespace cg
