// The years of dates written without theirs, and of bare or two-digit
// years: choices resolve() makes, apart so that each is read alone.
#ifndef TAQVIM_SRC_RESOLVE_YEARS_H
#define TAQVIM_SRC_RESOLVE_YEARS_H

#include <taqvim/calendar.h>

#include <string_view>

#include <date/date.h>

#include "grammar/expression.h"
#include "resolve/resolve.h"

namespace taqvim {
namespace resolve {

// A match's days are local days, numbered as the calendars number their
// sys_days: a date in text names a day on the wall calendar, in no zone.
constexpr date::local_days local(date::sys_days d) noexcept { return date::local_days{d.time_since_epoch()}; }

// The day "now" is, for judging years: the reference, or the fixed present.
inline date::sys_days judged_at(const context& c) noexcept { return c.ref.known ? c.ref.day : present_day; }

// Among `year` (the nearest) and the years either side of it, the one
// nearest the reference in which (month, day) falls on weekday `wd`
// (c_encoding); `year` when none does.
int weekday_year(calendar c, unsigned month, unsigned day, unsigned wd, date::sys_days ref, int year) noexcept;

// Whether `day` can be a day of `month` in some year of calendar c.
bool day_exists(calendar c, unsigned month, unsigned day) noexcept;

// The year of calendar c in which (month, day) falls within year `y` of
// calendar `of`: رمضان 2021 is Ramadan 1442, عید فطر ۱۴۰۲ 1 Shawwal 1444.
int year_within(calendar c, calendar of, int y, unsigned month, unsigned day) noexcept;

// A year that could be meant as a date: not far in any calendar's future.
bool plausible_year(int year, grammar::system s, const context& c) noexcept;

// A two-digit year: the one of that calendar's current century, or of the
// one before when that would be more than 20 years ahead.
int expand_two_digit(int yy, grammar::system s, const context& c) noexcept;

// The Hijri year of (month, day; day 0 for the whole month) named by a
// Jalali year `offset` years from the reference's (محرم امسال, رمضان سال
// گذشته in Persian): of that Jalali year this year's nearest the reference
// (said in May 2024, the Muharram of July 2024; رمضان امسال, the Ramadan of
// March–April 2024, which began in the Jalali year before), last or next
// year's by where it begins. `year` is the Hijri year offset from the
// reference's, kept when none fits; hijri_offset, the user's sighting shift.
int hijri_year_of_jalali(calendar c, unsigned month, unsigned day, int year, int offset, date::sys_days ref,
                         int hijri_offset) noexcept;

// في مثل هذا اليوم من عام 1962, در چنین روزی در سال ۱۳۵۷: the expression
// with the reference's month and day in the calendar its year is counted in.
grammar::expression reference_day_in(const grammar::expression& p, const context& c);

// The calendar of Hijri year `year` under the text's rule c: before 1343 AH,
// when Umm al-Qura was first printed, the default Arabic rule gives way to
// the computed calendar, which historians' tables and other converters follow
// there, rather than the printed one carried back (سنة 656 هـ). (Iran's rule
// before its almanacs, 1265 AH, keeps its own: the Persian sets annotate so.)
calendar hijri_of_year(calendar c, const context& ctx, int year) noexcept;

// دهه هفتاد, التسعينيات, سال‌های ۱۳۸۸ تا ۱۳۹۲, القرن التاسع عشر (shape
// decade or years): whole years of one calendar into m.
void whole_years(const grammar::expression& p, const context& ctx, match& m);

// A day of calendar c and its twin in calendar tc, both without a year
// (يوم الأربعاء 29 رمضان الموافق 18 مارس, شنبه ۲۵ شهریور (۲۵ ذی الحجه)):
// the two meet in few years between 1900 and 2100, a day apart at most
// where one is lunar (sighting). Of those where the weekday `wd` (c_encoding,
// or -1) fits, the one nearest the reference, or without one the only one;
// 0 when there is none or the choice is open. `twin_year` gets the twin's.
int year_of_twins(calendar c, unsigned month, unsigned day, calendar tc, unsigned month2, unsigned day2, bool lunar,
                  int wd, const reference_day& ref, int& twin_year) noexcept;

// The year that puts a range written without years nearest the reference
// by its middle; `year` is the one nearest by the first day.
int range_year(calendar c, const grammar::expression& p, date::sys_days ref, int year) noexcept;

// العيد الوطني (kind 1), عيد التحرير (kind 2) written without the country:
// the day of the country of the options' zone (false for a zone of no such country).
bool national_day(std::string_view zone, unsigned kind, unsigned& month, unsigned& day) noexcept;

}  // namespace resolve
}  // namespace taqvim

#endif
