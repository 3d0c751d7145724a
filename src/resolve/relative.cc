#include "resolve/relative.h"

#include <algorithm>
#include <stdexcept>

#include "lexicon/lexicon.h"
#include "resolve/years.h"

namespace taqvim {
namespace resolve {

using grammar::shape;
using grammar::system;

namespace {
// The zones of the Maghreb's countries, whose Arabic has عشية for the afternoon.
bool maghreb(std::string_view zone) noexcept {
  return zone == "Africa/Tunis" || zone == "Africa/Algiers" || zone == "Africa/Casablanca" ||
         zone == "Africa/El_Aaiun" || zone == "Africa/Tripoli" || zone == "Africa/Nouakchott";
}
}  // namespace

void set_time(const grammar::expression& p, const context& ctx, match& m) {
  if (p.hour < 0) return;
  m.seconds = p.hour * 3600 + p.minute * 60 + (p.second > 0 ? p.second : 0);
  m.granularity = p.second >= 0 ? granularity::second : granularity::minute;
  // A zone written in the text wins over the options' (SCHEMA).
  if (p.zone_offset != grammar::expression::no_offset) {
    m.offset_minutes = p.zone_offset;
    return;
  }
  const date::time_zone* zone = ctx.zone;
  if (p.zone >= 0) {
    try {
      zone = date::locate_zone(lexicon::zone_name(p.zone));
    } catch (const std::runtime_error&) {
      // A tz database without that zone: the options' zone (a ctest checks
      // that the installed database has every zone of the lexicon).
    }
  }
  const date::local_seconds local{date::local_days{m.first.time_since_epoch()} + std::chrono::seconds{m.seconds}};
  const date::local_info info = zone->get_info(local);
  m.offset_minutes = static_cast<std::int32_t>(info.first.offset.count() / 60);
  if (info.result == date::local_info::nonexistent) m.flags |= flag_tz_gap;
  if (info.result == date::local_info::ambiguous) m.flags |= flag_tz_overlap;
}

void relative_time(const grammar::expression& p, const context& ctx, match& m) {
  const reference_day& ref = ctx.ref;
  const auto unresolved = [&m](unsigned month, unsigned day) { mark_unresolved(m, month, day); };
  // ۵ دقیقه پیش, منذ ساعتين: that far from the reference's moment, told
  // in the zone of clock times. A reference without a clock time gives
  // no moment to count from.
  m.calendar = written_calendar::relative;
  if (!ref.known || !ref.has_time) return unresolved(0, 0);
  const date::local_seconds local{date::local_days{ref.day.time_since_epoch()} + std::chrono::seconds{ref.seconds}};
  date::sys_seconds at;
  if (ref.has_offset) {
    at = date::sys_seconds{local.time_since_epoch()} - std::chrono::minutes{ref.offset_minutes};
  } else {
    const date::local_info info = ctx.zone->get_info(local);
    at = date::sys_seconds{local.time_since_epoch()} - info.first.offset;
  }
  at += std::chrono::minutes{p.offset};
  const date::sys_info info = ctx.zone->get_info(at);
  const date::local_seconds there{at.time_since_epoch() + info.offset};
  const date::local_days day = date::floor<date::days>(there);
  m.first = m.last = day;
  m.seconds = static_cast<std::int32_t>((there - day).count());
  m.seconds -= m.seconds % 60;  // to the minute, as the value is written
  m.offset_minutes = static_cast<std::int32_t>(info.offset.count() / 60);
  m.granularity = p.in_hours ? granularity::hour : granularity::minute;
  return;
}

void relative(const grammar::expression& p, const context& ctx, match& m) {
  const reference_day& ref = ctx.ref;
  const auto unresolved = [&m](unsigned month, unsigned day) { mark_unresolved(m, month, day); };
  m.calendar = written_calendar::relative;
  if (!ref.known) return unresolved(0, 0);
  const date::sys_days r = ref.day;
  if (p.s == shape::relative_day || p.s == shape::time_only) {
    m.first = m.last = local(r + date::days{p.offset});
    if (p.days_span) m.last = local(r + date::days{p.offset2});  // از امروز تا فردا
    m.granularity = granularity::day;
    if (p.weekday >= 0 && date::weekday{m.first}.c_encoding() != static_cast<unsigned>(p.weekday)) {
      m.flags |= flag_weekday_mismatch;
      // اليوم الجمعة on a page dated Saturday: written the day before it was
      // dated (or after, across a zone's midnight); the weekday names the day.
      const date::sys_days d = r + date::days{p.offset};
      for (const int k : {-1, 1})
        if (p.offset == 0 && !p.days_span && date::weekday{d + date::days{k}}.c_encoding() == static_cast<unsigned>(p.weekday)) {
          m.first = m.last = local(d + date::days{k});
          break;
        }
    }
    set_time(p, ctx, m);
    return;
  }
  if (p.counted && p.s != shape::relative_day) {
    // N units ago or later: the day that far from the reference, months
    // and years counted in the text's calendar, the day of the month
    // kept where the month has it (SCHEMA).
    const calendar c = ctx.lang->relative_calendar;
    date::sys_days d = r + date::weeks{p.offset};
    m.granularity = granularity::week;
    if (p.s != shape::relative_week) {
      date_fields f = from_sys_days(c, r);
      if (p.s == shape::relative_month) {
        taqvim::detail::add_months(f.year, f.month, p.offset);
        m.granularity = granularity::month;
      } else {
        f.year += p.offset;
        m.granularity = granularity::year;
      }
      if (f.year < min_year || f.year > max_year) return unresolved(0, 0);
      f.day = std::min(f.day, month_length(c, f.year, f.month));
      d = to_sys_days(c, f);
    }
    if (p.counted_days != 0) {  // منذ شهر و21 يوما: then the days
      d += date::days{p.counted_days};
      m.granularity = granularity::day;
    }
    m.first = m.last = local(d);
    return;
  }
  if (p.s == shape::relative_week) {
    // Weeks start on Saturday.
    const unsigned since_saturday = (date::weekday{r} - date::Saturday).count();
    m.first = local(r - date::days{since_saturday} + date::weeks{p.offset});
    m.last = m.first + date::days{6};
    m.granularity = granularity::week;
    return;
  }
  if (p.s == shape::weekday) {
    const date::weekday w{static_cast<unsigned>(p.weekday)};
    date::sys_days d = r;
    if (p.in_week) {
      // The week `offset` weeks from the reference's, from its first day.
      const date::sys_days start = r - (date::weekday{r} - ctx.lang->week_start) + date::weeks{p.offset};
      d = start + (w - ctx.lang->week_start);
    } else if (p.qualifier < 0 && p.qualifier != grammar::expression::nearest) {
      d = r - date::days{1} - (date::weekday{r - date::days{1}} - w) + date::weeks{p.qualifier + 1};
    } else if (p.qualifier > 0 && p.qualifier != grammar::expression::nearest) {
      d = r + date::days{1} + (w - date::weekday{r + date::days{1}}) + date::weeks{p.qualifier - 1};
    } else if (p.qualifier == 0) {
      d = r + (w - date::weekday{r});  // این شنبه, هذا السبت: the coming one, today included
    } else {
      const date::sys_days after = r + (w - date::weekday{r});
      const date::sys_days before = r - (date::weekday{r} - w);
      d = (after - r) < (r - before) ? after : before;
    }
    // عشية الجمعة: in Tunisia, Algeria, Morocco, Libya and Mauritania عشية is
    // the afternoon of the day it names; elsewhere, as ليلة, its eve.
    if (p.eve && !(p.afternoon_word && maghreb(ctx.zone_name))) d -= date::days{1};
    m.first = m.last = local(d);
    m.granularity = granularity::day;
    set_time(p, ctx, m);  // الساعة 11 مساء الخميس
    return;
  }
  if (p.s == shape::weekday_day) {
    // The nearest day, a tie going to the past, that is that weekday
    // and that day of a month of the text's calendar; none within a
    // year: not a date.
    const calendar c = ctx.lang->relative_calendar;
    for (int k = 0; k <= 370; ++k) {
      for (const int sign : {-1, 1}) {
        const date::sys_days d = r + date::days{sign * k};
        if (date::weekday{d}.c_encoding() == static_cast<unsigned>(p.weekday) &&
            from_sys_days(c, d).day == p.day) {
          m.first = m.last = local(d);
          m.granularity = granularity::day;
          set_time(p, ctx, m);  // السبت 14، الساعة العاشرة صباحا
          return;
        }
      }
    }
    m.flags |= flag_dropped;
    return;
  }
  // Months and years of the text's own calendar (Jalali in Persian,
  // Gregorian in Arabic), or of the one named (سال آینده میلادی).
  const calendar c = p.sys != system::unknown ? calendar_of(p.sys, ctx) : ctx.lang->relative_calendar;
  m.calendar = written_calendar::relative;
  date_fields f = from_sys_days(c, r);
  if (p.s == shape::relative_month) {
    int y = f.year;
    unsigned mo = f.month;
    taqvim::detail::add_months(y, mo, p.offset);
    m.first = local(to_sys_days(c, {y, mo, 1}));
    m.last = m.first + date::days{month_length(c, y, mo) - 1};
    m.granularity = granularity::month;
    if (p.part == lexicon::part_middle) {  // منتصف الشهر الماضي: the 15th
      m.first = m.last = m.first + date::days{14};
      m.granularity = granularity::day;
    }
  } else {
    const int y = f.year + p.offset;
    m.first = local(to_sys_days(c, {y, 1, 1}));
    m.last = local(to_sys_days(c, {y + 1, 1, 1}) - date::days{1});
    m.granularity = granularity::year;
  }
  return;
}

}  // namespace resolve
}  // namespace taqvim
