#include <taqvim/calendar.h>
#include <taqvim/hijri_month_table.h>

#include <catch2/catch.hpp>

#include <type_traits>

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
                     calendar::hijri_iran, calendar::hijri_civil, calendar::hijri_tbla,
                     calendar::hijri_umm_al_qura_printed}) {
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
  CHECK(approximate(calendar::hijri_umm_al_qura, {1400, 1, 1}));
  CHECK_FALSE(approximate(calendar::hijri_umm_al_qura_printed, {1400, 1, 1}));
  CHECK(name(calendar::hijri_umm_al_qura_printed) == "hijri-printed");
  CHECK(is_hijri(calendar::hijri_umm_al_qura_printed));
  CHECK_FALSE(is_hijri(calendar::jalali));
  CHECK_FALSE(is_hijri(calendar::gregorian));
}

TEST_CASE("calendar: a user's Hijri offset moves Hijri days only", "[calendar]") {
  // 1 Ramadan 1445 AH: 2024-03-11 in Umm al-Qura (ICU); +1 is the day after.
  const date::sys_days ramadan = date::sys_days{date::year{2024} / 3 / 11};
  CHECK(to_sys_days(calendar::hijri_umm_al_qura, {1445, 9, 1}, 0) == ramadan);
  CHECK(to_sys_days(calendar::hijri_umm_al_qura, {1445, 9, 1}, 1) == ramadan + date::days{1});
  CHECK(to_sys_days(calendar::hijri_umm_al_qura, {1445, 9, 1}, -2) == ramadan - date::days{2});
  CHECK(from_sys_days(calendar::hijri_umm_al_qura, ramadan + date::days{1}, 1) == date_fields{1445, 9, 1});
  CHECK(from_sys_days(calendar::hijri_umm_al_qura, ramadan, 1) == date_fields{1445, 8, 29});
  CHECK(to_sys_days(calendar::gregorian, {2024, 3, 11}, 2) == ramadan);
  CHECK(from_sys_days(calendar::jalali, ramadan, -1) == date_fields{1402, 12, 21});
}

TEST_CASE("calendar: a Hijri month table read at run time", "[calendar][table]") {
  std::string why;
  // A sighting a day after Umm al-Qura's 1 Ramadan 1445 (2024-03-11), a 30-day Ramadan.
  const auto t = hijri_month_table::parse("# sightings\n1445/9 2024-03-12\n*1445/10 2024-04-11 # Eid\n\n1445/11 2024-05-10\n",
                                          calendar::hijri_umm_al_qura, why);
  REQUIRE(t);
  const auto G = [](int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / date::month{m} / date::day{d}}; };
  CHECK(t->to_sys_days({1445, 9, 1}) == G(2024, 3, 12));
  CHECK(t->month_length(1445, 9) == 30);
  CHECK(t->month_length(1445, 10) == 29);
  CHECK(t->from_sys_days(G(2024, 4, 10)) == date_fields{1445, 9, 30});
  CHECK(t->from_sys_days(G(2024, 4, 11)) == date_fields{1445, 10, 1});
  CHECK_FALSE(t->approximate({1445, 10, 29}));
  // Outside: Umm al-Qura, moved to join (1445/11 starts on the file's last day).
  CHECK(t->to_sys_days({1445, 11, 1}) == G(2024, 5, 10));
  CHECK(t->approximate({1445, 11, 1}));
  // Before: Umm al-Qura's own starts (tests/data/umalqura_month_starts.csv: 1445/7 2024-01-13,
  // 1445/8 2024-02-11), its Sha'ban of 29 days stretched to 30 to meet the file's first start.
  CHECK(t->to_sys_days({1445, 8, 1}) == G(2024, 2, 11));
  CHECK(t->month_length(1445, 8) == 30);
  CHECK(t->from_sys_days(G(2024, 3, 11)) == date_fields{1445, 8, 30});
  CHECK(t->approximate({1445, 8, 1}));
  CHECK(t->to_sys_days({1445, 7, 1}) == G(2024, 1, 13));
  CHECK(t->from_sys_days(G(2024, 2, 10)) == date_fields{1445, 7, 29});
  CHECK(t->valid({1445, 9, 30}));
  CHECK_FALSE(t->valid({1445, 10, 30}));
  // Every day of ten years round-trips and follows the previous.
  date_fields prev = t->from_sys_days(G(2020, 1, 1));
  for (date::sys_days d = G(2020, 1, 2); d < G(2030, 1, 1); d += date::days{1}) {
    const date_fields f = t->from_sys_days(d);
    REQUIRE(t->valid(f));
    REQUIRE(t->to_sys_days(f) == d);
    const bool next = (f.day == prev.day + 1 && f.month == prev.month) ||
                      (f.day == 1 && prev.day == t->month_length(prev.year, prev.month));
    REQUIRE(next);
    prev = f;
  }
  CHECK_FALSE(hijri_month_table::parse("1445/9 2024-03-12\n", calendar::hijri_umm_al_qura, why));
  CHECK_FALSE(hijri_month_table::parse("1445/9 2024-03-12\n1445/11 2024-04-11\n", calendar::hijri_umm_al_qura, why));
  CHECK(why == "1445/11: months must be consecutive, one line each");
  CHECK_FALSE(hijri_month_table::parse("1445/9 2024-03-12\n1445/10 2024-02-30\n", calendar::hijri_umm_al_qura, why));
  CHECK(why == "line 2: not a Gregorian date");
  CHECK_FALSE(hijri_month_table::parse("1445/9 2024-03-12\n1445/10 2024-04-11\n", calendar::jalali, why));
  CHECK_FALSE(hijri_month_table::parse("", calendar::hijri_umm_al_qura, why));
  CHECK(why == "no month starts");
}

// date.h's construction syntax, and the operators written once for all calendars.
static_assert(jalali::year_month_day{jalali::year{1402} / 5 / 15} ==
              jalali::year_month_day{jalali::year{1402}, jalali::mordad, date::day{15}});
static_assert(date::sys_days{jalali::year{1402} / jalali::mordad / 15} == date::sys_days{date::year{2023} / 8 / 6});
static_assert(jalali::year{1402} / 12 / 30 + date::months{1} == jalali::year{1403} / 1 / 30);
static_assert(date::years{1} + jalali::year_month_day{jalali::year{1402} / 1 / 1} > jalali::year{1402} / 12 / 29);
static_assert(date::sys_days{hijri::year_month_day<hijri::umm_al_qura>{hijri::year{1445} / 9 / 1}} ==
              date::sys_days{date::year{2024} / 3 / 11});
static_assert(date::sys_days{(hijri::year{1444} / hijri::shawwal / 1).in<hijri::iran>()} ==
              date::sys_days{date::year{2023} / 4 / 22});
static_assert(hijri::is_rule_v<hijri::umm_al_qura> && hijri::is_rule_v<hijri::umm_al_qura_printed> &&
              hijri::is_rule_v<hijri::iran> && hijri::is_rule_v<hijri::civil> && hijri::is_rule_v<hijri::tbla>);
static_assert(!hijri::is_rule_v<int>);

namespace {
// A rule of the user's own: the civil calendar a day late, as a country
// whose sightings trail the tabular calendar might keep it.
struct civil_plus_one {
  static constexpr unsigned month_length(std::int64_t y, unsigned m) noexcept { return hijri::civil::month_length(y, m); }
  static constexpr std::int64_t to_days(std::int64_t y, unsigned m, unsigned d) noexcept {
    return hijri::civil::to_days(y, m, d) + 1;
  }
  static constexpr hijri::rule_fields from_days(std::int64_t z) noexcept { return hijri::civil::from_days(z - 1); }
  static constexpr bool exact(std::int64_t, unsigned) noexcept { return true; }
};
static_assert(hijri::is_rule_v<civil_plus_one>);
}  // namespace

TEST_CASE("calendar: a user's Hijri rule plugs into year_month_day", "[calendar][rule]") {
  using mine = hijri::year_month_day<civil_plus_one>;
  using civil = hijri::year_month_day<hijri::civil>;
  const mine m = hijri::year{1445} / 9 / 1;
  CHECK(date::sys_days{m} == date::sys_days{civil{hijri::year{1445} / 9 / 1}} + date::days{1});
  CHECK(mine{date::sys_days{m}} == m);
  CHECK((m + date::months{3}).month() == hijri::dhu_al_hijja);
  CHECK(hijri::last_day<civil_plus_one>(hijri::year{1445}, hijri::ramadan) == date::day{30});
  CHECK(hijri::clamp_day(mine{hijri::year{1445} / 10 / 30}).day() == date::day{29});
}

TEST_CASE("calendar types are small value types", "[calendar][traits]") {
  using namespace taqvim;
  static_assert(std::is_trivially_copyable_v<jalali::year_month_day>);
  static_assert(std::is_trivially_copyable_v<hijri::year_month_day<hijri::umm_al_qura>>);
  static_assert(std::is_trivially_copyable_v<hijri::year_month_day<hijri::iran>>);
  static_assert(std::is_trivially_copyable_v<hijri::year_month_day<hijri::civil>>);
  static_assert(std::is_trivially_copyable_v<date_fields>);
  static_assert(std::is_nothrow_default_constructible_v<jalali::year_month_day>);
  static_assert(std::is_standard_layout_v<date_fields>);
  constexpr jalali::year_month_day j{jalali::year{1402}, jalali::month{5}, date::day{15}};
  static_assert(j.ok());
  constexpr date::sys_days d = j;
  static_assert(d == date::sys_days{date::year{2023} / 8 / 6});
  SUCCEED();
}
