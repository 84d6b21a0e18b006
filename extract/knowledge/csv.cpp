#include "extract/knowledge/csv.h"

namespace cg {

CsvTable::CsvTable(std::string_view text) {
  std::vector<std::vector<std::string>> all;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, any = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field += c;
      }
      continue;
    }
    if (c == '"') {
      quoted = true;
      any = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (any || !field.empty()) {
        row.push_back(std::move(field));
        all.push_back(std::move(row));
      }
      row.clear();
      field.clear();
      any = false;
    } else {
      field += c;
      any = true;
    }
  }
  if (any || !field.empty()) {
    row.push_back(std::move(field));
    all.push_back(std::move(row));
  }
  if (all.empty()) return;
  for (size_t i = 0; i < all[0].size(); ++i) columns_[all[0][i]] = i;
  rows_.assign(std::make_move_iterator(all.begin() + 1), std::make_move_iterator(all.end()));
}

const std::string& CsvTable::Get(size_t r, std::string_view column) const {
  static const std::string kEmpty;
  auto it = columns_.find(std::string(column));
  if (it == columns_.end() || r >= rows_.size() || it->second >= rows_[r].size()) return kEmpty;
  return rows_[r][it->second];
}

std::vector<std::string> SplitOn(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i <= s.size()) {
    size_t j = s.find(sep, i);
    if (j == std::string_view::npos) j = s.size();
    out.emplace_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

}  // namespace cg
