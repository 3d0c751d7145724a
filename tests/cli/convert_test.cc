#include <catch2/catch.hpp>

#include "../support.h"
#include "run.h"

namespace {

// Converts every filled cell of column `from_col` of gold_days.csv to the
// calendar of `to_col` through `taqvim convert` on stdin, and compares.
void check_gold_columns(std::size_t from_col, const char* from, std::size_t to_col, const char* to) {
  std::string input;
  std::vector<test::ymd> want;
  for (const auto& row : test::read_csv(test::data_path("gold_days.csv"))) {
    if (row.size() <= std::max(from_col, to_col) || row[from_col].empty() || row[to_col].empty()) continue;
    input += row[from_col] + "\n";
    want.push_back(test::parse_ymd(row[to_col]));
  }
  REQUIRE(want.size() > 300);
  const auto r = test::run_taqvim(std::string("convert --from ") + from + " --to " + to, input);
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  const auto got = test::lines(r.out);
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    INFO(from << " -> " << to << " line " << i + 1 << ": " << got[i]);
    CHECK(test::parse_ymd(got[i]) == want[i]);
  }
}

}  // namespace

TEST_CASE("cli convert: the README example", "[cli]") {
  const auto r = test::run_taqvim("convert --from jalali --to gregorian 1402-05-15");
  CHECK(r.status == 0);
  CHECK(r.out == "2023-08-06\n");
  CHECK(r.err.empty());
}

TEST_CASE("cli convert: every filled cell of gold_days.csv, both ways", "[cli][gold]") {
  check_gold_columns(1, "jalali", 0, "gregorian");
  check_gold_columns(0, "gregorian", 1, "jalali");
  check_gold_columns(2, "hijri", 0, "gregorian");
  check_gold_columns(0, "gregorian", 2, "hijri");
  check_gold_columns(3, "hijri-civil", 0, "gregorian");
  check_gold_columns(0, "gregorian", 3, "hijri-civil");
  check_gold_columns(1, "jalali", 2, "hijri");
}

TEST_CASE("cli convert: Nowruz of every year 1-3000 equals ICU 78", "[cli][nowruz]") {
  std::string input;
  std::vector<std::string> want;
  for (const auto& row : test::read_csv(test::data_path("nowruz_1_3000.csv"))) {
    input += row[0] + "/1/1\n";
    want.push_back(row[1]);
  }
  const auto r = test::run_taqvim("convert --from jalali --to gregorian", input);
  CHECK(r.status == 0);
  CHECK(test::lines(r.out) == want);
}

TEST_CASE("cli convert: digits in any script in, the chosen script out", "[cli][digits]") {
  CHECK(test::run_taqvim("convert ۱۴۰۲/۰۵/۱۵").out == "2023-08-06\n");
  CHECK(test::run_taqvim("convert ١٤٠٢-٠٥-١٥").out == "2023-08-06\n");
  CHECK(test::run_taqvim("convert ۱4٠2-05-۱۵").out == "2023-08-06\n");
  CHECK(test::run_taqvim("convert --from gregorian --to jalali --digits persian 2023-08-06").out ==
        "۱۴۰۲-۰۵-۱۵\n");
  CHECK(test::run_taqvim("convert --from gregorian --to hijri --digits arabic 2023-08-06").out ==
        "١٤٤٥-٠١-١٩\n");
  // Iran began Shawwal 1444 a day after Umm al-Qura.
  CHECK(test::run_taqvim("convert --from hijri-iran --to gregorian 1444-10-01").out == "2023-04-22\n");
  CHECK(test::run_taqvim("convert --from hijri --to gregorian 1444-10-01").out == "2023-04-21\n");
  CHECK(test::run_taqvim("convert --from hijri-tbla --to hijri-civil 1444-10-01").out == "1444-09-30\n");
}

TEST_CASE("cli convert: a bad line gets an empty output line and a message, the rest go on", "[cli][errors]") {
  const auto r = test::run_taqvim("convert", "1402-05-15\n1403-12-31\n1402-12-30\n1402-13-01\nhello\n\n99999-1-1\n1403-12-30\r\n");
  CHECK(r.status == 1);
  CHECK(test::lines(r.out) ==
        std::vector<std::string>{"2023-08-06", "", "", "", "", "", "", "2025-03-20"});
  const auto err = test::lines(r.err);
  REQUIRE(err.size() == 6);
  CHECK(err[0] == "taqvim: line 2: 1403-12-31: day 31 does not exist: jalali 1403-12 has 30 days");
  CHECK(err[1] == "taqvim: line 3: 1402-12-30: day 30 does not exist: jalali 1402-12 has 29 days");
  CHECK(err[2] == "taqvim: line 4: 1402-13-01: month 13 does not exist (months are 1..12)");
  CHECK(err[3] == "taqvim: line 5: hello: not a date (expected Y-M-D or Y/M/D)");
  CHECK(err[4] == "taqvim: line 6: empty line");
  CHECK(err[5] == "taqvim: line 7: 99999-1-1: year 99999 is outside -32000..32000");
}

TEST_CASE("cli convert: approximate results say so on stderr", "[cli]") {
  const auto r = test::run_taqvim("convert --from hijri --to gregorian 1601-01-01");
  CHECK(r.status == 0);
  CHECK(r.out == "2174-11-26\n");  // as ICU: the civil rule past the table
  CHECK(r.err.find("approximate") != std::string::npos);
}

TEST_CASE("cli: help, version and usage errors", "[cli]") {
  for (const char* args : {"--help", "convert --help"}) {
    const auto r = test::run_taqvim(args);
    CHECK(r.status == 0);
    CHECK(r.out.find("Usage") != std::string::npos);
  }
  CHECK(test::run_taqvim("--version").out.rfind("taqvim ", 0) == 0);
  const auto bad = test::run_taqvim("convert --from persian 1402-01-01");
  CHECK(bad.status == 2);
  CHECK(bad.out.empty());
  CHECK(bad.err.rfind("taqvim: ", 0) == 0);
  CHECK(test::run_taqvim("").status == 2);
  CHECK(test::run_taqvim("frobnicate").status == 2);
}
