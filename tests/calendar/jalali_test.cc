#include <taqvim/jalali.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include "../support.h"

using namespace taqvim;
using date::sys_days;

namespace {

jalali::year_month_day J(int y, unsigned m, unsigned d) {
  return {jalali::year{y}, jalali::month{m}, date::day{d}};
}

sys_days G(int y, unsigned m, unsigned d) {
  return sys_days{date::year{y} / date::month{m} / date::day{d}};
}

}  // namespace

// Compile-time checks: the calendar is usable in constant expressions.
static_assert(sys_days{jalali::year_month_day{jalali::year{1402}, jalali::mordad, date::day{15}}} ==
              sys_days{date::year{2023} / 8 / 6});
static_assert(jalali::year_month_day{sys_days{date::year{2025} / 3 / 21}} ==
              jalali::year_month_day{jalali::year{1404}, jalali::farvardin, date::day{1}});
static_assert(jalali::is_leap(jalali::year{1403}) && !jalali::is_leap(jalali::year{1404}));
static_assert(!jalali::year_month_day{jalali::year{1402}, jalali::esfand, date::day{30}}.ok());

TEST_CASE("jalali: every Jalali cell of gold_days.csv", "[jalali][gold]") {
  int checked = 0;
  for (const auto& row : test::read_csv(test::data_path("gold_days.csv"))) {
    if (row.size() < 2 || row[1].empty()) continue;
    const sys_days g = test::gregorian(row[0]);
    const test::ymd want = test::parse_ymd(row[1]);
    INFO(row[0] << " = " << row[1] << " (" << (row.size() > 4 ? row[4] : "") << ")");
    const jalali::year_month_day j{g};
    CHECK(test::fields(j) == want);
    const auto back = J(static_cast<int>(want.y), want.m, want.d);
    CHECK(back.ok());
    CHECK(sys_days{back} == g);
    ++checked;
  }
  CHECK(checked > 1000);
}

TEST_CASE("jalali: leap years 1206-1498 match the University of Tehran table", "[jalali][official]") {
  std::ifstream in(test::data_path("official_ut_leaps_1206_1498.txt"));
  REQUIRE(in);
  std::set<int> leaps;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words(line);
    int y = 0;
    while (words >> y) leaps.insert(y);
  }
  REQUIRE(leaps.size() > 60);
  for (int y = 1206; y <= 1498; ++y) {
    INFO("year " << y);
    CHECK(jalali::is_leap(jalali::year{y}) == (leaps.count(y) == 1));
    CHECK(jalali::last_day(jalali::year{y}, jalali::esfand) == date::day{leaps.count(y) ? 30U : 29U});
  }
  // The table's anchor.
  CHECK(sys_days{J(1206, 1, 1)} == G(1827, 3, 22));
}

TEST_CASE("jalali: Nowruz of every year 1-3000 equals ICU 78", "[jalali][nowruz]") {
  const auto rows = test::read_csv(test::data_path("nowruz_1_3000.csv"));
  REQUIRE(rows.size() == 3000);
  std::set<int> departures;
  for (const auto& row : rows) {
    const int y = std::stoi(row[0]);
    INFO("year " << y);
    CHECK(sys_days{J(y, 1, 1)} == test::gregorian(row[1]));
    CHECK(jalali::year_month_day{test::gregorian(row[1])} == J(y, 1, 1));
    if (row[1] != row[2]) departures.insert(y);
  }
  // Where the astronomical computation and ICU 78 part: 72 years before 1178
  // (ICU keeps the plain 33-year rule there) and 2584 (equinox 15 s before
  // noon, within ΔT's uncertainty). taqvim follows ICU 78 in both.
  CHECK(departures.size() == 73);
  CHECK(*departures.rbegin() == 2584);
  departures.erase(2584);
  CHECK(*departures.rbegin() < 1178);
}

TEST_CASE("jalali: Nowruz and leap years 1200-1700 match the equinox", "[jalali][astronomical]") {
  for (const auto& row : test::read_csv(test::data_path("nowruz_astronomical_1200_1700.csv"))) {
    const int y = std::stoi(row[0]);
    INFO("year " << y << " equinox " << row[2]);
    CHECK(sys_days{J(y, 1, 1)} == test::gregorian(row[1]));
    if (!row[5].empty()) CHECK(jalali::is_leap(jalali::year{y}) == (row[5] == "1"));
  }
}

TEST_CASE("jalali: 1404 is not shifted as under the 2820-year rule", "[jalali]") {
  // Hinnant's solar_hijri.h makes 1403 common and puts all of 1404 one day early.
  CHECK(J(1403, 12, 30).ok());
  CHECK(sys_days{J(1403, 12, 30)} == G(2025, 3, 20));
  CHECK(sys_days{J(1404, 1, 1)} == G(2025, 3, 21));
  CHECK(sys_days{J(1404, 12, 29)} == G(2026, 3, 20));
  CHECK(sys_days{J(1405, 1, 1)} == G(2026, 3, 21));
}

TEST_CASE("jalali: every day of years -32000..32000 round-trips and follows the previous", "[jalali][exhaustive]") {
  const sys_days first = J(jalali::year::min_value, 1, 1);
  const sys_days last = J(jalali::year::max_value, 12, 29);
  jalali::year_month_day prev{first - date::days{1}};
  long failures = 0;
  for (sys_days d = first; d <= last; d += date::days{1}) {
    const jalali::year_month_day j{d};
    const bool next_day = j.year() == prev.year() && j.month() == prev.month() &&
                          j.day() == prev.day() + date::days{1};
    const bool next_month = j.day() == date::day{1} &&
                            ((j.year() == prev.year() && j.month() == prev.month() + date::months{1}) ||
                             (j.year() == prev.year() + date::years{1} && j.month() == jalali::farvardin &&
                              prev.month() == jalali::esfand)) &&
                            prev.day() == jalali::last_day(prev.year(), prev.month());
    if (!j.ok() || sys_days{j} != d || !(next_day || next_month)) {
      if (++failures <= 5) FAIL_CHECK("day " << d.time_since_epoch().count());
    }
    prev = j;
  }
  CHECK(failures == 0);
}

TEST_CASE("jalali: validity of fields", "[jalali]") {
  CHECK(J(1403, 12, 30).ok());
  CHECK_FALSE(J(1402, 12, 30).ok());  // Esfand 30 of a common year
  CHECK_FALSE(J(1402, 13, 1).ok());
  CHECK_FALSE(J(1402, 0, 1).ok());
  CHECK_FALSE(J(1402, 1, 0).ok());
  CHECK_FALSE(J(1402, 1, 32).ok());
  CHECK_FALSE(J(1402, 7, 31).ok());
  CHECK(J(1402, 6, 31).ok());
  CHECK_FALSE(J(32001, 1, 1).ok());
  CHECK_FALSE(J(-32001, 1, 1).ok());
  CHECK(jalali::days_in_year(jalali::year{1403}) == 366);
  CHECK(jalali::days_in_year(jalali::year{1402}) == 365);
}

TEST_CASE("jalali: month and year arithmetic keeps the day, clamp_day lowers it", "[jalali]") {
  CHECK(J(1402, 11, 15) + date::months{2} == J(1403, 1, 15));
  CHECK(J(1402, 1, 15) - date::months{1} == J(1401, 12, 15));
  CHECK(J(1402, 5, 15) + date::months{-29} == J(1399, 12, 15));
  CHECK(J(1403, 12, 30) + date::years{1} == J(1404, 12, 30));
  const auto overflow = J(1402, 6, 31) + date::months{1};
  CHECK(overflow == J(1402, 7, 31));
  CHECK_FALSE(overflow.ok());
  CHECK(jalali::clamp_day(overflow) == J(1402, 7, 30));
  CHECK(jalali::clamp_day(J(1403, 12, 30) + date::years{1}) == J(1404, 12, 29));
  // A day past the month's end spills into the next month on conversion.
  CHECK(sys_days{overflow} == sys_days{J(1402, 8, 1)});
}

TEST_CASE("jalali: weekday comes from the day", "[jalali]") {
  // 15 Mordad 1402 was a Sunday (یکشنبه).
  CHECK(date::weekday{sys_days{J(1402, 5, 15)}} == date::Sunday);
}
