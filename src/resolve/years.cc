// Choosing years: for a bare year its calendar, for a date without its
// year the one nearest the reference; whole years, decades and centuries.
#include "resolve/years.h"

#include <algorithm>
#include <cstdlib>

#include "resolve/relative.h"

namespace taqvim {
namespace resolve {

using grammar::shape;
using grammar::system;

system guess_system(int year, const context& c) noexcept {
  const date::sys_days at = judged_at(c);
  const int jy = static_cast<int>(jalali::year_month_day{at}.year());
  const int hy = static_cast<int>(hijri::year_month_day<hijri::civil>{at}.year());
  const bool j = year >= jy - 150 && year <= jy + 10;
  const bool h = year >= hy - 150 && year <= hy + 10;
  if (j && c.lang->persian) return system::jalali;
  // أقيمت احتفالات للعام الجديد 1402 on 21 March 2023: in Arabic too, the
  // page's own Solar Hijri year (or one either side) when the Hijri year so
  // written is decades gone; with no reference there is no such year.
  if (j && c.ref.known && year >= jy - 1 && year <= jy + 1 && (year < hy - 1 || year > hy + 1)) return system::jalali;
  // در تاریخ 03/05/1386 … 06/08/1397, سی ام تیر۱۳۳۱ … در سال ۱۳۵۷: in
  // Persian a year up to sixty past the Solar Hijri one judged at, when the
  // lunar reading is more than five years gone, is Solar Hijri still (a
  // statute amended over the years, a story told long after its first date:
  // مصوب ۱۳۶۳/۰۷/۲۹ با اصلاحات تا تاریخ ۱۳۹۶/۵/۱۷).
  // So is one up to the present's (بيمه آسيا در تيرماه سال 1338 تأسيس شد. در سال 1388 …): Persian names a lunar year
  // of that age with its era (قمری).
  const int now = static_cast<int>(jalali::year_month_day{present_day}.year());
  if (c.lang->persian && year > jy + 10 && ((year <= jy + 60 && year < hy - 5) || year <= now + 1)) return system::jalali;
  if (h) return system::hijri;
  // Neither near the day it is judged at (a law's date from 1315 taken for
  // the page's, then در سال ۱۳۷۲): in Persian text a year of the Solar Hijri
  // centuries is still Jalali, as a year of Gregorian 1372 hardly is; so is one
  // of the 1000s and 1100s (سال 1034, سال ۱۱۶۷: Safavid and Afsharid history,
  // which Persian pages count in Solar or lunar Hijri years, hardly Gregorian).
  if (c.lang->persian && year >= 1000 && year < 1500) return system::jalali;
  // سال 384, بسال ۴۳۱ (Ghaznavid history): a year of three digits with no era is a lunar Hijri one in Persian.
  if (c.lang->persian && year >= 100 && year < 1000) return system::hijri;
  return system::gregorian;
}

system weekday_system(system guessed, date_fields f, unsigned weekday, const context& c) noexcept {
  if (guessed != system::jalali && guessed != system::hijri) return guessed;
  const system other = guessed == system::jalali ? system::hijri : system::jalali;
  const auto fits = [&](system s) {
    const calendar cal = calendar_of(s, c);
    return valid(cal, f) && date::weekday{to_sys_days(cal, f)}.c_encoding() == weekday;
  };
  const date::sys_days at = judged_at(c);
  const int now = other == system::jalali ? static_cast<int>(jalali::year_month_day{at}.year())
                                          : static_cast<int>(hijri::year_month_day<hijri::civil>{at}.year());
  return f.year >= now - 150 && f.year <= now + 30 && !fits(guessed) && fits(other) ? other : guessed;
}

// The year that puts (month, day) nearest the reference, a tie going to the
// past; only years in which the day exists count (29 Esfand, 29 February).
// False when no nearby year has that day.
bool nearest_year(calendar c, unsigned month, unsigned day, date::sys_days ref, int& year_out) noexcept {
  const int y = from_sys_days(c, ref).year;
  long best_d = -1;
  date::sys_days best{};
  for (int cand = y - 4; cand <= y + 4; ++cand) {
    if (!valid(c, {cand, month, day})) continue;
    const date::sys_days d = to_sys_days(c, {cand, month, day});
    const long dist = std::labs((d - ref).count());
    if (best_d < 0 || dist < best_d || (dist == best_d && d < best)) {
      best = d;
      best_d = dist;
      year_out = cand;
    }
  }
  return best_d >= 0;
}

// Among `year` (the nearest) and the years either side of it, the one
// nearest the reference in which (month, day) falls on weekday `wd`
// (c_encoding); `year` when none does.
int weekday_year(calendar c, unsigned month, unsigned day, unsigned wd, date::sys_days ref, int year) noexcept {
  int best = year;
  long best_d = -1;
  for (const int cand : {year, year - 1, year + 1}) {
    if (!valid(c, {cand, month, day})) continue;
    const date::sys_days d = to_sys_days(c, {cand, month, day});
    if (date::weekday{d}.c_encoding() != wd) continue;
    const long dist = std::labs((d - ref).count());
    if (best_d < 0 || dist < best_d) {
      best = cand;
      best_d = dist;
    }
  }
  return best;
}

// Whether `day` can be a day of `month` in some year of calendar c.
bool day_exists(calendar c, unsigned month, unsigned day) noexcept {
  const int leap = c == calendar::gregorian ? 2000 : c == calendar::jalali ? 1403 : 1445;
  return day >= 1 && day <= std::max({month_length(c, leap, month), month_length(c, leap + 1, month),
                                      month_length(c, leap + 2, month)});
}

// The year of calendar c in which (month, day) falls within year `y` of
// calendar `of` (the first such, for the years that hold a lunar month
// twice): رمضان 2021 is Ramadan 1442, عید فطر ۱۴۰۲ 1 Shawwal 1444.
int year_within(calendar c, calendar of, int y, unsigned month, unsigned day) noexcept {
  if (y < min_year || y > max_year) return y;
  const date::sys_days start = to_sys_days(of, {y, 1, 1});
  const int first = from_sys_days(c, start).year;
  for (int cy = first; cy <= first + 1; ++cy) {
    if (!valid(c, {cy, month, 1})) continue;
    const date::sys_days d = to_sys_days(c, {cy, month, 1}) + date::days{day - 1};
    if (from_sys_days(of, d).year == y) return cy;
  }
  return first + 1;
}

// A year that could be meant as a date: not far in any calendar's future.
bool plausible_year(int year, system s, const context& c) noexcept {
  const date::sys_days at = judged_at(c);
  switch (s) {
    case system::jalali: return year <= static_cast<int>(jalali::year_month_day{at}.year()) + 100;
    case system::hijri: return year <= static_cast<int>(hijri::year_month_day<hijri::civil>{at}.year()) + 100;
    default: return year <= static_cast<int>(date::year_month_day{at}.year()) + 300;
  }
}

// A two-digit year: the one of that calendar's current century, or of the
// one before when that would be more than 20 years ahead.
int expand_two_digit(int yy, system s, const context& c) noexcept {
  const int now = from_sys_days(calendar_of(s, c), judged_at(c)).year;
  int best = now - now % 100 + yy;
  if (best > now + 20) best -= 100;
  return best;
}

// The year that puts a range written without years (۱۵ تا ۲۰ مرداد, از
// فروردین تا شهریور) nearest the reference by its middle, a tie going to
// the past: from Farvardin to Shahrivar, said in Mehr, is the half year
// just gone, though the next Farvardin begins nearer than the last.
// `year` is the one nearest by the first day.
int range_year(calendar c, const grammar::expression& p, date::sys_days ref, int year) noexcept {
  int best = year;
  long best_distance = -1;
  date::sys_days best_middle{};
  for (int y = year - 1; y <= year + 1; ++y) {
    if (y - 1 < min_year || y + 2 > max_year) continue;
    const date::sys_days first = to_sys_days(c, {y, p.month, 1}) + date::days{static_cast<int>(p.day) - 1};
    int y2 = y;
    date::sys_days last = to_sys_days(c, {y2, p.month2, 1}) + date::days{static_cast<int>(p.day2) - 1};
    if (last < first) last = to_sys_days(c, {++y2, p.month2, 1}) + date::days{static_cast<int>(p.day2) - 1};
    if (p.whole_months) last += date::days{month_length(c, y2, p.month2) - 1};
    const date::sys_days middle = first + (last - first) / 2;
    const long distance = std::labs((middle - ref).count());
    if (best_distance < 0 || distance < best_distance || (distance == best_distance && middle < best_middle)) {
      best = y;
      best_distance = distance;
      best_middle = middle;
    }
  }
  return best;
}

int hijri_year_of_jalali(calendar c, unsigned month, unsigned day, int year, int offset, date::sys_days ref,
                         int hijri_offset) noexcept {
  const date::days shift{hijri_offset};
  const int jy = from_sys_days(calendar::jalali, ref).year + offset;
  const date::sys_days jy_first = to_sys_days(calendar::jalali, {jy, 1, 1});
  const date::sys_days jy_last = to_sys_days(calendar::jalali, {jy + 1, 1, 1}) - date::days{1};
  const unsigned d = day == 0 ? 1U : day;
  int out = year;
  long best = -1;
  for (const int hy : {year - 1, year, year + 1}) {
    if (!valid(c, {hy, month, d})) continue;
    const date::sys_days first = to_sys_days(c, {hy, month, d}) + shift;
    const date::sys_days last = day == 0 ? first + date::days{month_length(c, hy, month) - 1} : first;
    // This year's: any that overlaps it; last or next year's: one that
    // begins in it (رمضان سال گذشته in May 2024 is April 2023's).
    if (offset == 0 ? (last < jy_first || first > jy_last) : (first < jy_first || first > jy_last)) continue;
    // When two begin in that year (a Jalali year holds a little more than
    // a lunar one): the earlier for a past year, the later for a coming one.
    const long distance = offset < 0   ? (first - jy_first).count()
                          : offset > 0 ? (jy_last - first).count()
                          : ref < first ? (first - ref).count()
                          : ref > last  ? (ref - last).count()
                                        : 0;
    if (best < 0 || distance < best) {
      best = distance;
      out = hy;
    }
  }
  return out;
}

grammar::expression reference_day_in(const grammar::expression& p, const context& c) {
  grammar::expression q = p;
  q.day_of_reference = false;
  if (q.year_relative) {  // در چنین روزی در سال گذشته: the year counted in the text's calendar
    q.sys = c.lang->relative_calendar == calendar::jalali ? system::jalali : system::gregorian;
    q.year = from_sys_days(c.lang->relative_calendar, c.ref.day).year + q.year_offset;
    q.year_relative = false;
  }
  if (q.sys == system::unknown) q.sys = guess_system(q.year, c);
  const date_fields f = from_sys_days(calendar_of(q.sys, c), c.ref.day);
  q.month = f.month;
  q.day = f.day;
  return q;
}

int year_of_twins(calendar c, unsigned month, unsigned day, calendar tc, unsigned month2, unsigned day2, bool lunar,
                  int wd, const reference_day& ref, int& twin_year) noexcept {
  const date::sys_days from = date::sys_days{date::year{1900} / 1 / 1}, to = date::sys_days{date::year{2100} / 12 / 31};
  const int y0 = from_sys_days(c, from).year, y1 = from_sys_days(c, to).year;
  int found = 0, found_twin = 0, count = 0;
  long best = 0;
  const auto scan = [&](int weekday) {
    for (int y = y0; y <= y1; ++y) {
      if (!valid(c, {y, month, day})) continue;
      const date::sys_days at = to_sys_days(c, {y, month, day});
      for (int off = lunar ? -1 : 0; off <= (lunar ? 1 : 0); ++off) {
        const date_fields t = from_sys_days(tc, at + date::days{off});
        if (t.month != month2 || t.day != day2) continue;
        // The weekday is the exact calendar's day (a lunar one moves with sighting).
        const date::sys_days exact = c == calendar::jalali || c == calendar::gregorian ? at : at + date::days{off};
        if (weekday >= 0 && date::weekday{exact}.c_encoding() != static_cast<unsigned>(weekday)) continue;
        const long d = ref.known ? std::labs((at - ref.day).count()) : 0;
        if (count == 0 || d < best) {
          found = y;
          found_twin = t.year;
          best = d;
        }
        ++count;
        break;
      }
    }
  };
  scan(wd);
  if (count == 0 && wd >= 0) scan(-1);  // a weekday that fits no year is a slip: the pair alone
  if (count == 0 || (count > 1 && !ref.known)) return 0;
  twin_year = found_twin;
  return found;
}

calendar hijri_of_year(calendar c, const context& ctx, int year) noexcept {
  if (!ctx.hijri_default || year == 0) return c;
  if (c == calendar::hijri_umm_al_qura_printed && year < hijri::detail::umm_al_qura_printed_table.first_year)
    return calendar::hijri_umm_al_qura;
  return c;
}

// دهه هفتاد, التسعينيات, سال‌های ۱۳۸۸ تا ۱۳۹۲, القرن التاسع عشر: whole years
// of one calendar, the decade's or the span's.
void whole_years(const grammar::expression& p, const context& ctx, match& m) {
  const reference_day& ref = ctx.ref;
  // Whole years in one calendar. Two digits or words count in the
  // text's century: دهه هفتاد is the Jalali 1370s, التسعينيات the
  // Gregorian 1990s, سال‌های ۹۲ الی ۹۸ Jalali 1392-1398.
  system sys = p.sys;
  int first = p.year, last = p.s == shape::decade ? p.year + 9 : p.year2;
  if (p.century_relative) {
    // القرن الماضي: the century (its years 00..99) before the
    // reference's, in the calendar named or the text's. Without a
    // reference a decade of it (الستينيات من القرن الماضي) is read as
    // الستينيات alone is, in the text's century; two decades of it
    // (الستينيات والسبعينيات من القرن الماضي) likewise.
    if (sys == system::unknown) sys = ctx.lang->persian ? system::jalali : system::gregorian;
    // (Not from a year the text tells of, عام 1955 … خمسينيات القرن الماضي: a century named from now.)
    const bool known = ref.known && !ref.year_only;
    if (!known && p.s != shape::decade && !(p.s == shape::years && p.year >= 0 && p.year2 <= 99 && p.year2 - p.year < 99))
      return mark_unresolved(m, 0, 0);
    const int base = !known ? (sys == system::jalali ? 1300 : sys == system::hijri ? 1400 : 1900)
                                : (from_sys_days(calendar_of(sys, ctx), ref.day).year / 100 + p.offset) * 100;
    first += base;
    last += base;
  } else if (p.two_digit_year) {
    if (sys == system::unknown) sys = ctx.lang->persian ? system::jalali : system::gregorian;
    const int century = sys == system::jalali ? 1300 : sys == system::hijri ? 1400 : 1900;
    first += century;
    last += century;
  } else if (sys == system::unknown) {
    sys = guess_system(last, ctx);
    // ما بين 1290 وحتى 1326 (an Ottoman reign): a calendar must suit both
    // ends; a first year too old for it leaves the Gregorian.
    if (guess_system(first, ctx) != sys) sys = system::gregorian;
    if (last < 1800) m.flags |= flag_calendar_guessed;
  }
  // القرن الأول الهجري: the Hijri and Solar Hijri eras begin with their year 1 (no year 0 before it).
  if (first == 0 && last > 0 && (sys == system::hijri || sys == system::jalali)) first = 1;
  if (first < min_year || last >= max_year) return mark_unresolved(m, 0, 0);
  const calendar c = calendar_of(sys, ctx);
  // القرن الثاني الهجري, القرن الرابع عشر الهجري: each end's year in its
  // calendar, the computed one before the rule's table (hijri_of_year).
  const auto in = [&](int y) { return hijri_of_year(c, ctx, y); };
  m.rule = in(first);
  m.calendar = sys == system::jalali ? written_calendar::jalali
               : sys == system::hijri ? written_calendar::hijri
                                      : written_calendar::gregorian;
  m.first = local(to_sys_days(in(first), {first, 1, 1}));
  m.last = local(to_sys_days(in(last + 1), {last + 1, 1, 1}) - date::days{1});
  m.granularity = granularity::year;
  if (approximate(in(first), {first, 1, 1}) || approximate(in(last), {last, 12, 1})) m.flags |= flag_approximate;
  // العام المالي 2025/2026 in Egypt (July to June) or Kuwait (April to March), by the options' zone: the fiscal year
  // over the two; elsewhere (most Arab states' is the calendar year) both whole years.
  if (const unsigned fm = !p.fiscal || sys != system::gregorian ? 0U : ctx.zone_name == "Africa/Cairo" ? 7U : ctx.zone_name == "Asia/Kuwait" ? 4U : 0U) {
    m.first = local(to_sys_days(c, {first, fm, 1}));
    m.last = local(to_sys_days(c, {last, fm, 1}) - date::days{1});
    m.granularity = granularity::month;
  }
}

// العيد الوطني (kind 1), عيد التحرير (kind 2) written without the country:
// the day of the country of the options' zone, by the name the options give
// (a tz database may make Asia/Kuwait a link to Asia/Riyadh). False for a
// zone of no such country.
bool national_day(std::string_view zone, unsigned kind, unsigned& month, unsigned& day) noexcept {
  struct country {
    std::string_view zone;
    unsigned kind, month, day;
  };
  static constexpr country days[] = {
      {"Asia/Kuwait", 1, 2, 25}, {"Asia/Kuwait", 2, 2, 26}, {"Asia/Riyadh", 1, 9, 23},
      {"Asia/Qatar", 1, 12, 18}, {"Asia/Dubai", 1, 12, 2},  {"Asia/Bahrain", 1, 12, 16},
  };
  for (const country& c : days)
    if (c.kind == kind && zone == c.zone) {
      month = c.month;
      day = c.day;
      return true;
    }
  return false;
}

}  // namespace resolve
}  // namespace taqvim
