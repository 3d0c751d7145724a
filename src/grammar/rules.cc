// The rule table: every rule the driver tries at a token, by name.
#include "grammar/grammar.h"

namespace taqvim {
namespace grammar {

namespace {

using lexicon::kind;
using start::of;

// A day, a month name, a weekday, or the relative day before them.
constexpr std::uint64_t date_starts = start::number | of(kind::ordinal) | of(kind::cardinal) | of(kind::weekday) | of(kind::relative) |
                                      of(kind::month_jalali) | of(kind::month_hijri) | of(kind::month_gregorian) |
                                      of(lexicon::fill_day_word) | of(lexicon::fill_month_word);

}  // namespace

// What the driver and a range's first end read at a token, p as expression{}.
bool grammar::day_month_year(std::size_t i, expression& p) const {
  return date_memo_.recall(i, p, [&] { return full_date(i, p); });
}
bool grammar::numeric_date_once(std::size_t i, expression& p) const {
  return numeric_memo_.recall(i, p, [&] { return numeric_date(i, p); });
}

const std::vector<rule>& grammar::rules() {
  static const std::vector<rule> table = {
      // 1402/05/15, ۱۵-۰۸-۲۰۲۳
      {"numeric_date", &grammar::numeric_date_once, start::number},
      // آخر جمعة من رمضان, اولین شنبه آذر, الجمعة الأخيرة من أكتوبر 2025: before
      // the day-month rule, which would read الجمعة الثانية من أبريل as 2 April
      {"nth_weekday", &grammar::nth_weekday,
       of(kind::ordinal) | of(kind::weekday) | of(lexicon::fill_last) | of(lexicon::fill_day_word) |
           of(kind::relative) | of(lexicon::fill_first_day)},
      // یکشنبه ۱۵ مرداد ۱۴۰۲ - ۱۹:۱۷, twins
      {"day_month_year", &grammar::day_month_year, date_starts},
      // May 13, 2024, ۱۴۰۳ اردیبهشت ۲۴
      {"month_first", &grammar::month_first,
       start::number | of(kind::weekday) | of(kind::month_jalali) | of(kind::month_hijri) |
           of(kind::month_gregorian) | of(lexicon::fill_year_word) | of(lexicon::fill_in)},
      // ۱۵ تا ۲۰ مرداد, من 28 يونيو إلى 2 يوليو
      {"range", &grammar::range_expr, date_starts | of(lexicon::fill_range_from)},
      // 1280-1922 م, سال‌های ۱۳۸۸ تا ۱۳۹۲, من عام 1438 حتى 1443 هـ
      {"year_range", &grammar::year_range,
       start::number | of(lexicon::fill_year_word) | of(lexicon::fill_range_from) | of(lexicon::fill_in) |
           of(kind::not_date) | of(kind::relative)},  // العام الدراسي 2025/2026, العام الجاري 2025 حتى العام 2027
      // القرن التاسع عشر, قرن بیستم
      {"century", &grammar::century, of(lexicon::fill_century_word)},
      // دیروز, هفته گذشته, منذ ثلاثة أيام, يومين
      {"relative", &grammar::relative_expr,
       start::number | of(kind::relative) | of(kind::direction) | of(kind::cardinal) | of(kind::unit) |
           of(lexicon::fill_year_word) | of(lexicon::fill_month_word)},  // العام الهجري المقبل, ماه میلادی گذشته
      // الأربعاء الماضي, يوم الأحد
      {"weekday", &grammar::weekday_expr,
       of(kind::weekday) | of(lexicon::fill_day_word) | of(lexicon::fill_eve) | start::number},
      // الجمعة والسبت والأحد 15، 16 و17 جوان, یکشنبه و دوشنبه ۲۱ و ۲۲ آبان
      {"weekdays_then_days", &grammar::weekdays_then_days, of(kind::weekday) | of(lexicon::fill_day_word)},
      // الأسبوع المقبل يوم الثلاثاء, هفته آینده روز سه‌شنبه
      {"weekday_of_week", &grammar::weekday_of_week, of(kind::relative)},
      // اثنين الاسبوع الحالي
      {"bare_weekday_of_week", &grammar::bare_weekday_of_week, of(kind::weekday_bare)},
      // از امروز تا فردا, اليوم حتى الغد
      {"relative_day_range", &grammar::relative_day_range, of(kind::relative) | of(lexicon::fill_range_from)},
      // في مثل هذا اليوم من عام 1962, در چنین روزی در سال ۱۳۵۷
      {"this_day_of_year", &grammar::this_day_of_year, of(kind::direction) | of(lexicon::fill_in)},
      // سال ۱۴۰۲, عام 2022, في عام 2022
      {"year", &grammar::year_expr,
       start::number | of(lexicon::fill_year_word) | of(lexicon::fill_in) | of(kind::not_date)},  // السنة الدراسية 2024
      // ساعت ۱۰ صبح فردا, في الساعة العاشرة
      {"clock_time", &grammar::time_expr,
       of(lexicon::fill_hour_word) | of(lexicon::fill_in) | of(kind::ordinal) | of(kind::cardinal) | start::number},
      // ۰۹:۱۵ - ۱۴۰۱/۱۱/۲۲, 6:40 صباحا, [14:05]
      {"clock_then_date", &grammar::clock_then_date, start::number},
      // عيد الفطر 2019, نوروز ۱۳۹۸, شب یلدا
      {"holiday", &grammar::holiday_expr, of(kind::holiday) | of(lexicon::fill_eve) | start::number},
      // ثالث أيام عيد الفطر, روز دوم نوروز
      {"day_of_holiday", &grammar::day_of_holiday, of(kind::ordinal) | of(lexicon::fill_day_word) | of(kind::relative)},
      // اوایل آذر ۱۴۰۲, أواخر الشهر الماضي, نیمه شعبان
      {"part_of_month_or_year", &grammar::part_expr, of(kind::part)},
      // النصف الأول من عام 2024, سه ماهه دوم امسال, زمستان ۱۴۰۲
      {"months_of_year", &grammar::months_of_year, of(kind::months_of_year)},
      // ۶ ماه اول امسال, ۴ ماهه ابتدای سال ۸۹, أول 7 شهور من 2024, چهار ماه پایانی سال ۱۴۰۳
      {"first_months", &grammar::first_months,
       start::number | of(kind::cardinal) | of(kind::ordinal) | of(lexicon::fill_last) | of(kind::unit)},  // پنجماهه ۱۴۰۴
      // هفته اول آذر, الأسبوع الأخير من رمضان
      {"week_of_month", &grammar::week_of_month, of(lexicon::fill_week_word)},
      // دهه ۱۳۷۰, دهه هفتاد, التسعينيات
      {"decade", &grammar::decade_expr, of(kind::decade) | of(lexicon::fill_decade_word)},
      // يوم 8/11, يوم9/11: a day and month after يوم, in Arabic
      {"day_of_numbers", &grammar::day_of_numbers, of(lexicon::fill_day_word)},
      // بتاريخ 22/4, في 22/4 الماضي, 1/1: رأس السنة: the same after other words, in Arabic
      {"day_month_numbers", &grammar::day_month_numbers, start::number},
  };
  return table;
}

}  // namespace grammar
}  // namespace taqvim
