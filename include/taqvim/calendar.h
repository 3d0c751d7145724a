// All calendars behind one runtime switch, for code that learns the calendar
// from its input (a CLI flag, a month name found in text).
//
//   using namespace taqvim;
//   date_fields j{1402, 5, 15};
//   if (valid(calendar::jalali, j)) {
//     date::sys_days d = to_sys_days(calendar::jalali, j);            // 2023-08-06
//     date_fields h = from_sys_days(calendar::hijri_umm_al_qura, d);  // 1445-01-19
//   }
//
// The typed interfaces (date::year_month_day, jalali::year_month_day,
// hijri::year_month_day<Rule>) are the primary API; this header only
// dispatches to them.
#ifndef TAQVIM_CALENDAR_H
#define TAQVIM_CALENDAR_H

#include <taqvim/hijri.h>
#include <taqvim/jalali.h>

#include <date/date.h>

#include <string_view>
#include <type_traits>
#include <utility>

namespace taqvim {

enum class calendar : unsigned char {
  gregorian,          // proleptic Gregorian, date::year_month_day
  jalali,             // Solar Hijri, jalali::year_month_day
  hijri_umm_al_qura,  // hijri::year_month_day<hijri::umm_al_qura>
  hijri_iran,         // hijri::year_month_day<hijri::iran>
  hijri_civil,        // hijri::year_month_day<hijri::civil>
  hijri_tbla,         // hijri::year_month_day<hijri::tbla>
  hijri_umm_al_qura_printed,  // hijri::year_month_day<hijri::umm_al_qura_printed>
};

[[nodiscard]] constexpr bool is_hijri(calendar c) noexcept {
  return c != calendar::gregorian && c != calendar::jalali;
}

// A date as three plain numbers, in whichever calendar accompanies it.
struct date_fields {
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
  friend constexpr bool operator==(const date_fields& a, const date_fields& b) noexcept {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend constexpr bool operator!=(const date_fields& a, const date_fields& b) noexcept {
    return !(a == b);
  }
};

// The years every calendar accepts as valid. Past them a year is taken as
// absurd input; within them every date converts to a Gregorian date that
// date::year can hold. (A year's length differs between calendars, so the
// Hijri image of Gregorian 32000 is 32342 AH, which valid() rejects.)
inline constexpr int min_year = -32000;
inline constexpr int max_year = 32000;

namespace detail {
template <class T>
struct type_tag {
  using type = T;
};

template <class F>
constexpr auto visit(calendar c, F&& f) noexcept {
  switch (c) {
    case calendar::jalali: return f(type_tag<jalali::year_month_day>{});
    case calendar::hijri_umm_al_qura: return f(type_tag<hijri::year_month_day<hijri::umm_al_qura>>{});
    case calendar::hijri_iran: return f(type_tag<hijri::year_month_day<hijri::iran>>{});
    case calendar::hijri_civil: return f(type_tag<hijri::year_month_day<hijri::civil>>{});
    case calendar::hijri_tbla: return f(type_tag<hijri::year_month_day<hijri::tbla>>{});
    case calendar::hijri_umm_al_qura_printed:
      return f(type_tag<hijri::year_month_day<hijri::umm_al_qura_printed>>{});
    case calendar::gregorian: break;
  }
  return f(type_tag<date::year_month_day>{});
}

template <class YMD>
constexpr YMD make(const date_fields& x) noexcept {
  using year_t = decltype(std::declval<YMD>().year());
  using month_t = decltype(std::declval<YMD>().month());
  return YMD{year_t{x.year}, month_t{x.month}, date::day{x.day}};
}
}  // namespace detail

// Days in month `month` of `year`; 0 when the month is not 1..12 or the year
// is outside [min_year, max_year].
[[nodiscard]] constexpr unsigned month_length(calendar c, int year, unsigned month) noexcept {
  if (year < min_year || year > max_year || month < 1 || month > 12) return 0;
  return detail::visit(c, [&](auto tag) {
    using ymd_t = typename decltype(tag)::type;
    const auto f = detail::make<ymd_t>({year, month, 1});
    if constexpr (std::is_same_v<ymd_t, date::year_month_day>) {
      return static_cast<unsigned>((f.year() / f.month() / date::last).day());
    } else {
      return static_cast<unsigned>(clamp_day(ymd_t{f.year(), f.month(), date::day{255}}).day());
    }
  });
}

[[nodiscard]] constexpr bool valid(calendar c, const date_fields& x) noexcept {
  return x.day >= 1 && x.day <= month_length(c, x.year, x.month);
}

// Requires valid(c, x).
[[nodiscard]] constexpr date::sys_days to_sys_days(calendar c, const date_fields& x) noexcept {
  return detail::visit(c, [&](auto tag) {
    return date::sys_days{detail::make<typename decltype(tag)::type>(x)};
  });
}

[[nodiscard]] constexpr date_fields from_sys_days(calendar c, date::sys_days d) noexcept {
  return detail::visit(c, [&](auto tag) {
    const typename decltype(tag)::type r{d};
    return date_fields{static_cast<int>(r.year()), static_cast<unsigned>(r.month()),
                       static_cast<unsigned>(r.day())};
  });
}

// True when the date lies outside the table its calendar is defined by, and
// the value comes from a fallback rule (see hijri.h).
[[nodiscard]] constexpr bool approximate(calendar c, const date_fields& x) noexcept {
  return detail::visit(c, [&](auto tag) {
    using ymd_t = typename decltype(tag)::type;
    if constexpr (std::is_same_v<ymd_t, date::year_month_day> ||
                  std::is_same_v<ymd_t, jalali::year_month_day>) {
      return false;
    } else {
      return detail::make<ymd_t>(x).approximate();
    }
  });
}

// A user's Hijri adjustment: the Hijri calendars' dates moved `hijri_offset`
// days later (+1: 1 Ramadan 1445 AH, 2024-03-11 in Umm al-Qura, becomes
// 2024-03-12), as when a local sighting begins each month a day after the
// published calendar. Gregorian and Jalali are not moved. Months keep their
// lengths; only their first day moves. Requires valid(c, x).
[[nodiscard]] constexpr date::sys_days to_sys_days(calendar c, const date_fields& x, int hijri_offset) noexcept {
  return to_sys_days(c, x) + date::days{is_hijri(c) ? hijri_offset : 0};
}
[[nodiscard]] constexpr date_fields from_sys_days(calendar c, date::sys_days d, int hijri_offset) noexcept {
  return from_sys_days(c, d - date::days{is_hijri(c) ? hijri_offset : 0});
}

// Names used on the command line and in JSON: "gregorian", "jalali",
// "hijri" (Umm al-Qura as computed), "hijri-iran", "hijri-civil", "hijri-tbla",
// "hijri-printed" (Umm al-Qura as printed).
[[nodiscard]] constexpr std::string_view name(calendar c) noexcept {
  switch (c) {
    case calendar::gregorian: return "gregorian";
    case calendar::jalali: return "jalali";
    case calendar::hijri_umm_al_qura: return "hijri";
    case calendar::hijri_iran: return "hijri-iran";
    case calendar::hijri_civil: return "hijri-civil";
    case calendar::hijri_tbla: return "hijri-tbla";
    case calendar::hijri_umm_al_qura_printed: return "hijri-printed";
  }
  return "gregorian";
}

constexpr bool parse_calendar(std::string_view s, calendar& out) noexcept {
  for (calendar c : {calendar::gregorian, calendar::jalali, calendar::hijri_umm_al_qura,
                     calendar::hijri_iran, calendar::hijri_civil, calendar::hijri_tbla,
                     calendar::hijri_umm_al_qura_printed}) {
    if (s == name(c)) {
      out = c;
      return true;
    }
  }
  return false;
}

}  // namespace taqvim

#endif
