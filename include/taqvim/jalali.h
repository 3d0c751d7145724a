// The Jalali (Solar Hijri, Persian) calendar, as Iran officially keeps it.
//
//   using namespace taqvim;
//   jalali::year_month_day j{jalali::year{1402}, jalali::mordad, date::day{15}};
//   date::sys_days d = j;                       // 2023-08-06
//   jalali::year_month_day back{d};             // 1402-05-15
//   bool leap = jalali::is_leap(jalali::year{1403});   // true: Esfand 1403 has 30 days
//
// The official calendar starts each year on the day of the March equinox when
// the equinox falls before apparent noon at 52.5°E (Tehran time meridian), else
// on the next day. That rule is astronomical; this header reproduces it with
// integers: the 33-year arithmetic rule (leap when (25y + 11) mod 33 < 8, as in
// ICU) plus a table of the 78 years 1502..2987 AP in which the astronomical
// calendar moves a leap day one year later (from ICU 78, which matches the
// equinox computed with VSOP87 for every year 1178..3000 AP but 2584, a year
// that depends on the uncertainty of ΔT; see docs/calendars.md).
//
// Exact: 1206..1498 AP against the University of Tehran's official table, and
// 1..3000 AP against ICU 78. Outside 1..3000 the same rule continues
// proleptically; it is well defined, but no authority stands behind it.
#ifndef TAQVIM_JALALI_H
#define TAQVIM_JALALI_H

#include <taqvim/detail/fields.h>

#include <date/date.h>

#include <cstdint>

namespace taqvim {
namespace jalali {

struct year_tag;
struct month_tag;
using year = taqvim::detail::basic_year<year_tag>;
using month = taqvim::detail::basic_month<month_tag>;

inline constexpr month farvardin{1}, ordibehesht{2}, khordad{3}, tir{4}, mordad{5}, shahrivar{6},
    mehr{7}, aban{8}, azar{9}, dey{10}, bahman{11}, esfand{12};

namespace detail {

// Years c for which the astronomical calendar has c common and c+1 leap where
// the 33-year rule says the reverse. Source: ICU 78 persncal.cpp (the same
// 78 years as ICU4X's calendrical_calculations::persian), confirmed against
// the equinox computed with PyEphem in tests/data/nowruz_1_3000.csv.
inline constexpr short correction_years[] = {
    1502, 1601, 1634, 1667, 1700, 1733, 1766, 1799, 1832, 1865, 1898, 1931, 1964,
    1997, 2030, 2059, 2063, 2096, 2129, 2158, 2162, 2191, 2195, 2224, 2228, 2257,
    2261, 2290, 2294, 2323, 2327, 2356, 2360, 2389, 2393, 2422, 2426, 2455, 2459,
    2488, 2492, 2521, 2525, 2554, 2558, 2587, 2591, 2620, 2624, 2653, 2657, 2686,
    2690, 2719, 2723, 2748, 2752, 2756, 2781, 2785, 2789, 2818, 2822, 2847, 2851,
    2855, 2880, 2884, 2888, 2913, 2917, 2921, 2946, 2950, 2954, 2979, 2983, 2987};
inline constexpr int first_correction = 1502;
inline constexpr int last_correction = 2987;

// The same years as one bit per year, so that a lookup is a shift, not a search.
struct correction_set {
  std::uint64_t bits[(last_correction - first_correction) / 64 + 1] = {};
};
constexpr correction_set make_correction_set() noexcept {
  correction_set s{};
  for (short y : correction_years) {
    const unsigned i = static_cast<unsigned>(y - first_correction);
    s.bits[i / 64] |= std::uint64_t{1} << (i % 64);
  }
  return s;
}
inline constexpr correction_set corrections = make_correction_set();

constexpr bool corrected(std::int64_t y) noexcept {
  if (y < first_correction || y > last_correction) return false;
  const auto i = static_cast<unsigned>(y - first_correction);
  return (corrections.bits[i / 64] >> (i % 64)) & 1U;
}

// Day number (sys_days count) of 1 Farvardin 1 AP under the plain rule,
// minus the rule's own count for year 1, so that
// nowruz(y) = 365 (y - 1) + floor((8y + 21) / 33) + epoch.
inline constexpr std::int64_t epoch = -492268;

constexpr std::int64_t rule_nowruz(std::int64_t y) noexcept {
  return 365 * (y - 1) + taqvim::detail::floor_div(8 * y + 21, 33) + epoch;
}

constexpr std::int64_t nowruz(std::int64_t y) noexcept {
  return rule_nowruz(y) - (corrected(y - 1) ? 1 : 0);
}

constexpr bool is_leap(std::int64_t y) noexcept {
  if (corrected(y)) return false;
  if (corrected(y - 1)) return true;
  return taqvim::detail::floor_mod(25 * y + 11, 33) < 8;
}

// Days before month m (1-based) in any year: six months of 31, five of 30.
constexpr unsigned days_before_month(unsigned m) noexcept {
  return m <= 7 ? 31 * (m - 1) : 30 * (m - 1) + 6;
}

}  // namespace detail

[[nodiscard]] constexpr bool is_leap(year y) noexcept { return detail::is_leap(static_cast<int>(y)); }

[[nodiscard]] constexpr unsigned days_in_year(year y) noexcept { return is_leap(y) ? 366 : 365; }

// Length of month m of year y: 31, 30, or 29/30 for Esfand. 0 if m is not a month.
[[nodiscard]] constexpr date::day last_day(year y, month m) noexcept {
  const unsigned mu = static_cast<unsigned>(m);
  if (mu < 1 || mu > 12) return date::day{0};
  if (mu <= 6) return date::day{31};
  if (mu <= 11) return date::day{30};
  return date::day{is_leap(y) ? 30U : 29U};
}

class year_month_day : public taqvim::detail::ymd_operators<year_month_day, jalali::year, jalali::month> {
  jalali::year y_;
  jalali::month m_;
  date::day d_;

  static constexpr year_month_day from_days(std::int64_t z) noexcept {
    // The rule's year of day z (ICU's estimate is exact for the plain rule),
    // then the one-day shift of a corrected year boundary.
    std::int64_t y = 1 + taqvim::detail::floor_div(33 * (z - detail::epoch) + 3, 12053);
    std::int64_t doy = z - detail::rule_nowruz(y);
    if (detail::corrected(y - 1)) {
      doy += 1;
    } else if (doy == 365 && detail::corrected(y)) {
      y += 1;
      doy = 0;
    }
    const auto d = static_cast<unsigned>(doy);
    const unsigned m = d < 186 ? d / 31 + 1 : (d - 6) / 30 + 1;
    return year_month_day{jalali::year{static_cast<int>(y)}, jalali::month{m},
                          date::day{d - detail::days_before_month(m) + 1}};
  }

 public:
  year_month_day() = default;
  constexpr year_month_day(const jalali::year& y, const jalali::month& m,
                           const date::day& d) noexcept
      : y_(y), m_(m), d_(d) {}
  // Implicit, like date::year_month_day: a day converts to its calendar date.
  constexpr year_month_day(date::sys_days dp) noexcept
      : year_month_day(from_days(dp.time_since_epoch().count())) {}
  explicit constexpr year_month_day(date::local_days dp) noexcept
      : year_month_day(from_days(dp.time_since_epoch().count())) {}

  [[nodiscard]] constexpr jalali::year year() const noexcept { return y_; }
  [[nodiscard]] constexpr jalali::month month() const noexcept { return m_; }
  [[nodiscard]] constexpr date::day day() const noexcept { return d_; }

  [[nodiscard]] constexpr bool ok() const noexcept {
    return y_.ok() && m_.ok() && date::day{1} <= d_ && d_ <= last_day(y_, m_);
  }

  // Days since 1970-01-01. Fields that are not ok() still give a day: a day
  // past the month's end spills into the next month, and month 0 or 13 is
  // the previous December or the next January (as in date's arithmetic).
  [[nodiscard]] constexpr date::days to_days() const noexcept {
    int y = static_cast<int>(y_);
    unsigned m = static_cast<unsigned>(m_);
    if (!m_.ok()) taqvim::detail::add_months(y, m, 0);
    return date::days{static_cast<int>(detail::nowruz(y) + detail::days_before_month(m) +
                                       static_cast<unsigned>(d_) - 1)};
  }
  constexpr operator date::sys_days() const noexcept { return date::sys_days{to_days()}; }
  explicit constexpr operator date::local_days() const noexcept {
    return date::local_days{to_days()};
  }
  // Month and year arithmetic (+, -, +=, -= of date::months and date::years)
  // and comparisons come from detail::ymd_operators: the day is kept, so
  // 31 Shahrivar + 1 month is 31 Mehr, which is not ok(). Use clamp_day() to
  // take the month's last day instead, or convert to sys_days to let the day
  // spill into the next month.
};

// date.h's construction syntax: jalali::year{1402}/5/15, jalali::year{1402}/jalali::mordad/15.
using year_month = taqvim::detail::basic_year_month<jalali::year, jalali::month>;
[[nodiscard]] constexpr year_month operator/(const year& y, const month& m) noexcept { return {y, m}; }
[[nodiscard]] constexpr year_month operator/(const year& y, int m) noexcept {
  return {y, month{static_cast<unsigned>(m)}};
}
[[nodiscard]] constexpr year_month_day operator/(const year_month& ym, const date::day& d) noexcept {
  return {ym.year(), ym.month(), d};
}
[[nodiscard]] constexpr year_month_day operator/(const year_month& ym, int d) noexcept {
  return {ym.year(), ym.month(), date::day{static_cast<unsigned>(d)}};
}

// The same date with its day lowered to the month's last day where it is past it.
[[nodiscard]] constexpr year_month_day clamp_day(const year_month_day& ymd) noexcept {
  const date::day last = last_day(ymd.year(), ymd.month());
  return ymd.day() > last ? year_month_day{ymd.year(), ymd.month(), last} : ymd;
}

}  // namespace jalali
}  // namespace taqvim

#endif
