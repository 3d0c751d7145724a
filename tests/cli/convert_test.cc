#include <catch2/catch.hpp>

#include <fstream>

#include "../support.h"
#include "run.h"

namespace {

// Converts every filled cell of column `from_col` of gold_days.csv to the
// calendar of `to_col` through `taqvim convert` on stdin, and compares.
void check_gold_columns(std::size_t from_col, const char* from, std::size_t to_col, const char* to) {
  std::string input;
  std::vector<test::ymd> want;
  std::size_t before_1420 = 0;  // Umm al-Qura days the computed table gets only approximately
  for (const auto& row : test::read_csv(test::data_path("gold_days.csv"))) {
    if (row.size() <= std::max(from_col, to_col) || row[from_col].empty() || row[to_col].empty()) continue;
    input += row[from_col] + "\n";
    want.push_back(test::parse_ymd(row[to_col]));
    before_1420 += row.size() > 2 && !row[2].empty() && test::parse_ymd(row[2]).y < 1420 && (from_col == 2 || to_col == 2);
  }
  REQUIRE(want.size() > 300);
  const auto r = test::run_taqvim(std::string("convert --from ") + from + " --to " + to, input);
  CHECK(r.status == 0);
  const auto notes = test::lines(r.err);
  CHECK(notes.size() == before_1420);
  for (const auto& n : notes) CHECK(n.find(": approximate: Umm al-Qura before 1420 AH") != std::string::npos);
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

TEST_CASE("cli convert --strict: approximate results are errors, exact ones pass", "[cli][strict]") {
  const auto ok = test::run_taqvim("convert --strict --from hijri --to gregorian 1445-09-01 1420-01-01");
  CHECK(ok.status == 0);
  CHECK(ok.out == "2024-03-11\n1999-04-17\n");
  CHECK(ok.err.empty());
  const auto r = test::run_taqvim("convert --strict --from hijri --to gregorian", "1445-09-01\n1601-01-01\n1400-01-01\n1445-09-02\n");
  CHECK(r.status == 1);
  CHECK(test::lines(r.out) == std::vector<std::string>{"2024-03-11", "", "", "2024-03-12"});
  const auto err = test::lines(r.err);
  REQUIRE(err.size() == 2);
  CHECK(err[0] == "taqvim: line 2: 1601-01-01: approximate (--strict): outside the published table of hijri");
  CHECK(err[1] ==
        "taqvim: line 3: 1400-01-01: approximate (--strict): Umm al-Qura before 1420 AH as computed today, "
        "not as printed then (see hijri-printed)");
  // The result side counts too: Gregorian 2175 is past the Umm al-Qura table.
  CHECK(test::run_taqvim("convert --strict --from gregorian --to hijri 2175-01-01").status == 1);
  CHECK(test::run_taqvim("convert --strict --from gregorian --to hijri-iran 2027-03-09").status == 0);
  CHECK(test::run_taqvim("convert --strict --from gregorian --to hijri-iran 2027-03-10").status == 1);
}

TEST_CASE("cli convert --format tsv: input, output and status on each line", "[cli][tsv]") {
  const auto r = test::run_taqvim("convert --format tsv --from hijri --to gregorian",
                                  "1445-09-01\n 1601-01-01\r\nhello\tworld\n\n");
  CHECK(r.status == 1);
  CHECK(test::lines(r.out) == std::vector<std::string>{"1445-09-01\t2024-03-11\texact",
                                                        "1601-01-01\t2174-11-26\tapproximate",
                                                        "hello world\t\terror", "\t\terror"});
  const auto strict = test::run_taqvim("convert --format tsv --strict --from hijri --to gregorian 1601-01-01");
  CHECK(strict.status == 1);
  CHECK(strict.out == "1601-01-01\t\tapproximate\n");
}

TEST_CASE("cli convert: Umm al-Qura as printed", "[cli][printed]") {
  // Umm al-Qura issue 17 is dated 15 Ramadan 1343 = 10 April 1925; that Ramadan had 28 days.
  CHECK(test::run_taqvim("convert --from hijri-printed --to gregorian 1343-09-15").out == "1925-04-10\n");
  const auto r = test::run_taqvim("convert --from hijri-printed --to gregorian 1343-09-29");
  CHECK(r.status == 1);
  CHECK(r.err == "taqvim: argument 1: 1343-09-29: day 29 does not exist: hijri-printed 1343-09 has 28 days\n");
  // From 1420 on the two editions agree.
  CHECK(test::run_taqvim("convert --from hijri-printed --to hijri 1445-09-01").out == "1445-09-01\n");
}

TEST_CASE("cli convert --hijri-offset moves the Hijri side", "[cli][offset]") {
  CHECK(test::run_taqvim("convert --from hijri --to gregorian --hijri-offset 1 1445-09-01").out == "2024-03-12\n");
  CHECK(test::run_taqvim("convert --from hijri --to gregorian --hijri-offset -2 1445-09-01").out == "2024-03-09\n");
  CHECK(test::run_taqvim("convert --from gregorian --to hijri --hijri-offset 1 2024-03-11").out == "1445-08-29\n");
  CHECK(test::run_taqvim("convert --from jalali --to gregorian --hijri-offset 2 1402-05-15").out == "2023-08-06\n");
  const auto bad = test::run_taqvim("convert --hijri-offset 3 1402-05-15");
  CHECK(bad.status == 2);
  CHECK(bad.out.empty());
}

TEST_CASE("cli convert --hijri-table: a user's month starts", "[cli][table]") {
  const std::string path = std::string(TAQVIM_TEST_TMP_DIR) + "/sightings.txt";
  {
    std::ofstream f(path);
    f << "# local sightings\n1445/9 2024-03-12\n1445/10 2024-04-11   # Eid\n\n1445/11 2024-05-10\n";
  }
  const auto r = test::run_taqvim("convert --from hijri --to gregorian --hijri-table '" + path + "'",
                                  "1445-09-01\n1445-09-30\n1445-10-29\n1445-11-01\n1445-08-01\n");
  CHECK(r.status == 0);
  // Outside the file's months, Umm al-Qura: after them moved to join them, before them its own
  // 1445/8 (2024-02-11), stretched to meet the file (approximate both).
  CHECK(test::lines(r.out) ==
        std::vector<std::string>{"2024-03-12", "2024-04-10", "2024-05-09", "2024-05-10", "2024-02-11"});
  CHECK(test::lines(r.err).size() == 2);
  CHECK(test::run_taqvim("convert --from gregorian --to hijri --hijri-table '" + path + "' 2024-04-10").out ==
        "1445-09-30\n");
  {
    std::ofstream f(path);
    f << "1445/9 2024-03-12\n1445/10 2024-04-12\n";
  }
  const auto bad = test::run_taqvim("convert --from hijri --hijri-table '" + path + "' 1445-09-01");
  CHECK(bad.status == 2);
  CHECK(bad.err == "taqvim: " + path + ": 1445/10: the month before it would have 31 days (a lunar month has 29 or 30)\n");
  {
    std::ofstream f(path);
    f << "1445/9 2024-03-12\n1445-10 2024-04-11\n";
  }
  CHECK(test::run_taqvim("convert --from hijri --hijri-table '" + path + "' 1445-09-01").err ==
        "taqvim: " + path + ": line 2: expected YEAR/MONTH YYYY-MM-DD\n");
  CHECK(test::run_taqvim("convert --from jalali --hijri-table '" + path + "' 1402-01-01").status == 2);
  CHECK(test::run_taqvim("convert --from hijri --hijri-table /nonexistent/file 1445-01-01").status == 2);
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
