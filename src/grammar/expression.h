// What the grammar hands to resolution: one expression as written, before
// any reference or calendar arithmetic.
#ifndef TAQVIM_SRC_GRAMMAR_EXPRESSION_H
#define TAQVIM_SRC_GRAMMAR_EXPRESSION_H

#include <cstddef>
#include <cstdint>

#include "lexicon/schema.h"

namespace taqvim {
namespace grammar {

// How far before a clock "in local time" its place is looked for (folded
// bytes; a document_stream reads at least as much again before a piece).
inline constexpr std::size_t local_place_reach = 400;

// What an expression says.
enum class shape : std::uint8_t {
  date,           // day, month, maybe year (calendar set)
  month,          // month and year, or month alone
  year,           // a year alone (with a marker)
  range,          // days day..day2 of one month, or two dates
  relative_day,   // offset days from the reference
  relative_week,  // offset weeks (Saturday-based)
  relative_month,
  relative_year,
  weekday,        // a weekday relative to the reference (qualifier, or in a week, or nearest)
  weekday_day,    // a weekday and a day of the month, no month: the nearest day with both
  time_only,      // a clock time on the reference day
  decade,         // year .. year + 9 (two_digit_year: a decade of the text's century, دهه هفتاد)
  years,          // year .. year2, whole years (1280-1922 م, سال‌های ۱۳۸۸ تا ۱۳۹۲, القرن التاسع عشر)
  nth_weekday,    // the offset-th weekday (-1: the last) of the month or year `inner` describes
  span,           // a span of time that is no point (۴۵ روز گذشته): read so that no part of it is taken for a date
  relative_time,  // offset minutes from the reference's moment (۵ دقیقه پیش, منذ ساعتين)
};

// The calendar a month name, era marker or year belongs to.
enum class system : std::uint8_t { unknown, jalali, hijri, gregorian };

struct expression;
inline void take_time(const expression& from, expression& to) noexcept;

struct expression {
  std::size_t tb = 0, te = 0;  // token range [tb, te)
  std::uint8_t lead = 0;       // words before the start token that are its (عید ۱۴۰۳: عید)
  std::uint8_t rule = 0;       // index of the rule that read it (grammar::rules())
  shape s = shape::date;
  system sys = system::unknown;
  bool sys_from_name = false;  // a month name or era marker fixed the calendar
  // (Here, where the struct has room: a reading is cleared at every rule tried.)
  bool order_free = false;      // a numeric day and month both under 13, day first as written (02/10/2026)
  bool afternoon_word = false;  // shape::weekday: its eve word is عشية, in the Maghreb the day's own afternoon
  bool season = false;          // shape::range: a season named with its qualifier (تابستان آینده): the next by its start
  bool first_too = false;       // shape::nth_weekday: a weekday, then الأول (يوم الخميس الأول من أكتوبر): the 1st too
  bool fiscal = false;          // shape::years: a fiscal year over two (العام المالي 2025/2026), its country's months
  int year = 0;                // 0: not written
  bool two_digit_year = false;
  bool year_relative = false;  // ۱۵ مرداد سال گذشته: the reference's year + year_offset
  int year_offset = 0;
  unsigned month = 0, day = 0;
  int year2 = 0;  // range end (0: same as start)
  unsigned month2 = 0, day2 = 0;
  int weekday = -1;
  // shape::weekday and shape::month: the Nth such day or month before (-N)
  // or after (+N) the reference's, 0 this one; nearest when not written.
  static constexpr int nearest = 100;
  int qualifier = nearest;
  bool since = false;    // shape::date: after منذ, the last such day before the reference's (qualifier -1)
  bool in_week = false;  // shape::weekday: the weekday of the week `offset` weeks from the reference's
  bool eve = false;      // shape::weekday: the evening before it (شب جمعه is Thursday evening)
  int days_after = 0;    // a named day's Nth day (ثالث أيام عيد الفطر: 2)
  int offset = 0;     // relative shapes
  int offset2 = 0;    // shape::relative_day with days_span: the last day of a span of them
  bool days_span = false;
  bool counted = false;  // N units ago or later (۳ روز پیش, منذ أسبوعين): a day, not a unit's span
  int counted_days = 0;  // and days more (منذ شهر و21 يوما), signed as offset
  int hour = -1, minute = -1, second = -1;
  // A zone written with the time: lexicon::zone_name(zone), or a fixed
  // offset (GMT+3, an ISO 8601 offset); either wins over the options' zone.
  static constexpr int no_offset = -100000;
  int zone = -1;
  int zone_offset = no_offset;  // minutes east of UTC
  bool dual_mismatch = false;
  bool relative_word = false;  // led by امروز/اليوم: a reference-day check
  int relative_days = 0;
  bool year_before = false;  // a range whose first date is in the year before year2
  bool twin = false;         // year2/month2/day2 are the same day written again
  bool whole_months = false;  // shape::range: from the first day of month to the last of month2
  bool first_last_days = false;  // whole months named by their first and last days (من أول يوليو حتى آخر يونيو): days
  int week_of_month = 0;      // shape::range: the Nth week (days 7N-6..7N) of the month, -1 its last 7 days
  int last_days = 0;         // shape::range: a month's last N days (۲۰ روز پایانی اسفند), from its end
  // shape::range: a part of a month named (دهه اول, العشر الأواخر, نیمه دوم
  // مهر): 1 the days written, 2 running to the month's end.
  int part_of_month = 0;
  bool in_hours = false;      // shape::relative_time: counted in hours (granularity hour), else minutes
  // The calendar the year is counted in when it is not the month's: رمضان 2021
  // is the Ramadan within Gregorian 2021, عید فطر ۱۴۰۲ the Eid within Jalali
  // 1402. unknown: the month's, or for a named day (guess_year) as a bare year.
  system year_sys = system::unknown;
  bool guess_year = false;
  bool year_named = false;  // an era marker fixed the year's calendar (۱۴۰۰ ه.ق)
  bool month_relative = false;  // day of the month `offset` months from the reference's (الخامس عشر من الشهر القادم)
  int part = 0;  // lexicon::part_value: early, middle (a month's 15th) or late
  shape inner = shape::month;  // shape::nth_weekday: the span the weekday is counted in
  int offset_of_inner = 0;     // and that span's own offset (أول خميس من الشهر المقبل: +1)
  // The last such weekday on or before the month's 29th: روز قدس, held on
  // the last Friday certain to be in Ramadan (its 30th is known only the day before).
  bool by_29th = false;
  system twin_sys = system::unknown;
  // shape::years and shape::decade: a century named from the reference's
  // (القرن الماضي: offset -1), its years (or the decade's, year 80 for
  // ثمانينيات القرن الماضي) counted from that century's first year.
  bool century_relative = false;
  // shape::date: the reference's month and day in `year`, counted in the
  // year's calendar (في مثل هذا اليوم من عام 1962, در چنین روزی در سال ۱۳۵۷).
  bool day_of_reference = false;
};

// The clock time of `from`, and its zone, given to `to`.
inline void take_time(const expression& from, expression& to) noexcept {
  to.hour = from.hour;
  to.minute = from.minute;
  to.second = from.second;
  to.zone = from.zone;
  to.zone_offset = from.zone_offset;
}

// The hour q holds, moved to the half of the day that tod (a part of the
// day written apart from the clock, lexicon::time_value) says.
inline void apply_part_of_day(int tod, expression& q) {
  if (tod < 0) return;
  switch (tod) {
    case lexicon::tod_pm:
    case lexicon::tod_evening:
      if (q.hour < 12) q.hour += 12;
      break;
    case lexicon::tod_night:
      if (q.hour >= 6 && q.hour < 12) q.hour += 12;
      else if (q.hour == 12) q.hour = 0;
      break;
    case lexicon::tod_noon:  // to the afternoon's end: الخامسة زوالا, 5 ظهرا (no one's 5 a.m.)
      if (q.hour < 6) q.hour += 12;
      break;
    default:
      if (q.hour == 12) q.hour = 0;
      break;
  }
}

// The last reading of one rule at one token. The driver tries the date
// rules at a token and then the range rule, whose first end is the same
// date read again. A reading depends only on the token (it starts from
// expression{}) and a grammar lives for one text, so it is read once.
struct reading {
  std::size_t at = static_cast<std::size_t>(-1);
  bool ok = false;
  expression p;

  template <class Read>
  bool recall(std::size_t i, expression& out, Read read) {
    if (at != i) {
      ok = read();
      p = out;
      at = i;
    } else {
      out = p;
    }
    return ok;
  }
};

}  // namespace grammar
}  // namespace taqvim

#endif
