// The Hijri (Islamic lunar) calendar under four rules.
//
//   using namespace taqvim;
//   hijri::year_month_day<hijri::umm_al_qura> h{hijri::year{1444}, hijri::shawwal, date::day{1}};
//   date::sys_days d = h;                                   // 2023-04-21
//   hijri::year_month_day<hijri::iran> i{d};                // 1444-09-30: Iran began Shawwal a day later
//   bool table = !h.approximate();                          // true: inside the published table
//
// Rules:
//   umm_al_qura  Saudi Arabia's Umm al-Qura calendar as KACST computes it today,
//                1300..1600 AH (the table ICU carries, itself from KACST);
//                approximate before 1420 AH, where it is not what was printed.
//   umm_al_qura_printed
//                the Umm al-Qura calendar as printed and used, 1343..1450 AH;
//                from 1451 AH the same as umm_al_qura.
//   iran         Iran's official lunar calendar as published and observed,
//                1265/1..1448/9 AH (with 1448/10 starting 2027-03-10);
//                from 1448/10 on, Umm al-Qura's month lengths.
//   civil        tabular, type II leap years (2, 5, 7, 10, 13, 16, 18, 21, 24,
//                26, 29 of each 30), epoch Friday 16 July 622 (Julian).
//   tbla         the same tabular rule with the astronomical epoch, Thursday
//                15 July 622 (Julian).
//
// Outside a table a rule continues with its fallback (umm_al_qura → civil,
// iran and umm_al_qura_printed → umm_al_qura). Before the table the
// fallback's own dates stand, its last month stretched or cut to meet the
// table's first day when that leaves it 29 or 30 days long; otherwise, and
// after the table, the fallback is shifted by whole days so that it joins
// the table with no gap or overlap. Such dates report approximate() == true.
// Years use astronomical numbering: year 0 is 1 BH.
#ifndef TAQVIM_HIJRI_H
#define TAQVIM_HIJRI_H

#include <taqvim/detail/fields.h>
#include <taqvim/detail/hijri_tables.h>

#include <date/date.h>

#include <cstdint>
#include <type_traits>

namespace taqvim {
namespace hijri {

struct year_tag;
struct month_tag;
using year = taqvim::detail::basic_year<year_tag>;
using month = taqvim::detail::basic_month<month_tag>;

inline constexpr month muharram{1}, safar{2}, rabi_al_awwal{3}, rabi_al_thani{4},
    jumada_al_ula{5}, jumada_al_akhira{6}, rajab{7}, shaban{8}, ramadan{9}, shawwal{10},
    dhu_al_qada{11}, dhu_al_hijja{12};

namespace detail {

using taqvim::detail::floor_div;
using taqvim::detail::floor_mod;

struct fields {
  std::int64_t y;
  unsigned m;
  unsigned d;
};

// Type II tabular calendar: 11 leap years in 30, 10,631 days a cycle.
template <std::int64_t Epoch>
struct tabular {
  static constexpr bool is_leap(std::int64_t y) noexcept { return floor_mod(14 + 11 * y, 30) < 11; }
  static constexpr unsigned month_length(std::int64_t y, unsigned m) noexcept {
    return m == 12 ? (is_leap(y) ? 30U : 29U) : 30U - (m + 1) % 2;
  }
  static constexpr std::int64_t year_start(std::int64_t y) noexcept {
    return Epoch + 354 * (y - 1) + floor_div(3 + 11 * y, 30);
  }
  static constexpr std::int64_t to_days(std::int64_t y, unsigned m, unsigned d) noexcept {
    return year_start(y) + 29 * (m - 1) + m / 2 + d - 1;
  }
  static constexpr fields from_days(std::int64_t z) noexcept {
    const std::int64_t y = floor_div(30 * (z - Epoch) + 10646, 10631);
    const auto doy = static_cast<unsigned>(z - year_start(y));
    // Month m starts on day 29(m-1) + m/2 >= 29.5(m-1): the estimate is at
    // most one month late.
    unsigned m = doy * 2 / 59 + 1;
    if (m > 12) m = 12;
    if (doy < 29 * (m - 1) + m / 2) --m;
    return {y, m, doy - (29 * (m - 1) + m / 2) + 1};
  }
  static constexpr bool exact(std::int64_t, unsigned) noexcept { return true; }
};

constexpr unsigned popcount12(unsigned v) noexcept {
  v = v - ((v >> 1) & 0x555U);
  v = (v & 0x333U) + ((v >> 2) & 0x333U);
  return (((v + (v >> 4)) & 0xF0FU) * 0x101U >> 8) & 0xFFU;
}

// A published table of month starts, continued outside its range by a
// fallback rule shifted to join it seamlessly.
template <const table& T, class Fallback>
struct tabulated {
  static constexpr std::int64_t end_year = T.first_year + T.years - 1;

  static constexpr bool covered(std::int64_t y, unsigned m) noexcept {
    return y >= T.first_year && (y < end_year || (y == end_year && m <= T.last_year_months));
  }
  static constexpr bool exact(std::int64_t y, unsigned m) noexcept {
    return y >= T.first_year && (y < T.exact_year || (y == T.exact_year && m <= T.exact_month));
  }
  static constexpr std::int64_t entry_start(std::int64_t i) noexcept {
    return T.first_day + (T.data[i] >> 12);
  }
  static constexpr unsigned bits(std::int64_t i) noexcept { return T.data[i] & 0xFFFU; }
  static constexpr unsigned before_month(std::int64_t i, unsigned m) noexcept {
    return 29 * (m - 1) + popcount12(bits(i) & ((1U << (m - 1)) - 1));
  }
  static constexpr std::int64_t first_day() noexcept { return T.first_day; }
  static constexpr std::int64_t end_day() noexcept {
    return entry_start(T.years - 1) + before_month(T.years - 1, T.last_year_months + 1);
  }
  // The first month after the table: (end_year, last_year_months + 1) or the next year.
  static constexpr std::int64_t shift_after() noexcept {
    return T.last_year_months == 12 ? end_day() - Fallback::to_days(end_year + 1, 1, 1)
                                    : end_day() - Fallback::to_days(end_year, T.last_year_months + 1, 1);
  }
  // Before the table the fallback's own dates stand when its month before
  // the table's first day, stretched or cut to meet it, is still a month (29
  // or 30 days): as ICU continues Umm al-Qura and as historians convert
  // (1057 AH in Iran's calendar is the tabular 1057); else the fallback is
  // shifted to join the table.
  static constexpr std::int64_t boundary_start() noexcept { return Fallback::to_days(T.first_year - 1, 12, 1); }
  static constexpr bool meets_before() noexcept {
    return first_day() - boundary_start() >= 29 && first_day() - boundary_start() <= 30;
  }
  static constexpr std::int64_t shift_before() noexcept {
    return meets_before() ? 0 : first_day() - Fallback::to_days(T.first_year, 1, 1);
  }

  static constexpr unsigned month_length(std::int64_t y, unsigned m) noexcept {
    if (y == T.first_year - 1 && m == 12 && meets_before()) return static_cast<unsigned>(first_day() - boundary_start());
    if (!covered(y, m)) return Fallback::month_length(y, m);
    return 29U + ((bits(y - T.first_year) >> (m - 1)) & 1U);
  }
  static constexpr std::int64_t to_days(std::int64_t y, unsigned m, unsigned d) noexcept {
    if (covered(y, m)) {
      const std::int64_t i = y - T.first_year;
      return entry_start(i) + before_month(i, m) + d - 1;
    }
    return Fallback::to_days(y, m, d) + (y < T.first_year ? shift_before() : shift_after());
  }
  static constexpr fields from_days(std::int64_t z) noexcept {
    if (z < first_day() && z >= boundary_start() && meets_before())
      return {T.first_year - 1, 12, static_cast<unsigned>(z - boundary_start()) + 1};
    if (z < first_day()) return Fallback::from_days(z - shift_before());
    if (z >= end_day()) return Fallback::from_days(z - shift_after());
    // A mean year of 10631/30 days lands within one entry of the right one.
    std::int64_t i = (z - T.first_day) * 30 / 10631;
    if (i >= T.years) i = T.years - 1;
    if (entry_start(i) > z) --i;
    else if (i + 1 < T.years && entry_start(i + 1) <= z) ++i;
    const auto doy = static_cast<unsigned>(z - entry_start(i));
    unsigned m = doy / 30 + 1;  // never late; at most one month early
    if (m < 12 && before_month(i, m + 1) <= doy) ++m;
    return {T.first_year + i, m, doy - before_month(i, m) + 1};
  }
};

// A list of month starts (see month_list), continued outside it by a fallback
// rule shifted to join it seamlessly, as in tabulated.
template <const month_list& L, class Fallback>
struct listed {
  static constexpr std::int64_t index(std::int64_t y, unsigned m) noexcept {
    return (y - L.first_year) * 12 + m - 1;
  }
  static constexpr bool covered(std::int64_t y, unsigned m) noexcept {
    const std::int64_t i = index(y, m);
    return i >= 0 && i < L.months;
  }
  static constexpr std::int64_t first_day() noexcept { return L.starts[0]; }
  static constexpr std::int64_t end_day() noexcept { return L.starts[L.months]; }
  // As in tabulated: the fallback's own dates before the list where they meet it with a month.
  static constexpr std::int64_t boundary_start() noexcept { return Fallback::to_days(L.first_year - 1, 12, 1); }
  static constexpr bool meets_before() noexcept {
    return first_day() - boundary_start() >= 29 && first_day() - boundary_start() <= 30;
  }
  static constexpr std::int64_t shift_before() noexcept {
    return meets_before() ? 0 : first_day() - Fallback::to_days(L.first_year, 1, 1);
  }
  static constexpr std::int64_t shift_after() noexcept {
    const std::int64_t n = L.months;
    return end_day() - Fallback::to_days(L.first_year + n / 12, static_cast<unsigned>(n % 12) + 1, 1);
  }
  static constexpr unsigned month_length(std::int64_t y, unsigned m) noexcept {
    if (y == L.first_year - 1 && m == 12 && meets_before()) return static_cast<unsigned>(first_day() - boundary_start());
    if (!covered(y, m)) return Fallback::month_length(y, m);
    const std::int64_t i = index(y, m);
    return static_cast<unsigned>(L.starts[i + 1] - L.starts[i]);
  }
  static constexpr std::int64_t to_days(std::int64_t y, unsigned m, unsigned d) noexcept {
    if (covered(y, m)) return L.starts[index(y, m)] + d - 1;
    return Fallback::to_days(y, m, d) + (y < L.first_year ? shift_before() : shift_after());
  }
  static constexpr fields from_days(std::int64_t z) noexcept {
    if (z < first_day() && z >= boundary_start() && meets_before())
      return {L.first_year - 1, 12, static_cast<unsigned>(z - boundary_start()) + 1};
    if (z < first_day()) return Fallback::from_days(z - shift_before());
    if (z >= end_day()) return Fallback::from_days(z - shift_after());
    // A mean month of 10631/360 days lands within a month or two of the
    // right one; the walk settles it.
    std::int64_t i = (z - first_day()) * 360 / 10631;
    if (i >= L.months) i = L.months - 1;
    while (L.starts[i] > z) --i;
    while (L.starts[i + 1] <= z) ++i;
    return {L.first_year + i / 12, static_cast<unsigned>(i % 12) + 1,
            static_cast<unsigned>(z - L.starts[i]) + 1};
  }
};

// 1 Muharram 1 AH: Friday 16 July 622 Julian = 19 July 622 proleptic Gregorian.
inline constexpr std::int64_t civil_epoch =
    date::sys_days{date::year{622} / date::July / 19}.time_since_epoch().count();

}  // namespace detail

struct civil : detail::tabular<detail::civil_epoch> {};
struct tbla : detail::tabular<detail::civil_epoch - 1> {};
// KACST's computed table is a recomputation: before 1420 AH the calendar
// printed and used at the time (umm_al_qura_printed) differs from it in 529
// of the 924 months of 1343..1419, so those years are approximate here.
struct umm_al_qura : detail::tabulated<detail::umm_al_qura_table, civil> {
  static constexpr int first_as_used = 1420;
  static constexpr bool exact(std::int64_t y, unsigned m) noexcept {
    return y >= first_as_used && tabulated::exact(y, m);
  }
};
struct iran : detail::tabulated<detail::iran_table, umm_al_qura> {};
// The Umm al-Qura calendar as printed and used: 1343..1450 AH from the
// newspaper's mastheads, the KFUPM comparison calendar and the official
// comparative calendar books (some months of 28 or 31 days); from 1451 AH
// the computed table, which it meets without a shift; before 1343 the
// computed table shifted to join it (approximate).
struct umm_al_qura_printed : detail::listed<detail::umm_al_qura_printed_table, umm_al_qura> {
  static constexpr bool exact(std::int64_t y, unsigned m) noexcept {
    return y >= detail::umm_al_qura_printed_table.first_year &&
           (covered(y, m) || umm_al_qura::exact(y, m));
  }
};
static_assert(umm_al_qura_printed::shift_after() == 0,
              "the printed edition hands over to the computed table without a shift");

// The requirements of a Hijri rule, the Rule of year_month_day<Rule>: a type
// with these static constexpr noexcept functions, for any year y and month
// m in 1..12 (days counted from 1970-01-01):
//   month_length(std::int64_t y, unsigned m) -> unsigned   29 or 30 (28..31 as printed)
//   to_days(std::int64_t y, unsigned m, unsigned d) -> std::int64_t
//       the day of (y, m, d); a day past the month's end counts on
//   from_days(std::int64_t z) -> hijri::rule_fields       the date of day z
//   exact(std::int64_t y, unsigned m) -> bool              false where the value is approximate
// and from_days(to_days(y, m, d)) == {y, m, d} for every valid date. Every
// rule here meets them; a user's rule (a country's table, say) that does can
// be used everywhere a built-in one can, except the runtime `calendar` enum.
using rule_fields = detail::fields;

template <class R, class = void>
struct is_rule : std::false_type {};
template <class R>
struct is_rule<R, std::void_t<decltype(unsigned{R::month_length(std::int64_t{}, 1U)}),
                              decltype(std::int64_t{R::to_days(std::int64_t{}, 1U, 1U)}),
                              decltype(rule_fields{R::from_days(std::int64_t{})}),
                              decltype(bool{R::exact(std::int64_t{}, 1U)})>>
    : std::bool_constant<noexcept(R::to_days(std::int64_t{}, 1U, 1U)) && noexcept(R::from_days(std::int64_t{}))> {};
template <class R>
inline constexpr bool is_rule_v = is_rule<R>::value;

template <class Rule>
class year_month_day;

template <class Rule>
[[nodiscard]] constexpr date::day last_day(year y, month m) noexcept {
  const unsigned mu = static_cast<unsigned>(m);
  if (mu < 1 || mu > 12) return date::day{0};
  return date::day{Rule::month_length(static_cast<int>(y), mu)};
}

template <class Rule>
[[nodiscard]] constexpr unsigned days_in_year(year y) noexcept {
  const std::int64_t yy = static_cast<int>(y);
  return static_cast<unsigned>(Rule::to_days(yy + 1, 1, 1) - Rule::to_days(yy, 1, 1));
}

// A leap year has 355 days (Dhu al-Hijja of 30 days in the tabular rules).
template <class Rule>
[[nodiscard]] constexpr bool is_leap(year y) noexcept {
  return days_in_year<Rule>(y) == 355;
}

template <class Rule>
class year_month_day : public taqvim::detail::ymd_operators<year_month_day<Rule>, hijri::year, hijri::month> {
  static_assert(is_rule_v<Rule>, "Rule must meet the Hijri rule requirements (see is_rule above)");

  hijri::year y_;
  hijri::month m_;
  date::day d_;

  static constexpr year_month_day from_days(std::int64_t z) noexcept {
    const detail::fields f = Rule::from_days(z);
    return {hijri::year{static_cast<int>(f.y)}, hijri::month{f.m}, date::day{f.d}};
  }

 public:
  using rule = Rule;

  year_month_day() = default;
  constexpr year_month_day(const hijri::year& y, const hijri::month& m, const date::day& d) noexcept
      : y_(y), m_(m), d_(d) {}
  constexpr year_month_day(date::sys_days dp) noexcept
      : year_month_day(from_days(dp.time_since_epoch().count())) {}
  explicit constexpr year_month_day(date::local_days dp) noexcept
      : year_month_day(from_days(dp.time_since_epoch().count())) {}

  [[nodiscard]] constexpr hijri::year year() const noexcept { return y_; }
  [[nodiscard]] constexpr hijri::month month() const noexcept { return m_; }
  [[nodiscard]] constexpr date::day day() const noexcept { return d_; }

  [[nodiscard]] constexpr bool ok() const noexcept {
    return y_.ok() && m_.ok() && date::day{1} <= d_ && d_ <= last_day<Rule>(y_, m_);
  }
  // True when the rule's own table does not cover this month and the value
  // comes from its fallback (see the rules above). Always false for tabular rules.
  [[nodiscard]] constexpr bool approximate() const noexcept {
    return !Rule::exact(static_cast<int>(y_), static_cast<unsigned>(m_));
  }

  // Days since 1970-01-01. Fields that are not ok() still give a day: a day
  // past the month's end spills into the next month, and month 0 or 13 is
  // the previous Dhu al-Hijja or the next Muharram.
  [[nodiscard]] constexpr date::days to_days() const noexcept {
    int y = static_cast<int>(y_);
    unsigned m = static_cast<unsigned>(m_);
    if (!m_.ok()) taqvim::detail::add_months(y, m, 0);
    return date::days{static_cast<int>(Rule::to_days(y, m, static_cast<unsigned>(d_)))};
  }
  constexpr operator date::sys_days() const noexcept { return date::sys_days{to_days()}; }
  explicit constexpr operator date::local_days() const noexcept {
    return date::local_days{to_days()};
  }
  // Month and year arithmetic and comparisons: detail::ymd_operators, as for
  // jalali::year_month_day (the day is kept; see clamp_day()).
};

// date.h's construction syntax. A Hijri date names its rule where it becomes
// a day:
//   hijri::year_month_day<hijri::umm_al_qura> h = hijri::year{1445}/9/1;
//   auto i = hijri::year{1445}/hijri::ramadan/1;   // fields, no rule yet
//   date::sys_days d = i.in<hijri::iran>();
using year_month = taqvim::detail::basic_year_month<hijri::year, hijri::month>;

class year_month_day_fields {
  hijri::year y_;
  hijri::month m_;
  date::day d_;

 public:
  constexpr year_month_day_fields(const hijri::year& y, const hijri::month& m, const date::day& d) noexcept
      : y_(y), m_(m), d_(d) {}
  [[nodiscard]] constexpr hijri::year year() const noexcept { return y_; }
  [[nodiscard]] constexpr hijri::month month() const noexcept { return m_; }
  [[nodiscard]] constexpr date::day day() const noexcept { return d_; }
  template <class Rule>
  [[nodiscard]] constexpr year_month_day<Rule> in() const noexcept {
    return {y_, m_, d_};
  }
  template <class Rule>
  constexpr operator year_month_day<Rule>() const noexcept {
    return in<Rule>();
  }
};

[[nodiscard]] constexpr year_month operator/(const year& y, const month& m) noexcept { return {y, m}; }
[[nodiscard]] constexpr year_month operator/(const year& y, int m) noexcept {
  return {y, month{static_cast<unsigned>(m)}};
}
[[nodiscard]] constexpr year_month_day_fields operator/(const year_month& ym, const date::day& d) noexcept {
  return {ym.year(), ym.month(), d};
}
[[nodiscard]] constexpr year_month_day_fields operator/(const year_month& ym, int d) noexcept {
  return {ym.year(), ym.month(), date::day{static_cast<unsigned>(d)}};
}

template <class Rule>
[[nodiscard]] constexpr year_month_day<Rule> clamp_day(const year_month_day<Rule>& ymd) noexcept {
  const date::day last = last_day<Rule>(ymd.year(), ymd.month());
  return ymd.day() > last ? year_month_day<Rule>{ymd.year(), ymd.month(), last} : ymd;
}

}  // namespace hijri
}  // namespace taqvim

#endif
