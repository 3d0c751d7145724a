#include <taqvim/calendar.h>

#include <catch2/catch.hpp>

#include "../support.h"

using namespace taqvim;

static_assert(month_length(calendar::jalali, 1403, 12) == 30);
static_assert(month_length(calendar::jalali, 1402, 12) == 29);
static_assert(month_length(calendar::gregorian, 2024, 2) == 29);
static_assert(!valid(calendar::jalali, {1402, 12, 30}));
static_assert(to_sys_days(calendar::jalali, {1402, 5, 15}) == date::sys_days{date::year{2023} / 8 / 6});

TEST_CASE("calendar: runtime dispatch agrees with gold_days.csv", "[calendar][gold]") {
  for (const auto& row : test::read_csv(test::data_path("gold_days.csv"))) {
    const date::sys_days g = test::gregorian(row[0]);
    const struct {
      std::size_t column;
      calendar cal;
    } cols[] = {{1, calendar::jalali}, {2, calendar::hijri_umm_al_qura}, {3, calendar::hijri_civil}};
    for (const auto& c : cols) {
      if (row.size() <= c.column || row[c.column].empty()) continue;
      const test::ymd w = test::parse_ymd(row[c.column]);
      const date_fields want{static_cast<int>(w.y), w.m, w.d};
      INFO(row[0] << " " << name(c.cal));
      CHECK(valid(c.cal, want));
      CHECK(from_sys_days(c.cal, g) == want);
      CHECK(to_sys_days(c.cal, want) == g);
      CHECK(from_sys_days(calendar::gregorian, to_sys_days(c.cal, want)) ==
            date_fields{static_cast<int>(test::parse_ymd(row[0]).y), test::parse_ymd(row[0]).m,
                        test::parse_ymd(row[0]).d});
    }
  }
}

TEST_CASE("calendar: names and bounds", "[calendar]") {
  for (calendar c : {calendar::gregorian, calendar::jalali, calendar::hijri_umm_al_qura,
                     calendar::hijri_iran, calendar::hijri_civil, calendar::hijri_tbla}) {
    calendar back{};
    CHECK(parse_calendar(name(c), back));
    CHECK(back == c);
    CHECK(month_length(c, max_year + 1, 1) == 0);
    CHECK(month_length(c, min_year - 1, 1) == 0);
    CHECK(month_length(c, 1445, 0) == 0);
    CHECK(month_length(c, 1445, 13) == 0);
    CHECK_FALSE(valid(c, {1445, 1, 0}));
    // The extreme dates of every calendar stay inside date::year's range in Gregorian.
    const auto lo = from_sys_days(calendar::gregorian, to_sys_days(c, {min_year, 1, 1}));
    const auto hi = from_sys_days(calendar::gregorian, to_sys_days(c, {max_year, 12, month_length(c, max_year, 12)}));
    CHECK(lo.year >= -32767);
    CHECK(lo.year <= -30000);
    CHECK(hi.year <= 32767);
    CHECK(hi.year >= 30000);
  }
  calendar x{};
  CHECK_FALSE(parse_calendar("persian", x));
  CHECK(approximate(calendar::hijri_umm_al_qura, {1601, 1, 1}));
  CHECK_FALSE(approximate(calendar::hijri_umm_al_qura, {1445, 1, 1}));
  CHECK_FALSE(approximate(calendar::jalali, {9000, 1, 1}));
}
