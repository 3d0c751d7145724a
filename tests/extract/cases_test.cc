// Extraction cases as data: every tests/extract/cases/*.jsonl file holds one
// case per line,
//
//   {"text": "...", "reference": "2024-03-06", "lang": "ar", "tz": "UTC",
//    "expect": [{"surface": "...", "calendar": "hijri", "value": "2024-03-11",
//                "granularity": "day", "flags": ["dual_mismatch"]}]}
//
// ("reference", "lang", "tz" and "flags" optional; "expect": [] for a text
// with no date). Each case must give exactly the matches listed, in order,
// and everything check.h holds every extraction to. The values are worked
// out by hand from SCHEMA's rules with the calendars' reference data (ICU,
// the tested tables), as each file's first line says.
#include <catch2/catch.hpp>

#include <simdjson.h>

#include <dirent.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "check.h"

namespace {

namespace od = simdjson::ondemand;

std::vector<std::string> case_files() {
  const std::string dir = std::string(TAQVIM_SOURCE_DIR) + "/tests/extract/cases";
  std::vector<std::string> files;
  if (DIR* d = opendir(dir.c_str())) {
    while (const dirent* e = readdir(d)) {
      const std::string name = e->d_name;
      if (name.size() > 6 && name.compare(name.size() - 6, 6, ".jsonl") == 0) files.push_back(dir + "/" + name);
    }
    closedir(d);
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string get_string(od::object& o, std::string_view key) {
  std::string_view s;
  if (o.find_field_unordered(key).get_string().get(s)) return {};
  return std::string(s);
}

}  // namespace

TEST_CASE("extraction cases: every tests/extract/cases/*.jsonl line", "[extract][cases]") {
  const std::vector<std::string> files = case_files();
  REQUIRE(files.size() >= 1);
  od::parser parser;
  std::size_t cases = 0;
  for (const std::string& file : files) {
    std::ifstream in(file);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      if (line.empty() || line[0] == '#') continue;
      INFO(file << ":" << n);
      const simdjson::padded_string padded(line);
      od::document doc;
      REQUIRE(parser.iterate(padded).get(doc) == simdjson::SUCCESS);
      od::object o;
      REQUIRE(doc.get_object().get(o) == simdjson::SUCCESS);
      const std::string text = get_string(o, "text");
      const std::string reference = get_string(o, "reference");
      taqvim::extract_options opt;
      if (!reference.empty()) opt = xt::at(reference, {}, {});
      opt.lang = get_string(o, "lang");
      opt.tz = get_string(o, "tz");
      std::vector<xt::want> wants;
      od::array expect;
      REQUIRE(o.find_field_unordered("expect").get_array().get(expect) == simdjson::SUCCESS);
      for (auto item : expect) {
        od::object w;
        REQUIRE(item.get_object().get(w) == simdjson::SUCCESS);
        xt::want want{get_string(w, "surface"), get_string(w, "calendar"), get_string(w, "value"),
                      get_string(w, "granularity")};
        od::array flags;
        if (w.find_field_unordered("flags").get_array().get(flags) == simdjson::SUCCESS) {
          for (auto f : flags) {
            std::string_view s;
            REQUIRE(f.get_string().get(s) == simdjson::SUCCESS);
            want.flags.emplace_back(s);
          }
        }
        REQUIRE(text.find(want.surface) != std::string::npos);
        wants.push_back(std::move(want));
      }
      xt::expect(text, opt, wants);
      ++cases;
    }
  }
  CHECK(cases > 0);
}
