#include "resolve/resolve.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <utility>

#include "lexicon/lexicon.h"
#include "resolve/easter.h"
#include "resolve/relative.h"
#include "resolve/years.h"

namespace taqvim {
namespace resolve {

using grammar::shape;
using grammar::system;

calendar calendar_of(system s, const context& c) noexcept {
  switch (s) {
    case system::jalali: return calendar::jalali;
    case system::hijri: return c.hijri;
    default: return calendar::gregorian;
  }
}

void resolve(const grammar::expression& p, const context& ctx, match& m, pin* sighting) {
  if (p.s == shape::date && (p.month == western_easter_month || p.month == orthodox_easter_month)) {
    // عيد الفصح, شم النسيم 2023: a day of Easter, which moves with the year.
    grammar::expression q;
    bool inferred = false;
    if (!easter_day(p, ctx, q, inferred)) {
      m.flags = flag_dropped;
      return;
    }
    resolve(q, ctx, m, sighting);
    if (inferred) m.flags |= flag_year_inferred;
    return;
  }
  if (p.s == shape::date && p.month == 13) {  // a country's national day: its zone says which
    grammar::expression q = p;
    if (!national_day(ctx.zone_name, p.day, q.month, q.day)) {
      m.flags = flag_dropped;
      return;
    }
    return resolve(q, ctx, m, sighting);
  }
  const reference_day& ref = ctx.ref;
  m.flags = flag_none;
  m.seconds = -1;
  m.written.year = p.year;
  m.written.month = static_cast<std::uint8_t>(p.month);
  m.written.day = static_cast<std::uint8_t>(p.day);
  m.written.weekday = static_cast<std::int8_t>(p.weekday);
  m.written.hour = static_cast<std::int8_t>(p.hour);
  m.written.minute = static_cast<std::int8_t>(p.hour >= 0 ? p.minute : -1);
  m.written.second = static_cast<std::int8_t>(p.second);
  m.rule = p.sys == system::unknown ? ctx.lang->relative_calendar : calendar_of(p.sys, ctx);
  const auto unresolved = [&m](unsigned month, unsigned day) { mark_unresolved(m, month, day); };
  switch (p.s) {
    case shape::span:
      m.flags |= flag_dropped;
      return;
    case shape::relative_time:
      return relative_time(p, ctx, m);
    case shape::nth_weekday: {
      // The span first (a month, a relative month or year, a year), then
      // the Nth such weekday from its start, or the last from its end.
      grammar::expression q = p;
      q.s = p.inner;
      // The last such weekday of a month lies in its last week: in a year of
      // another calendar, the month is the one whose end is in it.
      if (p.offset < 0 && p.inner == shape::month && q.part_of_month == 0) q.part_of_month = lexicon::part_late;
      q.offset = p.inner == shape::relative_month || p.inner == shape::relative_year ? p.offset_of_inner : 0;
      resolve(q, ctx, m);
      // اول ايام شهر يوليوز, آخر أيام يوليو, no reference: still a day of a
      // Gregorian month (XXXX-07-01), as 1 يوليو is; not February's last. So يوم الخميس الأول من أكتوبر, the 1st.
      if ((m.flags & flag_unresolved) && (p.weekday < 0 || p.first_too) && p.inner == shape::month && !p.by_29th && m.unresolved_month != 0 &&
          m.unresolved_day == 0 && m.unresolved_last_day == 0) {
        const unsigned month = m.unresolved_month;
        const unsigned day = p.offset > 0 ? static_cast<unsigned>(p.offset) : month == 2 ? 0 : month_length(calendar::gregorian, 2001, month);
        if (day != 0 && day_exists(calendar::gregorian, month, day)) {
          m.unresolved_day = day;
          m.granularity = granularity::day;
        } else {
          m.unresolved_month = 0;
        }
      }
      if (m.flags & (flag_unresolved | flag_dropped)) return;
      // The day in the span m; false for a fifth Friday the month does not have.
      const auto nth = [&p](const match& span, date::local_days& d) {
        const date::local_days last = p.by_29th ? std::min(span.last, span.first + date::days{28}) : span.last;
        d = p.offset > 0 ? span.first + date::days{p.offset - 1} : last;  // the Nth day, or the last
        if (p.weekday >= 0) {
          const date::weekday w{static_cast<unsigned>(p.weekday)};
          d = p.offset > 0 ? span.first + (w - date::weekday{span.first}) + date::weeks{p.offset - 1}
                           : last - (date::weekday{last} - w);
        }
        return d >= span.first && d <= span.last;
      };
      date::local_days d{};
      bool found = nth(m, d);
      // A month without its year: the year that puts the day itself nearest
      // the reference (a tie to the past), as for a day of a month (الجمعة
      // الأخيرة من أبريل written in October is the April gone by).
      if (p.inner == shape::month && q.year == 0 && q.qualifier == grammar::expression::nearest && ref.known &&
          (m.flags & flag_year_inferred)) {
        const int y = from_sys_days(m.rule, date::sys_days{m.first.time_since_epoch()}, ctx.hijri_offset).year;
        const auto distance = [&](date::local_days x) { return std::labs((x - local(ref.day)).count()); };
        for (const int dy : {-1, 1}) {
          match alt;
          q.year = y + dy;
          resolve(q, ctx, alt);
          date::local_days e{};
          if ((alt.flags & (flag_unresolved | flag_dropped)) || !nth(alt, e)) continue;
          if (!found || distance(e) < distance(d) || (distance(e) == distance(d) && e < d)) {
            alt.begin = m.begin;
            alt.end = m.end;
            alt.flags = m.flags;
            m = alt;
            d = e;
            found = true;
          }
        }
      }
      if (!found) {
        m.flags |= flag_dropped;  // a fifth Friday the month does not have
        return;
      }
      m.first = m.last = d;
      m.granularity = granularity::day;
      set_time(p, ctx, m);  // الساعة العاشرة من صباح أول يوم جمعة من رمضان
      return;
    }
    case shape::decade:
    case shape::years:
      return whole_years(p, ctx, m);
    case shape::date:
    case shape::range:
    case shape::month:
    case shape::year: {
      if (p.month_relative) {
        // A day of the month `offset` months from the reference's, in the
        // calendar named (اول ماه روان میلادی, العاشر من الشهر الهجري
        // الجاري) or the text's.
        if (!ref.known) {
          unresolved(0, 0);
          if (p.s == shape::range && p.offset == 0) m.unresolved_last_day = p.day2;  // بين 26 و28 من الشهر نفسه
          return;
        }
        const calendar c = p.sys_from_name && p.sys != system::unknown ? calendar_of(p.sys, ctx) : ctx.lang->relative_calendar;
        date_fields f = from_sys_days(c, ref.day);
        taqvim::detail::add_months(f.year, f.month, p.offset);
        f.day = p.day;
        if (!valid(c, f)) {
          m.flags |= flag_dropped;
          return;
        }
        m.calendar = c == calendar::jalali      ? written_calendar::jalali
                     : c == calendar::gregorian ? written_calendar::gregorian
                                                : written_calendar::hijri;
        m.first = m.last = local(to_sys_days(c, f));
        if (p.s == shape::range) {  // من 4 إلى 22 هذا الشهر: to a later day of that month
          f.day = p.day2;
          if (!valid(c, f)) {
            m.flags |= flag_dropped;
            return;
          }
          m.last = local(to_sys_days(c, f));
          // الأسبوع الأخير من الشهر الجاري, العشر الأواخر منه: to the month's end.
          if (p.week_of_month < 0 || p.part_of_month == 2)
            m.last = local(to_sys_days(c, {f.year, f.month, month_length(c, f.year, f.month)}));
          if (p.week_of_month < 0) m.first = m.last - date::days{6};
          if (p.last_days > 0) m.first = m.last - date::days{p.last_days - 1};
        }
        m.granularity = p.week_of_month != 0 ? granularity::week : granularity::day;
        m.flags |= flag_year_inferred;
        set_time(p, ctx, m);
        return;
      }
      if (p.s == shape::year && p.year_relative) {
        // العام الماضي 2024: the year written beside a relative one is the
        // value when it is that year (or one off); else it is some other
        // number, and the relative year stands. Without a reference the
        // year written is all there is (العام الجاري 2018).
        // The relative word says the year is one the text counts in: no
        // guess to flag (سال جاری ۱۳۹۷ is Solar Hijri, العام الماضي 2017 Gregorian).
        grammar::expression q = p;
        q.year_relative = false;
        if (!ref.known) {
          if (q.sys == system::unknown) q.sys = guess_system(p.year, ctx);
          resolve(q, ctx, m, sighting);
          return;
        }
        const int counted =
            from_sys_days(q.sys != system::unknown ? calendar_of(q.sys, ctx) : ctx.lang->relative_calendar, ref.day).year +
            p.year_offset;
        const int gregorian = from_sys_days(calendar::gregorian, ref.day).year + p.year_offset;
        if (q.sys == system::unknown)
          q.sys = std::abs(p.year - counted) <= 1 && ctx.lang->persian ? system::jalali : guess_system(p.year, ctx);
        if (std::abs(p.year - counted) > 1 && std::abs(p.year - gregorian) > 1) {
          // امسال ۱۵۰۰ شرکت: a count after it; the year of the text's calendar.
          q.s = shape::relative_year;
          q.offset = p.year_offset;
          q.year = 0;
          q.sys = system::unknown;
        }
        resolve(q, ctx, m, sighting);
        return;
      }
      if (p.day_of_reference) {  // في مثل هذا اليوم من عام 1962
        if (!ref.known && (p.year_relative || p.year == 0)) return unresolved(0, 0);
        if (!ref.known) {  // no reference: of "this day" only its year is known
          grammar::expression y = p;
          y.s = shape::year;
          y.day_of_reference = false;
          return resolve(y, ctx, m, sighting);
        }
        resolve(reference_day_in(p, ctx), ctx, m, sighting);
        if (p.year_relative) m.calendar = written_calendar::relative;  // سال گذشته در چنین روزی
        else if (p.sys == system::unknown && p.year < 1800) m.flags |= flag_calendar_guessed;
        return;
      }
      system sys = p.sys;
      int year = p.year;
      if (sys == system::unknown && p.two_digit_year) {
        // ۹۹/۱/۵ is 1399 AP in Persian, 20/2/99 1999 in Arabic.
        sys = ctx.lang->persian ? system::jalali : system::gregorian;
        m.flags |= flag_calendar_guessed;
      } else if (sys == system::unknown) {
        sys = guess_system(year, ctx);
        if (p.weekday >= 0 && p.day != 0 && p.s == shape::date)
          sys = weekday_system(sys, {year, p.month, p.day}, static_cast<unsigned>(p.weekday), ctx);
        // A year from 1800 on can only be Gregorian: no guess to report.
        if (year < 1800) m.flags |= flag_calendar_guessed;
      }
      calendar c = calendar_of(sys, ctx);
      m.rule = c;
      // The days of a Hijri date move by the user's offset (a local sighting).
      const date::days shift{sys == system::hijri ? ctx.hijri_offset : 0};
      const auto day_of = [shift](calendar cal, date_fields f) { return to_sys_days(cal, f) + shift; };
      // (۲۸ صفر سال ۹۸: a year cut short in another calendar than the month's is that calendar's.)
      if (year != 0 && p.two_digit_year)
        year = expand_two_digit(year, p.year_sys != system::unknown && p.s != shape::year ? p.year_sys : sys, ctx);
      if (year != 0 && p.s != shape::year) {
        system ysys = p.year_sys;
        if (p.guess_year) ysys = guess_system(year, ctx);  // عيد الفطر 2019, عید فطر ۱۴۰۲
        // ماه رمضان ۱۴۰۰ in Persian news of 2021 is the Ramadan of Jalali
        // 1400: a Hijri month whose year is far from the Hijri year of the
        // reference but near its Jalali one.
        if (sys == system::hijri && ysys == system::unknown && ctx.lang->persian && !p.two_digit_year &&
            !p.year_named) {
          const date::sys_days at = judged_at(ctx);
          const int hy = static_cast<int>(hijri::year_month_day<hijri::civil>{at}.year());
          const int jy = static_cast<int>(jalali::year_month_day{at}.year());
          // Near the reference's Jalali year when there is one (25 جمادی الاول 1403
          // in a text of 1396 is 1983's), else within two decades of the present.
          if (std::abs(year - hy) > 20 && std::abs(year - jy) <= (ctx.ref.known ? 3 : 20)) ysys = system::jalali;
        }
        // Of a month without its day, the part written (اواخر رمضان ۱۴۰۳,
        // روز قدس ۱۴۰۳: the last Friday) must lie in that year.
        if (ysys != system::unknown && ysys != sys) {
          unsigned at = p.day;
          if (at == 0) {
            switch (p.part_of_month) {
              case lexicon::part_late: case lexicon::part_last_tenth: case lexicon::part_second_half: at = 25; break;
              case lexicon::part_middle: case lexicon::part_second_tenth: at = 15; break;
              default: at = 1;
            }
          }
          year = year_within(c, calendar_of(ysys, ctx), year, p.month, at);
        }
      }
      m.calendar = sys == system::jalali ? written_calendar::jalali
                   : sys == system::hijri ? written_calendar::hijri
                                          : written_calendar::gregorian;
      // Before the years its table covers, a default rule's year is in the
      // computed calendar (سنة 656 هـ: hijri_of_year).
      if (year != 0) m.rule = c = hijri_of_year(c, ctx, year);
      if (p.s == shape::year) {
        // "5027 م" is more likely 5027 metres than a year.
        if (!plausible_year(year, sys, ctx)) {
          m.flags |= flag_dropped;
          return;
        }
        if (year < min_year || year > max_year) return unresolved(0, 0);
        m.first = local(day_of(c, {year, 1, 1}));
        m.last = local(day_of(c, {year + 1, 1, 1}) - date::days{1});
        m.granularity = granularity::year;
        if (approximate(c, {year, 1, 1}) || approximate(c, {year, 12, 1})) m.flags |= flag_approximate;
        return;
      }
      // 28 رمضان الموافق 8/4/2024م: a day without its year whose twin in
      // another calendar has one is in the year that puts it next to the twin.
      if (year == 0 && p.twin && p.s == shape::date && p.year2 != 0 && p.twin_sys != sys && !p.year_relative) {
        const calendar tc = calendar_of(p.twin_sys, ctx);
        // (25 خرداد 97): the twin's year in two digits, in its century.
        const int ty = p.year2 < 100 ? expand_two_digit(p.year2, p.twin_sys, ctx) : p.year2;
        const date_fields tf{ty, p.month2, p.day2};
        if (ty >= min_year && ty <= max_year && valid(tc, tf)) {
          const date::sys_days at = to_sys_days(tc, tf);
          const int y0 = from_sys_days(c, at).year;
          long best = 0;
          for (const int y : {y0 - 1, y0, y0 + 1}) {
            if (!valid(c, {y, p.month, p.day})) continue;
            const long d = std::labs((day_of(c, {y, p.month, p.day}) - at).count());
            if (year == 0 || d < best) year = y, best = d;
          }
        }
      }
      int twin_year = p.year2;
      if (year == 0 && p.twin && p.s == shape::date && p.year2 == 0 && p.twin_sys != sys && p.month2 != 0 && p.day2 != 0 &&
          !p.year_relative && p.qualifier == grammar::expression::nearest) {
        const bool lunar = sys == system::hijri || p.twin_sys == system::hijri;
        const int wd = p.weekday;
        if ((year = year_of_twins(c, p.month, p.day, calendar_of(p.twin_sys, ctx), p.month2, p.day2, lunar, wd, ref,
                                  twin_year)) != 0) {
          m.flags |= flag_year_inferred;
        } else if (!ref.known && p.twin_sys == system::gregorian) {
          m.calendar = written_calendar::gregorian;  // the pair meets in more than one year: the Gregorian day's own
          return unresolved(p.month2, p.day2);
        }
      }
      if (year == 0 && p.year_relative && ref.known) {
        year = from_sys_days(c, ref.day).year + p.year_offset;
        if (sys == system::hijri && ctx.lang->persian && p.year_sys == system::unknown)  // محرم امسال: of the reference's Jalali year
          year = hijri_year_of_jalali(c, p.month, p.day, year, p.year_offset, ref.day, ctx.hijri_offset);
        // ماه آگست سال جاری: the Gregorian month within the Jalali year named;
        // رمضان من العام الميلادي الحالي, the Hijri month within the Gregorian one.
        if (p.year_sys != system::unknown && p.year_sys != sys) {
          const calendar j = calendar_of(p.year_sys, ctx);
          year = year_within(c, j, from_sys_days(j, ref.day).year + p.year_offset, p.month, p.day == 0 ? 1 : p.day);
        }
        m.flags |= flag_year_inferred;
      }
      if (year == 0 && p.qualifier != grammar::expression::nearest && ref.known) {
        // نوفمبر الماضي: the last such month before the reference's month;
        // آذر آینده, the next one after it.
        // A day likewise, by the day: يوم 4 سبتمبر المقبل written on 2
        // September is two days later, يوم 6 نونبر المنصرم written on 12
        // November six days before; منذ 7 أكتوبر is the last one gone by.
        const date_fields r = from_sys_days(c, ref.day);
        year = r.year;  // 0: فبراير الجاري, this year's
        // من مايو وحتى أغسطس الماضي: a range's qualifier is its last month's.
        const bool range = p.s == shape::range;
        // (تابستان آینده said in the summer: next year's, by its first month.)
        const auto at = range ? std::make_pair(p.season && p.qualifier > 0 ? p.month : p.month2, p.whole_months ? 0U : p.day2)
                              : std::make_pair(p.month, p.day);
        const auto now = std::make_pair(r.month, at.second == 0 ? 0U : r.day);
        // (منذ أغسطس said in August: since this one's start.)
        if (p.qualifier < 0 && (p.since && at.second == 0 ? at > now : at >= now)) --year;
        if (p.qualifier > 0 && at <= now) ++year;
        if (range && std::make_pair(p.month, p.day) > std::make_pair(p.month2, p.day2)) --year;  // the first month's
        m.flags |= flag_year_inferred;
      }
      if (year == 0 && (p.s == shape::month || p.part_of_month != 0)) {
        // اوایل آذر, دهه اول محرم: the year that puts the month's middle nearest.
        // Without a reference a Gregorian month keeps its number: the
        // driver may find its year in the text (سبتمبر من نفس العام).
        // The middle of one is its 15th, a day of the year still (منتصف سبتمبر: XXXX-09-15).
        if (!ref.known) {
          const bool gregorian = sys == system::gregorian && p.s == shape::month;
          return unresolved(gregorian ? p.month : 0, gregorian && p.part == lexicon::part_middle ? 15 : 0);
        }
        if (!nearest_year(c, p.month, 15, ref.day, year)) return unresolved(0, 0);
        m.flags |= flag_year_inferred;
      }
      if (year == 0) {
        const bool exists = day_exists(c, p.month, p.day);
        if (!exists) m.flags |= flag_invalid_date;  // 30 فبراير
        if (!ref.known) {
          // الأسبوع الأول من ديسمبر: a Gregorian month's week keeps its days (XXXX-12-01/XXXX-12-07); its last
          // too, but February's, whose last day the year decides.
          if (p.week_of_month != 0 && sys == system::gregorian && exists && (p.week_of_month > 0 || p.month != 2)) {
            const unsigned last = p.week_of_month > 0 ? p.day2 : static_cast<unsigned>(month_length(c, 2001, p.month));
            unresolved(p.month, p.week_of_month > 0 ? p.day : last - 6);
            m.unresolved_last_month = p.month;
            m.unresolved_last_day = last;
            m.granularity = granularity::week;
            return;
          }
          // No year would give it a day; months from one to another are no day.
          if (!exists || p.whole_months || p.week_of_month != 0) return unresolved(0, 0);
          // Without a year, only a Gregorian day is still a day of the year;
          // a range of them keeps its last (من 5 يونيو إلى 15 سبتمبر: XXXX-06-05/XXXX-09-15).
          if (sys == system::gregorian) {
            // عشية عيد الميلاد: the eve, the day before (XXXX-12-24; a year's first day's, XXXX-12-31).
            if (p.eve && p.s == shape::date && p.days_after == 0)
              return p.day > 1 ? unresolved(p.month, p.day - 1)
                               : unresolved(p.month == 1 ? 12 : p.month - 1, p.month == 1 ? 31 : month_length(c, 2001, p.month - 1));
            unresolved(p.month, p.day);
            if (p.s == shape::range && p.day2 != 0 && day_exists(c, p.month2 ? p.month2 : p.month, p.day2)) {
              m.unresolved_last_month = p.month2 ? p.month2 : p.month;
              m.unresolved_last_day = p.day2;
            }
            return;
          }
          return unresolved(0, 0);
        }
        if (!nearest_year(c, p.month, p.day, ref.day, year)) {
          // No year has that day: the reference's year, and the day spills.
          year = from_sys_days(c, ref.day).year;
        } else if (p.s == shape::range && p.year2 == 0) {
          year = range_year(c, p, ref.day, year);
          // الثلاثاء والأربعاء 21 و22 أوت: its first weekday picks the
          // year, as for one day (below).
          if (p.weekday >= 0 && sys != system::hijri && p.month2 == p.month &&
              std::labs((to_sys_days(c, {year, p.month, p.day}) - ref.day).count()) > 31)
            year = weekday_year(c, p.month, p.day, static_cast<unsigned>(p.weekday), ref.day, year);
        } else if (p.weekday >= 0 && sys != system::hijri && p.s == shape::date &&
                   std::labs((to_sys_days(c, {year, p.month, p.day}) - ref.day).count()) > 31) {
          // يوم الإثنين 21 نوفمبر written in September 2021: the Monday is
          // 21 November 2022. The weekday picks the year next to the nearest
          // when the nearest's day is another weekday and more than a month
          // from the reference (nearer, the weekday is the likelier slip); a
          // weekday that fits neither is flagged below. (A Hijri day's
          // weekday pins its day, not its year: sighting.)
          year = weekday_year(c, p.month, p.day, static_cast<unsigned>(p.weekday), ref.day, year);
        }
        m.flags |= flag_year_inferred;
      }
      if (year < min_year || year > max_year) return unresolved(p.month, p.day);
      if (p.s == shape::month) {
        m.first = local(day_of(c, {year, p.month, 1}));
        m.last = m.first + date::days{month_length(c, year, p.month) - 1};
        m.granularity = granularity::month;
        if (approximate(c, {year, p.month, 1})) m.flags |= flag_approximate;
        if (p.part == lexicon::part_middle) {  // منتصف رمضان, نیمه شعبان: the 15th
          m.first = m.last = m.first + date::days{14};
          m.granularity = granularity::day;
        }
        return;
      }
      const date_fields f{year, p.month, p.day};
      // A written Jalali or Gregorian day its month never has in that year
      // (31/02/2024, ۳۰ اسفند ۱۴۰۲) is no date. A Hijri month's 30th stands:
      // the month a country kept may have had it.
      const auto impossible = [&](int y, unsigned mo, unsigned d) {
        return p.year != 0 && sys != system::hijri && !valid(c, {y, mo, d});
      };
      if (impossible(year, p.month, p.day) ||
          (p.s == shape::range && impossible(p.year2 != 0 ? p.year2 : year, p.month2, p.day2) && !p.two_digit_year)) {
        m.flags |= flag_dropped;
        return;
      }
      if (!valid(c, f)) m.flags |= flag_invalid_date;
      // Arithmetic spill for a day past the month's end, as documented.
      m.first = local(day_of(c, {year, p.month, 1}) + date::days{p.day - 1});
      if (approximate(c, f)) m.flags |= flag_approximate;
      m.last = m.first;
      m.granularity = granularity::day;
      if (p.s == shape::range) {
        int year2 = p.year2 != 0 ? p.year2 : year;
        if (p.year2 != 0 && p.two_digit_year) year2 = expand_two_digit(p.year2, sys, ctx);
        if (p.year_before && year2 == year) {
          year -= 1;  // ۲۸ اسفند تا ۲ فروردین ۱۴۰۳
          m.first = local(day_of(c, {year, p.month, 1}) + date::days{p.day - 1});
          if (!valid(c, {year, p.month, p.day})) m.flags |= flag_invalid_date;
        }
        m.last = local(day_of(c, {year2, p.month2, 1}) + date::days{p.day2 - 1});
        if (m.last < m.first && p.year2 == 0) {
          ++year2;  // both years inferred: the second date is the later one
          m.last = local(day_of(c, {year2, p.month2, 1}) + date::days{p.day2 - 1});
        }
        // 22/05/15 - 44/05/15: two-digit years that expand across the
        // century pivot (1422, 1344) end the range before it starts: no range.
        if (m.last < m.first) {
          m.flags |= flag_dropped;
          return;
        }
        if (!valid(c, {year2, p.month2, p.day2})) m.flags |= flag_invalid_date;
        if (p.whole_months) {
          m.last += date::days{month_length(c, year2, p.month2) - 1};
          if (!p.first_last_days) m.granularity = granularity::month;
          if (approximate(c, {year2, p.month2, 1})) m.flags |= flag_approximate;
        }
        if (p.part_of_month == 2) {  // العشر الأواخر من رمضان, نیمه دوم مهر: to the month's last day
          m.last = local(day_of(c, {year2, p.month2, 1}) + date::days{month_length(c, year2, p.month2) - 1});
        }
        if (p.week_of_month < 0) {  // the last seven days
          m.last = local(day_of(c, {year2, p.month2, 1}) + date::days{month_length(c, year2, p.month2) - 1});
          m.first = m.last - date::days{6};
        }
        if (p.last_days > 0) m.first = m.last - date::days{p.last_days - 1};  // ۲۰ روز پایانی اسفند: the last N days
        if (p.week_of_month != 0) m.granularity = granularity::week;
        // يوم الجمعة عاشر رمضان إلى 16 منه: the first day's weekday a day off the computed one is the sighting's,
        // and moves the whole range (as it moves a day, below).
        if (sys == system::hijri && p.weekday >= 0 && p.week_of_month == 0 &&
            date::weekday{m.first}.c_encoding() != static_cast<unsigned>(p.weekday)) {
          m.flags |= flag_weekday_mismatch;
          for (const int shift : {-1, 1})
            if (date::weekday{m.first + date::days{shift}}.c_encoding() == static_cast<unsigned>(p.weekday)) {
              if (sighting) *sighting = pin{true, m.rule, m.first, m.first + date::days{shift}};
              m.first += date::days{shift};
              m.last += date::days{shift};
              break;
            }
        }
        return;
      }
      // A Hijri month starts when the crescent is seen, and the day a
      // country kept can be a day off any computed calendar: a Gregorian
      // (or Jalali) twin the text gives, or a weekday one day off, says
      // which day was meant. Jalali and Gregorian days are exact: there the
      // written date stands and a disagreement is only flagged.
      const bool sighted = sys == system::hijri;
      const date::local_days computed = m.first;
      bool pinned = false, confirmed = false;
      if (p.twin) {
        const calendar tc = calendar_of(p.twin_sys, ctx);
        const date_fields tf{twin_year, p.month2, p.day2};
        if (!valid(tc, tf) || local(to_sys_days(tc, tf)) != m.first) {
          m.flags |= flag_dual_mismatch;
          if (sighted && p.twin_sys != system::hijri && valid(tc, tf)) {
            const date::local_days stated = local(to_sys_days(tc, tf));
            if (std::labs((stated - m.first).count()) <= 3) {  // (25 شوال 1364 الموافق 4 أكتوبر 1945: three days off)
              m.first = m.last = stated;
              pinned = true;
            }
          }
        } else {
          confirmed = p.twin_sys != system::hijri;
        }
        // ۳۰ جوزا ۱۴۰۲ برابر با اول ذوالحجه ۱۴۴۴: a Hijri twin of an exact
        // date is pinned by it.
        if (!sighted && sighting && p.twin_sys == system::hijri && valid(tc, tf) && m.first == m.last) {
          const date::local_days h = local(to_sys_days(tc, tf, ctx.hijri_offset));
          if (std::labs((h - m.first).count()) <= 2) {
            sighting->pinned = true;
            sighting->rule = tc;
            sighting->computed = h;
            sighting->stated = m.first;
          }
        }
      }
      // ثلاثاء, 02/10/2026 - 12:57: a site's stamp that writes the month
      // first, as English does; its weekday says which of the two it is.
      if (p.order_free && !p.twin && c == calendar::gregorian && p.weekday >= 0 && m.first == m.last &&
          date::weekday{m.first}.c_encoding() != static_cast<unsigned>(p.weekday)) {
        const date::year_month_day swapped{date::year{year}, date::month{p.day}, date::day{p.month}};
        if (swapped.ok() && date::weekday{date::sys_days{swapped}}.c_encoding() == static_cast<unsigned>(p.weekday))
          m.first = m.last = local(date::sys_days{swapped});
      }
      // 7/9/2015 on a page of 9 July 2015: its stamp, month first; the day the reference is says which.
      if (p.order_free && !p.twin && c == calendar::gregorian && p.weekday < 0 && ref.known && m.first == m.last &&
          m.first != local(ref.day)) {
        const date::year_month_day swapped{date::year{year}, date::month{p.day}, date::day{p.month}};
        if (swapped.ok() && date::sys_days{swapped} == ref.day) m.first = m.last = local(ref.day);
      }
      if (p.weekday >= 0 && date::weekday{m.first}.c_encoding() != static_cast<unsigned>(p.weekday)) {
        m.flags |= flag_weekday_mismatch;
        // يوم الجمعة 15 محرم 1441 الموافق 14 سبتمبر 2019م: a twin that agrees
        // with the computed day outweighs a weekday that does not.
        if (sighted && !pinned && !confirmed) {
          for (const int shift : {-1, 1}) {
            const date::local_days d = m.first + date::days{shift};
            if (date::weekday{d}.c_encoding() == static_cast<unsigned>(p.weekday)) {
              m.first = m.last = d;
              pinned = true;
            }
          }
        }
      } else if (p.weekday >= 0) {
        confirmed = true;
      }
      if (sighting && sighted && (pinned || confirmed) && m.first == m.last) {
        sighting->pinned = true;
        sighting->rule = m.rule;
        sighting->computed = computed;
        sighting->stated = m.first;
      }
      if (p.relative_word && ref.known && m.first != local(ref.day) + date::days{p.relative_days}) {
        // "امروز ۱۵ مرداد" that is not today: the written date wins; say so.
        m.flags |= flag_weekday_mismatch;
      }
      if (p.dual_mismatch) m.flags |= flag_dual_mismatch;
      // عشية عيد الفطر, شب عید فطر: the eve is the day before.
      if (p.eve) m.first = m.last = m.first - date::days{1};
      // ثالث أيام عيد الفطر, روز دوم نوروز: a later day of a named day.
      m.first = m.last = m.first + date::days{p.days_after};
      set_time(p, ctx, m);
      return;
    }
    case shape::relative_day:
    case shape::relative_week:
    case shape::relative_month:
    case shape::relative_year:
    case shape::weekday:
    case shape::weekday_day:
    case shape::time_only:
      return relative(p, ctx, m);
  }
}

}  // namespace resolve
}  // namespace taqvim
