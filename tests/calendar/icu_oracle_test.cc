// ICU (the system's, 72 on Debian 12) as a differential oracle, where it is
// right: tabular Hijri, Umm al-Qura, and Jalali up to 1501 AP. Its known
// departures are asserted as departures.
#include <taqvim/hijri.h>
#include <taqvim/jalali.h>

#include <catch2/catch.hpp>
#include <unicode/ucal.h>
#include <unicode/uversion.h>

#include <memory>
#include <set>

#include "../support.h"

using namespace taqvim;
using date::sys_days;

namespace {

struct icu_calendar {
  std::unique_ptr<UCalendar, void (*)(UCalendar*)> cal{nullptr, ucal_close};
  explicit icu_calendar(const char* locale) {
    UErrorCode status = U_ZERO_ERROR;
    cal.reset(ucal_open(u"UTC", -1, locale, UCAL_DEFAULT, &status));
    REQUIRE(U_SUCCESS(status));
    // Proleptic Gregorian, so that ICU's day numbers match date::sys_days everywhere.
    ucal_setGregorianChange(cal.get(), -8.64e15, &status);
  }
  test::ymd fields(sys_days d) const {
    UErrorCode status = U_ZERO_ERROR;
    ucal_setMillis(cal.get(), static_cast<double>(d.time_since_epoch().count()) * 86400000.0, &status);
    test::ymd r{ucal_get(cal.get(), UCAL_EXTENDED_YEAR, &status),
                static_cast<unsigned>(ucal_get(cal.get(), UCAL_MONTH, &status) + 1),
                static_cast<unsigned>(ucal_get(cal.get(), UCAL_DATE, &status))};
    REQUIRE(U_SUCCESS(status));
    return r;
  }
};

template <class YMD>
long count_disagreements(const icu_calendar& icu, sys_days first, sys_days last) {
  long n = 0;
  for (sys_days d = first; d <= last; d += date::days{1}) {
    if (!(test::fields(YMD{d}) == icu.fields(d))) {
      if (++n <= 5) FAIL_CHECK("day " << d.time_since_epoch().count() << ": ICU " << test::to_string(icu.fields(d)));
    }
  }
  return n;
}

template <class R>
sys_days H(int y, unsigned m, unsigned d) {
  return hijri::year_month_day<R>{hijri::year{y}, hijri::month{m}, date::day{d}};
}

sys_days J(int y, unsigned m, unsigned d) {
  return jalali::year_month_day{jalali::year{y}, jalali::month{m}, date::day{d}};
}

}  // namespace

TEST_CASE("icu: tabular civil Hijri, every day of 1-3000 AH", "[icu][civil]") {
  icu_calendar icu("@calendar=islamic-civil");
  CHECK(count_disagreements<hijri::year_month_day<hijri::civil>>(icu, H<hijri::civil>(1, 1, 1),
                                                                 H<hijri::civil>(3000, 12, 29)) == 0);
}

TEST_CASE("icu: tabular tbla Hijri, every day of 1-3000 AH", "[icu][tbla]") {
  icu_calendar icu("@calendar=islamic-tbla");
  CHECK(count_disagreements<hijri::year_month_day<hijri::tbla>>(icu, H<hijri::tbla>(1, 1, 1),
                                                                H<hijri::tbla>(3000, 12, 29)) == 0);
}

TEST_CASE("icu: Umm al-Qura, every day of 1200-1700 AH", "[icu][umm_al_qura]") {
  // Inside 1300..1600 both use the KACST table; outside, ICU falls back to
  // the civil rule unshifted, and the civil rule happens to join the table
  // on both ends with no gap, so taqvim's anchored fallback agrees with it.
  icu_calendar icu("@calendar=islamic-umalqura");
  CHECK(count_disagreements<hijri::year_month_day<hijri::umm_al_qura>>(
            icu, H<hijri::umm_al_qura>(1200, 1, 1), H<hijri::umm_al_qura>(1700, 12, 29)) == 0);
}

TEST_CASE("icu: Jalali agrees with ICU 72 on every day of 1-1501 AP", "[icu][jalali]") {
  icu_calendar icu("@calendar=persian");
  CHECK(count_disagreements<jalali::year_month_day>(icu, J(1, 1, 1), J(1501, 12, 29)) == 0);
}

TEST_CASE("icu: ICU 72's plain 33-year rule departs from 1502 AP exactly where the corrections say",
          "[icu][jalali]") {
  // ICU up to 76 has no correction table: for each corrected year c it keeps
  // c leap and c+1 common, so its Nowruz of c+1 comes a day late and every
  // day of our year c+1 reads one day behind (our 1 Farvardin is its Esfand 30).
  icu_calendar icu("@calendar=persian");
  std::set<int> years_with_departures;
  for (sys_days d = J(1502, 1, 1); d <= J(3000, 12, 29); d += date::days{1}) {
    const jalali::year_month_day j{d};
    const test::ymd theirs = icu.fields(d);
    if (!(test::fields(j) == theirs)) {
      years_with_departures.insert(static_cast<int>(j.year()));
      // ICU is exactly one day behind: its date is our date's predecessor.
      const jalali::year_month_day prev{d - date::days{1}};
      const bool one_behind = test::fields(prev) == theirs ||
                              (theirs.y == static_cast<int>(prev.year()) && theirs.m == 12 && theirs.d == 30 &&
                               j.day() == date::day{1} && j.month() == jalali::farvardin);
      CHECK(one_behind);
    }
  }
  std::set<int> expected;
  for (short c : jalali::detail::correction_years) expected.insert(c + 1);
  CHECK(years_with_departures == expected);
}
