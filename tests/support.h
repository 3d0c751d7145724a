// Readers for the reference files in tests/data.
#ifndef TAQVIM_TESTS_SUPPORT_H
#define TAQVIM_TESTS_SUPPORT_H

#include <date/date.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace test {

inline std::string data_path(const std::string& name) { return std::string(TAQVIM_TEST_DATA_DIR) + "/" + name; }
inline std::string project_path(const std::string& name) { return std::string(TAQVIM_SOURCE_DIR) + "/" + name; }

inline std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep)) out.push_back(cur);
  if (!s.empty() && s.back() == sep) out.emplace_back();
  return out;
}

// Rows of a CSV file without quoting, header dropped.
inline std::vector<std::vector<std::string>> read_csv(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) rows.push_back(split(line, ','));
  }
  return rows;
}

struct ymd {
  long y = 0;
  unsigned m = 0, d = 0;
  bool operator==(const ymd& o) const { return y == o.y && m == o.m && d == o.d; }
};

// "[-]Y-M-D" with any number of digits per field.
inline ymd parse_ymd(const std::string& s) {
  ymd r;
  long y = 0;
  if (std::sscanf(s.c_str() + (s[0] == '-'), "%ld-%u-%u", &y, &r.m, &r.d) != 3)
    throw std::runtime_error("bad date " + s);
  r.y = s[0] == '-' ? -y : y;
  return r;
}

inline date::sys_days gregorian(const std::string& s) {
  const ymd g = parse_ymd(s);
  return date::sys_days{date::year{static_cast<int>(g.y)} / date::month{g.m} / date::day{g.d}};
}

inline std::string to_string(const ymd& x) {
  return std::to_string(x.y) + "-" + std::to_string(x.m) + "-" + std::to_string(x.d);
}

template <class YMD>
ymd fields(const YMD& x) {
  return {static_cast<int>(x.year()), static_cast<unsigned>(x.month()), static_cast<unsigned>(x.day())};
}

}  // namespace test

#endif
